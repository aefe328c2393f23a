"""Demand against offer on one service: its waiting list and its overbooking.

**Queue order**: ``queued_at`` (the UTC instant the person joined the list),
then the attivazione id, so every replica ranks the same list the same way.

**Overbooking**: two replicas that each agreed the last free place while apart
both keep their «concordata» after the sync (nothing is lost), and the service
then holds more places than it has. That is never silent: ``overbooked`` says
so and names the attivazioni agreed last, ordered by ``agreed_on`` and, on the
same day, by the HLC of the change that agreed them (the hybrid logical clock
orders changes across replicas the same way everywhere, unlike wall clocks).
Those are the ones to go back on the waiting list or be refused.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.audit import audited
from desktop.core.errors import ValidationError
from desktop.core.model import Attivazione, ChangeLog, Operator, Patto, Person, Service
from desktop.core.risorse.attivazioni import (
    ALL_ATTIVAZIONI, HOLDING_PLACE, count_all, free_places, occupied, request,
)


def queue_position(session: Session, attivazione: Attivazione) -> int | None:
    """1-based place on its service's waiting list; None if not waiting."""
    if attivazione.status != "in_attesa":
        return None
    every = ALL_ATTIVAZIONI
    return count_all(
        session, every.service_id == attivazione.service_id, every.status == "in_attesa",
        every.id != attivazione.id,
        (every.queued_at < attivazione.queued_at)
        | ((every.queued_at == attivazione.queued_at) & (every.id < attivazione.id))) + 1


def queue_positions(session: Session, service_id: str) -> dict[str, int]:
    """Attivazione id → place on the service's waiting list, counting everybody
    waiting, also the people the operator does not see."""
    every = ALL_ATTIVAZIONI
    session.flush()  # a statement over the table does not autoflush
    ids = session.scalars(select(every.id).where(every.service_id == service_id,
                                                 every.status == "in_attesa")
                          .order_by(every.queued_at, every.id))
    return {aid: n for n, aid in enumerate(ids, start=1)}


@dataclass(frozen=True)
class Requested:
    """What «Richiedi attivazione» did: the status reached and, for a full
    service, the place on the waiting list."""

    attivazione_id: str
    status: str
    position: int | None


def request_place(session: Session, service_id: str, person_id: str,
                  patto_id: str | None = None, *, intermediary_id: str | None = None,
                  notes: str | None = None, today: dt.date | None = None) -> Requested:
    """``attivazioni.request``, answering with the waiting-list position if any."""
    attivazione = request(session, service_id, person_id, patto_id,
                          intermediary_id=intermediary_id, notes=notes, today=today)
    return Requested(attivazione.id, attivazione.status, queue_position(session, attivazione))


@dataclass(frozen=True)
class Overbooking:
    """More places held than the service has. ``contested`` attivazioni were
    agreed from the day the first one beyond capacity was, for the ``free``
    places left by those agreed before; ``latest`` (ids) are the ones agreed
    last, beyond capacity."""

    capacity: int
    holding: int
    contested: int
    free: int
    latest: tuple[str, ...]

    @property
    def message(self) -> str:
        if self.free <= 0:
            return f"Posti superati: {self.holding} posti occupati su {self.capacity}"
        places = "1 posto libero" if self.free == 1 else f"{self.free} posti liberi"
        return f"Posti superati: {self.contested} concordate per {places}"


def _agreed_hlc(session: Session, ids: list[str]) -> dict[str, str]:
    """The HLC of the change that made each attivazione «concordata»."""
    out: dict[str, str] = {}
    rows = session.execute(
        select(ChangeLog.row_id, ChangeLog.hlc, ChangeLog.fields)
        .where(ChangeLog.table_name == "attivazione", ChangeLog.row_id.in_(ids))
        .order_by(ChangeLog.hlc))
    for row_id, hlc, fields in rows:
        if row_id not in out and fields and json.loads(fields).get("status") == "concordata":
            out[row_id] = hlc
    return out


