"""What every sub-command shares: which database file and opening it with the
right key (the options and exit codes themselves: ``desktop.cli.arguments``).

A command never creates a database or a folder the user did not ask for: a
``--db`` naming a file that does not exist is an error (1), except for the
commands that make a new database (``tessere demo``, ``tessere team create|join``,
``tessere backup ripristina``), and those only in a folder that exists.
"""
from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path
from typing import Callable

from desktop.cli.arguments import OPERATOR_ENV, PASSPHRASE_ENV, PASSWORD_ENV
from desktop.core import keys
from desktop.core.errors import NeedsPassphraseError, StoreError, ValidationError
from desktop.core.store import Store
from desktop.paths import default_database


def date_argument(text: str | None, field: str) -> dt.date | None:
    """A date typed on the command line (AAAA-MM-GG, or gg/mm/aaaa as on the
    screens), or None when not given."""
    if not text:
        return None
    from desktop.core.anagrafica import parse_date

    try:
        return parse_date(text, field)
    except ValidationError:
        raise ValidationError(f"«{text}» non è una data valida: scrivila come AAAA-MM-GG "
                              "(o gg/mm/aaaa).", field) from None


def add_purpose_argument(parser: argparse.ArgumentParser) -> None:
    """``--scopo``: why the operator reads, prints or exports (in the audit log)."""
    parser.add_argument("--scopo", metavar="TESTO", default=None,
                        help="perché accedi ai dati (resta nel registro degli accessi), per "
                             "esempio «richiesta dell'interessato (art. 15 GDPR)»")


def database_path(args: argparse.Namespace,
                  default: Callable[[], Path] = default_database) -> Path:
    """The file named with ``--db``, else the command's default."""
    return Path(args.db).expanduser() if getattr(args, "db", None) else default()


def passphrase_for(path: Path, creating: bool) -> str | None:
    """The passphrase when the keyring cannot hold the key: from the environment,
    else asked on the terminal (never without one: a script fails at once)."""
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


def open_store(args: argparse.Namespace, *, create: bool = False, signed_in: bool = True,
               temporary_password_ok: bool = False,
               default: Callable[[], Path] = default_database) -> Store:
    """Open the database; where it has accounts and the command touches people's
    data (``signed_in``), sign the operator in first: everything the command
    then reads or writes is scoped and audited as theirs."""
    path = database_path(args, default)
    if not create and not path.exists():
        raise StoreError(_missing_database(path, named=bool(getattr(args, "db", None))))
    creating = create and not (path.exists() and path.stat().st_size > 0)
    store = Store.open(path, passphrase=passphrase_for(path, creating), create=create)
    if signed_in:
        try:
            sign_in_operator(store, getattr(args, "operator", None), temporary_password_ok)
        except BaseException:
            store.close()
            raise
    return store


def _missing_database(path: Path, named: bool) -> str:
    if not named:
        return (f"Non c'è ancora un database in «{path}»: apri Tessere (la finestra) per "
                "crearlo, oppure indica il file con --db.")
    if not path.parent.is_dir():
        return (f"La cartella «{path.parent}» non esiste: controlla il percorso dato con --db "
                "(Tessere non crea cartelle).")
    return (f"Il database «{path}» non esiste: controlla il percorso dato con --db. La riga "
            "di comando non crea database, tranne «tessere demo» e «tessere team create».")


def sign_in_operator(store: Store, username: str | None, temporary_ok: bool = False) -> None:
    from desktop.core import accounts

    with store.read() as s:
        if not accounts.has_accounts(s):
            return  # nobody has set up access yet: the first start of the app asks
    username = username or os.environ.get(OPERATOR_ENV)
    interactive = sys.stdin.isatty()
    if not username:
        if not interactive:
            raise accounts.LoginError(
                f"Questo database ha degli account: indica chi sei con --operator (oppure "
                f"{OPERATOR_ENV}) e la password in {PASSWORD_ENV}.")
        username = input("Nome utente: ")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not interactive:
            raise accounts.LoginError(f"Serve la password di «{username}»: impostala nella "
                                      f"variabile {PASSWORD_ENV}.")
        password = getpass.getpass(f"Password di {username}: ")
    signed_in = accounts.sign_in(store, username, password)
    if signed_in.must_change_password and not temporary_ok:
        raise accounts.LoginError("La tua password è temporanea: cambiala prima con "
                                  "«tessere account password».")


def print_table(header: tuple[str, ...], rows: list[tuple]) -> None:
    """Plain text in aligned columns, the last one left ragged (``--json`` is for scripts)."""
    widths = [max(len(str(v)) for v in column) for column in zip(header, *rows)]
    for line in (header, *rows):
        cells = [str(v).ljust(w) for v, w in zip(line[:-1], widths)] + [str(line[-1])]
        print("  ".join(cells).rstrip())


def index_diary(store: Store) -> None:
    """After a sync or a merge that brought many diary entries: fill the diary's
    full-text index now (the window does it in the background), saying so."""
    from desktop.core import diary_index

    def shown(done: int, total: int, label: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{label}: {done}/{total}   ", end="", file=sys.stderr, flush=True)

    indexed = diary_index.index_pending(store, shown)
    if indexed:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(f"Indice di ricerca del diario aggiornato: {indexed} voci.")
