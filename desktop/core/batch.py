"""Work over a whole ambito at once.

Batch computations (matching, indicators) allocate hundreds of thousands of
small objects and leave none in reference cycles: Python's cyclic collector
then runs pass after pass over them for nothing (some 40% of the time,
measured in ``tests/bench/bench_coordinator.py``). ``collector_paused`` holds
it off for such a block; memory is still freed by reference counting as usual.

Bulk loads (a team's snapshot, a bundle's new rows) insert rows by the hundred
thousand: ``bulk_insert`` (rows of Python values) and ``insert_wire`` (rows as
the change log and the bundles carry them, ``changes.to_wire``) hand them to
the driver's own ``executemany``, each value converted as its column type's
bind processor would, so the file holds exactly what SQLAlchemy would have
written, without its per-statement bookkeeping (a fifth of a snapshot's load,
a third of applying a bundle of new rows); a refusal comes out as
SQLAlchemy's own exception, as it would from ``conn.execute``."""
from __future__ import annotations

import base64
import contextlib
import datetime as dt
import gc
import operator
from typing import Any, Callable, Iterable, Iterator

import sqlalchemy as sa


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def bulk_insert(conn: sa.Connection, table: sa.Table, rows: Iterable[dict[str, Any]],
                prefix: str = "") -> None:
    """Insert ``rows`` (dicts of Python values) in ``conn``'s transaction, one
    ``executemany`` per set of keys; a column a row lacks gets its default as
    SQLAlchemy would give it. ``prefix``: "OR IGNORE" or "OR REPLACE"."""
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        by_keys.setdefault(tuple(row), []).append(row)
    batches = []
    for keys, batch in by_keys.items():
        pick = operator.itemgetter(*keys)  # in C: the given values, in the keys' order
        values = [pick(row) for row in batch] if len(keys) > 1 else [(pick(r),) for r in batch]
        batches.append((keys, values))
    _execute(conn, table, batches, prefix, wire=False)


def insert_wire(conn: sa.Connection, table: sa.Table, rows: Iterable[tuple[str, dict[str, Any]]],
                prefix: str = "") -> None:
    """Insert rows given as (id, values in wire form): the fields of a change,
    dates as ISO text and bytes as ``{"$b64": …}``; names that are not columns
    are left out (a newer replica's). Each value goes straight to what its
    column stores, as ``bulk_insert`` would store it decoded, without a
    ``datetime`` made and taken apart again for every date."""
    by_keys: dict[tuple[str, ...], list[tuple[str, dict[str, Any]]]] = {}
    for row_id, values in rows:
        by_keys.setdefault(tuple(values), []).append((row_id, values))
    columns = table.c
    batches = []
    for keys, batch in by_keys.items():
        known = tuple(k for k in keys if k in columns and k != "id")
        if len(known) > 1:
            pick = operator.itemgetter(*known)
            values = [(row_id, *pick(fields)) for row_id, fields in batch]
        elif known:
            (key,) = known
            values = [(row_id, fields[key]) for row_id, fields in batch]
        else:
            values = [(row_id,) for row_id, _fields in batch]
        batches.append((("id", *known), values))
    _execute(conn, table, batches, prefix, wire=True)


def _execute(conn: sa.Connection, table: sa.Table, batches: list[tuple[tuple[str, ...], list]],
             prefix: str, wire: bool) -> None:
    if not batches:
        return
    cursor = conn.connection.driver_connection.cursor()
    try:
        for keys, values in batches:
            _insert_batch(cursor, conn.dialect, table, keys, values, prefix, wire)
    finally:
        cursor.close()


def _insert_batch(cursor, dialect, table: sa.Table, keys: tuple[str, ...], given: list[tuple],
                  prefix: str, wire: bool) -> None:
    defaults = {c.name: c.default.arg for c in table.columns
                if c.name not in keys and c.default is not None and not c.default.is_sequence}
    names = list(keys) + list(defaults)
    types = [table.c[name].type.dialect_impl(dialect) for name in names]
    # The columns given in wire form convert from it; the defaults are Python values.
    converters = [(_from_wire(kind, dialect) if wire and i < len(keys) else kind.bind_processor(dialect))
                  for i, kind in enumerate(types)]
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT {prefix} INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join('?' * len(names))})")

    # Per row, only the values that need it go through Python: most columns
    # (text, integers) have no processor.
    # A None goes through too when the type says so (JSON writes 'null', as SQLAlchemy does).
    converting = [(i, p, kind.should_evaluate_none)
                  for i, (p, kind) in enumerate(zip(converters, types)) if p is not None]
    fill = list(defaults.values())

    def values(row: tuple) -> tuple | list:
        if fill:
            row = [*row, *(d(None) if callable(d) else d for d in fill)]
        else:
            row = list(row)
        for i, convert, evaluate_none in converting:
            if row[i] is not None or evaluate_none:
                row[i] = convert(row[i])
        return row

    try:
        cursor.executemany(sql, [values(row) for row in given] if converting or fill else given)
    except dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy would raise it, for the callers
        raise sa.exc.DBAPIError.instance(sql, None, exc, dialect.loaded_dbapi.Error) from exc


def _from_wire(kind: sa.types.TypeEngine, dialect) -> Callable[[Any], Any] | None:
    """What a column stores for a value in wire form: dates and instants parsed
    as ``merge.from_wire`` parses them, bytes decoded, then the type's bind
    processor; where that processor writes the ISO text of a naive value (SQLite's
    DATE and DATETIME, checked on sample values), that text is taken from the
    parsed value directly, without building it field by field."""
    process = kind.bind_processor(dialect)
    if isinstance(kind, (sa.DateTime, sa.Date)):
        parse = dt.datetime.fromisoformat if isinstance(kind, sa.DateTime) else dt.date.fromisoformat
        text = _iso_instant if isinstance(kind, sa.DateTime) else dt.date.isoformat
        if process is None:
            return parse
        if all(text(value) == process(value) for value in _SAMPLES[parse]):
            def iso(value: str) -> Any:
                parsed = parse(value)
                return text(parsed) if getattr(parsed, "tzinfo", None) is None else process(parsed)
            return iso
        return lambda value: process(parse(value))
    if isinstance(kind, sa.LargeBinary):
        def blob(value: Any) -> Any:
            if isinstance(value, dict):
                value = base64.b64decode(value["$b64"])
            return process(value) if process else value
        return blob
    return process


def _iso_instant(value: dt.datetime) -> str:
    text = value.isoformat(" ")
    return text if value.microsecond else text + ".000000"


_SAMPLES = {
    dt.datetime.fromisoformat: (dt.datetime(2026, 11, 1, 10, 0), dt.datetime(999, 1, 2, 3, 4, 5, 60),
                                dt.datetime(9999, 12, 31, 23, 59, 59, 999999)),
    dt.date.fromisoformat: (dt.date(2026, 11, 1), dt.date(999, 1, 2), dt.date(9999, 12, 31)),
}