def overbooked(session: Session, service_id: str) -> Overbooking | None:
    """The service's overbooking, or None when its places are enough."""
    service = session.get(Service, service_id)
    if service is None or service.capacity is None:
        return None
    every = ALL_ATTIVAZIONI
    session.flush()  # a statement over the table does not autoflush
    holding = list(session.execute(
        select(every.id, every.agreed_on)
        .where(every.service_id == service_id, every.status.in_(HOLDING_PLACE))))
    if len(holding) <= service.capacity:
        return None
    hlcs = _agreed_hlc(session, [h.id for h in holding])
    order = sorted(holding, key=lambda h: (h.agreed_on or dt.date.min, hlcs.get(h.id, ""), h.id))
    first_beyond = (order[service.capacity].agreed_on or dt.date.min)
    earlier = sum(1 for h in holding if (h.agreed_on or dt.date.min) < first_beyond)
    return Overbooking(service.capacity, len(holding), len(holding) - earlier,
                       service.capacity - earlier,
                       tuple(h.id for h in order[service.capacity:]))


@dataclass(frozen=True)
class WaitingRow:
    position: int
    attivazione_id: str
    person_id: str | None
    person_name: str
    patto_id: str | None
    patto_title: str | None
    queued_at: dt.datetime | None
    requested_on: dt.date | None
    days_waiting: int | None
    asked_by: str | None  # the intermediary
    notes: str | None

    @property
    def since_text(self) -> str:
        if self.queued_at is None:
            return ""
        days = self.days_waiting or 0
        return (f"dal {self.queued_at:%d/%m/%Y} ("
                + ("da oggi" if days == 0 else "1 giorno" if days == 1 else f"{days} giorni") + ")")


@dataclass(frozen=True)
class WaitingList:
    service_id: str
    service_name: str
    capacity: int | None
    occupied: int
    rows: list[WaitingRow]  # the people the operator sees, with their true positions
    overbooking: Overbooking | None
    total_waiting: int  # everybody waiting, also in districts the operator does not see

    @property
    def free(self) -> int | None:
        return free_places(self.capacity, self.occupied)


def attivazioni_with_names(session: Session, service_id: str, *where):
    """The service's attivazioni the operator sees, each with (first name, last
    name) of its person, the patto's title and (first name, last name) of who
    asked, in queue order."""
    asked = Operator.__table__.alias("asked")
    return session.execute(
        select(Attivazione, Person.first_name, Person.last_name, Patto.title,
               asked.c.first_name, asked.c.last_name)
        .outerjoin(Person, Person.id == Attivazione.person_id)
        .outerjoin(Patto, Patto.id == Attivazione.patto_id)
        .outerjoin(asked, asked.c.id == Attivazione.intermediary_id)
        .where(Attivazione.service_id == service_id, *where)
        .order_by(Attivazione.queued_at, Attivazione.id))


@audited("read", person=lambda a, r: [row.person_id for row in r.rows if row.person_id],
         table="attivazione")
def waiting_list(session: Session, service_id: str, *, today: dt.date | None = None) -> WaitingList:
    """The service's waiting list in queue order, with the places and any overbooking."""
    service = session.get(Service, service_id)
    if service is None:
        raise ValidationError("La risorsa non è più nella mappa.", "service")
    today = today or dt.date.today()
    rows = attivazioni_with_names(session, service_id, Attivazione.status == "in_attesa")
    positions = queue_positions(session, service_id)  # the people not shown count too
    waiting = [
        WaitingRow(positions[a.id], a.id, a.person_id,
                   f"{first} {last}" if first is not None else "(persona non indicata)",
                   a.patto_id, title, a.queued_at, a.requested_on,
                   (today - a.queued_at.date()).days if a.queued_at else None,
                   f"{op_first} {op_last}" if op_first is not None else None, a.notes)
        for a, first, last, title, op_first, op_last in rows
    ]
    return WaitingList(service.id, service.name, service.capacity, occupied(session, service.id),
                       waiting, overbooked(session, service.id), len(positions))
