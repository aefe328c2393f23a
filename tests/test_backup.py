"""Encrypted backup and restore on real SQLCipher files: the round trip keeps the
content (same digest), and a wrong passphrase, a cut or altered file, a newer
schema, an existing database or a cancellation never leave anything written."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import struct
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.core import backup, inspect
from desktop.core.errors import SchemaTooNewError, ValidationError, WrongKeyError
from desktop.core.model import Person
from desktop.core.store import Store
from desktop.sync import engine
from desktop.sync.engine import start_as_copy
from tests.conftest import PASSPHRASE

SECRET = "una-passphrase-per-il-backup"
NEW = "passphrase-del-nuovo-database"


def digest(store) -> str:
    with store.read() as s:
        return inspect.digest(s)[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes: "nothing written" is compared with it."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def demo_backup(tmp_path_factory):
    """The "small" demo database, its digest and a backup of it (built once: ~7 s)."""
    from desktop import demo

    folder = tmp_path_factory.mktemp("demo")
    with Store.open(folder / "originale.db", passphrase=PASSPHRASE, create=True) as store:
        demo.build(store, size="small", seed=1, today=dt.date(2026, 11, 20))
        original = digest(store)
        replica = store.replica_id
        backup.create_backup(store, folder / "copia.tessere-backup", SECRET)
    return folder / "copia.tessere-backup", original, replica


@pytest.fixture
def copy_of(demo_backup, tmp_path):
    """A private copy of the demo backup, with the bytes to damage."""
    path = tmp_path / "backup" / "copia.tessere-backup"
    path.parent.mkdir()
    shutil.copy(demo_backup[0], path)
    return path


def _restore(path, target, **kw):
    return backup.restore_backup(path, SECRET, target, new_passphrase=NEW, **kw)


# ------------------------------------------------------------------ round trip
def test_round_trip_of_the_demo_keeps_the_content_under_a_new_key_and_identity(demo_backup, tmp_path):
    path, original, replica = demo_backup
    header = backup.read_header(path)
    assert header.counts["person"] == 200 and header.demo and header.replica_id == replica
    assert header.kdf["name"] == "argon2id" and int(header.schema) >= 4
    assert b"Rossi" not in path.read_bytes() and b"SQLite format 3" not in path.read_bytes()

    done = _restore(path, tmp_path / "nuovo.db", on_restored=start_as_copy)
    assert done.path == tmp_path / "nuovo.db" and done.set_aside is None
    assert {p.name for p in tmp_path.iterdir()} - {"dati-utente"} == {"nuovo.db", "nuovo.db.lock"}
    assert os.stat(done.path).st_mode & 0o777 == 0o600
    with pytest.raises(WrongKeyError):
        Store.open(done.path, passphrase=PASSPHRASE).close()  # the old key does not open it
    with Store.open(done.path, passphrase=NEW) as restored:
        assert digest(restored) == original
        assert restored.replica_id != replica and restored.is_demo


def test_without_a_new_passphrase_the_key_goes_to_the_keyring(demo_backup, tmp_path, file_keyring):
    done = backup.restore_backup(demo_backup[0], SECRET, tmp_path / "portatile.db")
    with Store.open(done.path) as restored:  # no passphrase: the keyring has its key
        assert digest(restored) == demo_backup[1]


def test_two_restores_of_one_backup_are_two_files_with_their_own_keys(demo_backup, tmp_path,
                                                                      file_keyring):
    first = backup.restore_backup(demo_backup[0], SECRET, tmp_path / "uno.db").path
    second = backup.restore_backup(demo_backup[0], SECRET, tmp_path / "due.db").path
    assert first.read_bytes()[:16] != second.read_bytes()[:16]  # each its own salt
    for path in (first, second):
        with Store.open(path) as restored:
            assert digest(restored) == demo_backup[1]


def test_a_backup_is_an_export_in_the_audit_log(store, tmp_path):
    from desktop.core.model import AuditEvent

    backup.create_backup(store, tmp_path / "b.tessere-backup", SECRET)
    with store.read() as s:
        rows = [(e.action, e.table_name, e.detail) for e in s.query(AuditEvent)]
    assert rows == [("export", "database", {"function": "create_backup"})]


def test_backup_of_a_database_at_work_is_its_state_at_one_moment(store, tmp_path):
    with store.session() as s:
        s.add(Person(first_name="Anna", last_name="Ferri"))
    seen = []

    def meanwhile(done, total, label):
        if label == "Copia del database" and not seen:  # another writer, mid-copy
            with store.session() as s:
                s.add(Person(first_name="Bruno", last_name="Conti"))
        seen.append(label)

    backup.create_backup(store, tmp_path / "b.tessere-backup", SECRET, progress=meanwhile)
    with Store.open(_restore(tmp_path / "b.tessere-backup", tmp_path / "r.db").path,
                    passphrase=NEW) as restored, restored.read() as s:
        assert [p.last_name for p in s.query(Person)] == ["Ferri"]
    assert backup.read_header(tmp_path / "b.tessere-backup").counts["person"] == 1


def test_the_backup_file_is_owner_only_whatever_the_umask(store, tmp_path):
    previous = os.umask(0)
    try:
        backup.create_backup(store, tmp_path / "b.tessere-backup", SECRET)
        done = _restore(tmp_path / "b.tessere-backup", tmp_path / "r.db")
    finally:
        os.umask(previous)
    assert os.stat(tmp_path / "b.tessere-backup").st_mode & 0o777 == 0o600
    assert os.stat(done.path).st_mode & 0o777 == 0o600


# ------------------------------------------------------------------ refusals
def test_a_wrong_passphrase_is_refused_and_nothing_is_written(copy_of, tmp_path):
    before = snapshot(tmp_path)
    with pytest.raises(backup.WrongBackupPassphraseError, match="passphrase del backup non è corretta"):
        backup.restore_backup(copy_of, "non-è-questa", tmp_path / "nuovo.db", new_passphrase=NEW)
    assert snapshot(tmp_path) == before and snapshot(copy_of.parent) == {copy_of.name: copy_of.read_bytes()}


def _chunks(data: bytes) -> tuple[int, list[tuple[int, int]]]:
    """Where the header ends, and each chunk's (start, end) in the file."""
    start = len(backup.MAGIC) + 4 + struct.unpack(">I", data[8:12])[0]
    spans, at = [], start
    while at < len(data):
        end = at + 4 + struct.unpack(">I", data[at:at + 4])[0]
        spans.append((at, end))
        at = end
    return start, spans


