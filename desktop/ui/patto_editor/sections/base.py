"""What every section of the patto editor shares: the ``Section`` base (fill
from the form, collect back, say ``changed``, freeze on signing, show typing
mistakes) and the titled cards and add buttons they are built from."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.core.patti.form import EditorData, Form, Reference
from desktop.ui.patto_editor.widgets import CheckedEdit


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def card(title: str, subtitle: str = "", accent: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A titled white box; ``accent`` tints it (the person's own voice)."""
    frame = QFrame()
    frame.setObjectName("sectionCard")
    if accent:
        frame.setProperty("accent", accent)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("cardHeading")
    layout.addWidget(heading)
    if subtitle:
        note = QLabel(subtitle)
        note.setObjectName("cardNote")
        note.setWordWrap(True)
        layout.addWidget(note)
    return frame, layout


def add_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setProperty("role", "add")
    return button


class Section(QWidget):
    changed = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.reference: Reference | None = None
        self.setObjectName("sectionPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 12, 12, 12)
        self.layout_.setSpacing(14)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.changed.connect(self._show_live_errors)

    def fill(self, form: Form, data: EditorData) -> None:
        raise NotImplementedError

    def collect(self, form: Form) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def update_context(self, data: EditorData) -> None:
        """Things shown but not edited here (attivazioni, signing dates)."""

    def live_errors(self) -> list[str]:
        """The typing mistakes in this section right now, in Italian."""
        return [w.error() for w in self.findChildren(CheckedEdit)
                if w.isVisibleTo(self) and w.error()]

    def _show_live_errors(self) -> None:
        errors = self.live_errors()
        self.message.setText(errors[0] if errors else "")
        self.message.setVisible(bool(errors))
