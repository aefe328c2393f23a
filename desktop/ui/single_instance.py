"""One window per database: a second start on the same file brings the first
window forward instead of opening the database twice.

The first process listens on a local socket named after the database's path (and
the user); a later one that reaches it asks it to come forward and exits.
"""
from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_RAISE = b"raise\n"
_WAIT_MS = 700


def socket_name(database: Path) -> str:
    who = f"{getpass.getuser()}|{Path(database).expanduser().resolve()}"
    return "tessere-" + hashlib.sha256(who.encode()).hexdigest()[:20]


class SingleInstance(QObject):
    """``other_running()`` in the second process; ``listen()`` in the first, whose
    ``activated`` fires when a second start asked for its window."""

    activated = Signal()

    def __init__(self, database: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = socket_name(database)
        self.server: QLocalServer | None = None

    def other_running(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(_WAIT_MS):
            return False
        socket.write(_RAISE)
        socket.flush()
        socket.waitForBytesWritten(_WAIT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left by a process that crashed
            if not self.server.listen(self.name):
                return False
        self.server.newConnection.connect(self._on_connection)
        return True

    def _on_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket | None = None) -> None:
        socket = socket or self.sender()
        if isinstance(socket, QLocalSocket) and bytes(socket.readAll()).startswith(_RAISE.strip()):
            self.activated.emit()


def bring_forward(window) -> None:
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
