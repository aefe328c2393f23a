"""What operator accounts cost where a user feels it, on a scratch copy of the
ambito dataset (``bench_audit.audited_copy``):

* signing in (``accounts.sign_in``: argon2id with ``accounts.HASHER``, then the
  grants read) against a bare ``argon2.PasswordHasher().verify`` with the
  library's default parameters;
* a search whose first hit is opened, and a scheda opened, for a district's
  social worker (the district with the most people) and for a coordinator
  (ambito scope), audited, each against the same reads with nobody signed in
  (no scoping), with the audit and, for the search, also without it (the
  issue's baseline), alternated in the same run.

Switching operator between two runs uses the ``Access`` kept from signing in
(``Store.sign_in``: no password hashing); the one reload of the grants that
follows any sign-in happens before the timing, as it does once per sign-in in
the app."""
from __future__ import annotations

import statistics
import time

from sqlalchemy import func, select

from tests.bench.bench_audit import FIXED, RUNS, audited_copy, busiest_person, open_scheda, \
    search_and_open
from tests.bench.harness import Row, bench, percentile

LOGINS = 10
PASSWORD = "panchina-lunga-2026"  # long enough, and holds none of the user names below


def busiest_district(store) -> tuple[str, str, int, int]:
    """The territorial unit most people call home: id, name, its people, everyone."""
    from desktop.core.model import Person, TerritorialUnit

    with store.read() as s:
        unit_id, count = s.execute(
            select(Person.home_territorial_unit_id, func.count())
            .where(Person.home_territorial_unit_id.is_not(None))
            .group_by(Person.home_territorial_unit_id)
            .order_by(func.count().desc(), Person.home_territorial_unit_id).limit(1)).one()
        name = s.get(TerritorialUnit, unit_id).name
        everyone = s.scalar(select(func.count()).select_from(Person))
    return unit_id, name, count, everyone


def three_operators(store, district: str) -> list[str]:
    """Active operators, those of ``district`` first: its social worker, a
    coordinator, the administrator (the role an account gets is what counts)."""
    from desktop.core.model import Operator

    with store.read() as s:
        ids = list(s.scalars(
            select(Operator.id).where(Operator.active.is_(True))
            .order_by(func.coalesce(Operator.territorial_unit_id, "") != district, Operator.id)
            .limit(3)))
    if len(ids) < 3:
        raise RuntimeError("Il dataset non ha tre operatori attivi per gli account di prova.")
    return ids


def set_up_accounts(store, district: str) -> None:
    """An administrator (the first account: this signs them in), who opens the
    social worker's and the coordinator's accounts; then nobody signed in."""
    from desktop.core import accounts

    social_worker, coordinator, admin = three_operators(store, district)
    accounts.create_first_administrator(store, username="bench.admin", password=PASSWORD,
                                        operator_id=admin)
    with store.session() as s:
        accounts.create_account(s, operator_id=social_worker, username="bench.distretto",
                                password=PASSWORD, roles=["assistente_sociale"],
                                districts=[district], must_change=False)
        accounts.create_account(s, operator_id=coordinator, username="bench.coordinatore",
                                password=PASSWORD, roles=["coordinatore"], districts=[district],
                                must_change=False)
    store.sign_out()


def as_operator(store, access) -> None:
    """Switch to ``access`` (None: nobody signed in) without hashing a password;
    the grants are read again once after a sign-in, here, outside the timing."""
    if access is None:
        store.sign_out()
        return
    store.sign_in(access)
    with store.read():
        pass


def logins(store, username: str):
    """Alternated: ``accounts.sign_in`` and a bare verify with argon2-cffi's
    defaults. The samples of both, and the last ``Access``."""
    from argon2 import PasswordHasher

    from desktop.core import accounts

    bare = PasswordHasher()
    bare_hash = bare.hash(PASSWORD)
    signed, verified, access = [], [], None
    store.sign_out()
    accounts.sign_in(store, username, PASSWORD)  # warm-up, not counted
    bare.verify(bare_hash, PASSWORD)
    for n in range(LOGINS):
        for ours in ((True, False) if n % 2 else (False, True)):
            if ours:
                store.sign_out()
                start = time.perf_counter()
                access = accounts.sign_in(store, username, PASSWORD)
                signed.append(time.perf_counter() - start)
            else:
                start = time.perf_counter()
                bare.verify(bare_hash, PASSWORD)
                verified.append(time.perf_counter() - start)
    store.sign_out()
    return signed, verified, access


