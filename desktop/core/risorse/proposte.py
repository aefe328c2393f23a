"""Proposing resources for a patto goal: every active service ranked against the
goal and its beneficiary, each with the reasons in Italian, and accepting one as
a support of the patto (which becomes an attivazione).

**Criteria and weights** (a score, highest first; ties by distance then name):
the goal's axis (same +40, trasversale +15, another axis 0 and said); distance
from the beneficiary's residence (else domicile) comune to the nearest location
of the service (+30 on the spot, 0 at 30 km, then a point less per km down to -60,
and a far place is a reason against; without
coordinates the same comune +30, the same district +15, and the reason says so); target groups
derived from what exists (the patto's kind, the person's age; +20 when one
matches, «tutta_popolazione» matches everyone, -10 when none does); the ages the
service admits (-50 outside them: a reason against, not a filter); access
conditions the person cannot be known to meet are listed as requirements
(«Richiede ISEE»), residence in the territory is checked (-20 outside the
district); availability (+20 free places, +15 no stated limit, else -10 and -3
per person already waiting, up to 10). Inactive services are never proposed;
services already linked to the goal are marked.

A fixed number of reads, whatever the directory's size: the services with
their places and queues (one query; places and queues counted in one pass over
the attivazioni), their locations' comuni, those comuni, the territorial units,
and the ente and verification date of the proposals kept. Each criterion is
judged once per distinct value, and only the proposals kept are built.
"""
from __future__ import annotations

import datetime as dt
import heapq
import json
from dataclasses import dataclass

from sqlalchemy import Text, case, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.core.catalogues import catalogue_labels
from desktop.core.errors import ValidationError
from desktop.core.model import (
    Comune, Goal, Location, Organisation, Patto, Service,
    ServiceAtLocation, Support, TerritorialUnit,
)
from desktop.core.patti import lifecycle
from desktop.core.risorse.attesa import queue_position
from desktop.core.risorse.attivazioni import (
    ALL_ATTIVAZIONI, HOLDING_PLACE, free_places, link_support,
)
from desktop.core.risorse.distanze import distance_km
from desktop.core.risorse.freshness import is_stale, stale_cutoff
from desktop.core.risorse.ricerca import ServiceRow

NEAR_KM = 30.0  # beyond this being far counts against, a point per km, down to FAR_PENALTY
FAR_PENALTY = -60.0  # from 90 km: another province, of use only when nothing is nearer
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
class ResourceProposal:
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


Judged = tuple[float, tuple[str, ...], tuple[str, ...]]  # points, in favour, against


