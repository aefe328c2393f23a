"""Who may see and do what, enforced where the data is read and written.

A signed-in operator's ``Access`` (their roles' permissions and confidentiality
levels, and the territory or partner organisation they work for) rides in every
user session (``session.info["access"]``). Two rules follow from it:

* **Reads** — every ORM select in such a session gets loader criteria
  (``with_loader_criteria``) that keep out the people, patti and entries the
  operator may not see; the raw full-text searches add the same condition
  (``person_condition``). A refused record is never fetched, not merely hidden,
  and no list, scheda, PDF or export can forget it. The criteria are built
  when SQLAlchemy compiles a statement, for each entity it meets (aliases in
  joins included), and compiled statements are cached per set of grants.
* **Writes** — change capture asks ``check_writes`` before a flush; reading,
  printing and exporting ask ``require`` (through ``core.audit.audited``).

Sessions without an ``Access`` are the system's own: sync, migrations, backup,
loading the demo, and a database where nobody has created the first
administrator yet (``core.accounts``).
"""
from __future__ import annotations

import contextvars
import functools
import json
from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlalchemy import Table, and_, event, exists, false, func, inspect, or_, select, true
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.util import LRUCache

from desktop.core.errors import TessereError
from desktop.core.model import (
    Account, Assessment, Attivazione, BudgetLine, CaseEpisode, Comune, Commitment, Consent,
    Deadline, DiaryEntry, Document, Goal, HouseholdMember, IseeDeclaration, Measure,
    NetworkMember, Operator, OperatorDistrict, OperatorRole, Patto, PattoBeneficiary,
    PattoVersion, Person, PersonLink, Role, Signatory, Support, Syncable, TerritorialUnit,
    UvmMember, UvmSession, Verification,
)

PERMISSIONS = {
    "read": "consultare le cartelle",
    "write": "scrivere nelle cartelle",
    "sign": "firmare i patti",
    "print": "stampare",
    "export": "esportare i dati",
    "manage_resources": "gestire la mappa delle risorse",
    "manage_accounts": "gestire account e ruoli",
    "resolve_conflicts": "risolvere i conflitti di sincronizzazione e decidere se due schede "
                         "sono la stessa persona",
    "view_audit": "consultare il registro degli accessi",
    "erase": "cancellare i dati di una persona o limitarne il trattamento (art. 17 e 18 GDPR)",
}
SCOPES = {
    "ambito": "tutto l'ambito",
    "distretto": "i distretti assegnati",
    "partner": "le persone dei patti della propria organizzazione",
    "nessuno": "nessuna persona",
}
# The widest scope an operator's roles give wins.
_SCOPE_ORDER = ("nessuno", "partner", "distretto", "ambito")
ORDINARY = "ordinario"

_PERSON = Person.__table__
_UVM = UvmSession.__table__
_BENEFICIARY = PattoBeneficiary.__table__
_SIGNATORY = Signatory.__table__
_SUPPORT = Support.__table__
_COMUNE = Comune.__table__

# Tables keyed to a person: visible with the person.
_PERSON_PARTS = (CaseEpisode, DiaryEntry, Assessment, Measure, NetworkMember, Document,
                 Deadline, Consent, Attivazione, PattoBeneficiary, UvmSession, HouseholdMember,
                 IseeDeclaration)
# Parts of a patto: visible with the patto.
_PATTO_PARTS = (Goal, Support, BudgetLine, Commitment, Signatory, Verification, PattoVersion)
# What a third-sector partner never sees of a person's cartella or of a patto.
_HIDDEN_FROM_PARTNERS = (CaseEpisode, Assessment, Measure, NetworkMember, Document, Deadline,
                         Consent, BudgetLine, PattoVersion, PersonLink, UvmSession, UvmMember,
                         HouseholdMember, IseeDeclaration)
# Entries that carry a confidentiality level, and who wrote them (who always sees them).
_CONFIDENTIAL = {DiaryEntry: "author_id", Document: "added_by_id", Assessment: "operator_id"}
# Writing these needs a permission other than "write".
_WRITE_PERMISSION = {
    "account": "manage_accounts", "role": "manage_accounts", "operator_role": "manage_accounts",
    "operator_district": "manage_accounts",
    "organisation": "manage_resources", "service": "manage_resources",
    "service_taxonomy": "manage_resources", "location": "manage_resources",
    "service_at_location": "manage_resources", "contact": "manage_resources",
    "schedule": "manage_resources",
    # Saying two records are one person is data stewardship, as settling a
    # sync conflict is: the coordinator's job, who does not write in cartelle.
    "person_link": "resolve_conflicts",
}
# Where a change alters someone's grants.
GRANT_TABLES = ("account", "role", "operator_role", "operator_district", "operator",
                "territorial_unit")
