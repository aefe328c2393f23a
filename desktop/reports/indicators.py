"""The coordinator's indicators for the Piano di Zona, as plain tables: people in
care by district and comune, patti by kind, phase, axis and intensity, budget by
funding source and axis, attivazioni by status and service with waiting times,
verifications due and overdue, how long a presa in carico lasts, the waits from
segnalazione to presa in carico and from progettazione to erogazione by
district, new and closed cases per month.

A table is what the screen charts and puts beside the chart, what the XLSX and
CSV exports hold and what the PDF prints: one source for all. Figures are what
the session sees (a signed-in operator's are scoped by ``core.access``).

**Filters**: a period (a presa in carico, a patto or an attivazione counts when
it overlaps it) and, in a coordinator's database, the districts the people come
from (``record_origin``). **A person followed by two districts** and confirmed
as one (``core.matching.same_person``) is counted once wherever people are
counted.
"""
from __future__ import annotations

import datetime as dt
import functools
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.core import matching
from desktop.core.batch import collector_paused
from desktop.core.cartella.presa_in_carico import delivery_days, waiting_days
from desktop.core.catalogues import catalogue_labels
from desktop.core.model import (
    Attivazione, BudgetLine, CaseEpisode, Comune, CoordinatorDistrict, Goal, Patto,
    PattoBeneficiary, Person, RecordOrigin, Service, Verification,
)

NO_DISTRICT = "(non attribuito)"


@dataclass(frozen=True)
class Filters:
    start: dt.date
    end: dt.date
    districts: tuple[str, ...] = ()  # coordinator district ids; empty: all

    def overlaps(self, begin, finish) -> sa.ColumnElement[bool]:
        """An interval [begin, finish] (finish None: still open) meets the period."""
        return sa.and_(sa.or_(begin.is_(None), begin <= self.end),
                       sa.or_(finish.is_(None), finish >= self.start))


@dataclass(frozen=True)
class Table:
    """One indicator: ``columns[0]`` labels the rows, the others are figures.
    ``chart``: "bar", "stacked" (the figures side by side in one bar) or "line"."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    note: str = ""
    chart: str = "bar"
    money: tuple[int, ...] = field(default_factory=tuple)  # columns in cents


def indicators(session: Session, filters: Filters, today: dt.date | None = None) -> list[Table]:
    """Every indicator for ``filters``, in the order the page and the report show them."""
    today = today or dt.date.today()
    with collector_paused():
        return _all(_Scope(session, filters), today)


def _all(scope: "_Scope", today: dt.date) -> list[Table]:
    return [
        people_in_care_by_district(scope), people_in_care_by_comune(scope),
        *patti_tables(scope), *budget_tables(scope), attivazioni_by_status(scope),
        attivazioni_by_service(scope), verifications(scope, today), case_duration(scope),
        waiting_times(scope, today), cases_per_month(scope),
    ]


class _Scope:
    """What every indicator shares: the session, the period, the people of the
    chosen districts, who stands for whom, and each person's district."""

    def __init__(self, session: Session, filters: Filters):
        self.session, self.filters = session, filters
        self.labels = catalogue_labels(session, "patto_kind", "patto_phase", "intensity_tier",
                                       "axis", "funding_source", "attivazione_status")
        names = dict(session.execute(
            sa.select(CoordinatorDistrict.id, CoordinatorDistrict.name)).all())
        self.district_of = {
            person: names.get(district, NO_DISTRICT) for person, district in session.execute(
                sa.select(RecordOrigin.row_id, RecordOrigin.district_id)
                .where(RecordOrigin.table_name == "person"))}
        self.chosen = {names[d] for d in filters.districts if d in names}
        self.stands_for = matching.same_person(session)

    def label(self, catalogue: str, code: str | None) -> str:
        if code is None:
            return "(non indicato)"
        return self.labels.get((catalogue, code), code)

    def keeps(self, person_id: str | None) -> bool:
        return not self.chosen or self.district_of.get(person_id, NO_DISTRICT) in self.chosen

    def one(self, person_id: str) -> str:
        """The id a person counts under (linked records count once)."""
        return self.stands_for.get(person_id, person_id)

    @functools.cached_property
    def in_care(self) -> list[tuple[str, str | None]]:
        """(person, comune name) for every presa in carico meeting the period."""
        f = self.filters
        rows = self.session.execute(
            sa.select(CaseEpisode.person_id, Comune.name)
            .join(Person, Person.id == CaseEpisode.person_id)
            .outerjoin(Comune, Comune.id == Person.residence_comune_id)
            .where(f.overlaps(CaseEpisode.segnalazione_on, CaseEpisode.chiusura_on))).all()
        return [(p, c) for p, c in rows if self.keeps(p)]

    # Columns, not mapped objects: at ambito scale, building thousands of ORM
    # objects (and collecting them) cost more than the queries.
    @functools.cached_property
    def patti(self) -> dict[str, sa.Row]:
        """The patti (not drafts) meeting the period, of people of the chosen districts."""
        f = self.filters
        found = self.session.execute(
            sa.select(Patto.id, Patto.kind, Patto.phase, Patto.intensity, Patto.start_on,
                      Patto.end_on, PattoBeneficiary.person_id)
            .outerjoin(PattoBeneficiary, PattoBeneficiary.patto_id == Patto.id)
            .where(Patto.state != "bozza", f.overlaps(Patto.start_on, Patto.end_on))).all()
        return {row.id: row for row in found if self.keeps(row.person_id)}

    @functools.cached_property
    def attivazioni(self) -> list[sa.Row]:
        f = self.filters
        found = self.session.execute(
            sa.select(Attivazione.service_id, Attivazione.status, Attivazione.person_id,
                      Attivazione.requested_on, Attivazione.agreed_on, Attivazione.started_on)
            .where(f.overlaps(Attivazione.requested_on, Attivazione.ended_on))).all()
        return [a for a in found if self.keeps(a.person_id)]


