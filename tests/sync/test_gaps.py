"""Nothing stuck: a hole in a laptop's bundles is named wherever the sync state is
shown and healed by the owner; a root that looks emptied, unmounted or swapped is
never written into until the user confirms; junk in the root never halts the rest."""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
import sys

import pytest

from desktop.__main__ import main
from desktop.core.model import Person
from desktop.sync import engine, gaps
from desktop.sync.meta import our_schema
from desktop.sync.root import MARK
from desktop.sync.status import pending_changes, status
from desktop.sync.targets import FolderTarget
from desktop.sync.team import team_key

from .conftest import PASSPHRASE, digest, sync_all


def _add(store, name):
    with store.session() as s:
        s.add(Person(first_name="Giulia", last_name=name))


def _three_bundles(store, target):
    for name in ("Ferri", "Conti", "Galli"):
        _add(store, name)
        assert engine.sync_once(store, target).ok
    assert sorted(os.listdir(target.root / store.replica_id)) == ["00000001", "00000002", "00000003"]


def _cli(store, *args, capsys):
    code = main(["sync", *args, "--db", str(store.path)])
    return code, " ".join(capsys.readouterr().out.split())


@pytest.fixture
def cli_env(monkeypatch):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)


@pytest.mark.parametrize("damage", ["deleted", "renamed"])
def test_a_missing_bundle_is_named_then_healed_by_its_owner(team, folder, damage, capsys, cli_env):
    a, b = team.replica(), team.replica()
    _three_bundles(a, folder)
    lost = folder.root / a.replica_id / "00000002"
    if damage == "deleted":
        lost.unlink()
    else:
        lost.rename(lost.with_name("00000002-copia"))

    report = engine.sync_once(b, folder)
    assert report.bundles_applied == 1 and report.gaps == [gaps.Gap(a.replica_id, 2, 2)]
    said = " ".join(report.held)
    assert a.replica_id in said and "il pacchetto 2" in said
    assert status(b).gaps == report.gaps
    code, out = _cli(b, "status", capsys=capsys)
    assert code == 3 and a.replica_id in out and "il pacchetto 2" in out
    code, out = _cli(b, "--folder", str(folder.root), capsys=capsys)
    assert code == 3 and "il pacchetto 2" in out

    report = engine.sync_once(a, folder)  # the owner's next sync heals the hole
    assert report.republished == [2] and report.ok
    assert (folder.root / a.replica_id / "00000002").exists()
    report = engine.sync_once(b, folder)
    assert report.bundles_applied == 2 and report.gaps == []
    assert digest(a) == digest(b) and status(b).gaps == []
    assert _cli(b, "status", capsys=capsys)[0] == 0


def test_bundles_published_before_ranges_were_kept_are_rebuilt_from_their_neighbours(team, folder):
    a, b = team.replica(), team.replica()
    _three_bundles(a, folder)
    _add(a, "Bruni")
    assert engine.sync_once(a, folder).ok
    with a.session(capture=False) as s:  # as a database from before this version
        s.execute(gaps.sa.text("DELETE FROM replica_meta WHERE key LIKE 'sync_range:%'"))
    for number in ("00000002", "00000003"):
        (folder.root / a.replica_id / number).unlink()
    assert engine.sync_once(b, folder).gaps == [gaps.Gap(a.replica_id, 2, 3)]
    assert engine.sync_once(a, folder).republished == [2, 3]
    report = engine.sync_once(b, folder)
    assert report.gaps == [] and digest(a) == digest(b)


def test_an_emptied_root_is_not_written_until_the_user_confirms(team, folder, capsys, cli_env):
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    _add(b, "Conti")
    sync_all([a, b], folder)
    for entry in folder.root.iterdir():  # emptied, or an unmounted share's mount point
        shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    _add(a, "Galli")

    report = engine.sync_once(a, folder)
    assert not report.ok and report.root_unconfirmed and "è vuota" in report.errors[0]
    assert list(folder.root.iterdir()) == []  # nothing written
    assert pending_changes(a) == 1  # nothing lost
    code, out = _cli(a, "--folder", str(folder.root), capsys=capsys)
    assert code == 1 and "--confirm-root" in out and list(folder.root.iterdir()) == []

    code, out = _cli(a, "--folder", str(folder.root), "--confirm-root", capsys=capsys)
    assert code == 0, out
    assert (folder.root / MARK).exists()
    assert sorted(os.listdir(folder.root / a.replica_id)) == ["00000001", "00000002"]
    # b sees a's folder again: it is the team's root, and b fills in its own bundles.
    report = engine.sync_once(b, folder)
    assert report.ok and report.republished == [1]
    newcomer = team.replica()
    sync_all([a, b, newcomer], folder)
    assert digest(a) == digest(b) == digest(newcomer)
    report = engine.sync_once(a, folder)
    assert report.ok and not report.root_unconfirmed  # the confirmation was used once


