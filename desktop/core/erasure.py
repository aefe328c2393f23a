"""Erasure of a person (art. 17 GDPR) and restriction of processing (art. 18),
with a trail that names the person by id only.

**Who.** Both need the permission «erase» (``core.access.PERMISSIONS``; the
assistente sociale and the coordinatore have it in ``db/seeds/roles.json``). The
operator must see the person; the work itself then runs as the system's
(``_as_system``): an erasure reaches every row of the person, also the entries
their confidentiality level hides from the operator, or the person could not go.

**When the law says keep.** A person with a signed patto (a signed version, or a
patto no longer in bozza), who signs another person's signed patto, or with a
diary entry closed less than ``RETENTION_YEARS`` ago is not erased:
``RetentionRequired`` explains why in Italian, and ``restrict_person`` is what
is left to do. A restricted person (``person.restricted_on``) is kept, but out
of every list, search and cartella of operators who lack «erase» (the condition
lives in ``core.access.person_condition``), and every read of them is audited
as any other. In a database without accounts whoever holds the key counts as
every role (the rule of ``core.access``), so they still see restricted people.

**What goes.** The person and every row that belongs to them, found by foreign
keys (``collect``): diary, assessments, measures, documents, network, deadlines,
consents, prese in carico, attivazioni, their place among a patto's
beneficiaries and signatories, and the patti whose every beneficiary goes. Rows
of other people that only point at them (``REFERENCES``) stay, detached: a
network member who was the person loses the link, the name and the contact.
Deletes go through the ORM, so change capture writes delete changes and
tombstones; closed diary entries older than the retention period are frozen,
which the ORM rightly refuses, so they are deleted with their SQL guard set
aside and their delete changes written by ``changes.write_changes``.

**No trace left in the file.** Every change-log entry of an erased row, the
delete included, is rewritten as ``{"$erasure": <id>}`` (``hollow``): the name
leaves the log, and the entry still tells sync, forever, that the row is erased.
The merge (``desktop.sync.merge``) lets such an entry beat every write, seen or
not, frozen or not: no replica brings the person back with an older edit, and a
row that arrives later for an erased row, or under one, is erased on arrival.
The history of the anonymised fields of detached rows is rewritten too; sync
conflicts and drafts that hold the person go; the full-text indexes are rebuilt
from their content, since an FTS5 delete leaves the old terms in the index until
its segments merge; ``clean_file`` then VACUUMs the file and empties the WAL.
The audit log is not touched: its rows name the person by id only, and its chain
stays whole. Text written by hand elsewhere (another person's diary, an audit
purpose) may still name the person: ``ErasureReport.mentions`` lists it for a
person to review, since frozen entries and audit rows cannot be edited.

**The sync root.** The ids of this replica's own log entries that were hollowed
wait in ``replica_meta`` (``META_REWRITE``) until the sync writes again the
bundles that carried them; the sync also replaces this replica's snapshots and
cleans the file (``META_SNAPSHOT_DUE``, ``META_CLEAN_DUE``). Each replica cleans
its own folder of the root when it learns of the erasure: see
``desktop.sync.engine``.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.core import audit, changes, formats
from desktop.core.access import access_of, out_of_reach, require
from desktop.core.drafts import PREFIX as DRAFT_PREFIX
from desktop.core.errors import TessereError, ValidationError
from desktop.core.ids import new_id
from desktop.core.model import (
    ChangeLog, DiaryEntry, Erasure, Patto, PattoBeneficiary, PattoVersion, Person, ReplicaMeta,
    Signatory, SyncConflict, syncable_models, utcnow,
)
from desktop.core.search import fold

MARKER = "$erasure"  # the key of a hollowed change: {"$erasure": <erasure id>}
ERASE, RESTRICT = "cancellazione", "limitazione"
RETENTION_YEARS = 10  # closed diary entries are kept this long (the ente's massimario decides)
ANONYMOUS = "Persona cancellata"

# Foreign keys that only point at an erased row: the row belongs to someone else
# and stays; the pointer is cleared and the fields named here are overwritten.
REFERENCES: dict[tuple[str, str], dict[str, Any]] = {
    ("network_member", "linked_person_id"): {"name": ANONYMOUS, "contact": None},
    ("deadline", "patto_id"): {},
    ("patto", "renewed_by_id"): {},
}

META_REWRITE = "erasure_rewrite_seqs"    # own change seqs hollowed: their bundles are written again
META_SNAPSHOT_DUE = "erasure_snapshot_due"  # our snapshots in the root predate an erasure
META_CLEAN_DUE = "erasure_clean_due"        # the file still holds freed pages of an erasure
FTS_TABLES = ("person_fts", "person_cf_fts", "diary_fts")
_CHUNK = 500
_HOLLOW = '{"$erasure"%'


class RetentionRequired(TessereError):
    """The law requires keeping the person's records: restrict instead."""

    def __init__(self, message: str, reasons: list[str]):
        super().__init__(message)
        self.reasons = reasons


