"""``tessere risorse esporta`` and ``tessere risorse importa``: the directory in and
out as HSDS 3.0 (Open Referral), with the same rules as the window's dialogs.

    tessere risorse esporta CARTELLA [--formato csv|json]
    tessere risorse importa PERCORSO [--applica [--accetta-conflitti]] [--json]

``importa`` always prints the preview; only ``--applica`` writes, in one
transaction, and a refused import (conflicts not accepted, no permission)
writes nothing.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import open_store, print_table
from desktop.core.risorse import hsds


def register_actions(actions: argparse._SubParsersAction) -> None:
    """Adds this module's actions to ``tessere risorse``."""
    export = actions.add_parser("esporta", help="esporta la mappa in formato HSDS 3.0")
    export.add_argument("cartella", type=Path, metavar="CARTELLA",
                        help="cartella esistente dove scrivere i file")
    export.add_argument("--formato", choices=hsds.export.FORMATS, default="csv",
                        help="csv: pacchetto di tabelle con datapackage.json (predefinito); "
                             "json: i servizi nella forma annidata dello standard")
    export.add_argument("--json", action="store_true", help="riepilogo in JSON, per gli script")
    add_db_argument(export)
    export.set_defaults(run=run_export)

    load = actions.add_parser("importa", help="importa un pacchetto HSDS 3.0 (prima l'anteprima)")
    load.add_argument("percorso", type=Path, metavar="PERCORSO",
                      help="cartella con datapackage.json e CSV, file .zip o file .json")
    load.add_argument("--applica", action="store_true",
                      help="scrive le voci nuove e modificate (senza: solo l'anteprima)")
    load.add_argument("--accetta-conflitti", action="store_true",
                      help="con --applica: nei conflitti prevale il file")
    load.add_argument("--tutte", action="store_true",
                      help="elenca anche le voci invariate")
    load.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(load)
    load.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        with store.read() as s:
            result = hsds.export_package(s, args.cartella, args.formato)
    if args.json:
        print(json.dumps(dataclasses.asdict(result), ensure_ascii=False, indent=2))
        return EXIT_DONE
    print(f"Mappa esportata in «{result.folder}»: {result.counts.get('organization', 0)} "
          f"organizzazioni, {result.counts.get('service', 0)} servizi, "
          f"{result.counts.get('location', 0)} sedi ({len(result.files)} file).")
    return EXIT_DONE


def run_import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        with store.read() as s:
            plan = hsds.preview_import(s, args.percorso)
        result = None
        if args.applica:
            with store.session() as s:
                result = hsds.apply_import(s, plan, accept_conflicts=args.accetta_conflitti)
    if args.json:
        print(json.dumps(dict(
            counts=plan.counts(), notes=plan.notes,
            entries=[dataclasses.asdict(e) for e in plan.entries],
            applied=dataclasses.asdict(result) if result else None),
            ensure_ascii=False, indent=2))
        return EXIT_DONE
    for note in plan.notes:
        print(f"Nota: {note}")
    shown = [e for e in plan.entries if args.tutte or e.status != "unchanged"]
    if shown:
        print_table(("Stato", "Voce", "Nome", "Dove", "Campi", "Messaggio"),
                    [(hsds.STATUSES[e.status], e.kind, e.name[:40], f"{e.source}, {e.where}",
                      ", ".join(e.fields) or "—", e.message or "—") for e in shown])
    counts = plan.counts()
    print("Anteprima: " + ", ".join(f"{hsds.STATUSES[k].lower()} {v}" for k, v in counts.items())
          + ".")
    if result is not None:
        print(f"Importazione fatta: {result.new} voci nuove, {result.changed} modificate.")
    elif counts["new"] or counts["changed"] or counts["conflicting"]:
        print("Nulla è stato scritto: aggiungi --applica per importare.")
    return EXIT_DONE
