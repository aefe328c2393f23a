"""Opening a database written by the previous schema head (tests/fixtures):
an encrypted copy is taken first, the migrations run, nothing is lost; the
copy goes back with ``tessere backup annulla-aggiornamento``; a copy that
cannot be written stops the upgrade and leaves the file as it was."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from alembic import command

from desktop.__main__ import main
from desktop.core import migrations
from desktop.core.errors import StoreError
from desktop.core.model import DiaryEntry, Patto, Person
from desktop.core.store import Store, undo_upgrade

FIXTURE = Path(__file__).parent / "fixtures" / "schema-0009.db"
PASSPHRASE = "schema-0009-prova"
pytestmark = pytest.mark.usefixtures("no_keyring")


@pytest.fixture
def old_database(tmp_path) -> Path:
    path = tmp_path / "cartella.db"
    shutil.copy(FIXTURE, path)
    return path


def stamped(path: Path) -> str:
    """The revision, read without opening the file (which would migrate it)."""
    from desktop.core import keys
    from desktop.core.store import _make_engine

    engine = _make_engine(path, keys.passphrase_pragma(PASSPHRASE), False)
    try:
        return migrations.stamped_revision(engine)
    finally:
        engine.dispose()


def contents(store: Store) -> dict:
    with store.read() as s:
        return {
            "people": sorted(s.scalars(sa.select(Person.first_name + " " + Person.last_name))),
            "codes": sorted(c for c in s.scalars(sa.select(Person.codice_fiscale)) if c),
            "diary": sorted(s.scalars(sa.select(DiaryEntry.text))),
            "patti": sorted(s.scalars(sa.select(Patto.title))),
        }


def test_an_older_database_is_copied_then_upgraded_and_loses_nothing(old_database):
    assert stamped(old_database) == "0009"
    with Store.open(old_database, passphrase=PASSPHRASE) as store:
        found = contents(store)
        copy = store.upgrade_backup
    assert found == {
        "people": ["Giulia Ferrari", "Marco Bassi", "Ștefan Popescu"],
        "codes": ["FRRGLI85M41D150X"],
        "diary": ["Primo colloquio con Giulia.", "Primo colloquio con Marco.",
                  "Primo colloquio con Ștefan."],
        "patti": ["Patto di prova dello schema 0009"],
    }
    assert stamped(old_database) == migrations.newest_revision_file()
    assert copy == old_database.with_name(
        f"cartella.prima-dello-schema-{migrations.newest_revision_file()}.db")
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted like the original
    assert copy.stat().st_mode & 0o077 == 0
    assert stamped(copy) == "0009"
    # opened again: already at head, no second copy
    with Store.open(old_database, passphrase=PASSPHRASE) as store:
        assert store.upgrade_backup is None


def test_an_upgrade_reports_its_copy_and_each_step(old_database):
    heard: list[tuple[int, int, str]] = []
    with Store.open(old_database, passphrase=PASSPHRASE,
                    progress=lambda done, total, label: heard.append((done, total, label))):
        pass
    steps = int(migrations.newest_revision_file()) - 9
    assert heard[0] == (0, 0, "Copia di sicurezza del database prima dell'aggiornamento…")
    assert [(done, total) for done, total, _ in heard[1:]] == [
        (n, steps) for n in range(steps + 1)]
    assert heard[-1][2] == f"Aggiornamento del database: passo {steps} di {steps}…"
    heard.clear()
    with Store.open(old_database, passphrase=PASSPHRASE, progress=lambda *a: heard.append(a)):
        pass
    assert heard == []  # already at head: nothing to tell


def test_the_upgrade_is_undone_from_the_command_line(old_database, capsys, monkeypatch):
    Store.open(old_database, passphrase=PASSPHRASE).close()
    assert main(["backup", "annulla-aggiornamento", "--db", str(old_database)]) == 0
    assert "quello aggiornato è in" in capsys.readouterr().out
    assert stamped(old_database) == "0009"
    aside = old_database.with_name(
        f"cartella.schema-{migrations.newest_revision_file()}-annullato.db")
    assert stamped(aside) == migrations.newest_revision_file()
    assert main(["backup", "annulla-aggiornamento", "--db", str(old_database)]) != 0
    assert "Non c'è una copia" in capsys.readouterr().err


def test_a_copy_that_cannot_be_written_stops_the_upgrade(old_database):
    before = old_database.read_bytes()
    folder = old_database.parent
    blocker = old_database.with_name(
        f"cartella.prima-dello-schema-{migrations.newest_revision_file()}.db.parziale")
    blocker.mkdir()  # the copy's path is taken: writing it fails like a full disk would
    with pytest.raises(StoreError, match="copia di sicurezza"):
        Store.open(old_database, passphrase=PASSPHRASE)
    assert stamped(old_database) == "0009" and old_database.read_bytes() == before
    assert not list(folder.glob("cartella.prima-dello-schema-*.db"))


KILLED_MID_UPGRADE = """
import os, signal, sys
from alembic import command
from desktop.core.store import Store, undo_upgrade

real = command.upgrade
def upgrade_then_die(cfg, revision):
    real(cfg, revision)               # every migration has run, the transaction is open
    os.kill(os.getpid(), signal.SIGKILL)
command.upgrade = upgrade_then_die
Store.open(sys.argv[1], passphrase=sys.argv[2])
"""


def test_an_upgrade_killed_before_it_commits_leaves_the_old_schema(old_database):
    import signal
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", KILLED_MID_UPGRADE, str(old_database),
                           PASSPHRASE], capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert stamped(old_database) == "0009"  # rolled back at the next open of the file
    with Store.open(old_database, passphrase=PASSPHRASE) as store:
        assert contents(store)["people"] == ["Giulia Ferrari", "Marco Bassi", "Ștefan Popescu"]
    assert stamped(old_database) == migrations.newest_revision_file()


def test_the_window_says_where_the_copy_taken_before_the_upgrade_is(qtbot, old_database):
    from desktop.ui.app import build_main_window

    with Store.open(old_database, passphrase=PASSPHRASE) as store:
        window = build_main_window(store)
        qtbot.addWidget(window)
        try:
            shown = window.statusBar().currentMessage()
            assert "Database aggiornato" in shown and store.upgrade_backup.name in shown
        finally:
            window.close()
            from desktop.ui.operations import wait_for_ops

            wait_for_ops()


def test_a_database_keyed_from_the_keyring_opens_again_after_the_upgrade_is_undone(
        file_keyring, tmp_path):
    """The copy keeps the file's salt, under which the keyring holds its key:
    put back, it opens without a passphrase it never had."""
    path = tmp_path / "portatile.db"
    with Store.open(path, create=True) as store:
        with store.session() as s:
            s.add(Person(first_name="Anna", last_name="Chiave", sex="F"))
        with store.engine.begin() as conn:  # as the previous schema left it
            cfg = migrations.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0010")
    with Store.open(path) as store:
        assert store.upgrade_backup is not None
    undo_upgrade(path)
    with Store.open(path) as store:
        assert contents(store)["people"] == ["Anna Chiave"]