@dataclass(frozen=True)
class Mention:
    """Text that still names an erased person, in a record that is not theirs."""

    table: str
    row_id: str
    column: str


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure or a restriction did: ids and counts, no personal data."""

    erasure_id: str
    kind: str                     # ERASE or RESTRICT
    removed: dict[str, int]       # rows erased, per table
    anonymised: int               # rows of other people detached from the person
    mentions: tuple[Mention, ...]  # hand-written text elsewhere that still names them
    message: str                  # in Italian, for the user


@dataclass
class Plan:
    """The rows an erasure takes away and the rows that only point at them."""

    rows: dict[str, set[str]] = field(default_factory=dict)
    references: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def count(self) -> dict[str, int]:
        return {table: len(ids) for table, ids in sorted(self.rows.items()) if ids}

    def keys(self) -> set[tuple[str, str]]:
        return {(table, row_id) for table, ids in self.rows.items() for row_id in ids}


# ------------------------------------------------------------------ markers
def marker(erasure_id: str) -> str:
    """The change-log ``fields`` of a hollowed entry."""
    return changes.dumps({MARKER: erasure_id})


def erased_by(fields: dict | None) -> str | None:
    """The erasure a change's fields name, if it is a hollowed one."""
    return fields.get(MARKER) if isinstance(fields, dict) else None


# ------------------------------------------------------------------ who and when
def _person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(f"Nessuna persona con id «{person_id}» in questo database"
                              f"{out_of_reach(session)}.", "persona")
    return person


def _words(person) -> tuple[str | None, str | None, str | None]:
    """What identifies the person in text: first name, last name, codice fiscale."""
    get = person.get if isinstance(person, dict) else lambda k: getattr(person, k)
    return get("first_name") or None, get("last_name") or None, get("codice_fiscale") or None


def check_reason(reason: str | None, person: Person) -> str:
    """The reason goes in the erasure trail, which never names the person."""
    text = " ".join((reason or "").split())
    if len(text) < 3:
        raise ValidationError("Scrivi il motivo (per esempio «richiesta dell'interessato del "
                              "3/12/2026»): resta nel registro delle cancellazioni.", "motivo")
    folded = set(fold(text).replace("'", " ").split())
    names = {w for n in (person.first_name, person.last_name) for w in fold(n).split()
             if len(w) > 2}
    code = (person.codice_fiscale or "").upper()
    if folded & names or (code and code in text.upper().replace(" ", "")):
        raise ValidationError("Il motivo resta nel registro delle cancellazioni, che non nomina "
                              "la persona: togli nome, cognome e codice fiscale.", "motivo")
    return text


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def retention_reasons(session: Session, person_id: str, today: dt.date) -> list[str]:
    """Why the law keeps this person's records, in Italian ("ha un patto
    firmato"…); empty when they may be erased. Read as the system: a record the
    operator cannot see still counts."""
    conn = session.connection()
    reasons = []
    patti = sa.select(PattoBeneficiary.patto_id).where(PattoBeneficiary.person_id == person_id)
    signed = conn.execute(sa.select(sa.func.count()).select_from(Patto).where(
        Patto.id.in_(patti), sa.or_(
            Patto.state != "bozza", Patto.locked.is_(True),
            sa.exists().where(PattoVersion.patto_id == Patto.id,
                              PattoVersion.signed_at.is_not(None))))).scalar()
    if signed:
        reasons.append("ha un patto firmato" if signed == 1 else f"ha {signed} patti firmati")
    signs = conn.execute(sa.select(sa.func.count()).select_from(Signatory).join(
        Patto, Patto.id == Signatory.patto_id).where(
        Signatory.person_id == person_id, Patto.id.not_in(patti), sa.or_(
            Patto.state != "bozza", Patto.locked.is_(True),
            sa.exists().where(PattoVersion.patto_id == Patto.id,
                              PattoVersion.signed_at.is_not(None))))).scalar()
    if signs:
        reasons.append("ha firmato il patto di un'altra persona")
    since = dt.datetime.combine(_years_before(today, RETENTION_YEARS), dt.time())
    closed = conn.execute(sa.select(sa.func.count()).select_from(DiaryEntry).where(
        DiaryEntry.person_id == person_id, DiaryEntry.status == "chiusa",
        sa.func.coalesce(DiaryEntry.closed_at, DiaryEntry.occurred_at) >= since)).scalar()
    if closed:
        reasons.append("ha una voce di diario chiusa" if closed == 1
                       else f"ha {closed} voci di diario chiuse")
        reasons[-1] += f" negli ultimi {RETENTION_YEARS} anni"
    return reasons


