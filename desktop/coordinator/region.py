"""The region's store: the coordinator's consolidated database published into
PostgreSQL, where a region's ambiti meet and the indicators run at region scale
(``desktop.reports.indicators`` reads either store: the same figures).

The encrypted SQLite file stays the coordinator's own database, the one that
merges the districts; PostgreSQL receives what it merged. **What goes**: the
people, the cartella's records and the patti, the resource map, the links
between the same person in two districts, each record's district, and the
reference data, the operators (for caseloads); **what stays** in the encrypted
file (data minimisation, GDPR art. 5.1.c): the diary's notes, the documents,
the access log, the accounts and roles, and where each district is reached,
which no regional indicator needs. PostgreSQL has no
encryption of its own: the server's disk encryption, its roles and TLS
(``sslmode`` in the address) protect it; the password is never written in
Tessere, it comes from the standard ``~/.pgpass`` or ``PGPASSWORD``.

**Publishing follows the changes**: each record changed in the coordinator's
change log since the last publication is written again or removed (one
PostgreSQL transaction: a publication killed half-way leaves the previous one
whole). The store is rebuilt from scratch when it is new, when Tessere's schema
changed, when the coordinator's file went back in time (a restored backup), and
after an erasure (art. 17), so that nothing of an erased person survives there.
One coordinator's database feeds one store; a second publisher waits for none.

**The same model and migrations**: the store's schema is Tessere's own, made
and upgraded by the Alembic migrations (SQLite's full-text indexes and
triggers are left out there; its foreign keys are checked at commit, 0010).
A store from a newer Tessere is refused."""
from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from desktop.coordinator.outcome import Outcome
from desktop.core import audit, migrations
from desktop.core.access import access_of, require
from desktop.core.errors import SchemaTooNewError, TessereError, ValidationError
from desktop.core.model import (
    Base, ChangeLog, CoordinatorDistrict, Erasure, RecordOrigin, ReplicaMeta, syncable_models,
)
from desktop.sync.errors import TargetError

META_URL = "coordinator_postgres_url"
STORE_NAME = "Archivio PostgreSQL"
NOT_PUBLISHED = frozenset({
    "diary_entry", "document", "audit_event",          # notes, files, who read what
    "account", "operator_role", "operator_district", "role",  # credentials and grants
    "erasure",                                          # rebuilds the store instead
})
WHOLE = ("catalogue_item", "assessment_template", "coordinator_district")  # small, local
# Where and how a district is reached stays in the coordinator's file.
BLANKED = {"coordinator_district": {"location": "", "user": None, "replicas": [],
                                    "read_upto": None, "last_merge": None}}
_CHUNK = 1000
Progress = Callable[[str, int, int], None]
_META = ReplicaMeta.__table__
_KEYS = ("region_source", "region_revision", "region_published_seq", "region_attributed")


class PublishCancelled(TessereError):
    """Stopped by the coordinator: PostgreSQL keeps the previous publication."""


def _published_tables() -> dict[str, sa.Table]:
    synced = {m.__tablename__ for m in syncable_models()}
    names = (synced - NOT_PUBLISHED) | set(WHOLE) | {RecordOrigin.__tablename__}
    return {t.name: t for t in Base.metadata.sorted_tables if t.name in names}


TABLES: dict[str, sa.Table] = _published_tables()


@dataclass
class RegionPublish(Outcome):
    """What a publication did, shown beside the districts' merges."""

    district: str = STORE_NAME
    written: int = 0
    removed: int = 0
    rebuilt: bool = False

    def summary(self) -> str:
        if self.errors:
            return " ".join(self.errors)
        if self.rebuilt:
            return f"Ricostruito: {self.written} record pubblicati."
        if not (self.written or self.removed):
            return "Già aggiornato."
        return f"{self.written} record aggiornati, {self.removed} tolti."


