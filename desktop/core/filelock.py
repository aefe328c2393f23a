"""Files beside a database that keep two Tessere processes out of each other's way.

``<db>.lock``: an advisory lock (flock; LockFileEx on Windows) taken while a
database is created, migrated or filled with demo data, so a second process
waits for the first, or is told after a while, instead of deleting or mixing a
database being made. Reentrant within a process. The holder writes its pid and
what it is doing in the file, so that the one kept waiting says what the other
Tessere is doing, not what it wanted to do itself.

``<db>.open-<pid>``: present while a process has the database open and removed
at a clean close. One left by a process that no longer runs means the last
session ended uncleanly (a crash, a power cut): the store then checks the file.

``TESSERE_LOCK_WAIT`` (seconds), where set, replaces how long a process waits
for another one's ``<db>.lock`` before saying the database is busy: for a
script that would rather be told at once, and for the tests.
"""
from __future__ import annotations

import contextlib
import errno
import os
import threading
import time
from pathlib import Path
from typing import Iterator

from desktop.core.errors import DatabaseBusyError, StoreError, ValidationError

WAIT_ENV = "TESSERE_LOCK_WAIT"
_held: dict[Path, int] = {}
_guard = threading.Lock()


def try_lock(fd: int) -> bool:
    """An exclusive lock on ``fd`` without waiting (flock; on Windows a locked
    byte): False when another process holds it."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _wait(timeout: float) -> float:
    """``timeout``, or the seconds that ``TESSERE_LOCK_WAIT`` gives instead."""
    text = os.environ.get(WAIT_ENV, "").strip()
    if not text:
        return timeout
    try:
        seconds = float(text.replace(",", "."))
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise ValidationError(f"{WAIT_ENV} deve essere un numero di secondi, come 5 o 0,5: "
                              f"«{text}» non lo è.")
    return seconds


@contextlib.contextmanager
def database_lock(path: Path, *, doing: str, timeout: float = 30.0) -> Iterator[None]:
    """Hold ``<path>.lock`` for the block; ``doing`` completes "another Tessere
    is …" in the message when it stays taken for ``timeout`` seconds (or
    ``TESSERE_LOCK_WAIT``)."""
    path = Path(path)
    timeout = _wait(timeout)
    with _guard:
        if _held.get(path):
            _held[path] += 1
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            with _guard:
                _held[path] -= 1
        return
    try:
        fd = os.open(str(path) + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    except FileNotFoundError:
        raise StoreError(f"La cartella «{path.parent}» non esiste: creala prima, oppure indica "
                         "un altro percorso per il database.") from None
    except OSError as exc:
        raise StoreError(f"Non posso usare la cartella «{path.parent}»: "
                         f"{_why(exc)}.") from exc
    try:
        deadline = time.monotonic() + timeout
        while not try_lock(fd):
            if time.monotonic() > deadline:
                raise DatabaseBusyError(
                    f"Il database «{path.name}» è occupato: un altro programma Tessere sta "
                    f"{_holder_doing(fd)}. Riprova fra poco.")
            time.sleep(0.1)
        _say_doing(fd, doing)
        with _guard:
            _held[path] = 1
        try:
            yield
        finally:
            with _guard:
                _held.pop(path, None)
    finally:
        os.close(fd)  # closing releases the lock


def _why(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "non hai il permesso di scriverci"
    if exc.errno == errno.EROFS:
        return "è in sola lettura"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "il disco è pieno"
    return f"errore del sistema ({exc.strerror or exc})"


# What the lock file holds: "<pid>\n<doing>", after one byte that stays blank
# (Windows locks byte 0 against reads too).
_OFFSET = 1


def _say_doing(fd: int, doing: str) -> None:
    """Best effort: on a full disk the lock still holds, the others say less."""
    with contextlib.suppress(OSError):
        try:
            os.ftruncate(fd, _OFFSET)
            os.lseek(fd, _OFFSET, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n{doing}".encode())
        finally:
            os.lseek(fd, 0, os.SEEK_SET)


def _holder_doing(fd: int) -> str:
    """What the process holding the lock said it is doing, if it still runs."""
    try:
        try:
            os.lseek(fd, _OFFSET, os.SEEK_SET)
            text = os.read(fd, 4096)
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        text = text.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return "usando questo database"
    pid, _, doing = text.partition("\n")
    if pid.isdigit() and doing and _alive(int(pid)):
        return doing
    return "usando questo database"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def mark_open(path: Path) -> tuple[Path, bool]:
    """This process's ``<db>.open-<pid>``; True when a session before it ended
    uncleanly (its marker is left, its process gone). Call under database_lock."""
    path = Path(path)
    unclean = False
    for marker in path.parent.glob(path.name + ".open-*"):
        pid = marker.name.rsplit("-", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            unclean = True
            marker.unlink(missing_ok=True)
    mine = Path(f"{path}.open-{os.getpid()}")
    with contextlib.suppress(OSError):
        os.close(os.open(mine, os.O_WRONLY | os.O_CREAT, 0o600))
    return mine, unclean


def open_by_a_running_process(path: Path) -> bool:
    """Whether a live process (this one included) has ``path`` open."""
    path = Path(path)
    for marker in path.parent.glob(path.name + ".open-*"):
        pid = marker.name.rsplit("-", 1)[-1]
        if pid.isdigit() and _alive(int(pid)):
            return True
    return False


def mark_closed(marker: Path) -> None:
    with contextlib.suppress(OSError):
        marker.unlink()