# ------------------------------------------------------------------ people
def people_in_care_by_district(scope: _Scope) -> Table:
    people: dict[str, set[str]] = defaultdict(set)
    everyone = set()
    for person, _comune in scope.in_care:
        people[scope.district_of.get(person, NO_DISTRICT)].add(scope.one(person))
        everyone.add(scope.one(person))
    rows = sorted(((d, len(p)) for d, p in people.items()), key=lambda r: (-r[1], r[0]))
    return Table("persone_distretto", "Persone in carico per distretto", ("Distretto", "Persone"),
                 tuple(rows), note=f"In tutto {len(everyone)} persone: chi è seguito da due "
                 "distretti ed è stato riconosciuto come la stessa persona conta una volta.")


def people_in_care_by_comune(scope: _Scope) -> Table:
    people: dict[str, set[str]] = defaultdict(set)
    for person, comune in scope.in_care:
        people[comune or "(comune non indicato)"].add(scope.one(person))
    rows = sorted(((c, len(p)) for c, p in people.items()), key=lambda r: (-r[1], r[0]))
    return Table("persone_comune", "Persone in carico per comune di residenza",
                 ("Comune", "Persone"), tuple(rows))


# ------------------------------------------------------------------ patti
def patti_tables(scope: _Scope) -> list[Table]:
    patti = scope.patti
    by = {name: Counter() for name in ("kind", "phase", "intensity")}
    for patto in patti.values():
        by["kind"][scope.label("patto_kind", patto.kind)] += 1
        by["phase"][scope.label("patto_phase", patto.phase)] += 1
        by["intensity"][scope.label("intensity_tier", patto.intensity)] += 1
    axes = Counter()
    for patto_id, axis in scope.session.execute(
            sa.select(Goal.patto_id, Goal.axis).distinct()):
        if patto_id in patti:
            axes[scope.label("axis", axis)] += 1

    def table(key, title, head, counts, note=""):
        rows = sorted(counts.items(), key=lambda r: (-r[1], r[0]))
        return Table(key, title, (head, "Patti"), tuple(rows), note=note)

    return [
        table("patti_tipo", "Patti per tipo", "Tipo", by["kind"],
              f"{len(patti)} patti firmati o in corso nel periodo (le bozze non contano)."),
        table("patti_fase", "Patti per fase (pre-BdS, BdS, post-BdS)", "Fase", by["phase"]),
        table("patti_asse", "Patti per asse (un patto conta per ogni asse dei suoi obiettivi)",
              "Asse", axes),
        table("patti_intensita", "Patti per intensità", "Intensità", by["intensity"]),
    ]