# ------------------------------------------------------------------ address
def normalised_url(text: str) -> sa.URL:
    """The address as SQLAlchemy reaches it with psycopg 3; refused in Italian
    when it is not PostgreSQL's or carries a password."""
    try:
        url = sa.make_url(text.strip())
    except sa.exc.ArgumentError:
        raise ValidationError(f"«{text}» non è un indirizzo PostgreSQL come "
                              "postgresql://utente@server:5432/database.") from None
    if url.get_backend_name() != "postgresql" or not url.database:
        raise ValidationError(f"«{text}» non è un indirizzo PostgreSQL come "
                              "postgresql://utente@server:5432/database.")
    if url.password:
        raise ValidationError("Non scrivete la password nell'indirizzo: Tessere la legge dal "
                              "file ~/.pgpass o dalla variabile PGPASSWORD, come ogni "
                              "programma di PostgreSQL.")
    return url.set(drivername="postgresql+psycopg")


def region_engine(url: sa.URL | str) -> sa.Engine:
    url = normalised_url(str(url)) if isinstance(url, str) else url
    return sa.create_engine(url, connect_args={"connect_timeout": 10,
                                               "application_name": "tessere"})


def _reach(engine: sa.Engine) -> sa.Connection:
    try:
        return engine.connect()
    except sa.exc.OperationalError as exc:
        where = engine.url.render_as_string(hide_password=True)
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else ""
        error = TargetError(f"Il server PostgreSQL {where} non risponde o rifiuta l'accesso "
                            f"({reason}). Quanto già pubblicato resta; riprovate più tardi.")
        error.retry_later = "authentication" not in reason and "does not exist" not in reason
        raise error from None


def configured_url(store) -> str | None:
    return store.meta(META_URL)


def set_url(store, text: str) -> str:
    """Remember the store to publish into, once it answers; the address kept."""
    with store.read() as s:
        _require_region_reader(s)
    url = normalised_url(text)
    engine = region_engine(url)
    try:
        _reach(engine).close()
        _prepare(engine)
        with engine.connect() as conn:
            _check_owner(_meta(conn), store.replica_id)
    finally:
        engine.dispose()
    shown = url.render_as_string(hide_password=False)
    store.set_meta(META_URL, shown)
    return shown


def _configured_engine(store) -> sa.Engine:
    """The store set for this database, once the signed-in operator may use it."""
    url = configured_url(store)
    if url is None:
        raise ValidationError("Nessun archivio PostgreSQL configurato: tessere coordinator "
                              "postgres postgresql://utente@server/database")
    with store.read() as s:
        _require_region_reader(s)
    return region_engine(url)


def _require_region_reader(session) -> None:
    """The store is the whole ambito, unscoped: only who may export and sees the
    whole ambito publishes into it or reads from it."""
    require(session, "export")
    access = access_of(session)
    if access is not None and access.scope != "ambito":
        raise ValidationError(
            f"L'archivio PostgreSQL contiene tutto l'ambito: il tuo ruolo ({access.roles_label}) "
            "vede solo una parte delle persone. Serve un ruolo con visibilità sull'ambito.")


# ------------------------------------------------------------------ publish
def publish(store, progress: Progress | None = None,
            cancelled: Callable[[], bool] = lambda: False) -> RegionPublish:
    """Bring the configured PostgreSQL store up to this database."""
    out = RegionPublish()
    started = time.monotonic()
    engine = _configured_engine(store)
    try:
        _reach(engine).close()
        _prepare(engine)
        with engine.connect() as conn, store.system_read() as source:
            _publish(conn, source, store.replica_id, out, progress, cancelled)
    except TargetError as exc:
        out.errors.append(str(exc))
        out.retry_later = getattr(exc, "retry_later", False)
    except sa.exc.OperationalError as exc:  # the server went away half-way
        out.errors.append(f"Il server PostgreSQL si è interrotto ({str(exc.orig).strip()}): "
                          "resta la pubblicazione precedente; riprovate più tardi.")
        out.retry_later = True
    finally:
        engine.dispose()
    out.seconds = time.monotonic() - started
    if out.ok:
        with store.session() as s:
            audit.record(s, "export", detail={"function": "region_publish",
                                              "written": out.written, "removed": out.removed,
                                              "rebuilt": out.rebuilt})
    return out


