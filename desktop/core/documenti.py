"""Attachments live inside the encrypted database; they leave it only where the
user asks, written atomically, never as a plain temporary copy."""
from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import os
import tempfile
from pathlib import Path

from desktop.core.errors import TessereError, ValidationError
from desktop.core.model import Document

MAX_BYTES = 50 * 1024 * 1024


def attach(session, *, path: str | os.PathLike | None = None, content: bytes | None = None,
           filename: str | None = None, person_id: str | None = None,
           patto_version_id: str | None = None, doc_type: str = "altro",
           title: str | None = None, document_date: dt.date | None = None,
           added_by_id: str | None = None) -> Document:
    if path is not None:
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise ValidationError(f"Impossibile leggere «{path.name}»: {exc.strerror}.") from exc
        if size > MAX_BYTES:
            raise ValidationError(
                f"«{path.name}» è troppo grande ({size // (1024 * 1024)} MB; al massimo "
                f"{MAX_BYTES // (1024 * 1024)} MB)."
            )
        content = path.read_bytes()
        filename = filename or path.name
    if content is None or not filename:
        raise ValidationError("Scegli il file da allegare.")
    if len(content) > MAX_BYTES:
        raise ValidationError("Il file è troppo grande (al massimo 50 MB).")
    if person_id is None and patto_version_id is None:
        raise ValidationError("Un documento appartiene a una persona o a una versione di patto.")
    document = Document(
        person_id=person_id, patto_version_id=patto_version_id, doc_type=doc_type,
        title=title or filename, document_date=document_date, filename=filename,
        mime_type=mimetypes.guess_type(filename)[0] or "application/octet-stream",
        size_bytes=len(content), sha256=hashlib.sha256(content).hexdigest(), content=content,
        added_by_id=added_by_id,
    )
    session.add(document)
    session.flush()
    return document


def write_atomically(data: bytes, target: str | os.PathLike) -> Path:
    """Write to a temp name beside the target, fsync, rename: a full disk or a
    crash leaves either the old file or the new one, never half of it."""
    target = Path(target)
    try:
        fd, temp = tempfile.mkstemp(prefix=".tessere-", dir=target.parent)
    except OSError as exc:
        raise TessereError(f"Impossibile scrivere nella cartella «{target.parent}»: {exc.strerror}.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        reason = "il disco è pieno" if exc.errno == 28 else exc.strerror
        raise TessereError(f"Impossibile salvare «{target.name}»: {reason}.") from exc
    return target


def export(document: Document, target: str | os.PathLike) -> Path:
    if hashlib.sha256(document.content).hexdigest() != document.sha256:
        raise TessereError(f"Il documento «{document.title}» risulta danneggiato.")
    return write_atomically(document.content, target)
