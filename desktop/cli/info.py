"""``tessere info``: counts, schema, replica, change log; ``--digest`` for sync checks."""
from __future__ import annotations

import argparse

from desktop.cli.arguments import add_db_argument
from desktop.cli.common import open_store
from desktop.core import inspect as inspect_db

LABELS = {
    "territorial_unit": "Unità territoriali", "comune": "Comuni", "organisation": "Enti e organizzazioni",
    "operator": "Operatori", "person": "Persone", "network_member": "Membri della rete",
    "case_episode": "Prese in carico", "diary_entry": "Voci di diario", "assessment": "Valutazioni",
    "measure": "Misure", "document": "Documenti", "deadline": "Scadenze", "patto": "Patti",
    "patto_beneficiary": "Beneficiari dei patti", "goal": "Obiettivi", "support": "Sostegni",
    "budget_line": "Voci di budget", "commitment": "Impegni", "signatory": "Firmatari",
    "verification": "Verifiche", "patto_version": "Versioni dei patti", "service": "Servizi (risorse)",
    "service_taxonomy": "Classificazioni dei servizi", "location": "Sedi",
    "service_at_location": "Servizi nelle sedi", "contact": "Contatti", "schedule": "Orari",
    "attivazione": "Attivazioni",
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("info", help="riepilogo del contenuto del database")
    add_db_argument(parser)
    parser.add_argument("--digest", action="store_true",
                        help="stampa l'impronta del contenuto logico (uguale su repliche allineate)")
    parser.add_argument("--tables", action="store_true", help="con --digest: anche per tabella")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args, signed_in=False) as store:
        if args.digest:
            with store.read() as s:
                whole, per_table = inspect_db.digest(s)
            print(whole)
            if args.tables:
                for table, value in per_table.items():
                    print(f"{table:24} {value}")
            return 0
        data = inspect_db.info(store)
    print(f"Database:        {data.path}")
    if data.demo:
        print("Tipo:            DIMOSTRATIVO (persone inventate, non si unisce a squadre reali)")
    print(f"Schema:          {data.schema_version}")
    print(f"Replica:         {data.replica_id}")
    print(f"Registro modifiche: {data.change_log_rows} righe")
    print()
    width = max(len(v) for v in LABELS.values())
    for table, count in data.counts.items():
        print(f"{LABELS.get(table, table):<{width}}  {count:>9}")
    return 0