def _publish(conn: sa.Connection, source, replica_id: str, out: RegionPublish,
             progress: Progress | None, cancelled: Callable[[], bool]) -> None:
    def step(label: str, done: int, total: int) -> None:
        if cancelled():
            raise PublishCancelled("Pubblicazione interrotta: PostgreSQL tiene la precedente.")
        if progress:
            progress(f"{STORE_NAME}: {label}", done, total)

    with conn.begin():
        if not conn.execute(sa.text("SELECT pg_try_advisory_xact_lock(hashtext('tessere-region'))")
                            ).scalar():
            raise TargetError("Un altro coordinatore sta pubblicando in questo archivio "
                              "PostgreSQL: riprovate fra poco.")
        meta = _meta(conn)
        _check_owner(meta, replica_id)
        revision = migrations.newest_revision_file()  # an open Store is at head
        upto = source.scalar(sa.select(sa.func.max(ChangeLog.seq))) or 0
        attributed = dict(source.execute(sa.select(CoordinatorDistrict.id,
                                                   CoordinatorDistrict.attributed_upto)).all())
        since = int(meta.get("region_published_seq", 0))
        erased = source.scalar(sa.select(sa.func.count()).select_from(ChangeLog).where(
            ChangeLog.seq > since, ChangeLog.table_name == Erasure.__tablename__))
        if meta.get("region_revision") != revision or since == 0 or since > upto or erased:
            _rebuild(conn, source, out, step)
        else:
            _apply_changes(conn, source, since, upto, out, step)
            _apply_origins(conn, source, since, upto,
                           json.loads(meta.get("region_attributed", "{}")))
            for name in WHOLE:
                _replace_whole(conn, source, TABLES[name], out, step)
        _set_meta(conn, source=replica_id, revision=revision, published_seq=str(upto),
                  attributed=json.dumps(attributed))


def _meta(conn: sa.Connection) -> dict[str, str]:
    return dict(conn.execute(sa.select(_META.c.key, _META.c.value)
                             .where(_META.c.key.in_(_KEYS))).all())


def _set_meta(conn: sa.Connection, **values: str) -> None:
    statement = postgresql.insert(_META)
    conn.execute(statement.on_conflict_do_update(
        index_elements=["key"], set_={"value": statement.excluded.value}),
        [{"key": f"region_{k}", "value": v} for k, v in values.items()])


def _prepare(engine: sa.Engine) -> None:
    """The store's schema at Tessere's head, by the migrations; newer: refused."""
    try:
        migrations.upgrade(engine)
    except SchemaTooNewError:
        raise SchemaTooNewError("L'archivio PostgreSQL è stato scritto da una versione più "
                                "recente di Tessere: aggiornate Tessere prima di pubblicarvi.") from None


def _check_owner(meta: dict[str, str], replica_id: str) -> None:
    if meta.get("region_source") and meta["region_source"] != replica_id:
        raise ValidationError("Questo archivio PostgreSQL riceve già i dati da un altro "
                              "database di coordinamento: indicate un database vuoto o il suo.")


def _rebuild(conn: sa.Connection, source, out: RegionPublish, step: Progress) -> None:
    out.rebuilt = True
    conn.execute(sa.text("TRUNCATE " + ", ".join(TABLES) + " CASCADE"))
    for n, table in enumerate(TABLES.values()):
        step(f"tabella {table.name}", n, len(TABLES))
        _copy(conn, source, table, out, step)


def _copy(conn: sa.Connection, source, table: sa.Table, out: RegionPublish,
          step: Progress) -> None:
    query = _source_select(table).execution_options(yield_per=_CHUNK)
    for rows in _batches(map(dict, source.execute(query).mappings())):
        step(f"tabella {table.name}", out.written, 0)
        conn.execute(table.insert(), rows)
        out.written += len(rows)


