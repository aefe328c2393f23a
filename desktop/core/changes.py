"""Automatic change capture: every flush that touches a syncable row appends to
``change_log`` in the same transaction, stamped with the replica's hybrid logical
clock. Nobody logs by hand; a rolled-back transaction leaves no change rows.

It also enforces frozen records (closed diary entries, signed patto versions,
locked patti): a change to one is refused before anything is written.

The session's ``info`` carries the context: ``clock`` (HybridLogicalClock),
``replica_id``, ``operator_id`` and ``capture`` (False while applying remote
changes or loading reference data, whose rows must not be re-published).
"""
from __future__ import annotations

import base64
import datetime as dt
import functools
import json
from typing import Any, Mapping

from sqlalchemy import event, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper, Session, object_session
from sqlalchemy.orm.attributes import NO_VALUE
from sqlalchemy.orm.state import InstanceState
from sqlalchemy import inspect

from desktop.core import audit
from desktop.core.errors import FrozenRecordError, TessereError
from desktop.core.model import ChangeLog, Tombstone
from desktop.core.model.base import Syncable

_PENDING = "tessere_pending_changes"


_AS_IS = frozenset({str, int, float, bool, type(None), list, dict})


def to_wire(value: Any) -> Any:
    """A column value as JSON-safe data (the change log and sync bundles use it)."""
    if type(value) in _AS_IS:  # nearly every value: one set lookup, not three isinstance
        return value
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


# One encoder for every log entry: json.dumps with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def dumps(fields: dict[str, Any]) -> str:
    return _ENCODER.encode(fields)


def column_keys(mapper: Mapper) -> list[str]:
    return [attr.key for attr in mapper.column_attrs]


def _capturing(session: Session | None) -> bool:
    return session is not None and session.info.get("capture", False)


def _queue(session: Session, table: str, row_id: str, op: str, fields: dict | None) -> None:
    session.info.setdefault(_PENDING, []).append((table, row_id, op, fields))


class _Previous(dict):
    """Values of a row as they were before this flush, loaded on demand."""

    def __init__(self, state: InstanceState):
        super().__init__()
        self._state = state

    def __missing__(self, key: str) -> Any:
        if key not in self._state.mapper.column_attrs:
            raise KeyError(key)
        hist = self._state.attrs[key].load_history()
        if hist.deleted:
            value = hist.deleted[0]
        elif hist.unchanged:
            value = hist.unchanged[0]
        else:
            value = None
        self[key] = value
        return value

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default


def changed_keys(state: InstanceState) -> set[str]:
    out = set()
    for key in column_keys(state.mapper):
        hist = state.attrs[key].history
        if hist.added and hist.added[0] is not NO_VALUE:
            if not (hist.deleted and hist.deleted[0] == hist.added[0]):
                out.add(key)
    return out


def _check_frozen(obj: Syncable, state: InstanceState, deleting: bool) -> None:
    if state.pending or not state.has_identity:
        reason = obj.frozen_reason({})
        if reason:
            raise FrozenRecordError(reason)
        return
    previous = _Previous(state)
    reason = obj.frozen_reason(previous)
    if not reason:
        return
    if deleting or changed_keys(state) - obj.__frozen_exempt__:
        raise FrozenRecordError(reason)


def _before_flush(session: Session, flush_context, instances) -> None:
    for obj in list(session.new):
        if isinstance(obj, Syncable):
            _check_frozen(obj, inspect(obj), deleting=False)
    for obj in list(session.dirty):
        if isinstance(obj, Syncable) and session.is_modified(obj, include_collections=False):
            _check_frozen(obj, inspect(obj), deleting=False)
    for obj in list(session.deleted):
        if isinstance(obj, Syncable):
            _check_frozen(obj, inspect(obj), deleting=True)


def _before_delete(mapper: Mapper, connection, target: Syncable) -> None:
    # Orphans removed from a collection never pass through session.deleted.
    session = object_session(target)
    if session is not None and session.info.get("enforce_frozen", True):
        _check_frozen(target, inspect(target), deleting=True)


