"""Attachments live inside the encrypted database; they leave it only where the
user asks, written atomically (``core.files``), never as a plain temporary
copy. A file comes in read in chunks (so a big one shows progress and can be
stopped) and too big a file is refused before it is read."""
from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import records
from desktop.core.catalogues import catalogue_labels
from desktop.core.errors import TessereError, ValidationError
from desktop.core.files import write_atomically
from desktop.core.audit import audited, first_page
from desktop.core.model import Document

MAX_BYTES = 50 * 1024 * 1024
READ_CHUNK = 1024 * 1024
GONE = "Il documento non esiste più: forse è stato eliminato da un collega."

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DocumentRow:
    """A document without its content: lists never load the bytes."""

    id: str
    title: str
    doc_type: str
    type_label: str
    filename: str
    size_bytes: int
    document_date: dt.date | None


@dataclass(frozen=True)
class DocumentFields:
    doc_type: str = "altro"
    title: str | None = None  # None: the file's name
    document_date: dt.date | None = None
    confidentiality: str = "ordinario"  # who may see it (core.access): a court order is giudiziario


def check_document(fields: DocumentFields) -> DocumentFields:
    """The fields as they will be stored, or a ValidationError naming the field
    (forms call it before the file is read)."""
    if not fields.doc_type:
        raise ValidationError("Scegli il tipo di documento.", "doc_type")
    title = fields.title
    if title is not None:
        title = title.strip()
        if not title:
            raise ValidationError("Dai un titolo al documento.", "title")
    if not fields.confidentiality:
        raise ValidationError("Scegli il livello di riservatezza.", "confidentiality")
    return DocumentFields(fields.doc_type, title, fields.document_date, fields.confidentiality)


def read_file(path: str | os.PathLike, progress: Progress | None = None) -> bytes:
    """The file's bytes, chunk by chunk; ``progress(done, total, "")`` may raise
    to stop. Too big a file is refused before anything is read."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(f"Impossibile leggere «{path.name}»: {exc.strerror}.", "path") from exc
    if size > MAX_BYTES:
        raise ValidationError(
            f"«{path.name}» è troppo grande ({size // (1024 * 1024)} MB; al massimo "
            f"{MAX_BYTES // (1024 * 1024)} MB).", "path")
    chunks = []
    done = 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(READ_CHUNK):
                chunks.append(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, size, "")
    except OSError as exc:
        raise ValidationError(f"Impossibile leggere «{path.name}»: {exc.strerror}.", "path") from exc
    return b"".join(chunks)


def attach(session: Session, *, path: str | os.PathLike | None = None,
           content: bytes | None = None, filename: str | None = None,
           person_id: str | None = None, patto_version_id: str | None = None,
           fields: DocumentFields = DocumentFields(), added_by_id: str | None = None) -> Document:
    """Store a file (``path``) or bytes already read (``content`` + ``filename``)."""
    fields = check_document(fields)
    levels = catalogue_labels(session, "confidentiality_level")
    if ("confidentiality_level", fields.confidentiality) not in levels:
        raise ValidationError(f"«{fields.confidentiality}» non è un livello di riservatezza.",
                              "confidentiality")
    if path is not None:
        content = read_file(path)
        filename = filename or Path(path).name
    if content is None or not filename:
        raise ValidationError("Scegli il file da allegare.", "path")
    if len(content) > MAX_BYTES:
        raise ValidationError("Il file è troppo grande (al massimo 50 MB).", "path")
    if person_id is None and patto_version_id is None:
        raise ValidationError("Un documento appartiene a una persona o a una versione di patto.")
    document = Document(
        person_id=person_id, patto_version_id=patto_version_id, doc_type=fields.doc_type,
        title=fields.title or filename, document_date=fields.document_date, filename=filename,
        mime_type=mimetypes.guess_type(filename)[0] or "application/octet-stream",
        size_bytes=len(content), sha256=hashlib.sha256(content).hexdigest(), content=content,
        added_by_id=added_by_id, confidentiality=fields.confidentiality,
    )
    session.add(document)
    session.flush()
    return document


def attach_to_person(session: Session, person_id: str, content: bytes, filename: str,
                     fields: DocumentFields) -> str:
    """A file the user chose for a person's cartella, added by the operator of
    this installation; returns the document's id."""
    # The operator who signs the change log adds the document.
    return attach(session, content=content, filename=filename, person_id=person_id,
                  fields=fields, added_by_id=session.info.get("operator_id")).id


@audited("read", person=lambda a, r: a["person_id"], table="document", when=first_page)
def list_documents(session: Session, person_id: str, offset: int = 0,
                   limit: int | None = None) -> list[DocumentRow]:
    """Newest document date first (undated last), then by title."""
    labels = catalogue_labels(session, "document_type")
    rows = session.execute(
        select(Document.id, Document.title, Document.doc_type, Document.filename,
               Document.size_bytes, Document.document_date)
        .where(Document.person_id == person_id)
        .order_by(Document.document_date.is_(None), Document.document_date.desc(),
                  Document.title, Document.id)
        .offset(offset).limit(limit))
    return [DocumentRow(i, title, kind, labels.get(("document_type", kind), kind), name, size, day)
            for i, title, kind, name, size, day in rows]


def remove_document(session: Session, document_id: str) -> None:
    records.remove(session, Document, document_id)


def export(document: Document, target: str | os.PathLike) -> Path:
    if hashlib.sha256(document.content).hexdigest() != document.sha256:
        raise TessereError(f"Il documento «{document.title}» risulta danneggiato.")
    return write_atomically(document.content, target, what="il documento")


@audited("export", person=lambda a, r: a["session"].get(Document, a["document_id"]).person_id,
         table="document", row=lambda a, r: a["document_id"])
def export_document(session: Session, document_id: str, target: str | os.PathLike) -> Path:
    """A copy of the document at ``target``, the place the user chose."""
    return export(records.existing(session, Document, document_id, GONE), target)
