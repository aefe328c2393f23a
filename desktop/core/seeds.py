"""Reference data from db/seeds: territories, comuni and their coordinates,
catalogues, form templates, and the yearly benefit thresholds (kept as the
catalogue ``benefit_threshold``).

Loaded when a database is created and again whenever the seed files change
(their digest is kept in replica_meta). Territories and comuni get name-based
ids, so every replica that loads the same files has the same keys.
"""
from __future__ import annotations

import csv
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.core.ids import reference_id
from desktop.core.model import (
    AssessmentTemplate, CatalogueItem, Comune, ReplicaMeta, Role, TerritorialUnit,
)
from desktop.paths import seeds_dir

DIGEST_KEY = "seeds_digest"
THRESHOLDS_FILE = "benefit_thresholds.json"
COORDINATES_FILE = "comuni_coordinate.csv"
THRESHOLD_CATALOGUE = "benefit_threshold"


def seed_files(root: Path | None = None) -> list[Path]:
    root = root or seeds_dir()
    files = [root / "territories.csv", root / "comuni.csv", root / COORDINATES_FILE,
             root / "catalogues.json", root / "roles.json", root / THRESHOLDS_FILE]
    files += sorted((root / "assessment_templates").glob("*.json"))
    return files


@lru_cache(maxsize=4)
def seeds_digest(root: Path | None = None) -> str:
    h = hashlib.sha256()
    for path in seed_files(root):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def role_id(code: str) -> str:
    return reference_id("role", code)


def territory_id(code: str) -> str:
    return reference_id("territory", code)


def comune_id(codice_catastale: str) -> str:
    return reference_id("comune", codice_catastale)


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def load_catalogues(root: Path | None = None) -> dict[str, dict[str, Any]]:
    return json.loads(((root or seeds_dir()) / "catalogues.json").read_text(encoding="utf-8"))


def load_thresholds(root: Path | None = None) -> dict[str, Any]:
    return json.loads(((root or seeds_dir()) / THRESHOLDS_FILE).read_text(encoding="utf-8"))


def load_templates(root: Path | None = None) -> list[dict[str, Any]]:
    folder = (root or seeds_dir()) / "assessment_templates"
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def load_if_missing(session: Session, root: Path | None = None) -> bool:
    """Bring reference data up to the seed files; True if anything was loaded."""
    digest = seeds_digest(root)
    meta = session.get(ReplicaMeta, DIGEST_KEY)
    if meta is not None and meta.value == digest:
        return False
    _load_territories(session, root)
    _load_catalogues(session, root)
    _load_templates(session, root)
    _load_roles(session, root)
    session.merge(ReplicaMeta(key=DIGEST_KEY, value=digest))
    return True


def _load_territories(session: Session, root: Path | None) -> None:
    root = root or seeds_dir()
    existing = {t.id: t for t in session.scalars(select(TerritorialUnit))}
    for row in read_csv(root / "territories.csv"):
        tid = territory_id(row["code"])
        parent = territory_id(row["parent_code"]) if row.get("parent_code") else None
        unit = existing.get(tid)
        if unit is None:
            session.add(TerritorialUnit(
                id=tid, code=row["code"], kind=row["kind"], name=row["name"], parent_id=parent,
            ))
        else:
            unit.kind, unit.name, unit.parent_id = row["kind"], row["name"], parent
    session.flush()  # in the file's order, each parent before its units
    coordinates = load_coordinates(root)
    fresh = _load_all_comuni(session, coordinates)
    district_rows = read_csv(root / "comuni.csv")
    # Only the districts' own comuni are objects here: loading all 7,900 cost
    # a fifth of creating a database.
    wanted = [comune_id(row["codice_catastale"]) for row in district_rows]
    comuni = {c.id: c for c in session.scalars(select(Comune).where(Comune.id.in_(wanted)))}
    for row in district_rows:
        cid = comune_id(row["codice_catastale"])
        unit_id = territory_id(row["territory_code"]) if row.get("territory_code") else None
        values = dict(
            codice_catastale=row["codice_catastale"], name=place_name(row["name"]),
            province=row["province"], territorial_unit_id=unit_id,
            istat_code=row.get("istat_code") or None,
        )
        comune = comuni.get(cid)
        if comune is None:
            latitude, longitude = coordinates.get(row["codice_catastale"], (None, None))
            session.add(Comune(id=cid, latitude=latitude, longitude=longitude, **values))
        else:
            for key, value in values.items():
                setattr(comune, key, value)
    session.flush()
    if not fresh:  # a new database took the coordinates with its rows
        _update_coordinates(session, coordinates)


def load_coordinates(root: Path | None = None) -> dict[str, tuple[float, float]]:
    """(latitude, longitude) by codice catastale, from comuni_coordinate.csv
    (GeoNames, written by db/seeds/tools/build_coordinates.py)."""
    return {row["codice_catastale"]: (float(row["latitude"]), float(row["longitude"]))
            for row in read_csv((root or seeds_dir()) / COORDINATES_FILE)}


