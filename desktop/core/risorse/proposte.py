"""Proposing resources for a patto goal: every active service ranked against the
goal and its beneficiary, each with the reasons in Italian, and accepting one as
a support of the patto (which becomes an attivazione).

**Criteria and weights** (a score, highest first; ties by distance then name):
the goal's axis (same +40, trasversale +15, another axis 0 and said); distance
from the beneficiary's residence (else domicile) comune to the nearest location
of the service (+30 on the spot, 0 at 30 km, down to -20 further; without
coordinates the same comune +30, the same district +15, and the reason says so); target groups
derived from what exists (the patto's kind, the person's age; +20 when one
matches, «tutta_popolazione» matches everyone, -10 when none does); the ages the
service admits (-50 outside them: a reason against, not a filter); access
conditions the person cannot be known to meet are listed as requirements
(«Richiede ISEE»), residence in the territory is checked (-20 outside the
district); availability (+20 free places, +15 no stated limit, else -10 and -3
per person already waiting, up to 10). Inactive services are never proposed;
services already linked to the goal are marked.

Three reads, whatever the directory's size: the services with their places and
queues, their locations with the comuni, and the territorial units.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.catalogues import catalogue_labels
from desktop.core.errors import ValidationError
from desktop.core.model import (
    Attivazione, Comune, Goal, Location, Organisation, Patto, Service,
    ServiceAtLocation, Support, TerritorialUnit,
)
from desktop.core.patti import lifecycle
from desktop.core.risorse.attesa import queue_position
from desktop.core.risorse.attivazioni import free_places, link_support, occupied_places
from desktop.core.risorse.distanze import distance_km
from desktop.core.risorse.freshness import STALE_AFTER_DAYS
from desktop.core.risorse.ricerca import ServiceRow

NEAR_KM = 30.0  # beyond this being far counts against, down to FAR_PENALTY
FAR_PENALTY = -20.0
DISTRICT_KINDS = ("distretto", "ambito")
KIND_GROUPS = {
    "ptri_bds": ("salute_mentale", "dipendenze"),
    "progetto_vita_pis": ("disabilita",),
    "patto_inclusione": ("poverta_vulnerabilita",),
    "progetto_personalizzato": ("poverta_vulnerabilita",),
}
EVERYONE = "tutta_popolazione"
# Access conditions checked elsewhere (age, residence) or that ask nothing.
CHECKED_CONDITIONS = ("nessuna", "eta", "residenza")


@dataclass(frozen=True)
class Proposal:
    service: ServiceRow
    score: float
    reasons: tuple[str, ...]   # in favour
    against: tuple[str, ...]   # against, or what the person must still show
    linked: bool               # already a support of this goal
    distance_km: float | None
    waiting: int


@dataclass(frozen=True)
class Beneficiary:
    """What the ranking knows of the goal's beneficiary (no names: a proposal
    list carries no personal data beyond what the patto shows)."""

    comune_id: str | None
    comune_name: str | None
    where: str  # «residenza» or «domicilio»
    age: int | None
    groups: tuple[str, ...]


def person_groups(kind: str | None, age: int | None) -> tuple[str, ...]:
    """Target groups derived honestly from what the record holds."""
    groups = list(KIND_GROUPS.get(kind or "", ()))
    if age is not None and age >= 65:
        groups.append("anziani")
    if age is not None and age < 18:
        groups.append("minori")
    return tuple(groups)


def _beneficiary(session: Session, patto: Patto, today: dt.date) -> Beneficiary:
    lead = patto.beneficiaries[0].person if patto.beneficiaries else None
    if lead is None:
        return Beneficiary(None, None, "residenza", None, person_groups(patto.kind, None))
    comune, where = lead.residence_comune, "residenza"
    if comune is None:
        comune, where = lead.domicile_comune, "domicilio"
    age = lead.age_on(today)
    return Beneficiary(comune.id if comune else None, comune.name if comune else None, where,
                       age, person_groups(patto.kind, age))


def _districts(session: Session) -> dict[str, str | None]:
    """Territorial unit id -> the distretto/ambito it lies in (itself if one)."""
    units = {u.id: (u.kind, u.parent_id) for u in session.execute(
        select(TerritorialUnit.id, TerritorialUnit.kind, TerritorialUnit.parent_id))}
    out: dict[str, str | None] = {}
    for uid in units:
        current: str | None = uid
        while current is not None and units[current][0] not in DISTRICT_KINDS:
            current = units[current][1]
        out[uid] = current
    return out


def _places(n: int) -> str:
    return "1 posto libero" if n == 1 else f"{n} posti liberi"


def _people(n: int) -> str:
    return "1 persona" if n == 1 else f"{n} persone"


def _goal(session: Session, goal_id: str) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None:
        raise ValidationError("L'obiettivo non è più nel patto: salva e riprova.", "goal")
    return goal


def propose_for_goal(session: Session, goal_id: str, *, today: dt.date | None = None,
                     limit: int = 10) -> list[Proposal]:
    """The active services ranked for this goal, best first, with their reasons."""
    today = today or dt.date.today()
    goal = _goal(session, goal_id)
    patto = session.get(Patto, goal.patto_id)
    who = _beneficiary(session, patto, today)
    labels = catalogue_labels(session, "axis", "target_group", "access_condition")
    taken = occupied_places().subquery()
    queued = (select(Attivazione.service_id, func.count().label("waiting"))
              .where(Attivazione.status == "in_attesa").group_by(Attivazione.service_id)
              .subquery())
    services = session.execute(
        select(Service.id, Service.name, Organisation.name, Service.axis, Service.capacity,
               Service.last_verified_on, Service.target_groups, Service.access_conditions,
               Service.minimum_age, Service.maximum_age,
               func.coalesce(taken.c.occupied, 0), func.coalesce(queued.c.waiting, 0))
        .join(Organisation, Organisation.id == Service.organisation_id)
        .outerjoin(taken, taken.c.service_id == Service.id)
        .outerjoin(queued, queued.c.service_id == Service.id)
        .where(Service.status == "active")).all()
    where: dict[str, list[tuple]] = {}
    for sid, cid, name, lat, lon, unit in session.execute(
            select(ServiceAtLocation.service_id, Comune.id, Comune.name, Comune.latitude,
                   Comune.longitude, Comune.territorial_unit_id)
            .join(Location, Location.id == ServiceAtLocation.location_id)
            .join(Comune, Comune.id == Location.comune_id)):
        where.setdefault(sid, []).append((cid, name, lat, lon, unit))
    home = session.get(Comune, who.comune_id) if who.comune_id else None
    home_at = (home.latitude, home.longitude) if home and home.latitude is not None \
        and home.longitude is not None else None
    districts = _districts(session)
    home_district = districts.get(home.territorial_unit_id) if home else None
    linked = set(session.scalars(select(Support.service_id).where(
        Support.goal_id == goal.id, Support.service_id.is_not(None))))
    residence = f"{who.comune_name} ({who.where})"

    proposals = []
    for (sid, name, org, axis, capacity, verified, groups, conditions, min_age, max_age,
         occupied, waiting) in services:
        score, pro, con = 0.0, [], []
        # Axis
        if axis == goal.axis:
            score += 40
            pro.append(f"Stesso asse: {labels.get(('axis', axis), axis)}")
        elif axis == "trasversale":
            score += 15
            pro.append("Risorsa trasversale agli assi")
        else:
            con.append(f"Altro asse: {labels.get(('axis', axis), axis)}")
        # Distance
        places = where.get(sid, [])
        km = None
        if who.comune_id is None:
            con.append("Residenza e domicilio non indicati: distanza non valutata")
        elif not places:
            con.append("Sede non indicata: distanza non valutata")
        else:
            measured = [distance_km(home_at, (lat, lon)) for _, _, lat, lon, _ in places
                        if home_at and lat is not None and lon is not None]
            if measured:
                km = min(measured)
                score += max(FAR_PENALTY, 30 * (1 - km / NEAR_KM))
                pro.append(f"Nello stesso comune: {residence}" if km < 1 else
                           f"A {km:.0f} km da {residence}")
            elif any(cid == who.comune_id for cid, *_ in places):
                score += 30
                pro.append(f"Nello stesso comune: {residence}")
            elif home_district and any(districts.get(unit) == home_district
                                       for *_, unit in places if unit):
                score += 15
                pro.append(f"Nello stesso distretto di {residence}; distanza non calcolata: "
                           "mancano le coordinate")
            else:
                con.append(f"Fuori dal distretto di {residence}; distanza non calcolata: "
                           "mancano le coordinate")
        # Target groups
        groups = list(groups or [])
        if not groups or EVERYONE in groups:
            score += 5
            pro.append("Per tutta la popolazione")
        else:
            matched = [g for g in groups if g in who.groups]
            if matched:
                score += 20
                pro.append("Per: " + ", ".join(labels.get(("target_group", g), g).lower()
                                               for g in matched))
            else:
                score -= 10
                con.append("Pensata per: " + ", ".join(labels.get(("target_group", g), g).lower()
                                                      for g in groups))
        # Age
        if min_age is not None or max_age is not None:
            span = (f"{min_age}–{max_age}" if min_age is not None and max_age is not None else
                    f"da {min_age} anni" if min_age is not None else f"fino a {max_age} anni")
            if who.age is None:
                con.append(f"Età ammessa {span}: data di nascita non indicata")
            elif (min_age or 0) <= who.age <= (max_age if max_age is not None else 200):
                score += 5
                pro.append(f"Età ammessa {span}")
            else:
                score -= 50
                con.append(f"Età non ammessa: {span} (ha {who.age} anni)")
        # Access conditions
        for code in conditions or []:
            if code == "residenza":
                outside = home_district is not None and places and not any(
                    districts.get(unit) == home_district for *_, unit in places if unit)
                if outside:
                    score -= 20
                    con.append("Richiede la residenza nel territorio: risiede fuori distretto")
            elif code not in CHECKED_CONDITIONS:
                con.append("Richiede " + _requirement(labels.get(("access_condition", code), code)))
        # Availability
        free = free_places(capacity, occupied)
        if free is None:
            score += 15
            pro.append("Nessun limite di posti")
        elif free > 0:
            score += 20
            pro.append(_places(free))
        else:
            score -= 10 + 3 * min(waiting, 10)
            con.append(f"Lista d'attesa: {_people(waiting)}" if waiting else
                       "Nessun posto libero (lista d'attesa vuota)")
        if sid in linked:
            pro.insert(0, "Già collegata a questo obiettivo")
        row = ServiceRow(sid, name, org, axis, ", ".join(sorted({n for _, n, *_ in places})),
                         free, capacity, verified,
                         verified is None or (today - verified).days > STALE_AFTER_DAYS)
        proposals.append(Proposal(row, round(score, 1), tuple(pro), tuple(con), sid in linked,
                                  None if km is None else round(km, 1), waiting))
    proposals.sort(key=lambda p: (-p.score, p.distance_km if p.distance_km is not None else 1e9,
                                  p.service.name))
    return proposals[:limit]


def _requirement(label: str) -> str:
    """«ISEE entro soglia» → «ISEE entro soglia»; a lowercase start for the rest."""
    return label if label[:4].isupper() else label[0].lower() + label[1:]


@dataclass(frozen=True)
class Accepted:
    """A proposal accepted: the new support and its attivazione's state."""

    support_id: str
    attivazione_id: str
    status: str
    position: int | None  # on the waiting list, when the service is full


