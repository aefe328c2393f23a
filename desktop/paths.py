"""Where the application's own files are, in a source tree and in a frozen build."""
from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Tessere"


def project_root() -> Path:
    """The folder holding db/ and resources/ (PyInstaller unpacks them to _MEIPASS)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return project_root() / "db" / "migrations"


def seeds_dir() -> Path:
    return project_root() / "db" / "seeds"


def resources_dir() -> Path:
    return project_root() / "resources"


def default_database() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "tessere.db"