@pytest.mark.parametrize("cut", ["mid-chunk", "last-chunk-dropped", "header-only", "mid-header"])
def test_a_truncated_backup_is_refused_and_nothing_is_written(copy_of, tmp_path, cut):
    data = copy_of.read_bytes()
    header_end, spans = _chunks(data)
    assert len(spans) >= 3
    keep = {"mid-chunk": spans[1][0] + 1000, "last-chunk-dropped": spans[-1][0],
            "header-only": header_end, "mid-header": header_end - 10}[cut]
    copy_of.write_bytes(data[:keep])
    before = snapshot(tmp_path)
    with pytest.raises(backup.DamagedBackupError) as refused:
        _restore(copy_of, tmp_path / "nuovo.db")
    if cut != "mid-header":
        assert "troncato" in str(refused.value)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("damage", ["header", "first-chunk", "middle-chunk", "swap", "appended"])
def test_an_altered_backup_is_refused_and_nothing_is_written(copy_of, tmp_path, damage):
    data = bytearray(copy_of.read_bytes())
    header_end, spans = _chunks(bytes(data))
    if damage == "header":
        at = data.index(b'"created_at":"') + 16  # a digit of the year: still valid JSON
        data[at] = ord("9") if data[at] != ord("9") else ord("8")
    elif damage in ("first-chunk", "middle-chunk"):
        data[(spans[0] if damage == "first-chunk" else spans[1])[0] + 100] ^= 0x01
    elif damage == "swap":
        (a, b), (c, d) = spans[0], spans[1]
        data[a:d] = data[c:d] + data[a:b]  # two chunks of the same length, in the wrong order
    else:
        data += data[spans[0][0]:spans[0][1]]
    copy_of.write_bytes(bytes(data))
    before = snapshot(tmp_path)
    with pytest.raises(backup.DamagedBackupError, match="danneggiato o è stato alterato"):
        _restore(copy_of, tmp_path / "nuovo.db")
    assert snapshot(tmp_path) == before


def test_a_file_that_is_not_a_backup_is_named_as_such(store, tmp_path):
    with pytest.raises(backup.NotABackupError, match="non è un backup di Tessere"):
        backup.read_header(store.path)


