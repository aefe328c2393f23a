"""The low-level half of erasure (``desktop.core.erasure``), shared with the
sync: which rows belong to an erased person (``collect``), taking them out of
the tables, the change log, the full-text indexes and the conflicts
(``purge``), the markers a hollowed change carries, the bookkeeping of what
the sync root still has to rewrite, and ``clean_file``."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

import sqlalchemy as sa

from desktop.core import changes
from desktop.core.drafts import PREFIX as DRAFT_PREFIX
from desktop.core.model import (
    ChangeLog, Person, ReplicaMeta, SyncConflict, syncable_models,
)
from desktop.core.search import fold

MARKER = "$erasure"  # the key of a hollowed change: {"$erasure": <erasure id>}
ANONYMOUS = "Persona cancellata"

# Foreign keys that only point at an erased row: the row belongs to someone else
# and stays; the pointer is cleared and the fields named here are overwritten.
REFERENCES: dict[tuple[str, str], dict[str, Any]] = {
    ("network_member", "linked_person_id"): {"name": ANONYMOUS, "contact": None},
    ("deadline", "patto_id"): {},
    ("patto", "renewed_by_id"): {},
    ("patto", "uvm_session_id"): {},
    ("household_member", "member_person_id"): {"first_name": ANONYMOUS, "last_name": "",
                                               "birth_date": None},
}

META_REWRITE = "erasure_rewrite_seqs"    # own change seqs hollowed: their bundles are written again
META_SNAPSHOT_DUE = "erasure_snapshot_due"  # our snapshots in the root predate an erasure
META_CLEAN_DUE = "erasure_clean_due"        # the file still holds freed pages of an erasure
FTS_TABLES = ("person_fts", "person_cf_fts", "diary_fts")
_CHUNK = 500
_HOLLOW = '{"$erasure"%'


@dataclass(frozen=True)
class Mention:
    """Text that still names an erased person, in a record that is not theirs."""

    table: str
    row_id: str
    column: str



@dataclass
class Plan:
    """The rows an erasure takes away and the rows that only point at them."""

    rows: dict[str, set[str]] = field(default_factory=dict)
    references: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def count(self) -> dict[str, int]:
        return {table: len(ids) for table, ids in sorted(self.rows.items()) if ids}

    def keys(self) -> set[tuple[str, str]]:
        return {(table, row_id) for table, ids in self.rows.items() for row_id in ids}



def words(person) -> tuple[str | None, str | None, str | None]:
    """What identifies the person in text: first name, last name, codice fiscale."""
    get = person.get if isinstance(person, dict) else lambda k: getattr(person, k)
    return get("first_name") or None, get("last_name") or None, get("codice_fiscale") or None


# ------------------------------------------------------------------ markers
def marker(erasure_id: str) -> str:
    """The change-log ``fields`` of a hollowed entry."""
    return changes.dumps({MARKER: erasure_id})


def erased_by(fields: dict | None) -> str | None:
    """The erasure a change's fields name, if it is a hollowed one."""
    return fields.get(MARKER) if isinstance(fields, dict) else None


# ------------------------------------------------------------------ what belongs to whom
_CHILDREN: dict[str, list[tuple[str, str]]] = {}
_MODELS: dict[str, type] = {}


def _maps() -> None:
    if _MODELS:
        return
    for model in syncable_models():
        _MODELS[model.__tablename__] = model
    for model in _MODELS.values():
        for fk in model.__table__.foreign_keys:
            parent = fk.column.table.name
            if parent in _MODELS:
                _CHILDREN.setdefault(parent, []).append((model.__tablename__, fk.parent.name))


def _table(name: str) -> sa.Table:
    _maps()
    return _MODELS[name].__table__


def chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    ids = sorted(ids)
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def collect(conn, roots: dict[str, set[str]], known: set[tuple[str, str]] = frozenset()) -> Plan:
    """Every row that goes with ``roots``, following foreign keys down (rows
    whose key to an erased row is not a mere ``REFERENCES``), plus the patti whose
    every beneficiary goes. ``known``: rows already erased, not followed again."""
    _maps()
    gone: dict[str, set[str]] = {}
    for table, row_id in known:
        gone.setdefault(table, set()).add(row_id)
    plan = Plan({t: set(ids) - gone.get(t, set()) for t, ids in roots.items()})
    queue = [(t, set(ids)) for t, ids in plan.rows.items() if ids]
    while queue:
        table, ids = queue.pop()
        found_by: list[tuple[str, str, set[str]]] = []
        for child, column in _CHILDREN.get(table, []):
            tbl = _table(child)
            found = set()
            for chunk in chunks(ids):
                found.update(conn.execute(
                    sa.select(tbl.c.id).where(tbl.c[column].in_(chunk))).scalars())
            found_by.append((child, column, found))
        if table == "patto_beneficiary":
            tbl = _table("patto_beneficiary")
            patti = set()
            for chunk in chunks(ids):
                patti.update(conn.execute(
                    sa.select(tbl.c.patto_id).where(tbl.c.id.in_(chunk))).scalars())
            going = plan.rows.get("patto_beneficiary", set())
            for patto_id in patti:
                others = set(conn.execute(
                    sa.select(tbl.c.id).where(tbl.c.patto_id == patto_id)).scalars())
                if others <= going:
                    found_by.append(("patto", "id", {patto_id}))
        for child, column, found in found_by:
            if (child, column) in REFERENCES:
                plan.references.setdefault((child, column), set()).update(found)
                continue
            new = found - plan.rows.get(child, set()) - gone.get(child, set())
            if new:
                plan.rows.setdefault(child, set()).update(new)
                queue.append((child, new))
    for (table, column), ids in list(plan.references.items()):
        ids -= plan.rows.get(table, set())
        if not ids:
            del plan.references[(table, column)]
    return plan


# ------------------------------------------------------------------ purging
def hollow(conn, rows: dict[str, set[str]], erasure_id: str, own: Iterable[str]) -> None:
    """Rewrite every change-log entry of ``rows`` (not yet hollowed) as the
    erasure's marker; this replica's own entries among them wait for their
    bundles to be written again (``META_REWRITE``)."""
    mark, own = marker(erasure_id), sorted(own)
    seqs: list[int] = []
    for table, ids in rows.items():
        for chunk in chunks(ids):
            where = (ChangeLog.table_name == table, ChangeLog.row_id.in_(chunk),
                     sa.or_(ChangeLog.fields.is_(None), ChangeLog.fields.not_like(_HOLLOW)))
            seqs += conn.execute(sa.select(ChangeLog.seq).where(
                *where, ChangeLog.replica_id.in_(own))).scalars().all()
            conn.execute(sa.update(ChangeLog).where(*where).values(fields=mark))
    if seqs:
        _add_rewrites(conn, seqs)


def rewrite_fields(conn, table: str, ids: Iterable[str], values: dict[str, Any],
                   own: Iterable[str]) -> None:
    """Overwrite ``values`` in the history of rows that stay (the anonymised fields
    of a detached row): its older entries held the name."""
    if not values:
        return
    own, seqs = set(own), []
    for chunk in chunks(ids):
        for seq, replica, text in conn.execute(sa.select(
                ChangeLog.seq, ChangeLog.replica_id, ChangeLog.fields).where(
                ChangeLog.table_name == table, ChangeLog.row_id.in_(chunk),
                ChangeLog.fields.is_not(None))).all():
            fields = json.loads(text)
            if MARKER in fields or not any(k in fields and fields[k] != v
                                           for k, v in values.items()):
                continue
            fields.update({k: v for k, v in values.items() if k in fields})
            conn.execute(sa.update(ChangeLog).where(ChangeLog.seq == seq)
                         .values(fields=changes.dumps(fields)))
            if replica in own:
                seqs.append(seq)
    if seqs:
        _add_rewrites(conn, seqs)


