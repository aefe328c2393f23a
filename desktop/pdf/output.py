"""Writing a finished PDF to the path the user chose, and nowhere else.

The bytes come from memory; they go to a temporary name in the destination
folder, are flushed to disk, then renamed over the target. A full disk or an
unwritable folder leaves no half PDF behind, and the user gets an Italian message.
"""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from desktop.core.errors import TessereError


class PdfWriteError(TessereError):
    pass


def _message(exc: OSError, path: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return (f"Spazio su disco esaurito: il PDF «{path.name}» non è stato salvato "
                "(nessun file parziale è rimasto). Libera spazio o scegli un'altra cartella.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Non è possibile scrivere in «{path.parent}»: permesso negato o disco di sola lettura."
    if exc.errno == errno.ENOENT:
        return f"La cartella «{path.parent}» non esiste."
    if exc.errno == errno.EISDIR:
        return f"«{path}» è una cartella: indica il nome del file PDF."
    return f"Il PDF «{path.name}» non è stato salvato: {exc.strerror or exc}."


def save_pdf(data: bytes, path: str | os.PathLike) -> Path:
    """Atomically write ``data`` to ``path``; raises PdfWriteError with an Italian message."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise PdfWriteError(_message(OSError(errno.EISDIR, "is a directory"), path))
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise PdfWriteError(_message(exc, path)) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return path
