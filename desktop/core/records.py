"""What every editable record of the cartella shares, because a colleague's sync
may remove a record while someone else has it open: changing one that is gone is
refused, removing one that is gone is no error."""
from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

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


def save(session: Session, model: type, record_id: str | None, gone: str, fields: Any,
         **new: Any) -> str:
    """A new record born with ``new`` (its person), or ``record_id`` changed (refused
    with ``gone`` if a colleague removed it), given the checked ``fields`` (a
    dataclass whose names are the model's columns); returns its id."""
    if record_id is None:
        record = model(**new)
        session.add(record)
    else:
        record = existing(session, model, record_id, gone)
    for name, value in dataclasses.asdict(fields).items():
        setattr(record, name, value)
    session.flush()
    return record.id