def _retention_message(reasons: list[str]) -> str:
    said = reasons[0] if len(reasons) == 1 else ", ".join(reasons[:-1]) + " e " + reasons[-1]
    return (f"La persona {said}: la legge ne impone la conservazione, quindi Tessere non la "
            "cancella. Si può invece limitarne il trattamento (art. 18 GDPR): i dati restano "
            "conservati ma spariscono da elenchi, ricerche e cartelle per chi non ha il permesso "
            "di cancellare, e ogni lettura resta registrata.")


@contextlib.contextmanager
def _as_system(session: Session) -> Iterator[None]:
    """The operator's permission checked, the work runs unscoped: loader
    criteria and write checks would hide or refuse some of the person's rows.
    The access comes back before the commit, so the audit row names the role."""
    access = session.info.pop("access", None)
    try:
        yield
    finally:
        if access is not None:
            session.info["access"] = access


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


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
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
            for chunk in _chunks(ids):
                found.update(conn.execute(
                    sa.select(tbl.c.id).where(tbl.c[column].in_(chunk))).scalars())
            found_by.append((child, column, found))
        if table == "patto_beneficiary":
            tbl = _table("patto_beneficiary")
            patti = set()
            for chunk in _chunks(ids):
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
        for chunk in _chunks(ids):
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
    for chunk in _chunks(ids):
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
        for chunk in _chunks(ids):
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
        for chunk in _chunks(ids):
            conn.execute(sa.update(tbl).where(tbl.c.id.in_(chunk)).values({column: None, **values}))
        rewrite_fields(conn, table, ids, values, own)


def forget(conn, plan: Plan, people: Iterable[tuple[str | None, str | None, str | None]]) -> None:
    """Sync conflicts and drafts that hold the erased rows (by id, or by the
    people's first and last name together, or codice fiscale), and the
    bookkeeping that tells the sync to clean the root and the file."""
    for table, ids in plan.rows.items():
        for chunk in _chunks(ids):
            conn.execute(sa.delete(SyncConflict).where(SyncConflict.table_name == table,
                                                       SyncConflict.row_id.in_(chunk)))
    for (table, column), ids in plan.references.items():
        fields = [column, *REFERENCES.get((table, column), {})]
        for chunk in _chunks(ids):
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
    for chunk in _chunks(plan.rows.get("person", set())):
        for row in conn.execute(sa.select(Person.first_name, Person.last_name,
                                          Person.codice_fiscale).where(Person.id.in_(chunk))):
            people.append(_words(row._mapping))
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
    for name, model in sorted(_models().items()):
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


def _models() -> dict[str, type]:
    _maps()
    return _MODELS


