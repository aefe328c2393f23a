"""Faults around the installation, each met by the real ``tessere`` command in a
child process: the program's own folder read-only, the data folder's disk full,
the database locked by another running Tessere.

The read-only folder and the small disk are real filesystems (a read-only bind
mount, a tmpfs of a few megabytes) made inside a private mount namespace
(``unshare``) that lives as long as the child does: nothing is mounted where
the rest of the machine, or another test run, could see it. Where the machine
allows no such namespace the tests say so and are skipped. A tmpfs answers a
full disk with ENOSPC, as a laptop's disk does; RLIMIT_FSIZE (tests/test_backup)
gives EFBIG instead, which SQLite reports as a generic I/O error.

Covered elsewhere, not repeated here: a copy before an upgrade that cannot be
written stops the upgrade, and an upgrade killed by SIGKILL leaves the old
schema (tests/test_upgrade.py); two processes creating one database, a SQLite
write lock held elsewhere, a demo on a full disk (tests/test_guards.py); the
window's single instance per database (tests/ui/test_main_window.py).
"""
from __future__ import annotations

import errno
import functools
import json
import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.core.model import Person
from desktop.core.store import Store
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
DEMO = ["demo", "--size", "small", "--seed", "2", "--today", "2026-03-02"]

# Runs inside the private mount namespace: makes the mounts the spec asks for,
# then each step in order, and prints what every step gave as JSON.
_DRIVER = r"""
import errno, json, os, shutil, subprocess, sys

spec = json.loads(sys.argv[1])

def mount(*args):
    subprocess.run(["mount", *args], check=True, capture_output=True)

for folder in spec.get("read_only", []):
    mount("--bind", folder, folder)
    mount("-o", "remount,bind,ro", folder)
disk = spec.get("disk")
if disk:
    mount("-t", "tmpfs", "-o", "size=" + disk["size"], "tessere-disco", disk["path"])
    for name in disk.get("copy_in", []):
        shutil.copy2(name, disk["path"])
results = []
for kind, arg in spec["steps"]:
    if kind == "run":
        done = subprocess.run([sys.executable, *arg], env=spec["env"], cwd=spec["cwd"],
                              capture_output=True, text=True, stdin=subprocess.DEVNULL)
        results.append({"rc": done.returncode, "out": done.stdout, "err": done.stderr})
    elif kind == "try_write":  # is the fault in place?
        try:
            with open(os.path.join(arg, ".prova-scrittura"), "wb") as fh:
                fh.write(b"x")
            os.unlink(os.path.join(arg, ".prova-scrittura"))
            results.append({"errno": 0})
        except OSError as exc:
            results.append({"errno": exc.errno})
    elif kind == "fill":  # the disk fills up: one file grows until only arg[1] bytes are left
        fd = os.open(arg[0], os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
        finally:
            os.ftruncate(fd, max(0, os.fstat(fd).st_size - arg[1]))
            os.close(fd)
    elif kind == "list":
        results.append({"names": sorted(os.listdir(arg))})
    elif kind == "free":
        os.unlink(arg)
    elif kind == "grow":
        mount("-o", "remount,size=" + arg, disk["path"])
if disk and spec.get("copy_out"):
    for name in os.listdir(disk["path"]):
        shutil.copy2(os.path.join(disk["path"], name), spec["copy_out"])
print(json.dumps(results))
"""


@functools.lru_cache(maxsize=1)
def _unshare() -> tuple[str, ...] | None:
    """The command that starts a child in its own mount namespace, if this machine
    lets it mount there (root; elsewhere an unprivileged user namespace)."""
    tool = shutil.which("unshare")
    if tool is None:
        return None
    command = (tool, "--mount", "--propagation", "private")
    if os.geteuid() != 0:
        command += ("--user", "--map-root-user")
    probe = subprocess.run(
        [*command, "--", "sh", "-c",
         'mount -t tmpfs -o size=1m prova "$0" && mount --bind "$0" "$0" '
         '&& mount -o remount,bind,ro "$0"', "/mnt"],
        capture_output=True)
    return command if probe.returncode == 0 else None


