"""The operator's agenda: verifications due, scadenze, planned home visits, and
the patti whose period ends (overdue once expired and still running, so the
équipe renews or closes them)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.model import Deadline, DiaryEntry, Patto, PattoBeneficiary, Person, Verification
from desktop.core.patti.lifecycle import RUNNING_STATES


@dataclass(frozen=True)
class AgendaItem:
    kind: str  # verifica / scadenza / visita / fine_patto
    day: dt.date
    time: dt.time | None
    person_id: str | None
    person_name: str
    title: str
    overdue: bool
    ref_id: str  # the verification, deadline or diary entry
    patto_id: str | None = None  # the patto a verification (or its scadenza) belongs to


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    start = day - dt.timedelta(days=day.weekday())
    return start, start + dt.timedelta(days=6)


def agenda_items(session: Session, start: dt.date, end: dt.date, *, operator_id: str | None = None,
                 today: dt.date | None = None, include_overdue: bool = True,
                 fold_verification_deadlines: bool = False) -> list[AgendaItem]:
    """Items between start and end (inclusive); with include_overdue, also the
    undone ones from before start, flagged overdue. With fold_verification_deadlines,
    a «verifica_patto» scadenza that only restates a listed verification (same
    patto, same day) is left out, so one appointment shows once."""
    today = today or dt.date.today()
    low = dt.date(1900, 1, 1) if include_overdue else start
    items: list[AgendaItem] = []

    q = (
        select(Verification, Patto, Person)
        .join(Patto, Patto.id == Verification.patto_id)
        .join(PattoBeneficiary, PattoBeneficiary.patto_id == Patto.id)
        .join(Person, Person.id == PattoBeneficiary.person_id)
        .where(Verification.scheduled_on.between(low, end), Verification.held_on.is_(None))
        .where(Patto.state.in_(RUNNING_STATES))
        .where(PattoBeneficiary.position == 0)
    )
    if operator_id:
        q = q.where(Patto.case_manager_id == operator_id)
    for ver, patto, person in session.execute(q):
        overdue = ver.scheduled_on < today
        if ver.scheduled_on >= start or overdue:
            items.append(AgendaItem("verifica", ver.scheduled_on, None, person.id, person.full_name,
                                    f"Verifica del patto «{patto.title}»", overdue, ver.id,
                                    patto.id))
    verifications = {(i.patto_id, i.day) for i in items}

    q = (
        select(Patto, Person)
        .join(PattoBeneficiary, PattoBeneficiary.patto_id == Patto.id)
        .join(Person, Person.id == PattoBeneficiary.person_id)
        .where(Patto.end_on.between(low, end), Patto.state.in_(RUNNING_STATES))
        .where(PattoBeneficiary.position == 0)
    )
    if operator_id:
        q = q.where(Patto.case_manager_id == operator_id)
    for patto, person in session.execute(q):
        overdue = patto.end_on < today
        if patto.end_on >= start or overdue:
            title = (f"Patto «{patto.title}» scaduto: rinnovalo o chiudilo" if overdue
                     else f"Scade il patto «{patto.title}»")
            items.append(AgendaItem("fine_patto", patto.end_on, None, person.id,
                                    person.full_name, title, overdue, patto.id, patto.id))

    q = (
        select(Deadline, Person).join(Person, Person.id == Deadline.person_id)
        .where(Deadline.due_on.between(low, end), Deadline.done_on.is_(None))
    )
    if operator_id:
        q = q.where((Deadline.operator_id == operator_id) | (Person.case_manager_id == operator_id))
    for deadline, person in session.execute(q):
        if (fold_verification_deadlines and deadline.kind == "verifica_patto"
                and (deadline.patto_id, deadline.due_on) in verifications):
            continue
        overdue = deadline.due_on < today
        if deadline.due_on >= start or overdue:
            items.append(AgendaItem("scadenza", deadline.due_on, None, person.id, person.full_name,
                                    deadline.description or deadline.kind, overdue, deadline.id,
                                    deadline.patto_id))

    q = (
        select(DiaryEntry, Person).join(Person, Person.id == DiaryEntry.person_id)
        .where(DiaryEntry.status == "pianificata")
        .where(DiaryEntry.occurred_at.between(
            dt.datetime.combine(low, dt.time.min), dt.datetime.combine(end, dt.time.max)))
    )
    if operator_id:
        q = q.where(DiaryEntry.author_id == operator_id)
    for entry, person in session.execute(q):
        day = entry.occurred_at.date()
        overdue = day < today
        if day >= start or overdue:
            label = "Visita domiciliare" if entry.entry_type == "visita_domiciliare" else "Appuntamento"
            items.append(AgendaItem("visita", day, entry.occurred_at.time(), person.id,
                                    person.full_name, f"{label}: {entry.place or ''}".rstrip(": "),
                                    overdue, entry.id))
    items.sort(key=lambda i: (i.day, i.time or dt.time.min, i.person_name))
    return items