def test_a_backup_from_a_newer_schema_says_to_update_tessere(store, tmp_path):
    with store.session(capture=False) as s:
        s.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    backup.create_backup(store, tmp_path / "futuro.tessere-backup", SECRET)
    before = snapshot(tmp_path)
    with pytest.raises(SchemaTooNewError, match="aggiorna Tessere"):
        _restore(tmp_path / "futuro.tessere-backup", tmp_path / "nuovo.db")
    assert snapshot(tmp_path) == before


def test_an_existing_database_is_never_overwritten_unless_asked_and_then_kept_aside(
        demo_backup, store, tmp_path):
    with store.session() as s:
        s.add(Person(first_name="Anna", last_name="Ferri"))
    existing = store.path
    with pytest.raises(backup.BackupError, match="aperto in Tessere"):
        _restore(demo_backup[0], existing, replace=True)  # open in this very process
    store.close()
    kept = existing.read_bytes()
    with pytest.raises(backup.TargetExistsError, match="non lo sovrascrive"):
        _restore(demo_backup[0], existing)
    assert existing.read_bytes() == kept

    done = _restore(demo_backup[0], existing, replace=True)
    assert done.set_aside is not None and done.set_aside.read_bytes() == kept
    assert backup.SET_ASIDE in done.set_aside.name
    with Store.open(done.set_aside, passphrase=PASSPHRASE) as old, old.read() as s:
        assert [p.last_name for p in s.query(Person)] == ["Ferri"]
    with Store.open(existing, passphrase=NEW) as restored:
        assert digest(restored) == demo_backup[1]


def test_a_second_replacement_never_replaces_the_first_set_aside(demo_backup, store, tmp_path):
    existing = store.path
    store.close()
    kept = existing.read_bytes()
    now = dt.datetime.now()
    for seconds in range(0, 30):  # every name the clock could give meanwhile is taken
        stamp = (now + dt.timedelta(seconds=seconds)).strftime("%Y%m%d-%H%M%S")
        existing.with_name(f"tessere.{backup.SET_ASIDE}-{stamp}.db").write_bytes(b"occupato")
    first = _restore(demo_backup[0], existing, replace=True).set_aside
    second = _restore(demo_backup[0], existing, replace=True).set_aside
    assert first.name.endswith("-2.db") and first.read_bytes() == kept
    assert second != first and second.read_bytes() != b"occupato"
    assert len([p for p in tmp_path.glob("*.db") if p.read_bytes() == b"occupato"]) == 30


@pytest.mark.parametrize("field, value", [("schema", 4), ("chunk_size", 1 << 31), ("counts", [])])
def test_a_header_of_the_wrong_shape_is_damage_not_a_crash(copy_of, tmp_path, field, value):
    import json

    data = copy_of.read_bytes()
    length = struct.unpack(">I", data[8:12])[0]
    header = json.loads(data[12:12 + length])
    header[field] = value
    raw = json.dumps(header).encode()
    copy_of.write_bytes(data[:8] + struct.pack(">I", len(raw)) + raw + data[12 + length:])
    with pytest.raises(backup.DamagedBackupError):
        backup.read_header(copy_of)
    with pytest.raises(backup.DamagedBackupError):
        _restore(copy_of, tmp_path / "nuovo.db")
    assert not (tmp_path / "nuovo.db").exists()


def test_a_short_passphrase_or_the_database_itself_as_target_are_refused(store, tmp_path):
    with pytest.raises(ValidationError, match="almeno 8 caratteri"):
        backup.create_backup(store, tmp_path / "b.tessere-backup", "corta")
    with pytest.raises(ValidationError, match="il database stesso"):
        backup.create_backup(store, store.path, SECRET, overwrite=True)
    (tmp_path / "esiste.tessere-backup").write_bytes(b"altro")
    with pytest.raises(backup.TargetExistsError):
        backup.create_backup(store, tmp_path / "esiste.tessere-backup", SECRET)
    assert (tmp_path / "esiste.tessere-backup").read_bytes() == b"altro"


# ------------------------------------------------------------------ cancellation
class Cancel(Exception):
    pass


def _cancel_at(label: str):
    def progress(done, total, current):
        if current == label and done > 0:
            raise Cancel()
    return progress


