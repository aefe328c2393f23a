"""Detail views: the scheda persona and the patto editor open over the list
they came from, inside the main window's content area.

A :class:`DetailView` is pushed with ``MainWindow.show_detail`` and leaves with
``MainWindow.close_detail`` (the "Indietro" button, Esc or Alt+Left). Before it
leaves, and before the window closes, ``can_close()`` is asked: an editor with
unsaved changes asks the user there. Like pages, detail views hear about every
operation through ``refresh(changes)``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.ui.operations import OpChanges


class DetailView(QWidget):
    close_requested = Signal()
    # The key that identifies what the view shows ("person:<id>", "patto:<id>"):
    # opening the same thing twice switches to the view already open.
    key: str = ""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(28, 16, 28, 16)
        self._layout.setSpacing(12)

    def title(self) -> str:
        raise NotImplementedError

    def can_close(self) -> bool:
        """False keeps the view open (the user chose to go on editing)."""
        return True

    def refresh(self, changes: OpChanges, initiator: object | None = None) -> None:
        """Called for every operation that changed something."""

    def add_tab_keys(self, tabs: QTabWidget) -> None:
        """Ctrl+PgDown and Ctrl+PgUp move between ``tabs`` from anywhere in the view,
        as in a browser (QTabWidget itself knows only Ctrl+Tab, and only inside it)."""
        def move(step: int) -> None:
            if tabs.count():
                tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

        for key, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(key), self, lambda s=step: move(s),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def build_title_row(self, title: str, subtitle: str = "") -> tuple[QLabel, QLabel]:
        """"← Indietro", then the title and subtitle; returns both labels."""
        row = QHBoxLayout()
        row.setSpacing(12)
        back = QPushButton(self.tr("← Indietro"))
        back.setObjectName("backButton")
        back.setToolTip(self.tr("Torna all'elenco (Esc)"))
        back.clicked.connect(self.close_requested.emit)
        self.back_button = back
        row.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        title_label = QLabel(title)
        title_label.setObjectName("pageTitle")
        title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        subtitle_label = QLabel(subtitle)
        subtitle_label.setObjectName("pageSubtitle")
        subtitle_label.setWordWrap(True)
        texts.addWidget(title_label)
        texts.addWidget(subtitle_label)
        row.addLayout(texts, 1)
        self._layout.addLayout(row)
        self.title_row = row
        return title_label, subtitle_label