def budget_tables(scope: _Scope) -> list[Table]:
    patti = scope.patti
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_axis: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for patto_id, source, axis, committed, spent in scope.session.execute(
            sa.select(BudgetLine.patto_id, BudgetLine.funding_source, BudgetLine.axis,
                      BudgetLine.committed_cents, BudgetLine.spent_cents)):
        if patto_id not in patti:
            continue
        for bucket in (by_source[scope.label("funding_source", source)],
                       by_axis[scope.label("axis", axis)]):
            bucket[0] += committed or 0
            bucket[1] += spent or 0

    def table(key, title, head, sums):
        rows = sorted(((k, c, s) for k, (c, s) in sums.items()), key=lambda r: (-r[1], r[0]))
        return Table(key, title, (head, "Impegnato", "Speso"), tuple(rows), chart="stacked",
                     money=(1, 2))

    return [table("budget_fonte", "Budget per fonte di finanziamento", "Fonte", by_source),
            table("budget_asse", "Budget per asse", "Asse", by_axis)]


# ------------------------------------------------------------------ attivazioni
def _days(a: dt.date | None, b: dt.date | None) -> int | None:
    return (b - a).days if a and b else None


def attivazioni_by_status(scope: _Scope) -> Table:
    counts = Counter(scope.label("attivazione_status", a.status) for a in scope.attivazioni)
    rows = sorted(counts.items(), key=lambda r: (-r[1], r[0]))
    return Table("attivazioni_stato", "Attivazioni per stato", ("Stato", "Attivazioni"),
                 tuple(rows))


def attivazioni_by_service(scope: _Scope) -> Table:
    names = dict(scope.session.execute(sa.select(Service.id, Service.name)).all())
    per: dict[str, dict] = defaultdict(lambda: {"all": 0, "waiting": 0, "waits": []})
    for a in scope.attivazioni:
        entry = per[names.get(a.service_id, "(risorsa non più nella mappa)")]
        entry["all"] += 1
        if a.status == "richiesta":
            entry["waiting"] += 1
        wait = _days(a.requested_on, a.agreed_on or a.started_on)
        if wait is not None and wait >= 0:
            entry["waits"].append(wait)
    rows = sorted(((name, e["all"], e["waiting"],
                    round(sum(e["waits"]) / len(e["waits"]), 1) if e["waits"] else None)
                   for name, e in per.items()), key=lambda r: (-r[1], r[0]))
    return Table("attivazioni_risorsa", "Attivazioni per risorsa, con le attese",
                 ("Risorsa", "Attivazioni", "In attesa", "Attesa media (giorni)"), tuple(rows),
                 note="L'attesa va dalla richiesta all'accordo (o all'avvio).")


# ------------------------------------------------------------------ verifications and cases
def verifications(scope: _Scope, today: dt.date) -> Table:
    f = scope.filters
    patti = scope.patti
    due = held = overdue = 0
    for patto_id, scheduled, held_on in scope.session.execute(
            sa.select(Verification.patto_id, Verification.scheduled_on, Verification.held_on)
            .where(Verification.scheduled_on.between(f.start, f.end))):
        if patto_id not in patti:
            continue
        due += 1
        if held_on is not None:
            held += 1
        elif scheduled < today:
            overdue += 1
    return Table("verifiche", "Verifiche dei patti previste nel periodo",
                 ("Verifiche", "Numero"), (("Previste", due), ("Svolte", held),
                                           ("Scadute e non svolte", overdue)),
                 note=f"Scadute rispetto al {today.strftime('%d/%m/%Y')}.")