def test_another_teams_folder_without_a_mark_is_not_written(team, folder, tmp_path):
    a = team.replica()
    _add(a, "Ferri")
    assert engine.sync_once(a, folder).ok
    other = tmp_path / "altra"
    (other / "0123456789abcdef").mkdir(parents=True)
    (other / "0123456789abcdef" / "00000001").write_bytes(b"TSB1 di un'altra squadra")
    _add(a, "Conti")
    report = engine.sync_once(a, FolderTarget(other))
    assert report.root_unconfirmed
    assert sorted(p.name for p in other.rglob("*")) == ["00000001", "0123456789abcdef"]


def test_a_missing_root_folder_is_offline_not_an_error(team, tmp_path, capsys, cli_env):
    a = team.replica()
    _add(a, "Ferri")
    report = engine.sync_once(a, FolderTarget(tmp_path / "non-montata"))
    assert report.retry_later and "non è raggiungibile" in report.errors[0]
    assert _cli(a, "--folder", str(tmp_path / "non-montata"), capsys=capsys)[0] == 3
    assert not (tmp_path / "non-montata").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symlinks of POSIX")
def test_junk_in_the_root_is_named_and_skipped(team, folder, tmp_path):
    a, b, c = team.replica(), team.replica(), team.replica()
    _add(a, "Ferri")
    _add(b, "Conti")
    sync_all([a, b], folder)
    # Junk where b's next bundle and c's own next bundle should be, and around them.
    b_dir, c_dir = folder.root / b.replica_id, folder.root / c.replica_id
    os.mkfifo(b_dir / "00000002")              # a pipe: reading it would wait for ever
    (b_dir / "00000003").mkdir()               # a folder with a bundle's name
    c_dir.mkdir()
    (c_dir / "00000001").write_bytes(b"")      # zero-length, in c's own folder
    secret = tmp_path / "fuori.txt"
    secret.write_text("fuori dalla cartella")
    (folder.root / "fedcba9876543210").mkdir()
    os.symlink(secret, folder.root / "fedcba9876543210" / "00000001")  # a link out of the root
    (folder.root / "0000000000000000").write_text("un file col nome di un computer")
    (folder.root / "LEGGIMI.txt").write_text("nomi qualsiasi")
    with open(folder.root / a.replica_id / "00000002", "wb") as fh:  # huge (sparse) file
        fh.truncate(600 * 1024 * 1024)
    _add(c, "Galli")

    report = engine.sync_once(c, folder)
    said = " ".join(report.errors + report.warnings)
    assert report.applied == 2  # a's and b's good bundles arrive
    assert "00000002» non è un file" in said and "più grande di" in said
    assert f"{c.replica_id}/00000001" in said  # c's own junk is named, and c publishes all the same
    assert report.published == 1 and pending_changes(c) == 0
    with c.read() as s:
        assert s.query(Person).filter_by(last_name="Ferri").count() == 1


# ------------------------------------------------------------ one identity, one file
def _names(store) -> set[str]:
    with store.read() as s:
        return {p.last_name for p in s.query(Person)}


def _open_copy(source, path):
    """The database file copied to ``path`` (a closed database has no WAL left)."""
    from desktop.core.store import Store

    if Path(source) != Path(path):
        shutil.copy(source, path)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    return Store.open(path, passphrase=PASSPHRASE)


