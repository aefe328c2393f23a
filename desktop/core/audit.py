"""The audit log: every read of a person's record and every write, one row per
user action, chained by hashes so that a removed or altered row is detected.

* **Reads, prints, exports** are recorded by the core functions that return
  personal data, marked ``@audited(action, person=…)``; ``REGISTRY`` lists them
  and a test checks that no such function is left out. A call nested inside
  another audited call records nothing: the user did one thing.
* **Writes** are recorded once per committed transaction that changed data
  (``install``'s commit hook), in that same transaction: a named operation is
  one core call in one transaction, so one row per user action, and no write
  can forget it. The field-by-field detail stays in ``change_log``.
* **Read sessions** (``Store.read()``) cannot write in their snapshot, so their
  rows wait in ``session.info`` and the store appends them in a short write
  transaction as soon as the read ends, on the same thread, before the caller
  gets the data: if the audit cannot be written, the data is not handed out.

Each replica keeps its own chain (``seq`` 1, 2, … and ``prev_hash``); rows of
other replicas arrive by sync and keep their own chains. ``verify`` walks them.
"""
from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import hashlib
import inspect as pyinspect
import json
import re
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, Callable, Iterator, Mapping

from sqlalchemy import Text, bindparam, event, insert, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop.core.access import access_of, require
from desktop.core.errors import ValidationError
from desktop.core.ids import new_id
from desktop.core.model import (
    AuditEvent, Base, ChangeLog, Operator, PattoBeneficiary, Person, utcnow,
)

ACTIONS = {
    "read": "lettura",
    "write": "modifica",
    "print": "stampa",
    "export": "esportazione",
}
GENESIS = "0" * 64
TABLE = AuditEvent.__tablename__

_QUEUE = "tessere_audit_queue"
_DEPTH = "tessere_audit_depth"
_CHANGES = "tessere_audit_changes"
_PURPOSE = "tessere_audit_purpose"
_paused: contextvars.ContextVar[bool] = contextvars.ContextVar("tessere_audit_paused", default=False)

# A detail value names records by id or counts them; a name or a codice fiscale
# has no business there.
_SAFE_TEXT = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_CODICE_FISCALE = re.compile(r"[A-Za-z]{6}[0-9LMNPQRSTUV]{2}[A-Za-z][0-9LMNPQRSTUV]{2}[A-Za-z]"
                             r"[0-9LMNPQRSTUV]{3}[A-Za-z]")


