"""Writing a file the user asked for (a PDF, an exported document, a cartella in
JSON) to the path they chose, and nowhere else.

The bytes go to a temporary name in the destination folder (created owner-only,
``0600``), are flushed to disk, then renamed over the target. A full disk, an
unwritable folder or a crash leaves either the old file or the new one, never
half of it, and the user gets an Italian message naming the file.
"""
from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterator

from desktop.core.errors import TessereError


class FileWriteError(TessereError):
    pass


def _message(exc: OSError, path: Path, what: str) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return (f"Spazio su disco esaurito: {what} «{path.name}» non è stato salvato "
                "(nessun file parziale è rimasto). Libera spazio o scegli un'altra cartella.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Non è possibile scrivere in «{path.parent}»: permesso negato o disco di sola lettura."
    if exc.errno == errno.ENOENT:
        return f"La cartella «{path.parent}» non esiste."
    if exc.errno == errno.EISDIR:
        return f"«{path}» è una cartella: indica il nome del file."
    return f"{what[:1].upper()}{what[1:]} «{path.name}» non è stato salvato: {exc.strerror or exc}."


def write_atomically(data: bytes, path: str | os.PathLike, *, what: str = "il file") -> Path:
    """Atomically write ``data`` to ``path``; ``what`` names it in messages ("il PDF")."""
    with writing_atomically(path, what=what) as fh:
        fh.write(data)
    return Path(path).expanduser()


@contextlib.contextmanager
def writing_atomically(path: str | os.PathLike, *, what: str = "il file") -> Iterator[BinaryIO]:
    """A file to stream into; it becomes ``path`` only when the block ends without
    an error (a cancelled backup, a full disk), otherwise nothing is left behind."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise FileWriteError(_message(OSError(errno.EISDIR, "is a directory"), path, what))
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise FileWriteError(_message(exc, path, what)) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