# Written by the system on the user's behalf, not a change of anyone's data.
_BOOKKEEPING = frozenset({"audit_event", "operator"})


class PermissionDenied(TessereError):
    """The signed-in operator's roles do not allow this."""


@dataclass(frozen=True)
class Access:
    """What one signed-in operator may do, read once per user session."""

    operator_id: str
    account_id: str
    username: str
    organisation_id: str | None
    role_codes: tuple[str, ...]
    role_names: tuple[str, ...]
    permissions: frozenset[str]
    confidentiality: frozenset[str]
    scope: str
    unit_ids: frozenset[str] = field(default_factory=frozenset)
    comune_ids: frozenset[str] = field(default_factory=frozenset)
    must_change_password: bool = False  # a temporary password from an administrator

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    @property
    def roles_label(self) -> str:
        return ", ".join(self.role_names) or "nessun ruolo"


def access_of(session: Session) -> Access | None:
    return session.info.get("access")


def sees_whole_ambito(access: Access | None) -> bool:
    """The coordinator's view: the whole ambito (or a file with no accounts yet,
    whose user is its only one)."""
    return access is None or access.scope == "ambito"


def may(access: Access | None, permission: str) -> bool:
    """``permission`` for the signed-in operator; everything on a file with no accounts."""
    return access is None or access.can(permission)


def require(session: Session, permission: str) -> None:
    """Refuse, in Italian, what the signed-in operator may not do."""
    access = access_of(session)
    if access is not None and not access.can(permission):
        raise PermissionDenied(
            f"Il tuo ruolo ({access.roles_label}) non permette di {PERMISSIONS[permission]}. "
            "Se ti serve, chiedi all'amministratore.")


# ------------------------------------------------------------------ loading
def load_access(session: Session, account_id: str) -> Access:
    """The grants of one account as they are now in the database: a role
    removed meanwhile (here or by sync) is gone at the next action."""
    account = session.get(Account, account_id)
    if account is None or account.disabled:
        raise PermissionDenied("Il tuo account è stato disattivato: chiedi all'amministratore.")
    operator = session.get(Operator, account.operator_id)
    if operator is None or not operator.active:
        raise PermissionDenied("Il tuo profilo di operatore non è più attivo: chiedi "
                               "all'amministratore.")
    roles = {r.id: r for r in session.scalars(
        select(Role).join(OperatorRole, OperatorRole.role_id == Role.id)
        .where(OperatorRole.operator_id == operator.id).order_by(Role.name))}.values()
    scope = max((r.scope for r in roles if r.scope in _SCOPE_ORDER),
                key=_SCOPE_ORDER.index, default="nessuno")
    units = set(session.scalars(select(OperatorDistrict.territorial_unit_id)
                                .where(OperatorDistrict.operator_id == operator.id)))
    unit_ids = _territory(session, units, scope)
    comune_ids = frozenset(session.scalars(
        select(Comune.id).where(Comune.territorial_unit_id.in_(unit_ids)))) if unit_ids else frozenset()
    return Access(
        operator_id=operator.id, account_id=account.id, username=account.username,
        organisation_id=operator.organisation_id,
        role_codes=tuple(r.code for r in roles), role_names=tuple(r.name for r in roles),
        permissions=frozenset(p for r in roles for p in (r.permissions or [])),
        confidentiality=frozenset(c for r in roles for c in (r.confidentiality or [])),
        scope=scope, unit_ids=unit_ids, comune_ids=comune_ids,
        must_change_password=account.must_change_password)


def _territory(session: Session, assigned: set[str], scope: str) -> frozenset[str]:
    """The units an operator works in, with every unit below them; for the
    ambito scope, from the ambito (or ente) that holds each assigned unit."""
    if scope not in ("distretto", "ambito") or not assigned:
        return frozenset()
    units = {u.id: u for u in session.scalars(select(TerritorialUnit))}
    roots = set()
    for unit_id in assigned:
        unit = units.get(unit_id)
        if scope == "ambito":
            while unit is not None and unit.kind not in ("ambito", "ente") and unit.parent_id:
                unit = units.get(unit.parent_id)
        if unit is not None:
            roots.add(unit.id)
    children: dict[str | None, list[str]] = {}
    for unit in units.values():
        children.setdefault(unit.parent_id, []).append(unit.id)
    found, stack = set(), list(roots)
    while stack:
        unit_id = stack.pop()
        if unit_id not in found:
            found.add(unit_id)
            stack.extend(children.get(unit_id, ()))
    return frozenset(found)


