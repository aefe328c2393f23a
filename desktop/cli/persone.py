"""``tessere persone``: the people list with the Persone page's filters, headless.

    tessere persone [--cerca TESTO] [--distretto NOME] [--fase aperta|nessuna|FASE]
                    [--case-manager NOME|nessuno] [--patto TIPO|nessuno] [--json]

Without ``--cerca`` everyone the filters let through, alphabetically; with it,
the best matches first (name without accents, part of the codice fiscale,
comune), as in the window. Names of districts, case managers, kinds of patto and
phases may be typed in part, as long as only one matches.
"""
from __future__ import annotations

import argparse
import json

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import open_store, print_table
from desktop.core import formats, persone
from desktop.core.search import match_choice

NOBODY = ("nessuno", "nessuna", persone.NONE)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("persone", help="elenco delle persone, con gli stessi filtri della "
                                            "pagina Persone")
    parser.add_argument("--cerca", metavar="TESTO",
                        help="nome, parte del codice fiscale o comune")
    parser.add_argument("--distretto", metavar="NOME",
                        help="distretto o ambito di residenza (comprese le sue aree)")
    parser.add_argument("--fase", metavar="aperta|nessuna|FASE",
                        help="presa in carico aperta, nessuna aperta, o aperta in questa fase")
    parser.add_argument("--case-manager", metavar="NOME|nessuno",
                        help="il case manager (cognome e nome), o «nessuno»")
    parser.add_argument("--patto", metavar="TIPO|nessuno",
                        help="tipo di patto in corso, o «nessuno»")
    parser.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(parser)
    parser.set_defaults(run=run)


def _filters(choices: persone.FilterChoices, args: argparse.Namespace) -> persone.PeopleFilter:
    """The options as the page's filters; a name that matches nothing is a usage error."""
    district = open_case = phase = manager = kind = None
    if args.distretto:
        district = match_choice([(uid, name) for uid, name, _ in choices.districts],
                                args.distretto, "i distretti e le loro aree")
    if args.fase in ("aperta", "nessuna"):
        open_case = args.fase == "aperta"
    elif args.fase:
        phase = match_choice(choices.case_phases, args.fase, "le fasi della presa in carico")
    if args.case_manager in NOBODY:
        manager = persone.NONE
    elif args.case_manager:
        manager = match_choice(choices.case_managers, args.case_manager, "i case manager")
    if args.patto in NOBODY:
        kind = persone.NONE
    elif args.patto:
        kind = match_choice(choices.patto_kinds, args.patto, "i tipi di patto")
    return persone.PeopleFilter(district=district, open_case=open_case, case_phase=phase,
                                case_manager=manager, patto_kind=kind)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.read() as s:
        filters = _filters(persone.filter_choices(s), args)
        rows = (persone.find_people(s, args.cerca, filters) if args.cerca
                else persone.people(s, filters))
    if args.json:
        print(json.dumps([{
            "id": r.id, "last_name": r.last_name, "first_name": r.first_name,
            "codice_fiscale": r.codice_fiscale,
            "birth_date": r.birth_date.isoformat() if r.birth_date else None, "comune": r.comune,
        } for r in rows], ensure_ascii=False, indent=2))
    elif not rows:
        print("Nessuna persona corrisponde.")
    else:
        print_table(("Cognome Nome", "Codice fiscale", "Nato/a il", "Comune", "Id"),
                    [(f"{r.last_name} {r.first_name}", r.codice_fiscale or "—",
                      formats.day(r.birth_date) or "—", r.comune or "—", r.id) for r in rows])
    return EXIT_DONE
