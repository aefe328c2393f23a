"""``tessere backup crea|ripristina|info``: an encrypted backup of the database,
its restore as a new database (a new laptop), and what a backup file holds.

    tessere backup crea copia.tessere-backup --db cartella.db
    tessere backup ripristina copia.tessere-backup --db nuovo.db
    tessere backup info copia.tessere-backup

The backup's passphrase comes from ``TESSERE_BACKUP_PASSPHRASE`` or is asked on
the terminal (twice when creating), never on the command line, where other
users and the shell history would see it. The restored database is keyed like a
new one: a random key in the OS keyring, else ``TESSERE_PASSPHRASE`` or a
passphrase asked twice.
"""
from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from desktop.cli.arguments import EXIT_DONE, PASSPHRASE_ENV, add_db_argument
from desktop.cli.common import database_path, open_store
from desktop.cli.info import LABELS
from desktop.core import backup, keys
from desktop.core.errors import NeedsPassphraseError
from desktop.core.formats import day_time
from desktop.core.store import Store, undo_upgrade
from desktop.sync import team
from desktop.sync.engine import start_as_copy

BACKUP_PASSPHRASE_ENV = "TESSERE_BACKUP_PASSPHRASE"
SHOWN_COUNTS = ("person", "case_episode", "diary_entry", "patto", "document", "service")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("backup", help="backup cifrato del database e ripristino")
    actions = parser.add_subparsers(dest="backup_action", metavar="AZIONE", required=True)
    create = actions.add_parser("crea", help="salva un backup cifrato con una passphrase")
    create.add_argument("file", metavar="FILE", type=Path, help="il file del backup da creare")
    create.add_argument("--sovrascrivi", action="store_true",
                        help="sostituisci FILE se esiste già")
    add_db_argument(create)
    restore = actions.add_parser(
        "ripristina", help="ripristina un backup come nuovo database (indicato con --db)")
    restore.add_argument("file", metavar="FILE", type=Path, help="il file del backup")
    restore.add_argument("--sostituisci", action="store_true",
                         help="se il database --db esiste, mettilo da parte (non viene cancellato)")
    add_db_argument(restore)
    undo = actions.add_parser(
        "annulla-aggiornamento",
        help="rimetti il database com'era prima dell'ultimo aggiornamento di Tessere",
        description="Prima di aggiornare lo schema di un database Tessere ne salva una copia "
                    "cifrata accanto (NOME.prima-dello-schema-NNNN.db). Questo comando la "
                    "rimette al suo posto, per tornare alla versione precedente di Tessere; il "
                    "database aggiornato resta da parte, non viene cancellato. Non apre il "
                    "database: chiudete Tessere prima.")
    add_db_argument(undo)
    info = actions.add_parser("info", help="che cosa contiene un backup (senza passphrase)")
    info.add_argument("file", metavar="FILE", type=Path, help="il file del backup")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.backup_action == "info":
        show_header(backup.read_header(args.file), args.file)
    elif args.backup_action == "crea":
        with open_store(args, signed_in=False) as store:
            header = backup.create_backup(store, args.file, _backup_passphrase(confirm=True),
                                          progress=_Progress(), overwrite=args.sovrascrivi)
        print(f"Backup cifrato salvato in {args.file} ({_summary(header.counts)}).")
    elif args.backup_action == "annulla-aggiornamento":
        copy, aside = undo_upgrade(database_path(args))
        print(f"Rimesso {copy.name} al posto del database; quello aggiornato è in {aside}. "
              "Ora apritelo con la versione di Tessere che usavate prima.")
    else:
        _restore(args)
    return EXIT_DONE


def _restore(args: argparse.Namespace) -> None:
    target = database_path(args)
    passphrase = _backup_passphrase(confirm=False)
    new_passphrase = _new_database_passphrase()
    done = backup.restore_backup(args.file, passphrase, target, new_passphrase=new_passphrase,
                                 replace=args.sostituisci, on_restored=start_as_copy,
                                 progress=_Progress())
    with Store.open(done.path, passphrase=new_passphrase) as store:
        replica = store.replica_id
        needs_code = store.meta(team.META_TEAM_ID) is not None and team.team_key(store) is None
    print(f"Backup ripristinato in {done.path} ({_summary(done.header.counts)}).")
    if done.set_aside is not None:
        print(f"Il database che c'era è stato messo da parte in {done.set_aside}.")
    print(f"Nella sincronizzazione pubblica come computer {replica}, non come il computer "
          f"{done.header.replica_id} da cui viene il backup.")
    if needs_code:
        print("La chiave della squadra non è su questo computer: unisciti con il codice della "
              f"squadra (tessere team join --db {done.path}).")


def show_header(header: backup.Header, path: Path) -> None:
    print(f"Backup:          {path}")
    if header.demo:
        print("Tipo:            DIMOSTRATIVO (persone inventate)")
    print(f"Creato il:       {_when(header.created_at)}")
    print(f"Schema:          {header.schema}")
    print(f"Replica:         {header.replica_id}")
    print(f"Dimensione:      {header.size / 1_048_576:.1f} MB")
    print(f"Cifratura:       AES-256-GCM, chiave da {header.kdf.get('name')} "
          f"({header.kdf.get('memory_kib', 0) // 1024} MiB, {header.kdf.get('time_cost')} passaggi)")
    print()
    width = max(len(v) for v in LABELS.values())
    for table, count in header.counts.items():
        print(f"{LABELS.get(table, table):<{width}}  {count:>9}")


def _when(created_at: str) -> str:
    try:
        return day_time(dt.datetime.fromisoformat(created_at).astimezone())
    except ValueError:
        return created_at


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{LABELS[t].lower()}: {counts[t]}" for t in SHOWN_COUNTS if t in counts)


def _backup_passphrase(*, confirm: bool) -> str:
    env = os.environ.get(BACKUP_PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise NeedsPassphraseError(
            f"Serve la passphrase del backup: impostala nella variabile {BACKUP_PASSPHRASE_ENV}.")
    first = getpass.getpass("Passphrase del backup: ")
    if confirm and getpass.getpass("Ripeti la passphrase del backup: ") != first:
        raise NeedsPassphraseError("Le due passphrase del backup non coincidono.")
    return first


def _new_database_passphrase() -> str | None:
    """Like a new database: the keyring when there is one (None), else a passphrase."""
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if keys.keyring_usable():
        return None
    if not sys.stdin.isatty():
        raise NeedsPassphraseError(
            "Non c'è un portachiavi di sistema: serve una passphrase per il database ripristinato, "
            f"nella variabile {PASSPHRASE_ENV}.")
    first = getpass.getpass("Passphrase del nuovo database: ")
    if getpass.getpass("Ripeti la passphrase: ") != first:
        raise NeedsPassphraseError("Le due passphrase non coincidono.")
    return first


class _Progress:
    """A percentage on the terminal's standard error; silent for scripts."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.shown = ""

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.tty:
            return
        line = f"{label}: {100 * done // total}%" if total else f"{label}…"
        if line != self.shown:
            end = "\n" if total and done >= total else ""
            print(f"\r{line}\033[K", end=end, file=sys.stderr, flush=True)
            self.shown = line
