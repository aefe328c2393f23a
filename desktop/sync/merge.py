"""Merging remote changes: the state of a row is a function of every change in the
log that touches it, so replicas that hold the same changes hold the same rows,
whatever order the changes arrived in.

For one row (all its log entries, each with what its author had ``seen`` of that
row, replica -> greatest HLC):

* **Fields**: per field, the value of the change with the greatest HLC wins.
  A change by another replica that the winner had not seen, with a different
  value, is a conflict (kind ``modifica``), kept until a person resolves it.
* **Frozen rows** (closed diary entries, signed patto versions: the models'
  ``__freezes__``, the same rule local edits meet): the first change
  (by HLC) that freezes the row fixes its content as its author saw it; every
  other change to it, and any delete, is refused and kept as a conflict
  (``bloccato``). Nothing frozen is ever overwritten.
* **Deletes**: a row is deleted when one delete had seen every write to it.
  A write the deleter had not seen keeps the row alive and is flagged
  (``eliminazione``); a row still referenced by a live row stays too (so foreign
  keys hold whatever the order of arrival).

* **Erasures** (art. 17 GDPR, ``desktop.core.erasure``): a change whose fields
  are the erasure marker (``{"$erasure": id}``: the erasing replica's deletes,
  and every entry of an erased row, hollowed) beats every other change to the
  row, seen or not, frozen row or not, and leaves no conflict: the row is gone
  for good, and no replica brings the person back with an older edit. A row
  whose owning parent is erased is erased on arrival, with the same marker; one
  that only points at it (``erasure.REFERENCES``) stays, detached. Each replica
  does this itself when the erasure reaches it (``Merger.erase``): the rows it
  holds go, their log entries are hollowed, conflicts and drafts forgotten.

A conflict's id is derived from the change that lost, so every replica finds the
same conflicts. A later change that has seen both sides closes it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop.core import erasure
from desktop.core.changes import dumps, to_wire
from desktop.core.model import ChangeLog, SyncConflict, SyncSeen, syncable_models, utcnow
from desktop.core.model.base import FreezeRule


@dataclass
class Op:
    hlc: str
    replica: str
    table: str
    row_id: str
    op: str
    fields: dict | None
    seen: dict[str, str] = field(default_factory=dict)
    text: str | None = None  # ``fields`` as the change log holds it, when known (``bundle``)


def covers(seen: dict[str, str], op: Op) -> bool:
    return op.hlc <= seen.get(op.replica, "")


def conflict_id(table: str, row_id: str, column: str | None, hlc: str) -> str:
    return hashlib.sha256(f"{table}|{row_id}|{column}|{hlc}".encode()).hexdigest()[:40]


@dataclass
class RowState:
    live: bool
    values: dict[str, Any]
    conflicts: list[dict]
    deleter: Op | None = None
    erased: str | None = None  # the erasure that took the row away for good


def resolve(table: str, ops: list[Op]) -> RowState:
    hollow = min((o for o in ops if erasure.erased_by(o.fields)), key=lambda o: o.hlc, default=None)
    if hollow is not None:
        return RowState(False, {}, [], hollow, erasure.erased_by(hollow.fields))
    writes = sorted((o for o in ops if o.op != "delete"), key=lambda o: o.hlc)
    deletes = sorted((o for o in ops if o.op == "delete"), key=lambda o: o.hlc)
    rule = freeze_rule(table)
    freezer = next((o for o in writes if rule and rule.holds(o.fields or {})), None)
    if freezer is None:
        counted, refused = writes, []
    else:
        counted = [o for o in writes if o is freezer or covers(freezer.seen, o)]
        refused = [o for o in writes if o not in counted]
    values: dict[str, Any] = {}
    winner: dict[str, Op] = {}
    for o in counted:
        for key, value in (o.fields or {}).items():
            values[key] = value
            winner[key] = o
    conflicts: list[dict] = []

    def add(kind: str, column: str | None, loser: Op, value: Any, ours: Op | None) -> None:
        conflicts.append(dict(
            id=conflict_id(table, loser.row_id, column, loser.hlc), table_name=table,
            row_id=loser.row_id, field=column, kind=kind,
            their_value=None if value is None and kind != "modifica" else json.dumps(value, ensure_ascii=False),
            their_hlc=loser.hlc, their_replica=loser.replica, our_hlc=ours.hlc if ours else None,
        ))

    # Concurrent edits: per field, the latest value of each other replica that the
    # winner had not seen.
    for key, w in winner.items():
        latest: dict[str, Op] = {}
        for o in counted:
            if o.replica != w.replica and key in (o.fields or {}):
                latest[o.replica] = o
        for o in latest.values():
            if not covers(w.seen, o) and o.fields[key] != w.fields[key]:
                add("modifica", key, o, o.fields[key], w)
    for o in refused:
        for key, value in (o.fields or {}).items():
            if values.get(key) != value:
                add("bloccato", key, o, value, freezer)
    deleter = None
    if freezer is not None:
        for d in deletes:
            add("bloccato", None, d, None, freezer)
        live = True
    else:
        live = bool(counted)
        for d in deletes:
            if all(covers(d.seen, o) for o in counted):
                live, deleter = False, d
        if live:
            for d in deletes:
                reacted = any(o.seen.get(d.replica, "") >= d.hlc for o in writes)
                if not reacted:
                    survivor = max((o for o in counted if not covers(d.seen, o)), key=lambda o: o.hlc)
                    add("eliminazione", None, d, None, survivor)
    return RowState(live, values, conflicts, deleter)


# ---------------------------------------------------------------- schema maps
_TABLES: dict[str, sa.Table] = {}
_CHILDREN: dict[str, list[tuple[sa.Table, sa.Column]]] = {}
_PARENTS: dict[str, list[tuple[str, str]]] = {}
_FREEZES: dict[str, FreezeRule] = {}
ORDER: dict[str, int] = {}


def _maps() -> None:
    if _TABLES:
        return
    for i, model in enumerate(syncable_models()):
        table = model.__table__
        _TABLES[table.name] = table
        ORDER[table.name] = i
        if model.__freezes__ is not None:
            _FREEZES[table.name] = model.__freezes__
    for table in _TABLES.values():
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if parent in _TABLES:
                _CHILDREN.setdefault(parent, []).append((table, fk.parent))
                _PARENTS.setdefault(table.name, []).append((fk.parent.name, parent))


def table(name: str) -> sa.Table:
    _maps()
    return _TABLES[name]


def freeze_rule(table_name: str) -> FreezeRule | None:
    """How rows of ``table_name`` freeze themselves, as its model declares it."""
    _maps()
    return _FREEZES.get(table_name)


def parents(table_name: str) -> list[tuple[str, str]]:
    """(column, parent table) of each foreign key of ``table_name`` to a syncable table."""
    _maps()
    return _PARENTS.get(table_name, [])


def from_wire(column: sa.Column, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, sa.DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, sa.Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, sa.LargeBinary) and isinstance(value, dict):
        import base64

        return base64.b64decode(value["$b64"])
    return value


_READERS: dict[str, dict[str, sa.Column | None]] = {}


def _readers(tbl: sa.Table) -> dict[str, sa.Column | None]:
    """Per column name, the column when its wire form needs converting (dates,
    bytes), else None: built once per table, rows are converted by the hundred thousand."""
    if tbl.name not in _READERS:
        _READERS[tbl.name] = {
            c.name: c if isinstance(c.type, (sa.DateTime, sa.Date, sa.LargeBinary)) else None
            for c in tbl.c if c.name != "id"
        }
    return _READERS[tbl.name]


def db_row(tbl: sa.Table, values: dict[str, Any], row_id: str) -> dict[str, Any]:
    out = {"id": row_id}
    readers = _readers(tbl)
    for key, value in values.items():
        if key in readers:
            column = readers[key]
            out[key] = value if column is None or value is None else from_wire(column, value)
    return out


# ---------------------------------------------------------------- applying
class Merger:
    """Brings rows in line with their log inside one transaction (``conn``)."""

    def __init__(self, conn: Connection, me: str):
        _maps()
        from desktop.sync.identity import former_ids

        self.conn = conn
        self.me = me
        self.own = {me} | former_ids(conn)  # this file's ids, the current and the former
        self.new_conflicts = 0
        self.erased: dict[tuple[str, str], str] = {}  # rows erased here by this merger

    def load_ops(self, table_name: str, row_id: str) -> list[Op]:
        rows = self.conn.execute(
            sa.select(ChangeLog.seq, ChangeLog.hlc, ChangeLog.replica_id, ChangeLog.op,
                      ChangeLog.fields, SyncSeen.seen)
            .outerjoin(SyncSeen, SyncSeen.hlc == ChangeLog.hlc)
            .where(ChangeLog.table_name == table_name, ChangeLog.row_id == row_id)
            .order_by(ChangeLog.seq)
        ).all()
        ops, prefix = [], {}
        for _seq, hlc, replica, op, fields, seen in rows:
            if replica in self.own and seen is None:  # made here: it saw all before it
                seen_map = dict(prefix)
            else:
                seen_map = json.loads(seen) if seen else {}
            ops.append(Op(hlc, replica, table_name, row_id, op,
                          json.loads(fields) if fields else None, seen_map))
            if hlc > prefix.get(replica, ""):
                prefix[replica] = hlc
        return ops

    def _has_children(self, table_name: str, row_id: str) -> bool:
        for child, column in _CHILDREN.get(table_name, []):
            if child.name == table_name and column.name == "id":
                continue
            hit = self.conn.execute(
                sa.select(sa.literal(1)).select_from(child).where(column == row_id,
                                                                  child.c.id != row_id).limit(1)
            ).first()
            if hit:
                return True
        return False

    def settle(self, table_name: str, row_id: str, _depth: int = 0) -> str | None:
        """Bring the row in line with its log; returns the erasure that took it
        away, if one did."""
        if (table_name, row_id) in self.erased:
            return self.erased[(table_name, row_id)]
        tbl = table(table_name)
        ops = self.load_ops(table_name, row_id)
        state = resolve(table_name, ops)
        if state.erased:
            self.erase(table_name, row_id, state.erased)
            return state.erased
        current = self.conn.execute(sa.select(tbl).where(tbl.c.id == row_id)).mappings().first()
        if not state.live and state.values and self._has_children(table_name, row_id):
            state.live = True
            reacted = any(o.seen.get(state.deleter.replica, "") >= state.deleter.hlc
                          for o in ops if o.op != "delete")
            if not reacted:
                d = state.deleter
                state.conflicts.append(dict(
                    id=conflict_id(table_name, row_id, None, d.hlc), table_name=table_name,
                    row_id=row_id, field=None, kind="eliminazione", their_value=None,
                    their_hlc=d.hlc, their_replica=d.replica, our_hlc=None,
                ))
        parents_before = self._parents(table_name, current)
        if state.live:
            row = db_row(tbl, state.values, row_id)
            if current is None:
                self.conn.execute(sa.insert(tbl), [row])
            else:
                diff = {k: v for k, v in row.items()
                        if k != "id" and to_wire(current[k]) != state.values.get(k)}
                if diff:
                    self._update(tbl, row_id, diff, current)
        elif current is not None:
            self.conn.execute(sa.delete(tbl).where(tbl.c.id == row_id))
        self._store_conflicts(table_name, row_id, state.conflicts)
        if _depth < 20:
            now = db_row(tbl, state.values, row_id) if state.live else None
            after = self._parents(table_name, now)
            for parent_table, parent_id in parents_before - after:
                if parent_table != table_name or parent_id != row_id:
                    self.settle(parent_table, parent_id, _depth + 1)
            for column, parent_table in _PARENTS.get(table_name, []) if now else ():
                parent_id = now.get(column)
                if not parent_id or (parent_table, parent_id) == (table_name, row_id):
                    continue
                erased_by = self.ensure_parent(parent_table, parent_id, _depth)
                if erased_by and self.under_erased(table_name, row_id, column, erased_by):
                    return erased_by
        return None

    def ensure_parent(self, parent_table: str, parent_id: str, _depth: int = 0) -> str | None:
        """A live row whose parent was deleted concurrently brings the parent back;
        one whose parent was erased cannot (returns the erasure)."""
        if (parent_table, parent_id) in self.erased:
            return self.erased[(parent_table, parent_id)]
        ptbl = table(parent_table)
        if self.conn.execute(sa.select(ptbl.c.id).where(ptbl.c.id == parent_id)).first() is None:
            return self.settle(parent_table, parent_id, _depth + 1)
        return None

    def erase(self, table_name: str, row_id: str, erasure_id: str) -> None:
        """The row, and every row here that goes with it, erased: hollowed in the
        log, deleted, the rows pointing at them detached (``core.erasure.purge``).
        The caller rebuilds the full-text indexes when ``erased`` is not empty."""
        if (table_name, row_id) in self.erased:
            return
        plan = erasure.purge(self.conn, {table_name: {row_id}}, erasure_id, self.own,
                             known=set(self.erased))
        for key in plan.keys() | {(table_name, row_id)}:
            self.erased[key] = erasure_id

    def under_erased(self, table_name: str, row_id: str, column: str, erasure_id: str) -> bool:
        """A row whose ``column`` names an erased row: erased with it (True), or,
        for a mere reference, detached from it (False)."""
        if (table_name, column) in erasure.REFERENCES:
            erasure.detach(self.conn, {(table_name, column): {row_id}}, self.own)
            return False
        self.erase(table_name, row_id, erasure_id)
        return True

    def _parents(self, table_name: str, row) -> set[tuple[str, str]]:
        if row is None:
            return set()
        return {(parent, row[col]) for col, parent in _PARENTS.get(table_name, []) if row.get(col)}

    def _update(self, tbl: sa.Table, row_id: str, diff: dict, current) -> None:
        rule = freeze_rule(tbl.name)
        if rule and rule.holds({k: to_wire(v) for k, v in current.items()}):
            # The row is frozen here but an earlier freeze arrived late: the
            # content fixed by the earlier one replaces it, past the SQL guard.
            triggers = self.conn.execute(sa.text(
                "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name=:t "
                "AND name LIKE '%frozen%'"), {"t": tbl.name}).all()
            for name, _sql in triggers:
                self.conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            self.conn.execute(sa.update(tbl).where(tbl.c.id == row_id).values(**diff))
            for _name, sql in triggers:
                self.conn.exec_driver_sql(sql)
        else:
            self.conn.execute(sa.update(tbl).where(tbl.c.id == row_id).values(**diff))

    def _store_conflicts(self, table_name: str, row_id: str, found: list[dict]) -> None:
        existing = {
            r.id: r for r in self.conn.execute(
                sa.select(SyncConflict.id, SyncConflict.resolved_at).where(
                    SyncConflict.table_name == table_name, SyncConflict.row_id == row_id))
        }
        wanted = {c["id"]: c for c in found}
        stale = [cid for cid, r in existing.items() if cid not in wanted and r.resolved_at is None]
        if stale:
            self.conn.execute(sa.delete(SyncConflict).where(SyncConflict.id.in_(stale)))
        fresh = [dict(c, detected_at=utcnow()) for cid, c in wanted.items() if cid not in existing]
        if fresh:
            self.conn.execute(sa.insert(SyncConflict), fresh)
            self.new_conflicts += len(fresh)


def log_rows(ops: list[tuple[Op, str | None]]) -> tuple[list[tuple], list[dict]]:
    """change_log rows of (change, its operator) keeping the remote hlc and
    replica, as ``changes.insert_log`` takes them, and their ``seen``."""
    rows = [(o.hlc, o.replica, o.table, o.row_id, o.op,
             o.text if o.text is not None or o.fields is None else dumps(o.fields), operator)
            for o, operator in ops]
    seen = [dict(hlc=o.hlc, seen=json.dumps(o.seen, sort_keys=True)) for o, _ in ops if o.seen]
    return rows, seen
