"""Attivazioni: a person or a patto linked to a resource, and how far the link has got."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.errors import TransitionError
from desktop.core.model import Attivazione, Service, Support

ATTIVAZIONE_FLOW = {
    "richiesta": {"concordata", "rifiutata"},
    "concordata": {"attiva", "rifiutata"},
    "attiva": {"conclusa"},
    "conclusa": set(),
    "rifiutata": set(),
}

# The attivazioni that hold a place of the service.
HOLDING_PLACE = ("concordata", "attiva")


def occupied_places():
    """service_id, occupied: the places held per service, as a query to join."""
    return (select(Attivazione.service_id, func.count().label("occupied"))
            .where(Attivazione.status.in_(HOLDING_PLACE))
            .group_by(Attivazione.service_id))


def free_places(capacity: int | None, occupied: int) -> int | None:
    """None where the service states no capacity; never below zero (an overbooking
    is reported apart, not hidden in a negative count)."""
    return None if capacity is None else max(capacity - occupied, 0)


def link_support(session: Session, support: Support, service: Service, *,
                 person_id: str | None, intermediary_id: str | None,
                 today: dt.date | None = None) -> Attivazione:
    """Link a patto support to a resource: the link is an attivazione, starting
    as «richiesta», so coordinators see demand against offer."""
    support.service_id = service.id
    if support.provider_organisation_id is None:
        support.provider_organisation_id = service.organisation_id
    existing = session.scalar(
        select(Attivazione).where(Attivazione.support_id == support.id,
                                  Attivazione.service_id == service.id)
    )
    if existing is not None:
        return existing
    attivazione = Attivazione(
        service_id=service.id, person_id=person_id, patto_id=support.patto_id,
        support_id=support.id, status="richiesta", intermediary_id=intermediary_id,
        requested_on=today or dt.date.today(),
    )
    session.add(attivazione)
    return attivazione


def advance(attivazione: Attivazione, status: str, *, today: dt.date | None = None,
            reason: str | None = None) -> None:
    if status not in ATTIVAZIONE_FLOW[attivazione.status]:
        raise TransitionError(
            f"Un'attivazione «{attivazione.status}» non può diventare «{status}»."
        )
    today = today or dt.date.today()
    attivazione.status = status
    if status == "concordata":
        attivazione.agreed_on = today
    elif status == "attiva":
        attivazione.started_on = today
    elif status in ("conclusa", "rifiutata"):
        attivazione.ended_on = today
        if reason:
            attivazione.refusal_reason = reason


