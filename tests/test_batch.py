"""``core.batch.bulk_insert`` and ``insert_wire`` hand rows to the driver
itself (snapshots, bundle apply, merges): the file must hold exactly what
SQLAlchemy's own insert writes, for every syncable table of a real demo
database, defaults and NULLs included, and for rows in wire form too."""
from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from desktop.core.batch import bulk_insert, insert_wire
from desktop.core.changes import to_wire
from desktop.core.model import syncable_models
from desktop.core.store import Store
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from desktop.demo import build

    path = tmp_path_factory.mktemp("batch") / "demo.db"
    store = Store.open(path, passphrase=PASSPHRASE, create=True)
    build(store, size="small", seed=3, today=dt.date(2026, 11, 20))
    yield store
    store.close()


def _copy(table: sa.Table, name: str) -> sa.Table:
    """The table under another name, without its keys to other tables."""
    copy = sa.Table(name, sa.MetaData(), *(c._copy() for c in table.columns))
    for column in copy.columns:
        column.foreign_keys.clear()
    return copy


@pytest.mark.parametrize("wire", [False, True], ids=["values", "wire"])
@pytest.mark.parametrize("model", syncable_models(), ids=lambda m: m.__tablename__)
def test_bulk_insert_writes_what_sqlalchemy_writes(demo, model, wire):
    table = model.__table__
    with demo.session(capture=False) as s:
        conn = s.connection()
        rows = [dict(r) for r in conn.execute(sa.select(table)).mappings()]
        if not rows:
            pytest.skip("the demo has no rows of this table")
        # some rows lack the columns with a default, as a bundle's insert may
        defaulted = [c.name for c in table.columns if c.default is not None and c.name != "id"]
        rows = [{k: v for k, v in r.items() if not (n % 2 and k in defaulted)}
                for n, r in enumerate(rows)]
        by_sqlalchemy, by_driver = _copy(table, "by_sqlalchemy"), _copy(table, "by_driver")
        for copy in (by_sqlalchemy, by_driver):
            copy.create(conn)
        for row in rows:  # one statement per row: SQLAlchemy's defaults per key set
            conn.execute(sa.insert(by_sqlalchemy), row)
        if wire:  # as a bundle's changes carry them, with a name the table lacks
            insert_wire(conn, by_driver, [(r["id"], {"newer_column": 1, **{
                k: to_wire(v) for k, v in r.items() if k != "id"}}) for r in rows])
        else:
            bulk_insert(conn, by_driver, rows)
        columns = ", ".join(f'"{c.name}"' for c in table.columns
                            if not (c.name in defaulted and callable(c.default.arg)))
        raw = conn.connection.driver_connection
        assert (raw.execute(f"SELECT {columns} FROM by_driver ORDER BY id").fetchall()
                == raw.execute(f"SELECT {columns} FROM by_sqlalchemy ORDER BY id").fetchall())
        s.rollback()
