"""The resource map: finding services, and activating them for a person or patto."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.core.errors import TransitionError
from desktop.core.model import (
    Attivazione, Location, Organisation, Service, ServiceAtLocation, Support,
)

ATTIVAZIONE_FLOW = {
    "richiesta": {"concordata", "rifiutata"},
    "concordata": {"attiva", "rifiutata"},
    "attiva": {"conclusa"},
    "conclusa": set(),
    "rifiutata": set(),
}
STALE_AFTER_DAYS = 365


@dataclass(frozen=True)
class ServiceRow:
    id: str
    name: str
    organisation: str
    axis: str
    comuni: str
    available_places: int | None
    capacity: int | None
    last_verified_on: dt.date | None
    stale: bool


def find_services(session: Session, *, text: str | None = None, axis: str | None = None,
                  comune_id: str | None = None, target_group: str | None = None,
                  available_only: bool = False, today: dt.date | None = None,
                  limit: int = 500) -> list[ServiceRow]:
    today = today or dt.date.today()
    comuni = (
        select(ServiceAtLocation.service_id, func.group_concat(Location.comune_id).label("ids"))
        .join(Location, Location.id == ServiceAtLocation.location_id)
        .group_by(ServiceAtLocation.service_id).subquery()
    )
    from desktop.core.model import Comune

    names = (
        select(ServiceAtLocation.service_id, func.group_concat(Comune.name, ", ").label("names"))
        .join(Location, Location.id == ServiceAtLocation.location_id)
        .join(Comune, Comune.id == Location.comune_id)
        .group_by(ServiceAtLocation.service_id).subquery()
    )
    q = (
        select(Service, Organisation.name, names.c.names)
        .join(Organisation, Organisation.id == Service.organisation_id)
        .outerjoin(names, names.c.service_id == Service.id)
        .outerjoin(comuni, comuni.c.service_id == Service.id)
        .where(Service.status == "active")
    )
    if text:
        like = f"%{text.strip()}%"
        q = q.where(or_(Service.name.ilike(like), Organisation.name.ilike(like),
                        Service.description.ilike(like)))
    if axis:
        q = q.where(Service.axis == axis)
    if comune_id:
        q = q.where(comuni.c.ids.like(f"%{comune_id}%"))
    if available_only:
        q = q.where(or_(Service.available_places.is_(None), Service.available_places > 0))
    q = q.order_by(Service.name).limit(limit)
    rows = []
    for service, org_name, comune_names in session.execute(q):
        if target_group and target_group not in (service.target_groups or []):
            continue
        rows.append(ServiceRow(
            service.id, service.name, org_name, service.axis, comune_names or "",
            service.available_places, service.capacity, service.last_verified_on,
            service.is_stale(today, STALE_AFTER_DAYS),
        ))
    return rows


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
