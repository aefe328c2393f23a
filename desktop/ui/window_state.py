"""The main window opens where the user left it: size, position, maximised or
not, kept in the user's settings of the application (an INI file "Tessere" in
the user's configuration folder, the same whichever database is open; a file
rather than the Windows registry, so it is one thing to find and to reset).

A position saved on a second monitor that is no longer there is not trusted:
Qt's ``restoreGeometry`` moves a window that would fall outside every screen
onto the available area of one, and shrinks one larger than the screen.

    remember(window)        # restore now, save when it closes
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QMainWindow, QWidget

ORGANIZATION = APPLICATION = "Tessere"
MAIN_WINDOW = "main_window"


def app_settings() -> QSettings:
    """The user's settings of the application (not of a database)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                     APPLICATION)


def restore(window: QWidget, key: str = MAIN_WINDOW, settings: QSettings | None = None) -> bool:
    """Put ``window`` back as it was saved under ``key``; False (and the window
    left as it is) when nothing usable was saved."""
    settings = settings or app_settings()
    geometry = settings.value(f"{key}/geometry")
    if not isinstance(geometry, QByteArray) or not window.restoreGeometry(geometry):
        return False
    state = settings.value(f"{key}/state")
    if isinstance(window, QMainWindow) and isinstance(state, QByteArray):
        window.restoreState(state)
    return True


def save(window: QWidget, key: str = MAIN_WINDOW, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(f"{key}/geometry", window.saveGeometry())
    if isinstance(window, QMainWindow):
        settings.setValue(f"{key}/state", window.saveState())
    settings.sync()


class _SaveOnClose(QObject):
    def __init__(self, window: QWidget, key: str, settings: QSettings | None):
        super().__init__(window)
        self.key, self.settings = key, settings
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and isinstance(watched, QWidget):
            save(watched, self.key, self.settings)
        return False


def remember(window: QWidget, key: str = MAIN_WINDOW, settings: QSettings | None = None) -> bool:
    """Restore ``window`` now and save it each time it is closed. Returns whether
    a saved geometry was applied."""
    restored = restore(window, key, settings)
    _SaveOnClose(window, key, settings)
    return restored