def test_a_database_restored_from_a_backup_takes_over_what_it_had_published(team, folder, tmp_path):
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    sync_all([a, b], folder)
    path, old_id = a.path, a.replica_id
    a.close()
    backup = tmp_path / "copia-di-sicurezza.db"
    shutil.copy(path, backup)
    a = _open_copy(path, path)
    _add(a, "Conti")                      # published after the backup was taken...
    sync_all([a, b], folder)
    a.close()
    a = _open_copy(backup, path)  # ...then the laptop is restored from it
    team.stores.append(a)
    _add(a, "Galli")                      # new work on the restored laptop
    _add(b, "Bruni")

    report = engine.sync_once(a, folder)
    assert report.ok, report.errors
    assert a.replica_id != old_id and any("ripristino" in w for w in report.warnings)
    sync_all([a, b], folder)
    assert _names(a) == _names(b) == {"Ferri", "Conti", "Galli", "Bruni"}
    assert digest(a) == digest(b)
    assert pending_changes(a) == 0


class Racing(FolderTarget):
    """The shared folder as another process meets it: ``meanwhile`` runs once, just
    before the first write of a name ending in ``ending``."""

    def __init__(self, root, ending, meanwhile):
        super().__init__(root)
        self.ending, self.meanwhile = ending, meanwhile

    def write_atomic(self, path, data, *, exclusive=False):
        if self.meanwhile is not None and path.endswith(self.ending):
            meanwhile, self.meanwhile = self.meanwhile, None
            meanwhile()
        super().write_atomic(path, data, exclusive=exclusive)


def _original_and_clone(team, folder, tmp_path):
    """A laptop in sync with a colleague, and a copy of its database file."""
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    sync_all([a, b], folder)
    a.close()
    clone = _open_copy(a.path, tmp_path / "clone.db")
    a = _open_copy(a.path, a.path)
    team.stores += [a, clone]
    return a, b, clone


def test_a_cloned_laptop_gets_its_own_identity_and_nothing_is_overwritten(team, folder, tmp_path):
    a, b, clone = _original_and_clone(team, folder, tmp_path)
    assert clone.replica_id == a.replica_id
    _add(a, "Conti")
    _add(clone, "Galli")

    def original_publishes():  # its next bundle, just as the clone writes its own
        assert engine.sync_once(a, folder).ok

    report = engine.sync_once(clone, Racing(folder.root, "/00000002", original_publishes))
    assert report.ok, report.errors
    assert clone.replica_id != a.replica_id
    sync_all([a, b, clone], folder)
    assert _names(a) == _names(b) == _names(clone) == {"Ferri", "Conti", "Galli"}
    assert digest(a) == digest(b) == digest(clone)


def test_two_processes_publishing_one_database_lose_nothing(team, folder):
    from desktop.core.store import Store

    a, b = team.replica(), team.replica()
    second = Store.open(a.path, passphrase=PASSPHRASE)  # as a second process would
    team.stores.append(second)
    _add(a, "Ferri")

    def second_publishes():
        _add(second, "Conti")
        assert engine.sync_once(second, folder).ok

    report = engine.sync_once(a, Racing(folder.root, "/00000001", second_publishes))
    assert report.ok, report.errors
    assert pending_changes(a) == 0 and second.replica_id == a.replica_id
    sync_all([a, b], folder)
    assert _names(b) == {"Ferri", "Conti"} and digest(a) == digest(b)


def test_a_bundle_replaced_by_an_older_copy_is_written_again_by_its_owner(team, folder):
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    assert engine.sync_once(a, folder).ok
    _add(a, "Conti")
    _add(a, "Bruni")
    assert engine.sync_once(a, folder).ok
    _add(a, "Galli")
    assert engine.sync_once(a, folder).ok
    own = folder.root / a.replica_id
    shutil.copy(own / "00000001", own / "00000002")  # an older copy over a newer bundle

    report = engine.sync_once(b, folder)
    assert report.bundles_applied == 1 and any("non gli appartiene" in e for e in report.errors)
    assert engine.sync_once(a, folder).republished == [2]
    report = engine.sync_once(b, folder)
    assert report.ok and report.bundles_applied == 2
    assert _names(b) == {"Ferri", "Conti", "Bruni", "Galli"} and digest(a) == digest(b)


# ------------------------------------------------------------ found by a review
def test_folders_under_a_bundles_name_or_the_marks_name_never_stop_a_sync(team, folder):
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    _add(b, "Conti")
    sync_all([a, b], folder)
    c = team.replica()
    (folder.root / b.replica_id / "00000002").mkdir()
    (folder.root / MARK).unlink()
    (folder.root / MARK).mkdir()
    report = engine.sync_once(c, folder)
    said = " ".join(report.errors + report.warnings)
    assert report.applied == 2 and "non è un file" in said
    assert f"«{MARK}» non è un file" in said


