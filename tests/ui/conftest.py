"""What the window tests on accounts share: a private copy of the small demo
with one account per role (``demo_file`` in tests/conftest.py)."""
from __future__ import annotations

import shutil

import pytest

from tests.conftest import PASSPHRASE


@pytest.fixture
def demo_copy(demo_file, tmp_path, monkeypatch):
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    return path


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    """Qt's user settings (the main window's size and place, desktop.ui.window_state)
    in the test's own folder: no test reads what an earlier one saved, nor the
    settings of whoever runs the suite."""
    from PySide6.QtCore import QSettings, QStandardPaths

    usual = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "impostazioni"))
    yield tmp_path / "impostazioni"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, usual)


@pytest.fixture(autouse=True, scope="session")
def no_previews_left():
    """Quitting the application removes the previews of "Apri PDF"; tests never quit it."""
    yield
    from desktop.ui import print_actions

    print_actions.delete_previews()