@pytest.mark.parametrize("label", ["Copia del database", "Cifratura del backup"])
def test_a_cancelled_backup_leaves_no_file(demo_backup, tmp_path, label):
    with Store.open(_restore(demo_backup[0], tmp_path / "db.db").path, passphrase=NEW) as store:
        out = tmp_path / "uscita"
        out.mkdir()
        with pytest.raises(Cancel):
            backup.create_backup(store, out / "b.tessere-backup", SECRET, progress=_cancel_at(label))
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("label", ["Decifratura del backup", "Preparazione del nuovo database"])
def test_a_cancelled_restore_leaves_nothing(demo_backup, tmp_path, label):
    before = snapshot(tmp_path)
    with pytest.raises(Cancel):
        _restore(demo_backup[0], tmp_path / "nuovo.db", progress=_cancel_at(label))
    assert snapshot(tmp_path) == before


# ------------------------------------------------------------------ sync identity
def test_a_restore_on_a_new_laptop_publishes_as_a_new_replica_and_converges(tmp_path, no_keyring):
    from tests.sync.conftest import Team, digest as sync_digest
    from desktop.sync.targets import FolderTarget

    (tmp_path / "root").mkdir()
    folder, team = FolderTarget(tmp_path / "root"), Team(tmp_path)
    try:
        a, b = team.replica(), team.replica()
        with a.session() as s:
            s.add(Person(first_name="Anna", last_name="Ferri"))
        assert engine.sync_once(a, folder).ok
        with a.session() as s:  # made before the backup, published only after it
            s.add(Person(first_name="Bruno", last_name="Conti"))
        backup.create_backup(a, tmp_path / "a.tessere-backup", SECRET)
        assert engine.sync_once(a, folder).ok
        with a.session() as s:  # the old laptop keeps working
            s.add(Person(first_name="Carla", last_name="Galli"))

        laptop = tmp_path / "nuovo-portatile"
        laptop.mkdir()
        done = _restore(tmp_path / "a.tessere-backup", laptop / "tessere.db", on_restored=start_as_copy)
        c = Store.open(done.path, passphrase=NEW)
        team.stores.append(c)
        assert c.replica_id != a.replica_id
        with c.session() as s:
            s.add(Person(first_name="Dario", last_name="Bruni"))
        for _ in range(2):
            for replica in (a, b, c):
                report = engine.sync_once(replica, folder)
                assert report.ok, report.errors
                assert not any("ripristino" in w for w in report.warnings)
        names = []
        for replica in (a, b, c):
            with replica.read() as s:
                names.append(sorted(p.last_name for p in s.query(Person)))
        assert names[0] == names[1] == names[2] == ["Bruni", "Conti", "Ferri", "Galli"]
        assert sync_digest(a) == sync_digest(b) == sync_digest(c)
        # Two publishers, each under its own name (b only reads).
        assert {p.name for p in folder.root.iterdir() if p.is_dir()} == {a.replica_id, c.replica_id}
    finally:
        team.close()


# ------------------------------------------------------------------ command line
def test_the_commands_create_describe_and_restore(store, tmp_path, monkeypatch, capsys, no_keyring):
    with store.session() as s:
        s.add(Person(first_name="Anna", last_name="Ferri"))
    expected = digest(store)
    store.close()
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TESSERE_BACKUP_PASSPHRASE", SECRET)
    file = tmp_path / "copia.tessere-backup"
    assert main(["backup", "crea", str(file), "--db", str(store.path)]) == 0
    assert "persone: 1" in capsys.readouterr().out
    assert main(["backup", "crea", str(file), "--db", str(store.path)]) == 1  # exists
    assert "esiste già" in capsys.readouterr().err

    monkeypatch.delenv("TESSERE_BACKUP_PASSPHRASE")
    assert main(["backup", "info", str(file)]) == 0
    out = capsys.readouterr().out
    assert "argon2id" in out and "Persone" in out and store.replica_id in out

    new = tmp_path / "nuovo.db"
    assert main(["--db", str(new), "backup", "ripristina", str(file)]) == 1  # no passphrase
    assert "TESSERE_BACKUP_PASSPHRASE" in capsys.readouterr().err and not new.exists()
    monkeypatch.setenv("TESSERE_BACKUP_PASSPHRASE", "sbagliata-del-tutto")
    assert main(["backup", "ripristina", str(file), "--db", str(new)]) == 1
    assert "non è corretta" in capsys.readouterr().err and not new.exists()

    monkeypatch.setenv("TESSERE_BACKUP_PASSPHRASE", SECRET)
    assert main(["--db", str(new), "backup", "ripristina", str(file)]) == 0
    assert "ripristinato" in capsys.readouterr().out
    assert main(["info", "--digest", "--db", str(new)]) == 0
    assert capsys.readouterr().out.strip() == expected
    assert main(["backup", "ripristina", str(file), "--db", str(new)]) == 1
    assert "non lo sovrascrive" in capsys.readouterr().err
    assert main(["backup", "ripristina", str(file), "--db", str(new), "--sostituisci"]) == 0
    assert "messo da parte" in capsys.readouterr().out
    assert len(list(tmp_path.glob(f"nuovo.{backup.SET_ASIDE}-*.db"))) == 1


