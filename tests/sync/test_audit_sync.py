"""The audit log travels like any record: two replicas' chains merge without
conflicts, each stays whole, and ``verify`` passes on both after the sync."""
from __future__ import annotations

from sqlalchemy import func, select

from desktop.core import audit
from desktop.core.anagrafica import person_header
from desktop.core.model import AuditEvent, Person, SyncConflict

from .conftest import digest, sync_all


def audit_rows(store) -> dict[str, tuple]:
    with store.read() as s:
        return {r.id: (r.replica_id, r.seq, r.hash) for r in s.scalars(select(AuditEvent))}


def test_two_replicas_chains_merge_and_verify(team, folder):
    a, b = team.replica(), team.replica()
    with a.session() as s:
        s.add(person := Person(first_name="Ada", last_name="Neri"))
    sync_all([a, b], folder)
    for store in (a, b, a):  # reads on both sides while apart
        with store.read() as s:
            person_header(s, person.id)
    with b.session() as s:
        s.get(Person, person.id).phone = "0521 111111"
    sync_all([a, b], folder)

    rows_a, rows_b = audit_rows(a), audit_rows(b)
    assert rows_a == rows_b
    chains = {}
    for replica, seq, _hash in rows_a.values():
        chains.setdefault(replica, []).append(seq)
    assert {k: sorted(v) for k, v in chains.items()} == {
        a.replica_id: [1, 2, 3], b.replica_id: [1, 2]}
    for store in (a, b):
        with store.read() as s:
            report = audit.verify(s)
            assert report.ok, report.explain()
            assert report.chains == {a.replica_id: 3, b.replica_id: 2}
            assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0
    assert digest(a) == digest(b)


def test_a_row_altered_on_one_replica_is_caught_there_and_not_spread(team, folder):
    a, b = team.replica(), team.replica()
    with a.session() as s:
        s.add(person := Person(first_name="Ada", last_name="Neri"))
    with a.read() as s:
        person_header(s, person.id)
    with a.engine.begin() as conn:  # an intruder on a, past the guard
        conn.exec_driver_sql("DROP TRIGGER audit_event_frozen_update")
        conn.exec_driver_sql("UPDATE audit_event SET operator_id = 'altro' WHERE seq = 2")
    sync_all([a, b], folder)
    with a.read() as s:
        assert "la riga 2 è stata alterata" in audit.verify(s).explain()
    with b.read() as s:  # b received the row as it was written, from the change log
        assert audit.verify(s).ok
