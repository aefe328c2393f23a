"""``tessere demo``: fill a new database with realistic, reproducible demo data.

Without ``--db`` the data goes to the demo database in the user's data folder,
never to the real cartella; a named file that already holds real work is refused
and left untouched (``desktop.demo.ensure_can_hold_demo``)."""
from __future__ import annotations

import argparse
import datetime as dt
import time

from desktop.cli.arguments import add_db_argument
from desktop.cli.common import database_path, open_store
from desktop import demo
from desktop.core.errors import ValidationError
from desktop.core.filelock import database_lock
from desktop.paths import default_demo_database


DEMO_WAIT = 900.0  # seconds: an ambito takes minutes to build


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"«{text}» non è una data: usa il formato AAAA-MM-GG (es. 2026-11-20)."
        ) from None


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "demo", help="crea un database dimostrativo con dati realistici e riproducibili"
    )
    add_db_argument(parser)
    parser.add_argument("--size", choices=sorted(demo.SIZES), default="small",
                        help="small: circa 200 persone; ambito: circa 20.000 persone")
    parser.add_argument("--seed", type=int, default=1,
                        help="stesso seme e stessa data di riferimento danno gli stessi dati")
    parser.add_argument("--today", type=_day, default=None,
                        help="data di riferimento AAAA-MM-GG (predefinita: oggi)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.seed < 0:
        raise ValidationError("Il seme deve essere un numero intero non negativo.")
    started = time.perf_counter()

    def progress(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {message}", flush=True)

    today = args.today or dt.date.today()
    path = database_path(args, default_demo_database).expanduser().resolve()
    created = not (path.exists() and path.stat().st_size > 0)
    # Held for the whole build: a second `tessere demo` on the same file waits, then
    # finds the demo data there and says so, instead of writing them twice.
    with database_lock(path, doing="creando i dati dimostrativi", timeout=DEMO_WAIT), \
            open_store(args, create=True, default=default_demo_database) as store:
        demo.ensure_can_hold_demo(store)  # said before anything is promised
        print(f"Creo i dati dimostrativi «{args.size}» (seme {args.seed}, data di riferimento "
              f"{today:%d/%m/%Y}) in {store.path}…", flush=True)
        try:
            summary = demo.build(store, size=args.size, seed=args.seed, today=today,
                                 progress=progress)
        except BaseException:  # a full disk, Ctrl+C: half a demo is no use, the next run
            demo.discard_unfinished(store, created=created)  # starts over on a clean file
            raise
    counts = summary.counts
    print(f"Fatto in {time.perf_counter() - started:.1f} s: {counts.get('person', 0)} persone, "
          f"{counts.get('diary_entry', 0)} voci di diario, {counts.get('patto', 0)} patti, "
          f"{counts.get('service', 0)} servizi.")
    return 0