def remove(conn, rows: dict[str, set[str]]) -> None:
    """Delete rows with SQL, their frozen-row guards set aside for the time of it
    (the foreign keys must be deferred by the caller)."""
    for table, ids in rows.items():
        if not ids:
            continue
        tbl = _table(table)
        guards = conn.execute(sa.text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t "
            "AND name LIKE '%frozen_delete'"), {"t": table}).all()
        for name, _sql in guards:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for chunk in chunks(ids):
            conn.execute(sa.delete(tbl).where(tbl.c.id.in_(chunk)))
        for _name, sql in guards:
            conn.exec_driver_sql(sql)


def detach(conn, references: dict[tuple[str, str], set[str]], own: Iterable[str]) -> None:
    """Rows of other people that pointed at erased rows: pointer cleared, fields
    anonymised, their history too. Without change capture: every replica does the
    same when it learns of the erasure (``desktop.sync.merge``)."""
    for (table, column), ids in references.items():
        tbl = _table(table)
        values = REFERENCES.get((table, column), {})
        for chunk in chunks(ids):
            conn.execute(sa.update(tbl).where(tbl.c.id.in_(chunk)).values({column: None, **values}))
        rewrite_fields(conn, table, ids, values, own)


def forget(conn, plan: Plan, people: Iterable[tuple[str | None, str | None, str | None]]) -> None:
    """Sync conflicts and drafts that hold the erased rows (by id, or by the
    people's first and last name together, or codice fiscale), and the
    bookkeeping that tells the sync to clean the root and the file."""
    for table, ids in plan.rows.items():
        for chunk in chunks(ids):
            conn.execute(sa.delete(SyncConflict).where(SyncConflict.table_name == table,
                                                       SyncConflict.row_id.in_(chunk)))
    for (table, column), ids in plan.references.items():
        fields = [column, *REFERENCES.get((table, column), {})]
        for chunk in chunks(ids):
            conn.execute(sa.delete(SyncConflict).where(
                SyncConflict.table_name == table, SyncConflict.row_id.in_(chunk),
                SyncConflict.field.in_(fields)))
    ids = {row_id for _t, row_id in plan.keys()}
    folded = [tuple(fold(w) for w in person if w) for person in people]
    for key, value in conn.execute(sa.select(ReplicaMeta.key, ReplicaMeta.value).where(
            ReplicaMeta.key.startswith(DRAFT_PREFIX))).all():
        text = fold(f"{key} {value}")
        if any(i in key or i in value for i in ids) or any(
                (len(words) >= 2 and words[0] in text and words[1] in text)
                or (len(words) == 3 and words[2] in text) for words in folded):
            conn.execute(sa.delete(ReplicaMeta).where(ReplicaMeta.key == key))
    for key in (META_SNAPSHOT_DUE, META_CLEAN_DUE):
        _set(conn, key, "1")


def reindex(conn) -> None:
    """Rebuild the full-text indexes from their own content: an FTS5 delete only
    adds a delete marker, and the erased terms would stay in the index's pages."""
    for name in FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('rebuild')")


def purge(conn, roots: dict[str, set[str]], erasure_id: str, own: Iterable[str],
          known: set[tuple[str, str]] = frozenset()) -> Plan:
    """What a replica does when a change tells it that ``roots`` are erased (the
    merge calls it): the rows that go with them are hollowed and deleted, the
    rows pointing at them detached, their conflicts and drafts forgotten. The
    caller rebuilds the full-text indexes once at the end (``reindex``)."""
    plan = collect(conn, roots, known)
    people = []
    for chunk in chunks(plan.rows.get("person", set())):
        for row in conn.execute(sa.select(Person.first_name, Person.last_name,
                                          Person.codice_fiscale).where(Person.id.in_(chunk))):
            people.append(words(row._mapping))
    hollow(conn, plan.rows, erasure_id, own)
    remove(conn, plan.rows)
    detach(conn, plan.references, own)
    forget(conn, plan, people)
    return plan


def scrub_anonymised(conn, anonymised: dict[str, list[str]] | None, own: Iterable[str]) -> None:
    """On a replica that receives an erasure record: the history of the rows the
    eraser detached (``Erasure.anonymised``, keys "table.column") loses the name."""
    for key, ids in (anonymised or {}).items():
        table, _, column = key.partition(".")
        values = REFERENCES.get((table, column))
        if values and ids:
            rewrite_fields(conn, table, ids, values, own)


