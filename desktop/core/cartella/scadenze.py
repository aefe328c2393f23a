"""Scadenze: verification dates, court deadlines, age transitions and
follow-ups of a person. Open ones come first by date, done ones follow; a
past open one is overdue (the agenda highlights the same ones)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import records
from desktop.core.catalogues import catalogue_labels
from desktop.core.errors import ValidationError
from desktop.core.model import Deadline
from desktop.core.audit import audited, first_page

GONE = "Questa scadenza non esiste più: forse è stata eliminata da un collega."


@dataclass(frozen=True)
class DeadlineRow:
    id: str
    kind: str
    kind_label: str
    due_on: dt.date
    description: str
    done_on: dt.date | None
    today: dt.date

    @property
    def overdue(self) -> bool:
        return self.done_on is None and self.due_on < self.today


@dataclass(frozen=True)
class DeadlineFields:
    kind: str
    due_on: dt.date | None
    description: str = ""


def check_deadline(fields: DeadlineFields) -> DeadlineFields:
    """The fields as they will be stored, or a ValidationError naming the field."""
    if not fields.kind:
        raise ValidationError("Scegli il tipo di scadenza.", "kind")
    if fields.due_on is None:
        raise ValidationError("Data della scadenza: indica la data (gg/mm/aaaa).", "due_on")
    return DeadlineFields(fields.kind, fields.due_on, (fields.description or "").strip())


@audited("read", person=lambda a, r: a["person_id"], table="deadline", when=first_page)
def list_deadlines(session: Session, person_id: str, offset: int = 0, limit: int | None = None,
                   *, today: dt.date | None = None) -> list[DeadlineRow]:
    """Open ones first by date, then the done ones; ``today`` decides what is overdue."""
    labels = catalogue_labels(session, "deadline_kind")
    today = today or dt.date.today()
    deadlines = session.scalars(
        select(Deadline).where(Deadline.person_id == person_id)
        .order_by(Deadline.done_on.is_not(None), Deadline.due_on, Deadline.id)
        .offset(offset).limit(limit))
    return [
        DeadlineRow(d.id, d.kind, labels.get(("deadline_kind", d.kind), d.kind), d.due_on,
                    d.description or "", d.done_on, today)
        for d in deadlines
    ]


def save_deadline(session: Session, person_id: str, fields: DeadlineFields,
                  deadline_id: str | None = None) -> str:
    """A new deadline, signed by the operator of this installation, or
    ``deadline_id`` changed (its author stays); returns its id."""
    fields = check_deadline(fields)
    if deadline_id is None:
        # The operator who signs the change log signs the deadline too.
        deadline = Deadline(person_id=person_id, operator_id=session.info.get("operator_id"))
        session.add(deadline)
    else:
        deadline = records.existing(session, Deadline, deadline_id, GONE)
    deadline.kind = fields.kind
    deadline.due_on = fields.due_on
    deadline.description = fields.description
    session.flush()
    return deadline.id


def mark_done(session: Session, deadline_id: str, on: dt.date | None = None) -> None:
    """Done ``on`` that day (today by default)."""
    records.existing(session, Deadline, deadline_id, GONE).done_on = on or dt.date.today()


def reopen(session: Session, deadline_id: str) -> None:
    records.existing(session, Deadline, deadline_id, GONE).done_on = None


def remove_deadline(session: Session, deadline_id: str) -> None:
    records.remove(session, Deadline, deadline_id)
