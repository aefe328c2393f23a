"""Two rules every editable record of the cartella shares, because a colleague's
sync may remove a record while someone else has it open."""
from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError

M = TypeVar("M")


def existing(session: Session, model: type[M], record_id: str, gone: str) -> M:
    """The record to change, or the Italian refusal ``gone`` when it no longer exists."""
    record = session.get(model, record_id)
    if record is None:
        raise ValidationError(gone)
    return record


def remove(session: Session, model: type, record_id: str) -> None:
    """Removing a record a colleague already removed is no error: it is gone either way."""
    record = session.get(model, record_id)
    if record is not None:
        session.delete(record)