# ------------------------------------------------------------------ bookkeeping
def _get(conn, key: str) -> str | None:
    return conn.execute(sa.select(ReplicaMeta.value).where(ReplicaMeta.key == key)).scalar()


def _set(conn, key: str, value: str) -> None:
    conn.execute(sa.text("INSERT OR REPLACE INTO replica_meta(key, value) VALUES (:k, :v)"),
                 {"k": key, "v": value})


def _add_rewrites(conn, seqs: list[int]) -> None:
    stored = _get(conn, META_REWRITE)
    known = set(json.loads(stored)) if stored else set()
    _set(conn, META_REWRITE, json.dumps(sorted(known | set(seqs))))


def pending_rewrites(conn) -> list[int]:
    """This replica's change seqs hollowed since the sync last wrote their bundles again."""
    stored = _get(conn, META_REWRITE)
    return json.loads(stored) if stored else []


def rewrites_done(conn, seqs: Iterable[int]) -> None:
    left = sorted(set(pending_rewrites(conn)) - set(seqs))
    if left:
        _set(conn, META_REWRITE, json.dumps(left))
    else:
        conn.execute(sa.delete(ReplicaMeta).where(ReplicaMeta.key == META_REWRITE))


def is_due(conn, key: str) -> bool:
    return _get(conn, key) == "1"


def clear(conn, key: str) -> None:
    conn.execute(sa.delete(ReplicaMeta).where(ReplicaMeta.key == key))


def clean_file(store) -> bool:
    """VACUUM the database, then empty its write-ahead log: no freed page of an
    erasure stays in the file (SQLCipher encrypts them; this removes them).
    False when another connection kept it from finishing (the database busy, a
    reader holding the log): a later call does it. VACUUM keeps the rowids the
    full-text indexes follow; if it did not, the indexes are rebuilt."""
    import sqlcipher3

    from desktop.core.search import rebuild_index

    try:
        raw = store.engine.raw_connection()
        try:
            conn = raw.driver_connection
            conn.execute("VACUUM")
            person_rows = conn.execute("SELECT count(*) FROM person").fetchone()[0]
            in_step = conn.execute(
                "SELECT count(*) FROM person p JOIN person_fts f ON f.rowid = p.rowid "
                "AND f.full_name = p.first_name || ' ' || p.last_name").fetchone()[0]
        finally:
            raw.close()
        if in_step != person_rows:
            with store.session(capture=False) as s:
                rebuild_index(s)
                reindex(s.connection())
        raw = store.engine.raw_connection()
        try:
            busy = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            raw.close()
    except (sqlcipher3.dbapi2.Error, sa.exc.SQLAlchemyError):
        return False
    if busy:
        return False
    with store.session(capture=False) as s:
        clear(s.connection(), META_CLEAN_DUE)
    return True


# ------------------------------------------------------------------ mentions
def mentions(conn, words: tuple[str | None, str | None, str | None],
             skip: set[tuple[str, str]] = frozenset()) -> list[Mention]:
    """Text columns of other records (JSON ones included) that name the person
    (first and last name together, or the codice fiscale), for a person to review."""
    first, last, code = words
    found: list[Mention] = []
    for name, model in sorted(models_by_table().items()):
        tbl = model.__table__
        for column in tbl.c:
            if not isinstance(column.type, (sa.String, sa.Text, sa.JSON)) or column.name == "id" \
                    or column.foreign_keys:
                continue
            text = sa.type_coerce(column, sa.Text)
            tests = []
            if first and last:
                tests.append(sa.and_(text.like(f"%{first}%"), text.like(f"%{last}%")))
            if code:
                tests.append(text.like(f"%{code}%"))
            if not tests:
                continue
            hits = conn.execute(sa.select(tbl.c.id).where(sa.or_(*tests)).limit(50)).scalars()
            for row_id in hits:
                if (name, row_id) not in skip:
                    found.append(Mention(name, row_id, column.name))
    return found


def models_by_table() -> dict[str, type]:
    _maps()
    return _MODELS
