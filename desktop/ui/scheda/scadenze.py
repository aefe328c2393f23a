"""Scadenze: verification dates, court deadlines, age transitions and
follow-ups of the person. Open ones come first by date; overdue ones stand out
(the same highlight as the agenda); done ones follow, with the day they were done."""
from __future__ import annotations

from desktop.core import formats
from desktop.core.cartella.scadenze import (
    DeadlineFields, DeadlineRow, check_deadline, list_deadlines,
)
from desktop.ui.models import Column
from desktop.ui.operations import cartella as ops
from desktop.ui.scheda.tab_base import FormDialog, SchedaTab, combo_code, read_date


class ScadenzeTab(SchedaTab):
    watches = frozenset({"deadline"})
    catalogues = ("deadline_kind",)

    def __init__(self, store, person_id: str, parent=None):
        super().__init__(store, person_id, parent)
        self.add_button(self.tr("Nuova scadenza…"), self.add_deadline, name="addDeadline",
                        needs_choices=True)
        self.add_button(self.tr("Modifica…"), lambda: self.edit_deadline(self.selected()),
                        name="editDeadline", needs_row=True, tooltip=self.tr("Modifica (Invio)"))
        self.done_button = self.add_button(self.tr("Segna come fatta"), self.toggle_done,
                                           name="markDone", needs_row=True)
        self.add_button(self.tr("Elimina"), self.remove_selected, name="removeDeadline",
                        needs_row=True, tooltip=self.tr("Elimina (Canc)"))
        late = self.tr("in ritardo")
        done = self.tr("fatta il %1")
        columns = [
            Column(self.tr("Data"), lambda r: formats.day(r.due_on)),
            Column(self.tr("Tipo"), lambda r: r.kind_label),
            Column(self.tr("Descrizione"), lambda r: r.description),
            Column(self.tr("Stato"), lambda r: late if r.overdue else (
                done.replace("%1", formats.day(r.done_on)) if r.done_on else "")),
        ]
        self.build_rows_table(columns, stretch=2, fit=(0, 3), widths={1: 240},
                              warn=lambda r: r.overdue)

    def title(self) -> str:
        return self.tr("Scadenze")

    def empty_text(self) -> str:
        return self.tr("Nessuna scadenza. Aggiungi verifiche, scadenze del tribunale e "
                       "passaggi d'età con «Nuova scadenza…».")

    def fetch(self, session, offset: int, limit: int) -> list[DeadlineRow]:
        return list_deadlines(session, self.person_id, offset, limit)

    def _selection_changed(self, *args) -> None:
        super()._selection_changed()
        row = self.selected()
        self.done_button.setText(self.tr("Riapri") if row is not None and row.done_on
                                 else self.tr("Segna come fatta"))

    # -------------------------------------------------------------- forms
    def activate(self, row: DeadlineRow) -> None:
        self.edit_deadline(row)

    def add_deadline(self) -> None:
        self._open(None)

    def edit_deadline(self, row: DeadlineRow | None) -> None:
        if row is not None and self.choices is not None:
            self._open(row)

    def _open(self, row: DeadlineRow | None) -> None:
        fields = {}
        dialog = FormDialog(
            self, self.tr("Modifica scadenza") if row else self.tr("Nuova scadenza"),
            self.tr("Salva") if row else self.tr("Aggiungi"), lambda: self._save(fields, row))
        fields["kind"] = dialog.combo(self.tr("Tipo:"), "kind", self.choices["deadline_kind"],
                                      row.kind if row else None)
        fields["due"] = dialog.date_line(self.tr("Data:"), "due_on", row.due_on if row else None)
        fields["description"] = dialog.line(self.tr("Descrizione:"), "description",
                                            row.description if row else "", max_length=300)
        self.open_form(dialog)

    def _save(self, fields: dict, row: DeadlineRow | None):
        values = check_deadline(DeadlineFields(  # answers at once; the core checks again
            kind=combo_code(fields["kind"]),
            due_on=read_date(fields["due"], self.tr("Data della scadenza"), required=True),
            description=fields["description"].text()))
        return ops.save_deadline(self, self.store, self.person_id, values,
                                 row.id if row else None)

    def toggle_done(self) -> None:
        """Mark the selected deadline done today, or reopen a done one."""
        row = self.selected()
        if row is None:
            return
        toggle = ops.reopen_deadline if row.done_on else ops.mark_deadline_done
        toggle(self, self.store, row.id).run_in_background()

    # ------------------------------------------------------------ removal
    def removal_question(self, row: DeadlineRow) -> str:
        return self.tr("Eliminare la scadenza del %1 («%2»)?") \
            .replace("%1", formats.day(row.due_on)).replace("%2", row.description or row.kind_label)

    def removal(self, row: DeadlineRow):
        return ops.remove_deadline(self, self.store, row.id)


TAB = ScadenzeTab
