"""Sync figures, as ratios against baselines measured in the same run:
apply throughput vs raw executemany of the same rows; 100 incremental changes
into a 20,000-person database vs a 2,000-person one; bytes per change in a bundle;
a new laptop joining a team that holds the ambito dataset, from the team's
snapshot vs replaying every bundle."""
from __future__ import annotations

import shutil
import time

from sqlalchemy import insert, select

from tests.bench.harness import PASSPHRASE, Row, bench, timed


def _no_keyring():
    import keyring
    from keyring.backends.fail import Keyring

    keyring.set_keyring(Keyring())


def _team(ctx, *names):
    from desktop.core.store import Store
    from desktop.sync.team import create_team, join_team

    stores, code = [], None
    for name in names:
        s = Store.open(ctx.scratch / f"{name}.db", passphrase=PASSPHRASE, create=True)
        if code is None:
            code = create_team(s)
        else:
            join_team(s, code)
        stores.append(s)
    return stores, code


_SYLLABLES = ("ber", "tol", "man", "ric", "fas", "gol", "pen", "dur", "sal", "vic",
              "lon", "mar", "ces", "ghi", "nat", "por", "bel", "fon", "tur", "zan")
_FIRST = ("Giulia", "Marco", "Anna", "Luca", "Sara", "Paolo", "Elena", "Davide", "Chiara",
          "Matteo", "Laura", "Andrea", "Silvia", "Stefano", "Marta", "Giorgio", "Irene", "Pietro")


def _people(n, tag):
    """People as a district holds them: many surnames and first names, born on
    many days, drawn at random (the duplicate check after a sync compares those
    who may be one person; numbered names all born on no day put thousands in a
    block, and names and dates that follow one counter pair up far more than
    real ones)."""
    import datetime as dt
    import random

    from desktop.core.ids import new_id

    rng = random.Random(tag)
    return [{"id": new_id(), "first_name": rng.choice(_FIRST),
             "last_name": "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize(),
             "birth_date": dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(70 * 365)),
             "codice_fiscale": None, "notes": "Seguito dal servizio territoriale."} for _ in range(n)]


def _bundle_bytes(target, replica):
    return sum((target.root / replica / n).stat().st_size for n in target.list(replica))


@bench
def apply_throughput(ctx) -> list[Row]:
    from desktop.core.model import Person
    from desktop.sync import engine
    from desktop.sync.targets import FolderTarget
    from tests.bench.bench_store import _raw_insert

    _no_keyring()
    (src, dst, raw), _ = _team(ctx, "apply-src", "apply-dst", "apply-raw")
    root = ctx.scratch / "apply-root"
    root.mkdir()
    target = FolderTarget(root)
    rows = _people(10_000, "Rossi")
    try:
        with src.session() as s:
            s.execute(insert(Person), rows)
        engine.sync_once(src, target)
        t_apply = timed(lambda: engine.sync_once(dst, target))
        t_raw = timed(lambda: _raw_insert(raw, "person", [dict(r) for r in _people(10_000, "Raw")]))
        size = _bundle_bytes(target, src.replica_id)
    finally:
        for s in (src, dst, raw):
            s.close()
    return [
        Row("applicare 10.000 persone ricevute (decifra, unisci, registro)", t_apply,
            "executemany sqlcipher3", t_raw),
        Row("byte per modifica nel pacchetto (inserimento persona)", None,
            note=f"{size / 10_000:.0f} byte"),
    ]


@bench
def incremental_scaling(ctx) -> list[Row]:
    from desktop.core.model import Person
    from desktop.sync import engine
    from desktop.sync.targets import FolderTarget

    _no_keyring()
    (src, small, big), _ = _team(ctx, "inc-src", "inc-small", "inc-big")
    root = ctx.scratch / "inc-root"
    root.mkdir()
    target = FolderTarget(root)
    try:
        # data each database already holds (not to be published in this run)
        with small.session(capture=False) as s:
            s.execute(insert(Person), _people(2_000, "Piccolo"))
        with big.session(capture=False) as s:
            for i in range(0, 20_000, 5000):
                s.execute(insert(Person), _people(5000, f"Grande{i}"))
        # the databases start aligned with the source, then 100 changes arrive
        with src.session() as s:
            s.execute(insert(Person), _people(50, "Base"))
        for s in (src, small, big):
            engine.sync_once(s, target)
        with src.read() as s:
            ids = list(s.scalars(select(Person.id)))
        with src.session() as s:
            for pid in ids:
                s.get(Person, pid).phone = "333 000 0000"
            s.execute(insert(Person), _people(50, "Nuovo"))
        engine.sync_once(src, target)
        before = _bundle_bytes(target, src.replica_id)
        t_small = timed(lambda: engine.sync_once(small, target))
        t_big = timed(lambda: engine.sync_once(big, target))
    finally:
        for s in (src, small, big):
            s.close()
    return [
        Row("100 modifiche ricevute da un database di 20.000 persone", t_big,
            "lo stesso con 2.000 persone", t_small),
        Row("byte per modifica (pacchetti dell'esempio)", None, note=f"{before / 150:.0f} byte"),
    ]


