"""The service card's two small dialogs: «Richiedi attivazione…» (choose a person;
a full service says the person will wait, and where) and the steps of one
attivazione (metti in attesa, concorda, attiva, concludi, rifiuta with a reason).
They only choose: the card runs the write and shows what the core answered."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.risorse.scheda import AttivazioneInfo, ServiceDetail
from desktop.ui.patto_editor.pickers import PersonSearch
from desktop.ui.screen_fit import FittedDialog


class RequestDialog(FittedDialog):
    """Choose the person an attivazione of this service is requested for."""

    chosen = Signal(str, str)  # person id, full name

    def __init__(self, store, detail: ServiceDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.setWindowTitle(self.tr("Richiedi attivazione"))
        self.resize(520, 320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        title = QLabel(f"<b>{detail.service.name}</b> — {detail.service.organisation}")
        title.setWordWrap(True)
        layout.addWidget(title)
        free = detail.service.available_places
        if free == 0:
            text = self.tr("Il servizio è al completo: la persona andrà in lista d'attesa, "
                           "in posizione %1.").replace("%1", str(detail.total_waiting + 1))
        elif free is None:
            text = self.tr("Il servizio non indica un numero di posti.")
        else:
            text = (self.tr("1 posto libero.") if free == 1 else
                    self.tr("%1 posti liberi.").replace("%1", str(free)))
        self.outlook = QLabel(text)
        self.outlook.setObjectName("requestOutlook")
        self.outlook.setWordWrap(True)
        layout.addWidget(self.outlook)
        self.search = PersonSearch(store, parent=self)
        self.search.picked.connect(self._picked)
        layout.addWidget(self.search)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _picked(self, person_id: str, name: str) -> None:
        self.chosen.emit(person_id, name)
        self.accept()


# The steps, as buttons say them.
STEP_LABELS = {"in_attesa": "Metti in attesa", "concordata": "Concorda", "attiva": "Attiva",
               "conclusa": "Concludi", "rifiutata": "Rifiuta"}


class AttivazioneDialog(FittedDialog):
    """The next steps of one attivazione; «Rifiuta» needs the reason first."""

    chosen = Signal(str, str)  # status, reason

    def __init__(self, info: AttivazioneInfo, state_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attivazioneDialog")
        self.setWindowTitle(self.tr("Attivazione"))
        self.resize(520, 220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        who = info.person_name or self.tr("Persona non indicata")
        state = state_label
        if info.position is not None:
            state += " — " + self.tr("posizione %1 in lista d'attesa").replace(
                "%1", str(info.position))
        asked = formats.day(info.requested_on) if info.requested_on else ""
        head = QLabel(f"<b>{who}</b><br>{state}"
                      + (("<br>" + self.tr("Richiesta il %1").replace("%1", asked)) if asked else ""))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Motivo del rifiuto (obbligatorio per rifiutare)"))
        steps = info.next_statuses
        self.reason.setVisible("rifiutata" in steps)
        layout.addWidget(self.reason)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for status in steps:
            button = QPushButton(self.tr(STEP_LABELS[status]))
            button.setObjectName(f"step_{status}")
            button.clicked.connect(lambda _=False, s=status: self._choose(s))
            row.addWidget(button)
            self.buttons[status] = button
        if not steps:
            row.addWidget(QLabel(self.tr("L'attivazione è chiusa: non ha altri passi.")))
        row.addStretch(1)
        close = QPushButton(self.tr("Chiudi"))
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        if "rifiutata" in self.buttons:
            self.buttons["rifiutata"].setEnabled(False)
            self.reason.textChanged.connect(
                lambda text: self.buttons["rifiutata"].setEnabled(bool(text.strip())))

    def _choose(self, status: str) -> None:
        self.chosen.emit(status, self.reason.text().strip() if status == "rifiutata" else "")
        self.accept()
