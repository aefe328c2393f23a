"""The directory as an HSDS 3.0 package, in the standard's two forms.

- ``csv``: the Tabular Data Package (docs/hsds/serialization.md): one CSV per table
  with the standard's file and column names, all columns in the standard's
  order, plus the standard's own datapackage.json listing the tables written.
- ``json``: the canonical form since 3.0. The standard defines no container for
  many records outside its API, so the file is the API's ``Page`` of services
  (``contents``), each service nested as schema/compiled/service.json shows it
  (organization, service_at_locations with their location, schedules, contacts
  with phones, languages, cost_options, attributes with their taxonomy_term).
  Organisations and locations no service uses appear only in the CSV form.

Both are deterministic: rows sorted by id, numbers written one way, so exporting,
importing into an empty database and exporting again gives the same bytes.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.files import write_atomically
from desktop.core.model import (
    CatalogueItem, Comune, Contact, Location, Organisation, Schedule, Service, ServiceAtLocation,
    ServiceTaxonomy, TerritorialUnit,
)
from desktop.core.risorse.hsds import vocabulary as voc
from desktop.core.risorse.hsds.schema import package_descriptor, tables

JSON_FILE = "servizi_hsds.json"
FORMATS = ("csv", "json")
Rows = dict[str, list[dict[str, Any]]]


@dataclass
class ExportResult:
    folder: str
    files: list[str]
    counts: dict[str, int]  # HSDS table -> rows


def _text(value: Any) -> Any:
    return value if value not in ("", None) else None


def _flag(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


def _number(value: float | int | None) -> Any:
    if value is None:
        return None
    return int(value) if isinstance(value, float) and value.is_integer() else value


def directory_rows(session: Session) -> Rows:
    """Every HSDS row the directory makes, keyed by table, sorted by id."""
    out: Rows = {name: [] for name in tables()}
    comuni = {c.id: c for c in session.scalars(select(Comune))}
    units = dict(session.execute(select(TerritorialUnit.id, TerritorialUnit.code)).all())

    def attribute(link: str, entity: str, catalogue: str, code: str, value: Any = None,
                  attribute_id: str | None = None) -> None:
        out["attribute"].append(dict(
            id=attribute_id or voc.derived_id(link, f"{catalogue}:{code}"), link_id=link,
            taxonomy_term_id=voc.term_id(catalogue, code), link_type=voc.taxonomy_name(catalogue),
            link_entity=entity, value=None if value is None else str(value)))

    def field(link: str, entity: str, code: str, value: Any) -> None:
        if value is not None:
            attribute(link, entity, voc.FIELDS_TAXONOMY, code, value)

    for o in session.scalars(select(Organisation)):
        out["organization"].append(dict(
            id=o.id, name=o.name, description=o.description or o.name, email=_text(o.email),
            website=_text(o.website), tax_id=_text(o.tax_code)))
        attribute(o.id, "organization", "organisation_kind", o.kind)
        comune = comuni.get(o.comune_id)
        field(o.id, "organization", "comune_ente", comune.codice_catastale if comune else None)
        field(o.id, "organization", "ambito", units.get(o.territorial_unit_id))
        field(o.id, "organization", "verificata_il",
              o.last_verified_on.isoformat() if o.last_verified_on else None)

    for s in session.scalars(select(Service)):
        out["service"].append(dict(
            id=s.id, organization_id=s.organisation_id, name=s.name,
            description=_text(s.description), url=_text(s.url), email=_text(s.email),
            status=s.status if s.status in ("active", "inactive") else "inactive",
            application_process=_text(s.application_process),
            fees_description=_text(s.fees_description),
            eligibility_description=_text(s.eligibility_description),
            minimum_age=s.minimum_age, maximum_age=s.maximum_age,
            assured_date=s.last_verified_on.isoformat() if s.last_verified_on else None))
        for code in sorted(set(s.languages or [])):
            out["language"].append(dict(id=voc.derived_id(s.id, f"language:{code}"),
                                        service_id=s.id, code=code))
        if s.cost_cents is not None:
            out["cost_option"].append(dict(
                id=voc.derived_id(s.id, "cost"), service_id=s.id, currency="EUR",
                amount=_number(s.cost_cents / 100), amount_description=_text(s.fees_description)))
        attribute(s.id, "service", "axis", s.axis)
        for catalogue, codes in (("target_group", s.target_groups),
                                 ("access_condition", s.access_conditions)):
            for code in sorted(set(codes or [])):
                attribute(s.id, "service", catalogue, code)
        if s.scale:
            attribute(s.id, "service", "resource_scale", s.scale)
        if s.sharing_level:
            attribute(s.id, "service", "sharing_level", s.sharing_level)
        field(s.id, "service", "posti", s.capacity)
        field(s.id, "service", "formale", _flag(s.formal))
        field(s.id, "service", "ospiti_preparati", _flag(s.hosts_prepared))

    for t in session.scalars(select(ServiceTaxonomy)):
        attribute(t.service_id, "service", "resource_taxonomy", t.term_code, attribute_id=t.id)

    for loc in session.scalars(select(Location)):
        out["location"].append(dict(
            id=loc.id, location_type="physical", organization_id=loc.organisation_id,
            name=loc.name, transportation=_text(loc.transit),
            latitude=_number(loc.latitude), longitude=_number(loc.longitude)))
        comune = comuni.get(loc.comune_id)
        if loc.address and loc.postal_code and comune:
            out["address"].append(dict(
                id=voc.derived_id(loc.id, "address"), location_id=loc.id,
                address_1=loc.address, city=comune.name, state_province=comune.province,
                postal_code=loc.postal_code, country="IT", address_type="physical"))
        if loc.accessibility_notes:
            out["accessibility"].append(dict(id=voc.derived_id(loc.id, "accessibility"),
                                             location_id=loc.id,
                                             description=loc.accessibility_notes))
        field(loc.id, "location", "codice_catastale", comune.codice_catastale if comune else None)
        field(loc.id, "location", "accessibile", _flag(loc.accessible))
        field(loc.id, "location", "distanza_km", _number(loc.distance_from_hub_km))
        if loc.address and not (loc.postal_code and comune):
            # No valid HSDS address without a postal code: the street travels alone.
            field(loc.id, "location", "indirizzo", loc.address)

    for sal in session.scalars(select(ServiceAtLocation)):
        out["service_at_location"].append(dict(id=sal.id, service_id=sal.service_id,
                                               location_id=sal.location_id))
    for c in session.scalars(select(Contact)):
        out["contact"].append(dict(id=c.id, organization_id=c.organisation_id,
                                   service_id=c.service_id, name=c.name, title=_text(c.title),
                                   email=_text(c.email)))
        if c.phone:
            out["phone"].append(dict(id=voc.derived_id(c.id, "phone"), contact_id=c.id,
                                     number=c.phone, type="voice"))
    for h in session.scalars(select(Schedule)):
        out["schedule"].append(dict(
            id=h.id, service_id=h.service_id, service_at_location_id=h.service_at_location_id,
            freq="WEEKLY", byday=h.byday, opens_at=h.opens_at, closes_at=h.closes_at,
            description=_text(h.description)))
    _taxonomies(session, out)
    for rows in out.values():
        rows.sort(key=lambda r: r["id"])
    return out


def _taxonomies(session: Session, out: Rows) -> None:
    """Tessere's vocabularies as taxonomies and terms, whole, so a reader can show
    every code and the package reads back into any Tessere."""
    items: dict[str, list[CatalogueItem]] = {}
    for item in session.scalars(select(CatalogueItem).where(
            CatalogueItem.catalogue.in_(tuple(voc.CODED)))):
        items.setdefault(item.catalogue, []).append(item)
    vocab = {name: [(i.code, i.label, (i.extra or {}).get("description"),
                     (i.extra or {}).get("parent")) for i in items.get(name, [])]
             for name in voc.CODED}
    for catalogue, extra in voc.EXTRA_CODES.items():
        known = {code for code, *_rest in vocab[catalogue]}
        vocab[catalogue] += [(code, label, None, None) for code, label in extra
                             if code not in known]
    vocab["sharing_level"] = [(code, label, None, None) for code, label in voc.SHARING_LEVELS]
    vocab[voc.FIELDS_TAXONOMY] = [(code, name, meaning, None)
                                  for code, (_e, _c, name, meaning) in voc.FIELDS.items()]
    for catalogue, terms in vocab.items():
        title = voc.CODED.get(catalogue, ("Tessere: campi",))[0]
        out["taxonomy"].append(dict(
            id=voc.taxonomy_id(catalogue), name=voc.taxonomy_name(catalogue),
            description=f"{title} (vocabolario di Tessere, codici «{catalogue}»).", version="1"))
        for code, label, description, parent in terms:
            out["taxonomy_term"].append(dict(
                id=voc.term_id(catalogue, code), code=code, name=label,
                description=description or label,
                parent_id=voc.term_id(catalogue, parent) if parent else None,
                taxonomy=voc.taxonomy_name(catalogue), language="it",
                taxonomy_id=voc.taxonomy_id(catalogue)))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def csv_files(rows: Rows) -> dict[str, bytes]:
    """file name -> bytes: the tables that have rows, and the descriptor naming them."""
    files = {}
    written = set()
    for name, table in tables().items():
        if not rows.get(name):
            continue
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(table.columns)
        for row in rows[name]:
            writer.writerow([_cell(row.get(column)) for column in table.columns])
        files[table.path] = buffer.getvalue().encode("utf-8")
        written.add(name)
    descriptor = dict(package_descriptor())
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] in written]
    files["datapackage.json"] = (json.dumps(descriptor, ensure_ascii=False, indent=2)
                                 + "\n").encode("utf-8")
    return files


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v is not None}


def json_document(rows: Rows) -> dict[str, Any]:
    """The services nested in the canonical form, in an API ``Page``."""
    def by(table: str, key: str) -> dict[str, list[dict]]:
        grouped: dict[str, list[dict]] = {}
        for row in rows[table]:
            if row.get(key):
                grouped.setdefault(row[key], []).append(row)
        return grouped

    orgs = {r["id"]: r for r in rows["organization"]}
    locations = {r["id"]: r for r in rows["location"]}
    terms = {r["id"]: r for r in rows["taxonomy_term"]}
    taxonomies = {r["id"]: r for r in rows["taxonomy"]}
    attributes = by("attribute", "link_id")
    phones = by("phone", "contact_id")

    def with_attributes(row: dict) -> dict:
        out = _clean(row)
        found = []
        for a in attributes.get(row["id"], []):
            term = dict(_clean(terms[a["taxonomy_term_id"]]))
            term["taxonomy_detail"] = _clean(taxonomies[term["taxonomy_id"]])
            found.append(dict(_clean(a), taxonomy_term=term))
        if found:
            out["attributes"] = found
        return out

    def location(location_id: str) -> dict:
        loc = with_attributes(locations[location_id])
        for key, table in (("addresses", "address"), ("accessibility", "accessibility")):
            children = [_clean(r) for r in by(table, "location_id").get(location_id, [])]
            if children:
                loc[key] = children
        return loc

    sals = by("service_at_location", "service_id")
    schedules_of_service = by("schedule", "service_id")
    schedules_of_sal = by("schedule", "service_at_location_id")
    contacts = by("contact", "service_id")
    languages = by("language", "service_id")
    costs = by("cost_option", "service_id")
    contents = []
    for service in rows["service"]:
        item = with_attributes(service)
        item["organization"] = with_attributes(orgs[service["organization_id"]])
        item["service_at_locations"] = [
            dict(_clean(sal), location=location(sal["location_id"]),
                 schedules=[_clean(h) for h in schedules_of_sal.get(sal["id"], [])])
            for sal in sals.get(service["id"], [])]
        item["schedules"] = [_clean(h) for h in schedules_of_service.get(service["id"], [])
                             if not h.get("service_at_location_id")]
        item["contacts"] = [dict(_clean(c), phones=[_clean(p) for p in phones.get(c["id"], [])])
                            for c in contacts.get(service["id"], [])]
        item["languages"] = [_clean(r) for r in languages.get(service["id"], [])]
        item["cost_options"] = [_clean(r) for r in costs.get(service["id"], [])]
        contents.append(item)
    return dict(total_items=len(contents), total_pages=1, page_number=1, size=len(contents),
                first_page=True, last_page=True, empty=not contents, contents=contents)


def export_package(session: Session, folder: str | Path, format: str = "csv",
                   progress: Callable[[int, int, str], None] | None = None) -> ExportResult:
    """Writes the directory into the existing ``folder``, each file atomically (a
    folder typed wrong is refused rather than made somewhere unexpected)."""
    if format not in FORMATS:
        raise ValidationError(f"Formato «{format}» sconosciuto: scegli csv o json.", "format")
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError(f"La cartella «{folder}» non esiste: creala o scegline un'altra.",
                              "folder")
    rows = directory_rows(session)
    if format == "csv":
        files = csv_files(rows)
    else:
        document = json_document(rows)
        files = {JSON_FILE: (json.dumps(document, ensure_ascii=False, indent=2)
                             + "\n").encode("utf-8")}
    for number, (name, data) in enumerate(sorted(files.items()), start=1):
        if progress:
            progress(number, len(files), name)
        write_atomically(data, folder / name, what="il file")
    return ExportResult(str(folder), sorted(files),
                        {name: len(r) for name, r in rows.items() if r})