def _after_insert(mapper: Mapper, connection, target: Syncable) -> None:
    session = object_session(target)
    if not _capturing(session):
        return
    fields = {key: to_wire(getattr(target, key)) for key in column_keys(mapper) if key != "id"}
    _queue(session, mapper.local_table.name, target.id, "insert", fields)


def _after_update(mapper: Mapper, connection, target: Syncable) -> None:
    session = object_session(target)
    if not _capturing(session):
        return
    state = inspect(target)
    keys = changed_keys(state)
    if keys:
        fields = {key: to_wire(getattr(target, key)) for key in sorted(keys)}
        _queue(session, mapper.local_table.name, target.id, "update", fields)


def _after_delete(mapper: Mapper, connection, target: Syncable) -> None:
    session = object_session(target)
    if not _capturing(session):
        return
    _queue(session, mapper.local_table.name, target.id, "delete", None)


def _after_flush(session: Session, flush_context) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending:
        write_changes(session, pending)


def write_changes(session: Session, pending: list[tuple[str, str, str, dict | None]]) -> None:
    """Append captured changes (and tombstones for deletes) to the log; the
    audit counts them for the transaction's one ``write`` row."""
    audit.note_changes(session, pending)
    append_log(session.connection(), session.info, pending)


def append_log(conn: Connection, info: Mapping[str, Any],
               pending: list[tuple[str, str, str, dict | None]]) -> None:
    """The log rows of ``pending`` on ``conn``, stamped by ``info["clock"]`` for
    ``info["replica_id"]``; also the audit's path without an ORM session."""
    if not pending:
        return
    clock = info["clock"]
    replica = info["replica_id"]
    operator = info.get("operator_id")
    stamps = clock.many(len(pending))
    encode = _ENCODER.encode
    insert_log(conn, [(stamp, replica, table, row_id, op,
                       None if fields is None else encode(fields), operator)
                      for stamp, (table, row_id, op, fields) in zip(stamps, pending)])
    tombstones = [{"table_name": table, "row_id": row_id, "hlc": stamp}
                  for stamp, (table, row_id, op, _fields) in zip(stamps, pending)
                  if op == "delete"]
    if tombstones:
        conn.execute(insert(Tombstone).prefix_with("OR REPLACE"), tombstones)


_LOG_COLUMNS = ("hlc", "replica_id", "table_name", "row_id", "op", "fields", "operator_id")


def insert_log(conn: Connection, rows: list[tuple]) -> None:
    """Change-log rows, each a tuple in the order of ``_LOG_COLUMNS`` with the
    fields already JSON text, straight to the driver: the values are plain
    text, and SQLAlchemy's per-row parameter processing cost as much as the
    write (bulk imports and bundles log tens of thousands of rows)."""
    if not rows:
        return
    sql, order = _driver_insert(ChangeLog.__table__, _LOG_COLUMNS, conn.dialect)
    if order != _LOG_COLUMNS:
        raise AssertionError(f"change_log columns out of order: {order}")
    conn.exec_driver_sql(sql, rows if conn.dialect.positional
                         else [dict(zip(_LOG_COLUMNS, row)) for row in rows])


@functools.cache
def _driver_insert(table, columns: tuple[str, ...], dialect) -> tuple[str, tuple[str, ...]]:
    """A table's INSERT of ``columns`` in the dialect's own parameter style, and
    the order its parameters take (named styles take them by name)."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    return str(compiled), tuple(compiled.positiontup or columns)


def _column_defaults(mapper: Mapper) -> dict[str, Any]:
    """Python-side defaults of a mapper's columns (scalars or callables)."""
    out = {}
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if column.default is not None and getattr(column.default, "is_scalar", False):
            out[attr.key] = column.default.arg
        elif column.default is not None and getattr(column.default, "is_callable", False):
            out[attr.key] = column.default.arg
        else:
            out[attr.key] = None
    return out