# ------------------------------------------------------------------ killed, disk full
_CHILD = r"""
import os, resource, signal, sys
from desktop.core import backup
from desktop.core.errors import TessereError
from desktop.core.store import Store
action, fault, db, source, target, secret, key = sys.argv[1:]  # key: of the database

def progress(done, total, label):
    if fault == label and total and done * 2 >= total:
        os.kill(os.getpid(), signal.SIGKILL)  # the laptop dies mid-way

def limit():
    if fault.isdigit():  # the disk fills: no file may grow past this many bytes
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (int(fault), int(fault)))

try:
    if action == "crea":
        with Store.open(db, passphrase=key) as store:
            limit()
            backup.create_backup(store, target, secret, progress=progress)
    else:
        limit()
        backup.restore_backup(source, secret, target, new_passphrase=key, progress=progress)
except TessereError as exc:
    print(exc)
    sys.exit(1)
"""


def _child(action, fault, db, source, target):
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-c", _CHILD, action, fault, str(db), str(source), str(target),
         SECRET, NEW],
        cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("fault", ["Copia del database", "Cifratura del backup", "2000000"])
def test_a_backup_killed_or_out_of_space_leaves_no_backup_and_the_database_as_it_was(
        demo_backup, tmp_path, fault):
    db = _restore(demo_backup[0], tmp_path / "lavoro.db").path
    with Store.open(db, passphrase=NEW) as store:
        before = digest(store)
    out = tmp_path / "chiavetta"
    out.mkdir()
    result = _child("crea", fault, db, "", out / "b.tessere-backup")
    assert result.returncode == (1 if fault.isdigit() else -9), result.stderr
    if fault.isdigit():
        assert "non è stato scritto nulla" in result.stdout and list(out.iterdir()) == []
    assert not (out / "b.tessere-backup").exists()
    assert all(p.name.startswith(".") for p in out.iterdir())  # hidden, sealed scraps at most
    with Store.open(db, passphrase=NEW) as store:
        assert digest(store) == before
        backup.create_backup(store, out / "b.tessere-backup", SECRET)  # the next try works


@pytest.mark.parametrize("fault", ["Decifratura del backup", "Preparazione del nuovo database",
                                   "2000000"])
def test_a_restore_killed_or_out_of_space_leaves_no_database(demo_backup, tmp_path, fault):
    target = tmp_path / "nuovo.db"
    result = _child("ripristina", fault, "", demo_backup[0], target)
    assert result.returncode == (1 if fault.isdigit() else -9), result.stderr
    if fault.isdigit():
        assert "non è stato scritto nulla" in result.stdout
    assert not target.exists()
    with Store.open(_restore(demo_backup[0], target).path, passphrase=NEW) as restored:
        assert digest(restored) == demo_backup[1]


def test_the_team_key_follows_on_this_laptop_and_is_joined_again_on_a_new_one(tmp_path,
                                                                              file_keyring):
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from desktop.sync.team import create_team, join_team, team_key

    with Store.open(tmp_path / "originale.db", create=True) as original:
        code = create_team(original)
        key = team_key(original)
        assert original.meta("sync_team_key") is None  # the key is in the keyring only
        backup.create_backup(original, tmp_path / "b.tessere-backup", SECRET)
    here = backup.restore_backup(tmp_path / "b.tessere-backup", SECRET, tmp_path / "qui.db",
                                 on_restored=start_as_copy)
    with Store.open(here.path) as restored:
        assert team_key(restored) == key  # kept under the restored copy's own identity

    elsewhere = PlaintextKeyring()  # a new laptop: its own, empty keyring
    elsewhere.file_path = str(tmp_path / "altro-portachiavi.cfg")
    keyring.set_keyring(elsewhere)
    there = backup.restore_backup(tmp_path / "b.tessere-backup", SECRET, tmp_path / "nuovo.db",
                                  on_restored=start_as_copy)
    with Store.open(there.path) as restored:
        assert team_key(restored) is None
        join_team(restored, code)
        assert team_key(restored) == key
