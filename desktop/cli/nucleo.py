"""``tessere nucleo``, ``tessere isee`` and ``tessere trappola``: a person's
household, ISEE declarations and benefit-trap warnings from the command line.

    tessere nucleo elenco ID|CF [--json]
    tessere nucleo aggiungi ID|CF --relazione figlio --nome Marco --cognome Russo [--nato …]
    tessere isee registra ID|CF --valore 8.432,10 --rilascio 2026-02-10 [--tipo corrente]
    tessere isee elenco ID|CF [--json]
    tessere trappola ID|CF [--data AAAA-MM-GG] [--json]

The same rules as the scheda (``desktop.core.cartella.nucleo`` and
``trappola``): an ISEE saved without a scadenza gets the one its kind implies,
an expired one is said so.
"""
from __future__ import annotations

import argparse
import dataclasses
import json

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import date_argument, open_store, print_table
from desktop.core import formats
from desktop.core.anagrafica import person_by_ref
from desktop.core.cartella import nucleo, trappola
from desktop.core.catalogues import catalogue_choices
from desktop.core.errors import ValidationError
from desktop.core.search import match_choice


def register(sub: argparse._SubParsersAction) -> None:
    _register_nucleo(sub)
    _register_isee(sub)
    parser = sub.add_parser("trappola", help="benefici che un reddito da lavoro previsto "
                                             "sospenderebbe o ridurrebbe")
    parser.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    parser.add_argument("--data", metavar="AAAA-MM-GG",
                        help="il giorno di riferimento (predefinito: oggi); conta il suo anno")
    parser.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(parser)
    parser.set_defaults(run=run_trappola)


def _person_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")


