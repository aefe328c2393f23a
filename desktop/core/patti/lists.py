"""The patti as the screens list them: every patto (the Patti page, searched by
title or beneficiary), a person's patti (the scheda), the templates a new patto
starts from. Rows are plain frozen dataclasses with the labels already read."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.core.catalogues import catalogue_labels
from desktop.core.model import Operator, Patto, PattoBeneficiary, Person
from desktop.core.patti.expiry import expired_clause, is_expired
from desktop.core.patti.form import Choice, catalogue_entries
from desktop.core.audit import audited, first_page


@dataclass(frozen=True)
class PattoRow:
    """A line of the Patti page."""

    id: str
    title: str
    kind: str
    beneficiaries: str
    state: str
    version: int
    case_manager: str
    start_on: dt.date | None
    end_on: dt.date | None
    expired: bool = False  # past its end date and still running: renew or close


@dataclass(frozen=True)
class PersonPattoRow:
    """A line of a person's patti in the scheda."""

    id: str
    title: str
    kind_label: str
    state_label: str
    version: int
    case_manager: str
    start_on: dt.date | None
    end_on: dt.date | None
    expired: bool = False


def patti(session: Session, text: str = "", offset: int = 0, limit: int = 100, *,
          only_expired: bool = False, today: dt.date | None = None) -> list[PattoRow]:
    """Every patto, newest first; ``text`` matches the title or a beneficiary's name;
    ``only_expired`` keeps the patti past their end date that still run."""
    today = today or dt.date.today()
    like = f"%{text}%" if text else None
    labels = catalogue_labels(session, "patto_kind", "patto_state")
    names = (
        select(PattoBeneficiary.patto_id,
               func.group_concat(Person.last_name + " " + Person.first_name, ", ").label("names"))
        .join(Person, Person.id == PattoBeneficiary.person_id)
        .group_by(PattoBeneficiary.patto_id).subquery()
    )
    q = (
        select(Patto.id, Patto.title, Patto.kind, names.c.names, Patto.state,
               Patto.current_version, Operator.last_name + " " + Operator.first_name,
               Patto.start_on, Patto.end_on)
        .outerjoin(names, names.c.patto_id == Patto.id)
        .outerjoin(Operator, Operator.id == Patto.case_manager_id)
    )
    if like:
        q = q.where(or_(Patto.title.ilike(like), names.c.names.ilike(like)))
    if only_expired:
        q = q.where(expired_clause(today))
    q = q.order_by(Patto.created_at.desc(), Patto.id).offset(offset).limit(limit)
    return [
        PattoRow(pid, title, labels.get(("patto_kind", kind), kind), benef or "",
                 labels.get(("patto_state", state), state), version or 1, cm or "", start, end,
                 is_expired(state, end, today))
        for pid, title, kind, benef, state, version, cm, start, end in session.execute(q)
    ]


@audited("read", person=lambda a, r: a["person_id"], table="patto", when=first_page)
def patti_of_person(session: Session, person_id: str, offset: int = 0,
                    limit: int = 100, today: dt.date | None = None) -> list[PersonPattoRow]:
    """The patti a person is a beneficiary of (alone or in a group), newest first."""
    today = today or dt.date.today()
    labels = catalogue_labels(session, "patto_kind", "patto_state")
    rows = session.execute(
        select(Patto.id, Patto.title, Patto.kind, Patto.state, Patto.current_version,
               Operator.first_name + " " + Operator.last_name, Patto.start_on, Patto.end_on)
        .join(PattoBeneficiary, PattoBeneficiary.patto_id == Patto.id)
        .outerjoin(Operator, Operator.id == Patto.case_manager_id)
        .where(PattoBeneficiary.person_id == person_id)
        .order_by(Patto.created_at.desc(), Patto.id)
        .offset(offset).limit(limit))
    return [
        PersonPattoRow(pid, title, labels.get(("patto_kind", kind), kind),
                       labels.get(("patto_state", state), state), version or 1, manager or "",
                       start, end, is_expired(state, end, today))
        for pid, title, kind, state, version, manager, start, end in rows
    ]


def patto_kinds(session: Session) -> list[Choice]:
    """The templates a new patto starts from, with their descriptions."""
    return catalogue_entries(session, "patto_kind")


def beneficiary_name(session: Session, person_id: str) -> str:
    """The name a person chosen in advance shows among a new patto's beneficiaries."""
    person = session.get(Person, person_id)
    return person.full_name if person is not None else ""
