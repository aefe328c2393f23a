"""``tessere cartella esporta ID|CF``: one person's whole cartella as JSON.

    tessere cartella esporta RSSMRA80A01H501U -o rossi.json
    tessere cartella esporta RSSMRA80A01H501U --documenti    # with attachments (base64)

Without ``-o`` the JSON goes to standard output, for scripts. A file is written
atomically and owner-only, because it holds everything the database knows of
the person.
"""
from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import add_purpose_argument, open_store
from desktop.core.audit import with_purpose
from desktop.core.cartella.export import cartella_json
from desktop.core.files import write_atomically


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("cartella", help="la cartella di una persona (esportazione JSON)")
    actions = parser.add_subparsers(dest="cartella_action", metavar="AZIONE", required=True)
    export = actions.add_parser("esporta", help="tutta la cartella di una persona in JSON")
    export.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    export.add_argument("-o", "--output", metavar="FILE",
                        help="scrivi il JSON in questo file (altrimenti sullo standard output)")
    export.add_argument("--documenti", action="store_true",
                        help="includi il contenuto dei documenti allegati (base64)")
    add_purpose_argument(export)
    add_db_argument(export)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.read() as s:
        with_purpose(s, args.scopo)
        data = cartella_json(s, args.ref, with_documents=args.documenti)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    if args.output:
        path = write_atomically(text.encode("utf-8"), args.output, what="il file della cartella")
        print(f"Cartella di {data['person']['first_name']} {data['person']['last_name']} "
              f"salvata in {path}.", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_DONE
