"""The people list: everyone, or who matches a search, narrowed by filters.

The Persone page and ``tessere persone`` share these filters: the district of
residence (with the areas under it), an open presa in carico (or its phase),
the case manager, and the kind of patto in corso. The text part is the full-text
search of :mod:`desktop.core.search`.

Two records confirmed as one person (``core.duplicati.merge``) show once: the
record created first stands for the group, the others are reached from its
scheda; the filter «Possibili doppioni» keeps the people of undecided suspect
pairs (``core.duplicati.duplicate_suspects``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from desktop.core.catalogues import catalogue_choices
from desktop.core.model import (
    CaseEpisode, Comune, Operator, Patto, PattoBeneficiary, Person, PersonLink, TerritorialUnit,
)

SEARCH_LIMIT = 200
FILTERED_SEARCH_LIMIT = 5000  # FTS hits looked through when filters narrow them
NONE = "-"  # the "nobody / no patto" choice of a filter
DISTRICT_KINDS = ("distretto", "ambito")
TABLES = frozenset({"person", "comune", "case_episode", "patto", "patto_beneficiary",
                    "operator", "territorial_unit", "person_link"})  # what the list and its filters show


@dataclass(frozen=True)
class PersonRow:
    id: str
    last_name: str
    first_name: str
    codice_fiscale: str | None
    birth_date: dt.date | None
    comune: str | None


@dataclass(frozen=True)
class PeopleFilter:
    """The filters above the list; None means "any"."""

    district: str | None = None  # a territorial unit id: it and every unit under it
    open_case: bool | None = None  # an open presa in carico, or none
    case_phase: str | None = None  # an open presa in carico in this phase
    case_manager: str | None = None  # an operator id, or NONE
    patto_kind: str | None = None  # the kind of a patto in progress, or NONE
    duplicates: bool = False  # only people of a pair that may be one person

    def is_active(self) -> bool:
        return self != PeopleFilter()


def units_below(session: Session, unit_id: str) -> frozenset[str]:
    """The unit and every unit under it (a district and its areas)."""
    children: dict[str | None, list[str]] = {}
    for child, parent in session.execute(select(TerritorialUnit.id, TerritorialUnit.parent_id)):
        children.setdefault(parent, []).append(child)
    found, todo = set(), [unit_id]
    while todo:
        unit = todo.pop()
        if unit not in found:
            found.add(unit)
            todo += children.get(unit, [])
    return frozenset(found)


def merged_away(session: Session) -> dict[str, str]:
    """Person id -> the record that stands for it in the lists: for each group
    of records confirmed as one person, the one created first (then by id)."""
    links = session.execute(select(PersonLink.person_a_id, PersonLink.person_b_id)
                            .where(PersonLink.decision == "confermato")).all()
    if not links:
        return {}
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[rb] = ra
    members = {x for pair in links for x in pair}
    created = dict(session.execute(select(Person.id, Person.created_at)
                                   .where(Person.id.in_(members))).all())
    groups: dict[str, list[str]] = {}
    for x in members:
        groups.setdefault(root(x), []).append(x)
    away = {}
    for group in groups.values():
        first = min(group, key=lambda x: (created.get(x) is None,
                                          created.get(x) or dt.datetime.min, x))
        away.update({x: first for x in group if x != first})
    return away


def _conditions(session: Session, filters: PeopleFilter) -> list:
    where = []
    away = merged_away(session)
    if away:
        where.append(Person.id.notin_(away))
    if filters.duplicates:
        from desktop.core.duplicati import suspect_ids  # the matching: not at start

        where.append(Person.id.in_(suspect_ids(session)))
    if filters.district is not None:
        where.append(Person.home_territorial_unit_id.in_(units_below(session, filters.district)))
    if filters.open_case is not None or filters.case_phase is not None:
        case = exists().where(
            CaseEpisode.person_id == Person.id, CaseEpisode.chiusura_on.is_(None),
            *([] if filters.case_phase is None else [CaseEpisode.phase == filters.case_phase]))
        where.append(~case if filters.open_case is False else case)
    if filters.case_manager == NONE:
        where.append(Person.case_manager_id.is_(None))
    elif filters.case_manager:
        where.append(Person.case_manager_id == filters.case_manager)
    if filters.patto_kind:
        from desktop.core.patti import CLOSED_STATES  # the patto's whole package: not at start

        patto = exists().where(and_(
            PattoBeneficiary.person_id == Person.id, Patto.id == PattoBeneficiary.patto_id,
            Patto.state.notin_(CLOSED_STATES),
            *([] if filters.patto_kind == NONE else [Patto.kind == filters.patto_kind])))
        where.append(~patto if filters.patto_kind == NONE else patto)
    return where


def _rows_query(session: Session, filters: PeopleFilter):
    return (
        select(Person.id, Person.last_name, Person.first_name, Person.codice_fiscale,
               Person.birth_date, Comune.name)
        .outerjoin(Comune, Comune.id == Person.residence_comune_id)
        .where(*_conditions(session, filters))
    )


def people(session: Session, filters: PeopleFilter = PeopleFilter(), offset: int = 0,
           limit: int | None = None) -> list[PersonRow]:
    """Everyone the filters let through, alphabetically, a page at a time."""
    q = (_rows_query(session, filters)
         .order_by(Person.last_name, Person.first_name, Person.id).offset(offset))
    if limit is not None:
        q = q.limit(limit)
    return [PersonRow(*r) for r in session.execute(q)]


def find_people(session: Session, text: str, filters: PeopleFilter = PeopleFilter(),
                limit: int = SEARCH_LIMIT) -> list[PersonRow]:
    """The people matching ``text``, best first, that the filters let through."""
    from desktop.core.search import search_people  # with the codice fiscale rules: not at start

    hits = search_people(session, text,
                         limit=FILTERED_SEARCH_LIMIT if filters.is_active() else limit)
    if not hits:
        return []
    away = merged_away(session)  # a hit on a merged record finds the one in the list
    rank: dict[str, int] = {}
    for i, hit in enumerate(hits):
        rank.setdefault(away.get(hit.id, hit.id), i)
    rows = [PersonRow(*r) for r in session.execute(
        _rows_query(session, filters).where(Person.id.in_(rank)))]
    return sorted(rows, key=lambda r: rank[r.id])[:limit]


def count_people(session: Session, filters: PeopleFilter = PeopleFilter()) -> int:
    return session.scalar(select(func.count()).select_from(Person).where(
        *_conditions(session, filters))) or 0


@dataclass(frozen=True)
class FilterChoices:
    districts: list[tuple[str, str, int]]  # unit id, label, depth (an area under its district)
    case_managers: list[tuple[str, str]]  # operator id, name
    patto_kinds: list[tuple[str, str]]  # code, label
    case_phases: list[tuple[str, str]]  # code, label


def filter_choices(session: Session) -> FilterChoices:
    """The districts (with the areas under them), the case managers people
    have, the kinds of patto and the phases of a presa in carico."""
    units = list(session.execute(select(TerritorialUnit.id, TerritorialUnit.kind,
                                        TerritorialUnit.name, TerritorialUnit.parent_id)
                                 .order_by(TerritorialUnit.name)))
    managers = [(oid, f"{last} {first}") for oid, first, last in session.execute(
        select(Operator.id, Operator.first_name, Operator.last_name)
        .where(Operator.id.in_(select(Person.case_manager_id)))
        .order_by(Operator.last_name, Operator.first_name))]
    catalogues = catalogue_choices(session, "patto_kind", "case_phase")
    children: dict[str | None, list] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit)
    districts: list[tuple[str, str, int]] = []
    for unit in units:
        if unit.kind in DISTRICT_KINDS:
            districts.append((unit.id, unit.name, 0))
            districts += [(child.id, child.name, 1) for child in children.get(unit.id, [])]
    return FilterChoices(districts, managers, sorted(catalogues["patto_kind"], key=lambda k: k[1]),
                         catalogues["case_phase"])