# ------------------------------------------------------------------ reading
def person_condition(access: Access, person=_PERSON) -> ColumnElement[bool]:
    """Which people the operator sees, over the columns of ``person`` (the table
    or an alias of it). A person whose processing is restricted (art. 18 GDPR,
    ``core.erasure.restrict_person``) only by who may erase."""
    return _people_seen(access, person.c.id, person.c.home_territorial_unit_id,
                        person.c.residence_comune_id, person.c.case_manager_id,
                        person.c.restricted_on)


def _people_seen(access: Access, person_id, home_unit, comune, manager,
                 restricted_on) -> ColumnElement[bool]:
    if not access.can("read"):
        return false()
    unrestricted = true() if access.can("erase") else restricted_on.is_(None)
    if access.scope == "ambito" and not access.unit_ids:
        return unrestricted  # a coordinator with no unit named sees every district
    if access.scope in ("distretto", "ambito"):
        return and_(or_(_among(home_unit, access.unit_ids),
                        and_(home_unit.is_(None), _among(comune, access.comune_ids)),
                        manager == access.operator_id), unrestricted)
    if access.scope == "partner" and access.organisation_id:
        return and_(exists().where(_BENEFICIARY.c.person_id == person_id,
                                   _partner_patto(access, _BENEFICIARY.c.patto_id)),
                    unrestricted)
    return false()


def _among(column, values: Iterable[str]) -> ColumnElement[bool]:
    """``column IN values``, the values in one JSON parameter: an expanding IN
    list is rendered again into the SQL at every execution, and the criteria
    run on every select (``tests/bench/bench_access.py``)."""
    listed = func.json_each(json.dumps(sorted(values))).table_valued("value")
    return column.in_(select(listed.c.value))


def _partner_patto(access: Access, patto_id) -> ColumnElement[bool]:
    """A patto the partner's organisation signs or provides a support for."""
    org = access.organisation_id
    return or_(exists().where(_SIGNATORY.c.patto_id == patto_id,
                              _SIGNATORY.c.organisation_id == org),
               exists().where(_SUPPORT.c.patto_id == patto_id,
                              _SUPPORT.c.provider_organisation_id == org))


def _visible_person(access: Access, person_id) -> ColumnElement[bool]:
    alias = _PERSON.alias("visible_person")
    return exists().where(alias.c.id == person_id, person_condition(access, alias))


def _visible_patto(access: Access, patto_id) -> ColumnElement[bool]:
    if access.scope == "partner":
        return _partner_patto(access, patto_id) if access.can("read") else false()
    beneficiary = _BENEFICIARY.alias("visible_beneficiary")
    alias = _PERSON.alias("visible_person")
    return exists().where(beneficiary.c.patto_id == patto_id,
                          alias.c.id == beneficiary.c.person_id,
                          person_condition(access, alias))


def _confidentiality_seen(access: Access, level, author) -> ColumnElement[bool]:
    """An entry of a level the operator's roles grant, or one they wrote."""
    return or_(_among(level, access.confidentiality | {ORDINARY}), author == access.operator_id)


def _sees_everyone(access: Access) -> bool:
    """Every person and patto, restricted people included (else they are kept out)."""
    return (access.scope == "ambito" and not access.unit_ids and access.can("read")
            and access.can("erase"))


