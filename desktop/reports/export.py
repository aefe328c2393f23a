"""The indicators as files that leave the service: an XLSX workbook (openpyxl)
and one CSV per table, for the Piano di Zona and the bilancio sociale.

What leaves is pseudonymised:

* no names and no codici fiscali anywhere;
* the one sheet with a row per patto names its beneficiaries by a pseudonym
  (``P-`` and eight characters) that is stable within the export and new in
  every export: an HMAC of the person under a key made for that export and then
  forgotten, so two exports cannot be joined on it;
* counts from 1 to ``SUPPRESS_BELOW`` − 1 print as «<5» (small cells single
  people out in a small comune); zero stays zero, and sums of money stay, since
  they count no one.

Every export is recorded in the audit log (``export``, with the number of
tables and rows, no names), after the permission «export» is checked.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import secrets
from dataclasses import replace

from sqlalchemy.orm import Session

from desktop.core import audit, formats
from desktop.core.access import require
from desktop.reports.indicators import Filters, Table, indicators, patti_records

SUPPRESS_BELOW = 5
SUPPRESSED = f"<{SUPPRESS_BELOW}"


def suppressed(table: Table) -> Table:
    """The table with small counts hidden (money and averages untouched)."""
    def cell(n: int, value):
        if (n > 0 and n not in table.money and isinstance(value, int)
                and not isinstance(value, bool) and 0 < value < SUPPRESS_BELOW):
            return SUPPRESSED
        return value

    return replace(table, rows=tuple(tuple(cell(n, v) for n, v in enumerate(row))
                                     for row in table.rows))


def _pseudonym(key: bytes, person_id: str) -> str:
    return "P-" + hmac.new(key, person_id.encode(), hashlib.sha256).hexdigest()[:8].upper()


def export_tables(session: Session, filters: Filters, today: dt.date | None = None
                  ) -> tuple[list[Table], Table]:
    """The indicator tables, suppressed, and the patti sheet with pseudonyms;
    the export is audited."""
    require(session, "export")
    tables = [suppressed(t) for t in indicators(session, filters, today)]
    key = secrets.token_bytes(32)
    records = patti_records(session, filters)
    rows = tuple((", ".join(sorted(_pseudonym(key, p) for p in r["people"])), r["district"],
                  r["kind"], r["phase"], r["intensity"], formats.day(r["start"]),
                  formats.day(r["end"]), ", ".join(r["axes"]), r["committed"], r["spent"])
                 for r in records)
    patti = Table("patti_pseudonimi", "Patti (beneficiari con pseudonimo)",
                  ("Beneficiari", "Distretto", "Tipo", "Fase", "Intensità", "Inizio", "Fine",
                   "Assi", "Impegnato", "Speso"), rows, money=(8, 9))
    audit.record(session, "export", detail={"function": "indicators_export",
                                            "tables": len(tables) + 1, "rows": len(rows)})
    return tables, patti


def _header(filters: Filters, districts: list[str]) -> list[tuple[str, str]]:
    return [("Periodo", f"{formats.day(filters.start)} – {formats.day(filters.end)}"),
            ("Distretti", ", ".join(districts) or "tutti"),
            ("Generato il", formats.day(dt.date.today())),
            ("Riservatezza", f"Nessun nome né codice fiscale; i numeri da 1 a "
                             f"{SUPPRESS_BELOW - 1} sono indicati come «{SUPPRESSED}»; i "
                             "beneficiari dei patti hanno uno pseudonimo valido solo in "
                             "questo file.")]


def _cells(table: Table, row: tuple) -> list:
    """Money in euro (a number Excel sums), the rest as it is."""
    return [v / 100 if n in table.money and isinstance(v, int) else v for n, v in enumerate(row)]


def xlsx_bytes(tables: list[Table], patti: Table, filters: Filters,
               districts: list[str]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    about = book.active
    about.title = "Informazioni"
    about.append(["Indicatori per il Piano di Zona"])
    about["A1"].font = Font(bold=True, size=14)
    for label, value in _header(filters, districts):
        about.append([label, value])
    about.column_dimensions["A"].width, about.column_dimensions["B"].width = 16, 100
    used = {"Informazioni"}
    for table in [*tables, patti]:
        name = table.title[:31].replace("/", "-")
        while name in used:
            name = name[:28] + f"~{len(used)}"
        used.add(name)
        sheet = book.create_sheet(name)
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True)
        if table.note:
            sheet.append([table.note])
        sheet.append(list(table.columns))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(_cells(table, row))
            for n in table.money:
                sheet.cell(sheet.max_row, n + 1).number_format = '#,##0.00 "€"'
        sheet.column_dimensions["A"].width = 46
        for letter in "BCDEFGHIJ":
            sheet.column_dimensions[letter].width = 16
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_files(tables: list[Table], patti: Table) -> dict[str, bytes]:
    """One CSV per table, as Italian spreadsheets read them: UTF-8 with a BOM,
    semicolons, decimal commas."""
    files = {}
    for table in [*tables, patti]:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([str(v).replace(".", ",") if isinstance(v, float) else
                             ("" if v is None else v) for v in _cells(table, row)])
        files[f"{table.key}.csv"] = ("\ufeff" + out.getvalue()).encode("utf-8")
    return files
