"""The HSDS 3.0 tables as the standard defines them (db/hsds, the official schema
files), and the checks a row must pass: types, formats, required fields and enums
by jsonschema against the table's own schema; unique ids and references between
tables (the datapackage's foreign keys) are checked in ``validate``."""
from __future__ import annotations

import functools
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker

from desktop.paths import hsds_dir

# The tables Tessere reads and writes, parents first (the order rows are checked in).
TABLES = ("organization", "service", "location", "service_at_location", "contact", "phone",
          "address", "accessibility", "language", "cost_option", "schedule", "taxonomy",
          "taxonomy_term", "attribute")
# Keywords of the HSDS files that are not JSON Schema (datapackage and documentation).
_NOT_JSON_SCHEMA = ("name", "path", "datapackage_metadata", "constraints", "core", "example",
                    "tabular_required", "title", "description")


@dataclass(frozen=True)
class Table:
    name: str  # HSDS object name: "service"
    path: str  # its CSV file: "services.csv"
    columns: tuple[str, ...]  # the standard's columns, in the standard's order
    numbers: frozenset[str]  # columns typed number
    references: tuple[tuple[str, str], ...]  # (column, table it names)
    validator: Draft202012Validator


def _checker() -> FormatChecker:
    """jsonschema's own checks (uuid, email, date, date-time where it can), plus
    a uri check: jsonschema needs an extra package for it, and an address
    without a scheme and a host is what the standard rules out."""
    checker = FormatChecker()

    @checker.checks("uri", raises=ValueError)
    def is_uri(value: object) -> bool:
        if not isinstance(value, str):
            return True
        parts = urlsplit(value)
        return bool(parts.scheme and (parts.netloc or parts.scheme in ("mailto", "tel", "urn")))

    @checker.checks("date-time", raises=ValueError)
    def is_date_time(value: object) -> bool:
        import datetime as dt

        if isinstance(value, str):
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True

    @checker.checks("uuid", raises=ValueError)
    def is_uuid(value: object) -> bool:
        if isinstance(value, str):
            uuid.UUID(value)
            if not re.fullmatch(r"[0-9a-fA-F-]{36}", value):
                raise ValueError(value)
        return True

    return checker


def _row_schema(raw: dict[str, Any]) -> dict[str, Any]:
    """A table's schema for one flat row: its scalar properties, with what the
    standard requires in either form (``required`` and ``tabular_required``)."""
    props = {}
    for name, spec in raw["properties"].items():
        if spec.get("type") in ("array", "object") or "$ref" in spec:
            continue
        props[name] = {k: v for k, v in spec.items() if k not in _NOT_JSON_SCHEMA}
    required = sorted(set(raw.get("required", [])) | set(raw.get("tabular_required", [])))
    return {"type": "object", "properties": props, "required": [r for r in required if r in props]}


@functools.cache
def tables() -> dict[str, Table]:
    """The standard's tables Tessere uses, from the shipped schema and datapackage."""
    package = json.loads((hsds_dir() / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    checker = _checker()
    out = {}
    for name in TABLES:
        raw = json.loads((hsds_dir() / "schema" / f"{name}.json").read_text(encoding="utf-8"))
        fields = resources[name]["schema"]["fields"]
        refs = tuple((fk["fields"], fk["reference"]["resource"])
                     for fk in resources[name]["schema"].get("foreignKeys", []))
        out[name] = Table(
            name=name, path=raw["path"], columns=tuple(f["name"] for f in fields),
            numbers=frozenset(f["name"] for f in fields if f["type"] in ("number", "integer")),
            references=refs,
            validator=Draft202012Validator(_row_schema(raw), format_checker=checker))
    return out


def by_path() -> dict[str, Table]:
    return {t.path: t for t in tables().values()}


@functools.cache
def package_descriptor() -> dict[str, Any]:
    """The standard's own datapackage.json (publishers should use it as it is)."""
    return json.loads((hsds_dir() / "datapackage.json").read_text(encoding="utf-8"))


def cast(table: Table, values: dict[str, str]) -> dict[str, Any]:
    """A CSV row as JSON values: empty cells are absent, numbers become numbers
    (a cell that is not one stays text, so the schema names the wrong type)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key is None or value is None or value == "":
            continue
        if key in table.numbers:
            try:
                number = float(value)
                out[key] = int(number) if number.is_integer() and "." not in value else number
            except ValueError:
                out[key] = value
        else:
            out[key] = value
    return out


_MESSAGES = {
    "required": "manca il campo obbligatorio",
    "type": "tipo sbagliato",
    "format": "formato non valido",
    "enum": "valore non ammesso",
}


def row_problems(table: Table, row: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, Italian message) for each way the row breaks its schema."""
    problems = []
    for error in sorted(table.validator.iter_errors(row), key=lambda e: list(e.path)):
        if error.validator == "required":
            field = re.search(r"'(\w+)'", error.message).group(1)
            problems.append((field, f"manca il campo obbligatorio «{field}»"))
            continue
        field = str(error.path[0]) if error.path else ""
        value = row.get(field)
        if error.validator == "type":
            expected = {"number": "un numero", "string": "un testo"}.get(
                str(error.validator_value), str(error.validator_value))
            message = f"«{field}» deve essere {expected}, non «{value}»"
        elif error.validator == "format":
            message = f"«{field}» non è nel formato {error.validator_value}: «{value}»"
        elif error.validator == "enum":
            allowed = ", ".join(str(v) for v in error.validator_value)
            message = f"«{field}» vale «{value}», ammessi: {allowed}"
        else:
            message = f"«{field}»: {_MESSAGES.get(error.validator, 'non valido')}"
        problems.append((field, message))
    return problems
