"""Scadenze: verification dates, court deadlines, age transitions and
follow-ups of the person. Open ones come first by date; overdue ones stand out
(the same highlight as the agenda); done ones follow, with the day they were done."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop.core import formats
from desktop.core.errors import ValidationError
from desktop.core.model import Deadline
from desktop.core.profile import current_operator
from desktop.ui.models import Column
from desktop.core.catalogues import catalogue_labels
from desktop.ui.scheda.tab_base import FormDialog, SchedaTab, combo_code, read_date


@dataclass(frozen=True)
class DeadlineRow:
    id: str
    kind: str
    kind_label: str
    due_on: dt.date
    description: str
    done_on: dt.date | None
    today: dt.date

    @property
    def overdue(self) -> bool:
        return self.done_on is None and self.due_on < self.today


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
        labels = catalogue_labels(session, "deadline_kind")
        today = dt.date.today()
        deadlines = session.scalars(
            select(Deadline).where(Deadline.person_id == self.person_id)
            .order_by(Deadline.done_on.is_not(None), Deadline.due_on, Deadline.id)
            .offset(offset).limit(limit))
        return [
            DeadlineRow(d.id, d.kind, labels.get(("deadline_kind", d.kind), d.kind), d.due_on,
                        d.description or "", d.done_on, today)
            for d in deadlines
        ]

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
            self.tr("Salva") if row else self.tr("Aggiungi"), lambda: self._deadline_write(fields, row))
        fields["kind"] = dialog.combo(self.tr("Tipo:"), "kind", self.choices["deadline_kind"],
                                      row.kind if row else None)
        fields["due"] = dialog.date_line(self.tr("Data:"), "due_on", row.due_on if row else None)
        fields["description"] = dialog.line(self.tr("Descrizione:"), "description",
                                            row.description if row else "", max_length=300)
        self.open_form(dialog)

    def _deadline_write(self, fields: dict, row: DeadlineRow | None):
        values = {
            "kind": combo_code(fields["kind"]),
            "due_on": read_date(fields["due"], self.tr("Data della scadenza"), required=True),
            "description": fields["description"].text().strip(),
        }
        person_id, deadline_id = self.person_id, row.id if row else None

        def write(store, ctx) -> None:
            operator = current_operator(store) if deadline_id is None else None
            with store.session() as s:
                deadline = s.get(Deadline, deadline_id) if deadline_id else None
                if deadline_id and deadline is None:
                    raise ValidationError("Questa scadenza non esiste più: forse è stata "
                                          "eliminata da un collega.")
                if deadline is None:
                    deadline = Deadline(person_id=person_id,
                                        operator_id=operator.id if operator else None)
                    s.add(deadline)
                for field, value in values.items():
                    setattr(deadline, field, value)

        return write

    def toggle_done(self) -> None:
        """Mark the selected deadline done today, or reopen a done one."""
        row = self.selected()
        if row is None:
            return
        done_on = None if row.done_on else dt.date.today()

        def write(store, ctx) -> None:
            with store.session() as s:
                deadline = s.get(Deadline, row.id)
                if deadline is not None:
                    deadline.done_on = done_on

        self.write(write)

    # ------------------------------------------------------------ removal
    def removal_question(self, row: DeadlineRow) -> str:
        return self.tr("Eliminare la scadenza del %1 («%2»)?") \
            .replace("%1", formats.day(row.due_on)).replace("%2", row.description or row.kind_label)

    def removal(self, row: DeadlineRow):
        def write(store, ctx) -> None:
            with store.session() as s:
                deadline = s.get(Deadline, row.id)
                if deadline is not None:
                    s.delete(deadline)

        return write


TAB = ScadenzeTab