# ------------------------------------------------------------------ recording
def record(session: Session, action: str, *, person_id: str | None = None,
           table: str | None = None, row_id: str | None = None, purpose: str | None = None,
           detail: dict[str, Any] | None = None) -> None:
    """Record one action on a person's data. The row is appended when the
    caller's transaction commits, inside it (a rolled-back action leaves no
    row); in a read session, right after the read ends (see the module's note)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    _check_detail(detail)
    session.info.setdefault(_QUEUE, []).append(dict(
        action=action, person_id=person_id, table_name=table, row_id=row_id,
        purpose=purpose or session.info.get(_PURPOSE) or None, detail=detail or None,
        at=utcnow()))


# Why the user reads, prints or exports, where the window or the CLI asked.
ART_15 = "richiesta dell'interessato (art. 15 GDPR)"
PURPOSES = (
    "presa in carico e progetto", "verifica del patto", "équipe / UVM", ART_15,
    "richiesta dell'autorità giudiziaria", "rendicontazione",
)


def with_purpose(session: Session, purpose: str | None) -> None:
    """Every row this session records from now on carries ``purpose``."""
    text = " ".join((purpose or "").split())
    if len(text) > 200:
        raise ValidationError("Lo scopo dell'accesso va scritto in poche parole (al massimo "
                              "200 caratteri).", "scopo")
    session.info[_PURPOSE] = text or None


def take_deferred(session: Session) -> list[dict[str, Any]]:
    """What a read session recorded, for ``append_on`` once it has ended."""
    return session.info.pop(_QUEUE, [])


# Built once: every opening of a scheda runs them.
_TAIL = (select(AuditEvent.seq, AuditEvent.hash)
         .where(AuditEvent.replica_id == bindparam("replica"))
         .order_by(AuditEvent.seq.desc()).limit(1))
_ROLE = select(Operator.role).where(Operator.id == bindparam("operator"))
_INSERT = insert(AuditEvent.__table__)


def append_on(conn: Connection, info: Mapping[str, Any], entries: list[dict[str, Any]]) -> None:
    """Append what one user action recorded, inside ``conn``'s transaction: the
    rows and their change-log lines (so they sync). A bare connection, not an
    ORM session: a read pays a fraction of a millisecond for its row."""
    from desktop.core.changes import append_log, to_wire

    entries = _one_per_person(entries)
    if not entries:
        return
    replica, operator = info["replica_id"], info.get("operator_id")
    tail = conn.execute(_TAIL, {"replica": replica}).first()
    seq, prev = (tail.seq, tail.hash) if tail else (0, GENESIS)
    signed_in = info.get("access")
    role = (signed_in.roles_label if signed_in is not None
            else conn.scalar(_ROLE, {"operator": operator}) if operator else None)
    rows = []
    for entry in entries:
        seq += 1
        row = dict(id=new_id(), replica_id=replica, seq=seq, operator_id=operator, role=role,
                   prev_hash=prev, **entry)
        row["hash"] = prev = row_hash(row)
        rows.append(row)
    conn.execute(_INSERT, rows)
    append_log(conn, info, [(TABLE, r["id"], "insert", {k: to_wire(v) for k, v in r.items()
                                                         if k != "id"}) for r in rows])


def _check_detail(detail: dict[str, Any] | None) -> None:
    for key, value in (detail or {}).items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if item is None or isinstance(item, (bool, int)):
                continue
            if not (isinstance(item, str) and _SAFE_TEXT.fullmatch(item)
                    and not _CODICE_FISCALE.fullmatch(item)):
                raise ValueError(f"audit detail {key!r} must hold ids or counts only")


FIELDS = ("id", "replica_id", "seq", "at", "operator_id", "role", "action", "person_id",
          "table_name", "row_id", "purpose", "detail", "prev_hash")


def row_hash(values: dict[str, Any]) -> str:
    """sha256 over the row's canonical JSON (every field but the hash itself,
    ``prev_hash`` included), so a changed field or a re-linked row shows."""
    canonical = {k: (v.isoformat() if isinstance(v, dt.datetime) else v)
                 for k, v in values.items() if k in FIELDS}
    text = json.dumps(canonical, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ reads
@dataclass(frozen=True)
class Audited:
    """A core function that hands out personal data, and how it is recorded."""

    name: str
    action: str
    fn: Callable[..., Any]


REGISTRY: dict[str, Audited] = {}

PersonOf = Callable[[dict[str, Any], Any], "str | list[str] | None"]


def audited(action: str, *, person: PersonOf, table: str | None = None,
            row: Callable[[dict[str, Any], Any], str | None] | None = None,
            when: Callable[[dict[str, Any]], bool] | None = None) -> Callable:
    """Mark a function ``fn(session, …)`` that returns personal data: after it
    returns, one audit row per person ``person(arguments, result)`` names
    (arguments by name, defaults applied). ``when`` skips calls that are not a
    new access (the next page of a list already opened)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")

    def wrap(fn: Callable) -> Callable:
        signature = pyinspect.signature(fn)

        @functools.wraps(fn)
        def audited_fn(session: Session, *args: Any, **kwargs: Any) -> Any:
            require(session, action)  # reading, printing, exporting: each a permission
            depth = session.info.get(_DEPTH, 0)
            session.info[_DEPTH] = depth + 1
            try:
                result = fn(session, *args, **kwargs)
            finally:
                session.info[_DEPTH] = depth
            if depth:
                return result
            bound = signature.bind(session, *args, **kwargs)
            bound.apply_defaults()
            arguments = bound.arguments
            if when is not None and not when(arguments):
                return result
            people = person(arguments, result)
            row_id = row(arguments, result) if row else None
            for person_id in people if isinstance(people, list) else [people]:
                record(session, action, person_id=person_id, table=table, row_id=row_id,
                       detail={"function": fn.__name__})
            return result

        name = f"{fn.__module__}.{fn.__qualname__}"
        REGISTRY[name] = Audited(name, action, audited_fn)
        return audited_fn

    return wrap


