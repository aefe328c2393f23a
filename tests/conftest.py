"""Shared fixtures: real encrypted databases in a temp dir, a real keyring backend.

The OS keyring is not reachable on a headless CI machine, so tests that need
one install keyrings.alt's file backend (a real keyring implementation) in a
temp folder; everything else runs through the passphrase path users get when
no keyring exists.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest

from desktop.core.store import Store

PASSPHRASE = "prova-passphrase-di-test"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (``make test``: ``--dist loadgroup``), each file's tests
    run in one process, so a file's module fixtures (a demo database built once)
    are built once; files marked with a group of their own (the coordinator's
    seven districts) share that group's process."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.path.relative_to(config.rootpath).as_posix()))


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread():
    """As the app does (desktop.ui.app.collect_garbage_on_the_gui_thread): the cycle
    collector never runs on a worker thread, where freeing a Qt object crashes."""
    import gc

    gc.disable()
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """The user's data folder (default and demo databases) inside the test's own
    temp folder: no test ever touches the real one of whoever runs the suite."""
    folder = tmp_path / "dati-utente"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder / "Tessere"


@pytest.fixture
def file_keyring(tmp_path):
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def store(tmp_path):
    """A fresh encrypted database with reference data, opened by passphrase."""
    s = Store.open(tmp_path / "tessere.db", passphrase=PASSPHRASE, create=True)
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """The small demo with one account per role (``tests.demo_accounts``), built
    once per test process: tests open copies of it, never the file itself."""
    from tests.demo_accounts import build_demo_with_accounts

    return build_demo_with_accounts(tmp_path_factory.mktemp("access") / "demo.db")
