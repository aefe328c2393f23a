"""Sync figures, as ratios against baselines measured in the same run:
apply throughput vs raw executemany of the same rows; 100 incremental changes
into a 20,000-person database vs a 2,000-person one; bytes per change in a bundle;
a new laptop joining a team that holds the ambito dataset, from the team's
snapshot vs replaying every bundle."""
from __future__ import annotations

import shutil

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


def _people(n, tag):
    from desktop.core.ids import new_id

    return [{"id": new_id(), "first_name": f"Nome{i}", "last_name": f"{tag}{i}",
             "codice_fiscale": None, "notes": "Seguito dal servizio territoriale."} for i in range(n)]


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


def _digest(store) -> str:
    from desktop.core import inspect

    with store.read() as s:
        return inspect.digest(s)[0]


@bench
def bootstrap(ctx) -> list[Row]:
    """A new laptop joining a team whose database holds the ambito dataset: from
    the team's snapshot, against replaying every bundle (the old path)."""
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
        with Store.open(ctx.scratch / "replay-laptop.db", passphrase=PASSPHRASE, create=True) as new:
            join_team(new, code)
            t_replay = timed(lambda: engine.sync_once(new, target, snapshot=False))
            same_replay = _digest(new) == _digest(old)
        reports = []
        t_snapshot = timed(lambda: reports.append(engine.sync_once(old, target, snapshot=True)))
        snapshot_size = _bundle_bytes(target, old.replica_id) - size
        with Store.open(ctx.scratch / "snapshot-laptop.db", passphrase=PASSPHRASE, create=True) as new:
            join_team(new, code)
            joined = []
            t_boot = timed(lambda: joined.append(engine.sync_once(new, target, snapshot=False)))
            same_boot = _digest(new) == _digest(old)
    assert reports[0].snapshot_published and joined[0].snapshot_loaded, (reports[0].summary(), joined[0].summary())
    same = "impronta uguale alla sorgente" if same_replay and same_boot else "IMPRONTA DIVERSA"
    return [
        Row("pubblicare tutta la storia dell'ambito (prima volta)", t_publish,
            note=f"{changes} modifiche, {size / 1e6:.0f} MB"),
        Row("pubblicare l'istantanea dell'ambito", t_snapshot,
            note=f"{snapshot_size / 1e6:.0f} MB"),
        Row("nuovo portatile: dall'istantanea della squadra", t_boot,
            "ripetendo tutti i pacchetti", t_replay, note=same),
    ]
