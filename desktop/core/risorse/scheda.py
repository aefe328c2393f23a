"""The service card: everything one service shows, read in one go."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core.catalogues import catalogue_labels
from desktop.core.model import (
    Contact, Schedule, Service,
)
from desktop.core.risorse.attesa import (
    Overbooking, attivazioni_with_names, overbooked, queue_positions,
)
from desktop.core.risorse.attivazioni import (
    ATTIVAZIONE_FLOW, OPEN_STATUSES, free_places, occupied,
)
from desktop.core.risorse.freshness import is_stale, stale_after_months, stale_cutoff
from desktop.core.risorse.ricerca import ServiceRow


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
    queued_at: dt.datetime | None = None
    position: int | None = None  # on the waiting list, if «in attesa»
    overbooked: bool = False  # agreed last on an overbooked service

    @property
    def current(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def next_statuses(self) -> list[str]:
        return [s for s in ATTIVAZIONE_FLOW if s in ATTIVAZIONE_FLOW.get(self.status, ())]


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
    stale_after_months: int  # the team's threshold, for saying why an entry is due
    total_waiting: int  # everybody waiting, also people the operator does not see
    overbooking: Overbooking | None = None

    @property
    def waiting(self) -> list[AttivazioneInfo]:
        """The waiting list, in queue order."""
        return sorted((a for a in self.attivazioni if a.position is not None),
                      key=lambda a: a.position)


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
                     free_places(service.capacity, occupied(session, service.id)),
                     service.capacity, service.last_verified_on,
                     is_stale(service.last_verified_on, stale_cutoff(session, today)))
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
    att_rows = attivazioni_with_names(session, service.id)
    positions = queue_positions(session, service.id)  # the people not shown count too
    overbooking = overbooked(session, service.id)
    beyond = set(overbooking.latest) if overbooking else set()
    attivazioni = [
        AttivazioneInfo(a.id, a.status, a.person_id,
                        f"{first} {last}" if first is not None else None, a.patto_id, title,
                        f"{op_first} {op_last}" if op_first is not None else None,
                        a.requested_on, a.agreed_on, a.started_on, a.ended_on, a.refusal_reason,
                        a.queued_at, positions.get(a.id), a.id in beyond)
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
        attivazioni=attivazioni, overbooking=overbooking, total_waiting=len(positions),
        stale_after_months=stale_after_months(session),
    )


# Catalogues whose labels a service card shows.
CARD_CATALOGUES = ("axis", "target_group", "access_condition", "resource_scale",
                   "attivazione_status", "resource_taxonomy", "organisation_kind")


def service_card(session: Session, service_id: str) -> tuple[ServiceDetail, dict[tuple[str, str], str]]:
    """What the service card shows: the detail and the labels of its codes, in one read."""
    return service_detail(session, service_id), catalogue_labels(session, *CARD_CATALOGUES)
