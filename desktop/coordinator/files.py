"""A district's data handed over as a file (on a USB stick, by mail): a Tessere
encrypted backup with its passphrase (what «Backup cifrato» writes: the way a
district should hand its data over), or a database file protected by a
passphrase. The coordinator never writes into the file it is given: it works
on a private copy in a temporary folder, removed at the end.

Merging reads the copy's change log past what an earlier merge of that source
read (``CoordinatorDistrict.read_upto``, per source database, by its replica
id) and applies it like a bundle (``desktop.sync.apply.apply_ops``): changes
already here, from the district's sync root or an earlier file, are skipped.
A file copied while its laptop was writing, damaged or from a newer Tessere is
refused with the reason, and nothing is merged from it."""
from __future__ import annotations

import contextlib
import json
import secrets
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Iterator

import sqlalchemy as sa

from desktop.core import backup, check
from desktop.core.errors import TessereError
from desktop.core.model import ChangeLog, CoordinatorDistrict, SyncSeen, syncable_models
from desktop.core.store import Store
from desktop.sync import apply, engine, merge

BATCH = 20_000  # changes applied per transaction


class DistrictFileError(TessereError):
    """The file cannot be read as a district's database."""


def is_backup(path: Path) -> bool:
    try:
        backup.read_header(path)
    except backup.NotABackupError:
        return False
    return True


@contextlib.contextmanager
def opened(path: str | Path, passphrase: str) -> Iterator[Store]:
    """The district's database, from a private copy of ``path``."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise DistrictFileError(f"Il file «{path}» non c'è (forse la chiavetta non è collegata).")
    with tempfile.TemporaryDirectory(prefix="tessere-distretto-") as folder:
        copy = Path(folder) / "distretto.db"
        if is_backup(path):
            private = secrets.token_urlsafe(24)
            backup.restore_backup(path, passphrase, copy, new_passphrase=private)
            store = Store.open(copy, passphrase=private)
        else:
            for suffix in ("", "-wal"):
                if Path(f"{path}{suffix}").exists():
                    shutil.copy2(f"{path}{suffix}", f"{copy}{suffix}")
            try:
                store = Store.open(copy, passphrase=passphrase)
            except TessereError:
                raise
            except Exception as exc:  # not a database, or not one this passphrase opens
                raise DistrictFileError(
                    f"«{path.name}» non si apre con questa passphrase, oppure non è un database "
                    "di Tessere.") from exc
        try:
            problems = check.quick_check(store)
            if problems:
                raise DistrictFileError(
                    f"Il database «{path.name}» risulta danneggiato (forse è stato copiato "
                    "mentre il computer del distretto lo stava usando): fatevi consegnare un "
                    "«Backup cifrato», che si prende anche a programma aperto. Non è stato "
                    "unito nulla.")
            yield store
        finally:
            store.close()


def identity(store: Store) -> tuple[str, str | None]:
    """The source's replica id and its team's id (None: it never joined a team)."""
    from desktop.sync.team import META_TEAM_ID

    return store.replica_id, store.meta(META_TEAM_ID)


def merge_file(store, district: CoordinatorDistrict, passphrase: str,
               step: Callable[[str, int, int], None]) -> tuple[int, int, str]:
    """Apply what the file holds past ``district.read_upto``: (changes applied,
    new conflicts, the source's replica id)."""
    tables = {m.__tablename__ for m in syncable_models()}
    with opened(district.location, passphrase) as source:
        replica, _team = identity(source)
        after = int((district.read_upto or {}).get(replica, 0))
        with source.system_read() as s:
            last = s.scalar(sa.select(sa.func.max(ChangeLog.seq))) or 0
        applied = conflicts = 0
        while after < last:
            with source.system_read() as s:
                rows = s.execute(
                    sa.select(ChangeLog.seq, ChangeLog.hlc, ChangeLog.replica_id,
                              ChangeLog.table_name, ChangeLog.row_id, ChangeLog.op,
                              ChangeLog.fields, ChangeLog.operator_id, SyncSeen.seen)
                    .outerjoin(SyncSeen, SyncSeen.hlc == ChangeLog.hlc)
                    .where(ChangeLog.seq > after).order_by(ChangeLog.seq).limit(BATCH)).all()
                upto = rows[-1].seq
                # A change the laptop received keeps the seen its author sent; one it
                # made itself, what it had of the row then (as its bundles say).
                made_here = engine.seen_before(s.connection(), after, upto)
            ops = [(merge.Op(r.hlc, r.replica_id, r.table_name, r.row_id, r.op,
                             json.loads(r.fields) if r.fields else None,
                             json.loads(r.seen) if r.seen else made_here.get(r.seq, {})),
                    r.operator_id)
                   for r in rows if r.table_name in tables]
            with store.session(capture=False) as s:
                conn = s.connection()
                conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                counted, found, newest = apply.apply_ops(conn, store.replica_id, ops)
                held = s.get(CoordinatorDistrict, district.id)
                held.read_upto = {**(held.read_upto or {}), replica: upto}
                held.replicas = sorted(set(held.replicas or []) | {o.replica for o, _ in ops})
            if newest:
                store.clock.observe(newest)
            applied, conflicts, after = applied + counted, conflicts + found, upto
            step("Lettura del database del distretto", after, last)
    return applied, conflicts, replica
