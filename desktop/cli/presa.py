"""``tessere presa-in-carico``: a person's prese in carico from the command line.

    tessere presa-in-carico apri ID|CF --origine scuola [--inviata-da "…"] [--data AAAA-MM-GG]
    tessere presa-in-carico avanza ID|CF prendi_in_carico [--data AAAA-MM-GG]
    tessere presa-in-carico chiudi ID|CF --motivo "Obiettivi raggiunti" [--data …]
    tessere presa-in-carico elenco ID|CF [--json]

The same rules as the scheda's «Presa in carico» tab
(``desktop.core.cartella.presa_in_carico``): one open at a time, transitions
only from the phases the table allows, dates neither in the future nor before
the last one recorded, a reason to close. The responsible operator defaults to
the operator profile of this installation.
"""
from __future__ import annotations

import argparse
import json

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import date_argument, open_store
from desktop.core.anagrafica import person_by_ref
from desktop.core.cartella import presa_in_carico as pic
from desktop.core.formats import day
from desktop.core.search import match_choice

STEPS = [a for a in pic.ACTIONS.values() if a.name != "chiudi"]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("presa-in-carico",
                            help="le prese in carico di una persona (apri, avanza, chiudi, elenco)")
    actions = parser.add_subparsers(dest="presa_action", metavar="AZIONE", required=True)

    start = actions.add_parser("apri", help="apri una presa in carico (fase di segnalazione)")
    start.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    start.add_argument("--origine", required=True,
                       help="chi ha inviato la persona (codice o nome: scuola, CAF, CSM, "
                            "servizio sociale…)")
    start.add_argument("--inviata-da", dest="referred_by",
                       help="chi esattamente, per esempio «Istituto comprensivo di Vergato»")
    start.add_argument("--data", metavar="AAAA-MM-GG",
                       help="data della segnalazione (predefinito: oggi)")
    start.add_argument("--responsabile",
                       help="operatore responsabile (nome o id; predefinito: tu)")
    start.add_argument("--note", help="note")
    add_db_argument(start)

    step = actions.add_parser(
        "avanza", help="passa alla fase successiva",
        description="Azioni: " + "; ".join(f"{a.name} («{a.label}»)" for a in STEPS) + ".")
    step.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    step.add_argument("azione", metavar="AZIONE",
                      help="l'azione (codice o parole del pulsante): "
                           + ", ".join(a.name for a in STEPS))
    step.add_argument("--data", metavar="AAAA-MM-GG", help="data del passaggio (predefinito: oggi)")
    step.add_argument("--episodio", metavar="ID", help="id della presa in carico (predefinito: "
                                                        "quella aperta)")
    add_db_argument(step)

    close = actions.add_parser("chiudi", help="chiudi la presa in carico, con il motivo")
    close.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    close.add_argument("--motivo", required=True,
                       help="motivo della chiusura (per esempio «Obiettivi raggiunti»)")
    close.add_argument("--data", metavar="AAAA-MM-GG", help="data della chiusura (predefinito: oggi)")
    close.add_argument("--episodio", metavar="ID", help="id della presa in carico (predefinito: "
                                                         "quella aperta)")
    add_db_argument(close)

    listing = actions.add_parser("elenco", help="le prese in carico con fasi, date e attese")
    listing.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    listing.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(listing)
    parser.set_defaults(run=run)


def _open(store, args: argparse.Namespace) -> None:
    with store.session() as s:
        person = person_by_ref(s, args.ref)
        choices = pic.episode_choices(s)
        operator = store.operator_id
        if args.responsabile:
            operator = match_choice(choices.operators, args.responsabile, "gli operatori",
                                    anywhere=True)
        fields = pic.EpisodeFields(
            origin=match_choice(choices.origins, args.origine,
                                "le origini della presa in carico", anywhere=True),
            segnalazione_on=date_argument(args.data, "segnalazione_on"), referred_by=args.referred_by,
            responsible_operator_id=operator, notes=args.note)
        episode_id = pic.open_episode(s, person.id, fields)
        name = person.full_name
    print(f"Presa in carico {episode_id} aperta per {name}: fase «Segnalazione / accesso».")


def _perform(store, args: argparse.Namespace, action: str, reason: str | None = None) -> None:
    with store.session() as s:
        person = person_by_ref(s, args.ref)
        episode_id = pic.episode_by_ref(s, person.id, args.episodio)
        pic.perform(s, episode_id, action, on=date_argument(args.data, "on"), reason=reason)
        name = person.full_name
    target = pic.PHASE_LABELS[pic.ACTIONS[action].target]
    print(f"Presa in carico di {name}: ora in fase «{target}».")


def _row_json(row: pic.EpisodeRow) -> dict:
    return {
        "id": row.id, "origin": row.origin, "origin_label": row.origin_label,
        "referred_by": row.referred_by, "responsible_operator": row.responsible_operator,
        "phase": row.phase, "phase_label": row.phase_label, "open": row.is_open,
        "phases": {s.phase: s.on.isoformat() if s.on else None for s in row.steps},
        "closure_reason": row.closure_reason or None, "notes": row.notes or None,
        "wait_days": row.wait_days, "still_waiting": row.still_waiting,
        "delivery_days": row.delivery_days, "actions": [name for name, _ in row.actions],
    }


def _print_row(row: pic.EpisodeRow) -> None:
    state = f"aperta, fase «{row.phase_label}»" if row.is_open else "chiusa"
    print(f"Presa in carico {row.id} — {state}")
    sent = row.origin_label + (f" ({row.referred_by})" if row.referred_by else "")
    print(f"  Inviata da: {sent}   Responsabile: {row.responsible_operator or 'non indicato'}")
    width = max(len(s.label) for s in row.steps)
    for step in row.steps:
        mark = "▶" if step.state == "current" and row.is_open else " "
        print(f"  {mark} {step.label.ljust(width)}  {day(step.on) or '—'}")
    if row.wait_text:
        print(f"  {row.wait_text}.")
    if row.delivery_days is not None:
        print(f"  Dalla progettazione all'erogazione: {row.delivery_days} giorni.")
    if row.closure_reason:
        print(f"  Motivo della chiusura: {row.closure_reason}")
    if row.actions:
        print("  Azioni possibili: " + ", ".join(f"{name} («{label}»)"
                                                  for name, label in row.actions))


def _list(store, args: argparse.Namespace) -> None:
    with store.read() as s:
        person = person_by_ref(s, args.ref)
        rows = pic.list_episodes(s, person.id)
    if args.json:
        print(json.dumps([_row_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        print("Nessuna presa in carico.")
    for index, row in enumerate(rows):
        if index:
            print()
        _print_row(row)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.presa_action == "apri":
            _open(store, args)
        elif args.presa_action == "avanza":
            action = match_choice([(a.name, a.label) for a in STEPS], args.azione.strip(),
                                  "le azioni della presa in carico")
            _perform(store, args, action)
        elif args.presa_action == "chiudi":
            _perform(store, args, "chiudi", args.motivo)
        else:
            _list(store, args)
    return EXIT_DONE
