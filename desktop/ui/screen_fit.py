"""Windows that fit the screen they open on.

The commonest district laptop has a 1366×768 screen, often at 125% or 150%
scaling: 1093×614 or 911×512 logical pixels, less the taskbar and the title bar.
A dialog sized for a large monitor put its «Salva» and «Annulla» below the
bottom edge there. So every dialog is capped to the screen's free area when it
is shown (:class:`FittedDialog`, :func:`fit_to_screen`), and the bodies that can
be taller than that scroll (:func:`scrolling_body`) while their buttons stay
outside the scroll area, always in view.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget, QWizard,
)

# Before a window is first shown its frame is unknown: this much is kept for
# the title bar (Windows 11's is 30 px at 100%; borders are a few pixels).
TITLE_BAR = 32
BORDER = 4
# Narrower than this, a body scrolls sideways too: 1366 px at 150% leave 911.
MIN_WIDTH = 480


def available_area(window: QWidget) -> QRect:
    """Where the window's contents may go: the free area of its screen (without
    the taskbar), less the frame the window manager draws around it."""
    parent = window.parentWidget()
    screen = window.screen() if window.isVisible() or parent is None else parent.screen()
    screen = screen or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame != inner:
        return area.adjusted(inner.left() - frame.left(), inner.top() - frame.top(),
                             inner.right() - frame.right(), inner.bottom() - frame.bottom())
    return area.adjusted(BORDER, TITLE_BAR, -BORDER, -BORDER)


def fit_to_screen(window: QWidget) -> None:
    """Cap the window's minimum size and size to :func:`available_area` and
    keep it inside that area. Contents taller than that must scroll
    (:func:`scrolling_body`): a layout cannot squeeze below its minimum."""
    area = available_area(window)
    room = area.size()
    minimum = window.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        window.setMinimumSize(minimum.boundedTo(room))
    resized = window.testAttribute(Qt.WidgetAttribute.WA_Resized)
    size = window.size() if resized else window.sizeHint()
    size = size.expandedTo(window.minimumSize()).boundedTo(room)
    if size != window.size():
        window.resize(size)
    geometry = QRect(window.pos(), size)
    if not area.contains(geometry):
        x = min(max(geometry.x(), area.left()), area.right() - size.width() + 1)
        y = min(max(geometry.y(), area.top()), area.bottom() - size.height() + 1)
        window.move(x, y)


class FittedDialog(QDialog):
    """A dialog that never opens larger than the screen it is on."""

    def showEvent(self, event) -> None:
        if not event.spontaneous():
            fit_to_screen(self)
        super().showEvent(event)

    def grow_to_contents(self) -> None:
        """After a message appeared: as tall as the contents need at this width,
        within the screen. A window's layout does not ask a wrapped label how
        tall it is at the window's width, so a long error was cut to one line."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        need = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        height = min(max(need, self.height()), available_area(self).height())
        if height != self.height():
            self.resize(self.width(), height)


class FittedWizard(QWizard):
    """The same for the first-run wizard."""

    def showEvent(self, event) -> None:
        if not event.spontaneous():
            fit_to_screen(self)
        super().showEvent(event)


class BodyScroll(QScrollArea):
    """A scroll area as large as its contents wants when there is room (Qt's own
    caps its size hint at 24 lines), and as small as a few lines (and
    ``MIN_WIDTH``) when there is not: then it scrolls."""

    def __init__(self, body: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bodyScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(body)
        for part in (self.viewport(), body):  # the window's own background shows through
            part.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar, hint.height())

    def minimumSizeHint(self) -> QSize:
        body = self.widget().minimumSizeHint()
        line = self.fontMetrics().lineSpacing()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(min(body.width() + bar, MIN_WIDTH), min(body.height(), 6 * line))


def scrolling_body(dialog: QWidget, margins: tuple[int, int, int, int],
                   spacing: int) -> tuple[QVBoxLayout, QVBoxLayout]:
    """The dialog's outer layout and, inside a :class:`BodyScroll`, the layout
    of its body. Put the fields in the body and the buttons in the outer layout,
    below the scroll area, so they are on screen however tall the form."""
    outer = QVBoxLayout(dialog)
    left, top, right, bottom = margins
    outer.setContentsMargins(0, 0, 0, bottom)
    outer.setSpacing(spacing)
    body = QWidget()
    body.setObjectName("dialogBody")
    inner = QVBoxLayout(body)
    inner.setContentsMargins(left, top, right, 0)
    inner.setSpacing(spacing)
    outer.addWidget(BodyScroll(body), 1)
    return outer, inner


def footer(outer: QVBoxLayout, margins: tuple[int, int, int, int],
           *parts: QWidget | QLayout) -> None:
    """Add ``parts`` (the error line, the buttons) under the scroll area, with
    the body's side margins: always in view."""
    holder = QVBoxLayout()
    holder.setContentsMargins(margins[0], 0, margins[2], 0)
    holder.setSpacing(outer.spacing())
    for part in parts:
        if isinstance(part, QLayout):
            holder.addLayout(part)
        else:
            holder.addWidget(part)
    outer.addLayout(holder)
