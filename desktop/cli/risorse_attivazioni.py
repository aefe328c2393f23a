"""``tessere risorse attesa|richiedi|avanza|proposte``: demand against offer from
the command line, with the same rules as the service card and the patto editor.

    tessere risorse attesa SERVIZIO [--json]          (la lista d'attesa, in ordine)
    tessere risorse richiedi SERVIZIO PERSONA [--patto ID] [--note …]
    tessere risorse avanza ATTIVAZIONE STATO [--motivo …]
    tessere risorse proposte PATTO --obiettivo N [--quante 10] [--json]
"""
from __future__ import annotations

import argparse
import dataclasses
import json

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import open_store, print_table
from desktop.core.anagrafica import person_by_ref
from desktop.core.errors import ValidationError
from desktop.core.patti.lifecycle import patto_by_ref
from desktop.core.risorse import attesa, proposte
from desktop.core.risorse.attivazioni import STATUS_LABELS, advance_attivazione


def register_actions(actions: argparse._SubParsersAction) -> None:
    """Adds this module's actions to ``tessere risorse``."""
    waiting = actions.add_parser("attesa", help="la lista d'attesa di un servizio, in ordine")
    waiting.add_argument("servizio", metavar="SERVIZIO", help="id del servizio")
    waiting.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(waiting)
    waiting.set_defaults(run=run_attesa)

    ask = actions.add_parser("richiedi", help="richiedi l'attivazione di un servizio per una "
                                              "persona (se è pieno, va in lista d'attesa)")
    ask.add_argument("servizio", metavar="SERVIZIO", help="id del servizio")
    ask.add_argument("persona", metavar="PERSONA", help="id o codice fiscale della persona")
    ask.add_argument("--patto", metavar="ID", help="il patto per cui si chiede (facoltativo)")
    ask.add_argument("--note", help="note per chi gestisce il servizio")
    add_db_argument(ask)
    ask.set_defaults(run=run_richiedi)

    move = actions.add_parser("avanza", help="porta un'attivazione allo stato successivo")
    move.add_argument("attivazione", metavar="ATTIVAZIONE", help="id dell'attivazione")
    move.add_argument("stato", metavar="STATO",
                      help="in_attesa, concordata, attiva, conclusa o rifiutata")
    move.add_argument("--motivo", help="il motivo (obbligatorio per «rifiutata»)")
    add_db_argument(move)
    move.set_defaults(run=run_avanza)

    propose = actions.add_parser("proposte", help="le risorse adatte a un obiettivo del patto, "
                                                  "in ordine, con i motivi")
    propose.add_argument("patto", metavar="PATTO", help="id del patto o codice fiscale")
    propose.add_argument("--obiettivo", required=True, metavar="N",
                         help="il numero dell'obiettivo nel patto (1 il primo)")
    propose.add_argument("--quante", default="10", metavar="N",
                         help="quante proposte mostrare (predefinito: 10)")
    propose.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(propose)
    propose.set_defaults(run=run_proposte)


def status_code(text: str) -> str:
    """A status as typed: its code or its label, in any case («In attesa»)."""
    wanted = text.strip().lower().replace(" ", "_")
    for code, label in STATUS_LABELS.items():
        if wanted in (code, label.lower().replace(" ", "_")):
            return code
    raise ValidationError(f"Stato sconosciuto: «{text}». Usa uno di: "
                          + ", ".join(STATUS_LABELS) + ".", "stato")


def whole(text: str, field: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise ValidationError(f"«{text}» non è un numero intero positivo.", field)
    return int(text)


def run_attesa(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.read() as s:
        view = attesa.waiting_list(s, args.servizio)
    if args.json:
        print(json.dumps(dict(
            service_id=view.service_id, service=view.service_name, capacity=view.capacity,
            occupied=view.occupied, free=view.free,
            overbooking=dict(dataclasses.asdict(view.overbooking),
                             message=view.overbooking.message) if view.overbooking else None,
            waiting=[dataclasses.asdict(r) for r in view.rows]),
            ensure_ascii=False, indent=2, default=str))
        return EXIT_DONE
    places = ("posti senza limite" if view.capacity is None else
              f"{view.occupied} posti occupati su {view.capacity}")
    print(f"{view.service_name}: {places}")
    if view.overbooking:
        print(f"ATTENZIONE: {view.overbooking.message}. Concordate per ultime: "
              + ", ".join(view.overbooking.latest))
    if not view.rows:
        print("Nessuno in lista d'attesa.")
        return EXIT_DONE
    print_table(("Pos.", "Persona", "Patto", "In attesa", "Chiesta da", "Note", "Attivazione"),
                [(r.position, r.person_name, r.patto_title or "", r.since_text, r.asked_by or "",
                  r.notes or "", r.attivazione_id) for r in view.rows])
    return EXIT_DONE


def run_richiedi(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.session() as s:
        person = person_by_ref(s, args.persona)
        patto_id = patto_by_ref(s, args.patto).id if args.patto else None
        done = attesa.request_place(s, args.servizio, person.id, patto_id,
                                    intermediary_id=store.operator_id, notes=args.note)
    if done.position is not None:
        print(f"Il servizio è al completo: {person.full_name} è in lista d'attesa, "
              f"posizione {done.position}. Attivazione {done.attivazione_id}.")
    else:
        print(f"Attivazione richiesta per {person.full_name}: {done.attivazione_id}.")
    return EXIT_DONE


def run_avanza(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.session() as s:
        status = status_code(args.stato)
        attivazione = advance_attivazione(s, args.attivazione, status, reason=args.motivo)
        position = attesa.queue_position(s, attivazione)
    where = f", posizione {position} in lista d'attesa" if position else ""
    print(f"Attivazione ora «{STATUS_LABELS[status]}»{where}.")
    return EXIT_DONE


def run_proposte(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.read() as s:
        patto = patto_by_ref(s, args.patto)
        goals = proposte.goal_choices(s, patto.id)
        number, limit = whole(args.obiettivo, "obiettivo"), whole(args.quante, "quante")
        chosen = next((g for g in goals if g[0] == number), None)
        if chosen is None:
            raise ValidationError(
                "Il patto non ha obiettivi." if not goals else
                "Il patto ha un solo obiettivo: scegli 1." if len(goals) == 1 else
                f"Il patto ha {len(goals)} obiettivi: scegli un numero da 1 a {len(goals)}.",
                "obiettivo")
        found = proposte.propose_for_goal(s, chosen[1], limit=limit)
    if args.json:
        print(json.dumps([dict(dataclasses.asdict(p), service=dataclasses.asdict(p.service))
                          for p in found], ensure_ascii=False, indent=2, default=str))
        return EXIT_DONE
    print(f"Obiettivo {chosen[0]}: {chosen[2]}")
    if not found:
        print("Nessuna risorsa attiva nella mappa.")
    for n, p in enumerate(found, start=1):
        mark = " (già collegata)" if p.linked else ""
        score = f"{p.score:.1f}".replace(".", ",")
        print(f"\n{n}. {p.service.name} — {p.service.organisation}{mark}  [punteggio {score}]")
        print(f"   id {p.service.id}")
        for reason in p.reasons:
            print(f"   + {reason}")
        for reason in p.against:
            print(f"   - {reason}")
    return EXIT_DONE
