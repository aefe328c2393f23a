"""New laptops start from the team's snapshot: same digest as the source, later
bundles still merge and find conflicts like on a laptop that replayed everything;
a damaged, newer or clock-skewed snapshot is refused with a clear message and the
bundles bring everything instead."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.core.model import ChangeLog, DiaryEntry, Person
from desktop.core.cartella import diario
from desktop.sync import crypto, engine, snapshot
from desktop.sync.conflicts import list_conflicts, resolve_conflict
from desktop.sync.meta import our_schema
from desktop.sync.report import SyncReport
from desktop.sync.status import status
from desktop.sync.targets import FolderTarget
from desktop.sync.team import team_key

from .conftest import digest, sync_all


class WithoutSnapshots(FolderTarget):
    """The same root seen by a laptop that cannot use snapshots: the old replay path."""

    def list(self, directory: str = ""):
        return [n for n in super().list(directory) if not n.startswith("snapshot-")]


def _person(store, last_name: str, **values) -> str:
    with store.session() as s:
        p = Person(first_name="Anna", last_name=last_name, **values)
        s.add(p)
    return p.id


def _edit(store, person_id: str, **values) -> None:
    with store.session() as s:
        person = s.get(Person, person_id)
        for key, value in values.items():
            setattr(person, key, value)


def _log_size(store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(ChangeLog))


def _history(a, b, folder) -> dict[str, str]:
    """A history with what compaction must keep right: fields rewritten many times
    by several replicas, an open conflict, a delete, a closed diary entry."""
    ids = {name: _person(a, name) for name in ("Bianchi", "Verdi", "Neri")}
    sync_all([a, b], folder)
    for i in range(2):
        _edit(a, ids["Bianchi"], phone=f"333 000 000{i}", notes=f"nota A{i}")
        _edit(a, ids["Bianchi"], notes=f"nota A{i} corretta")
        _edit(b, ids["Verdi"], notes=f"nota B{i}")
        sync_all([a, b], folder)
    _edit(a, ids["Bianchi"], notes="versione di A")  # concurrent: one of them stays a conflict
    _edit(b, ids["Bianchi"], notes="versione di B")
    with a.session() as s:
        s.delete(s.get(Person, ids["Neri"]))
        entry = DiaryEntry(person_id=ids["Verdi"], entry_type="colloquio",
                           occurred_at=dt.datetime(2026, 3, 2, 10), text="Primo colloquio")
        s.add(entry)
    with a.session() as s:
        diario.close_entry(s, entry.id)
    sync_all([a, b], folder)
    assert len(list_conflicts(a)) == 1
    return ids


def test_joiner_from_snapshot_matches_source_and_later_bundles_merge(team, folder):
    a, b = team.replica(), team.replica()
    ids = _history(a, b, folder)
    report = engine.sync_once(a, folder, snapshot=True)
    assert report.snapshot_published == f"{a.replica_id}/snapshot-00000001", report.summary()

    c, d = team.replica("nuovo"), team.replica("vecchio-metodo")
    joined = engine.sync_once(c, folder)
    assert joined.ok and joined.snapshot_loaded == report.snapshot_published
    assert joined.bundles_applied == 0  # everything came from the snapshot
    assert engine.sync_once(d, WithoutSnapshots(folder.root)).snapshot_loaded is None
    assert digest(c) == digest(a) == digest(b) == digest(d)
    assert _log_size(c) < _log_size(d)  # compacted: rewritten fields travel once
    assert {x.id for x in list_conflicts(c)} == {x.id for x in list_conflicts(a)}
    assert status(c).replicas == status(d).replicas

    # After the snapshot: a change published later arrives as a bundle, and a
    # concurrent edit between the new laptop and an old one is a conflict everywhere.
    _edit(a, ids["Verdi"], phone="06 1234567")
    _edit(b, ids["Bianchi"], phone="347 111 2222")
    _edit(c, ids["Bianchi"], phone="348 999 8888")
    everyone = [a, b, c, d]
    stores_and_targets = [(s, folder) for s in (a, b, c)] + [(d, WithoutSnapshots(folder.root))]
    for _ in range(2):
        for store, target in stores_and_targets:
            assert engine.sync_once(store, target, snapshot=False).ok
    assert len({digest(s) for s in everyone}) == 1
    with c.read() as s:
        assert s.get(Person, ids["Verdi"]).phone == "06 1234567"
    conflicts = [{(x.id, x.field) for x in list_conflicts(s)} for s in everyone]
    assert all(found == conflicts[0] for found in conflicts)
    phone = next(x for x in list_conflicts(c) if x.field == "phone")
    assert {phone.ours, phone.theirs} == {"347 111 2222", "348 999 8888"}

    resolve_conflict(c, phone.id, "loro")
    for _ in range(2):
        for store, target in stores_and_targets:
            assert engine.sync_once(store, target, snapshot=False).ok
    assert len({digest(s) for s in everyone}) == 1
    for store in everyone:
        assert phone.id not in {x.id for x in list_conflicts(store)}
        with store.read() as s:
            assert s.get(Person, ids["Bianchi"]).phone == phone.theirs


def test_own_records_made_before_joining_stay_and_travel(team, folder):
    a = team.replica()
    _person(a, "Bianchi")
    assert engine.sync_once(a, folder, snapshot=True).snapshot_published
    c = team.replica("nuovo")
    mine = _person(c, "Fatto prima di unirsi")
    assert engine.sync_once(c, folder).snapshot_loaded
    sync_all([a, c], folder)
    assert digest(a) == digest(c)
    with a.read() as s:
        assert s.get(Person, mine).last_name == "Fatto prima di unirsi"


def test_a_snapshot_holding_our_own_changes_is_not_for_us(team, folder):
    a, b = team.replica(), team.replica()
    _person(a, "Bianchi")
    assert engine.sync_once(a, folder).ok
    assert engine.sync_once(b, folder).ok
    _person(b, "Verdi")
    assert engine.sync_once(b, folder, snapshot=True).snapshot_published
    report = engine.sync_once(a, folder)  # a never applied a bundle, but b's snapshot has a's work
    assert report.ok and report.snapshot_loaded is None and report.bundles_applied == 1
    assert digest(a) == digest(b)


@pytest.fixture
def snapshotted(team, folder):
    a = team.replica()
    person = _person(a, "Bianchi")
    for i in range(2):  # two snapshots, so a part can be swapped between them
        _edit(a, person, notes=f"nota {i}")
        _person(a, f"Rossi {i}")
        assert engine.sync_once(a, folder, snapshot=True).snapshot_published
    return a, team.replica("nuovo"), folder.root / a.replica_id


def _damage_bitflip(d):
    part = d / "snapshot-00000002-0001"
    data = bytearray(part.read_bytes())
    data[-30] ^= 0x10
    part.write_bytes(bytes(data))


def _damage_truncate(d):
    manifest = d / "snapshot-00000002"
    manifest.write_bytes(manifest.read_bytes()[:-9])


def _damage_swap(d):
    (d / "snapshot-00000002-0001").write_bytes((d / "snapshot-00000001-0001").read_bytes())


def _damage_missing(d):
    (d / "snapshot-00000002-0001").unlink()


@pytest.mark.parametrize("damage, message", [
    (_damage_bitflip, "alterat"),
    (_damage_truncate, "alterat"),
    (_damage_swap, "non appartiene alla sua istantanea"),
    (_damage_missing, "Non riesco a leggere"),
])
def test_damaged_snapshot_is_refused_and_the_bundles_take_over(snapshotted, folder, damage, message):
    a, c, d = snapshotted
    damage(d)
    report = engine.sync_once(c, folder)
    assert report.ok, report.errors
    assert report.snapshot_loaded is None and report.bundles_applied > 0
    assert any(message in w and "una per una" in w for w in report.warnings), report.warnings
    assert digest(c) == digest(a)


def _forged_manifest(a, folder, **changes):
    """Snapshot 2's manifest re-sealed with the team key and a changed header."""
    name = f"{a.replica_id}/snapshot-00000002"
    header, payload = crypto.open_sealed(team_key(a), folder.read(name), name)
    header.update(changes)
    header.pop("format"), header.pop("key")
    folder.write_atomic(name, crypto.seal(team_key(a), header, payload))


