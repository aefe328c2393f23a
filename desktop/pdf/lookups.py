"""Read-side helpers the documents share: the ente/district line of the header,
a person's address line. Catalogue labels come from ``desktop.core.catalogues``."""
from __future__ import annotations

from sqlalchemy import bindparam, literal, select
from sqlalchemy.orm import Session

from desktop.core.model import Operator, Person, TerritorialUnit


def organisation_line(session: Session, *unit_ids: str | None) -> str:
    """"Ente · Distretto" for the first territorial unit given, walking up the tree."""
    for unit_id in unit_ids:
        chain = _chain(session, unit_id) if unit_id else []
        if not chain:
            continue
        ente = next((u for u in chain if u.kind == "ente"), None)
        district = next((u for u in chain if u.kind in ("distretto", "ambito")), chain[0])
        names = [u.name for u in (ente, district) if u is not None]
        return " · ".join(dict.fromkeys(names))
    return "Tessere"


def _chain(session: Session, unit_id: str) -> list:
    """The unit and the units above it (ten at most), nearest first, in one
    query: walking the parents one by one was a query per level."""
    return list(session.execute(_CHAIN, {"unit_id": unit_id}))


def _chain_query():
    """Built once: SQLAlchemy keys its compiled statements by their structure,
    and working out that key for a fresh recursive query cost more than the
    query."""
    unit = TerritorialUnit.__table__
    up = (select(unit.c.id, unit.c.parent_id, unit.c.kind, unit.c.name, literal(0).label("depth"))
          .where(unit.c.id == bindparam("unit_id")).cte("chain", recursive=True))
    up = up.union_all(
        select(unit.c.id, unit.c.parent_id, unit.c.kind, unit.c.name, up.c.depth + 1)
        .where(unit.c.id == up.c.parent_id, up.c.depth < 9))
    return select(up.c.kind, up.c.name).order_by(up.c.depth)


_CHAIN = _chain_query()


def person_unit_ids(session: Session, person: Person) -> list[str | None]:
    """Where a person's documents come from: their district, else their case manager's."""
    ids = [person.home_territorial_unit_id]
    if person.case_manager_id:
        manager = session.get(Operator, person.case_manager_id)
        ids.append(manager.territorial_unit_id if manager else None)
    comune = person.residence_comune
    ids.append(comune.territorial_unit_id if comune else None)
    return ids


def address(person: Person) -> str:
    """Where to find the person: domicile if given, else residence."""
    for street, comune in ((person.domicile_address, person.domicile_comune),
                           (person.residence_address, person.residence_comune)):
        if street or comune:
            place = f"{comune.name} ({comune.province})" if comune else ""
            return ", ".join(p for p in (street, place) if p)
    return ""


def operator_name(session: Session, operator_id: str | None) -> str:
    operator = session.get(Operator, operator_id) if operator_id else None
    return operator.full_name if operator else ""
