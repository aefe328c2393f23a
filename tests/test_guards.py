"""A database that guards itself: two processes on one new file, a damaged file told
apart from a wrong key, a check after an unclean end, a lock held elsewhere, and no
traceback reaching the user from any of them."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.core.errors import DamagedDatabaseError
from desktop.core.model import Person
from desktop.core.store import Store
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def _env(tmp_path) -> dict:
    env = dict(os.environ, TESSERE_PASSPHRASE=PASSPHRASE, XDG_DATA_HOME=str(tmp_path / "dati"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", QT_QPA_PLATFORM="offscreen")
    return env


def _run_together(tmp_path, *argvs) -> list[subprocess.CompletedProcess]:
    procs = [subprocess.Popen([sys.executable, "-m", "desktop", *argv], cwd=ROOT, env=_env(tmp_path),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              stdin=subprocess.DEVNULL)
             for argv in argvs]
    results = []
    for proc, argv in zip(procs, argvs):
        out, err = proc.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(argv, proc.returncode, out, err))
    return results


def _people(path) -> int:
    with Store.open(path, passphrase=PASSPHRASE) as store, store.read() as s:
        return s.query(Person).count()


def test_two_demo_processes_on_one_new_database(tmp_path, monkeypatch):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "nuovo.db"
    first, second = _run_together(tmp_path, ["demo", "--db", str(path), "--seed", "3"],
                                  ["demo", "--db", str(path), "--seed", "3"])
    codes = sorted([first.returncode, second.returncode])
    assert codes == [0, 1], (first.stderr, second.stderr)
    refused = first if first.returncode else second
    assert "contiene già i dati dimostrativi" in refused.stderr
    assert "Traceback" not in first.stderr + second.stderr
    assert _people(path) == 200
    assert main(["check", "--db", str(path)]) == 0


def test_two_processes_creating_one_database_share_it(tmp_path):
    path = tmp_path / "squadra.db"
    results = _run_together(tmp_path, ["team", "create", "--db", str(path)],
                            ["team", "create", "--db", str(path)])
    assert sorted(r.returncode for r in results) == [0, 1], [r.stderr for r in results]
    assert any("già parte di una squadra" in r.stderr for r in results)
    assert all("Traceback" not in r.stderr for r in results)
    assert _people(path) == 0  # one database, openable with its passphrase


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "cartella.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store, store.session() as s:
        s.add_all(Person(first_name="Anna", last_name=f"Rinaldi{i}", notes="x" * 2000)
                  for i in range(300))
    return path


def test_a_truncated_database_is_damage_not_a_wrong_passphrase(filled, monkeypatch, capsys):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    size = filled.stat().st_size
    with open(filled, "r+b") as fh:
        fh.truncate(size // 2 + 100)
    assert main(["info", "--db", str(filled)]) == 1
    err = capsys.readouterr().err
    assert "danneggiato" in err and "passphrase non è corretta" not in err


def _flip_a_byte_in_the_middle(path: Path) -> None:
    """Inside the root page of the people's table, which every read of people
    crosses (the middle of the file may hold pages a given read never touches)."""
    with Store.open(path, passphrase=PASSPHRASE) as store, store.engine.connect() as conn:
        root = conn.exec_driver_sql("SELECT rootpage FROM sqlite_master "
                                    "WHERE type = 'table' AND name = 'person'").scalar_one()
        page_size = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
    with open(path, "r+b") as fh:
        fh.seek((int(root) - 1) * int(page_size) + 1000)
        byte = fh.read(1)
        fh.seek(-1, os.SEEK_CUR)
        fh.write(bytes([byte[0] ^ 0x40]))


def test_a_bit_flip_is_found_by_check_and_reported_without_traceback(filled, monkeypatch, capsys):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    assert main(["check", "--db", str(filled)]) == 0
    assert "integro" in capsys.readouterr().out
    _flip_a_byte_in_the_middle(filled)
    assert main(["check", "--db", str(filled)]) == 1
    out = capsys.readouterr().out
    assert "danneggiato" in out and "pagina non autentica" in out
    assert main(["info", "--digest", "--db", str(filled)]) == 1  # reads every row
    assert "danneggiato" in capsys.readouterr().err


def test_after_an_unclean_end_the_file_is_checked_on_open(filled):
    dead = Path(f"{filled}.open-999999")  # left by a process that no longer runs
    dead.touch()
    Store.open(filled, passphrase=PASSPHRASE).close()
    assert not dead.exists()
    _flip_a_byte_in_the_middle(filled)  # (opens the file: the marker comes after)
    dead.touch()
    with pytest.raises(DamagedDatabaseError, match="chiusura imprevista"):
        Store.open(filled, passphrase=PASSPHRASE)


def test_a_write_lock_held_elsewhere_gives_a_message(filled, monkeypatch, capsys):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    holder = Store.open(filled, passphrase=PASSPHRASE)
    conn = holder.engine.connect()
    conn.exec_driver_sql("DELETE FROM person WHERE last_name = 'nessuno'")  # BEGIN IMMEDIATE held
    try:
        assert main(["team", "create", "--db", str(filled)]) == 3
        err = capsys.readouterr().err
        assert "occupato" in err and "Traceback" not in err
    finally:
        conn.rollback()
        conn.close()
        holder.close()


@pytest.fixture
def small_disk(tmp_path):
    """A real 12 MB filesystem (tmpfs), where the machine lets the tests mount one."""
    where = tmp_path / "chiavetta"
    where.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(where)],
                          capture_output=True)
    if made.returncode != 0:
        pytest.skip("mounting a small filesystem is not allowed here")
    yield where
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_a_full_disk_gives_an_italian_message_and_no_traceback(tmp_path, small_disk):
    result = _run_together(tmp_path, ["demo", "--db", str(small_disk / "pieno.db")])[0]
    assert result.returncode == 1, result.stderr
    assert "Il disco è pieno" in result.stderr and "Traceback" not in result.stderr
