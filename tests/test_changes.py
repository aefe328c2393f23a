"""Change capture: every insert, update and delete of every syncable table
leaves exactly the right change rows, in the same transaction as the data."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import (
    JSON, Boolean, Date, DateTime, Float, Integer, LargeBinary, String, Text, delete, func,
    insert, select, update,
)

from desktop.core.changes import to_wire
from desktop.core.store import Store
from tests.conftest import PASSPHRASE
from desktop.core.errors import TessereError
from desktop.core.model import AuditEvent, ChangeLog, Goal, Person, Tombstone, syncable_models
from desktop.core import patti as rules


def sample_value(column, index: int):
    kind = column.type
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, DateTime):
        return dt.datetime(2026, 3, 4, 10, 30) + dt.timedelta(days=index)
    if isinstance(kind, Date):
        return dt.date(2026, 3, 4) + dt.timedelta(days=index)
    if isinstance(kind, Float):
        return 44.5 + index
    if isinstance(kind, Integer):
        return 7 + index
    if isinstance(kind, LargeBinary):
        return b"PDF-1.4 contenuto " + bytes([index])
    if isinstance(kind, JSON):
        return {"chiave": "valore", "n": index}
    if isinstance(kind, (String, Text)):
        length = getattr(kind, "length", None) or 40
        return f"v{index}-àè"[:length]
    raise AssertionError(f"no sample for {kind!r}")


# Values that keep a row editable, so the test can update and delete it.
EDITABLE = {
    "patto": {"locked": False},
    "patto_version": {"signed_at": None},
    "diary_entry": {"status": "bozza"},
}


LINK_ONLY = {"service_at_location", "operator_role", "operator_district"}


def editable_models():
    """The syncable models but the audit log, which is append-only (tests/test_audit.py)."""
    return [m for m in syncable_models() if m is not AuditEvent]


def build_rows(session):
    """One row for each syncable model, every column set, FKs to the rows before."""
    made = {}
    for model in editable_models():
        values = {}
        for i, attr in enumerate(model.__mapper__.column_attrs):
            column = attr.columns[0]
            if column.primary_key:
                continue
            if column.foreign_keys:
                target = next(iter(column.foreign_keys)).column.table.name
                values[attr.key] = made[target].id if target in made else None
            else:
                values[attr.key] = sample_value(column, i)
        values.update(EDITABLE.get(model.__tablename__, {}))
        obj = model(**values)
        session.add(obj)
        session.flush()
        made[model.__tablename__] = obj
    return made


def log_rows(session):
    """The data's changes, without the audit rows each transaction appends."""
    return session.scalars(select(ChangeLog).where(ChangeLog.table_name != AuditEvent.__tablename__)
                           .order_by(ChangeLog.seq)).all()


def test_every_table_insert_update_delete(store):
    models = editable_models()
    with store.session() as s:
        made = build_rows(s)
    with store.read() as s:
        rows = log_rows(s)
    assert [r.table_name for r in rows] == [m.__tablename__ for m in models]
    for row in rows:
        obj = made[row.table_name]
        assert row.op == "insert" and row.row_id == obj.id and row.replica_id == store.replica_id
        expected = {
            a.key: to_wire(getattr(obj, a.key))
            for a in type(obj).__mapper__.column_attrs if a.key != "id"
        }
        assert json.loads(row.fields) == json.loads(json.dumps(expected))
    assert [r.hlc for r in rows] == sorted(r.hlc for r in rows)
    assert len({r.hlc for r in rows}) == len(rows)

    # one plain column changed per table -> one update row naming just that field
    changed = {}
    with store.session() as s:
        for model in models:
            obj = s.get(model, made[model.__tablename__].id)
            attr = next((
                a for a in model.__mapper__.column_attrs
                if not a.columns[0].primary_key and not a.columns[0].foreign_keys
                and a.key not in EDITABLE.get(model.__tablename__, {})
                and not isinstance(a.columns[0].type, Boolean)
            ), None)
            if attr is None:  # a pure link row: nothing but keys to change
                assert model.__tablename__ in LINK_ONLY
                continue
            new = sample_value(attr.columns[0], 99)
            setattr(obj, attr.key, new)
            changed[model.__tablename__] = (attr.key, new)
    with store.read() as s:
        updates = [r for r in log_rows(s) if r.op == "update"]
    assert sorted(r.table_name for r in updates) == sorted(changed)
    for row in updates:
        key, new = changed[row.table_name]
        assert json.loads(row.fields) == json.loads(json.dumps({key: to_wire(new)}))

    # an update that sets the same value is not a change
    with store.session() as s:
        person = s.get(made["person"].__class__, made["person"].id)
        person.last_name = person.last_name
    with store.read() as s:
        assert len([r for r in log_rows(s) if r.op == "update"]) == len(changed)

    # deletes, children first, each a tombstone
    with store.session() as s:
        for model in reversed(models):
            s.delete(s.get(model, made[model.__tablename__].id))
            s.flush()
    with store.read() as s:
        deletes = [r for r in log_rows(s) if r.op == "delete"]
        tombstones = s.scalars(select(Tombstone)).all()
    assert sorted(r.table_name for r in deletes) == sorted(m.__tablename__ for m in models)
    assert all(r.fields is None for r in deletes)
    assert {(t.table_name, t.row_id) for t in tombstones} == {
        (r.table_name, r.row_id) for r in deletes
    }


