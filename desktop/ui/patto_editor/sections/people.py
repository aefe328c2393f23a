"""«Impegni e firme»: who commits to what, and the signatories with their role,
ente and the day they signed."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.core import formats
from desktop.core.patti.form import Choice, EditorData, Form, Reference, new_row
from desktop.ui.patto_editor.sections.base import Section, add_button, card
from desktop.ui.patto_editor.widgets import (
    ChoiceBox, Columns, RowList, RowWidget, header_row, line_edit, place,
)


SIGNATORY_ROLES = ("beneficiario", "amministratore di sostegno", "familiare", "case manager",
                   "assistente sociale", "educatore professionale", "psichiatra", "psicologo",
                   "infermiere", "referente dell'ente del Terzo Settore", "tutor")
PARTIES = ("La persona", "Famiglia", "Servizio sociale", "CSM", "Case manager",
           "Ente del Terzo Settore", "Rete informale")


COMMITMENT_COLUMNS: Columns = [("Chi si impegna", 220), ("A che cosa", None)]
SIGNATORY_COLUMNS: Columns = [("Nome e cognome", 230), ("Ruolo", 220), ("Ente", None),
                              ("Firmato il", 90)]


def _texts(values) -> list[Choice]:
    return [Choice(v, v) for v in values]


class CommitmentRow(RowWidget):
    def __init__(self, row: dict, parent: QWidget | None = None):
        super().__init__(row, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(8)
        self.party = ChoiceBox(_texts(PARTIES), empty="", free_text=True)
        self.party.set_code(row["party"] or None)
        self.text = line_edit(row["text"])
        self.text.setObjectName("commitmentText")
        self.text.setPlaceholderText(self.tr("L'impegno, in poche parole"))
        place(layout, [self.party, self.text], COMMITMENT_COLUMNS)
        layout.addWidget(self.remove_button)
        self.watch(self.party, self.text)

    def value(self) -> dict:
        return {**self.row, "party": self.party.code() or "", "text": self.text.text()}

    def editable_widgets(self) -> list[QWidget]:
        return [self.party, self.text]


class SignatoryRow(RowWidget):
    def __init__(self, row: dict, ref: Reference, parent: QWidget | None = None):
        super().__init__(row, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(8)
        self.name = line_edit(row["name"])
        self.name.setObjectName("signatoryName")
        self.role = ChoiceBox(_texts(SIGNATORY_ROLES), empty="", free_text=True)
        self.role.set_code(row["role"] or None)
        self.organisation = ChoiceBox(ref.organisations, empty=self.tr("—"))
        self.organisation.set_code(row["organisation_id"])
        self.signed = QLabel("")
        self.signed.setObjectName("cardNote")
        place(layout, [self.name, self.role, self.organisation, self.signed], SIGNATORY_COLUMNS)
        layout.addWidget(self.remove_button)
        self.watch(self.name, self.role, self.organisation)

    def value(self) -> dict:
        return {**self.row, "name": self.name.text(), "role": self.role.code() or "",
                "organisation_id": self.organisation.code()}

    def editable_widgets(self) -> list[QWidget]:
        return [self.name, self.role, self.organisation]


class PeopleSection(Section):
    """Impegni (who commits to what) and the signatories (name, role, ente)."""

    def __init__(self, store, suggest: Callable[[], list[dict]], parent: QWidget | None = None):
        super().__init__(store, parent)
        self._suggest = suggest
        self._signed_on: dict = {}
        commitments_card, commitments = card(self.tr("Impegni"), self.tr(
            "Che cosa si impegna a fare ciascuna parte: la persona, la famiglia, i servizi, "
            "gli enti."))
        commitments.addWidget(header_row(COMMITMENT_COLUMNS))
        self.commitments = RowList(CommitmentRow, self.tr("Nessun impegno scritto."))
        self.commitments.changed.connect(self.changed)
        commitments.addWidget(self.commitments)
        self.add_commitment = add_button(self.tr("+ Aggiungi un impegno"), "addCommitment")
        self.add_commitment.clicked.connect(
            lambda: self.commitments.add(new_row("commitments")).text.setFocus())
        commitments.addWidget(self.add_commitment, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(commitments_card)

        signatories_card, signatories = card(self.tr("Firmatari"), self.tr(
            "Chi firma il patto: la persona (e chi la rappresenta) e i membri dell'équipe, "
            "con ruolo ed ente."))
        signatories.addWidget(header_row(SIGNATORY_COLUMNS))
        self.signatories = RowList(lambda row: SignatoryRow(row, self.reference),
                                   self.tr("Nessun firmatario."))
        self.signatories.changed.connect(self.changed)
        signatories.addWidget(self.signatories)
        buttons = QHBoxLayout()
        self.add_signatory = add_button(self.tr("+ Aggiungi un firmatario"), "addSignatory")
        self.add_signatory.clicked.connect(
            lambda: self.signatories.add(new_row("signatories")).name.setFocus())
        buttons.addWidget(self.add_signatory)
        self.add_suggested = add_button(self.tr("Aggiungi i beneficiari e il case manager"),
                                        "addSuggestedSignatories")
        self.add_suggested.clicked.connect(self.add_suggested_signatories)
        buttons.addWidget(self.add_suggested)
        buttons.addStretch(1)
        signatories.addLayout(buttons)
        self.layout_.addWidget(signatories_card)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    def add_suggested_signatories(self) -> None:
        present = {(r["name"].strip().lower()) for r in self.signatories.rows()}
        for row in self._suggest():
            if row["name"].strip().lower() not in present:
                self.signatories.add(new_row("signatories", **row))

    def fill(self, form: Form, data: EditorData) -> None:
        self.reference = data.reference
        self.commitments.set_rows(form["commitments"])
        self.signatories.set_rows(form["signatories"])
        self.update_context(data)

    def update_context(self, data: EditorData) -> None:
        for widget in self.signatories.widgets():
            widget.signed.setText(formats.day(data.signed_on.get(widget.row["id"])) or "—")

    def collect(self, form: Form) -> None:
        form["commitments"] = self.commitments.rows()
        form["signatories"] = self.signatories.rows()

    def set_read_only(self, read_only: bool) -> None:
        for rows in (self.commitments, self.signatories):
            rows.set_read_only(read_only)
        for button in (self.add_commitment, self.add_signatory, self.add_suggested):
            button.setVisible(not read_only)