def _digest(store) -> dict[str, str]:
    """Per table, but for the access log: the bench's own first search and
    scheda are reads the log records on the new laptop."""
    from desktop.core import audit, inspect

    with store.read() as s:
        return {t: d for t, d in inspect.digest(s)[1].items() if t != audit.TABLE}


DIARY_SEARCHES = ("colloquio", "casa", "tirocin", "sorella")  # the Diario tab's


def _answers(store, person_id: str) -> tuple:
    """What a user finds: people by the busiest person's name and code (as sets:
    equal scores may come in another order on another file), and words in that
    person's diary, in the timeline's order."""
    from desktop.core import persone
    from desktop.core.cartella import diario
    from desktop.core.model import Person

    with store.read() as s:
        person = s.get(Person, person_id)
        searches = [f"{person.first_name} {person.last_name}", person.last_name[:4],
                    (person.codice_fiscale or "")[:6]]
        people = [sorted(r.id for r in persone.find_people(s, q, persone.PeopleFilter()))
                  for q in searches]
        diary = [[r.id for r in diario.timeline(s, person_id, words=q)] for q in DIARY_SEARCHES]
    return people, diary


def _first_use(store, person_id: str) -> None:
    """The first search answered and the first scheda opened (header and diary)."""
    from desktop.core import anagrafica, persone
    from desktop.core.cartella import diario
    from desktop.core.model import Person

    with store.read() as s:
        name = s.get(Person, person_id).last_name
        assert persone.find_people(s, name, persone.PeopleFilter())
    with store.read() as s:
        anagrafica.person_header(s, person_id)
        diario.timeline(s, person_id, offset=0, limit=500)
    with store.read() as s:  # and a word in that diary, while the entries wait for the index
        diario.timeline(s, person_id, words="colloquio")


def _busiest_person(store) -> str:
    from sqlalchemy import func

    from desktop.core.model import DiaryEntry

    with store.read() as s:
        return s.execute(select(DiaryEntry.person_id).group_by(DiaryEntry.person_id)
                         .order_by(func.count().desc()).limit(1)).scalar_one()


def _bare_load(store, path) -> float:
    """Every row the joined laptop holds (the team's tables and the change log),
    read as stored, then written with the driver's executemany into an empty
    encrypted file of the same schema, in one transaction: the floor of a join."""
    from desktop.core.model import ChangeLog, SyncSeen, syncable_models
    from desktop.core.store import Store
    from desktop.sync import merge
    from desktop.sync.snapshot import LOAD_CACHE_KIB

    names = sorted((m.__tablename__ for m in syncable_models()), key=lambda t: merge.ORDER[t])
    names += [ChangeLog.__tablename__, SyncSeen.__tablename__]
    tables = {}
    with store.read() as s:
        raw = s.connection().connection.driver_connection
        for name in names:
            cursor = raw.execute(f"SELECT * FROM {name}")
            tables[name] = ([d[0] for d in cursor.description], cursor.fetchall())
    with Store.open(path, passphrase=PASSPHRASE, create=True) as bare:
        raw = bare.engine.raw_connection()
        try:
            cursor = raw.driver_connection.cursor()
            cursor.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")  # as the join loads
            start = time.perf_counter()
            cursor.execute("BEGIN IMMEDIATE")
            cursor.execute("PRAGMA defer_foreign_keys = ON")
            for name, (columns, rows) in tables.items():
                cursor.executemany(  # reference rows a new file already holds stay as they are
                    f"INSERT OR IGNORE INTO {name} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})", rows)
            cursor.execute("COMMIT")
            return time.perf_counter() - start
        finally:
            raw.close()


