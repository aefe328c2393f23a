"""``tessere consenso``: a person's consents to share data with the network, headless.

    tessere consenso elenco ID|CF [--json]          # consents, and what is missing
    tessere consenso registra ID|CF --ente "Primavera" --dal 2026-11-03 [--da "…"]
    tessere consenso revoca ID_CONSENSO [--dal 2026-12-01] [--motivo "…"]

The same rules as the scheda's «Consensi» tab (``desktop.core.cartella.consensi``):
one consent in force per organisation, never in the future, a withdrawal kept
on record.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import date_argument, open_store, print_table
from desktop.core.anagrafica import person_by_ref
from desktop.core.cartella import consensi
from desktop.core.formats import day
from desktop.core.search import match_choice


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("consenso", help="i consensi alla condivisione dei dati di una persona")
    actions = parser.add_subparsers(dest="consenso_action", metavar="AZIONE", required=True)

    listing = actions.add_parser("elenco", help="i consensi della persona e cosa manca")
    listing.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    listing.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(listing)

    give = actions.add_parser("registra", help="registra un consenso alla condivisione con un ente")
    give.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    give.add_argument("--ente", required=True, help="l'ente (nome o parte del nome, oppure id)")
    give.add_argument("--dal", metavar="AAAA-MM-GG", help="data del consenso (predefinito: oggi)")
    give.add_argument("--da", default="la persona",
                      help="chi lo ha dato (predefinito: «la persona»)")
    give.add_argument("--note", help="note")
    add_db_argument(give)

    withdraw = actions.add_parser("revoca", help="registra la revoca di un consenso")
    withdraw.add_argument("consent_id", metavar="ID_CONSENSO", help="id del consenso (da «elenco»)")
    withdraw.add_argument("--dal", metavar="AAAA-MM-GG", help="data della revoca (predefinito: oggi)")
    withdraw.add_argument("--motivo", help="motivo o modalità della revoca")
    add_db_argument(withdraw)
    parser.set_defaults(run=run)


def _list(store, args: argparse.Namespace) -> None:
    with store.read() as s:
        person = person_by_ref(s, args.ref)
        rows = consensi.list_consents(s, person.id)
        gaps = consensi.privacy_gaps(s, person.id)
    if args.json:
        print(json.dumps({
            "consents": [{"id": r.id, "organisation_id": r.organisation_id,
                          "organisation": r.organisation, "given_on": r.given_on.isoformat(),
                          "given_by": r.given_by, "withdrawn_on":
                              r.withdrawn_on.isoformat() if r.withdrawn_on else None,
                          "withdrawal_reason": r.withdrawal_reason, "notes": r.notes}
                         for r in rows],
            "missing": gaps}, ensure_ascii=False, indent=2))
        return
    if rows:
        print_table(("Ente", "Dato il", "Da", "Stato", "Id"), [
            (r.organisation, day(r.given_on), r.given_by,
             "in vigore" if r.in_force else f"revocato il {day(r.withdrawn_on)}", r.id)
            for r in rows])
    else:
        print("Nessun consenso alla condivisione registrato.")
    if gaps:
        print("\nDa sistemare per la privacy:")
        for gap in gaps:
            print(f"  - {gap}")


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.consenso_action == "elenco":
            _list(store, args)
        elif args.consenso_action == "registra":
            with store.session() as s:
                person = person_by_ref(s, args.ref)
                fields = consensi.ConsentFields(
                    organisation_id=match_choice(consensi.organisation_choices(s), args.ente,
                                                 "gli enti della rete", anywhere=True),
                    given_on=date_argument(args.dal, "given_on") or dt.date.today(),
                    given_by=args.da, notes=args.note)
                consent_id = consensi.give_consent(s, person.id, fields,
                                                   recorded_by_id=store.operator_id)
            print(f"Consenso {consent_id} registrato.")
        else:
            with store.session() as s:
                consensi.withdraw_consent(s, args.consent_id, date_argument(args.dal, "withdrawn_on"),
                                          args.motivo)
            print(f"Consenso {args.consent_id} revocato: resta registrato con la data di revoca.")
    return EXIT_DONE