def propose_for_goal(session: Session, goal_id: str, *, today: dt.date | None = None,
                     limit: int = 10) -> list[ResourceProposal]:
    """The active services ranked for this goal, best first, with their reasons.
    Each criterion is judged once per distinct value (a comune, a list of target
    groups, an age range…), then summed per service: a directory repeats them."""
    today = today or dt.date.today()
    goal = _goal(session, goal_id)
    patto = session.get(Patto, goal.patto_id)
    who = _beneficiary(session, patto, today)
    labels = catalogue_labels(session, "axis", "target_group", "access_condition")
    # Places held and people waiting, in one pass over the attivazioni (along
    # their service index: no sort for the grouping).
    every = ALL_ATTIVAZIONI  # also the people the operator does not see: they hold places
    counts = (select(every.service_id,
                     func.sum(case((every.status.in_(HOLDING_PLACE), 1), else_=0))
                     .label("occupied"),
                     func.sum(case((every.status == "in_attesa", 1), else_=0))
                     .label("waiting"))
              .group_by(every.service_id).subquery())
    # Only what ranks is read for every service (the JSON lists as their text,
    # judged once per distinct value); the ente and the verification date only
    # for the proposals kept.
    services = session.execute(
        select(Service.id, Service.name, Service.axis, Service.capacity,
               type_coerce(Service.target_groups, Text),
               type_coerce(Service.access_conditions, Text),
               Service.minimum_age, Service.maximum_age,
               func.coalesce(counts.c.occupied, 0), func.coalesce(counts.c.waiting, 0))
        .outerjoin(counts, counts.c.service_id == Service.id)
        .where(Service.status == "active")).all()
    where: dict[str, list[str]] = {}
    for sid, cid in session.execute(
            select(ServiceAtLocation.service_id, Location.comune_id)
            .join(Location, Location.id == ServiceAtLocation.location_id)
            .where(Location.comune_id.is_not(None))):
        where.setdefault(sid, []).append(cid)
    comuni = {cid: (name, lat, lon, unit) for cid, name, lat, lon, unit in session.execute(
        select(Comune.id, Comune.name, Comune.latitude, Comune.longitude,
               Comune.territorial_unit_id)
        .where(Comune.id.in_({c for ids in where.values() for c in ids})))}
    home = session.get(Comune, who.comune_id) if who.comune_id else None
    districts = _districts(session)
    home_district = districts.get(home.territorial_unit_id) if home else None
    linked = set(session.scalars(select(Support.service_id).where(
        Support.goal_id == goal.id, Support.service_id.is_not(None))))
    judge = _Judge(labels, who, goal.axis, home, home_district, districts, comuni)

    scored = []
    for row in services:
        sid, name, axis, capacity, groups, conditions, min_age, max_age, taken, waiting = row
        places = tuple(where.get(sid, ()))
        km, (p1, pro1, con1) = judge.place(places)
        p2, pro2, con2 = judge.axis(axis)
        p3, pro3, con3 = judge.groups(groups)
        p4, pro4, con4 = judge.age(min_age, max_age)
        p5, pro5, con5 = judge.conditions(conditions, places)
        p6, pro6, con6 = judge.availability(capacity, taken, waiting)
        score = p1 + p2 + p3 + p4 + p5 + p6
        scored.append((-score, km if km is not None else 1e9, name, row, km,
                       pro2 + pro1 + pro3 + pro4 + pro5 + pro6,
                       con2 + con1 + con3 + con4 + con5 + con6))
    kept = heapq.nsmallest(limit, scored, key=lambda x: x[:3])
    about = {sid: (org, verified) for sid, org, verified in session.execute(
        select(Service.id, Organisation.name, Service.last_verified_on)
        .join(Organisation, Organisation.id == Service.organisation_id)
        .where(Service.id.in_([k[3][0] for k in kept])))}
    cutoff = stale_cutoff(session, today)
    proposals = []
    for minus, _, _, row, km, pro, con in kept:
        sid, name, axis, capacity = row[:4]
        org, verified = about[sid]
        free = free_places(capacity, row[8])
        service = ServiceRow(sid, name, org, axis,
                             ", ".join(sorted({comuni[c][0] for c in where.get(sid, ())})),
                             free, capacity, verified,
                             is_stale(verified, cutoff))
        if sid in linked:
            pro = ("Già collegata a questo obiettivo", *pro)
        proposals.append(ResourceProposal(service, round(-minus, 1), pro, con, sid in linked,
                                          None if km is None else round(km, 1), row[9]))
    return proposals


