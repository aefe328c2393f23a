"""From checked HSDS rows to the directory's rows (organisation, service, location,
service_at_location, contact, schedule, service_taxonomy), values mapped onto
Tessere's catalogues.

A package Tessere wrote carries every Tessere field as an attribute (see
``vocabulary``), so a field it does not carry is empty. A foreign package says
nothing about them: they are filled only for new rows (the axis from the
classification's terms, else «trasversale»; the organisation's kind «altro»;
formal) and left as they are on rows the directory already has.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.model import CatalogueItem, Comune, TerritorialUnit
from desktop.core.risorse.hsds import vocabulary as voc
from desktop.core.risorse.hsds.checking import Checked, Rejected
from desktop.core.risorse.hsds.reading import Row
from desktop.core.search import fold

MODELS = ("organisation", "location", "service", "service_taxonomy", "service_at_location",
          "contact", "schedule")  # parents first: the order rows are written in
DEFAULTS = {
    "organisation": {"kind": "altro"},
    "service": {"axis": "trasversale", "status": "active", "target_groups": [],
                "access_conditions": [], "languages": [], "formal": True},
}
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")
_DAY = re.compile(r"^[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU)$")


@dataclass
class Wanted:
    """One directory row as the package wants it: ``values`` holds only the
    columns the package speaks for."""
    model: str
    id: str
    values: dict[str, Any]
    source: str
    where: str
    warnings: list[str] = field(default_factory=list)
    last_modified: str | None = None
    label: str = ""  # what the preview calls a row without a name of its own


@dataclass
class Mapped:
    rows: dict[str, dict[str, Wanted]] = field(default_factory=lambda: {m: {} for m in MODELS})
    rejected: list[Rejected] = field(default_factory=list)
    from_tessere: bool = False


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def _bool(value: Any) -> bool | None:
    return {"true": True, "false": False}.get(str(value).strip().lower())


class _Mapper:
    def __init__(self, session: Session, checked: Checked):
        self.valid = checked.valid
        self.out = Mapped(rejected=list(checked.rejected))
        self.catalogues: dict[str, dict[str, dict]] = {}
        for item in session.scalars(select(CatalogueItem).where(
                CatalogueItem.catalogue.in_(tuple(voc.CODED)))):
            self.catalogues.setdefault(item.catalogue, {})[item.code] = item.extra or {}
        for catalogue, extra in voc.EXTRA_CODES.items():
            for code, _label in extra:
                self.catalogues.setdefault(catalogue, {}).setdefault(code, {})
        self.catalogues["sharing_level"] = {code: {} for code, _l in voc.SHARING_LEVELS}
        self.catalogues[voc.FIELDS_TAXONOMY] = {code: {} for code in voc.FIELDS}
        self.comuni: dict[str, str] = {}  # codice catastale -> id, of those the package names
        self.session = session
        self._comuni_by_name: dict[tuple[str, str], list[str]] | None = None
        self.units = {c: i for i, c in session.execute(select(TerritorialUnit.id,
                                                              TerritorialUnit.code))}
        taxonomies = {i: r.values.get("name") for i, r in self.valid["taxonomy"].items()}
        self.terms: dict[str, tuple[str | None, str]] = {}
        for tid, row in self.valid["taxonomy_term"].items():
            name = row.values.get("taxonomy") or taxonomies.get(row.values.get("taxonomy_id"))
            self.terms[tid] = (voc.catalogue_of(name), row.values.get("code") or "")
            if voc.catalogue_of(name) == voc.FIELDS_TAXONOMY:
                self.out.from_tessere = True
        self.attributes: dict[str, list[tuple[str, str, Any, Row]]] = {}
        # The same sorted for lookup: entity -> catalogue -> codes, and entity ->
        # Tessere field -> its first value.
        self.codes: dict[str, dict[str, set[str]]] = {}
        self.fields: dict[str, dict[str, Any]] = {}

    def reject(self, row: Row, field_name: str, message: str) -> None:
        self.out.rejected.append(Rejected(row.table, row.source, row.where, field_name, message,
                                          row.values.get("id"), row.values.get("name")))

    def want(self, model: str, row: Row, values: dict[str, Any],
             warnings: list[str] | None = None, label: str = "") -> None:
        self.out.rows[model][row.values["id"]] = Wanted(
            model, row.values["id"], values, row.source, row.where,
            list(row.warnings) + (warnings or []), row.values.get("last_modified"), label)

    def label_of(self, table: str, row_id: str | None) -> str:
        row = self.valid[table].get(row_id) if row_id else None
        return str(row.values.get("name") or "") if row else ""

    # -------------------------------------------------------------- attributes
    def sort_attributes(self) -> None:
        for aid, row in self.valid["attribute"].items():
            catalogue, code = self.terms.get(row.values["taxonomy_term_id"], (None, ""))
            if catalogue is None:
                self.reject(row, "taxonomy_term_id",
                            "il termine non appartiene a un vocabolario di Tessere: "
                            "classificazione ignorata")
            elif code not in self.catalogues.get(catalogue, {}):
                self.reject(row, "taxonomy_term_id",
                            f"termine «{code}» sconosciuto nel vocabolario «{catalogue}»")
            else:
                link, value = row.values["link_id"], row.values.get("value")
                self.attributes.setdefault(link, []).append((catalogue, code, value, row))
                self.codes.setdefault(link, {}).setdefault(catalogue, set()).add(code)
                if catalogue == voc.FIELDS_TAXONOMY:
                    self.fields.setdefault(link, {}).setdefault(code, value)

    def load_comuni(self) -> None:
        """Only the comuni the package names: reading all eight thousand costs more
        than the rest of a small import."""
        codes = sorted({str(value).upper() for found in self.attributes.values()
                        for cat, code, value, _row in found
                        if cat == voc.FIELDS_TAXONOMY and code in ("codice_catastale",
                                                                   "comune_ente") and value})
        for start in range(0, len(codes), 900):
            self.comuni.update((c, i) for i, c in self.session.execute(
                select(Comune.id, Comune.codice_catastale)
                .where(Comune.codice_catastale.in_(codes[start:start + 900]))))

    def coded(self, entity_id: str, catalogue: str) -> list[str]:
        return sorted(self.codes.get(entity_id, {}).get(catalogue, ()))

    def value(self, entity_id: str, code: str) -> Any:
        return self.fields.get(entity_id, {}).get(code)

    def tessere_fields(self, values: dict[str, Any], found: dict[str, Any]) -> None:
        """Fields only a Tessere package speaks for: all of them from one, only
        those present from a foreign one."""
        for key, value in found.items():
            if self.out.from_tessere or value not in (None, []):
                values[key] = value

    # -------------------------------------------------------------- tables
    def organisations(self) -> None:
        for oid, row in self.valid["organization"].items():
            v = row.values
            description = v.get("description")
            values = dict(name=v["name"], tax_code=v.get("tax_id"), email=v.get("email"),
                          website=v.get("website"),
                          description=None if description == v["name"] else description)
            warnings: list[str] = []
            kinds = self.coded(oid, "organisation_kind")
            comune = self.value(oid, "comune_ente")
            unit = self.value(oid, "ambito")
            try:
                verified = _date(self.value(oid, "verificata_il"))
            except ValueError:
                verified = None
                warnings.append(f"{row.source}, {row.where}: data di verifica non valida, "
                                "ignorata")
            self.tessere_fields(values, dict(
                kind=kinds[0] if kinds else None, comune_id=self._comune(comune, warnings, row),
                territorial_unit_id=self.units.get(unit) if unit else None,
                last_verified_on=verified))
            if values.get("kind") is None and self.out.from_tessere:
                values["kind"] = "altro"
            self.want("organisation", row, values, warnings)

    def _comune(self, code: Any, warnings: list[str], row: Row) -> str | None:
        if not code:
            return None
        found = self.comuni.get(str(code).upper())
        if found is None:
            warnings.append(f"{row.source}, {row.where}: comune «{code}» sconosciuto, ignorato")
        return found

    def services(self) -> None:
        languages: dict[str, set[str]] = {}
        for row in self.valid["language"].values():
            if row.values.get("service_id") and row.values.get("code"):
                languages.setdefault(row.values["service_id"], set()).add(
                    row.values["code"].lower())
        costs: dict[str, Row] = {}
        foreign: dict[str, list[str]] = {}  # costs not in euro, said on their service
        for cid in sorted(self.valid["cost_option"]):
            row = self.valid["cost_option"][cid]
            if not isinstance(row.values.get("amount"), (int, float)):
                continue
            if str(row.values.get("currency") or "EUR").upper() != "EUR":
                foreign.setdefault(row.values["service_id"], []).append(
                    f"{row.source}, {row.where}: costo in «{row.values['currency']}», "
                    "non in euro: non importato")
                continue
            costs.setdefault(row.values["service_id"], row)
        for sid, row in self.valid["service"].items():
            v = row.values
            warnings: list[str] = foreign.get(sid, [])
            if v["status"] not in ("active", "inactive"):
                warnings.append(f"{row.source}, {row.where}: stato «{v['status']}» registrato "
                                "come non attivo")
            try:
                verified = _date(v.get("assured_date"))
            except ValueError:  # a warning, not a rejection: its children are valid rows
                verified = None
                warnings.append(f"{row.source}, {row.where}: «assured_date» "
                                f"«{v['assured_date']}» non è una data AAAA-MM-GG, ignorata")
            cost = costs.get(sid)
            values = dict(
                organisation_id=v["organization_id"], name=v["name"],
                description=v.get("description"), url=v.get("url"), email=v.get("email"),
                status="active" if v["status"] == "active" else "inactive",
                application_process=v.get("application_process"),
                fees_description=v.get("fees_description"),
                eligibility_description=v.get("eligibility_description"),
                minimum_age=_int(v.get("minimum_age")), maximum_age=_int(v.get("maximum_age")),
                last_verified_on=verified,
                cost_cents=round(cost.values["amount"] * 100) if cost else None,
                languages=sorted(languages.get(sid, ())))
            axes = self.coded(sid, "axis")
            terms = self.coded(sid, "resource_taxonomy")
            suggested = sorted({self.catalogues["resource_taxonomy"][t].get("axis")
                                for t in terms} - {None})
            capacity = self.value(sid, "posti")
            self.tessere_fields(values, dict(
                axis=axes[0] if axes else (suggested[0] if suggested else None),
                target_groups=self.coded(sid, "target_group"),
                access_conditions=self.coded(sid, "access_condition"),
                scale=next(iter(self.coded(sid, "resource_scale")), None),
                sharing_level=next(iter(self.coded(sid, "sharing_level")), None),
                capacity=_int(capacity), formal=_bool(self.value(sid, "formale")),
                hosts_prepared=_bool(self.value(sid, "ospiti_preparati"))))
            if self.out.from_tessere:
                values["axis"] = values["axis"] or "trasversale"
                values["formal"] = True if values["formal"] is None else values["formal"]
            self.want("service", row, values, warnings)
            for catalogue, code, _value, arow in self.attributes.get(sid, []):
                if catalogue == "resource_taxonomy":
                    self.want("service_taxonomy", arow, dict(service_id=sid, term_code=code),
                              label=f"{v['name']} › {code}")

    def locations(self) -> None:
        addresses: dict[str, Row] = {}
        for aid in sorted(self.valid["address"]):
            row = self.valid["address"][aid]
            current = addresses.get(row.values["location_id"])
            if current is None or (row.values.get("address_type") == "physical"
                                   and current.values.get("address_type") != "physical"):
                addresses[row.values["location_id"]] = row
        notes: dict[str, str] = {}
        for aid in sorted(self.valid["accessibility"]):
            row = self.valid["accessibility"][aid]
            text = row.values.get("description") or row.values.get("details")
            if text:
                notes.setdefault(row.values["location_id"], text)
        for lid, row in self.valid["location"].items():
            v = row.values
            warnings: list[str] = []
            address = addresses.get(lid)
            comune = self._comune(self.value(lid, "codice_catastale"), warnings, row)
            if comune is None and address is not None:
                comune = self._comune_by_name(address.values, warnings, row)
            street = None
            if address is not None:
                street = ", ".join(p for p in (address.values.get("address_1"),
                                               address.values.get("address_2")) if p)
            distance = self.value(lid, "distanza_km")
            values = dict(
                organisation_id=v.get("organization_id"),
                name=v.get("name") or street or "Sede senza nome",
                address=street or self.value(lid, "indirizzo"),
                postal_code=address.values.get("postal_code") if address else None,
                comune_id=comune, latitude=_float(v.get("latitude")),
                longitude=_float(v.get("longitude")), transit=v.get("transportation"),
                accessibility_notes=notes.get(lid))
            self.tessere_fields(values, dict(
                accessible=_bool(self.value(lid, "accessibile")),
                distance_from_hub_km=_float(distance)))
            self.want("location", row, values, warnings)

    def _comune_by_name(self, address: dict, warnings: list[str], row: Row) -> str | None:
        city, province = address.get("city") or "", (address.get("state_province") or "").upper()
        if self._comuni_by_name is None:  # only for addresses without a codice catastale
            self._comuni_by_name = {}
            for cid, name, prov in self.session.execute(select(Comune.id, Comune.name,
                                                               Comune.province)):
                self._comuni_by_name.setdefault((fold(name), prov.upper()), []).append(cid)
        found = self._comuni_by_name.get((fold(city), province), [])
        if len(found) == 1:
            return found[0]
        warnings.append(f"{row.source}, {row.where}: il comune «{city} ({province})» non è tra "
                        "i comuni italiani noti: sede senza comune")
        return None

    def links(self) -> None:
        for sid, row in self.valid["service_at_location"].items():
            self.want("service_at_location", row, dict(service_id=row.values["service_id"],
                                                       location_id=row.values["location_id"]),
                      label=" › ".join(p for p in (
                          self.label_of("service", row.values["service_id"]),
                          self.label_of("location", row.values["location_id"])) if p))
        sal_service = {i: r.values["service_id"]
                       for i, r in self.valid["service_at_location"].items()}
        phones: dict[str, str] = {}
        for pid in sorted(self.valid["phone"]):
            row = self.valid["phone"][pid]
            if row.values.get("contact_id"):
                phones.setdefault(row.values["contact_id"], row.values["number"])
        for cid, row in self.valid["contact"].items():
            v = row.values
            service = v.get("service_id") or sal_service.get(v.get("service_at_location_id"))
            if not (service or v.get("organization_id")):
                self.reject(row, "service_id", "Tessere collega un contatto a un servizio o a "
                                               "un'organizzazione: qui non ne ha nessuno")
                continue
            self.want("contact", row, dict(
                organisation_id=v.get("organization_id"), service_id=service,
                name=v.get("name") or v.get("title") or "Contatto", title=v.get("title"),
                phone=phones.get(cid), email=v.get("email")))
        for hid, row in self.valid["schedule"].items():
            v = row.values
            if not (v.get("service_id") or v.get("service_at_location_id")):
                self.reject(row, "service_id", "l'orario non è collegato a un servizio")
                continue
            days = [d.strip() for d in str(v.get("byday") or "").split(",") if d.strip()]
            if not days or not all(_DAY.match(d) for d in days):
                self.reject(row, "byday", "servono i giorni della settimana (MO,TU,…) in "
                                          f"«byday», non «{v.get('byday') or ''}»")
                continue
            times = [v.get("opens_at"), v.get("closes_at")]
            bad = next((t for t in times if t and not _TIME.match(str(t))), None)
            if bad:
                self.reject(row, "opens_at", f"«{bad}» non è un orario HH:MM")
                continue
            self.want("schedule", row, dict(
                service_id=v.get("service_id"),
                service_at_location_id=v.get("service_at_location_id"), byday=",".join(days),
                opens_at=times[0][:5] if times[0] else None,
                closes_at=times[1][:5] if times[1] else None,
                description=v.get("description")),
                label=" › ".join(p for p in (
                    self.label_of("service", v.get("service_id")),
                    ",".join(days) + (f" {times[0][:5]}–{times[1][:5]}"
                                      if times[0] and times[1] else "")) if p))


def _int(value: Any) -> int | None:
    try:
        return None if value in (None, "") else int(float(value))
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return None if value in (None, "") else float(value)
    except (TypeError, ValueError):
        return None


def map_rows(session: Session, checked: Checked) -> Mapped:
    mapper = _Mapper(session, checked)
    mapper.sort_attributes()
    mapper.load_comuni()
    mapper.organisations()
    mapper.services()
    mapper.locations()
    mapper.links()
    return mapper.out