def _fill_row(mapper: Mapper, defaults: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    filled = {}
    for key, default in defaults.items():
        if key in row:
            filled[key] = row[key]
        elif callable(default):
            try:
                filled[key] = default(None)
            except TypeError:
                filled[key] = default()
        else:
            filled[key] = default
    return filled


def _mapper_of_table(table) -> Mapper | None:
    """The mapper of a statement written on the Table rather than the class
    (``update(Patto.__table__)``): it changes the same rows and must be held to the
    same rule."""
    if table is None:
        return None
    from desktop.core.model import Base

    return next((m for m in Base.registry.mappers if m.local_table is table), None)


def _do_orm_execute(state) -> Any:
    """Capture ORM bulk inserts; refuse bulk UPDATE/DELETE on syncable tables,
    whose per-row changes could not be captured."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    mapper = state.bind_mapper or _mapper_of_table(getattr(state.statement, "table", None))
    if mapper is None or not issubclass(mapper.class_, Syncable):
        return None
    session = state.session
    if not _capturing(session):
        return None
    if not state.is_insert:
        raise TessereError(
            f"Modifiche in blocco su «{mapper.local_table.name}» non sono ammesse: "
            "usa gli oggetti del modello, così ogni modifica viene registrata."
        )
    params = state.parameters
    if not isinstance(params, (list, tuple)):
        params = [params] if params else []
    if not params:
        raise TessereError("Inserimento senza righe: usa session.execute(insert(Model), [righe]).")
    defaults = _column_defaults(mapper)
    rows = [_fill_row(mapper, defaults, dict(p)) for p in params]
    result = _insert(state, mapper, rows)
    table = mapper.local_table.name
    keys = [k for k in defaults if k != "id"]
    write_changes(
        session,
        [(table, r["id"], "insert", {k: to_wire(r[k]) for k in keys}) for r in rows],
    )
    return result


def _insert(state, mapper: Mapper, rows: list[dict[str, Any]]):
    """The insert of complete rows: a plain INSERT goes straight to the driver's
    executemany with each column's own bind processing (SQLAlchemy's per-row
    parameter handling doubled the cost of a bulk import); any other form
    (RETURNING, prefixes, …) through SQLAlchemy."""
    connection = state.session.connection()
    dialect = connection.dialect
    if not (dialect.positional and _is_plain(state.statement)):
        return state.invoke_statement(params=rows)
    table = mapper.local_table
    key_of = {attr.columns[0].key: attr.key for attr in mapper.column_attrs}
    sql, order = _driver_insert(table, tuple(key_of), dialect)
    columns = [(key_of[name], table.c[name].type._cached_bind_processor(dialect))
               for name in order]
    if all(process is None for _key, process in columns):
        values = [tuple(row[key] for key, _p in columns) for row in rows]
    else:
        values = [tuple(row[key] if process is None else process(row[key])
                        for key, process in columns) for row in rows]
    return connection.exec_driver_sql(sql, values)


def _is_plain(statement) -> bool:
    """An ``insert(Model)`` or ``insert(table)`` with nothing added to it."""
    return not (statement._returning or statement._prefixes or statement._hints
                or statement.select is not None or statement._values or statement._multi_values
                or statement._post_values_clause is not None or statement._independent_ctes)


def install(session_class) -> None:
    """Wire change capture into a sessionmaker (or Session subclass)."""
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(session_class, "do_orm_execute", _do_orm_execute)
    event.listen(session_class, "after_soft_rollback", _drop_pending)


def _drop_pending(session: Session, previous_transaction) -> None:
    session.info.pop(_PENDING, None)


_mapper_events_installed = False


def install_mapper_events() -> None:
    global _mapper_events_installed
    if _mapper_events_installed:
        return
    for name, fn in (
        ("before_delete", _before_delete),
        ("after_insert", _after_insert),
        ("after_update", _after_update),
        ("after_delete", _after_delete),
    ):
        event.listen(Syncable, name, fn, propagate=True)
    _mapper_events_installed = True


def last_seq(session: Session) -> int:
    """The newest change-log position (0 for an empty log)."""
    return session.scalar(select(func.max(ChangeLog.seq))) or 0


def tables_changed_since(session: Session, seq: int) -> frozenset[str]:
    """The tables written after change-log position ``seq``: what an operation changed."""
    return frozenset(session.scalars(
        select(ChangeLog.table_name).where(ChangeLog.seq > seq).distinct()))
