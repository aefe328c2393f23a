"""Conflicts kept by the merge for a person to resolve: listed with what the page
needs to show them (the record they belong to, the kind of value), resolved by a
choice that is itself a change, and settled again after our own later changes."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.core import erasure, formats
from desktop.core.access import access_of, require
from desktop.core.changes import to_wire, write_changes
from desktop.core.errors import ValidationError
from desktop.core.model import Person, SyncConflict, syncable_models, utcnow
from desktop.sync import merge
from desktop.sync.errors import SyncError

CHOICES = ("mio", "loro", "modifica")


@dataclass(frozen=True)
class ConflictView:
    id: str
    table_name: str
    row_id: str
    field: str | None
    kind: str
    ours: object
    theirs: object
    their_replica: str
    detected_at: dt.datetime | None
    resolved: bool
    our_replica: str | None = None  # who wrote the value this replica holds now, if known
    record: str = ""                # the record as people name it: "Rossi Mario", a title…
    value_kind: str | None = None   # see :func:`value_kind`


def _models() -> dict[str, type]:
    return {m.__tablename__: m for m in syncable_models()}


def value_kind(column: sa.Column | None) -> str | None:
    """How a field's value is read and typed: bool, date, datetime, money, int,
    multiline or text; None for anything else (JSON, files)."""
    if column is None:
        return None
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return "bool"
    if isinstance(kind, sa.DateTime):
        return "datetime"
    if isinstance(kind, sa.Date):
        return "date"
    if isinstance(kind, sa.Integer):
        return "money" if column.name.endswith("_cents") else "int"
    if isinstance(kind, sa.Text) or (isinstance(kind, sa.String) and (kind.length or 0) > 200):
        return "multiline"
    if isinstance(kind, sa.String):
        return "text"
    return None


def typed_value(kind: str | None, text: str, field: str = "value"):
    """What a person typed for «modifico», in wire form (None when left empty);
    ``ValidationError``/``ValueError`` with an Italian message when it does not read
    as a value of that ``kind`` (see :func:`value_kind`)."""
    from desktop.core.anagrafica import parse_date

    text = text.strip()
    if not text:
        return None
    if kind == "date":
        return parse_date(text, field).isoformat()
    if kind == "money":
        return formats.parse_money(text)
    if kind == "int":
        try:
            return int(text)
        except ValueError:
            raise ValidationError("Scrivi un numero intero.", field) from None
    return text


def record_label(session: Session, obj) -> str:
    """The person a row belongs to, else its title, name, label or code."""
    if obj is None:
        return ""
    if isinstance(obj, Person):
        return f"{obj.last_name} {obj.first_name}"
    person_id = getattr(obj, "person_id", None)
    if person_id:
        person = session.get(Person, person_id)
        if person is not None:
            return f"{person.last_name} {person.first_name}"
    for attr in ("title", "name", "label", "code"):
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value:
            return value
    return ""


def list_conflicts(store, *, include_resolved: bool = False) -> list[ConflictView]:
    out = []
    models = _models()
    with store.read() as s:
        query = sa.select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.id)
        if not include_resolved:
            query = query.where(SyncConflict.resolved_at.is_(None))
        for c in s.scalars(query):
            model = models[c.table_name]
            obj = s.get(model, c.row_id)
            if obj is None and access_of(s) is not None:
                continue  # a record out of the operator's reach: its values are not theirs
            ours = to_wire(getattr(obj, c.field)) if obj is not None and c.field else None
            column = model.__table__.c[c.field] if c.field and c.field in model.__table__.c else None
            out.append(ConflictView(
                c.id, c.table_name, c.row_id, c.field, c.kind, ours,
                json.loads(c.their_value) if c.their_value else None, c.their_replica,
                c.detected_at, c.resolved_at is not None,
                c.our_hlc.rsplit("-", 1)[1] if c.our_hlc else None,
                record_label(s, obj), value_kind(column),
            ))
    return out


def resolve_conflict(store, conflict_id: str, choice: str, value=None) -> None:
    """``mio``: tengo il mio; ``loro``: tengo il loro; ``modifica``: a new value.
    The choice is itself a change, so the other replicas see the conflict closed."""
    if choice not in CHOICES:
        raise SyncError("Scelta non valida: usa «mio», «loro» o «modifica».")
    with store.session() as s:
        require(s, "resolve_conflicts")  # and the record must be one the operator sees
        c = s.get(SyncConflict, conflict_id)
        if c is None:
            raise SyncError("Conflitto non trovato.")
        if c.resolved_at is not None:
            raise SyncError("Questo conflitto è già stato risolto.")
        model = _models()[c.table_name]
        obj = s.get(model, c.row_id)
        if c.kind == "bloccato" and choice != "mio":
            raise SyncError(
                "Il record è bloccato (chiuso o firmato) e non si può modificare: "
                "registra una correzione come nuovo record."
            )
        if c.kind == "eliminazione":
            if choice == "loro":
                if obj is not None:
                    s.delete(obj)
            elif obj is not None:
                write_changes(s, [(c.table_name, c.row_id, "update", {})])
        elif c.kind == "modifica":
            if obj is None:
                raise SyncError("Il record non esiste più.")
            if choice == "mio":
                new = to_wire(getattr(obj, c.field))
            elif choice == "loro":
                new = json.loads(c.their_value) if c.their_value else None
            else:
                new = value
            column = model.__table__.c[c.field]
            if to_wire(getattr(obj, c.field)) != new:
                setattr(obj, c.field, merge.from_wire(column, new))
            else:
                write_changes(s, [(c.table_name, c.row_id, "update", {c.field: new})])
        c.resolved_at = utcnow()
        c.resolution = choice


def recheck_conflicts(store) -> None:
    """Settle again the rows with open conflicts. A later change that had seen both
    sides closes a conflict on every replica that receives it; on the replica that
    made it, only this brings the same answer (its own changes are never merged)."""
    with store.session(capture=False) as s:
        conn = s.connection()
        rows = conn.execute(sa.text(
            "SELECT DISTINCT c.table_name, c.row_id FROM sync_conflict c "
            "WHERE c.resolved_at IS NULL AND EXISTS (SELECT 1 FROM change_log l "
            "WHERE l.table_name = c.table_name AND l.row_id = c.row_id "
            "AND l.replica_id = :me AND l.hlc > c.their_hlc)"),  # ours, made after seeing it
            {"me": store.replica_id}).all()
        if rows:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            merger = merge.Merger(conn, store.replica_id)
            for table_name, row_id in rows:
                merger.settle(table_name, row_id)
            if merger.erased:
                erasure.reindex(conn)
