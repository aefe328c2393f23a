"""What every sub-command shares: opening the store with the right key."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.core import keys
from desktop.core.errors import NeedsPassphraseError
from desktop.core.store import Store
from desktop.paths import default_database

PASSPHRASE_ENV = "TESSERE_PASSPHRASE"


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None,
        help="file del database (predefinito: quello nella cartella dati dell'utente)",
    )


def database_path(args: argparse.Namespace) -> Path:
    return args.db if getattr(args, "db", None) else default_database()


def passphrase_for(path: Path, creating: bool) -> str | None:
    """The passphrase when the keyring cannot hold the key: from the environment,
    else asked on the terminal."""
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    salt = keys.file_salt(path)
    if salt and keys.load_key(salt):
        return None
    if not creating and salt is None:
        return None
    if keys.keyring_usable() and creating and salt is None:
        return None
    if not sys.stdin.isatty():
        raise NeedsPassphraseError(
            f"Serve la passphrase del database: impostala nella variabile {PASSPHRASE_ENV}."
        )
    first = getpass.getpass("Passphrase del database: ")
    if creating and salt is None:
        if getpass.getpass("Ripeti la passphrase: ") != first:
            raise NeedsPassphraseError("Le due passphrase non coincidono.")
    return first


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    path = database_path(args)
    creating = create and not (path.exists() and path.stat().st_size > 0)
    return Store.open(path, passphrase=passphrase_for(path, creating), create=create)
