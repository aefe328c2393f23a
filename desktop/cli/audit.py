"""``tessere audit``: the audit log from the command line.

    tessere audit verify                           # is every replica's chain whole?
    tessere audit elenco --persona RSSMRA80A01H501U   # chi ha visto la cartella
    tessere audit elenco --operatore "Bianchi" --dal 01/12/2026 --al 06/12/2026 --json

``verify`` exits with 0 when every chain is whole and 1 when a row was removed
or altered, naming the first broken link of each chain in Italian.
"""
from __future__ import annotations

import argparse
import json

from desktop.cli.arguments import EXIT_DONE, EXIT_USER_MUST_ACT, add_db_argument
from desktop.cli.common import open_store, print_table
from desktop.core import audit
from desktop.core.anagrafica import parse_date, person_by_ref
from desktop.core.formats import day_time


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("audit", help="il registro degli accessi (verifica, elenco)")
    actions = parser.add_subparsers(dest="audit_action", metavar="AZIONE", required=True)

    check = actions.add_parser("verify", help="controlla che nessuna riga del registro sia stata "
                                              "tolta o alterata")
    add_db_argument(check)

    listing = actions.add_parser("elenco", help="chi ha letto, stampato, esportato o modificato "
                                                "una cartella")
    listing.add_argument("--persona", metavar="ID|CF", help="solo la cartella di questa persona")
    listing.add_argument("--operatore", metavar="ID|NOME",
                         help="solo questo operatore (id, cognome o nome e cognome)")
    listing.add_argument("--dal", metavar="GG/MM/AAAA", help="dal giorno (compreso)")
    listing.add_argument("--al", metavar="GG/MM/AAAA", help="al giorno (compreso)")
    listing.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(listing)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.audit_action == "verify":  # checks hashes, shows nobody's data
        with open_store(args, signed_in=False) as store, store.read() as s:
            report = audit.verify(s)
        print(report.explain())
        return EXIT_DONE if report.ok else EXIT_USER_MUST_ACT
    since = parse_date(args.dal, "dal") if args.dal else None
    until = parse_date(args.al, "al") if args.al else None
    with open_store(args) as store, store.read() as s:
        person_id = person_by_ref(s, args.persona).id if args.persona else None
        operator_id = audit.operator_by_ref(s, args.operatore) if args.operatore else None
        rows = audit.accesses(s, person_id=person_id, operator_id=operator_id,
                              since=since, until=until)
    if args.json:
        print(json.dumps([_as_json(r) for r in rows], ensure_ascii=False, indent=2))
    elif not rows:
        print("Nessun accesso registrato con questi criteri.")
    else:
        print_table(("Quando", "Operatore", "Ruolo", "Azione", "Cosa", "Persona", "Scopo"),
                    [(day_time(r.local_at), r.operator, r.role or "", r.action_label, r.what,
                      r.person_id or "", r.purpose or "") for r in rows])
    return EXIT_DONE


def _as_json(row: audit.AccessRow) -> dict:
    return {"at": row.at.isoformat() + "Z", "operator_id": row.operator_id,
            "operator": row.operator, "role": row.role, "action": row.action,
            "what": row.what, "table": row.table_name, "row_id": row.row_id,
            "person_id": row.person_id, "purpose": row.purpose, "replica_id": row.replica_id,
            "seq": row.seq}