def searches(store, access) -> tuple[list[float], list[float], list[float]]:
    """``bench_audit.search_and_open``: as ``access`` with the audit, as nobody
    with the audit, as nobody without it (the issue's baseline: neither),
    taking turns, after one uncounted round of each: the first statements an
    operator runs after signing in are compiled for their grants once
    (``core.access._compiled_cache``), some tens of milliseconds per shape."""
    ways = ((access, True), (None, True), (None, False))
    samples: tuple[list[float], list[float], list[float]] = ([], [], [])
    for who, audited in ways:
        as_operator(store, who)
        for text in FIXED:
            search_and_open(store, text, audited)
    for n in range(RUNS // 2):
        for text in FIXED:
            for k in range(3):
                way = (n + k) % 3
                who, audited = ways[way]
                as_operator(store, who)
                samples[way].append(search_and_open(store, text, audited))
    store.sign_out()
    return samples


def schede(store, access, person_id: str) -> tuple[list[float], list[float]]:
    """``bench_audit.open_scheda`` (audited), as ``access`` and as nobody, alternated."""
    scoped, unscoped = [], []
    for n in range(RUNS):
        for signed in ((True, False) if n % 2 else (False, True)):
            as_operator(store, access if signed else None)
            (scoped if signed else unscoped).append(open_scheda(store, person_id, True))
    store.sign_out()
    return scoped, unscoped


def hits_seen(store, access) -> int:
    """How many people the fixed searches find, all together, as ``access``."""
    from desktop.core.search import search_people

    as_operator(store, access)
    with store.read() as s:
        found = sum(len(search_people(s, text)) for text in FIXED)
    store.sign_out()
    return found


@bench
def access_overhead(ctx) -> list[Row]:
    from desktop.core import accounts

    store = audited_copy(ctx)
    try:
        district, district_name, in_district, everyone = busiest_district(store)
        set_up_accounts(store, district)
        signed, verified, social_worker = logins(store, "bench.distretto")
        store.sign_out()
        coordinator = accounts.sign_in(store, "bench.coordinatore", PASSWORD)
        store.sign_out()
        as_operator(store, social_worker)
        person_id = busiest_person(store)  # the busiest cartella the social worker may open
        store.sign_out()
        found = {who: hits_seen(store, access) for who, access in
                 (("nessuno", None), ("distretto", social_worker), ("coordinatore", coordinator))}
        search_sw, search_sw_none, search_sw_bare = searches(store, social_worker)
        search_co, search_co_none, search_co_bare = searches(store, coordinator)
        scheda_sw, scheda_sw_none = schede(store, social_worker, person_id)
        scheda_co, scheda_co_none = schede(store, coordinator, person_id)
    finally:
        store.close()
    hasher = accounts.HASHER
    params = (f"argon2id t={hasher.time_cost}, m={hasher.memory_cost // 1024} MiB, "
              f"p={hasher.parallelism}")
    searched = f"{len(search_sw)} ricerche, il primo risultato aperto"
    return [
        Row("accesso (accounts.sign_in) mediana", statistics.median(signed),
            "verify argon2 predefinito", statistics.median(verified),
            f"{LOGINS} accessi, {params}; obiettivo 0,2–0,8 s"),
        Row("accesso (accounts.sign_in) p95", percentile(signed, 95),
            "verify argon2 predefinito p95", percentile(verified, 95), ""),
        Row("ricerca e apertura, assistente sociale p95", percentile(search_sw, 95),
            "nessuno collegato, senza audit p95", percentile(search_sw_bare, 95),
            f"{searched}; {district_name}: {in_district} persone su {everyone}; "
            f"trovate {found['distretto']} contro {found['nessuno']}; obiettivo ≤ 1,3×"),
        Row("  solo l'ambito (audit in entrambe)", percentile(search_sw, 95),
            "nessuno collegato, con audit p95", percentile(search_sw_none, 95), ""),
        Row("ricerca e apertura, coordinatore p95", percentile(search_co, 95),
            "nessuno collegato, senza audit p95", percentile(search_co_bare, 95),
            f"{searched}; trovate {found['coordinatore']} contro {found['nessuno']}; "
            "obiettivo ≤ 1,3×"),
        Row("  solo l'ambito (audit in entrambe)", percentile(search_co, 95),
            "nessuno collegato, con audit p95", percentile(search_co_none, 95), ""),
        Row("apertura scheda, assistente sociale (mediana)", statistics.median(scheda_sw),
            "nessuno collegato", statistics.median(scheda_sw_none),
            f"{RUNS} aperture della cartella più fitta del distretto"),
        Row("apertura scheda, coordinatore (mediana)", statistics.median(scheda_co),
            "nessuno collegato", statistics.median(scheda_co_none), f"{RUNS} aperture"),
    ]