def _register_nucleo(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("nucleo", help="il nucleo familiare di una persona (elenco, aggiungi)")
    actions = parser.add_subparsers(dest="nucleo_action", metavar="AZIONE", required=True)
    listing = actions.add_parser("elenco", help="i componenti del nucleo")
    _person_argument(listing)
    listing.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(listing)
    add = actions.add_parser("aggiungi", help="aggiungi un componente al nucleo")
    _person_argument(add)
    add.add_argument("--relazione", required=True,
                     help="relazione con la persona (codice o nome: figlio, coniuge, genitore…)")
    add.add_argument("--nome", default="", help="nome del componente")
    add.add_argument("--cognome", default="", help="cognome del componente")
    add.add_argument("--nato", metavar="AAAA-MM-GG", help="data di nascita")
    add.add_argument("--persona", metavar="ID|CF",
                     help="il componente ha una cartella: nome e nascita si prendono da lì")
    add.add_argument("--non-convivente", action="store_true", help="non vive con la persona")
    add.add_argument("--dal", metavar="AAAA-MM-GG", help="nel nucleo dal")
    add.add_argument("--al", metavar="AAAA-MM-GG", help="nel nucleo fino al")
    add.add_argument("--note", help="note")
    add_db_argument(add)
    parser.set_defaults(run=run_nucleo)


def _register_isee(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("isee", help="le attestazioni ISEE di una persona (registra, elenco)")
    actions = parser.add_subparsers(dest="isee_action", metavar="AZIONE", required=True)
    record = actions.add_parser("registra", help="registra un'attestazione ISEE")
    _person_argument(record)
    record.add_argument("--valore", required=True, help="valore ISEE in euro (es. 8.432,10)")
    record.add_argument("--rilascio", required=True, metavar="AAAA-MM-GG",
                        help="data di rilascio dell'attestazione")
    record.add_argument("--tipo", default="ordinario",
                        help="tipo di ISEE (ordinario, corrente, sociosanitario…)")
    record.add_argument("--scadenza", metavar="AAAA-MM-GG",
                        help="valida fino al (predefinito: 31/12 dell'anno; sei mesi per il "
                             "corrente)")
    record.add_argument("--protocollo", help="protocollo INPS (INPS-ISEE-…)")
    record.add_argument("--componenti", type=int, help="componenti del nucleo ISEE")
    record.add_argument("--note", help="note")
    add_db_argument(record)
    listing = actions.add_parser("elenco", help="le attestazioni, dalla più recente")
    _person_argument(listing)
    listing.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(listing)
    parser.set_defaults(run=run_isee)


def _json(rows) -> str:
    return json.dumps([dataclasses.asdict(r) for r in rows], ensure_ascii=False, indent=2,
                      default=str)


# ------------------------------------------------------------------ nucleo
def run_nucleo(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.nucleo_action == "aggiungi":
            with store.session() as s:
                person = person_by_ref(s, args.ref)
                relations = catalogue_choices(s, "household_relation")["household_relation"]
                member = person_by_ref(s, args.persona).id if args.persona else None
                fields = nucleo.HouseholdFields(
                    first_name=args.nome, last_name=args.cognome,
                    relationship_code=match_choice(relations, args.relazione, "le relazioni"),
                    birth_date=date_argument(args.nato, "birth_date"),
                    cohabiting=not args.non_convivente, since_on=date_argument(args.dal, "since_on"),
                    until_on=date_argument(args.al, "until_on"), member_person_id=member,
                    notes=args.note)
                member_id = nucleo.save_household_member(s, person.id, fields)
                name = person.full_name
            print(f"Componente {member_id} aggiunto al nucleo di {name}.")
            return EXIT_DONE
        with store.read() as s:
            rows = nucleo.list_household(s, person_by_ref(s, args.ref).id)
    if args.json:
        print(_json(rows))
    elif not rows:
        print("Nessun componente del nucleo registrato.")
    else:
        print_table(("Nome", "Relazione", "Nato il", "Convivente", "Dal", "Al", "Id"),
                    [(r.name, r.relationship_label, formats.day(r.birth_date) or "—",
                      "sì" if r.cohabiting else "no", formats.day(r.since_on) or "—",
                      formats.day(r.until_on) or "—", r.id) for r in rows])
    return EXIT_DONE


# -------------------------------------------------------------------- ISEE
def run_isee(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.isee_action == "registra":
            try:
                value = formats.parse_money(args.valore)
            except ValueError as exc:
                raise ValidationError(str(exc), "value_cents") from None
            with store.session() as s:
                person = person_by_ref(s, args.ref)
                kinds = catalogue_choices(s, "isee_kind")["isee_kind"]
                fields = nucleo.check_isee(nucleo.IseeFields(
                    kind=match_choice(kinds, args.tipo, "i tipi di ISEE"), value_cents=value,
                    issued_on=date_argument(args.rilascio, "issued_on"),
                    valid_until=date_argument(args.scadenza, "valid_until"), protocol=args.protocollo,
                    household_size=args.componenti, notes=args.note))
                declaration_id = nucleo.save_isee(s, person.id, fields)
            validity = nucleo.validity_text(nucleo.isee_status(fields), fields.valid_until)
            print(f"ISEE {formats.money(fields.value_cents)} registrato ({declaration_id}): "
                  f"{validity}.")
            return EXIT_DONE
        with store.read() as s:
            rows = nucleo.list_isee(s, person_by_ref(s, args.ref).id)
    if args.json:
        print(_json(rows))
    elif not rows:
        print("Nessuna attestazione ISEE registrata.")
    else:
        print_table(("Tipo", "Valore", "Rilascio", "Validità", "Protocollo", "Id"),
                    [(r.kind_label, formats.money(r.value_cents), formats.day(r.issued_on),
                      r.validity_text, r.protocol or "—", r.id) for r in rows])
    return EXIT_DONE


# ---------------------------------------------------------------- trappola
def run_trappola(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.read() as s:
        person = person_by_ref(s, args.ref)
        warnings = trappola.benefit_warnings(s, person.id, today=date_argument(args.data, "today"))
        name = person.full_name
    if args.json:
        print(json.dumps([dict(dataclasses.asdict(w), message=w.message, year_note=w.year_note)
                          for w in warnings], ensure_ascii=False, indent=2))
    elif not warnings:
        print(f"Nessun beneficio di {name} è a rischio per il reddito da lavoro previsto.")
    else:
        print(f"Attenzione: il reddito da lavoro previsto mette a rischio benefici di {name}.")
        for w in warnings:
            print(f"\n• {w.benefit} — {w.message}\n  Regola: {w.rule}\n  {w.year_note}")
    return EXIT_DONE