def test_snapshot_from_a_newer_tessere_is_held(snapshotted, folder):
    a, c, _d = snapshotted
    _forged_manifest(a, folder, schema=our_schema() + 1)
    report = engine.sync_once(c, folder)
    assert report.snapshot_loaded is None and any("più recente" in h for h in report.held)
    assert digest(c) == digest(a)


def test_snapshot_from_a_clock_far_ahead_is_not_used(snapshotted, folder):
    a, c, _d = snapshotted
    ahead = f"{(dt.datetime.now().timestamp() + 365 * 86400) * 1000:013.0f}-0000-{a.replica_id}"
    _forged_manifest(a, folder, max_hlc=ahead)
    report = engine.sync_once(c, folder)
    assert report.snapshot_loaded is None and any("orologio avanti" in h for h in report.held)
    assert digest(c) == digest(a)


def test_snapshots_are_published_on_their_own_and_old_ones_removed(team, folder, monkeypatch):
    monkeypatch.setattr(snapshot, "EVERY_CHANGES", 3)
    a = team.replica()
    for name in ("Bianchi", "Verdi"):
        _person(a, name)
    assert engine.sync_once(a, folder).snapshot_published is None  # 2 changes: not yet
    _person(a, "Neri")
    assert engine.sync_once(a, folder).snapshot_published  # 3 since the last one
    assert engine.sync_once(a, folder).snapshot_published is None  # nothing new
    for name in ("Gialli", "Rosa", "Viola", "Blu", "Grigi", "Bruni"):
        _person(a, name)
        engine.sync_once(a, folder, snapshot=True)
    names = folder.list(a.replica_id)
    manifests = sorted(n for n in names if snapshot._MANIFEST.match(n))
    assert manifests == ["snapshot-00000006", "snapshot-00000007"]
    assert all(n.startswith(("snapshot-00000006", "snapshot-00000007")) or n.isdigit() for n in names)


