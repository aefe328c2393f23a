"""Misure: the income and support measures of the person (ADI, SFL, pensione,
FNA, bonus affitto…) with their status and dates, so the whole picture is in
one place before a work trial or a new measure changes it. The benefit trap is
said over the list (a work measure whose income would suspend, reduce or end a
benefit received) and, while a measure is typed, in its form before saving;
the core (``core/cartella/trappola.py``) does the sums."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMenu

from desktop.core import formats
from desktop.core.cartella.misure import (
    MeasureFields, MeasureRow, check_measure, check_period, list_measures,
)
from desktop.core.errors import ValidationError
from desktop.ui.models import Column
from desktop.ui.operations import cartella as ops
from desktop.ui.operations import log_failure
from desktop.ui.operations import nucleo as trap_ops
from desktop.ui.scheda.nucleo import show_trap, trap_banner
from desktop.ui.scheda.tab_base import FormDialog, SchedaTab, combo_code, read_date


LIVE_DELAY_MS = 300  # the form asks again this long after the last keystroke


class MisureTab(SchedaTab):
    watches = frozenset({"measure", "household_member"})
    catalogues = ("measure_type", "measure_status")

    def __init__(self, store, person_id: str, parent=None):
        super().__init__(store, person_id, parent)
        self.add_button(self.tr("Nuova misura…"), self.add_measure, name="addMeasure",
                        needs_choices=True)
        self.add_button(self.tr("Modifica…"), lambda: self.edit_measure(self.selected()),
                        name="editMeasure", needs_row=True, tooltip=self.tr("Modifica (Invio)"))
        self.status_button = self.add_button(self.tr("Cambia stato"), self._show_status_menu,
                                             name="changeStatus", needs_row=True)
        self.status_menu = QMenu(self)
        self.status_menu.setObjectName("statusMenu")
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.add_button(self.tr("Elimina"), self.remove_selected, name="removeMeasure",
                        needs_row=True, tooltip=self.tr("Elimina (Canc)"))
        right = Qt.AlignmentFlag.AlignRight
        columns = [
            Column(self.tr("Misura"), lambda r: r.type_label),
            Column(self.tr("Stato"), lambda r: r.status_label),
            Column(self.tr("Presentata il"), lambda r: formats.day(r.applied_on)),
            Column(self.tr("Dal"), lambda r: formats.day(r.start_on)),
            Column(self.tr("Al"), lambda r: formats.day(r.end_on)),
            Column(self.tr("Importo mensile"), lambda r: formats.money(r.monthly_amount_cents), right),
            Column(self.tr("Note"), lambda r: r.notes.replace("\n", " ")),
        ]
        self.build_rows_table(columns, stretch=6, fit=(0, 1, 2, 3, 4, 5))
        self.trap = trap_banner()
        self._layout.insertWidget(1, self.trap)  # between the actions and the list

    def title(self) -> str:
        return self.tr("Misure")

    def empty_text(self) -> str:
        return self.tr("Nessuna misura registrata. Aggiungi le misure di sostegno al reddito "
                       "e di supporto con «Nuova misura…».")

    def fetch(self, session, offset: int, limit: int) -> list[MeasureRow]:
        return list_measures(session, self.person_id, offset, limit)

    def load(self) -> None:
        super().load()
        trap_ops.benefit_warnings(self, self.store, self.person_id) \
            .success(lambda warnings: show_trap(self.trap, warnings)).failure(log_failure) \
            .run_in_background()

    # -------------------------------------------------------------- forms
    def activate(self, row: MeasureRow) -> None:
        self.edit_measure(row)

    def add_measure(self) -> None:
        self._open(None)

    def edit_measure(self, row: MeasureRow | None) -> None:
        if row is not None and self.choices is not None:
            self._open(row)

    def _open(self, row: MeasureRow | None) -> None:
        fields = {}
        dialog = FormDialog(
            self, self.tr("Modifica misura") if row else self.tr("Nuova misura"),
            self.tr("Salva") if row else self.tr("Aggiungi"), lambda: self._save(fields, row))
        fields["type"] = dialog.combo(self.tr("Misura:"), "measure_type",
                                      self.choices["measure_type"], row.measure_type if row else None)
        fields["status"] = dialog.combo(self.tr("Stato:"), "status", self.choices["measure_status"],
                                        row.status if row else "presentata")
        fields["applied"] = dialog.date_line(self.tr("Presentata il:"), "applied_on",
                                             row.applied_on if row else dt.date.today())
        fields["start"] = dialog.date_line(self.tr("Inizio:"), "start_on",
                                           row.start_on if row else None)
        fields["end"] = dialog.date_line(self.tr("Fine:"), "end_on", row.end_on if row else None)
        fields["amount"] = dialog.line(
            self.tr("Importo mensile:"), "amount",
            formats.money(row.monthly_amount_cents) if row else "",
            placeholder=self.tr("es. 500,00"), max_length=20)
        fields["notes"] = dialog.text_area(self.tr("Note:"), "notes", row.notes if row else "")
        self._watch_trap(dialog, fields, row)
        self.open_form(dialog)

    def _values(self, fields: dict) -> MeasureFields:
        applied = read_date(fields["applied"], self.tr("Data di presentazione"))
        start = read_date(fields["start"], self.tr("Data di inizio"))
        end = read_date(fields["end"], self.tr("Data di fine"))
        check_period(start, end)  # a wrong period is said before a wrong amount
        amount_text = fields["amount"].text().strip()
        return MeasureFields(
            measure_type=combo_code(fields["type"]), status=combo_code(fields["status"]),
            applied_on=applied, start_on=start, end_on=end,
            monthly_amount_cents=self._amount(amount_text) if amount_text else None,
            notes=fields["notes"].toPlainText())

    def _save(self, fields: dict, row: MeasureRow | None):
        values = check_measure(self._values(fields))  # at once; the core checks again
        return ops.save_measure(self, self.store, self.person_id, values, row.id if row else None)

    def _watch_trap(self, dialog: FormDialog, fields: dict, row: MeasureRow | None) -> None:
        """A live warning in the form: the core is asked again (through an
        operation) a moment after each change; the latest answer wins."""
        banner = trap_banner()
        banner.setObjectName("liveTrap")
        dialog.layout().insertWidget(1, banner)
        dialog.trap = banner
        asked = [0]
        timer = QTimer(dialog)
        timer.setSingleShot(True)
        timer.setInterval(LIVE_DELAY_MS)

        def ask() -> None:
            try:
                values = check_measure(self._values(fields))
            except ValidationError:
                return  # the form says what is wrong when saving
            asked[0] += 1
            number = asked[0]

            def answer(warnings) -> None:
                if number == asked[0]:
                    show_trap(banner, warnings)
                    dialog.adjustSize()

            trap_ops.benefit_warnings(dialog, self.store, self.person_id, values,
                                      row.id if row else None) \
                .success(answer).failure(log_failure).run_in_background()

        timer.timeout.connect(ask)
        for name in ("type", "status"):
            fields[name].currentIndexChanged.connect(timer.start)
        for name in ("start", "end", "amount"):
            fields[name].textChanged.connect(timer.start)
        timer.start()

    @staticmethod
    def _amount(text: str) -> int:
        try:
            return formats.parse_money(text)
        except ValueError as exc:
            raise ValidationError(str(exc), "amount") from None

    # ------------------------------------------------------ status change
    def _show_status_menu(self) -> None:
        self.status_menu.popup(self.status_button.mapToGlobal(self.status_button.rect().bottomLeft()))

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        row = self.selected()
        if row is None or self.choices is None:
            return
        for code, label in self.choices["measure_status"]:
            action = self.status_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == row.status)
            action.triggered.connect(lambda _=False, c=code: self.change_status(row, c))

    def change_status(self, row: MeasureRow, status: str) -> None:
        if status != row.status:
            ops.change_measure_status(self, self.store, row.id, status).run_in_background()

    # ------------------------------------------------------------ removal
    def removal_question(self, row: MeasureRow) -> str:
        return self.tr("Eliminare la misura «%1»?").replace("%1", row.type_label)

    def removal(self, row: MeasureRow):
        return ops.remove_measure(self, self.store, row.id)


TAB = MisureTab
