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
is left to do, until ``lift_restriction`` ends it. A restricted person
(``person.restricted_on``) is kept, but out of every list, search and cartella
of operators who lack «erase» (the condition lives in
``core.access.person_condition``), and every read of them is audited as any
other. In a database without accounts whoever holds the key counts as
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
from dataclasses import dataclass
from typing import Iterator

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.core import audit, changes, formats
from desktop.core.access import access_of, out_of_reach, require
from desktop.core.errors import TessereError, ValidationError
from desktop.core.ids import new_id
from desktop.core.model import (
    DiaryEntry, Erasure, Patto, PattoBeneficiary, PattoVersion, Person, Signatory, utcnow,
)
from desktop.core.search import fold
from desktop.core.erasure.purge import (  # the sync uses these as erasure.*, too
    ANONYMOUS, FTS_TABLES, MARKER, META_CLEAN_DUE, META_REWRITE, META_SNAPSHOT_DUE, REFERENCES,
    Mention, Plan, chunks, clean_file, clear, collect, detach, erased_by, forget, hollow, is_due,
    marker, mentions, models_by_table, pending_rewrites, purge, reindex, remove, rewrite_fields,
    rewrites_done, scrub_anonymised, words,
)

__all__ = [
    "ANONYMOUS", "ERASE", "FTS_TABLES", "LIFT", "MARKER", "META_CLEAN_DUE", "META_REWRITE",
    "META_SNAPSHOT_DUE", "REFERENCES", "RESTRICT", "RETENTION_YEARS", "ErasureReport", "Mention",
    "Plan", "RetentionRequired", "check_reason", "clean_file", "clear", "collect", "detach",
    "erase_person", "erased_by", "hollow", "is_due", "lift_restriction", "marker", "mentions",
    "pending_rewrites", "purge", "reindex", "restrict_person", "retention_reasons",
    "rewrites_done", "scrub_anonymised",
]

ERASE, RESTRICT, LIFT = "cancellazione", "limitazione", "revoca limitazione"  # fit String(20)
RETENTION_YEARS = 10  # closed diary entries are kept this long (the ente's massimario decides)


class RetentionRequired(TessereError):
    """The law requires keeping the person's records: restrict instead."""

    def __init__(self, message: str, reasons: list[str]):
        super().__init__(message)
        self.reasons = reasons


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure or a restriction did: ids and counts, no personal data."""

    erasure_id: str
    kind: str                     # ERASE, RESTRICT or LIFT
    removed: dict[str, int]       # rows erased, per table
    anonymised: int               # rows of other people detached from the person
    mentions: tuple[Mention, ...]  # hand-written text elsewhere that still names them
    message: str                  # in Italian, for the user



# ------------------------------------------------------------------ who and when
def _person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(f"Nessuna persona con id «{person_id}» in questo database"
                              f"{out_of_reach(session)}.", "persona")
    return person


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
    said, person_id = words(person), person.id
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
                model = models_by_table()[table]
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
            forget(conn, plan, [said])
            reindex(conn)
            session.add(Erasure(
                id=erasure_id, person_id=person_id, kind=ERASE, reason=reason, at=utcnow(),
                operator_id=session.info.get("operator_id"),
                role=access.roles_label if access is not None else None,
                removed=plan.count(),
                anonymised={f"{t}.{c}": sorted(ids) for (t, c), ids in plan.references.items()}))
            session.flush()
            found = mentions(conn, said, plan.keys())
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
        model = models_by_table()[table]
        rule = model.__freezes__
        held: set[str] = set()
        if rule is not None:
            column = model.__table__.c[rule.column]
            test = column.is_not(None) if rule.value is None else column == rule.value
            for chunk in chunks(ids):
                held.update(conn.execute(sa.select(model.__table__.c.id)
                                         .where(model.__table__.c.id.in_(chunk), test)).scalars())
        if held:
            frozen[table] = held
        for chunk in chunks(ids - held):
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
    if person.restricted_on is not None:
        raise ValidationError(f"Il trattamento di questa persona è già limitato dal "
                              f"{formats.day(person.restricted_on)}.", "persona")
    today = today or dt.date.today()
    erasure_id = _mark_restriction(session, person, RESTRICT, today, reason)
    return ErasureReport(erasure_id, RESTRICT, {}, 0, (), (
        f"Trattamento limitato dal {formats.day(today)}: i dati restano conservati ma "
        "spariscono da elenchi, ricerche e cartelle per chi non ha il permesso di cancellare."))


def lift_restriction(session: Session, person_id: str, *, reason: str) -> ErasureReport:
    """End a restriction (art. 18.3 GDPR: the person is told before it is
    lifted): the person is back in every list of who may see them; the trail
    keeps both acts."""
    require(session, "erase")
    person = _person(session, person_id)
    if person.restricted_on is None:
        raise ValidationError("Il trattamento di questa persona non è limitato: non c'è nulla "
                              "da revocare.", "persona")
    since = person.restricted_on
    erasure_id = _mark_restriction(session, person, LIFT, None, reason)
    return ErasureReport(erasure_id, LIFT, {}, 0, (), (
        f"Limitazione revocata (era in vigore dal {formats.day(since)}): la persona torna "
        "visibile a chi segue il suo distretto."))


def _mark_restriction(session: Session, person: Person, kind: str,
                      restricted_on: dt.date | None, reason: str) -> str:
    """Set or clear the restriction, with its row in the erasure trail and in
    the audit log; the trail's id."""
    reason = check_reason(reason, person)
    access = access_of(session)
    erasure_id = new_id()
    session.flush()
    with _as_system(session):
        person.restricted_on = restricted_on
        session.add(Erasure(
            id=erasure_id, person_id=person.id, kind=kind, reason=reason, at=utcnow(),
            operator_id=session.info.get("operator_id"),
            role=access.roles_label if access is not None else None))
        session.flush()
    audit.record(session, "write", person_id=person.id, table=Erasure.__tablename__,
                 row_id=erasure_id, detail={"erasure": erasure_id})
    return erasure_id
