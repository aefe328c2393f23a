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
from collections import Counter
from itertools import chain
from operator import itemgetter
from typing import Any, Callable
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
    # same check. ``valid`` holds, per column, the same rule compiled into a
    # predicate (see ``_predicate``); jsonschema is asked only for the message
    # of a value the predicate refuses.
    columns_schema: dict[str, Draft202012Validator]
    valid: dict[str, Callable[[Any], bool]]
    # The same rule again for a whole column at once (true exactly when every
    # value passes), in a few set operations: see ``all_rows_valid``.
    valid_column: dict[str, Callable[[list[Any]], bool]]


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


# What jsonschema's "type" means for the types the standard's columns use.
_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool))
    or (isinstance(v, float) and v.is_integer()),
}
_UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_CANONICAL_UUID = re.compile(_UUID)


def _predicate(spec: dict[str, Any], checker: FormatChecker) -> Callable[[Any], bool]:
    """A column's schema as one quick test, true exactly when jsonschema finds no
    error: for a schema of only ``type``, ``format`` (jsonschema's own format
    checker) and a text ``enum``, the keywords every HSDS column uses, tested
    directly; any other schema is left to the compiled validator's ``is_valid``."""
    keywords = set(spec) & set(Draft202012Validator.VALIDATORS)
    typed = _TYPES.get(spec.get("type"))
    enum = spec.get("enum")
    if (not keywords <= {"type", "format", "enum"} or typed is None
            or (enum is not None and (spec["type"] != "string"
                                      or not all(isinstance(e, str) for e in enum)))):
        return Draft202012Validator(spec, format_checker=checker).is_valid
    allowed = frozenset(enum) if enum is not None else None
    fmt = spec.get("format")

    def valid(value: Any) -> bool:
        if not typed(value):
            return False
        if allowed is not None and value not in allowed:
            return False
        if fmt is None or (fmt == "uuid" and _CANONICAL_UUID.fullmatch(value)):
            return True  # a canonical uuid is one jsonschema's uuid check passes
        return checker.conforms(value, fmt)

    return valid


_UUID_LINES = re.compile(f"(?:{_UUID}\n)*{_UUID}")
_PYTHON_TYPES = {"string": frozenset({str}), "number": frozenset({int, float})}


def _column_predicate(spec: dict[str, Any], one: Callable[[Any], bool]
                      ) -> Callable[[list[Any]], bool]:
    """A column's rule over all its values: their types as one set, the enum as a
    subset, canonical uuids as one match over the distinct values joined by lines;
    what else a column asks is tried once per distinct value with ``one``."""
    types = _PYTHON_TYPES.get(spec.get("type"))
    keywords = set(spec) & set(Draft202012Validator.VALIDATORS)
    simple = types is not None and keywords <= {"type", "format", "enum"}
    enum = frozenset(spec["enum"]) if simple and "enum" in spec else None
    fmt = spec.get("format") if simple else None

    def valid(values: list[Any]) -> bool:
        if not simple:
            try:  # by type too: 1, 1.0 and True are one set member
                distinct = set(zip(map(type, values), values))
            except TypeError:  # a list or an object where a value belongs
                return all(one(v) for v in values)
            return all(one(v) for _type, v in distinct)
        if not set(map(type, values)) <= types:
            return False
        distinct = set(values)  # texts, or numbers of an enum-less column
        if enum is not None and not distinct <= enum:
            return False
        if fmt is None or not distinct:
            return True
        if fmt == "uuid":
            lines = "\n".join(distinct)
            return (lines.count("\n") == len(distinct) - 1
                    and _UUID_LINES.fullmatch(lines) is not None)
        return all(one(v) for v in distinct)

    return valid


def all_rows_valid(table: Table, rows: list[dict[str, Any]]) -> bool:
    """True when no row has a ``row_problems``: a column at a time, so a clean
    package (the usual one) is checked without a call per value; a false answer
    only means the rows must be looked at one by one."""
    present = Counter(chain.from_iterable(rows))  # column -> rows that have it
    if any(present[name] != len(rows) for name in table.required):
        return False
    for column in present.keys() & table.valid_column.keys():
        if present[column] == len(rows):
            values = list(map(itemgetter(column), rows))
        else:
            values = [row[column] for row in rows if column in row]
        if not table.valid_column[column](values):
            return False
    return True


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
            valid=(valid := {column: _predicate(spec, checker)
                             for column, spec in schema["properties"].items()}),
            valid_column={column: _column_predicate(spec, valid[column])
                          for column, spec in schema["properties"].items()})
    return out


def by_path() -> dict[str, Table]:
    return {t.path: t for t in tables().values()}


@functools.cache
def package_descriptor() -> dict[str, Any]:
    """The standard's own datapackage.json (publishers should use it as it is)."""
    return json.loads((hsds_dir() / "datapackage.json").read_text(encoding="utf-8"))


def caster(table: Table, header: list[str]) -> Callable[[list[str]], dict[str, Any]]:
    """What turns a CSV record under ``header`` into JSON values, as
    ``csv.DictReader`` would see it (the last of repeated columns wins, missing
    and extra cells are absent): empty cells are absent, numbers become numbers
    (a cell that is not one stays text, so the schema names the wrong type)."""
    where = list({key: i for i, key in enumerate(header)}.items())
    width = len(header)
    numbers = [key for key, _i in where if key in table.numbers]

    def cast(cells: list[str]) -> dict[str, Any]:
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        out: dict[str, Any] = {key: cells[i] for key, i in where if cells[i]}
        for key in numbers:
            if key in out:
                out[key] = _number(out[key])
        return out

    return cast


def _number(value: str) -> Any:
    try:
        number = float(value)
    except ValueError:
        return value
    return int(number) if number.is_integer() and "." not in value else number


def row_problems(table: Table, row: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, Italian message) for each way the row breaks its schema."""
    problems = [(name, f"manca il campo obbligatorio «{name}»")
                for name in table.required if name not in row]
    valid = table.valid
    for column, value in row.items():
        test = valid.get(column)
        if test is None or test(value):
            continue  # valid, or a column the standard does not define (extending.md)
        problems.extend((column, _message(error, column, value))
                        for error in table.columns_schema[column].iter_errors(value))
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
