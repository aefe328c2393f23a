"""What the window tests on accounts share: a private copy of the small demo
with one account per role (``tests.test_access.demo_file``)."""
from __future__ import annotations

import shutil

import pytest

from tests.conftest import PASSPHRASE
from tests.test_access import demo_file  # noqa: F401 - the fixture, for the tests here


@pytest.fixture
def demo_copy(demo_file, tmp_path, monkeypatch):  # noqa: F811 - the fixture imported above
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    return path
