"""Team key, bundles on a folder, merge rules: concurrent edits, frozen rows, deletes."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.model import DiaryEntry, NetworkMember, Person
from desktop.core.cartella import diario
from desktop.sync import apply, crypto, engine
from desktop.sync.conflicts import list_conflicts, resolve_conflict
from desktop.sync.errors import BadCodeError, SyncError
from desktop.sync.status import pending_changes, status
from desktop.sync.team import META_TEAM_KEY, create_team, team_code, team_key

from .conftest import digest, sync_all


def test_recovery_code_round_trip_and_typos():
    key = crypto.new_team_key()
    code = crypto.recovery_code(key)
    assert crypto.key_from_code(code.lower().replace("-", " ")) == key
    wrong = ("A" if code[0] != "A" else "B") + code[1:]
    with pytest.raises(BadCodeError, match="errore di battitura"):
        crypto.key_from_code(wrong)
    with pytest.raises(BadCodeError, match="caratteri"):
        crypto.key_from_code(code[:-6])


def test_without_team_key_the_sync_says_so(tmp_path, folder, no_keyring):
    from desktop.core.store import Store

    with Store.open(tmp_path / "solo.db", passphrase="p", create=True) as store:
        report = engine.sync_once(store, folder)
    assert not report.ok and "squadra" in report.errors[0]


def test_key_lives_in_keyring_when_there_is_one(tmp_path, file_keyring):
    from desktop.core.store import Store

    with Store.open(tmp_path / "k.db", passphrase="p", create=True) as store:
        code = create_team(store)
        assert store.meta(META_TEAM_KEY) is None
        assert team_code(store) == code


def _person(store, **kw) -> str:
    with store.session() as s:
        p = Person(first_name=kw.get("first_name", "Mario"), last_name=kw.get("last_name", "Rossi"))
        s.add(p)
    return p.id


def test_changes_travel_and_pending_counts(team, folder):
    a, b = team.replica(), team.replica()
    pid = _person(a)
    assert pending_changes(a) == 1
    sync_all([a, b], folder)
    assert pending_changes(a) == 0
    with b.read() as s:
        assert s.get(Person, pid).last_name == "Rossi"
    assert digest(a) == digest(b)
    st = status(b)
    assert st.replicas == {a.replica_id: 1} and st.last_sync


def test_concurrent_edit_keeps_loser_as_conflict_and_each_choice_resolves(team, folder):
    a, b = team.replica(), team.replica()
    pid = _person(a)
    sync_all([a, b], folder)
    for choice, value in (("mio", None), ("loro", None), ("modifica", "Concordato")):
        with a.session() as s:
            s.get(Person, pid).notes = f"A {choice}"
        with b.session() as s:
            s.get(Person, pid).notes = f"B {choice}"
        sync_all([a, b], folder)
        assert digest(a) == digest(b)
        ca, cb = list_conflicts(a), list_conflicts(b)
        assert [c.id for c in ca] == [c.id for c in cb] and len(ca) == 1
        c = cb[0]
        assert {c.ours, c.theirs} == {f"A {choice}", f"B {choice}"} and c.field == "notes"
        resolve_conflict(b, c.id, choice, value)
        sync_all([a, b], folder)
        expected = {"mio": c.ours, "loro": c.theirs, "modifica": "Concordato"}[choice]
        for st in (a, b):
            with st.read() as s:
                assert s.get(Person, pid).notes == expected
            assert list_conflicts(st) == []
        assert digest(a) == digest(b)


def test_remote_change_to_a_closed_diary_entry_becomes_a_conflict(team, folder):
    a, b = team.replica(), team.replica()
    pid = _person(a)
    with a.session() as s:
        e = DiaryEntry(person_id=pid, entry_type="colloquio", occurred_at=dt.datetime(2026, 3, 2, 10),
                       text="Colloquio iniziale")
        s.add(e)
    sync_all([a, b], folder)
    with a.session() as s:
        diario.close_entry(s, e.id)
    with b.session() as s:
        s.get(DiaryEntry, e.id).text = "Colloquio iniziale, con la sorella"
    sync_all([a, b], folder)
    assert digest(a) == digest(b)
    for st in (a, b):
        with st.read() as s:
            entry = s.get(DiaryEntry, e.id)
            assert (entry.status, entry.text) == ("chiusa", "Colloquio iniziale")
        (c,) = list_conflicts(st)
        assert c.kind == "bloccato" and c.theirs == "Colloquio iniziale, con la sorella"
    with pytest.raises(SyncError, match="bloccato"):
        resolve_conflict(b, c.id, "loro")
    resolve_conflict(b, c.id, "mio")


def test_delete_against_edit_keeps_the_edit_and_flags_it(team, folder):
    a, b, c = team.replica(), team.replica(), team.replica()
    pid = _person(a)
    sync_all([a, b, c], folder)
    with a.session() as s:
        s.delete(s.get(Person, pid))
    with b.session() as s:
        s.get(Person, pid).phone = "333 1234567"
    with c.session() as s:  # a new row under the person being deleted
        s.add(NetworkMember(person_id=pid, name="Anna Rossi", relation="sorella"))
    sync_all([a, b, c], folder)
    assert digest(a) == digest(b) == digest(c)
    for st in (a, b, c):
        with st.read() as s:
            assert s.get(Person, pid).phone == "333 1234567"
        kinds = {x.kind for x in list_conflicts(st)}
        assert kinds == {"eliminazione"}
    # Tengo il loro: the row goes, once its network has gone too.
    with c.session() as s:
        for m in s.get(Person, pid).network:
            s.delete(m)
    conflict = list_conflicts(c)[0]
    resolve_conflict(c, conflict.id, "loro")
    sync_all([a, b, c], folder)
    assert digest(a) == digest(b) == digest(c)
    for st in (a, b, c):
        with st.read() as s:
            assert s.get(Person, pid) is None


def test_redelivery_is_a_no_op_and_a_gap_waits(team, folder):
    a, b = team.replica(), team.replica()
    for i in range(3):
        _person(a, last_name=f"Rossi{i}")
        engine.sync_once(a, folder)
    bundle_dir = folder.root / a.replica_id
    first = bundle_dir / "00000001"
    hidden = first.read_bytes()
    first.unlink()
    report = engine.sync_once(b, folder)
    assert report.applied == 0 and report.ok  # bundles 2 and 3 wait for 1
    first.write_bytes(hidden)
    assert engine.sync_once(b, folder).bundles_applied == 3
    assert digest(a) == digest(b)
    before = digest(b)
    assert engine.sync_once(b, folder).applied == 0
    # the same bundle handed to apply again does nothing
    header, payload = crypto.open_sealed(team_key(b), first.read_bytes(), "x")
    ops = engine.check_bundle(header, payload, a.replica_id, 1, "x")
    assert apply.apply_bundle(b, header, ops) == (0, 0)
    assert digest(b) == before
