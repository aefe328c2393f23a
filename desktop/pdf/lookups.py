"""Read-side helpers the documents share: the ente/district line of the header,
a person's address line. Catalogue labels come from ``desktop.core.catalogues``."""
from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.model import Operator, Person, TerritorialUnit


def organisation_line(session: Session, *unit_ids: str | None) -> str:
    """"Ente · Distretto" for the first territorial unit given, walking up the tree."""
    for unit_id in unit_ids:
        unit = session.get(TerritorialUnit, unit_id) if unit_id else None
        if unit is None:
            continue
        chain = []
        while unit is not None and len(chain) < 10:
            chain.append(unit)
            unit = unit.parent
        ente = next((u for u in chain if u.kind == "ente"), None)
        district = next((u for u in chain if u.kind in ("distretto", "ambito")), chain[0])
        names = [u.name for u in (ente, district) if u is not None]
        return " · ".join(dict.fromkeys(names))
    return "Tessere"


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