def case_duration(scope: _Scope) -> Table:
    f = scope.filters
    waits, lengths = [], []
    for person, reported, assessed, closed in scope.session.execute(
            sa.select(CaseEpisode.person_id, CaseEpisode.segnalazione_on,
                      CaseEpisode.valutazione_on, CaseEpisode.chiusura_on)
            .where(CaseEpisode.chiusura_on.between(f.start, f.end))):
        if not scope.keeps(person):
            continue
        if (days := _days(reported, closed)) is not None:
            lengths.append(days)
        if (days := waiting_days(reported, assessed)) is not None:
            waits.append(days)

    def mean(values):
        return round(sum(values) / len(values), 1) if values else None

    return Table("durata_presa_in_carico", "Durata delle prese in carico chiuse nel periodo",
                 ("Misura", "Giorni"), (("Durata media, dalla segnalazione alla chiusura",
                                         mean(lengths)),
                                        ("Attesa media, dalla segnalazione alla valutazione",
                                         mean(waits))),
                 note=f"{len(lengths)} prese in carico chiuse.")


ALL_DISTRICTS = "Tutti i distretti"


def waiting_times(scope: _Scope, today: dt.date) -> Table:
    """Per district: the prese in carico of the period with their wait from the
    segnalazione (median and mean), the wait from progettazione to erogazione
    of those delivered in the period, and the people still waiting (reported,
    neither taken in charge nor closed) at the end of the period, or today if
    it ends later, with the longest wait. Days as decimals, so an export hides
    the small counts but not the days."""
    f = scope.filters
    as_of = min(f.end, today)
    ep = CaseEpisode
    still_waiting = sa.and_(ep.segnalazione_on <= as_of,
                            sa.or_(ep.valutazione_on.is_(None), ep.valutazione_on > as_of),
                            sa.or_(ep.chiusura_on.is_(None), ep.chiusura_on > as_of))
    per: dict[str, dict] = defaultdict(lambda: {"taken": [], "delivered": [], "waiting": {}})
    for row in scope.session.execute(
            sa.select(ep.person_id, ep.segnalazione_on, ep.valutazione_on, ep.progettazione_on,
                      ep.attivazione_on, ep.chiusura_on)
            .where(sa.or_(ep.valutazione_on.between(f.start, f.end),
                          ep.attivazione_on.between(f.start, f.end), still_waiting))):
        if not scope.keeps(row.person_id):
            continue
        buckets = [per[scope.district_of.get(row.person_id, NO_DISTRICT)], per[ALL_DISTRICTS]]
        reported, taken, closed = row.segnalazione_on, row.valutazione_on, row.chiusura_on
        wait = waiting_days(reported, taken)
        delivery = delivery_days(row.progettazione_on, row.attivazione_on)
        waiting_now = (reported is not None and reported <= as_of
                       and (taken is None or taken > as_of) and (closed is None or closed > as_of))
        for bucket in buckets:
            if taken and f.start <= taken <= f.end and wait is not None and wait >= 0:
                bucket["taken"].append(wait)
            if (row.attivazione_on and f.start <= row.attivazione_on <= f.end
                    and delivery is not None and delivery >= 0):
                bucket["delivered"].append(delivery)
            if waiting_now:
                person = scope.one(row.person_id)
                days = (as_of - reported).days
                bucket["waiting"][person] = max(days, bucket["waiting"].get(person, 0))

    def median(values):
        return round(float(statistics.median(values)), 1) if values else None

    def mean(values):
        return round(sum(values) / len(values), 1) if values else None

    def row_of(name: str, e: dict) -> tuple:
        waiting = e["waiting"]
        return (name, len(e["taken"]), median(e["taken"]), mean(e["taken"]),
                median(e["delivered"]), mean(e["delivered"]), len(waiting),
                float(max(waiting.values())) if waiting else None)

    districts = sorted(name for name in per if name != ALL_DISTRICTS)
    rows = [row_of(name, per[name]) for name in districts]
    if per:
        rows.append(row_of(ALL_DISTRICTS, per[ALL_DISTRICTS]))
    return Table("tempi_attesa", "Tempi di attesa per distretto",
                 ("Distretto", "Prese in carico nel periodo", "Attesa mediana (giorni)",
                  "Attesa media (giorni)", "Progettazione → erogazione, mediana (giorni)",
                  "Progettazione → erogazione, media (giorni)", "Persone ancora in attesa",
                  "Attesa più lunga (giorni)"), tuple(rows),
                 note="L'attesa va dalla segnalazione alla presa in carico (l'ingresso in "
                      "valutazione) delle prese in carico avvenute nel periodo; "
                      "progettazione → erogazione per quelle avviate all'erogazione nel "
                      "periodo. Ancora in attesa: segnalate e né prese in carico né chiuse al "
                      f"{as_of.strftime('%d/%m/%Y')}.")


