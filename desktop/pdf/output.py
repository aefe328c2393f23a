"""Writing a finished PDF to the path the user chose, and nowhere else
(atomically, through ``desktop.core.files``)."""
from __future__ import annotations

import os
from pathlib import Path

from desktop.core.files import write_atomically


def save_pdf(data: bytes, path: str | os.PathLike) -> Path:
    """Atomically write ``data`` to ``path``; a FileWriteError says why in Italian."""
    return write_atomically(data, path, what="il PDF")
