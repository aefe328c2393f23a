"""«Possibili doppioni»: the undecided pairs of the team's records, one at a
time, both records side by side with the reasons; «Sono la stessa persona»
merges them (reversibly, from the scheda), «Sono persone diverse» keeps them
apart for good, «Decidi dopo» moves on and leaves the pair flagged."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.ui.operations import duplicati as ops
from desktop.ui.operations import failure_message, show_failure
from desktop.ui.screen_fit import FittedDialog

STYLE = """
#pairCard { background: #f8fafc; border: 1px solid #e2e6ec; border-radius: 8px; }
#pairHead { font-size: 12pt; font-weight: 600; color: #111827; }
#fieldCaption { color: #6b7280; }
#pairReasons { color: #9a3412; }
#pairPosition { color: #6b7280; }
"""
FIELDS = (("Nato/a il", lambda p: formats.day(p.birth_date) or "—"),
          ("Luogo di nascita", lambda p: p.birthplace or "—"),
          ("Codice fiscale", lambda p: p.codice_fiscale or "—"),
          ("Distretto", lambda p: p.district or "—"))


class DuplicatesReview(FittedDialog):
    """Loads the pairs itself; each decision is one named operation."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicatesReview")
        self.setWindowTitle(self.tr("Possibili doppioni"))
        self.setStyleSheet(STYLE)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(820, 380)
        self.store = store
        self.pairs: list = []
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.position = QLabel(self.tr("Caricamento…"))
        self.position.setObjectName("pairPosition")
        layout.addWidget(self.position)
        card = QFrame()
        card.setObjectName("pairCard")
        self.grid = QGridLayout(card)
        self.grid.setContentsMargins(16, 12, 16, 12)
        self.grid.setHorizontalSpacing(24)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.heads = (self._cell(0, 1, "pairHead"), self._cell(0, 2, "pairHead"))
        self.cells = []
        for row, (caption, _value) in enumerate(FIELDS, start=1):
            label = QLabel(self.tr(caption))
            label.setObjectName("fieldCaption")
            self.grid.addWidget(label, row, 0)
            self.cells.append((self._cell(row, 1), self._cell(row, 2)))
        layout.addWidget(card)
        self.reasons = QLabel()
        self.reasons.setObjectName("pairReasons")
        self.reasons.setWordWrap(True)
        layout.addWidget(self.reasons)
        note = QLabel(self.tr("Unire non cancella nulla: le due schede restano e l'unione si "
                              "annulla dalla scheda. «Persone diverse» non la ripropone più."))
        note.setWordWrap(True)
        note.setObjectName("fieldCaption")
        layout.addWidget(note)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.later_button = QPushButton(self.tr("Decidi dopo"))
        self.later_button.setObjectName("decideLaterButton")
        self.later_button.clicked.connect(self._next)
        self.apart_button = QPushButton(self.tr("Sono persone diverse"))
        self.apart_button.setObjectName("keepApartButton")
        self.apart_button.clicked.connect(lambda: self._decide(ops.keep_apart))
        self.merge_button = QPushButton(self.tr("Sono la stessa persona"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(lambda: self._decide(ops.merge))
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apart_button)
        buttons.addWidget(self.merge_button)
        layout.addLayout(buttons)
        self._enable(False)
        ops.suspects(self, store).success(self._loaded) \
            .failure(lambda exc: self.position.setText(failure_message(exc))) \
            .run_in_background()

    def _cell(self, row: int, column: int, name: str = "") -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid.addWidget(label, row, column)
        return label

    def _enable(self, on: bool) -> None:
        for button in (self.later_button, self.apart_button, self.merge_button):
            button.setEnabled(on)

    def _loaded(self, pairs: list) -> None:
        self.pairs, self.index = pairs, 0
        self._show()

    def current(self):
        return self.pairs[self.index] if self.index < len(self.pairs) else None

    def _show(self) -> None:
        pair = self.current()
        self._enable(pair is not None)
        if pair is None:
            self.position.setText(self.tr("Nessun possibile doppione da verificare."))
            for label in (*self.heads, self.reasons, *(c for row in self.cells for c in row)):
                label.setText("")
            return
        self.position.setText(self.tr("Coppia %1 di %2").replace("%1", str(self.index + 1))
                              .replace("%2", str(len(self.pairs))))
        for head, person in zip(self.heads, (pair.a, pair.b)):
            head.setText(person.full_name)
        for (left, right), (_caption, value) in zip(self.cells, FIELDS):
            left.setText(value(pair.a))
            right.setText(value(pair.b))
        self.reasons.setText(self.tr("Perché potrebbero essere la stessa persona: %1.")
                             .replace("%1", "; ".join(pair.reasons)))

    def _next(self) -> None:
        self.index += 1
        if self.current() is None:
            self.accept()
        else:
            self._show()

    def _decide(self, operation) -> None:
        pair = self.current()
        if pair is None:
            return
        self._enable(False)
        # The op belongs to the page underneath, so the list hears about the change.
        operation(self.parentWidget() or self, self.store, pair.a.person_id, pair.b.person_id) \
            .success(lambda _link: self._next()) \
            .failure(lambda exc: (self._enable(True), show_failure(self, exc))) \
            .run_in_background()


def review_duplicates(parent: QWidget, store) -> DuplicatesReview:
    """Open the review (it deletes itself once closed); returns at once."""
    dialog = DuplicatesReview(store, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