def _in_namespace(spec: dict) -> list[dict]:
    command = _unshare()
    if command is None:
        pytest.skip("this machine allows no private mount namespace (unshare) to mount "
                    "a read-only folder or a small disk in")
    done = subprocess.run([*command, "--", sys.executable, "-c", _DRIVER, json.dumps(spec)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _env(home: Path, **extra: str) -> dict:
    """A user's environment: their own home and data folder, no OS keyring (the
    passphrase from TESSERE_PASSPHRASE), no window system."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TESSERE_", "XDG_", "PYTHON"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "dati"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_CONFIG_HOME=str(home / "config"),
               TESSERE_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


def _tessere(env: dict, *argv: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *argv], cwd=ROOT,
                          env={**env, **extra}, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=300)


def _said_in_italian(result: dict | subprocess.CompletedProcess, *phrases: str) -> str:
    """stderr holds one ``tessere: …`` sentence with every phrase, and no traceback."""
    err = result["err"] if isinstance(result, dict) else result.stderr
    assert "Traceback" not in err and "Error:" not in err, err
    assert err.startswith("tessere: "), err
    for phrase in phrases:
        assert phrase in err, err
    return err


def _database_with_a_person(path: Path) -> str:
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store, store.session() as s:
        person = Person(first_name="Giulia", last_name="Ferrari", sex="F")
        s.add(person)
        s.flush()
        return person.id


def _listing(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every file and folder under ``folder`` with its size, mode and mtime."""
    found = {}
    for path in [folder, *folder.rglob("*")]:
        st = path.lstat()
        found[str(path.relative_to(folder))] = (st.st_size, st.st_mode, st.st_mtime_ns)
    return found


# ------------------------------------------------------------ install folder read-only
def test_tessere_runs_from_a_read_only_install_folder_and_never_writes_there(tmp_path):
    """The program's folder (a copy of desktop/, db/ and resources/, laid out as the
    frozen build's is) and the Python it runs on are read-only mounts, as under
    Program Files or /opt for a user who is no administrator; the command is even
    started from inside it. Self-test and a demo database in the user's data
    folder work, and the folder is as it was, file for file."""
    install = tmp_path / "programma"
    for part in ("desktop", "db", "resources"):
        shutil.copytree(ROOT / part, install / part,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    home = tmp_path / "casa"
    home.mkdir()
    env = _env(home, PYTHONPATH=str(install), PYTHONDONTWRITEBYTECODE="1")
    before = _listing(install)
    demo_db = home / "dati" / "Tessere" / "tessere-demo.db"

    probe, root, selftest, demo, info = _in_namespace({
        "read_only": sorted({str(install), sys.prefix, sys.base_prefix}),
        "env": env, "cwd": str(install),
        "steps": [
            ["try_write", str(install)],
            ["run", ["-c", "import desktop.paths as p; print(p.project_root())"]],
            ["run", ["-m", "desktop", "--self-test"]],
            ["run", ["-m", "desktop", *DEMO]],
            ["run", ["-m", "desktop", "--db", str(demo_db), "info", "--digest"]],
        ],
    })
    assert probe["errno"] == errno.EROFS  # the fault is in place
    assert root["out"].strip() == str(install), root  # this copy runs, not the checkout
    assert selftest["rc"] == 0 and "Tutto funziona." in selftest["out"], selftest
    assert demo["rc"] == 0 and "200 persone" in demo["out"], demo
    assert info["rc"] == 0 and len(info["out"].strip()) == 64, info
    assert _listing(install) == before
    assert demo_db.is_file() and demo_db.stat().st_mode & 0o077 == 0


# ------------------------------------------------------------ data folder on a full disk
def test_a_record_written_on_a_full_disk_is_refused_and_nothing_is_lost(tmp_path):
    """A cartella with a person sits on a disk that has just filled up: a new diary
    entry is refused with an Italian sentence and exit code 1; once space is
    freed the file opens with the same content, is intact, and takes the entry."""
    source = tmp_path / "prima"
    source.mkdir()
    person = _database_with_a_person(source / "cartella.db")
    env = _env(tmp_path / "casa")
    digest = _tessere(env, "--db", str(source / "cartella.db"), "info", "--digest")
    assert digest.returncode == 0, digest.stderr
    disk, after = tmp_path / "disco", tmp_path / "dopo"
    disk.mkdir()
    after.mkdir()
    db, filler = str(disk / "cartella.db"), str(disk / "riempitivo")
    entry = ["-m", "desktop", "--db", db, "diario", "aggiungi", person, "--tipo", "colloquio",
             "--testo", "Colloquio scritto a disco pieno."]

    explained = ("from desktop.core.errors import explain; import sys; e = OSError('disk I/O "
                 "error'); print(type(explain(e, folder=sys.argv[1])).__name__, "
                 "type(explain(e)).__name__)")

    refused, io_error, read_back, checked, added = _in_namespace({
        "disk": {"path": str(disk), "size": "16m", "copy_in": [str(source / "cartella.db")]},
        "env": env, "cwd": str(ROOT), "copy_out": str(after),
        # room for the shared memory that opening needs, none for the entry
        "steps": [["fill", [filler, 40 * 1024]], ["run", entry],
                  ["fill", [filler + "-2", 0]], ["run", ["-c", explained, str(disk)]],
                  ["free", filler + "-2"], ["free", filler],
                  ["run", ["-m", "desktop", "--db", db, "info", "--digest"]],
                  ["run", ["-m", "desktop", "--db", db, "check"]],
                  ["run", entry]],
    })
    assert refused["rc"] == 1, refused
    _said_in_italian(refused, "Il disco è pieno", "non è stata salvata", "Libera spazio")
    # SQLite's "disk I/O error" is a full disk there, damage elsewhere
    assert io_error["out"].split() == ["DiskFullError", "DamagedDatabaseError"], io_error
    assert read_back["rc"] == 0 and read_back["out"] == digest.stdout, read_back
    assert checked["rc"] == 0 and "integro" in checked["out"], checked
    assert added["rc"] == 0 and "aggiunta al diario di Giulia Ferrari" in added["out"], added
    listed = _tessere(env, "--db", str(after / "cartella.db"), "diario", "elenco", person)
    assert listed.returncode == 0 and listed.stdout.count("Colloquio scritto a disco pieno") == 1


def test_a_new_database_on_a_full_disk_is_refused_and_leaves_no_file(tmp_path):
    """On a disk already full, and on one that fills while the demo data are being
    written: an Italian sentence, exit code 1, no traceback; on the full disk no
    database file is left behind."""
    disk = tmp_path / "disco"
    disk.mkdir()
    db, filler = str(disk / "nuovo.db"), str(disk / "riempitivo")
    env = _env(tmp_path / "casa")
    demo = ["-m", "desktop", "--db", db, *DEMO]

    on_full, left, filling = _in_namespace({
        "disk": {"path": str(disk), "size": "6m"}, "env": env, "cwd": str(ROOT),
        "steps": [["fill", [filler, 0]], ["run", demo], ["list", str(disk)],
                  ["free", filler], ["run", demo]],
    })
    assert on_full["rc"] == 1, on_full
    _said_in_italian(on_full, "Il disco è pieno", "Libera spazio")
    assert left["names"] == ["nuovo.db.lock", "riempitivo"]
    assert filling["rc"] == 1, filling
    _said_in_italian(filling, "Il disco è pieno", "Libera spazio")


def test_a_demo_stopped_by_a_full_disk_is_built_again_once_space_is_freed(tmp_path):
    disk = tmp_path / "disco"
    disk.mkdir()
    env = _env(tmp_path / "casa")
    demo = ["-m", "desktop", "--db", str(disk / "nuovo.db"), *DEMO]

    filling, again = _in_namespace({
        "disk": {"path": str(disk), "size": "6m"}, "env": env, "cwd": str(ROOT),
        "steps": [["run", demo], ["grow", "64m"], ["run", demo]],
    })
    assert filling["rc"] == 1, filling
    assert "Traceback" not in again["err"], again["err"]
    assert again["rc"] == 0 and "200 persone" in again["out"], again


def test_a_database_on_a_disk_already_full_is_not_called_a_wrong_passphrase(tmp_path):
    source = tmp_path / "prima"
    source.mkdir()
    _database_with_a_person(source / "cartella.db")
    disk = tmp_path / "disco"
    disk.mkdir()
    (opened,) = _in_namespace({
        "disk": {"path": str(disk), "size": "16m", "copy_in": [str(source / "cartella.db")]},
        "env": _env(tmp_path / "casa"), "cwd": str(ROOT),
        "steps": [["fill", [str(disk / "riempitivo"), 0]],
                  ["run", ["-m", "desktop", "--db", str(disk / "cartella.db"), "info"]]],
    })
    assert opened["rc"] == 1, opened
    _said_in_italian(opened, "Il disco è pieno")


# ------------------------------------------------------------ locked by another Tessere
def _read_until(fd: int, wanted: bytes, seen: bytearray) -> bytes:
    """Read a terminal until ``wanted`` shows (or the other side is gone)."""
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], 120)
        assert ready, f"nothing from the terminal; so far: {bytes(seen)!r}"
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the process at the other end has exited
            break
        if not chunk:
            break
        seen += chunk
    return bytes(seen)


def test_a_database_locked_by_another_tessere_is_refused_in_italian_and_left_intact(tmp_path):
    """A real ``tessere demo`` on a terminal takes the database's lock, then waits
    for its passphrase: while it waits, a diary entry and a second demo
    on the same file say in Italian that another Tessere is at work (exit code 3,
    after TESSERE_LOCK_WAIT seconds instead of minutes); the first one, given its
    passphrase, refuses to put invented people in a real cartella; the file's
    content never changes, and the entry goes in once the lock is free."""
    db = tmp_path / "cartella.db"
    person = _database_with_a_person(db)
    env = _env(tmp_path / "casa")
    digest = _tessere(env, "--db", str(db), "info", "--digest")
    assert digest.returncode == 0, digest.stderr

    master, slave = pty.openpty()
    holder_env = {k: v for k, v in env.items() if k != "TESSERE_PASSPHRASE"}
    holder = subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db), *DEMO],
                              stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=holder_env,
                              start_new_session=True)
    os.close(slave)
    seen = bytearray()
    try:
        _read_until(master, b"Passphrase del database:", seen)
        assert holder.poll() is None, bytes(seen)

        entry = ["--db", str(db), "diario", "aggiungi", person, "--tipo", "colloquio",
                 "--testo", "Colloquio mentre un altro Tessere lavora."]
        for argv in (entry, ["--db", str(db), *DEMO]):
            busy = _tessere(env, *argv, TESSERE_LOCK_WAIT="0,5")
            assert busy.returncode == 3, (argv, busy.stderr)
            _said_in_italian(busy, "«cartella.db» è occupato", "un altro programma Tessere sta "
                             "creando i dati dimostrativi", "Riprova fra poco")

        os.write(master, PASSPHRASE.encode() + b"\n")
        assert holder.wait(timeout=300) == 1
        said = _read_until(master, b"\x00", seen).decode()  # everything, to the end
        assert "non è un database dimostrativo" in said and "Traceback" not in said, said
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        os.close(master)

    assert _tessere(env, "--db", str(db), "info", "--digest").stdout == digest.stdout
    added = _tessere(env, *entry)
    assert added.returncode == 0, added.stderr
    checked = _tessere(env, "--db", str(db), "check")
    assert checked.returncode == 0 and "integro" in checked.stdout, checked.stdout


@pytest.mark.parametrize("value", ["mezzo minuto", "-1", "nan"])
def test_a_lock_wait_that_is_no_number_of_seconds_is_a_usage_error(tmp_path, monkeypatch,
                                                                   capsys, value):
    db = tmp_path / "cartella.db"
    _database_with_a_person(db)
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TESSERE_LOCK_WAIT", value)
    assert main(["--db", str(db), "info"]) == 2
    err = capsys.readouterr().err
    assert f"TESSERE_LOCK_WAIT deve essere un numero di secondi, come 5 o 0,5: «{value}»" in err
