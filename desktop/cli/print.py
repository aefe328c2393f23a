"""``tessere print patto|cartella|visit-pack``: the printed documents, headless.

The PDF is built in memory and written atomically to the chosen file.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.cli.arguments import add_db_argument
from desktop.cli.common import add_purpose_argument, open_store
from desktop.core.audit import operator_by_ref, with_purpose
from desktop.core.errors import ValidationError
from desktop.core.model import Person
from desktop.core.rules import codice_fiscale as cf
from desktop.core import patti as patti_rules
from desktop.pdf import cartella_pdf, patto_pdf, save_pdf, visit_pack_pdf

def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("print", help="stampa in PDF un patto, una cartella o le visite del giorno")
    kinds = parser.add_subparsers(dest="document", metavar="DOCUMENTO", required=True)

    p = kinds.add_parser("patto", help="il patto (per id del patto o codice fiscale della persona)")
    p.add_argument("ref", metavar="ID|CF", help="id del patto o codice fiscale del beneficiario")
    p.add_argument("--version", type=int, default=None, help="numero di versione (predefinita: corrente)")
    _common(p, run_patto)

    c = kinds.add_parser("cartella", help="il riepilogo della cartella di una persona")
    c.add_argument("cf", metavar="CF", help="codice fiscale della persona")
    c.add_argument("--include-confidential", action="store_true",
                   help="includi anche le voci di diario riservate o sensibili")
    c.add_argument("--accessi", action="store_true",
                   help="aggiungi chi ha consultato la cartella (richiesta art. 15 GDPR)")
    _common(c, run_cartella)

    v = kinds.add_parser("visit-pack", help="il pacchetto per le visite domiciliari di un giorno")
    v.add_argument("--date", required=True, help="giorno delle visite (AAAA-MM-GG)")
    v.add_argument("--di", dest="visits_of", default=None, metavar="OPERATORE",
                   help="le visite di un solo operatore: id o cognome (predefinito: tutti)")
    _common(v, run_visit_pack)


def _common(parser: argparse.ArgumentParser, run) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help="file PDF da scrivere")
    add_purpose_argument(parser)
    add_db_argument(parser)
    parser.set_defaults(run=run)


def _person_by_cf(session: Session, code: str) -> Person:
    code = cf.normalise(code)
    person = session.scalar(select(Person).where(Person.codice_fiscale == code))
    if person is None:
        raise ValidationError(f"Nessuna persona con codice fiscale {code} in questo database.")
    return person


def _done(path: Path, size: int) -> int:
    print(f"PDF salvato in {path} ({size // 1024 + 1} kB).")
    return 0


def run_patto(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.read() as s:
        patto = patti_rules.patto_by_ref(s, args.ref)
        with_purpose(s, args.scopo)
        data = patto_pdf(s, patto.id, args.version)
    return _done(save_pdf(data, args.output), len(data))


def run_cartella(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.read() as s:
        person = _person_by_cf(s, args.cf)
        with_purpose(s, args.scopo)
        data = cartella_pdf(s, person.id, include_confidential=args.include_confidential,
                            with_accesses=args.accessi)
    return _done(save_pdf(data, args.output), len(data))


def run_visit_pack(args: argparse.Namespace) -> int:
    try:
        day = dt.date.fromisoformat(args.date)
    except ValueError:
        raise ValidationError(f"Data non valida: «{args.date}» (usa AAAA-MM-GG, es. 2026-12-03).")
    with open_store(args) as store, store.read() as s:
        visits_of = operator_by_ref(s, args.visits_of) if args.visits_of else None

        def progress(done: int, total: int, name: str) -> None:
            if name:
                print(f"[{done + 1}/{total}] {name}", file=sys.stderr)

        with_purpose(s, args.scopo)
        data = visit_pack_pdf(s, day, visits_of, progress=progress)
    return _done(save_pdf(data, args.output), len(data))
