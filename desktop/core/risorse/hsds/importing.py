"""Importing an HSDS package: a preview first (``preview_import``), then the
writes in one transaction (``apply_import``).

Each directory row the package makes is new, changed (with the fields that
differ), unchanged, or conflicting; each package row Tessere cannot take is
rejected with a message naming the file, the row and the field. The rest is
importable. Two rules make an entry conflicting:
- the package's row has ``last_modified`` and the local row was changed after it
  (someone here edited what the file is older than);
- the row is new by id, but the directory already has an organisation with the
  same name, or a service with the same name in the same organisation, under
  another id (the same entry typed twice, on two systems).
An import with conflicts is refused as a whole unless they are accepted (then
the package wins, and a same-name entry is added beside the local one).
Nothing is deleted: an entry missing from the package stays as it is.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.core.access import require
from desktop.core.batch import collector_paused
from desktop.core.changes import last_seq
from desktop.core.errors import TessereError
from desktop.core.model import (
    ChangeLog, Contact, Location, Organisation, Schedule, Service, ServiceAtLocation,
    ServiceTaxonomy,
)
from desktop.core.risorse.hsds.checking import LOCAL, TABLE_LABELS, check
from desktop.core.risorse.hsds.mapping import DEFAULTS, MODELS, Wanted, map_rows
from desktop.core.risorse.hsds.reading import read_package
from desktop.core.search import fold

CLASSES = {"organisation": Organisation, "location": Location, "service": Service,
           "service_taxonomy": ServiceTaxonomy, "service_at_location": ServiceAtLocation,
           "contact": Contact, "schedule": Schedule}
KINDS = {"organisation": "Organizzazione", "location": "Sede", "service": "Servizio",
         "service_taxonomy": "Classificazione", "service_at_location": "Servizio in sede",
         "contact": "Contatto", "schedule": "Orario"}
STATUSES = {"new": "Nuova", "changed": "Modificata", "unchanged": "Invariata",
            "conflicting": "In conflitto", "rejected": "Scartata"}
_HSDS_OF = {"organization": "organisation", "service": "service", "location": "location",
            "service_at_location": "service_at_location", "contact": "contact"}
_PAIRS = {"service_taxonomy": ("service_id", "term_code"),
          "service_at_location": ("service_id", "location_id")}
_CHUNK = 900  # ids per IN (): under SQLite's bound-parameter limit


class ConflictsRefused(TessereError):
    """Conflicting entries not accepted: nothing was written."""


@dataclass
class Entry:
    status: str  # one of STATUSES
    kind: str  # Italian: «Servizio», or the HSDS table of a rejected row
    name: str
    row_id: str | None
    source: str
    where: str
    fields: list[str] = field(default_factory=list)  # those that differ, when changed
    message: str = ""


@dataclass
class ImportPlan:
    path: str
    entries: list[Entry]
    notes: list[str]
    wanted: dict[str, dict[str, Wanted]]
    seq: int | None = None  # the change log's last entry when the preview was made

    def counts(self) -> dict[str, int]:
        out = {status: 0 for status in STATUSES}
        for entry in self.entries:
            out[entry.status] += 1
        return out


@dataclass
class ImportResult:
    new: int
    changed: int
    unchanged: int
    rejected: int


def preview_import(session: Session, path: str | Path,
                   progress: Callable[[int, int, str], None] | None = None) -> ImportPlan:
    """What importing ``path`` would do; reads the package, writes nothing."""
    step = progress or (lambda done, total, label: None)
    with collector_paused():  # tens of thousands of rows, none in a reference cycle
        return _preview(session, path, step)


def _preview(session: Session, path: str | Path, step: Callable[[int, int, str], None]
             ) -> ImportPlan:
    step(0, 4, "Lettura del pacchetto")
    raw = read_package(path)
    step(1, 4, "Controllo delle righe")
    local_ids = {hsds: set(session.scalars(select(CLASSES[model].id)))
                 for hsds, model in _HSDS_OF.items() if hsds in LOCAL}
    checked = check(raw, local_ids)
    step(2, 4, "Confronto con la mappa")
    mapped = map_rows(session, checked)
    entries = _compare(session, mapped.rows)
    for r in mapped.rejected:
        entries.append(Entry("rejected", TABLE_LABELS.get(r.table, r.table).capitalize(),
                             r.name or r.row_id or "", r.row_id, r.source, r.where,
                             [r.field], r.text()))
    notes = list(raw.notes)
    if not mapped.from_tessere:
        notes.append("Il pacchetto non viene da Tessere: i servizi nuovi senza asse prendono "
                     "quello suggerito dalla loro classificazione, altrimenti «trasversale»; "
                     "le organizzazioni nuove il tipo «altro». Controllali dopo l'importazione.")
    step(4, 4, "Anteprima pronta")
    return ImportPlan(str(path), entries, notes, mapped.rows, last_seq(session))


def apply_import(session: Session, plan: ImportPlan, *,
                 accept_conflicts: bool = False) -> ImportResult:
    """Writes the plan's new and changed rows in the caller's transaction, compared
    again with the directory as it is now (unless nothing changed since the
    preview); refuses everything while conflicts are not accepted."""
    require(session, "manage_resources")
    with collector_paused():
        return _apply(session, plan, accept_conflicts)


def _apply(session: Session, plan: ImportPlan, accept_conflicts: bool) -> ImportResult:
    entries = (plan.entries if plan.seq is not None and last_seq(session) == plan.seq
               else _compare(session, plan.wanted))
    conflicts = [e for e in entries if e.status == "conflicting"]
    if conflicts and not accept_conflicts:
        raise ConflictsRefused(
            f"L'importazione ha {len(conflicts)} voci in conflitto (la prima: {conflicts[0].kind} "
            f"«{conflicts[0].name}»: {conflicts[0].message}). Nulla è stato scritto: accetta i "
            "conflitti per far prevalere il file.")
    status = {(e.kind, e.row_id): e for e in entries if e.status != "rejected"}
    new = changed = 0
    for model in MODELS:
        cls = CLASSES[model]
        rows, updates = [], {}
        for wanted in plan.wanted[model].values():
            entry = status[(KINDS[model], wanted.id)]
            if entry.status == "new" or (entry.status == "conflicting" and not entry.fields):
                rows.append({**DEFAULTS.get(model, {}), **wanted.values, "id": wanted.id})
            elif entry.status in ("changed", "conflicting"):
                updates[wanted.id] = {k: wanted.values[k] for k in entry.fields}
        if rows:
            # On the table, not the class: change capture logs it all the same
            # (and fills every column's default), and SQLAlchemy sends one
            # executemany per table, not one per set of non-empty columns (the
            # ORM's bulk insert leaves NULLs out: hundreds of small statements)
            session.execute(insert(cls.__table__), rows)
            new += len(rows)
        ids = list(updates)
        for start in range(0, len(ids), _CHUNK):
            for obj in session.scalars(select(cls).where(cls.id.in_(ids[start:start + _CHUNK]))):
                for key, value in updates[obj.id].items():
                    setattr(obj, key, value)
        changed += len(updates)
        session.flush()
    counts = plan.counts()
    return ImportResult(new, changed, sum(1 for e in entries if e.status == "unchanged"),
                        counts["rejected"])


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return sorted(a or []) == sorted(b or [])
    return (None if a == "" else a) == (None if b == "" else b)


def _local_rows(session: Session, model: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    table = CLASSES[model].__table__
    keys = table.columns.keys()
    if len(ids) > _CHUNK:  # a whole package: one pass over the table beats many IN lists
        wanted = set(ids)
        at = keys.index("id")
        return {row[at]: dict(zip(keys, row)) for row in session.execute(select(table))
                if row[at] in wanted}
    return {row.id: dict(zip(keys, row)) for row in session.execute(
        select(table).where(table.c.id.in_(ids)))}


def _changed_after(session: Session, model: str, wanted: list[Wanted]) -> set[str]:
    """Ids whose local row changed after the package's ``last_modified``: the
    newest change of each row read in a few grouped queries, not one per row."""
    since = {}
    for w in wanted:
        try:
            stamp = dt.datetime.fromisoformat(str(w.last_modified).replace("Z", "+00:00"))
        except ValueError:
            continue
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=dt.UTC)
        since[w.id] = f"{int(stamp.timestamp() * 1000):013d}"
    ids = list(since)
    out = set()
    for start in range(0, len(ids), _CHUNK):
        for row_id, latest in session.execute(
                select(ChangeLog.row_id, func.max(ChangeLog.hlc))
                .where(ChangeLog.table_name == CLASSES[model].__tablename__,
                       ChangeLog.row_id.in_(ids[start:start + _CHUNK]))
                .group_by(ChangeLog.row_id)):
            if latest and latest > since[row_id]:
                out.add(row_id)
    return out


def _same_name_elsewhere(session: Session, model: str) -> dict[tuple, tuple[str, str]]:
    """Natural keys of the directory's entries: (key) -> (id, name)."""
    if model == "organisation":
        return {(fold(name),): (i, name)
                for i, name in session.execute(select(Organisation.id, Organisation.name))}
    if model == "service":
        return {(org, fold(name)): (i, name) for i, org, name in session.execute(
            select(Service.id, Service.organisation_id, Service.name))}
    return {}