def test_no_snapshot_while_changes_wait_to_be_published(team, folder):
    a = team.replica()
    _person(a, "Bianchi")
    assert engine.sync_once(a, folder).ok
    _person(a, "Verdi")  # made after the publish: the snapshot would hide it from the vector
    report = SyncReport()
    assert not snapshot.publish_snapshot(a, folder, team_key(a), report)
    assert "rimandata" in report.warnings[0]
    assert not any(n.startswith("snapshot-") for n in folder.list(a.replica_id))


@pytest.mark.parametrize("seed", [3, 11])
def test_random_histories_merge_the_same_after_a_snapshot(team, folder, seed):
    """Random edits, deletes and partial syncs by three replicas; a snapshot at a
    random moment; then one laptop joins from it and one by replaying, and the
    team goes on editing. Everyone ends with the same rows and the same conflicts."""
    import random

    rng = random.Random(seed)
    old = [team.replica(), team.replica(), team.replica()]
    ids = [_person(old[0], f"Persona{i}") for i in range(4)]
    sync_all(old, folder)
    fields = ("notes", "phone", "email", "first_name")

    def random_work(stores, steps):
        for _ in range(steps):
            store = rng.choice(stores)
            pid = rng.choice(ids)
            with store.session() as s:
                person = s.get(Person, pid)
                if person is None:
                    continue
                if rng.random() < 0.05:
                    s.delete(person)
                else:
                    for field in rng.sample(fields, rng.randint(1, 2)):
                        setattr(person, field, f"{field}-{rng.randint(0, 99)}")
            if rng.random() < 0.4:
                assert engine.sync_once(rng.choice(stores), folder, snapshot=False).ok

    random_work(old, 40)
    source = rng.choice(old)
    assert engine.sync_once(source, folder, snapshot=True).snapshot_published
    random_work(old, 10)  # bundles the snapshot does not hold
    fresh, replayed = team.replica("da-istantanea"), team.replica("da-pacchetti")
    assert engine.sync_once(fresh, folder).snapshot_loaded
    assert engine.sync_once(replayed, WithoutSnapshots(folder.root)).snapshot_loaded is None
    everyone = old + [fresh, replayed]
    random_work(everyone, 30)
    for _ in range(3):
        for store in everyone:
            assert engine.sync_once(store, folder, snapshot=False).ok
    assert len({digest(s) for s in everyone}) == 1
    conflicts = [sorted(x.id for x in list_conflicts(s)) for s in everyone]
    assert all(found == conflicts[0] for found in conflicts)


def test_a_fast_join_finds_what_a_full_replay_finds_before_and_after_indexing(team, folder):
    """Joining from the snapshot leaves the diary's entries queued for the index
    (``core.diary_index``): searches answer as on a laptop that replayed every
    bundle, while the entries are scanned and once they are indexed."""
    from sqlalchemy import insert

    from desktop.core import diary_index
    from desktop.core.ids import new_id
    from desktop.core.search import search_diary, search_people

    a = team.replica()
    people = [_person(a, name) for name in ("Bianchi", "Bianco", "Ștefănescu", "Rossi")]
    words = ["sfratto", "tirocinio", "cooperativa", "udienza", "caffè", "équipe", "città"]
    with a.session() as s:
        s.execute(insert(DiaryEntry), [
            {"id": new_id(), "person_id": people[i % 4], "entry_type": "colloquio",
             "occurred_at": dt.datetime(2026, 1, 1, 9) + dt.timedelta(hours=i),
             "text": f"Nota {i}: {words[i % 7]} e {words[(i * 3) % 7]}, voce {i}."}
            for i in range(diary_index.FEW * 2)])
    assert engine.sync_once(a, folder, snapshot=True).snapshot_published
    fast, replayed = team.replica("nuovo"), team.replica("vecchio-metodo")
    assert engine.sync_once(fast, folder).snapshot_loaded
    assert engine.sync_once(replayed, WithoutSnapshots(folder.root)).snapshot_loaded is None

    def answers(store):
        with store.read() as s:
            return ([sorted(search_diary(s, q, limit=1000)) for q in ("sfrat", "caffe", "citta udien",
                                                                       "equipe", "voce 17", "niente")],
                     [sorted(h.id for h in search_people(s, q)) for q in ("bianc", "stefan", "ross")])

    with fast.read() as s:
        assert diary_index.pending_count(s.connection()) == diary_index.FEW * 2  # left for later
    diary_index.index_pending(a)  # the source answers from its index alone
    expected = answers(a)
    assert expected[0][0] and expected[1][1]  # the searches do find something
    assert answers(fast) == answers(replayed) == expected
    assert digest(fast) == digest(replayed) == digest(a)
    assert diary_index.index_pending(fast) == diary_index.FEW * 2
    assert answers(fast) == expected and digest(fast) == digest(a)
