"""``tessere coordinator add-district|merge|status``: the coordinator's database
merges the districts' teams (``desktop.coordinator``); ``candidates``,
``decide`` and ``undo``: the same person followed by two districts.

    tessere coordinator add-district "Distretto di Cremona" --cartella /mnt/cremona --codice CODICE
    tessere coordinator add-district "Distretto di Crema" --webdav https://cloud.example.it/dav \\
        --utente coordinamento --codice CODICE     # password: TESSERE_WEBDAV_PASSWORD or asked
    tessere coordinator add-district "Distretto di Casalmaggiore" --file /media/chiavetta/casalmaggiore.tessere-backup
        # a backup (or a database) handed over: passphrase from TESSERE_BACKUP_PASSPHRASE or asked
    tessere coordinator merge                      # every district; --distretto NAME for one
    tessere coordinator status
    tessere coordinator candidates                 # pairs across districts, best first
    tessere coordinator decide ID_A ID_B --decisione confermato   # or respinto, da_verificare
    tessere coordinator undo LINK_ID
    tessere coordinator indicators --dal 2026-01-01 --al 2026-12-31 \
        --xlsx piano-di-zona.xlsx --csv indicatori/ --pdf piano-di-zona.pdf
    tessere coordinator postgres postgresql://coordinamento@server.regione.it/ambiti
        # the region's store (password from ~/.pgpass or PGPASSWORD)
    tessere coordinator publish                    # what changed since the last publication
    tessere coordinator indicators --dal 2026-01-01 --al 2026-12-31 --postgres

The code of a district's team is the one its laptops show with ``tessere team
code``. A merge that could not reach or read a district says why and goes on
with the others (exit code 3 when the cause may pass by itself, 1 otherwise)."""
from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from desktop.cli.arguments import EXIT_DONE, EXIT_RETRY_LATER, EXIT_USER_MUST_ACT, add_db_argument
from desktop.cli.common import index_diary, open_store
from desktop.coordinator import districts as registry
from desktop.coordinator import region
from desktop.coordinator.merge import merge_districts
from desktop.coordinator.pairs import cross_district_pairs
from desktop.core import formats, matching
from desktop.core.errors import ValidationError
from desktop.core.files import write_atomically
from desktop.pdf.indicators import indicators_pdf
from desktop.reports.export import csv_files, export_tables, xlsx_bytes
from desktop.reports.indicators import Filters, indicators


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("coordinator", help="coordinamento: unisci i database dei distretti")
    actions = parser.add_subparsers(dest="coordinator_action", metavar="AZIONE", required=True)
    add = actions.add_parser(
        "add-district", help="aggiungi un distretto: dove si sincronizza e il codice della squadra",
        description="Aggiunge la squadra di un distretto al coordinamento. Il codice è quello "
                    "che i computer del distretto mostrano con «tessere team code». Tessere "
                    "legge soltanto la cartella del distretto: non vi scrive mai.")
    add.add_argument("name", metavar="NOME", help="nome del distretto, per esempio «Distretto di Crema»")
    add.add_argument("--codice", help="il codice della squadra del distretto (con --cartella "
                                      "o --webdav)")
    where = add.add_mutually_exclusive_group(required=True)
    where.add_argument("--cartella", metavar="PERCORSO", help="cartella condivisa della squadra")
    where.add_argument("--webdav", metavar="URL", help="indirizzo del server WebDAV della squadra")
    where.add_argument("--file", metavar="FILE",
                       help="un backup cifrato del distretto (o il suo database con passphrase), "
                            "consegnato su chiavetta: la passphrase da TESSERE_BACKUP_PASSPHRASE "
                            "o chiesta al terminale")
    add.add_argument("--utente", help="con --webdav: l'utente (password da TESSERE_WEBDAV_PASSWORD "
                                      "o chiesta al terminale)")
    add_db_argument(add)
    merge = actions.add_parser("merge", help="unisci in questo database ciò che è cambiato nei "
                                             "distretti")
    merge.add_argument("--distretto", action="append", metavar="NOME",
                       help="solo questo distretto (si può ripetere)")
    add_db_argument(merge)
    status = actions.add_parser("status", help="i distretti, l'ultima unione e i loro record")
    add_db_argument(status)
    pairs = actions.add_parser("candidates", help="le possibili stesse persone in due distretti")
    pairs.add_argument("--soglia", type=float, default=matching.THRESHOLD,
                       help=f"punteggio minimo, da 0 a 1 (predefinito {matching.THRESHOLD})")
    add_db_argument(pairs)
    decide = actions.add_parser("decide", help="decidi su una coppia: stessa persona o no")
    decide.add_argument("person_a", metavar="ID_A")
    decide.add_argument("person_b", metavar="ID_B")
    decide.add_argument("--decisione", required=True, choices=sorted(matching.DECISIONS))
    add_db_argument(decide)
    undo = actions.add_parser("undo", help="annulla una decisione su una coppia")
    undo.add_argument("link_id", metavar="ID_COLLEGAMENTO")
    add_db_argument(undo)
    report = actions.add_parser(
        "indicators", help="gli indicatori per il Piano di Zona, a video o in XLSX, CSV e PDF",
        description="Senza --xlsx, --csv né --pdf gli indicatori vanno sullo schermo. I file "
                    "escono dal servizio: sono pseudonimizzati (nessun nome né codice fiscale, "
                    "numeri da 1 a 4 indicati come <5) e l'esportazione resta nel registro "
                    "degli accessi.")
    report.add_argument("--dal", required=True, type=_date, metavar="AAAA-MM-GG")
    report.add_argument("--al", required=True, type=_date, metavar="AAAA-MM-GG")
    report.add_argument("--distretto", action="append", metavar="NOME",
                        help="solo le persone di questo distretto (si può ripetere)")
    report.add_argument("--xlsx", type=Path, metavar="FILE")
    report.add_argument("--csv", type=Path, metavar="CARTELLA", help="un file CSV per tabella")
    report.add_argument("--pdf", type=Path, metavar="FILE")
    report.add_argument("--postgres", action="store_true",
                        help="leggi dall'archivio PostgreSQL invece che da questo database")
    add_db_argument(report)
    store_at = actions.add_parser(
        "postgres", help="l'archivio PostgreSQL in cui pubblicare ciò che si unisce",
        description="Senza indirizzo mostra quello configurato. La password non va "
                    "nell'indirizzo: Tessere la legge da ~/.pgpass o da PGPASSWORD.")
    store_at.add_argument("url", nargs="?", metavar="INDIRIZZO",
                          help="per esempio postgresql://coordinamento@server/ambiti")
    add_db_argument(store_at)
    publish = actions.add_parser(
        "publish", help="pubblica nell'archivio PostgreSQL ciò che è cambiato",
        description="Porta nell'archivio PostgreSQL le persone, le cartelle e i patti uniti "
                    "(non il diario, i documenti né il registro degli accessi, che restano "
                    "nel database cifrato).")
    add_db_argument(publish)
    parser.set_defaults(run=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» non è una data come 2026-01-31") from None


def run(args: argparse.Namespace) -> int:
    action = args.coordinator_action
    if action == "add-district" and args.file:
        passphrase = os.environ.get("TESSERE_BACKUP_PASSPHRASE")
        if not passphrase and sys.stdin.isatty():
            passphrase = getpass.getpass("Passphrase del backup del distretto: ")
        with open_store(args, signed_in=False) as store:
            row = registry.add_district_file(store, args.name, args.file, passphrase or "")
        print(f"Distretto «{row.name}» aggiunto dal file. Per unirne i dati: tessere coordinator "
              "merge (dopo una nuova consegna, sostituite il file e unite di nuovo).")
        return EXIT_DONE
    if action == "add-district" and not args.codice:
        raise ValidationError("Con --cartella o --webdav serve anche --codice, il codice della "
                              "squadra del distretto.")
    if action == "add-district":
        password = None
        if args.webdav:
            password = os.environ.get("TESSERE_WEBDAV_PASSWORD")
            if not password and sys.stdin.isatty():
                password = getpass.getpass("Password del server WebDAV: ")
        with open_store(args, signed_in=False) as store:
            row = registry.add_district(store, args.name, code=args.codice, folder=args.cartella,
                                        url=args.webdav, user=args.utente, password=password)
        print(f"Distretto «{row.name}» aggiunto. Per unirne i dati: tessere coordinator merge.")
        return EXIT_DONE
    if action in ("candidates", "decide", "undo"):
        return _pairs(args)
    if action == "indicators":
        return _indicators(args)
    if action in ("postgres", "publish"):
        return _region(args)
    with open_store(args, signed_in=False) as store:
        if action == "status":
            return _status(store)
        for wanted in args.distretto or []:
            registry.district_named(store, wanted)  # a mistyped name, said with the known ones
        reports = merge_districts(store, args.distretto, progress=_progress)
        publishing = region.configured_url(store) is not None
        index_diary(store)
    if sys.stderr.isatty():
        print(file=sys.stderr)  # the progress line ends before the summary
    if not reports:
        print("Nessun distretto da unire: aggiungine uno con «tessere coordinator add-district».")
        return EXIT_USER_MUST_ACT
    for report in reports:
        print(f"{report.district}: {report.summary()}")
    if publishing:
        print("Per portare i dati uniti nell'archivio PostgreSQL: tessere coordinator publish")
    if all(r.ok for r in reports):
        return EXIT_DONE
    return EXIT_RETRY_LATER if all(r.ok or r.retry_later for r in reports) else EXIT_USER_MUST_ACT


def _progress(label: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{label} {done}/{total}   ", end="", file=sys.stderr, flush=True)


def _status(store) -> int:
    with store.system_read() as s:
        rows = registry.district_rows(s)
    if not rows:
        print("Nessun distretto aggiunto: tessere coordinator add-district NOME --codice … "
              "--cartella …")
        return EXIT_DONE
    for row in rows:
        where = registry.KINDS[row.kind] + f" {row.location}"
        print(f"{row.name}  ({where})")
        print(f"  record uniti: {row.records}   computer visti: {row.replicas}")
        if row.last_merge_at is None:
            print("  ultima unione: mai")
            continue
        when = row.last_merge_at.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")
        last = row.last_merge or {}
        outcome = "; ".join(last.get("errors") or []) or (
            f"{last.get('applied', 0)} modifiche, {last.get('new_records', 0)} nuovi record")
        print(f"  ultima unione: {when}: {outcome}")
    return EXIT_DONE


def _pairs(args: argparse.Namespace) -> int:
    """Reading and deciding on people is an operator's act: signed in, scoped, audited."""
    with open_store(args) as store:
        if args.coordinator_action == "candidates":
            with store.read() as s:
                found, stats = cross_district_pairs(s, threshold=args.soglia)
            for pair in found:
                print(f"{pair.score:.2f}  {pair.a.id} ({pair.district_a or '—'})  "
                      f"{pair.b.id} ({pair.district_b or '—'})")
                print(f"      {pair.a.first_name} {pair.a.last_name} / "
                      f"{pair.b.first_name} {pair.b.last_name}: {'; '.join(pair.evidence)}")
            print(f"{len(found)} coppie da decidere su {stats.people} persone "
                  f"({stats.comparisons} confronti).")
            return EXIT_DONE
        with store.session() as s:
            if args.coordinator_action == "decide":
                link = matching.decide(s, args.person_a, args.person_b, args.decisione)
                print(f"Deciso: {matching.DECISIONS[link.decision]} (collegamento {link.id}).")
            else:
                matching.undo(s, args.link_id)
                print("Decisione annullata: le due schede sono come prima.")
    return EXIT_DONE


def _region(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.coordinator_action == "publish":
            outcome = region.publish(store, progress=_progress)
            if sys.stderr.isatty():
                print(file=sys.stderr)
            print(f"{outcome.district}: {outcome.summary()}")
            if outcome.ok:
                return EXIT_DONE
            return EXIT_RETRY_LATER if outcome.retry_later else EXIT_USER_MUST_ACT
        if args.url:
            print(f"Archivio PostgreSQL: {region.set_url(store, args.url)}. "
                  "Per pubblicare: tessere coordinator publish.")
        else:
            print(f"Archivio PostgreSQL: {region.configured_url(store) or 'nessuno'}")
    return EXIT_DONE


def _indicators(args: argparse.Namespace) -> int:
    if args.al < args.dal:
        raise ValidationError("La fine del periodo (--al) viene prima dell'inizio (--dal).")
    with open_store(args) as store:
        ids = [registry.district_named(store, name).id for name in args.distretto or []]
        filters = Filters(args.dal, args.al, tuple(ids))
        names = args.distretto or []
        reader = region.reading(store) if args.postgres else store.read()
        if not (args.xlsx or args.csv or args.pdf):
            with reader as s:
                for table in indicators(s, filters):
                    _print_table(table)
            return EXIT_DONE
        with reader as s:
            tables, patti = export_tables(s, filters)
        if args.xlsx:
            write_atomically(xlsx_bytes(tables, patti, filters, names), args.xlsx,
                             what="il foglio XLSX")
            print(f"Scritto {args.xlsx}")
        if args.csv:
            args.csv.mkdir(parents=True, exist_ok=True)
            for name, data in csv_files(tables, patti).items():
                write_atomically(data, args.csv / name, what="il file CSV")
            print(f"Scritti {len(tables) + 1} file CSV in {args.csv}")
        if args.pdf:
            write_atomically(indicators_pdf(tables, filters.start, filters.end, names,
                                            demo=store.is_demo), args.pdf,
                             what="il PDF")
            print(f"Scritto {args.pdf}")
    return EXIT_DONE


def _print_table(table) -> None:
    print(f"\n{table.title}")
    if table.note:
        print(f"  {table.note}")
    for row in table.rows:
        cells = [formats.figure(v, money_cents=n in table.money) for n, v in enumerate(row)]
        print("  " + cells[0].ljust(48) + "  ".join(c.rjust(14) for c in cells[1:]))