def test_a_folder_in_place_of_an_own_bundle_is_set_aside_and_the_bundle_rewritten(team, folder):
    a, b = team.replica(), team.replica()
    _three_bundles(a, folder)
    own = folder.root / a.replica_id
    (own / "00000002").unlink()
    (own / "00000002").mkdir()
    report = engine.sync_once(a, folder)
    assert report.republished == [2] and (own / "00000002").is_file()
    assert any(p.name.startswith(".tmp-estraneo-00000002") for p in own.iterdir())
    sync_all([a, b], folder)
    assert digest(a) == digest(b)


def test_a_window_left_open_during_an_identity_switch_loses_nothing(team, folder, tmp_path):
    from desktop.core.store import Store

    a, b, clone = _original_and_clone(team, folder, tmp_path)
    window = Store.open(clone.path, passphrase=PASSPHRASE)  # the open window
    team.stores.append(window)
    _add(a, "Conti")
    assert engine.sync_once(a, folder).ok
    _add(clone, "Galli")
    assert engine.sync_once(clone, folder).ok  # the clone's sync switches identity
    _add(window, "Bruni")  # typed in the window, which had not heard of the switch
    sync_all([clone, a, b], folder)
    assert _names(b) == {"Ferri", "Conti", "Galli", "Bruni"}
    assert digest(a) == digest(b) == digest(clone)


def test_a_confirmation_counts_for_one_sync_only(team, folder, capsys, cli_env):
    a = team.replica()
    _add(a, "Ferri")
    assert engine.sync_once(a, folder).ok
    code, _ = _cli(a, "--folder", str(folder.root), "--confirm-root", capsys=capsys)
    assert code == 0  # not needed: the mark was there
    for entry in folder.root.iterdir():
        shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    report = engine.sync_once(a, folder)
    assert report.root_unconfirmed and list(folder.root.iterdir()) == []


@pytest.mark.parametrize("fields", [
    {"no_such_column": "x", "first_name": "Anna"},   # a column no Tessere has
    {"first_name": {"nested": ["impossible"]}},      # a value of no type a column takes
    {"birth_date": "not a date"},                    # a date that is not one
])
def test_a_buggy_peers_impossible_bundle_is_refused_alone(team, folder, fields):
    from desktop.sync import crypto

    a, b, buggy = team.replica(), team.replica(), team.replica()
    _add(a, "Ferri")
    assert engine.sync_once(a, folder).ok
    key = team_key(buggy)
    hlc = buggy.clock.now()
    op = [hlc, "person", "0190f000-0000-7000-8000-000000000001", "insert", fields, None, {}]
    header = {"replica": buggy.replica_id, "bundle": 1, "first_seq": 1, "last_seq": 1, "count": 1,
              "max_hlc": hlc, "schema": our_schema(), "deps": {}, "kind": "changes"}
    folder.write_atomic(f"{buggy.replica_id}/00000001", crypto.seal(key, header, [op]))
    report = engine.sync_once(b, folder)
    assert report.applied == 1  # a's good bundle arrives
    assert any("dati impossibili" in e and buggy.replica_id in e for e in report.errors), report.errors
    assert _names(b) == {"Ferri"}


def test_the_cli_sync_indexes_the_diary_entries_it_brought(team, folder, capsys, cli_env):
    from sqlalchemy import insert

    from desktop.core import diary_index
    from desktop.core.ids import new_id
    from desktop.core.model import DiaryEntry, Person

    a, b = team.replica(), team.replica()
    with a.session() as s:
        person = Person(first_name="Anna", last_name="Ferri")
        s.add(person)
        s.flush()
        s.execute(insert(DiaryEntry), [
            {"id": new_id(), "person_id": person.id, "entry_type": "colloquio",
             "occurred_at": dt.datetime(2026, 2, 1, 9) + dt.timedelta(hours=i),
             "text": f"Colloquio numero {i}."} for i in range(diary_index.FEW + 50)])
    assert engine.sync_once(a, folder).ok
    code, out = _cli(b, "--folder", str(folder.root), capsys=capsys)
    assert code == 0 and f"Indice di ricerca del diario aggiornato: {diary_index.FEW + 50} voci." in out
    with b.read() as s:
        assert diary_index.pending_count(s.connection()) == 0
