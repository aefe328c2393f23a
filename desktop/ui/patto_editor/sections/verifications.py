"""«Verifiche»: the calendar of verifications and their outcome. They stay
open on a signed patto: the outcome feeds the next version."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.core.anagrafica import parse_date
from desktop.core.patti.form import Choice, EditorData, Form, Reference, new_row
from desktop.ui.patto_editor.sections.base import Section, add_button, card
from desktop.ui.patto_editor.widgets import (
    ChoiceBox, Columns, DateEdit, RowList, RowWidget, header_row, line_edit, place,
)


VERIFICATION_COLUMNS: Columns = [("Prevista il", 118), ("Svolta il", 118), ("Adeguatezza", 140),
                                 ("Obiettivi raggiunti", 140), ("Esito", None)]
REACHED = [Choice("si", "Sì"), Choice("no", "No")]


class VerificationRow(RowWidget):
    def __init__(self, row: dict, ref: Reference, parent: QWidget | None = None):
        super().__init__(row, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(8)
        self.scheduled, self.held = DateEdit(), DateEdit()
        self.scheduled.setObjectName("scheduledOn")
        self.held.setObjectName("heldOn")
        self.scheduled.setText(row["scheduled_on"])
        self.held.setText(row["held_on"])
        self.scheduled.edited.connect(self._mark_overdue)
        self.held.edited.connect(self._mark_overdue)
        self.adequacy = ChoiceBox(ref.adequacy)
        self.adequacy.setObjectName("adequacy")
        self.adequacy.set_code(row["adequacy"])
        self.reached = ChoiceBox(REACHED)
        reached = row["goals_reached"]
        self.reached.set_code(None if reached is None else "si" if reached else "no")
        self.outcome = line_edit(row["outcome"])
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("Com'è andata, che cosa cambia nel progetto"))
        place(layout, [self.scheduled, self.held, self.adequacy, self.reached, self.outcome],
              VERIFICATION_COLUMNS)
        layout.addWidget(self.remove_button)
        self.watch(self.scheduled, self.held, self.adequacy, self.reached, self.outcome)
        self._mark_overdue()

    def _mark_overdue(self) -> None:
        """A verification whose date has passed with no outcome stands out."""
        due = None if self.scheduled.error() or not self.scheduled.text().strip() else \
            parse_date(self.scheduled.text())
        overdue = bool(due and due < dt.date.today() and not self.held.text().strip())
        if bool(self.scheduled.property("overdue")) != overdue:
            self.scheduled.setProperty("overdue", overdue)
            self.scheduled.style().unpolish(self.scheduled)
            self.scheduled.style().polish(self.scheduled)
        if not self.scheduled.error():
            self.scheduled.setToolTip(self.tr("Verifica scaduta: registra com'è andata")
                                      if overdue else "")

    def value(self) -> dict:
        reached = self.reached.code()
        return {**self.row, "scheduled_on": self.scheduled.text(), "held_on": self.held.text(),
                "adequacy": self.adequacy.code(),
                "goals_reached": None if reached is None else reached == "si",
                "outcome": self.outcome.text()}

    def set_read_only(self, read_only: bool) -> None:
        """Verifications are recorded on a signed patto: they never freeze."""


class VerificationsSection(Section):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(store, parent)
        box, layout = card(self.tr("Verifiche"), self.tr(
            "Il calendario delle verifiche e il loro esito. Restano aperte anche a patto "
            "firmato: l'esito alimenta la riprogettazione."))
        layout.addWidget(header_row(VERIFICATION_COLUMNS))
        self.rows = RowList(lambda row: VerificationRow(row, self.reference),
                            self.tr("Nessuna verifica in calendario."))
        self.rows.changed.connect(self.changed)
        layout.addWidget(self.rows)
        layout.addWidget(self.message)
        self.add = add_button(self.tr("+ Programma una verifica"), "addVerification")
        self.add.clicked.connect(lambda: self.rows.add(new_row("verifications")).scheduled.setFocus())
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(box)
        self.layout_.addStretch(1)

    def fill(self, form: Form, data: EditorData) -> None:
        self.reference = data.reference
        self.rows.set_rows(form["verifications"])

    def collect(self, form: Form) -> None:
        form["verifications"] = self.rows.rows()

    def set_read_only(self, read_only: bool) -> None:
        """Always open (see VerificationRow)."""