def _update_coordinates(session: Session, coordinates: dict[str, tuple[float, float]]) -> None:
    """Bring the coordinates of comuni already stored up to the file, in one bulk
    UPDATE of the rows that differ (none on a fresh store, where the INSERT carried
    them); a comune the file no longer lists loses them rather than keep stale ones."""
    changed = []
    for cid, code, latitude, longitude in session.execute(
            select(Comune.id, Comune.codice_catastale, Comune.latitude, Comune.longitude)):
        point = coordinates.get(code, (None, None))
        if point != (latitude, longitude):
            changed.append(dict(id=cid, latitude=point[0], longitude=point[1]))
    if changed:
        session.execute(update(Comune), changed)


# Articles and prepositions stay lower case inside an Italian place name.
_PARTICLES = {"di", "da", "de", "del", "dei", "degli", "della", "delle", "dello", "in",
              "nel", "nei", "nella", "nelle", "sul", "sulla", "al", "alla", "e", "ed",
              "con", "il", "la", "lo", "le", "i", "gli", "sopra", "sotto", "a", "de'", "ne'"}
_ELIDED = {"d", "dell", "nell", "sull", "all", "l"}


def place_name(name: str) -> str:
    """"Casalecchio Di Reno" -> "Casalecchio di Reno", "Cornate D'Adda" ->
    "Cornate d'Adda": python-codicefiscale title-cases every word."""
    words = name.split(" ")
    for n, word in enumerate(words[1:], start=1):
        head, apostrophe, tail = word.partition("'")
        if apostrophe and head.lower() in _ELIDED and tail:
            words[n] = f"{head.lower()}'{tail}"
        elif word.lower() in _PARTICLES:
            words[n] = word.lower()
    return " ".join(words)


def _load_all_comuni(session: Session, coordinates: dict[str, tuple[float, float]]) -> bool:
    """Every active Italian comune from python-codicefiscale's data, so birth and
    residence places anywhere in Italy are real rows; comuni.csv then places the
    districts' own comuni in the territorial hierarchy. True if there were none."""
    from desktop.core.batch import bulk_insert

    present = set(session.scalars(select(Comune.codice_catastale)))
    rows = []
    for code, cid, name, province in _active_comuni_named():
        if code not in present:
            present.add(code)
            latitude, longitude = coordinates.get(code, (None, None))
            rows.append(dict(
                id=cid, codice_catastale=code, name=name, province=province,
                latitude=latitude, longitude=longitude,
            ))
    if rows:  # reference rows, not captured: straight to the driver's executemany
        bulk_insert(session.connection(), Comune.__table__, rows)
    return len(rows) == len(present)


def active_comuni() -> list[dict[str, Any]]:
    from codicefiscale.data import get_municipalities_data

    return [c for c in get_municipalities_data() if c.get("active")]


@lru_cache(maxsize=1)
def _active_comuni_named() -> tuple[tuple[str, str, str, str], ...]:
    """(codice catastale, id, place name, province) of every active comune: the
    ids and names are worked out once per process, not for every new database."""
    return tuple((c["code"], comune_id(c["code"]), place_name(c["name"]), c["province"])
                 for c in active_comuni())


def _load_catalogues(session: Session, root: Path | None) -> None:
    session.execute(delete(CatalogueItem))
    for catalogue, spec in load_catalogues(root).items():
        for position, item in enumerate(spec["items"]):
            extra = {k: v for k, v in item.items() if k not in ("code", "label")}
            session.add(CatalogueItem(
                catalogue=catalogue, code=item["code"], label=item["label"],
                position=position, extra=extra,
            ))
        session.add(CatalogueItem(
            catalogue="_catalogue", code=catalogue, label=spec["label"], position=0, extra={},
        ))
    _load_thresholds(session, root)
    session.flush()


def _load_thresholds(session: Session, root: Path | None) -> None:
    """One catalogue item per year and benefit rule, code ``"<year>:<key>"``,
    the rule's details in ``extra`` (read by ``core/cartella/trappola.py``)."""
    spec = load_thresholds(root)
    position = 0
    for year, entries in sorted(spec["years"].items()):
        for entry in entries:
            extra = {k: v for k, v in entry.items() if k not in ("key", "label")}
            session.add(CatalogueItem(
                catalogue=THRESHOLD_CATALOGUE, code=f"{year}:{entry['key']}",
                label=entry["label"], position=position, extra={"year": int(year), **extra},
            ))
            position += 1
    session.add(CatalogueItem(
        catalogue="_catalogue", code=THRESHOLD_CATALOGUE, label=spec["label"], position=0,
        extra={},
    ))


def _load_templates(session: Session, root: Path | None) -> None:
    session.execute(delete(AssessmentTemplate))
    for template in load_templates(root):
        session.add(AssessmentTemplate(
            code=template["code"], version=template.get("version", 1),
            name=template["name"], definition=template,
        ))
    session.flush()


def _load_roles(session: Session, root: Path | None) -> None:
    """The starting roles, same ids on every replica; a role an administrator
    changed (a synced change) is never overwritten, only missing ones are added."""
    spec = json.loads(((root or seeds_dir()) / "roles.json").read_text(encoding="utf-8"))
    present = set(session.scalars(select(Role.id)))
    for role in spec["roles"]:
        if role_id(role["code"]) not in present:
            session.add(Role(id=role_id(role["code"]), **role))
    session.flush()
