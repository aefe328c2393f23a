"""Checking an HSDS package row by row before anything is mapped: each row against
its table's schema (types, formats, required fields, enums), ids unique within a
table, and each reference naming a row that exists (in the package, or already
in the directory).

The rule for a reference that names nothing: where Tessere cannot keep the row
without it (a service's organisation, both ends of a service_at_location, an
attribute's term or entity) the row is rejected; where the link is optional (a
location's organisation) the link is dropped with a warning and the row kept."""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.risorse.hsds.reading import RawPackage, Row
from desktop.core.risorse.hsds.schema import TABLES, all_rows_valid, row_problems, tables

# Italian names of the HSDS tables, for messages.
TABLE_LABELS = {
    "organization": "organizzazione", "service": "servizio", "location": "sede",
    "service_at_location": "servizio in sede", "contact": "contatto", "phone": "telefono",
    "address": "indirizzo", "accessibility": "accessibilità", "language": "lingua",
    "cost_option": "costo", "schedule": "orario", "taxonomy": "tassonomia",
    "taxonomy_term": "termine di tassonomia", "attribute": "attributo",
}
# The same with the indefinite article, for "names a … that is not there".
_A = {"organization": "un'organizzazione", "service": "un servizio", "location": "una sede",
      "service_at_location": "un servizio in sede", "contact": "un contatto",
      "phone": "un telefono", "taxonomy": "una tassonomia",
      "taxonomy_term": "un termine di tassonomia"}
# References without which Tessere cannot keep the row.
NEEDED = {
    "service": {"organization_id"},
    "service_at_location": {"service_id", "location_id"},
    "attribute": {"taxonomy_term_id"},
    "address": {"location_id"}, "accessibility": {"location_id"},
    "cost_option": {"service_id"},
}
# Tables whose ids the directory already holds (a package may name them).
LOCAL = ("organization", "service", "location", "service_at_location", "contact")


@dataclass
class Rejected:
    table: str
    source: str
    where: str
    field: str
    message: str
    row_id: str | None
    name: str | None

    def text(self) -> str:
        return f"{self.source}, {self.where}, campo «{self.field}»: {self.message}"


@dataclass
class Checked:
    valid: dict[str, dict[str, Row]] = field(default_factory=dict)  # table -> id -> row
    rejected: list[Rejected] = field(default_factory=list)


def check(raw: RawPackage, local_ids: dict[str, set[str]]) -> Checked:
    """Rows that pass, by table and id, and the rejected ones with the reason."""
    out = Checked()
    for name in TABLES:
        table = tables()[name]
        valid = out.valid.setdefault(name, {})
        first_seen: dict[str, str] = {}
        rows = raw.rows.get(name, [])
        clean = all_rows_valid(table, [row.values for row in rows])
        whole = clean and _references_hold(table, rows, out.valid, local_ids)
        for row in rows:
            if whole:  # only a repeated id is left to find
                row_id = row.values["id"]
                if row_id not in first_seen:
                    first_seen[row_id] = row.where
                    valid[row_id] = row
                    continue
            problem = _problem(row, table, clean, first_seen, out.valid, local_ids)
            row_id = row.values.get("id")
            if problem:
                field_name, message = problem
                out.rejected.append(Rejected(name, row.source, row.where, field_name, message,
                                             row_id if isinstance(row_id, str) else None,
                                             _name(row)))
                if isinstance(row_id, str):
                    first_seen.setdefault(row_id, row.where)
                continue
            first_seen[row_id] = row.where
            valid[row_id] = row
    return out


def _name(row: Row) -> str | None:
    for key in ("name", "number", "code", "address_1", "byday"):
        value = row.values.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _references_hold(table, rows: list[Row], valid, local_ids) -> bool:
    """True when every reference of these schema-valid rows names a row that is
    there (earlier tables of the package, or the directory), checked on the
    distinct values at once; a false answer sends the rows one by one through
    ``_problem``, which says which reference and what happens to the row."""
    for column, target in table.references:
        if target not in valid:
            continue  # tables Tessere does not read (programs, parent organisations)
        named = {row.values.get(column) for row in rows}
        if target == table.name:  # the table's own rows, met in order: row by row
            if named - {None, ""}:
                return False
            continue
        if named - {None, ""} - valid[target].keys() - local_ids.get(target, set()):
            return False
    if table.name == "attribute":
        for entity, link in {(row.values.get("link_entity"), row.values["link_id"])
                             for row in rows}:
            if entity not in valid or not (link in valid[entity]
                                           or link in local_ids.get(entity, ())):
                return False
    return True


def _problem(row: Row, table, clean: bool, first_seen, valid, local_ids
             ) -> tuple[str, str] | None:
    """``clean``: the table's rows all pass the schema (``all_rows_valid``)."""
    problems = [] if clean else row_problems(table, row.values)
    if problems:
        return problems[0][0], "; ".join(message for _f, message in problems)
    row_id = row.values["id"]
    if row_id in first_seen:
        return "id", f"l'id «{row_id}» si ripete (compare già in {first_seen[row_id]})"
    for column, target in table.references:
        value = row.values.get(column)
        if not value or target not in valid:
            continue  # tables Tessere does not read (programs, parent organisations)
        if value in valid[target] or value in local_ids.get(target, ()):
            continue
        what = _A.get(target, TABLE_LABELS[target])
        if column in NEEDED.get(table.name, ()):
            return column, f"«{column}» nomina {what} («{value}») che non c'è nel pacchetto"
        row.values.pop(column)
        row.warnings.append(f"{row.source}, {row.where}: «{column}» nomina {what} che non "
                            f"c'è («{value}»): collegamento ignorato")
    if table.name == "attribute":
        entity = row.values.get("link_entity")
        link = row.values["link_id"]
        if entity not in valid or not (link in valid[entity] or link in local_ids.get(entity, ())):
            return "link_id", (f"l'attributo si riferisce a «{entity}» «{link}», che non c'è nel "
                               "pacchetto")
    return None
