"""``tessere diario``: a person's diary from the command line, headless.

    tessere diario aggiungi ID|CF --tipo colloquio --testo "…" [--chiudi]
    tessere diario chiudi ID_VOCE
    tessere diario elenco ID|CF [--tipo telefonata] [--cerca "sfratto"] [--json]

Entries are written, closed and read through ``desktop.core.cartella.diario``,
the same rules as the scheda persona: a closed entry is never changed, only a
home visit may lie in the future, a new entry joins the open presa in carico.
The author is the operator profile of this installation.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import open_store, print_table
from desktop.core import diary_index
from desktop.core.anagrafica import person_by_ref
from desktop.core.cartella import diario
from desktop.core.errors import ValidationError
from desktop.core.formats import day_time
from desktop.core.search import match_choice


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("diario", help="il diario di una persona (aggiungi, chiudi, elenco)")
    actions = parser.add_subparsers(dest="diario_action", metavar="AZIONE", required=True)

    add = actions.add_parser("aggiungi", help="scrivi una nuova voce di diario")
    add.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    add.add_argument("--tipo", required=True,
                     help="tipo di voce (codice o nome: colloquio, telefonata, visita domiciliare…)")
    add.add_argument("--testo", required=True, help="il testo della voce")
    add.add_argument("--data", metavar="AAAA-MM-GG[ HH:MM]",
                     help="quando è avvenuta (predefinito: adesso); nel futuro solo per una "
                          "visita domiciliare pianificata")
    add.add_argument("--luogo", help="dove (domicilio, sede del servizio, telefono…)")
    add.add_argument("--riservatezza", default="ordinario",
                     help="livello di riservatezza (predefinito: ordinario)")
    add.add_argument("--chiudi", action="store_true",
                     help="chiudi subito la voce (poi si rettifica solo con una correzione)")
    add_db_argument(add)

    close = actions.add_parser("chiudi", help="chiudi (congela) una voce di diario")
    close.add_argument("entry_id", metavar="ID_VOCE", help="id della voce (da «diario elenco»)")
    add_db_argument(close)

    listing = actions.add_parser("elenco", help="le voci di una persona, dalla più recente")
    listing.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
    listing.add_argument("--tipo", help="solo le voci di questo tipo")
    listing.add_argument("--cerca", metavar="PAROLE",
                         help="solo le voci che contengono queste parole (anche l'inizio, "
                              "senza badare ad accenti e maiuscole)")
    listing.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(listing)
    parser.set_defaults(run=run)


def _moment(text: str | None) -> dt.datetime:
    """What ``--data`` says, or now (to the minute, local time like the window)."""
    if not text:
        return dt.datetime.now().replace(second=0, microsecond=0)
    try:
        return dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"«{text}» non è una data valida: scrivila come AAAA-MM-GG "
                              "oppure «AAAA-MM-GG HH:MM».", "occurred_at") from None


def _add(store, args: argparse.Namespace) -> None:
    with store.session() as s:
        person = person_by_ref(s, args.ref)
        choices = diario.diary_choices(s, store.operator_id)
        fields = diario.EntryFields(
            entry_type=match_choice(choices.types, args.tipo, "i tipi di voce"),
            occurred_at=_moment(args.data), text=args.testo, place=args.luogo,
            organisation_id=choices.operator_organisation_id,
            confidentiality=match_choice(choices.levels, args.riservatezza,
                                         "i livelli di riservatezza"))
        entry_id = diario.add_entry(s, person.id, fields, author_id=store.operator_id)
        if args.chiudi:
            diario.close_entry(s, entry_id)
        name = person.full_name
    state = "chiusa" if args.chiudi else "aperta"
    print(f"Voce {entry_id} aggiunta al diario di {name} ({state}).")


def _row_json(row: diario.DiaryRow) -> dict:
    return {
        "id": row.id, "occurred_at": row.occurred_at.isoformat(), "type": row.entry_type,
        "type_label": row.type_label, "status": row.status, "author": row.author,
        "organisation": row.organisation, "place": row.place,
        "confidentiality": row.confidentiality, "text": row.text,
        "closed_at": row.closed_at.isoformat() if row.closed_at else None,
        "corrects_id": row.corrects_id, "corrected_by_id": row.corrected_by_id,
    }


def _list(store, args: argparse.Namespace) -> None:
    with store.read() as s:
        person = person_by_ref(s, args.ref)
        entry_type = None
        if args.tipo:
            types = diario.diary_choices(s, None).types
            entry_type = match_choice(types, args.tipo, "i tipi di voce")
        rows = diario.timeline(s, person.id, entry_type, words=args.cerca)
        queued = diary_index.pending_count(s.connection(), person.id) if args.cerca else 0
    if queued:
        print(f"Nota: voci del diario di questa persona non ancora nell'indice di ricerca: {queued}; "
              "lette una per una (più lento, stesso risultato).", file=sys.stderr)
    if args.json:
        print(json.dumps([_row_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        print("Nessuna voce.")
        return
    table = [(day_time(r.occurred_at), r.type_label, r.status, r.author or "—", r.id,
              r.preview[:60]) for r in rows]
    print_table(("Quando", "Tipo", "Stato", "Autore", "Id", "Testo"), table)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.diario_action == "aggiungi":
            _add(store, args)
        elif args.diario_action == "chiudi":
            with store.session() as s:
                diario.close_entry(s, args.entry_id)
            print(f"Voce {args.entry_id} chiusa: da ora si rettifica solo con una correzione.")
        else:
            _list(store, args)
    return EXIT_DONE
