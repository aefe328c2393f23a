"""Demo data and real data never meet: a demo database stays out of real teams and
real roots, and a real replica never applies a demo bundle."""
from __future__ import annotations

import pytest

from desktop import demo
from desktop.core.model import Person
from desktop.core.store import Store
from desktop.sync import crypto, engine
from desktop.sync.errors import DemoMismatchError
from desktop.sync.report import SyncReport
from desktop.sync.targets import FolderTarget
from desktop.sync.team import create_team, join_team, team_key

from .conftest import PASSPHRASE, digest, sync_all


def _new(tmp_path, name: str) -> Store:
    return Store.open(tmp_path / f"{name}.db", passphrase=PASSPHRASE, create=True)


def _demo(tmp_path, name: str, seed: int = 1) -> Store:
    store = _new(tmp_path, name)
    demo.build(store, size="small", seed=seed)
    return store


def _files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


@pytest.fixture
def real(tmp_path, no_keyring):
    store = _new(tmp_path, "reale")
    with store.session() as s:
        s.add(Person(first_name="Anna", last_name="Rinaldi"))
    yield store
    store.close()


def test_a_demo_database_cannot_join_a_real_team(tmp_path, real):
    code = create_team(real)
    assert not code.startswith("DEMO")
    fake = _demo(tmp_path, "finto")
    try:
        with pytest.raises(DemoMismatchError, match="non può unirsi a una squadra reale"):
            join_team(fake, code)
        assert team_key(fake) is None
    finally:
        fake.close()


def test_demo_teams_have_demo_codes_and_real_databases_refuse_them(tmp_path, real):
    fake = _demo(tmp_path, "finto")
    try:
        code = create_team(fake)
        assert code.startswith("DEMO-") and crypto.code_is_demo(code)
        assert crypto.key_from_code(code) == team_key(fake)
        with pytest.raises(DemoMismatchError, match="squadra dimostrativa"):
            join_team(real, code)
        assert team_key(real) is None
        blank = _new(tmp_path, "nuovo")  # a new laptop to practise on: becomes a demo one
        join_team(blank, code.lower().replace("-", " "))
        assert blank.is_demo
        blank.close()
    finally:
        fake.close()


def test_two_demo_databases_sync_with_each_other(tmp_path, no_keyring):
    a, b = _demo(tmp_path, "a", seed=1), _new(tmp_path, "b")
    root = tmp_path / "radice"
    root.mkdir()
    try:
        join_team(b, create_team(a))
        sync_all([a, b], FolderTarget(root))
        assert b.is_demo and digest(a) == digest(b)
    finally:
        a.close()
        b.close()


def test_a_demo_database_never_writes_into_a_real_teams_root(tmp_path, real):
    root = tmp_path / "radice"
    root.mkdir()
    create_team(real)
    assert engine.sync_once(real, FolderTarget(root)).ok
    before = _files(root)
    fake = _demo(tmp_path, "finto")
    try:
        create_team(fake)  # its own demo team, pointed at the real team's folder
        report = engine.sync_once(fake, FolderTarget(root))
        assert not report.ok and "un'altra squadra" in report.errors[0]
        assert _files(root) == before
    finally:
        fake.close()


def test_a_database_in_a_team_takes_no_demo_data(tmp_path, no_keyring):
    from desktop.core.errors import DemoRefusedError

    laptop = _new(tmp_path, "portatile")
    try:
        create_team(laptop)  # nothing typed yet, but it belongs to a team now
        with pytest.raises(DemoRefusedError, match="non è un database dimostrativo"):
            demo.build(laptop, size="small", seed=3)
        assert not laptop.is_demo
    finally:
        laptop.close()


def test_demo_data_under_a_real_key_are_refused_both_ways(tmp_path, real):
    """A database marked demo that holds the real team's key (a file copied from an
    older Tessere, say): it may not publish, and its bundles are never applied."""
    root = tmp_path / "radice"
    root.mkdir()
    code = create_team(real)
    assert engine.sync_once(real, FolderTarget(root)).ok
    laptop = _new(tmp_path, "portatile")
    try:
        join_team(laptop, code)
        laptop.mark_demo()
        with laptop.session() as s:
            s.add(Person(first_name="Persona", last_name="Inventata"))
        before = _files(root)
        report = engine.sync_once(laptop, FolderTarget(root))
        assert not report.ok and "database dimostrativo" in report.errors[0]
        assert _files(root) == before
        # Even a demo bundle put there by hand is held, never applied.
        engine.publish(laptop, FolderTarget(root), team_key(laptop), SyncReport())
        people_before = digest(real)
        report = engine.sync_once(real, FolderTarget(root))
        assert report.bundles_applied == 0 and any("dimostrativ" in h for h in report.held)
        assert digest(real) == people_before
    finally:
        laptop.close()