def test_rolled_back_transaction_leaves_no_change_rows(store):
    with pytest.raises(RuntimeError):
        with store.session() as s:
            s.add(Person(first_name="Anna", last_name="Verdi"))
            s.flush()
            assert s.scalar(select(func.count()).select_from(ChangeLog)) == 1
            raise RuntimeError("interrotto")
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_bulk_insert_is_captured(store):
    with store.session() as s:
        s.execute(insert(Person), [{"first_name": f"N{i}", "last_name": "Rossi"} for i in range(5)])
    with store.read() as s:
        people = {p.id: p for p in s.scalars(select(Person))}
        rows = log_rows(s)
    assert len(rows) == 5 and {r.row_id for r in rows} == set(people)
    for r in rows:
        fields = json.loads(r.fields)
        assert fields["first_name"] == people[r.row_id].first_name
        assert fields["last_name"] == "Rossi"


def test_bulk_insert_writes_what_an_added_object_writes(store, tmp_path):
    """The bulk path hands rows to the driver itself: every column type must come
    out as the ORM stores it, and log the same fields."""
    with store.session() as s:
        made = build_rows(s)
    models = editable_models()

    def written(s):
        """Each made row as stored, and its logged fields."""
        return ({m.__tablename__: dict(s.execute(select(m.__table__).where(
                    m.__table__.c.id == made[m.__tablename__].id)).one()._mapping)
                 for m in models},
                {r.row_id: json.loads(r.fields) for r in log_rows(s)})

    with store.read() as s:
        rows, fields = written(s)
    assert len(fields) == len(models)
    other = Store.open(tmp_path / "bulk.db", passphrase=PASSPHRASE, create=True)
    try:
        with other.session() as s:
            for model in models:
                values = {a.key: getattr(made[model.__tablename__], a.key)
                          for a in model.__mapper__.column_attrs}
                s.execute(insert(model), [values])
        with other.read() as s:
            assert written(s) == (rows, fields)
    finally:
        other.close()


def test_insert_with_returning_is_captured_too(store):
    with store.session() as s:
        ids = s.scalars(insert(Person).returning(Person.id),
                        [{"first_name": f"R{i}", "last_name": "Bianchi"} for i in range(3)]).all()
    with store.read() as s:
        assert sorted(r.row_id for r in log_rows(s)) == sorted(ids)


def test_bulk_update_and_delete_are_refused(store):
    with store.session() as s:
        s.add(Person(first_name="Anna", last_name="Verdi"))
    with pytest.raises(TessereError):
        with store.session() as s:
            s.execute(update(Person).values(last_name="X"))
    with pytest.raises(TessereError):
        with store.session() as s:
            s.execute(delete(Person))
    with pytest.raises(TessereError):  # written on the Table, the rows are the same
        with store.session() as s:
            s.execute(update(Person.__table__).values(last_name="X"))
    with store.read() as s:
        assert s.scalar(select(Person.last_name)) == "Verdi"


def test_orphan_removed_from_collection_is_captured(store):
    with store.session() as s:
        person = Person(first_name="Anna", last_name="Verdi")
        s.add(person)
        s.flush()
        patto = rules.new_patto(s, kind="ptri_bds", title="Progetto", beneficiaries=[person])
        patto.goals.append(Goal(axis="abitare", title="Casa"))
        patto.goals.append(Goal(axis="lavoro", title="Tirocinio"))
    with store.session() as s:
        patto = s.get(type(patto), patto.id)
        gone = patto.goals.pop(0)
        gone_id = gone.id
    with store.read() as s:
        assert s.scalar(select(ChangeLog.op).where(ChangeLog.row_id == gone_id)
                        .order_by(ChangeLog.seq.desc()).limit(1)) == "delete"


def test_operator_is_recorded(store):
    store.operator_id = "op-1"
    with store.session() as s:
        s.add(Person(first_name="Anna", last_name="Verdi"))
    with store.read() as s:
        assert s.scalar(select(ChangeLog.operator_id)) == "op-1"
