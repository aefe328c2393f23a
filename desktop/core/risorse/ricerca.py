"""Finding services in the directory: the Risorse page's list and filters."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.core.catalogues import catalogue_choices
from desktop.core.model import Comune, Location, Organisation, Service, ServiceAtLocation
from desktop.core.risorse.attivazioni import free_places, occupied_places
from desktop.core.risorse.editing import service_axes
from desktop.core.risorse.freshness import is_stale, stale_clause, stale_cutoff


@dataclass(frozen=True)
class ServiceRow:
    id: str
    name: str
    organisation: str
    axis: str
    comuni: str
    available_places: int | None  # free places: capacity minus those taken
    capacity: int | None
    last_verified_on: dt.date | None
    stale: bool
    active: bool = True


def find_services(session: Session, *, text: str | None = None, axis: str | None = None,
                  comune_id: str | None = None, target_group: str | None = None,
                  available_only: bool = False, stale_only: bool = False,
                  include_inactive: bool = False, today: dt.date | None = None,
                  limit: int = 500) -> list[ServiceRow]:
    """Services by name, ente or description and the filters; retired
    (inactive) services only when asked, for those who manage the directory."""
    cutoff = stale_cutoff(session, today or dt.date.today())
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
    taken = occupied_places().subquery()
    occupied = func.coalesce(taken.c.occupied, 0)
    q = (
        select(Service.id, Service.name, Service.axis, Service.capacity, Service.target_groups,
               Service.last_verified_on, Service.status, Organisation.name, names.c.names,
               occupied)
        .join(Organisation, Organisation.id == Service.organisation_id)
        .outerjoin(names, names.c.service_id == Service.id)
        .outerjoin(comuni, comuni.c.service_id == Service.id)
        .outerjoin(taken, taken.c.service_id == Service.id)
    )
    if not include_inactive:
        q = q.where(Service.status == "active")
    if stale_only:
        q = q.where(stale_clause(Service.last_verified_on, cutoff))
    if text:
        like = f"%{text.strip()}%"
        q = q.where(or_(Service.name.ilike(like), Organisation.name.ilike(like),
                        Service.description.ilike(like)))
    if axis:
        q = q.where(Service.axis == axis)
    if comune_id:
        q = q.where(comuni.c.ids.like(f"%{comune_id}%"))
    if available_only:
        q = q.where(or_(Service.capacity.is_(None), Service.capacity > occupied))
    q = q.order_by(Service.name).limit(limit)
    rows = []
    for (sid, name, axis_code, capacity, targets, verified_on, status, org_name, comune_names,
         taken_places) in session.execute(q):
        if target_group and target_group not in (targets or []):
            continue
        rows.append(ServiceRow(
            sid, name, org_name, axis_code, comune_names or "", free_places(capacity, taken_places),
            capacity, verified_on, is_stale(verified_on, cutoff), status == "active",
        ))
    return rows


@dataclass(frozen=True)
class ComuneGroup:
    """The services with a location in one comune (comune_id None: no location)."""

    comune_id: str | None
    name: str
    services: list[ServiceRow]


def services_by_comune(session: Session, **filters) -> list[ComuneGroup]:
    """The «Per comune» view, the map the directory can show offline: the
    services found with ``filters`` (those of find_services) under each comune
    where they have a location, comuni by name, those without a location last."""
    rows = find_services(session, **filters)
    by_id = {r.id: r for r in rows}
    groups: dict[str | None, tuple[str, list[ServiceRow]]] = {}
    placed: set[str] = set()
    pairs = session.execute(
        select(ServiceAtLocation.service_id, Comune.id, Comune.name).distinct()
        .join(Location, Location.id == ServiceAtLocation.location_id)
        .join(Comune, Comune.id == Location.comune_id)
        .where(ServiceAtLocation.service_id.in_(list(by_id)))
        .order_by(Comune.name)) if by_id else []
    for service_id, comune_id, name in pairs:
        groups.setdefault(comune_id, (name, []))[1].append(by_id[service_id])
        placed.add(service_id)
    result = [ComuneGroup(cid, name, sorted(services, key=lambda r: r.name.casefold()))
              for cid, (name, services) in groups.items()]
    result.sort(key=lambda g: g.name.casefold())
    unplaced = [r for r in rows if r.id not in placed]
    if unplaced:
        result.append(ComuneGroup(None, "Senza sede indicata", unplaced))
    return result


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
    choices = catalogue_choices(session, "target_group")
    return {**choices, "axis": service_axes(session), "comune": service_comuni(session)}
