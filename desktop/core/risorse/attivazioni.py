"""Attivazioni: a person or a patto linked to a resource, and how far the link has got.

    richiesta → in_attesa → concordata → attiva → conclusa
    richiesta → concordata (a place is free), rifiutata (with a reason) from
    richiesta, in_attesa or concordata

One table (``ATTIVAZIONE_FLOW``) and one door (``advance``): the patto editor,
the service card and the CLI all move attivazioni through here. Free places
are computed (capacity minus the attivazioni in ``HOLDING_PLACE``), so agreeing
to a place is refused when none is free and the person goes on the waiting
list instead (``in_attesa``, ordered by ``queued_at``: see ``attesa``).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.errors import TransitionError, ValidationError
from desktop.core.model import Attivazione, Person, Service, Support, utcnow

# The one table of transitions, in the order of the flow (the catalogue's order).
ATTIVAZIONE_FLOW = {
    "richiesta": {"in_attesa", "concordata", "rifiutata"},
    "in_attesa": {"concordata", "rifiutata"},
    "concordata": {"attiva", "rifiutata"},
    "attiva": {"conclusa"},
    "conclusa": set(),
    "rifiutata": set(),
}

STATUS_LABELS = {"richiesta": "Richiesta", "in_attesa": "In attesa", "concordata": "Concordata",
                 "attiva": "Attiva", "conclusa": "Conclusa", "rifiutata": "Rifiutata"}

# The attivazioni that hold a place of the service.
HOLDING_PLACE = ("concordata", "attiva")
# Still going somewhere: a person has at most one of these per service.
OPEN_STATUSES = ("richiesta", "in_attesa", "concordata", "attiva")

GONE = "L'attivazione non esiste più: forse è stata eliminata da un collega."


# Places and queues are counted over every attivazione, whatever the operator may
# see: a count names nobody, and counting only the visible ones would offer a place
# a person of another district holds. A statement over the table, not the entity,
# gets no access criteria (core/access.py), and no autoflush either: ``count_all``
# flushes first, so a change just made counts.
ALL_ATTIVAZIONI = Attivazione.__table__.c


def count_all(session: Session, *where) -> int:
    """How many attivazioni, of everybody, meet ``where`` (over ALL_ATTIVAZIONI)."""
    session.flush()
    return session.scalar(select(func.count()).where(*where)) or 0


def occupied_places():
    """service_id, occupied: the places held per service, as a query to join."""
    return (select(ALL_ATTIVAZIONI.service_id, func.count().label("occupied"))
            .where(ALL_ATTIVAZIONI.status.in_(HOLDING_PLACE))
            .group_by(ALL_ATTIVAZIONI.service_id))


def free_places(capacity: int | None, occupied: int) -> int | None:
    """None where the service states no capacity; never below zero (an overbooking
    is reported apart, not hidden in a negative count)."""
    return None if capacity is None else max(capacity - occupied, 0)


def occupied(session: Session, service_id: str) -> int:
    return count_all(session, ALL_ATTIVAZIONI.service_id == service_id,
                     ALL_ATTIVAZIONI.status.in_(HOLDING_PLACE))


def waiting_count(session: Session, service_id: str) -> int:
    return count_all(session, ALL_ATTIVAZIONI.service_id == service_id,
                     ALL_ATTIVAZIONI.status == "in_attesa")


def is_full(session: Session, service: Service) -> bool:
    return service.capacity is not None and occupied(session, service.id) >= service.capacity


def _queue(attivazione: Attivazione, now: dt.datetime | None) -> None:
    attivazione.status = "in_attesa"
    attivazione.queued_at = now or utcnow()


def _new(session: Session, service: Service, *, person_id: str | None, patto_id: str | None,
         support_id: str | None, intermediary_id: str | None, notes: str | None,
         today: dt.date | None, now: dt.datetime | None) -> Attivazione:
    """A new request: «richiesta», or straight onto the waiting list of a full service."""
    attivazione = Attivazione(
        service_id=service.id, person_id=person_id, patto_id=patto_id, support_id=support_id,
        status="richiesta", intermediary_id=intermediary_id, notes=notes,
        requested_on=today or dt.date.today())
    if is_full(session, service):
        _queue(attivazione, now)
    session.add(attivazione)
    return attivazione


def link_support(session: Session, support: Support, service: Service, *,
                 person_id: str | None, intermediary_id: str | None,
                 today: dt.date | None = None, now: dt.datetime | None = None) -> Attivazione:
    """Link a patto support to a resource: the link is an attivazione, starting
    as «richiesta» (or «in attesa» when the service is full), so coordinators
    see demand against offer."""
    support.service_id = service.id
    if support.provider_organisation_id is None:
        support.provider_organisation_id = service.organisation_id
    existing = session.scalar(
        select(Attivazione).where(Attivazione.support_id == support.id,
                                  Attivazione.service_id == service.id)
    )
    if existing is not None:
        return existing
    return _new(session, service, person_id=person_id, patto_id=support.patto_id,
                support_id=support.id, intermediary_id=intermediary_id, notes=None,
                today=today, now=now)


def request(session: Session, service_id: str, person_id: str, patto_id: str | None = None, *,
            intermediary_id: str | None = None, notes: str | None = None,
            today: dt.date | None = None, now: dt.datetime | None = None) -> Attivazione:
    """«Richiedi attivazione» from the service itself, for a person (and a patto,
    if given): a full service puts the person on its waiting list."""
    service = session.get(Service, service_id)
    if service is None:
        raise ValidationError("La risorsa non è più nella mappa.", "service")
    if service.status != "active":
        raise ValidationError(f"«{service.name}» non è attivo: non accetta richieste.", "service")
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("La persona non esiste più in questo database.", "person")
    already = session.scalar(select(Attivazione.status).where(
        Attivazione.service_id == service_id, Attivazione.person_id == person_id,
        Attivazione.status.in_(OPEN_STATUSES)))
    if already is not None:
        raise ValidationError(
            f"{person.full_name} ha già un'attivazione «{STATUS_LABELS[already]}» "
            f"per «{service.name}».", "person")
    attivazione = _new(session, service, person_id=person_id, patto_id=patto_id, support_id=None,
                       intermediary_id=intermediary_id, notes=(notes or "").strip() or None,
                       today=today, now=now)
    session.flush()
    return attivazione


def advance(session: Session, attivazione: Attivazione, status: str, *,
            today: dt.date | None = None, reason: str | None = None,
            now: dt.datetime | None = None) -> None:
    """The one door of the flow: refused in Italian from a wrong state, without
    a reason for «rifiutata», or towards «concordata» when no place is free."""
    if status not in ATTIVAZIONE_FLOW.get(attivazione.status, ()):
        allowed = [STATUS_LABELS[s] for s in ATTIVAZIONE_FLOW if s in
                   ATTIVAZIONE_FLOW.get(attivazione.status, ())]
        after = ("può solo diventare " + " o ".join(f"«{s}»" for s in allowed)
                 if allowed else "è chiusa e non cambia più")
        raise TransitionError(
            f"Un'attivazione «{STATUS_LABELS.get(attivazione.status, attivazione.status)}» non "
            f"può diventare «{STATUS_LABELS.get(status, status)}»: {after}.")
    reason = (reason or "").strip() or None
    if status == "rifiutata" and reason is None:
        raise ValidationError("Indica il motivo del rifiuto.", "reason")
    today = today or dt.date.today()
    if status == "concordata":
        service = session.get(Service, attivazione.service_id)
        if is_full(session, service):
            waiting = waiting_count(session, service.id) - (attivazione.status == "in_attesa")
            queue = ("la lista d'attesa è vuota" if waiting <= 0 else
                     "1 persona è già in lista d'attesa" if waiting == 1 else
                     f"{waiting} persone sono già in lista d'attesa")
            hint = ("resta in lista d'attesa finché un posto si libera"
                    if attivazione.status == "in_attesa" else "mettila in lista d'attesa")
            raise TransitionError(
                f"«{service.name}» non ha posti liberi ({service.capacity} su {service.capacity} "
                f"occupati; {queue}): {hint}.")
        attivazione.agreed_on = today
    elif status == "in_attesa":
        _queue(attivazione, now)
    elif status == "attiva":
        attivazione.started_on = today
    elif status in ("conclusa", "rifiutata"):
        attivazione.ended_on = today
        if reason:
            attivazione.refusal_reason = reason
    attivazione.status = status


def advance_attivazione(session: Session, attivazione_id: str, status: str, *,
                        reason: str | None = None, today: dt.date | None = None) -> Attivazione:
    """``advance`` by id, for the service card and the CLI."""
    attivazione = session.get(Attivazione, attivazione_id)
    if attivazione is None:
        raise ValidationError(GONE)
    advance(session, attivazione, status, today=today, reason=reason)
    session.flush()
    return attivazione