def first_page(arguments: dict[str, Any]) -> bool:
    """``when`` for paged lists: opening the list is the access, not each page."""
    return not arguments.get("offset")


# ------------------------------------------------------------------ writes
def note_changes(session: Session, pending: list[tuple[str, str, str, dict | None]]) -> None:
    """Called by change capture for every flushed batch: remembers what this
    transaction changed, for its one ``write`` row at commit."""
    if _paused.get():
        return
    noted = session.info.get(_CHANGES)
    for table, row_id, _op, fields in pending:
        if table == TABLE:
            continue
        if noted is None:
            noted = session.info[_CHANGES] = {
                "count": 0, "tables": set(), "first": (table, row_id), "person": None}
        noted["count"] += 1
        noted["tables"].add(table)
        if noted["person"] is None:
            noted["person"] = row_id if table == "person" else (fields or {}).get("person_id")


def _person_of(session: Session, table: str, row_id: str) -> str | None:
    """The person a changed row belongs to, when its own fields did not say."""
    tbl = Base.metadata.tables.get(table)
    if tbl is None:
        return None
    if "person_id" in tbl.c:
        return session.scalar(select(tbl.c.person_id).where(tbl.c.id == row_id))
    patto_id = row_id if table == "patto" else (
        session.scalar(select(tbl.c.patto_id).where(tbl.c.id == row_id))
        if "patto_id" in tbl.c else None)
    if patto_id is None:
        return None
    return session.scalar(select(PattoBeneficiary.person_id)
                          .where(PattoBeneficiary.patto_id == patto_id)
                          .order_by(PattoBeneficiary.person_id).limit(1))


def _before_commit(session: Session) -> None:
    """Append what the transaction recorded, plus one ``write`` row when it
    changed data and its service did not record its own. Reads of the person
    the write concerns are part of that write (a save that answers with the
    saved record), not another access."""
    if session.info.get("read_only"):
        return
    session.flush()
    entries = session.info.pop(_QUEUE, [])
    noted = session.info.pop(_CHANGES, None)
    if noted is not None and not any(e["action"] == "write" for e in entries):
        table, row_id = noted["first"]
        entries.append(dict(action="write", person_id=noted["person"] or _person_of(
            session, table, row_id), table_name=table, row_id=row_id,
            purpose=session.info.get(_PURPOSE), at=utcnow(),
            detail={"changes": noted["count"], "tables": sorted(noted["tables"])}))
    append_on(session.connection(), session.info, entries)


# When one user action touches a person several ways, the row says the strongest.
_RANK = {"read": 0, "print": 1, "export": 2, "write": 3}


