"""``tessere uvm``: the UVM / équipe sessions of a person from the command line.

    tessere uvm registra ID|CF --data AAAA-MM-GG --decisione approvato \\
        --membro "Nome Cognome;ruolo;Organizzazione" --operatore "Cognome;ruolo" \\
        [--strumento scheda_patti] [--budget 4.500,00] [--prossima AAAA-MM-GG]
    tessere uvm elenco ID|CF [--json]
    tessere uvm autorizza ID_PATTO|CF ID_UVM   (--scollega to unlink)

Sessions are written and read through ``desktop.core.cartella.uvm``, the same
rules as the scheda's UVM tab: never dated in the future, members with a role,
only an approving session of a beneficiary authorises a patto.
"""
from __future__ import annotations

import argparse
import json

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import date_argument, open_store, print_table
from desktop.core.anagrafica import person_by_ref
from desktop.core.cartella import uvm
from desktop.core.errors import ValidationError
from desktop.core.formats import day, parse_money
from desktop.core.patti.lifecycle import patto_by_ref
from desktop.core.search import match_choice


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("uvm",
                            help="le sedute UVM di una persona (registra, elenco, autorizza)")
    actions = parser.add_subparsers(dest="uvm_action", metavar="AZIONE", required=True)

    add = actions.add_parser("registra", help="registra una seduta UVM già tenuta")
    add.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    add.add_argument("--data", required=True, metavar="AAAA-MM-GG", help="quando si è tenuta")
    add.add_argument("--decisione", required=True,
                     help="approvato, approvato con modifiche, rinviato, non approvato")
    add.add_argument("--membro", action="append", default=[], metavar="NOME;RUOLO[;ENTE]",
                     help="un partecipante esterno (ripetibile); l'ente tra le organizzazioni")
    add.add_argument("--operatore", action="append", default=[], metavar="OPERATORE;RUOLO",
                     help="un operatore dell'équipe, per cognome o id (ripetibile)")
    add.add_argument("--strumento", action="append", default=[],
                     help="strumento usato: codice di un modello di valutazione o un nome")
    add.add_argument("--luogo", default="", help="dove si è tenuta")
    add.add_argument("--testo", default="", help="la decisione, per esteso")
    add.add_argument("--budget", help="budget autorizzato in euro (es. 4.500,00)")
    add.add_argument("--prossima", metavar="AAAA-MM-GG", help="prossima rivalutazione")
    add_db_argument(add)

    listing = actions.add_parser("elenco", help="le sedute di una persona, dalla più recente")
    listing.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    listing.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(listing)

    link = actions.add_parser("autorizza", help="collega un patto all'UVM che lo ha autorizzato")
    link.add_argument("patto", metavar="ID_PATTO|CF", help="id del patto o codice fiscale")
    link.add_argument("uvm_id", metavar="ID_UVM", nargs="?",
                      help="id della seduta (da «uvm elenco»)")
    link.add_argument("--scollega", action="store_true", help="togli il collegamento")
    add_db_argument(link)
    parser.set_defaults(run=run)


def _members(args: argparse.Namespace, choices: uvm.FormChoices) -> tuple[uvm.MemberFields, ...]:
    members = []
    for text in args.operatore:
        who, _, role = text.partition(";")
        operator_id = match_choice(choices.operators, who.strip(), "gli operatori")
        members.append(uvm.MemberFields(operator_id=operator_id, role=role.strip(),
                                        organisation_id=choices.operator_organisations.get(
                                            operator_id)))
    for text in args.membro:
        name, role, org = (text.split(";") + ["", ""])[:3]
        org_id = match_choice(choices.organisations, org.strip(), "le organizzazioni",
                              anywhere=True) if org.strip() else None
        members.append(uvm.MemberFields(name=name.strip(), role=role.strip(),
                                        organisation_id=org_id))
    return tuple(members)


def _register(store, args: argparse.Namespace) -> None:
    try:
        budget = parse_money(args.budget) if args.budget else None
    except ValueError as exc:
        raise ValidationError(str(exc), "budget") from None
    with store.session() as s:
        person = person_by_ref(s, args.ref)
        choices = uvm.form_choices(s)
        fields = uvm.SessionFields(
            held_on=date_argument(args.data, "held_on"),
            decision=match_choice(choices.decisions, args.decisione, "le decisioni dell'UVM"),
            members=_members(args, choices), place=args.luogo,
            instruments=tuple(args.strumento), decision_text=args.testo,
            budget_authorised_cents=budget, next_review_on=date_argument(args.prossima, "next_review_on"))
        uvm_id = uvm.save_session(s, person.id, fields)
        name = person.full_name
    print(f"Seduta UVM {uvm_id} registrata per {name}.")


def _row_json(row: uvm.UvmRow) -> dict:
    return {
        "id": row.id, "held_on": row.held_on.isoformat(), "place": row.place,
        "members": [{"name": m.name, "organisation": m.organisation, "role": m.role,
                     "operator_id": m.operator_id} for m in row.members],
        "instruments": list(row.instrument_names), "decision": row.decision,
        "decision_label": row.decision_label, "decision_text": row.decision_text,
        "budget_authorised_cents": row.budget_authorised_cents,
        "next_review_on": row.next_review_on.isoformat() if row.next_review_on else None,
        "patti": [{"id": p.id, "title": p.title} for p in row.patti],
    }


def _list(store, args: argparse.Namespace) -> None:
    with store.read() as s:
        person = person_by_ref(s, args.ref)
        rows = uvm.list_sessions(s, person.id)
    if args.json:
        print(json.dumps([_row_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        print("Nessuna seduta UVM.")
        return
    print_table(("Data", "Decisione", "Budget", "Prossima", "Id", "Partecipanti"),
                [(day(r.held_on), r.decision_label, r.budget_text or "—",
                  day(r.next_review_on) or "—", r.id, r.members_text[:80]) for r in rows])


def _authorise(store, args: argparse.Namespace) -> None:
    if not args.scollega and not args.uvm_id:
        raise ValidationError("Indica l'id della seduta UVM, oppure --scollega.", "uvm")
    with store.session() as s:
        patto = patto_by_ref(s, args.patto)
        warning = uvm.authorise_patto(s, patto.id, None if args.scollega else args.uvm_id)
        title = patto.title
    if args.scollega:
        print(f"Il patto «{title}» non è più collegato a un'UVM.")
        return
    print(f"Il patto «{title}» è autorizzato dall'UVM {args.uvm_id}.")
    if warning:
        print(f"Attenzione: {warning}")


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.uvm_action == "registra":
            _register(store, args)
        elif args.uvm_action == "autorizza":
            _authorise(store, args)
        else:
            _list(store, args)
    return EXIT_DONE
