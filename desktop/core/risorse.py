"""The resource map: finding services, and activating them for a person or patto."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.core.catalogues import catalogue_choices, catalogue_labels
from desktop.core.errors import TransitionError
from desktop.core.model import (
    Attivazione, Comune, Contact, Location, Operator, Organisation, Patto, Person, Schedule,
    Service, ServiceAtLocation, Support,
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


def service_comuni(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the comuni where some active service has a location: the
    choices of a comune filter, so it never offers a comune with nothing in it."""
    q = (
        select(Comune.id, Comune.name).distinct()
        .join(Location, Location.comune_id == Comune.id)
        .join(ServiceAtLocation, ServiceAtLocation.location_id == Location.id)
        .join(Service, Service.id == ServiceAtLocation.service_id)
        .where(Service.status == "active")
        .order_by(Comune.name)
    )
    return [(cid, name) for cid, name in session.execute(q)]


def filter_choices(session: Session) -> dict[str, list[tuple[str, str]]]:
    """(code or id, label) for each filter of the Risorse page, in the catalogue's order."""
    choices = catalogue_choices(session, "axis", "target_group")
    return {**choices, "comune": service_comuni(session)}


@dataclass(frozen=True)
class PlaceInfo:
    name: str
    address: str | None
    comune: str | None
    transit: str | None
    distance_from_hub_km: float | None
    accessible: bool | None
    accessibility_notes: str | None


@dataclass(frozen=True)
class ContactInfo:
    name: str
    title: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class ScheduleInfo:
    byday: str  # MO,TU,... as in HSDS
    opens_at: str | None
    closes_at: str | None
    description: str | None


@dataclass(frozen=True)
class AttivazioneInfo:
    id: str
    status: str
    person_id: str | None
    person_name: str | None
    patto_id: str | None
    patto_title: str | None
    intermediary: str | None
    requested_on: dt.date | None
    agreed_on: dt.date | None
    started_on: dt.date | None
    ended_on: dt.date | None
    refusal_reason: str | None

    @property
    def current(self) -> bool:
        return self.status in ("richiesta", "concordata", "attiva")


@dataclass(frozen=True)
class ServiceDetail:
    """Everything a service card shows, read in one go (codes stay codes: the
    screen turns them into catalogue labels)."""

    service: ServiceRow
    description: str | None
    organisation_kind: str | None
    organisation_email: str | None
    organisation_website: str | None
    taxonomy: list[str]
    target_groups: list[str]
    access_conditions: list[str]
    eligibility: str | None
    fees: str | None
    cost_cents: int | None
    formal: bool
    scale: str | None
    sharing_level: str | None
    hosts_prepared: bool | None
    email: str | None
    url: str | None
    last_verified_by: str | None
    places: list[PlaceInfo]
    contacts: list[ContactInfo]
    schedules: list[ScheduleInfo]
    attivazioni: list[AttivazioneInfo]


HSDS_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _first_weekday(byday: str) -> int:
    first = (byday or "").split(",")[0].strip().upper()
    return HSDS_WEEKDAYS.index(first) if first in HSDS_WEEKDAYS else len(HSDS_WEEKDAYS)


def service_detail(session: Session, service_id: str,
                   today: dt.date | None = None) -> ServiceDetail | None:
    """The whole card of one service, with its attivazioni (open ones first,
    then by request date, newest first); None if the service is gone."""
    service = session.get(Service, service_id)
    if service is None:
        return None
    today = today or dt.date.today()
    org = service.organisation
    sals = list(service.locations)
    places = [PlaceInfo(sal.location.name, sal.location.address,
                        sal.location.comune.name if sal.location.comune else None,
                        sal.location.transit, sal.location.distance_from_hub_km,
                        sal.location.accessible, sal.location.accessibility_notes)
              for sal in sals]
    row = ServiceRow(service.id, service.name, org.name, service.axis,
                     ", ".join(p.comune for p in places if p.comune),
                     service.available_places, service.capacity, service.last_verified_on,
                     service.is_stale(today, STALE_AFTER_DAYS))
    contacts = session.scalars(
        select(Contact).where(or_(
            Contact.service_id == service.id,
            (Contact.organisation_id == org.id) & Contact.service_id.is_(None)))
        .order_by(Contact.service_id.is_(None), Contact.name))
    sal_ids = [sal.id for sal in sals]
    schedules = session.scalars(
        select(Schedule).where(or_(Schedule.service_id == service.id,
                                   Schedule.service_at_location_id.in_(sal_ids))))
    schedules = sorted(schedules, key=lambda s: (_first_weekday(s.byday), s.opens_at or ""))
    intermediary = Operator.__table__.alias("intermediary")
    att_rows = session.execute(
        select(Attivazione, Person.first_name, Person.last_name, Patto.title,
               intermediary.c.first_name, intermediary.c.last_name)
        .outerjoin(Person, Person.id == Attivazione.person_id)
        .outerjoin(Patto, Patto.id == Attivazione.patto_id)
        .outerjoin(intermediary, intermediary.c.id == Attivazione.intermediary_id)
        .where(Attivazione.service_id == service.id))
    attivazioni = [
        AttivazioneInfo(a.id, a.status, a.person_id,
                        f"{first} {last}" if first is not None else None, a.patto_id, title,
                        f"{op_first} {op_last}" if op_first is not None else None,
                        a.requested_on, a.agreed_on, a.started_on, a.ended_on, a.refusal_reason)
        for a, first, last, title, op_first, op_last in att_rows
    ]
    flow = list(ATTIVAZIONE_FLOW)
    attivazioni.sort(key=lambda a: (not a.current, flow.index(a.status) if a.status in flow else 9,
                                    -(a.requested_on or dt.date.min).toordinal()))
    return ServiceDetail(
        service=row, description=service.description,
        organisation_kind=org.kind, organisation_email=org.email, organisation_website=org.website,
        taxonomy=[t.term_code for t in service.taxonomy],
        target_groups=list(service.target_groups or []),
        access_conditions=list(service.access_conditions or []),
        eligibility=service.eligibility_description, fees=service.fees_description,
        cost_cents=service.cost_cents, formal=service.formal, scale=service.scale,
        sharing_level=service.sharing_level, hosts_prepared=service.hosts_prepared,
        email=service.email, url=service.url,
        last_verified_by=service.last_verified_by.full_name if service.last_verified_by else None,
        places=places,
        contacts=[ContactInfo(c.name, c.title, c.phone, c.email) for c in contacts],
        schedules=[ScheduleInfo(s.byday, s.opens_at, s.closes_at, s.description)
                   for s in schedules],
        attivazioni=attivazioni,
    )


# Catalogues whose labels a service card shows.
CARD_CATALOGUES = ("axis", "target_group", "access_condition", "resource_scale",
                   "attivazione_status", "resource_taxonomy", "organisation_kind")


def service_card(session: Session, service_id: str) -> tuple[ServiceDetail, dict[tuple[str, str], str]]:
    """What the service card shows: the detail and the labels of its codes, in one read."""
    return service_detail(session, service_id), catalogue_labels(session, *CARD_CATALOGUES)
