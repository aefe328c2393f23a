"""Where the application's own files are, in a source tree and in a frozen build."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Tessere"


def project_root() -> Path:
    """The folder holding db/ and resources/: beside the sources (a checkout, an
    editable install), in PyInstaller's _MEIPASS, or under <prefix>/share/tessere
    where a wheel installs them (``[tool.setuptools.data-files]``)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    source = Path(__file__).resolve().parent.parent
    if (source / "db" / "migrations").is_dir():
        return source
    import site

    for prefix in (sys.prefix, site.getuserbase()):
        installed = Path(prefix) / "share" / "tessere"
        if (installed / "db" / "migrations").is_dir():
            return installed
    return source


def migrations_dir() -> Path:
    return project_root() / "db" / "migrations"


def seeds_dir() -> Path:
    return project_root() / "db" / "seeds"


def hsds_dir() -> Path:
    """The HSDS 3.0 schema files the directory's import and export check against."""
    return project_root() / "db" / "hsds"


def resources_dir() -> Path:
    return project_root() / "resources"


def data_dir() -> Path:
    """The user's data folder, made on first use readable by the owner only."""
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode passes through the umask
    return folder


def default_database() -> Path:
    """The real cartella of this user."""
    return data_dir() / "tessere.db"


def default_demo_database() -> Path:
    """Where demo data goes when no file is named: never the real cartella."""
    return data_dir() / "tessere-demo.db"
