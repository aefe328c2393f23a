"""The auto-lock: after the idle time this computer's setting says (10 minutes
unless changed), the window hides its content and every other window's, and
asks the signed-in operator's password again. Nothing is closed, so open
editors and dialogs come back as they were."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

# What counts as someone at the keyboard.
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class IdleLock(QObject):
    """Watches the whole application's input and locks ``window`` when idle."""

    def __init__(self, window, minutes: int):
        super().__init__(window)
        self.window = window
        self.dialog = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * 60_000)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked and self.minutes > 0:
            self.timer.start()
        return False

    def lock(self) -> None:
        from desktop.ui.access_dialogs import LockDialog

        store = self.window.store
        if self.locked or store is None or store.access is None:
            return
        self.window.show_locked(True)
        for top in QApplication.topLevelWidgets():
            if top is not self.window and top.isVisible():
                for child in top.findChildren(QWidget):
                    if child.parent() is top and child.isVisible():
                        child.hide()
                        self._hidden.append(child)
        self.dialog = LockDialog(store, self.window)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.open()

    def _unlocked(self) -> None:
        for child in self._hidden:
            child.show()
        self._hidden.clear()
        self.window.show_locked(False)
        self.dialog.deleteLater()
        self.dialog = None
        self.set_minutes(self.minutes)

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
