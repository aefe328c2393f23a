"""Files that hold people's data are the owner's alone (0600, folders 0700) whatever
the umask; a team share may ask for group access instead."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.core.model import Person
from desktop.core.store import Store
from desktop.paths import data_dir
from desktop.sync import engine
from desktop.sync.targets import FolderTarget
from tests.conftest import PASSPHRASE


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_database_and_wal_are_owner_only(tmp_path):
    path = tmp_path / "cartella.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store:
        with store.session() as s:
            s.add(Person(first_name="Anna", last_name="Rinaldi"))
        wal = Path(str(path) + "-wal")
        assert wal.exists()
        assert mode(path) == 0o600 and mode(wal) == 0o600


def test_a_database_made_world_readable_elsewhere_is_tightened_on_open(tmp_path):
    path = tmp_path / "copiato.db"
    Store.open(path, passphrase=PASSPHRASE, create=True).close()
    os.chmod(path, 0o644)
    Store.open(path, passphrase=PASSPHRASE).close()
    assert mode(path) == 0o600


def test_the_data_folder_is_owner_only(private_data_dir):
    assert data_dir() == private_data_dir and mode(private_data_dir) == 0o700


def test_a_missing_folder_is_not_created_silently(tmp_path):
    from desktop.core.errors import StoreError

    with pytest.raises(StoreError, match="non esiste"):
        Store.open(tmp_path / "manca" / "x.db", passphrase=PASSPHRASE, create=True)
    assert not (tmp_path / "manca").exists()


def _synced_root(tmp_path, group_access: bool) -> tuple[Path, Store]:
    from tests.sync.conftest import Team

    root = tmp_path / "radice"
    root.mkdir()
    team = Team(tmp_path)
    store = team.replica()
    with store.session() as s:
        s.add(Person(first_name="Anna", last_name="Rinaldi"))
    report = engine.sync_once(store, FolderTarget(root, group_access=group_access), snapshot=True)
    assert report.ok, report.errors
    return root, store


@pytest.mark.parametrize("group_access,dirs,files", [(False, 0o700, 0o600), (True, 0o770, 0o660)])
def test_bundles_snapshots_and_folders_in_the_sync_root(tmp_path, no_keyring, group_access,
                                                       dirs, files):
    root, store = _synced_root(tmp_path, group_access)
    try:
        written = [p for p in root.rglob("*")]
        names = {p.name for p in written}
        assert any(n.startswith("snapshot-") for n in names) and "00000001" in names
        for p in written:
            assert mode(p) == (dirs if p.is_dir() else files), p
    finally:
        store.close()


def test_saved_and_preview_pdfs_are_owner_only(tmp_path, qapp):
    from desktop.pdf.output import save_pdf
    from desktop.ui import print_actions

    saved = save_pdf(b"%PDF-1.4 prova", tmp_path / "patto.pdf")
    assert mode(saved) == 0o600
    folder = print_actions.preview_dir()
    try:
        preview = save_pdf(b"%PDF-1.4 prova", folder / "anteprima.pdf")
        assert mode(folder) == 0o700 and mode(preview) == 0o600
    finally:
        print_actions.delete_previews()