def cases_per_month(scope: _Scope) -> Table:
    f = scope.filters
    months = []
    day = f.start.replace(day=1)
    while day <= f.end:
        months.append((day.year, day.month))
        day = (day + dt.timedelta(days=32)).replace(day=1)
    opened, closed = Counter(), Counter()
    for person, reported, ended in scope.session.execute(
            sa.select(CaseEpisode.person_id, CaseEpisode.segnalazione_on, CaseEpisode.chiusura_on)
            .where(sa.or_(CaseEpisode.segnalazione_on.between(f.start, f.end),
                          CaseEpisode.chiusura_on.between(f.start, f.end)))):
        if not scope.keeps(person):
            continue
        if reported and f.start <= reported <= f.end:
            opened[(reported.year, reported.month)] += 1
        if ended and f.start <= ended <= f.end:
            closed[(ended.year, ended.month)] += 1
    rows = tuple((f"{m:02d}/{y}", opened[(y, m)], closed[(y, m)]) for y, m in months)
    return Table("casi_mese", "Nuove prese in carico e chiusure per mese",
                 ("Mese", "Nuove", "Chiuse"), rows, chart="line")


def patti_records(session: Session, filters: Filters) -> list[dict]:
    """A row per patto of the period (no drafts), for the pseudonymised sheet:
    its beneficiaries' ids (each as the id it counts under), district, kind,
    phase, intensity, dates, axes and budget."""
    scope = _Scope(session, filters)
    people: dict[str, list[str]] = defaultdict(list)
    for patto_id, person in session.execute(
            sa.select(PattoBeneficiary.patto_id, PattoBeneficiary.person_id)
            .order_by(PattoBeneficiary.position, PattoBeneficiary.person_id)):
        if patto_id in scope.patti:
            people[patto_id].append(scope.one(person))
    axes: dict[str, set[str]] = defaultdict(set)
    for patto_id, axis in session.execute(sa.select(Goal.patto_id, Goal.axis)):
        if patto_id in scope.patti:
            axes[patto_id].add(scope.label("axis", axis))
    money: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for patto_id, committed, spent in session.execute(
            sa.select(BudgetLine.patto_id, BudgetLine.committed_cents, BudgetLine.spent_cents)):
        if patto_id in scope.patti:
            money[patto_id][0] += committed or 0
            money[patto_id][1] += spent or 0
    rows = []
    for patto in sorted(scope.patti.values(), key=lambda p: (p.start_on or dt.date.min, p.id)):
        beneficiaries = people.get(patto.id, [])
        rows.append({
            "people": beneficiaries,
            "district": scope.district_of.get(beneficiaries[0], NO_DISTRICT)
            if beneficiaries else NO_DISTRICT,
            "kind": scope.label("patto_kind", patto.kind),
            "phase": scope.label("patto_phase", patto.phase),
            "intensity": scope.label("intensity_tier", patto.intensity),
            "start": patto.start_on, "end": patto.end_on, "axes": sorted(axes[patto.id]),
            "committed": money[patto.id][0], "spent": money[patto.id][1]})
    return rows