def _compare(session: Session, rows: dict[str, dict[str, Wanted]]) -> list[Entry]:
    entries = []
    for model in MODELS:
        wanted = rows[model]
        local = _local_rows(session, model, list(wanted))
        stale = _changed_after(session, model, [w for w in wanted.values()
                                                if w.last_modified and w.id in local])
        names = _same_name_elsewhere(session, model)
        pair_keys = _PAIRS.get(model)
        pairs: set[tuple] = set()
        if pair_keys:
            table = CLASSES[model].__table__
            pairs = {tuple(r) for r in session.execute(
                select(*(table.c[k] for k in pair_keys)))}
        for w in wanted.values():
            name = str(w.label or w.values.get("name") or "")
            entry = Entry("new", KINDS[model], name, w.id, w.source, w.where,
                          message="; ".join(w.warnings))
            current = local.get(w.id)
            if current is not None:
                differ = [k for k, v in w.values.items() if not _same(current.get(k), v)]
                entry.fields = differ
                entry.status = "changed" if differ else "unchanged"
                if differ and w.id in stale:
                    entry.status = "conflicting"
                    entry.message = _join("modificata qui dopo la data del file "
                                          f"({w.last_modified})", entry.message)
            elif pair_keys:
                pair = tuple(w.values[k] for k in pair_keys)
                if pair in pairs:
                    entry.status = "unchanged"
                    entry.message = _join("già presente con un altro id", entry.message)
                pairs.add(pair)
            elif names:  # an empty directory has no same-name entries to fold names for
                key = ((fold(name),) if model == "organisation"
                       else (w.values.get("organisation_id"), fold(name)))
                other = names.get(key)
                if other is not None:
                    entry.status = "conflicting"
                    entry.message = _join(f"esiste già «{other[1]}» con un altro id ({other[0]})",
                                          entry.message)
            entries.append(entry)
    return entries


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)
