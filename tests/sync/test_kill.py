"""SIGKILL a ``tessere sync`` process at random points of publish and apply: the
database still opens, nothing is lost or duplicated, the next sync completes."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from sqlalchemy import func, insert, select, text

from desktop.core.model import ChangeLog, Person
from desktop.core.store import Store
from desktop.sync import engine
from desktop.sync.targets import FolderTarget
from desktop.sync.team import create_team, join_team

from .conftest import PASSPHRASE, digest

TRIALS = 16


def _open(path):
    return Store.open(path, passphrase=PASSPHRASE)


def _add_people(path, tag, n):
    with _open(path) as store, store.session() as s:
        s.execute(insert(Person), [{"first_name": f"{tag}{i}", "last_name": "Prova"} for i in range(n)])


def _check(path):
    with _open(path) as store, store.read() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        total = s.scalar(select(func.count()).select_from(ChangeLog))
        distinct = s.scalar(select(func.count(func.distinct(ChangeLog.hlc))))
        assert total == distinct  # no change applied twice
        return {h for h in s.scalars(select(ChangeLog.hlc))}


def test_sigkill_during_sync(tmp_path, no_keyring):
    rng = random.Random(20261123)
    root = tmp_path / "root"
    root.mkdir()
    paths = [tmp_path / "a.db", tmp_path / "b.db"]
    code = None
    for p in paths:
        with Store.open(p, passphrase=PASSPHRASE, create=True) as s:
            if code is None:
                code = create_team(s)
            else:
                join_team(s, code)
    env = dict(os.environ, TESSERE_PASSPHRASE=PASSPHRASE,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    killed = 0
    for trial in range(TRIALS):
        side, other = paths[trial % 2], paths[1 - trial % 2]
        _add_people(side, f"t{trial}s", 400)
        _add_people(other, f"t{trial}o", 400)
        with _open(other) as o:  # something for the killed process to apply
            assert engine.sync_once(o, FolderTarget(root)).ok
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop", "sync", "--db", str(side), "--folder", str(root)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 2.5))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        _check(side)
    for _ in range(2):
        for p in paths:
            with _open(p) as s:
                report = engine.sync_once(s, FolderTarget(root))
                assert report.ok, report.errors
    logs = [_check(p) for p in paths]
    assert logs[0] == logs[1]
    with _open(paths[0]) as a, _open(paths[1]) as b:
        assert digest(a) == digest(b)
        with a.read() as s:
            assert s.scalar(select(func.count()).select_from(Person)) == TRIALS * 800
    assert killed >= 1  # kills did land mid-sync (the process needs over a second to finish)