@bench
def bootstrap(ctx) -> list[Row]:
    """A new laptop joining a team whose database holds the ambito dataset: from
    the team's snapshot (decrypt, load, indexes, first search, first scheda), the
    diary's index filled in the background after it, against a bare bulk load
    of the same rows and against replaying every bundle (the old path)."""
    from desktop.core import diary_index
    from desktop.core.store import Store
    from desktop.sync import engine
    from desktop.sync.meta import META_PUBLISHED_SEQ
    from desktop.sync.targets import FolderTarget
    from desktop.sync.team import create_team, join_team

    _no_keyring()
    ctx.dataset("ambito")
    source = ctx.scratch / "ambito-copy.db"
    shutil.copyfile(ctx.dataset_path("ambito"), source)
    root = ctx.scratch / "boot-root"
    root.mkdir()
    target = FolderTarget(root)
    with Store.open(source, passphrase=PASSPHRASE) as old:
        code = create_team(old)
        t_publish = timed(lambda: engine.sync_once(old, target, snapshot=False))
        changes = old.meta(META_PUBLISHED_SEQ)
        size = _bundle_bytes(target, old.replica_id)
        person_id = _busiest_person(old)
        diary_index.index_pending(old)
        expected = _answers(old, person_id)
        with Store.open(ctx.scratch / "replay-laptop.db", passphrase=PASSPHRASE, create=True) as new:
            join_team(new, code)
            t_replay = timed(lambda: engine.sync_once(new, target, snapshot=False))
            same_replay = _digest(new) == _digest(old)
            replay_answers = _answers(new, person_id)
        reports = []
        t_snapshot = timed(lambda: reports.append(engine.sync_once(old, target, snapshot=True)))
        snapshot_size = _bundle_bytes(target, old.replica_id) - size
        with Store.open(ctx.scratch / "snapshot-laptop.db", passphrase=PASSPHRASE, create=True) as new:
            join_team(new, code)
            joined = []
            t_boot = timed(lambda: joined.append(engine.sync_once(new, target, snapshot=False)))
            t_first = timed(lambda: _first_use(new, person_id))
            same_boot = _digest(new) == _digest(old)
            answers_queued = _answers(new, person_id)  # the diary searched by scan
            with new.read() as s:
                queued = diary_index.pending_count(s.connection())
            t_index = timed(lambda: diary_index.index_pending(new))
            answers_indexed = _answers(new, person_id)
            t_bare = _bare_load(new, ctx.scratch / "bare.db")
    assert reports[0].snapshot_published and joined[0].snapshot_loaded, (reports[0].summary(), joined[0].summary())
    same = "impronta uguale alla sorgente" if same_replay and same_boot else "IMPRONTA DIVERSA"
    found = ("stesse risposte alle ricerche" if expected == replay_answers == answers_queued
             == answers_indexed else "RICERCHE DIVERSE")
    return [
        Row("pubblicare tutta la storia dell'ambito (prima volta)", t_publish,
            note=f"{changes} modifiche, {size / 1e6:.0f} MB"),
        Row("pubblicare l'istantanea dell'ambito", t_snapshot,
            note=f"{snapshot_size / 1e6:.0f} MB"),
        Row("nuovo portatile: istantanea (decifra, carica, indici)", t_boot,
            "caricamento grezzo delle stesse righe", t_bare, note=same),
        Row("… più prima ricerca e prima scheda (l'obiettivo: ≤ 30 s, ≤ 3×)", t_boot + t_first,
            "caricamento grezzo delle stesse righe", t_bare, note=found),
        Row("… poi, in sottofondo, l'indice del diario", t_index,
            note=f"{queued} voci; nel frattempo la ricerca nel diario le scorre"),
        Row("nuovo portatile: dall'istantanea della squadra", t_boot,
            "ripetendo tutti i pacchetti", t_replay),
    ]


def _snapshot_join(ctx, size: str) -> tuple[float, float, int]:
    """Seconds for a new laptop to join (snapshot loaded, first search, first
    scheda) a team holding the dataset ``size``, seconds of a bare bulk load of
    the rows it then holds (``_bare_load``), and its number of people."""
    from sqlalchemy import func

    from desktop.core.model import Person
    from desktop.core.store import Store
    from desktop.sync import engine
    from desktop.sync.targets import FolderTarget
    from desktop.sync.team import create_team, join_team

    ctx.dataset(size)
    source = ctx.scratch / f"{size}-growth.db"
    shutil.copyfile(ctx.dataset_path(size), source)
    root = ctx.scratch / f"{size}-growth-root"
    root.mkdir()
    target = FolderTarget(root)
    with Store.open(source, passphrase=PASSPHRASE) as old:
        code = create_team(old)
        engine.sync_once(old, target, snapshot=True)
        person_id = _busiest_person(old)
        with old.read() as s:
            people = s.scalar(select(func.count()).select_from(Person))
    with Store.open(ctx.scratch / f"{size}-growth-laptop.db", passphrase=PASSPHRASE,
                    create=True) as new:
        join_team(new, code)
        start = time.perf_counter()
        assert engine.sync_once(new, target, snapshot=False).snapshot_loaded
        _first_use(new, person_id)
        joined = time.perf_counter() - start
        return joined, _bare_load(new, ctx.scratch / f"{size}-growth-bare.db"), people


@bench
def join_growth(ctx) -> list[Row]:
    """The join's time per person, at ambito scale against a district's: no
    faster than linear means a ratio at or under 1. The bare bulk load of the
    same rows is measured at both sizes too: how SQLite's own B-trees grow,
    the floor the join's growth is read against."""
    _no_keyring()
    small, small_bare, small_people = _snapshot_join(ctx, "distretto")
    big, big_bare, big_people = _snapshot_join(ctx, "ambito")
    growth, bare_growth = (big / big_people) / (small / small_people), \
        (big_bare / big_people) / (small_bare / small_people)
    return [Row(f"nuovo portatile, per persona: {big_people} persone", big / big_people,
                f"{small_people} persone", small / small_people,
                note=f"{big:.1f} s contro {small:.1f} s; ≤ 1× vuol dire crescita non oltre lineare"),
            Row(f"carico nudo, per persona: {big_people} persone", big_bare / big_people,
                f"{small_people} persone", small_bare / small_people,
                note=f"{big_bare:.1f} s contro {small_bare:.1f} s: la crescita di SQLite stesso, "
                     f"{bare_growth:.2f}× contro {growth:.2f}× del nuovo portatile")]
