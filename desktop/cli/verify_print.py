"""``tessere verify-print PAYLOAD``: which patto a paper copy is, and whether it is
still current. PAYLOAD is the QR text or the short fingerprint printed under it.

Exit status: 0 the copy is the version in force; 1 it is not (the record changed
since it was signed, or the text matches no patto here): somebody must look.
"""
from __future__ import annotations

import argparse

from desktop.cli.arguments import EXIT_DONE, EXIT_USER_MUST_ACT, add_db_argument
from desktop.cli.common import open_store
from desktop.pdf import verify_print


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("verify-print", help="verifica una copia stampata di un patto")
    parser.add_argument("payload", metavar="PAYLOAD",
                        help="testo del codice QR o impronta stampata (es. 5B29-7D29-C968-A44E)")
    add_db_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.read() as s:
        result = verify_print(s, args.payload)
    print(result.message)
    return EXIT_DONE if result.matches and not result.changed else EXIT_USER_MUST_ACT