def _one_per_person(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per person and action of the user: a save that answers with the
    saved record, or a print that looks the patto up first, is one access."""
    best: dict[str, dict[str, Any]] = {}
    for entry in entries:
        person = entry["person_id"]
        if person is not None and (person not in best
                                   or _RANK[entry["action"]] > _RANK[best[person]["action"]]):
            best[person] = entry
    return [e for e in entries if e["person_id"] is None or best[e["person_id"]] is e]


def _after_transaction(session: Session, transaction) -> None:
    if transaction.parent is None and not session.info.get("read_only"):
        for key in (_QUEUE, _CHANGES):
            session.info.pop(key, None)


def install(session_class) -> None:
    """Wire the one-row-per-write rule into a sessionmaker (see ``Store``)."""
    event.listen(session_class, "before_commit", _before_commit)
    event.listen(session_class, "after_transaction_end", _after_transaction)


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No write rows in this thread meanwhile: only for loading invented data
    (``desktop.demo``), whose content must be the same on every run."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


# ------------------------------------------------------------------ listing
WHAT = {
    "person": "anagrafica", "consent": "consensi", "case_episode": "presa in carico",
    "diary_entry": "diario", "assessment": "valutazioni", "measure": "misure",
    "network_member": "rete", "document": "documenti", "deadline": "scadenze",
    "attivazione": "attivazioni",
}


def what_label(table: str | None) -> str:
    """The part of the cartella a row names, as a user calls it."""
    if table is None:
        return ""
    if table in WHAT:
        return WHAT[table]
    tbl = Base.metadata.tables.get(table)
    return "patto" if table == "patto" or (tbl is not None and "patto_id" in tbl.c) else table


@dataclass(frozen=True)
class AccessRow:
    """One audit row as the Accessi list and ``tessere audit elenco`` show it."""

    id: str
    at: dt.datetime
    operator_id: str | None
    operator: str  # the operator's name, or a dash when nobody was signed in
    role: str | None
    action: str
    action_label: str
    what: str
    table_name: str | None
    row_id: str | None
    person_id: str | None
    person: str  # the person's name, empty when the row names nobody (or a removed person)
    purpose: str | None
    replica_id: str
    seq: int

    @property
    def local_at(self) -> dt.datetime:
        """``at`` (UTC) on this computer's clock, as the user reads times."""
        return self.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def accesses(session: Session, *, person_id: str | None = None, find: str = "",
             operator_id: str | None = None, since: dt.date | None = None,
             until: dt.date | None = None, offset: int = 0,
             limit: int | None = None) -> list[AccessRow]:
    """Who did what, newest first; ``find`` picks the people as the search of
    the Persone page does (name, codice fiscale, comune); ``until`` includes its
    whole day. Reading the log is not itself logged: it says who looked, not
    what the cartella holds. The whole log is the coordinator's and the
    administrator's («view_audit»); one person's history is for whoever may
    open that person's cartella."""
    if person_id is None:
        require(session, "view_audit")
    else:
        require(session, "read")
        if access_of(session) is not None and session.get(Person, person_id) is None:
            return []  # a person out of the operator's reach: not even who looked
    query = (select(AuditEvent, Operator.first_name, Operator.last_name,
                    Person.first_name, Person.last_name)
             .outerjoin(Operator, Operator.id == AuditEvent.operator_id)
             .outerjoin(Person, Person.id == AuditEvent.person_id))
    if person_id is not None:
        query = query.where(AuditEvent.person_id == person_id)
    if find.strip():
        from desktop.core.search import search_people  # with the codice fiscale rules: not at start

        query = query.where(AuditEvent.person_id.in_(
            [hit.id for hit in search_people(session, find, limit=200)]))
    if operator_id is not None:
        query = query.where(AuditEvent.operator_id == operator_id)
    if since is not None:
        query = query.where(AuditEvent.at >= dt.datetime.combine(since, dt.time()))
    if until is not None:
        query = query.where(AuditEvent.at < dt.datetime.combine(until + dt.timedelta(days=1),
                                                                dt.time()))
    query = query.order_by(AuditEvent.at.desc(), AuditEvent.replica_id, AuditEvent.seq.desc())
    rows = session.execute(query.offset(offset).limit(limit)).all()
    return [AccessRow(
        id=e.id, at=e.at, operator_id=e.operator_id,
        operator=f"{last} {first}" if last else ("—" if e.operator_id is None else e.operator_id),
        role=e.role, action=e.action, action_label=ACTIONS.get(e.action, e.action),
        what=what_label(e.table_name), table_name=e.table_name, row_id=e.row_id,
        person_id=e.person_id, person=f"{p_last} {p_first}" if p_last else "",
        purpose=e.purpose, replica_id=e.replica_id, seq=e.seq)
        for e, first, last, p_first, p_last in rows]


def operator_by_ref(session: Session, ref: str) -> str:
    """The id of the operator named by id, or by surname (with the first name
    when two share it), as a CLI user types it."""
    text = ref.strip()
    if session.get(Operator, text) is not None:
        return text
    folded = " ".join(text.lower().split())
    found = [oid for oid, first, last in session.execute(
        select(Operator.id, Operator.first_name, Operator.last_name))
        if folded in (last.lower(), f"{last} {first}".lower(), f"{first} {last}".lower())]
    if len(found) == 1:
        return found[0]
    raise ValidationError(
        f"«{text}» indica {len(found)} operatori: scrivi nome e cognome, oppure l'id."
        if found else f"Nessun operatore si chiama «{text}».", "operatore")


# ------------------------------------------------------------------ verify
@dataclass
class Break:
    replica_id: str
    seq: int
    message: str  # Italian, for the user


@dataclass
class VerifyReport:
    chains: dict[str, int] = field(default_factory=dict)  # replica -> rows checked
    breaks: list[Break] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.breaks

    def explain(self) -> str:
        rows = sum(self.chains.values())
        if self.ok:
            computers = len(self.chains)
            return (f"Registro degli accessi integro: {rows} {'riga' if rows == 1 else 'righe'} "
                    f"da {computers} {'computer' if computers == 1 else 'computer diversi'}.")
        return "\n".join(b.message for b in self.breaks)


def verify(session: Session) -> VerifyReport:
    """Walk each replica's chain in ``seq`` order and name its first broken link:
    a missing row (a gap in the numbers, or a ``prev_hash`` that does not match
    the row before) or an altered one (its hash does not match its content)."""
    report = VerifyReport()
    replica, expected_seq, prev, broken = None, 1, GENESIS, False
    for row in _stored_rows(session):
        if row.replica_id != replica:
            replica, expected_seq, prev, broken = row.replica_id, 1, GENESIS, False
            report.chains[replica] = 0
        report.chains[replica] += 1
        if broken:
            continue
        problem = _link_problem(row, expected_seq, prev)
        if problem:
            report.breaks.append(Break(replica, row.seq, problem))
            broken = True
        if isinstance(row.seq, int):
            expected_seq = row.seq + 1
        prev = row.hash
    _missing_tails(session, report)
    return report


def _missing_tails(session: Session, report: VerifyReport) -> None:
    """The newest rows of a chain have no successor to miss them: the change log,
    which recorded their insert, does (the sync peers hold copies too)."""
    broken = {b.replica_id for b in report.breaks}
    gone = session.scalars(
        select(ChangeLog.fields).outerjoin(AuditEvent, AuditEvent.id == ChangeLog.row_id)
        .where(ChangeLog.table_name == TABLE, ChangeLog.op == "insert", AuditEvent.id.is_(None))
        .order_by(ChangeLog.seq))
    for fields in gone:
        values = json.loads(fields or "{}")
        replica, seq = values.get("replica_id"), values.get("seq")
        if replica not in broken:
            broken.add(replica)
            report.chains.setdefault(replica, 0)
            report.breaks.append(Break(replica, seq, (
                f"Registro del computer {replica}: manca la riga {seq} (cancellata dal database; "
                "il registro delle modifiche ne ricorda l'inserimento).")))


class _Stored(SimpleNamespace):
    """An audit row as stored, read without trusting it (``values`` is None when
    a field no longer parses: an edit made by hand)."""


def _stored_rows(session: Session) -> Iterator[_Stored]:
    table = AuditEvent.__table__
    raw = {"detail": type_coerce(table.c.detail, Text), "at": type_coerce(table.c.at, Text),
           "seq": type_coerce(table.c.seq, Text)}
    columns = [raw.get(c.name, c).label(c.name) for c in table.c]
    for found in session.execute(select(*columns).order_by(table.c.replica_id, table.c.seq,
                                                           table.c.id)).mappings():
        row = _Stored(**found)
        try:
            row.seq = int(found["seq"])
            row.at = dt.datetime.fromisoformat(found["at"])
            row.detail = None if found["detail"] is None else json.loads(found["detail"])
            row.values = {name: getattr(row, name) for name in FIELDS}
        except (TypeError, ValueError):
            row.values = None
            with contextlib.suppress(TypeError, ValueError):
                row.seq = int(found["seq"])
        yield row


def _link_problem(row: _Stored, expected_seq: int, prev: str) -> str | None:
    where = f"Registro del computer {row.replica_id}"
    if row.values is None or row_hash(row.values) != row.hash:
        return (f"{where}: la riga {row.seq} è stata alterata (il suo contenuto non corrisponde "
                "più alla sua impronta).")
    if row.seq < expected_seq:
        return (f"{where}: due righe portano lo stesso numero {row.seq} (il registro è stato "
                "duplicato o copiato da un altro database).")
    if row.seq > expected_seq:
        missing = (f"la riga {expected_seq}" if row.seq == expected_seq + 1
                   else f"le righe da {expected_seq} a {row.seq - 1}")
        return f"{where}: manca {missing} (cancellata dal database)."
    if row.prev_hash != prev:
        return (f"{where}: la riga {row.seq} non segue la riga {row.seq - 1} (una riga è stata "
                "cancellata o sostituita).")
    return None
