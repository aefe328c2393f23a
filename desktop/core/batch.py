"""Work over a whole ambito at once.

Batch computations (matching, indicators) allocate hundreds of thousands of
small objects and leave none in reference cycles: Python's cyclic collector
then runs pass after pass over them for nothing (some 40% of the time,
measured in ``tests/bench/bench_coordinator.py``). ``collector_paused`` holds
it off for such a block; memory is still freed by reference counting as usual.

Bulk loads (a team's snapshot) insert rows by the hundred thousand:
``bulk_insert`` hands them to the driver's own ``executemany``, each value
converted by its column type's bind processor, so the file holds exactly what
SQLAlchemy would have written, without its per-statement bookkeeping (a fifth
of a snapshot's load, a third of applying a bundle of new rows); a refusal
comes out as SQLAlchemy's own exception, as it would from ``conn.execute``."""
from __future__ import annotations

import contextlib
import gc
import operator
from typing import Any, Iterable, Iterator

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
    if not by_keys:
        return
    cursor = conn.connection.driver_connection.cursor()
    try:
        for keys, batch in by_keys.items():
            _insert_batch(cursor, conn.dialect, table, keys, batch, prefix)
    finally:
        cursor.close()


def _insert_batch(cursor, dialect, table: sa.Table, keys: tuple[str, ...],
                  batch: list[dict[str, Any]], prefix: str) -> None:
    defaults = {c.name: c.default.arg for c in table.columns
                if c.name not in keys and c.default is not None and not c.default.is_sequence}
    names = list(keys) + list(defaults)
    types = [table.c[name].type.dialect_impl(dialect) for name in names]
    processors = [kind.bind_processor(dialect) for kind in types]
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT {prefix} INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join('?' * len(names))})")

    # Per row, only the values that need it go through Python: the given ones
    # are picked in C, and most columns (text, integers) have no processor.
    pick = operator.itemgetter(*keys)
    # A None goes through too when the type says so (JSON writes 'null', as SQLAlchemy does).
    converting = [(i, p, kind.should_evaluate_none)
                  for i, (p, kind) in enumerate(zip(processors, types)) if p is not None]
    fill = list(defaults.values())

    def values(row: dict[str, Any]) -> tuple | list:
        given = pick(row)
        if len(keys) == 1:
            given = (given,)
        if not (converting or fill):
            return given
        given = [*given, *(d(None) if callable(d) else d for d in fill)]
        for i, processor, evaluate_none in converting:
            if given[i] is not None or evaluate_none:
                given[i] = processor(given[i])
        return given

    try:
        cursor.executemany(sql, [values(row) for row in batch])
    except dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy would raise it, for the callers
        raise sa.exc.DBAPIError.instance(sql, None, exc, dialect.loaded_dbapi.Error) from exc
