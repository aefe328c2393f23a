"""The demo generator: reference data in, a living district out.

High-volume tables (people, rete, prese in carico, diario, valutazioni, misure,
scadenze, risorse) go in with bulk ``insert(Model)`` in batches, which change
capture records row by row; patti are built with the ORM through
``desktop.core.patti`` so their versions, fingerprints and frozen copies
are exactly what the application would produce. Only ``rng`` decides content;
no clock is read.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import insert, select

from desktop.core import audit, diary_index
from desktop.core.errors import DemoRefusedError, TessereError
from desktop.core.model import Person
from desktop.demo.cartella import CartellaPart
from desktop.demo.ids import id_maker, seeded_ids
from desktop.demo.patti import PattiPart
from desktop.demo.process import Authorisations, add_households
from desktop.demo.risorse import ResourcesPart
from desktop.paths import seeds_dir


@dataclass(frozen=True)
class Size:
    people: int
    diary: int
    patti: int
    services: int
    operators: int
    third_sector: int


SIZES = {
    "small": Size(people=200, diary=3000, patti=60, services=80, operators=40, third_sector=30),
    "ambito": Size(people=20_000, diary=400_000, patti=3000, services=1500, operators=320,
                   third_sector=260),
    # One district team of an ambito of seven (the coordinator's benchmark), and
    # a tenth of it; ten operators at least: the demo has ten districts to staff.
    "distretto": Size(people=2_860, diary=57_000, patti=430, services=215, operators=46,
                      third_sector=37),
    "distretto_decimo": Size(people=286, diary=5_700, patti=43, services=22, operators=10,
                             third_sector=4),
}


@dataclass
class Summary:
    size: str
    seed: int
    today: dt.date
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


def _load(name: str) -> dict[str, Any]:
    return json.loads((seeds_dir() / "demo" / name).read_text(encoding="utf-8"))


class _Generator(ResourcesPart, CartellaPart, PattiPart):
    """One demo build: the random stream, the sizes and the helpers every part
    draws with; the parts (``risorse``, ``cartella``, ``patti``) make the records."""

    def __init__(self, store, size: str, seed: int, today: dt.date,
                 progress: Callable[[str], None]):
        if size not in SIZES:
            raise TessereError(
                f"Dimensione «{size}» sconosciuta: scegli tra {', '.join(SIZES)}."
            )
        self.store, self.size_name, self.size = store, size, SIZES[size]
        self.today, self.progress = today, progress
        self.rng = random.Random(seed)
        self.seed = seed
        self.authorisations = Authorisations(seed)
        self.new_id = id_maker(random.Random(f"ids-{seed}"))
        self.names = _load("names.json")
        self.texts = _load("texts.json")
        self.orgdata = _load("organisations.json")

    # ------------------------------------------------------------ helpers
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def weighted(self, pairs):
        """pairs: [(value, weight), ...]"""
        return self.rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]

    def days_ago(self, low: int, high: int) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(low, high))

    def phone(self) -> str:
        r = self.rng
        return f"+39 3{r.randint(20, 93)} {r.randint(100, 999)} {r.randint(1000, 9999)}"

    def fill(self, template: str, **values: str) -> str:
        for key, value in values.items():
            template = template.replace("{" + key + "}", value)
        return template

    def insert(self, session, model, rows: list[dict[str, Any]], chunk: int = 5000) -> None:
        for i in range(0, len(rows), chunk):
            session.execute(insert(model), rows[i:i + chunk])

    # ------------------------------------------------------------ run
    def run(self) -> Summary:
        started = time.perf_counter()
        ensure_can_hold_demo(self.store)
        self.store.mark_demo()
        with seeded_ids(self.new_id), audit.paused():  # invented data: no write rows
            with self.store.session() as s:
                self.load_reference(s)
                self.organisations(s)
                self.operators(s)
                self.services(s)
            self.people()
            self.patti()
            self.loose_attivazioni()
            self.consents()
            add_households(self, self.seed)
        self.progress("Indicizzazione del diario…")
        diary_index.index_pending(self.store)  # the demo is searched at once: index it in bulk
        from desktop.core.inspect import counts

        with self.store.read() as s:
            summary = Summary(self.size_name, 0, self.today, counts=counts(s))
        summary.seconds = time.perf_counter() - started
        return summary


def ensure_can_hold_demo(store) -> None:
    """Invented people go only into a new database or an empty demo database; the
    check only reads, so a refused database is left byte for byte as it was."""
    with store.read() as s:
        has_people = s.scalar(select(Person.id).limit(1)) is not None
    if store.is_demo and has_people:
        raise DemoRefusedError(
            f"«{store.path.name}» contiene già i dati dimostrativi: per un altro campione "
            "indica un file nuovo con --db."
        )
    if not store.is_demo and store.holds_user_data():
        raise DemoRefusedError(
            f"«{store.path}» non è un database dimostrativo e contiene già dei dati: i dati "
            "dimostrativi (persone inventate) vanno solo in un database nuovo. Il file non è "
            "stato toccato. Indica un file nuovo, per esempio: tessere demo --db demo.db"
        )


def build_into(store, *, size: str, seed: int, today: dt.date,
               progress: Callable[[str], None]) -> Summary:
    summary = _Generator(store, size, seed, today, progress).run()
    summary.seed = seed
    return summary
