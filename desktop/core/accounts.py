"""Operator accounts: signing in offline, lockout, passwords, and what an
administrator does (create accounts, assign roles and districts, reset).

Passwords are argon2id hashes (argon2-cffi) with its default profile, RFC 9106's
low-memory one (64 MiB, 3 passes, about a tenth of a second on a district
laptop, ``tests/bench/bench_access.py``): the file itself is encrypted under a
256-bit key, so these hashes only keep colleagues sharing it apart. A hash made
with other parameters is made again at the next successful sign-in.
Accounts, roles and assignments are synced rows: a laptop that joins the team
knows its colleagues and their passwords' hashes, never the passwords. Wrong
passwords are counted on this computer only (``LoginFailure``): after
``FREE_ATTEMPTS`` each new one locks the account here for twice as long as the
last, from ``FIRST_LOCK`` up to ``LONGEST_LOCK``.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.access import Access, PermissionDenied, load_access, require
from desktop.core.errors import TessereError, ValidationError
from desktop.core.model import (
    Account, Comune, LoginFailure, Operator, OperatorDistrict, OperatorRole, Person, Role,
    TerritorialUnit, utcnow,
)

HASHER = PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY)
MIN_PASSWORD = 10
FREE_ATTEMPTS = 3
FIRST_LOCK = dt.timedelta(seconds=30)
LONGEST_LOCK = dt.timedelta(hours=1)
IDLE_LOCK_MINUTES = 10  # the default auto-lock, changeable per computer
IDLE_KEY = "idle_lock_minutes"
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,79}")


class LoginError(TessereError):
    """A refused sign-in, said without telling which half was wrong."""


class AccountLockedError(LoginError):
    def __init__(self, message: str, seconds: int):
        super().__init__(message)
        self.seconds = seconds


# ------------------------------------------------------------------ state
def has_accounts(session: Session) -> bool:
    """Whether anyone has set up access: until then the database is open to
    whoever holds its key (the first start then asks for an administrator)."""
    return session.scalar(select(Account.id).where(Account.disabled.is_(False)).limit(1)) is not None


def access_state(store) -> tuple[bool, bool]:
    """(any account, any person) — what the first start asks about."""
    with store.read() as s:
        return has_accounts(s), s.scalar(select(Person.id).limit(1)) is not None


def check_password_rules(password: str, username: str = "") -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"La password deve avere almeno {MIN_PASSWORD} caratteri.",
                              "password")
    if username and username.lower() in password.lower():
        raise ValidationError("La password non può contenere il nome utente.", "password")


def normal_username(username: str) -> str:
    name = username.strip().lower()
    if not _USERNAME.fullmatch(name):
        raise ValidationError("Il nome utente usa lettere minuscole, cifre, punto, trattino o "
                              "trattino basso (da 2 a 80 caratteri), per esempio «m.rossi».",
                              "username")
    return name


def _account_named(session: Session, username: str) -> Account | None:
    found = list(session.scalars(select(Account).where(Account.username == username)
                                 .order_by(Account.disabled, Account.id)))
    return found[0] if found else None


# ------------------------------------------------------------------ signing in
def sign_in(store, username: str, password: str, *, now: dt.datetime | None = None) -> Access:
    """Check the password and make the account the store's operator. Every
    refusal says the same thing about user name and password, and counts."""
    now = now or utcnow()
    name = username.strip().lower()
    refusal: LoginError | None = None
    with store.session(capture=False) as s:  # commits the count of a refusal too
        failure = s.get(LoginFailure, name)
        _refuse_while_locked(failure, now)
        account = _account_named(s, name)
        if account is None or account.disabled or not _matches(account.password_hash, password):
            refusal = _refusal(s, name, failure, now, account, password)
        else:
            if failure is not None:
                s.delete(failure)
            stale_hash = HASHER.check_needs_rehash(account.password_hash)
            access = load_access(s, account.id)
    if refusal is not None:
        raise refusal
    store.sign_in(access)
    if stale_hash:  # hashed with other parameters: redo it now that we know the password
        with store.session() as s:
            s.info["own_password_change"] = True
            s.get(Account, access.account_id).password_hash = HASHER.hash(password)
    return access


@functools.cache
def _decoy_hash() -> str:
    return HASHER.hash("decoy password never used")


def _refusal(session: Session, name: str, failure: LoginFailure | None, now: dt.datetime,
             account: Account | None, password: str) -> LoginError:
    if account is None:  # as slow as a wrong password: no guessing which names exist
        _matches(_decoy_hash(), password)
    wait = _count_failure(session, name, failure, now)
    message = "Nome utente o password non corretti."
    if account is not None and account.disabled and _matches(account.password_hash, password):
        message = "Questo account è stato disattivato: chiedi all'amministratore."
    if wait:
        return AccountLockedError(f"{message} Troppi tentativi: riprova tra {_duration(wait)}.",
                                  wait)
    return LoginError(message)


def _matches(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _refuse_while_locked(failure: LoginFailure | None, now: dt.datetime) -> None:
    if failure is not None and failure.locked_until is not None and failure.locked_until > now:
        seconds = int((failure.locked_until - now).total_seconds()) + 1
        raise AccountLockedError(f"Troppi tentativi sbagliati: l'accesso è bloccato su questo "
                                 f"computer per {_duration(seconds)}.", seconds)


def _count_failure(session: Session, name: str, failure: LoginFailure | None,
                   now: dt.datetime) -> int:
    """One more wrong password; the seconds the account is now locked (0: not)."""
    if failure is None:
        failure = LoginFailure(username=name, failures=0)
        session.add(failure)
    failure.failures += 1
    failure.last_at = now
    extra = failure.failures - FREE_ATTEMPTS
    if extra <= 0:
        return 0
    lock = min(FIRST_LOCK * (2 ** (extra - 1)), LONGEST_LOCK)
    failure.locked_until = now + lock
    return int(lock.total_seconds())


def _duration(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} secondi"
    minutes = (seconds + 59) // 60
    return f"{minutes} minuti"


def unlock(store, password: str, *, now: dt.datetime | None = None) -> Access:
    """After the auto-lock: the same operator types their password again."""
    access = store.access
    if access is None:
        raise LoginError("Nessun operatore è collegato.")
    return sign_in(store, access.username, password, now=now)


# ------------------------------------------------------------------ passwords
def change_password(store, old: str, new: str) -> None:
    """The signed-in operator changes their own password."""
    access = store.access
    if access is None:
        raise LoginError("Nessun operatore è collegato.")
    check_password_rules(new, access.username)
    with store.session() as s:
        account = s.get(Account, access.account_id)
        if not _matches(account.password_hash, old):
            raise LoginError("La password attuale non è corretta.")
        if _matches(account.password_hash, new):
            raise ValidationError("La nuova password è uguale a quella attuale.", "password")
        s.info["own_password_change"] = True
        account.password_hash = HASHER.hash(new)
        account.must_change_password = False
        account.password_changed_at = utcnow()


def reset_password(session: Session, username: str, temporary: str) -> None:
    """An administrator gives a colleague a temporary password, to change at the
    next sign-in; the reset is in the audit log (a write on the account)."""
    require(session, "manage_accounts")
    account = _account_named(session, username.strip().lower())
    if account is None:
        raise ValidationError(f"Nessun account «{username}».", "username")
    check_password_rules(temporary, account.username)
    account.password_hash = HASHER.hash(temporary)
    account.must_change_password = True
    account.password_changed_at = utcnow()
    session.execute(delete(LoginFailure).where(LoginFailure.username == account.username))
    audit.record(session, "write", table="account", row_id=account.id,
                 purpose="reimpostazione della password", detail={"function": "reset_password"})


# ------------------------------------------------------------------ administering
@dataclass(frozen=True)
class AccountRow:
    """An account as the Account page and ``tessere account elenco`` list it."""

    id: str
    username: str
    operator_id: str
    operator: str
    roles: tuple[str, ...]
    districts: tuple[str, ...]
    disabled: bool
    must_change_password: bool
    role_codes: tuple[str, ...]  # what the administrator edits: codes and ids
    unit_ids: tuple[str, ...]


def list_accounts(session: Session) -> list[AccountRow]:
    require(session, "manage_accounts")
    rows = []
    for account, operator in session.execute(
            select(Account, Operator).join(Operator, Operator.id == Account.operator_id)
            .order_by(Operator.last_name, Operator.first_name, Account.username)):
        roles = sorted(set(session.execute(
            select(Role.name, Role.code).join(OperatorRole, OperatorRole.role_id == Role.id)
            .where(OperatorRole.operator_id == operator.id))))
        units = sorted(set(session.execute(
            select(TerritorialUnit.name, TerritorialUnit.id)
            .join(OperatorDistrict, OperatorDistrict.territorial_unit_id == TerritorialUnit.id)
            .where(OperatorDistrict.operator_id == operator.id))))
        rows.append(AccountRow(
            account.id, account.username, operator.id, operator.full_name,
            tuple(dict.fromkeys(name for name, _ in roles)),
            tuple(dict.fromkeys(name for name, _ in units)),
            account.disabled, account.must_change_password,
            tuple(sorted({code for _, code in roles})), tuple(sorted({uid for _, uid in units}))))
    return rows


def operator_of(session: Session, username: str) -> str:
    """The operator an account signs in as (for an administrator's changes)."""
    require(session, "manage_accounts")
    account = _account_named(session, username.strip().lower())
    if account is None:
        raise ValidationError(f"Nessun account «{username}».", "username")
    return account.operator_id


def role_choices(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every role, for pickers."""
    seen: dict[str, str] = {}
    for code, name in session.execute(select(Role.code, Role.name).order_by(Role.name, Role.id)):
        seen.setdefault(code, name)
    return list(seen.items())


def create_account(session: Session, *, operator_id: str, username: str, password: str,
                   roles: list[str], districts: list[str], must_change: bool = True) -> str:
    """An administrator opens an account for an operator (existing in the
    directory), with roles by code and districts by id."""
    require(session, "manage_accounts")
    return _create(session, operator_id, username, password, roles, districts, must_change)


def _create(session: Session, operator_id: str, username: str, password: str,
            roles: list[str], districts: list[str], must_change: bool) -> str:
    name = normal_username(username)
    check_password_rules(password, name)
    operator = session.get(Operator, operator_id)
    if operator is None:
        raise ValidationError("Scegli l'operatore a cui dare l'account.", "operatore")
    if not operator.active:
        raise ValidationError(f"{operator.full_name} non è più in servizio: riattiva prima il "
                              "suo profilo.", "operatore")
    if _account_named(session, name) is not None:
        raise ValidationError(f"Il nome utente «{name}» è già in uso.", "username")
    if session.scalar(select(Account.id).where(Account.operator_id == operator_id,
                                               Account.disabled.is_(False))) is not None:
        raise ValidationError("Questo operatore ha già un account attivo.", "operatore")
    account = Account(operator_id=operator_id, username=name, password_hash=HASHER.hash(password),
                      must_change_password=must_change, password_changed_at=utcnow())
    session.add(account)
    set_roles(session, operator_id, roles, _checked=True)
    set_districts(session, operator_id, districts, _checked=True)
    session.flush()
    return account.id


def set_roles(session: Session, operator_id: str, codes: list[str], *, _checked: bool = False) -> None:
    """The operator's roles become exactly ``codes``."""
    if not _checked:
        require(session, "manage_accounts")
    wanted = {}
    for code in codes:
        role = session.scalar(select(Role).where(Role.code == code).order_by(Role.id).limit(1))
        if role is None:
            raise ValidationError(f"Non esiste il ruolo «{code}».", "ruolo")
        wanted[role.id] = role
    if not wanted:
        raise ValidationError("Assegna almeno un ruolo.", "ruolo")
    _links_become(session, OperatorRole, "role_id", operator_id, list(wanted))
    _keep_an_administrator(session)


def _keep_an_administrator(session: Session) -> None:
    """Some enabled account must still manage accounts, or nobody could ever
    create one again, reset a forgotten password or undo this change."""
    session.flush()
    roles = [role.id for role in session.scalars(select(Role))
             if "manage_accounts" in (role.permissions or [])]
    managers = session.scalar(
        select(Account.id).join(OperatorRole, OperatorRole.operator_id == Account.operator_id)
        .where(Account.disabled.is_(False), OperatorRole.role_id.in_(roles)).limit(1))
    if managers is None:
        raise ValidationError("Dopo questa modifica nessun account potrebbe più gestire account "
                              "e ruoli: prima dai il ruolo di amministratore a un'altra persona.",
                              "ruolo")


def _links_become(session: Session, link, column: str, operator_id: str,
                  wanted: list[str]) -> None:
    """The operator's ``link`` rows (roles or districts) become exactly ``wanted``:
    the ones already there stay (a duplicate synced from another administrator
    goes), the rest are deleted or added."""
    kept = set()
    for row in session.scalars(select(link).where(link.operator_id == operator_id)):
        value = getattr(row, column)
        if value in wanted and value not in kept:
            kept.add(value)
        else:
            session.delete(row)
    for value in dict.fromkeys(wanted):
        if value not in kept:
            session.add(link(operator_id=operator_id, **{column: value}))


def set_districts(session: Session, operator_id: str, unit_ids: list[str], *,
                  _checked: bool = False) -> None:
    """The operator's districts become exactly ``unit_ids``."""
    if not _checked:
        require(session, "manage_accounts")
    for unit_id in unit_ids:
        if session.get(TerritorialUnit, unit_id) is None:
            raise ValidationError("Distretto sconosciuto.", "distretto")
    _links_become(session, OperatorDistrict, "territorial_unit_id", operator_id, unit_ids)


def set_disabled(session: Session, username: str, disabled: bool) -> None:
    require(session, "manage_accounts")
    account = _account_named(session, username.strip().lower())
    if account is None:
        raise ValidationError(f"Nessun account «{username}».", "username")
    access = session.info.get("access")
    if disabled and access is not None and access.account_id == account.id:
        raise ValidationError("Non puoi disattivare il tuo stesso account.", "username")
    account.disabled = disabled  # who disables manages accounts, and stays enabled


def idle_lock_minutes(store) -> int:
    """After how many idle minutes this computer locks the window (0: never)."""
    value = store.meta(IDLE_KEY)
    return int(value) if value and value.isdigit() else IDLE_LOCK_MINUTES


def set_idle_lock_minutes(store, minutes: int) -> None:
    if not 0 <= minutes <= 240:
        raise ValidationError("Il blocco automatico va da 1 a 240 minuti (0 per nessun blocco).",
                              "minuti")
    store.set_meta(IDLE_KEY, str(minutes))


# ------------------------------------------------------------------ first start
ROLE_WORDS = (("sanitar", "operatore_sanitario"), ("infermier", "operatore_sanitario"),
              ("psichiatr", "operatore_sanitario"), ("psicolog", "operatore_sanitario"),
              ("educat", "educatore"), ("tutor", "educatore"), ("coordin", "coordinatore"),
              ("terzo settore", "partner_terzo_settore"), ("ets", "partner_terzo_settore"),
              ("cooperativ", "partner_terzo_settore"))


def role_for_title(title: str) -> str:
    """The role an operator's job title suggests ("Educatrice" → educatore);
    social work is the default."""
    words = title.lower()
    return next((code for word, code in ROLE_WORDS if re.search(rf"\b{word}", words)),
                "assistente_sociale")


def _attribute_unplaced_people(session: Session, unit_id: str) -> None:
    """Until now everyone saw everyone; from now on people are seen by district.
    Those with no district of their own (neither home nor a placed comune of
    residence) belong to the team that had them: the first administrator's
    district, a synced change like any other, so nobody is lost from view."""
    placed = select(Comune.id).where(Comune.territorial_unit_id.is_not(None))
    for person in session.scalars(select(Person).where(
            Person.home_territorial_unit_id.is_(None),
            Person.residence_comune_id.is_(None) | Person.residence_comune_id.not_in(placed))):
        person.home_territorial_unit_id = unit_id


def create_first_administrator(store, *, username: str, password: str,
                               operator_id: str | None = None) -> Access:
    """The first account of a database: the operator of this computer's profile
    (or the one named) becomes administrator, keeping the role of their job
    and their district (where the people nobody placed go: see
    ``_attribute_unplaced_people``). Refused once any account exists."""
    with store.session() as s:
        if has_accounts(s):
            raise PermissionDenied("Esiste già un amministratore: chiedi a lui un account.")
        operator_id = operator_id or store.operator_id
        operator = s.get(Operator, operator_id) if operator_id else None
        if operator is None:
            raise ValidationError("Prima crea il profilo dell'operatore (nome, ruolo, distretto).",
                                  "operatore")
        districts = [operator.territorial_unit_id] if operator.territorial_unit_id else []
        roles = list(dict.fromkeys([role_for_title(operator.role), "amministratore"]))
        account_id = _create(s, operator.id, username, password, roles, districts,
                             must_change=False)
        if districts:
            _attribute_unplaced_people(s, districts[0])
    with store.session(capture=False) as s:
        access = load_access(s, account_id)
    store.sign_in(access)
    return access


# ------------------------------------------------------------------ the window's dialog
@dataclass(frozen=True)
class RoleInfo:
    """A role as the administrator chooses it: what it grants, in words."""

    code: str
    name: str
    permissions: tuple[str, ...]  # codes (access.PERMISSIONS)
    permission_words: tuple[str, ...]
    scope_words: str  # whose cartelle it sees (access.SCOPES)
    description: str


@dataclass(frozen=True)
class Candidate:
    """An active operator without an account, with the role their job suggests."""

    id: str
    name: str  # "Cognome Nome — mansione"
    first_name: str
    last_name: str
    role_code: str
    unit_id: str | None


@dataclass(frozen=True)
class Administration:
    """Everything the «Account e ruoli» dialog shows, read at once."""

    accounts: list[AccountRow]
    grants: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # operator id -> (roles, unit ids)
    roles: list[RoleInfo]
    districts: list[tuple[str, str]]  # id, name
    candidates: list[Candidate]


def administration(session: Session) -> Administration:
    """The accounts with their roles (by code) and districts (by id), every
    role with its permissions in words, the districts, and the active
    operators who have no account yet (one whose account was disabled is
    reopened with ``set_disabled``, not given a second one)."""
    from desktop.core.access import PERMISSIONS, SCOPES
    from desktop.core.profile import districts

    rows = list_accounts(session)
    grants = {row.operator_id: (row.role_codes, row.unit_ids) for row in rows}
    roles: dict[str, Role] = {}
    for role in session.scalars(select(Role).order_by(Role.id)):  # the one set_roles picks
        roles.setdefault(role.code, role)
    infos = sorted((RoleInfo(
        r.code, r.name, tuple(p for p in PERMISSIONS if p in (r.permissions or [])),
        tuple(words for p, words in PERMISSIONS.items() if p in (r.permissions or [])),
        SCOPES.get(r.scope, r.scope), r.description or "") for r in roles.values()),
        key=lambda info: info.name)
    candidates = [Candidate(o.id, f"{o.last_name} {o.first_name} — {o.role}", o.first_name,
                            o.last_name, role_for_title(o.role), o.territorial_unit_id)
                  for o in session.scalars(
                      select(Operator).where(Operator.active.is_(True),
                                             Operator.id.not_in(select(Account.operator_id)))
                      .order_by(Operator.last_name, Operator.first_name, Operator.id))]
    return Administration(rows, grants, infos, [(u.id, u.name) for u in districts(session)],
                          candidates)


def set_grants(session: Session, username: str, roles: list[str], districts: list[str]) -> None:
    """An account's roles (codes) and districts (ids) become exactly these,
    both in one transaction (the window's «Ruoli e distretti…»)."""
    operator_id = operator_of(session, username)  # requires manage_accounts
    set_roles(session, operator_id, roles)
    set_districts(session, operator_id, districts)
