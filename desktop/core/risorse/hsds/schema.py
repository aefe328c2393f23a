"""The HSDS 3.0 tables as the standard defines them (db/hsds, the official schema
files), and the checks a row must pass: types, formats, required fields and enums
by jsonschema against the table's own schema; unique ids and references between
tables (the datapackage's foreign keys) are checked in ``validate``."""
from __future__ import annotations

import functools
import json
import re
import uuid
from dataclasses import dataclass, field
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
    required: tuple[str, ...]  # the standard's required and tabular_required
    # One jsonschema validator per column: a row's schema is only ``properties``
    # and ``required``, so checking each value against its column's schema is the
    # same check, and a value met before (ids repeated in links, codes, flags)
    # need not be checked again.
    columns_schema: dict[str, Draft202012Validator]
    plain: dict[str, str | None]  # column -> its format, for columns only typed string
    _seen: dict[tuple[str, type, Any], list[tuple[str, str]]] = field(
        default_factory=dict, compare=False, hash=False, repr=False)


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
        schema = _row_schema(raw)
        out[name] = Table(
            name=name, path=raw["path"], columns=tuple(f["name"] for f in fields),
            numbers=frozenset(f["name"] for f in fields if f["type"] in ("number", "integer")),
            references=refs, required=tuple(schema["required"]),
            columns_schema={column: Draft202012Validator(spec, format_checker=checker)
                            for column, spec in schema["properties"].items()},
            plain={column: spec.get("format") for column, spec in schema["properties"].items()
                   if spec.get("type") == "string" and set(spec) <= {"type", "format"}
                   and spec.get("format") in (None, "uuid")})
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


_CANONICAL_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                             r"[0-9a-fA-F]{12}$")


def row_problems(table: Table, row: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, Italian message) for each way the row breaks its schema."""
    problems = [(name, f"manca il campo obbligatorio «{name}»")
                for name in table.required if name not in row]
    for column, value in row.items():
        validator = table.columns_schema.get(column)
        if validator is None:
            continue  # a column the standard does not define: allowed (extending.md)
        if column in table.plain and isinstance(value, str) and (
                table.plain[column] is None or _CANONICAL_UUID.match(value)):
            continue  # what jsonschema would pass, known without asking it (ids, text)
        key = (column, type(value), value)
        found = table._seen.get(key)
        if found is None:
            found = [(column, _message(error, column, value))
                     for error in validator.iter_errors(value)]
            if len(table._seen) < 200_000:
                table._seen[key] = found
        problems.extend(found)
    return problems


def _message(error, column: str, value: Any) -> str:
    if error.validator == "type":
        expected = {"number": "un numero", "string": "un testo"}.get(
            str(error.validator_value), str(error.validator_value))
        return f"«{column}» deve essere {expected}, non «{value}»"
    if error.validator == "format":
        return f"«{column}» non è nel formato {error.validator_value}: «{value}»"
    if error.validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        return f"«{column}» vale «{value}», ammessi: {allowed}"
    return f"«{column}»: non valido ({error.validator})"
