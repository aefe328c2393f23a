"""``tessere doppioni``: two records of the team that may be one person, headless.

    tessere doppioni elenco [--json]          # undecided pairs, best first
    tessere doppioni unisci ID|CF ID|CF       # the same person (reversible)
    tessere doppioni separa ID|CF ID|CF       # two different people
    tessere doppioni annulla ID_COLLEGAMENTO  # take a decision back

The same rules as the Persone page's «Possibili doppioni» (``desktop.core.duplicati``).
"""
from __future__ import annotations

import argparse
import json

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import open_store, print_table
from desktop.core import duplicati
from desktop.core.anagrafica import person_by_ref
from desktop.core.formats import day


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("doppioni", help="le schede che potrebbero essere la stessa persona")
    actions = parser.add_subparsers(dest="doppioni_action", metavar="AZIONE", required=True)
    listing = actions.add_parser("elenco", help="le coppie da verificare, le più probabili prima")
    listing.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(listing)
    for name, text in (("unisci", "sono la stessa persona: unisce le due schede (reversibile)"),
                       ("separa", "sono persone diverse: la coppia non viene più proposta")):
        action = actions.add_parser(name, help=text)
        action.add_argument("first", metavar="ID|CF", help="id o codice fiscale della prima")
        action.add_argument("second", metavar="ID|CF", help="id o codice fiscale della seconda")
        add_db_argument(action)
    undo = actions.add_parser("annulla", help="annulla un'unione o una separazione")
    undo.add_argument("link_id", metavar="ID_COLLEGAMENTO",
                      help="id del collegamento (stampato da «unisci» e «separa»)")
    add_db_argument(undo)
    parser.set_defaults(run=run)


def _person(p: duplicati.PersonCard) -> dict:
    return {"id": p.person_id, "name": p.full_name, "codice_fiscale": p.codice_fiscale,
            "birth_date": p.birth_date.isoformat() if p.birth_date else None,
            "birthplace": p.birthplace, "district": p.district}


def _list(store, args: argparse.Namespace) -> None:
    with store.read() as s:
        pairs = duplicati.duplicate_suspects(s)
    if args.json:
        print(json.dumps([{"a": _person(p.a), "b": _person(p.b), "score": p.score,
                           "reasons": list(p.reasons)} for p in pairs],
                         ensure_ascii=False, indent=2))
        return
    if not pairs:
        print("Nessun possibile doppione da verificare.")
        return
    print_table(("Prima scheda", "Seconda scheda", "Punteggio", "Motivi"), [
        (f"{p.a.full_name} ({day(p.a.birth_date) or '—'}) {p.a.person_id}",
         f"{p.b.full_name} ({day(p.b.birth_date) or '—'}) {p.b.person_id}",
         f"{round(p.score * 100)}%", "; ".join(p.reasons)) for p in pairs])


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.doppioni_action == "elenco":
            _list(store, args)
        elif args.doppioni_action == "annulla":
            with store.session() as s:
                duplicati.unmerge(s, args.link_id)
            print("Decisione annullata: le due schede sono di nuovo come prima.")
        else:
            with store.session() as s:
                first, second = person_by_ref(s, args.first), person_by_ref(s, args.second)
                decide = duplicati.merge if args.doppioni_action == "unisci" else duplicati.keep_apart
                link_id = decide(s, first.id, second.id)
                names = f"{first.full_name} e {second.full_name}"
            said = ("unite: sono la stessa persona" if args.doppioni_action == "unisci"
                    else "separate: sono persone diverse")
            print(f"Schede di {names} {said} (collegamento {link_id}; "
                  f"«tessere doppioni annulla {link_id}» per tornare indietro).")
    return EXIT_DONE