def _rules(access: Access, cls: type, entity) -> list[ColumnElement[bool]]:
    """The conditions a row of ``cls`` must meet for ``access``, over the
    columns of ``entity`` (the class itself, or an alias of it in a query)."""
    found = []
    if not _sees_everyone(access):
        if cls is Person:
            found.append(_people_seen(access, entity.id, entity.home_territorial_unit_id,
                                      entity.residence_comune_id, entity.case_manager_id,
                                      entity.restricted_on))
        elif cls is Patto:
            found.append(_visible_patto(access, entity.id))
        elif cls in _PATTO_PARTS:
            found.append(_visible_patto(access, entity.patto_id))
        elif cls in _PERSON_PARTS:
            column = entity.person_id
            visible = _visible_person(access, column)
            found.append(or_(column.is_(None), visible)
                         if cls.__table__.c.person_id.nullable else visible)
        elif cls is UvmMember:  # visible with its session, so with its person
            session = _UVM.alias("visible_uvm")
            found.append(exists().where(session.c.id == entity.uvm_session_id,
                                        _visible_person(access, session.c.person_id)))
        elif cls is PersonLink:  # two records of one person: both must be within reach
            found.append(and_(_visible_person(access, entity.person_a_id),
                              _visible_person(access, entity.person_b_id)))
    if access.scope == "partner":
        if cls in _HIDDEN_FROM_PARTNERS:
            found.append(false())
        elif cls is Support:
            found.append(entity.provider_organisation_id == access.organisation_id)
        elif cls is DiaryEntry:
            found.append(entity.organisation_id == access.organisation_id)
    if cls in _CONFIDENTIAL:
        found.append(_confidentiality_seen(access, entity.confidentiality,
                                           getattr(entity, _CONFIDENTIAL[cls])))
    return found


class _Compiling:
    """Who the statement being compiled is for: set by ``_scope_selects`` just
    before SQLAlchemy compiles it, on the same thread."""

    def __init__(self) -> None:
        self.access: contextvars.ContextVar[Access | None] = contextvars.ContextVar(
            "tessere_compiling_for", default=None)

    def tessere_criteria(self, entity) -> ColumnElement[bool]:
        access = self.access.get()
        if access is None:  # SQLAlchemy's trial call when the option is made
            return true()
        found = _rules(access, inspect(entity).mapper.class_, entity)
        return and_(*found) if found else true()


_COMPILING = _Compiling()


def _criteria_of(entity, compiling=_COMPILING) -> ColumnElement[bool]:
    """Loader criteria, built when SQLAlchemy compiles a statement, for the
    entity it finds there: the mapped class or an alias, in FROM or in a JOIN.
    Built at compile time rather than spelled out in the option, the criteria
    add two nodes to the cache key of every select instead of two dozen
    (``tests/bench/bench_access.py``); compiled statements are kept per set of
    grants (``_compiled_cache``), so one operator's SQL never serves another.
    Only an argument and a default are named here: SQLAlchemy's lambda
    analysis would take any module-level name for a value to bind."""
    return compiling.tessere_criteria(entity)


_SCOPED = (Person, Patto, *_PATTO_PARTS, *_PERSON_PARTS, PersonLink)
_OPTIONS = {cls.__tablename__: with_loader_criteria(cls, _criteria_of, include_aliases=True,
                                                     propagate_to_loaders=False)
            for cls in _SCOPED}


@functools.lru_cache(maxsize=32)
def _scoped_tables(access: Access) -> frozenset[str]:
    """The tables whose rows ``access`` filters (Access is frozen: a changed
    grant is a new key). Read off ``_rules`` without building its conditions,
    which took 50 ms at an operator's first query (an alias of the person
    table for each part of a cartella); a test holds the two together."""
    if not _sees_everyone(access):  # every _SCOPED class has a rule of reach in _rules
        return frozenset(cls.__tablename__ for cls in _SCOPED)
    return frozenset(cls.__tablename__ for cls in _SCOPED if cls in _CONFIDENTIAL)


def _grants_key(access: Access) -> tuple:
    """What decides the SQL of the criteria: operators with the same key see the same."""
    return (access.scope, access.unit_ids, access.comune_ids, access.operator_id,
            access.organisation_id, access.confidentiality, access.can("read"),
            access.can("erase"))


_COMPILED: dict[tuple, LRUCache] = {}


def _compiled_cache(access: Access) -> LRUCache:
    """The compiled statements of one set of grants (SQLAlchemy's cache is
    keyed by the statement alone, and the criteria are not in it)."""
    key = _grants_key(access)
    cache = _COMPILED.get(key)
    if cache is None:
        if len(_COMPILED) >= 8:  # operators of one computer, one after the other
            _COMPILED.pop(next(iter(_COMPILED)))
        cache = _COMPILED[key] = LRUCache(500)
    return cache


def _tables_in(statement) -> set[str]:
    """The tables a statement reads, joins and subqueries included. No mapper
    here eager-loads by join (a test keeps it so): lazy and select-in loads
    are statements of their own, and pass through ``_scope_selects`` too.
    The walk stops at each table: its columns say nothing more."""
    found: set[str] = set()
    seen: set[int] = set()
    stack = [statement]
    while stack:
        element = stack.pop()
        if isinstance(element, Table):
            found.add(element.name)
        elif id(element) not in seen:
            seen.add(id(element))
            stack.extend(element.get_children())
    return found