class _Judge:
    """The criteria, each cached by the value it judges."""

    def __init__(self, labels, who: Beneficiary, goal_axis: str, home: Comune | None,
                 home_district: str | None, districts: dict[str, str | None],
                 comuni: dict[str, tuple]):
        self.labels, self.who, self.goal_axis = labels, who, goal_axis
        self.home, self.home_district, self.districts, self.comuni = (
            home, home_district, districts, comuni)
        self.home_at = ((home.latitude, home.longitude) if home is not None
                        and home.latitude is not None and home.longitude is not None else None)
        self.residence = f"{who.comune_name} ({who.where})"
        self.cache: dict[tuple, object] = {}

    def _cached(self, key: tuple, compute):
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    def _label(self, catalogue: str, code: str) -> str:
        return self.labels.get((catalogue, code), code)

    def axis(self, axis: str) -> Judged:
        def compute() -> Judged:
            if axis == self.goal_axis:
                return 40, (f"Stesso asse: {self._label('axis', axis)}",), ()
            if axis == "trasversale":
                return 15, ("Risorsa trasversale agli assi",), ()
            return 0, (), (f"Altro asse: {self._label('axis', axis)}",)
        return self._cached(("axis", axis), compute)

    def _km(self, cid: str) -> float | None:
        def compute() -> float | None:
            _, lat, lon, _ = self.comuni[cid]
            if self.home_at is None or lat is None or lon is None:
                return None
            return distance_km(self.home_at, (lat, lon))
        return self._cached(("km", cid), compute)

    def _in_district(self, places: tuple[str, ...]) -> bool:
        return self.home_district is not None and any(
            self.districts.get(self.comuni[c][3]) == self.home_district for c in places)

    def place(self, places: tuple[str, ...]) -> tuple[float | None, Judged]:
        def compute() -> tuple[float | None, Judged]:
            if self.who.comune_id is None:
                return None, (0, (), ("Residenza e domicilio non indicati: distanza non valutata",))
            if not places:
                return None, (0, (), ("Sede non indicata: distanza non valutata",))
            measured = [d for d in map(self._km, places) if d is not None]
            if measured:
                km = min(measured)
                if km < 1:
                    return km, (30, (f"Nello stesso comune: {self.residence}",), ())
                text = f"A {km:.0f} km da {self.residence}"
                if km <= NEAR_KM:
                    return km, (30 * (1 - km / NEAR_KM), (text,), ())
                return km, (max(FAR_PENALTY, NEAR_KM - km), (), (text + ": lontano",))
            if self.who.comune_id in places:
                return None, (30, (f"Nello stesso comune: {self.residence}",), ())
            if self._in_district(places):
                return None, (15, (f"Nello stesso distretto di {self.residence}; distanza non "
                                   "calcolata: mancano le coordinate",), ())
            return None, (0, (), (f"Fuori dal distretto di {self.residence}; distanza non "
                                  "calcolata: mancano le coordinate",))
        return self._cached(("place", places), compute)

    def groups(self, text: str | None) -> Judged:
        def compute() -> Judged:
            groups = json.loads(text) if text else []
            if not groups or EVERYONE in groups:
                return 5, ("Per tutta la popolazione",), ()
            matched = [g for g in groups if g in self.who.groups]
            names = ", ".join(self._label("target_group", g).lower() for g in (matched or groups))
            if matched:
                return 20, (f"Per: {names}",), ()
            return -10, (), (f"Pensata per: {names}",)
        return self._cached(("groups", text), compute)

    def age(self, low: int | None, high: int | None) -> Judged:
        def compute() -> Judged:
            if low is None and high is None:
                return 0, (), ()
            span = (f"{low}–{high}" if low is not None and high is not None else
                    f"da {low} anni" if low is not None else f"fino a {high} anni")
            age = self.who.age
            if age is None:
                return 0, (), (f"Età ammessa {span}: data di nascita non indicata",)
            if (low or 0) <= age <= (high if high is not None else 200):
                return 5, (f"Età ammessa {span}",), ()
            return -50, (), (f"Età non ammessa: {span} (ha {age} anni)",)
        return self._cached(("age", low, high), compute)

    def conditions(self, text: str | None, places: tuple[str, ...]) -> Judged:
        codes = self._cached(("codes", text), lambda: json.loads(text) if text else [])
        if not codes:
            return 0, (), ()

        def compute() -> Judged:
            points, against = 0, []
            for code in codes:
                if code == "residenza":
                    if self.home_district is not None and places and not self._in_district(places):
                        points -= 20
                        against.append("Richiede la residenza nel territorio: risiede fuori "
                                       "distretto")
                elif code == "altro":
                    against.append("Altri requisiti: vedi la scheda del servizio")
                elif code not in CHECKED_CONDITIONS:
                    against.append("Richiede " + _requirement(self._label("access_condition", code)))
            return points, (), tuple(against)
        key = ("conditions", text, places if "residenza" in codes else ())
        return self._cached(key, compute)

    def availability(self, capacity: int | None, occupied: int, waiting: int) -> Judged:
        free = free_places(capacity, occupied)
        if free is None:
            return 15, ("Nessun limite di posti",), ()
        if free > 0:
            return 20, (_places(free),), ()
        return (-10 - 3 * min(waiting, 10), (),
                (f"Lista d'attesa: {_people(waiting)}" if waiting else
                 "Nessun posto libero (lista d'attesa vuota)",))


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