def _source_select(table: sa.Table) -> sa.Select:
    """The rows of ``table`` as published, read from the coordinator's file."""
    blanked = BLANKED.get(table.name, {})
    query = sa.select(*[sa.literal(blanked[c.name], c.type).label(c.name) if c.name in blanked
                        else c for c in table.columns])
    if table.name == RecordOrigin.__tablename__:
        query = query.where(table.c.table_name.in_(sorted(TABLES)))
    return query


def _replace_whole(conn: sa.Connection, source, table: sa.Table, out: RegionPublish,
                   step: Progress) -> None:
    """A small local table, written again only when it differs."""
    order = list(table.primary_key.columns)
    there = conn.execute(sa.select(table).order_by(*order)).all()
    here = source.execute(_source_select(table).order_by(*order)).all()
    if [tuple(r) for r in there] != [tuple(r) for r in here]:
        conn.execute(table.delete())
        _copy(conn, source, table, out, step)


def _batches(items: Iterable) -> Iterator[list]:
    """``items`` in lists of ``_CHUNK``, read as they come."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == _CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _apply_changes(conn: sa.Connection, source, since: int, upto: int, out: RegionPublish,
                   step: Progress) -> None:
    """Each record changed in (since, upto] as it is now, or gone."""
    touched: dict[str, set[str]] = {}
    for table, row_id in source.execute(
            sa.select(ChangeLog.table_name, ChangeLog.row_id).distinct()
            .where(ChangeLog.seq > since, ChangeLog.seq <= upto)):
        if table in TABLES:
            touched.setdefault(table, set()).add(row_id)
    for n, (name, ids) in enumerate(sorted(touched.items())):
        step(f"tabella {name}", n, len(touched))
        there = TABLES[name]
        for chunk in _batches(sorted(ids)):
            rows = [dict(r) for r in source.execute(
                _source_select(there).where(there.c.id.in_(chunk))).mappings()]
            if rows:
                statement = postgresql.insert(there)
                conn.execute(statement.on_conflict_do_update(
                    index_elements=["id"],
                    set_={c.name: statement.excluded[c.name] for c in there.columns
                          if c.name != "id"}), rows)
            gone = set(chunk) - {r["id"] for r in rows}
            if gone:
                conn.execute(there.delete().where(there.c.id.in_(gone)))
            out.written += len(rows)
            out.removed += len(gone)


def _apply_origins(conn: sa.Connection, source, since: int, upto: int,
                   attributed: dict[str, int]) -> None:
    """The districts of the records changed in (since, upto], and of those
    published before their district was attributed (a merge killed before
    attributing: the next one attributes them, ``merge._attribute``)."""
    origin = RecordOrigin.__table__
    ranges = [ChangeLog.seq.between(since + 1, upto)]
    for district in source.execute(sa.select(CoordinatorDistrict.id, CoordinatorDistrict.replicas,
                                             CoordinatorDistrict.attributed_upto)):
        before = attributed.get(district.id, 0)
        if before < min(district.attributed_upto or 0, since) and district.replicas:
            ranges.append(sa.and_(ChangeLog.seq.between(before + 1, since),
                                  ChangeLog.replica_id.in_(district.replicas)))
    changed = sa.select(ChangeLog.table_name, ChangeLog.row_id).where(sa.or_(*ranges))
    rows = [dict(r) for r in source.execute(
        _source_select(origin)
        .where(sa.tuple_(origin.c.table_name, origin.c.row_id).in_(changed))).mappings()]
    for chunk in _batches(rows):
        conn.execute(postgresql.insert(origin).on_conflict_do_nothing(), chunk)


# ------------------------------------------------------------------ read
@contextlib.contextmanager
def reading(store) -> Iterator[Session]:
    """A session on the store, for the indicators. Who reads is checked on the
    coordinator's own database, and what the reading records in the access log
    (an export) goes into that database's log."""
    engine = _configured_engine(store)
    try:
        with _reach(engine) as conn, Session(bind=conn) as session:
            yield session
            queued = audit.take_deferred(session)
    finally:
        engine.dispose()
    if queued:
        store.append_accesses(queued)
