"""The top-level command line's own parts: ``--db``/``--operator``, the exit
codes, and the environment variables a command reads.

Kept apart from ``desktop.cli.common`` because it imports nothing of the core:
``tessere`` with no command opens the window, and telling that apart must not
import the store (about a second) before the window's frame is on screen.

Exit codes (also in ``tessere --help`` and the README):
0 done; 1 the user must act (wrong passphrase or key, no permission, refused
credentials, a full server or disk, a damaged file); 2 usage (a wrong command
line); 3 Tessere will retry by itself (server unreachable, timeout, a server error, the
database busy in another Tessere: ``TESSERE_LOCK_WAIT`` seconds, see
``desktop.core.filelock``); 130 interrupted (Ctrl+C).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from desktop.core.errors import DatabaseBusyError, TessereError, ValidationError

PASSPHRASE_ENV = "TESSERE_PASSPHRASE"
OPERATOR_ENV = "TESSERE_OPERATOR"
PASSWORD_ENV = "TESSERE_PASSWORD"

EXIT_DONE = 0
EXIT_USER_MUST_ACT = 1
EXIT_USAGE = 2
EXIT_RETRY_LATER = 3
EXIT_INTERRUPTED = 130  # the shells' 128 + SIGINT
EXIT_CODES_HELP = (
    "codici di uscita: 0 fatto; 1 serve un intervento (passphrase o chiave sbagliata, "
    "nessun permesso, credenziali rifiutate, server o disco pieno, file danneggiato, "
    "database inesistente); 2 comando scritto male; 3 riproverà da solo (server "
    "irraggiungibile, tempo scaduto, errore del server, database occupato da un altro "
    "programma Tessere); 130 interrotto con Ctrl+C"
)

# The option is accepted before the command (``tessere --db F info``) and after it
# (``tessere info --db F``); each place has its own attribute so that neither
# default can overwrite the other, and ``resolve_db`` reconciles them.
_DB_AFTER = "db_after_command"
_DB_HELP = "file del database (predefinito: quello nella cartella dati dell'utente)"
_OPERATOR_AFTER = "operator_after_command"
_OPERATOR_HELP = (f"il tuo nome utente, se il database ha degli account (oppure {OPERATOR_ENV}); "
                  f"la password da {PASSWORD_ENV} o chiesta dal terminale")


def add_db_argument(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """``--db`` and ``--operator``, before or after the command."""
    parser.add_argument("--db", dest="db" if top_level else _DB_AFTER, type=Path, default=None,
                        metavar="FILE", help=_DB_HELP)
    parser.add_argument("--operator", dest="operator" if top_level else
                        _OPERATOR_AFTER, default=None, metavar="UTENTE", help=_OPERATOR_HELP)


def resolve_db(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """One ``args.db`` (and ``args.operator``) from the two places; two different
    files is a usage error."""
    before, after = getattr(args, "db", None), getattr(args, _DB_AFTER, None)
    if before and after and _same_file(before) != _same_file(after):
        parser.error(f"--db indicato due volte con due file diversi: «{before}» prima del "
                     f"comando e «{after}» dopo. Indicane uno solo.")
    args.db = after or before
    args.operator = getattr(args, _OPERATOR_AFTER, None) or getattr(args, "operator", None)
    for name in (_DB_AFTER, _OPERATOR_AFTER):
        if hasattr(args, name):
            delattr(args, name)


def _same_file(path: Path) -> Path:
    return path.expanduser().resolve()


def exit_code_for(error: TessereError) -> int:
    from desktop.sync.errors import TargetError

    if isinstance(error, TargetError) and error.retry_later:
        return EXIT_RETRY_LATER
    if isinstance(error, DatabaseBusyError):
        return EXIT_RETRY_LATER
    if isinstance(error, ValidationError):
        return EXIT_USAGE
    return EXIT_USER_MUST_ACT
