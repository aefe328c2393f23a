"""The question asked before a new person is saved when they may already
exist (``core.duplicati.possible_duplicates``): each record proposed with its
birth, codice fiscale, district and the reasons, and three ways on:
«Apri la scheda esistente» (nothing saved), «È un'altra persona: salva», «Annulla»."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.ui.screen_fit import FittedDialog

STYLE = """
#duplicateCard { background: #f8fafc; border: 1px solid #e2e6ec; border-radius: 8px; }
#duplicateName { font-size: 12pt; font-weight: 600; color: #111827; }
#duplicateFacts { color: #374151; }
#duplicateReasons { color: #9a3412; }
#duplicateHint { color: #9a3412; background: #fff4e5; border: 1px solid #fcd9a8;
                 border-radius: 6px; padding: 6px 10px; }
"""


def facts_of(person, tr=lambda text: text) -> str:
    """"Nata/o il 03/04/1978 a Bologna · CF … · Distretto …"."""
    born = tr("Nato/a il %1").replace("%1", formats.day(person.birth_date)) \
        if person.birth_date else tr("Data di nascita non indicata")
    if person.birthplace:
        born += " " + tr("a %1").replace("%1", person.birthplace)
    code = tr("CF %1").replace("%1", person.codice_fiscale) if person.codice_fiscale \
        else tr("Codice fiscale mancante")
    district = person.district or tr("distretto non indicato")
    return "  ·  ".join((born, code, district))


class DuplicatePrompt(FittedDialog):
    """Window-modal over the editor; says what was chosen through its signals."""

    open_existing = Signal(str)  # the person id: open their scheda, save nothing
    save_anyway = Signal()

    def __init__(self, check, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicatePrompt")
        self.setWindowTitle(self.tr("Questa persona potrebbe essere già registrata"))
        self.setStyleSheet(STYLE)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(760, min(560, 210 + 100 * len(check.proposals) + (40 if check.hint else 0)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        intro = QLabel(self.tr(
            "Prima di salvare, controlla: queste schede potrebbero essere della stessa persona. "
            "Se è così, apri la scheda esistente invece di crearne un'altra."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if check.hint:
            hint = QLabel(check.hint)
            hint.setObjectName("duplicateHint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        cards = QVBoxLayout(body)
        cards.setContentsMargins(0, 0, 0, 0)
        cards.setSpacing(8)
        self.open_buttons: list[QPushButton] = []
        for proposal in check.proposals:
            cards.addWidget(self._card(proposal))
        cards.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annulla"))
        self.cancel_button.setObjectName("duplicateCancelButton")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("È un'altra persona: salva"))
        self.save_button.setObjectName("saveAnywayButton")
        self.save_button.clicked.connect(self._save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        (self.open_buttons[0] if self.open_buttons else self.cancel_button).setDefault(True)

    def _card(self, proposal) -> QFrame:
        person = proposal.person
        card = QFrame()
        card.setObjectName("duplicateCard")
        row = QHBoxLayout(card)
        row.setContentsMargins(14, 10, 14, 10)
        text = QVBoxLayout()
        text.setSpacing(2)
        name = QLabel(person.full_name)
        name.setObjectName("duplicateName")
        facts = QLabel(facts_of(person, self.tr))
        facts.setObjectName("duplicateFacts")
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reasons = QLabel(self.tr("Perché: %1.").replace("%1", "; ".join(proposal.reasons)))
        reasons.setObjectName("duplicateReasons")
        reasons.setWordWrap(True)
        for label in (name, facts, reasons):
            text.addWidget(label)
        row.addLayout(text, 1)
        button = QPushButton(self.tr("Apri la scheda esistente"))
        button.setObjectName("openExistingButton")
        button.setAccessibleDescription(person.full_name)
        button.clicked.connect(lambda _=False, pid=person.person_id: self._open(pid))
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.open_buttons.append(button)
        return card

    def _open(self, person_id: str) -> None:
        self.accept()
        self.open_existing.emit(person_id)

    def _save(self) -> None:
        self.accept()
        self.save_anyway.emit()