# ------------------------------------------------------------------ the two acts
def erase_person(session: Session, person_id: str, *, reason: str,
                 today: dt.date | None = None) -> ErasureReport:
    """Erase the person and every row that belongs to them (see the module's
    note); ``RetentionRequired`` when the law keeps their records. The caller's
    transaction commits it; ``clean_file`` then takes the freed pages out."""
    require(session, "erase")
    person = _person(session, person_id)
    reason = check_reason(reason, person)
    today = today or dt.date.today()
    reasons = retention_reasons(session, person.id, today)
    if reasons:
        raise RetentionRequired(_retention_message(reasons), reasons)
    words, person_id = _words(person), person.id
    access = access_of(session)
    erasure_id = new_id()
    me = session.info["replica_id"]
    session.flush()  # what the caller changed before meets the operator's write checks
    with _as_system(session):
        conn = session.connection()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        secure = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
        conn.exec_driver_sql("PRAGMA secure_delete = ON")  # freed cells are zeroed
        try:
            plan = collect(conn, {"person": {person_id}})
            frozen = _delete(session, plan)
            for (table, column), ids in plan.references.items():
                model = _models()[table]
                for obj in session.scalars(sa.select(model).where(model.id.in_(sorted(ids)))):
                    setattr(obj, column, None)
                    for key, value in REFERENCES[(table, column)].items():
                        setattr(obj, key, value)
            session.flush()  # delete and update changes written by change capture
            if frozen:
                remove(conn, frozen)
                changes.write_changes(session, [(t, i, "delete", None)
                                                for t, ids in frozen.items() for i in sorted(ids)])
            hollow(conn, plan.rows, erasure_id, [me])
            for (table, column), ids in plan.references.items():
                rewrite_fields(conn, table, ids, REFERENCES[(table, column)], [me])
            forget(conn, plan, [words])
            reindex(conn)
            session.add(Erasure(
                id=erasure_id, person_id=person_id, kind=ERASE, reason=reason, at=utcnow(),
                operator_id=session.info.get("operator_id"),
                role=access.roles_label if access is not None else None,
                removed=plan.count(),
                anonymised={f"{t}.{c}": sorted(ids) for (t, c), ids in plan.references.items()}))
            session.flush()
            found = mentions(conn, words, plan.keys())
        finally:
            conn.exec_driver_sql(f"PRAGMA secure_delete = {int(secure or 0)}")
    total = sum(plan.count().values())
    audit.record(session, "write", person_id=person_id, table=Erasure.__tablename__,
                 row_id=erasure_id, detail={"erasure": erasure_id, "rows": total})
    detached = sum(len(ids) for ids in plan.references.values())
    message = ("Persona cancellata" + (f" insieme a {total - 1} record che la riguardavano"
                                       if total > 1 else "")
               + ": nel database ne resta solo l'identificativo, nel registro delle "
               "cancellazioni e in quello degli accessi.")
    if detached:
        message += (" Un record di un'altra persona la nominava: ora non più." if detached == 1
                    else f" {detached} record di altre persone la nominavano: ora non più.")
    if found:
        message += (f" Il suo nome compare ancora in {len(found)} testi scritti a mano altrove "
                    "(record di altre persone, registro degli accessi): vanno riletti.")
    return ErasureReport(erasure_id, ERASE, plan.count(), detached, tuple(found), message)


def _delete(session: Session, plan: Plan) -> dict[str, set[str]]:
    """The plan's rows deleted through the ORM (change capture writes their
    delete changes and tombstones); the frozen ones, which the ORM refuses to
    delete, are returned instead."""
    frozen: dict[str, set[str]] = {}
    conn = session.connection()
    for table, ids in plan.rows.items():
        model = _models()[table]
        rule = model.__freezes__
        held: set[str] = set()
        if rule is not None:
            column = model.__table__.c[rule.column]
            test = column.is_not(None) if rule.value is None else column == rule.value
            for chunk in _chunks(ids):
                held.update(conn.execute(sa.select(model.__table__.c.id)
                                         .where(model.__table__.c.id.in_(chunk), test)).scalars())
        if held:
            frozen[table] = held
        for chunk in _chunks(ids - held):
            for obj in session.scalars(sa.select(model).where(model.id.in_(chunk))):
                session.delete(obj)
    return frozen


def restrict_person(session: Session, person_id: str, *, reason: str,
                    today: dt.date | None = None) -> ErasureReport:
    """Restrict the processing of the person (art. 18 GDPR): kept, out of every
    list, search and cartella of operators without «erase»; recorded in the
    erasure trail."""
    require(session, "erase")
    person = _person(session, person_id)
    reason = check_reason(reason, person)
    today = today or dt.date.today()
    if person.restricted_on is not None:
        raise ValidationError(f"Il trattamento di questa persona è già limitato dal "
                              f"{formats.day(person.restricted_on)}.", "persona")
    access = access_of(session)
    erasure_id = new_id()
    session.flush()
    with _as_system(session):
        person.restricted_on = today
        session.add(Erasure(
            id=erasure_id, person_id=person.id, kind=RESTRICT, reason=reason, at=utcnow(),
            operator_id=session.info.get("operator_id"),
            role=access.roles_label if access is not None else None))
        session.flush()
    audit.record(session, "write", person_id=person.id, table=Erasure.__tablename__,
                 row_id=erasure_id, detail={"erasure": erasure_id})
    return ErasureReport(erasure_id, RESTRICT, {}, 0, (), (
        f"Trattamento limitato dal {formats.day(today)}: i dati restano conservati ma "
        "spariscono da elenchi, ricerche e cartelle per chi non ha il permesso di cancellare."))
