"""``tessere check``: whether the database file is whole (see ``desktop.core.check``)."""
from __future__ import annotations

import argparse

from desktop.cli.arguments import EXIT_DONE, EXIT_USER_MUST_ACT, add_db_argument
from desktop.cli.common import open_store
from desktop.core.check import full_check


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("check", help="controlla che il file del database sia integro")
    add_db_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args, signed_in=False) as store:
        print(f"Controllo di {store.path}…", flush=True)
        result = full_check(store)
    if result.ok:
        print("Il database è integro: ogni pagina è autentica e la struttura è coerente.")
        return EXIT_DONE
    print("Il database è danneggiato:")
    for problem in result.problems:
        print(f"  - {problem}")
    print("Non scriverci altro: ripristina una copia di sicurezza, oppure crea un database "
          "nuovo e ricevi di nuovo i dati dalla squadra (tessere team join, tessere sync).")
    return EXIT_USER_MUST_ACT