def accept_proposal(session: Session, goal_id: str, service_id: str, *,
                    operator_id: str | None = None, today: dt.date | None = None) -> Accepted:
    """«Collega»: a new support of the goal linked to the service, whose link is
    an attivazione (richiesta, or in attesa when the service is full). A signed
    patto is amended first («Modifica in itinere»), never edited in place."""
    goal = _goal(session, goal_id)
    patto = session.get(Patto, goal.patto_id)
    if lifecycle.is_closed(patto):
        raise ValidationError("Il patto è concluso o rinnovato: non si aggiungono sostegni.")
    if patto.locked:
        raise ValidationError("Il patto è firmato: per collegare una risorsa fai prima una "
                              "«Modifica in itinere».")
    service = session.get(Service, service_id)
    if service is None or service.status != "active":
        raise ValidationError("La risorsa non è più attiva nella mappa: scegline un'altra.",
                              "service")
    if any(s.goal_id == goal.id and s.service_id == service.id for s in patto.supports):
        raise ValidationError(f"«{service.name}» è già collegata a questo obiettivo.", "service")
    support = Support(what=service.name[:300], goal_id=goal.id, formal=service.formal,
                      position=len(patto.supports))
    patto.supports.append(support)
    session.flush()
    lead = patto.beneficiaries[0].person_id if patto.beneficiaries else None
    attivazione = link_support(session, support, service, person_id=lead,
                               intermediary_id=operator_id, today=today)
    session.flush()
    return Accepted(support.id, attivazione.id, attivazione.status,
                    queue_position(session, attivazione))


def goal_choices(session: Session, patto_id: str) -> list[tuple[int, str, str]]:
    """(number, goal id, title) of a patto's goals, numbered from 1 as printed."""
    goals = session.scalars(select(Goal).where(Goal.patto_id == patto_id)
                            .order_by(Goal.position, Goal.id))
    return [(n, g.id, g.title) for n, g in enumerate(goals, start=1)]