def _scope_selects(state: ORMExecuteState) -> None:
    """Each select of a user session, relationship loads included, gets the
    criteria of the tables it names, and is compiled in the cache of the
    operator's grants."""
    access = state.session.info.get("access")
    if access is None or not state.is_select or state.is_column_load:
        return
    if not state.is_orm_statement:  # over tables, not entities: no criteria would apply
        return
    _COMPILING.access.set(access)
    state.update_execution_options(compiled_cache=_compiled_cache(access))
    scoped = _scoped_tables(access)
    chosen = [_OPTIONS[table] for table in _tables_in(state.statement) if table in scoped]
    if chosen:
        state.statement = state.statement.options(*chosen)


def _check_flush(session: Session, flush_context, instances) -> None:
    if access_of(session) is None:
        return
    changed = [obj for obj in (*session.new, *session.deleted) if isinstance(obj, Syncable)]
    changed += [obj for obj in session.dirty
                if isinstance(obj, Syncable) and session.is_modified(obj, include_collections=False)]
    check_writes(session, {obj.__table__.name for obj in changed})
    access = access_of(session)
    with session.no_autoflush:
        for obj in session.new:
            if isinstance(obj, Person):
                _new_person_within_reach(access, obj)
            person_id = getattr(obj, "person_id", None)
            if isinstance(obj, Syncable) and person_id:
                visible_or_refused(session, person_id)


def _new_person_within_reach(access: Access, person: Person) -> None:
    """A person registered by an operator must be one they will see: else the
    record would vanish from their lists the moment it is saved."""
    if access.scope == "partner":
        raise PermissionDenied("Un partner del terzo settore non registra nuove persone: chiedi "
                               "al case manager di aprire la cartella e di inserirvi nel patto.")
    if access.scope == "ambito" and not access.unit_ids:
        return
    if (person.home_territorial_unit_id in access.unit_ids
            or person.case_manager_id == access.operator_id
            or (person.home_territorial_unit_id is None
                and person.residence_comune_id in access.comune_ids)):
        return
    raise PermissionDenied("Questa persona non rientrerebbe tra quelle che puoi vedere: indica "
                           "come distretto di riferimento uno dei tuoi, oppure te come case "
                           "manager.")


def install(session_class) -> None:
    """Scope every select and check every flush of a user session (``Store``)."""
    event.listen(session_class, "do_orm_execute", _scope_selects)
    event.listen(session_class, "before_flush", _check_flush)


def out_of_reach(session: Session) -> str:
    """What to add when a record is not found: for a signed-in operator it may
    exist and be out of their reach (saying which would leak that it exists)."""
    return (" (o non è tra quelle che il tuo ruolo e i tuoi distretti ti permettono di vedere)"
            if access_of(session) is not None else "")


def sees_person(session: Session, person_id: str) -> bool:
    """Whether the signed-in operator may open this person's cartella."""
    return session.get(Person, person_id) is not None


# ------------------------------------------------------------------ writing
def check_writes(session: Session, tables: Iterable[str]) -> None:
    """Before a flush: each table written needs its permission (``write`` for
    people's data, ``manage_accounts`` for accounts…). An operator may always
    change their own password (``core.accounts`` flags that write)."""
    access = access_of(session)
    if access is None:
        return
    needed = {_WRITE_PERMISSION.get(t, "write") for t in tables if t not in _BOOKKEEPING}
    if session.info.get("own_password_change"):
        needed.discard("manage_accounts")
    for permission in sorted(needed):
        require(session, permission)


def visible_or_refused(session: Session, person_id: str) -> None:
    """A write that names a person (a new entry) needs the person visible."""
    if access_of(session) is not None and not sees_person(session, person_id):
        raise PermissionDenied("Questa persona non è tra quelle che puoi vedere: il tuo ruolo "
                               "e i tuoi distretti non la comprendono.")


def describe(access: Access) -> dict[str, Any]:
    """The grants in words, for the profile dialog and ``tessere account chi``."""
    return {"operatore": access.username, "ruoli": list(access.role_names),
            "permessi": [PERMISSIONS[p] for p in PERMISSIONS if p in access.permissions],
            "riservatezza": sorted(access.confidentiality), "ambito": SCOPES[access.scope]}
