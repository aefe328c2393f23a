"""Reading an HSDS package from disk as flat rows per table, whatever its form:
a folder of CSVs with datapackage.json, a .zip of them, or a .json file of
services (the canonical nested form, flattened here into the same tables).

Nothing is read before its size is known: a file or package over ``MAX_BYTES``
is refused, and a zip whose members would unpack past it (or unpack a hundred
times bigger than they are packed, a zip bomb) is refused before unpacking."""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.risorse.hsds.schema import caster, tables

MAX_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100  # unpacked / packed size of a zip member beyond which it is a bomb
_MB = 1024 * 1024


@dataclass(slots=True)
class Row:
    table: str
    source: str  # the file, as the user knows it
    where: str  # "riga 4" or "servizio 2 › sedi 1"
    values: dict[str, Any]
    warnings: list[str] = field(default_factory=list)  # links dropped, values not kept


@dataclass
class RawPackage:
    rows: dict[str, list[Row]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what the preview should say (encodings)


def _too_big(name: str, size: int) -> ValidationError:
    return ValidationError(
        f"«{name}» è troppo grande ({size / _MB:.0f} MB): il limite è "
        f"{MAX_BYTES // _MB} MB. Dividi il file o esporta solo una parte della mappa.", "path")


def read_package(path: str | Path) -> RawPackage:
    """The rows of the package at ``path``; an Italian ValidationError when it is
    too big, unreadable or not an HSDS package."""
    path = Path(path)
    if not path.exists():
        raise ValidationError(f"«{path}» non esiste.", "path")
    if path.is_dir():
        return _read_folder(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _too_big(path.name, size)
    if zipfile.is_zipfile(path):
        return _read_zip(path)
    if path.suffix.lower() == ".json":
        return read_json(path.read_bytes(), path.name)
    if path.suffix.lower() == ".csv":
        return _read_folder(path.parent)
    raise _not_a_package(path.name)


def _not_a_package(name: str) -> ValidationError:
    return ValidationError(
        f"«{name}» non è un pacchetto HSDS: servono un file datapackage.json con i CSV "
        "dello standard (organizations.csv, services.csv…), uno .zip che li contenga, "
        "oppure un file .json di servizi HSDS.", "path")


def _read_folder(folder: Path) -> RawPackage:
    files = {p.name: p for p in folder.iterdir() if p.is_file()}
    total = sum(p.stat().st_size for n, p in files.items()
                if n.endswith(".csv") or n == "datapackage.json")
    if total > MAX_BYTES:
        raise _too_big(folder.name, total)
    return _read_files(folder.name, {n: p.read_bytes for n, p in files.items()})


def _read_zip(path: Path) -> RawPackage:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ValidationError(f"«{path.name}» non è un archivio zip leggibile.", "path") from None
    with archive:
        members = {}
        total = 0
        for info in archive.infolist():
            if info.is_dir():
                continue
            name = info.filename.rsplit("/", 1)[-1]
            if not (name.endswith(".csv") or name == "datapackage.json"):
                continue
            total += info.file_size
            if total > MAX_BYTES or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
                raise ValidationError(
                    f"«{path.name}» si espande oltre misura («{info.filename}»: "
                    f"{info.file_size / _MB:.0f} MB una volta estratto): non è stato aperto.",
                    "path")
            members[name] = (lambda i=info: _read_member(archive, i, path.name))
        return _read_files(path.name, members)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, zip_name: str) -> bytes:
    """At most the declared size plus one byte: a member lying about its size
    is caught without unpacking it all."""
    with archive.open(info) as fh:
        data = fh.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise ValidationError(f"«{zip_name}»: «{info.filename}» è più grande di quanto "
                              "dichiara l'archivio: non è stato aperto.", "path")
    return data


def _read_files(label: str, files: dict) -> RawPackage:
    """``files``: name -> a function giving the bytes (read only when needed)."""
    paths = {t.path: t for t in tables().values()}
    if "datapackage.json" in files:
        try:
            descriptor = json.loads(files["datapackage.json"]().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise ValidationError(f"«{label}»: datapackage.json non è un JSON valido ({exc}).",
                                  "path") from None
        for resource in descriptor.get("resources", []) if isinstance(descriptor, dict) else []:
            name, file = resource.get("name"), resource.get("path")
            if name in tables() and isinstance(file, str) and file in files:
                paths[file] = tables()[name]
    present = [name for name in paths if name in files]
    if not present:
        raise _not_a_package(label)
    package = RawPackage()
    unread = sorted(n for n in files if n.endswith(".csv") and n not in paths)
    if unread:
        package.notes.append("Tabelle che Tessere non usa, non importate: " + ", ".join(unread)
                             + ".")
    for name in sorted(present):
        table = paths[name]
        text = _decode(files[name](), name, package)
        reader = csv.reader(io.StringIO(text, newline=""))
        rows = package.rows.setdefault(table.name, [])
        try:
            cast = caster(table, next(reader, []))
            for cells in reader:
                if cells:  # a blank line, as DictReader skips it
                    rows.append(Row(table.name, name, f"riga {reader.line_num}", cast(cells)))
        except csv.Error as exc:  # past a broken line the rest of the file is not trustworthy
            raise ValidationError(
                f"«{name}», riga {reader.line_num}: il CSV non si legge ({_csv_problem(exc)}). "
                "Nulla è stato importato.", "path") from None
    return package


def _csv_problem(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return f"un campo supera {csv.field_size_limit() // 1024} KB"
    return text


def _decode(data: bytes, name: str, package: RawPackage) -> str:
    """UTF-8 (with or without BOM) as the standard wants; else Windows-1252, the
    Latin-1 superset spreadsheets on Windows save, and the preview says so."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        package.notes.append(f"«{name}» non è in UTF-8: letto come Windows-1252 (Latin-1). "
                             "Controlla le lettere accentate nell'anteprima.")
        text = data.decode("cp1252", errors="replace")
    text, removed = _CONTROL.subn("", text)
    if removed:
        package.notes.append(f"«{name}»: tolti {removed} caratteri di controllo invisibili "
                             "(per esempio NUL), che nessun testo contiene di proposito.")
    return text


# C0 controls but tab and line ends, and DEL: they break names on screen and on paper.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# ------------------------------------------------------------------ JSON form
# Where each nested list of the canonical form goes, and which key of the child
# names its parent in the tables form.
_CHILDREN = {
    "service": {"service_at_locations": ("service_at_location", "service_id"),
                "schedules": ("schedule", "service_id"), "contacts": ("contact", "service_id"),
                "phones": ("phone", "service_id"), "languages": ("language", "service_id"),
                "cost_options": ("cost_option", "service_id"),
                "attributes": ("attribute", "link_id")},
    "service_at_location": {"schedules": ("schedule", "service_at_location_id"),
                            "contacts": ("contact", "service_at_location_id"),
                            "phones": ("phone", "service_at_location_id"),
                            "attributes": ("attribute", "link_id")},
    "location": {"addresses": ("address", "location_id"),
                 "accessibility": ("accessibility", "location_id"),
                 "languages": ("language", "location_id"), "phones": ("phone", "location_id"),
                 "contacts": ("contact", "location_id"), "schedules": ("schedule", "location_id"),
                 "attributes": ("attribute", "link_id")},
    "organization": {"contacts": ("contact", "organization_id"),
                     "phones": ("phone", "organization_id"),
                     "locations": ("location", "organization_id"),
                     "attributes": ("attribute", "link_id")},
    "contact": {"phones": ("phone", "contact_id")},
}
_SINGLE = {"service": {"organization": "organization_id"},
           "service_at_location": {"location": "location_id"},
           "attribute": {"taxonomy_term": "taxonomy_term_id"},
           "taxonomy_term": {"taxonomy_detail": "taxonomy_id"}}


def read_json(data: bytes, name: str) -> RawPackage:
    """Services in the canonical nested form: a list, one service, or the API's
    ``Page`` (``contents``), flattened into the tables form."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"«{name}» non è un JSON valido: {exc}.", "path") from None
    except RecursionError:
        raise ValidationError(f"«{name}» è annidato oltre ogni misura: non è un file di "
                              "servizi HSDS.", "path") from None
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        services = document["contents"]
    elif isinstance(document, list):
        services = document
    elif isinstance(document, dict) and "id" in document and "name" in document:
        services = [document]
    else:
        raise _not_a_package(name)
    package = RawPackage()
    seen: set[tuple[str, str]] = set()
    for number, item in enumerate(services, start=1):
        _flatten(package, "service", item, name, f"servizio {number}", {}, seen)
    return package


def _flatten(package: RawPackage, table: str, item: Any, source: str, where: str,
             parent: dict[str, Any], seen: set[tuple[str, str]]) -> None:
    if not isinstance(item, dict):
        package.rows.setdefault(table, []).append(Row(table, source, where, {"id": item}))
        return
    children = _CHILDREN.get(table, {})
    single = _SINGLE.get(table, {})
    flat = {k: v for k, v in item.items()
            if k not in children and k not in single and k != "metadata"
            and not isinstance(v, (list, dict))}
    for key, value in parent.items():
        flat.setdefault(key, value)
    for key, column in single.items():
        child = item.get(key)
        if isinstance(child, dict):
            flat.setdefault(column, child.get("id"))
            _flatten(package, {"organization": "organization", "location": "location",
                               "taxonomy_term": "taxonomy_term",
                               "taxonomy_detail": "taxonomy"}[key],
                     child, source, f"{where} › {key}", {}, seen)
    key = (table, str(flat.get("id")))
    if flat.get("id") is None or key not in seen:
        seen.add(key)
        package.rows.setdefault(table, []).append(Row(table, source, where, flat))
    for key, (child_table, column) in children.items():
        for number, child in enumerate(item.get(key) or [], start=1):
            link = {column: flat.get("id")}
            if child_table == "attribute":
                link["link_entity"] = table
            _flatten(package, child_table, child, source, f"{where} › {key} {number}",
                     link, seen)
