"""Seven demo districts, each a real encrypted laptop database synced to its
own folder root (Cremona with a snapshot for new laptops, the others with
bundles only); the six others also hold planted copies of people of Cremona, written down again with typos, omocodia, no codice fiscale, accents, a
double surname, swapped dates. Built once per session; each test works on a
copy, with a new coordinator database."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.coordinator import districts as registry
from desktop.core.model import Person
from desktop.core.store import Store
from desktop.sync import engine, team
from desktop.sync.targets import FolderTarget
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 11, 20)
# Seven districts, as the test asks (the first three are the Cremonese ones).
DISTRICTS = ("Cremona", "Crema", "Casalmaggiore", "Soresina", "Pandino", "Castelleone",
             "Piadena")


def _typo(code: str, slot: int) -> str:
    return code[:slot] + ("X" if code[slot] != "X" else "Y") + code[slot + 1:]


def _omocode(code: str) -> str:
    """The variant a homonym gets: the last digit of the place code as a letter."""
    return code[:14] + "LMNPQRSTUV"[int(code[14])] + code[15]


# How a person followed by Cremona is written down again elsewhere.
VARIANTS = (
    ("stesso codice", lambda p: {}),
    ("codice con un errore nel nome", lambda p: {"codice_fiscale": _typo(p.codice_fiscale, 2)}),
    ("codice con un errore nella data", lambda p: {"codice_fiscale": _typo(p.codice_fiscale, 9)}),
    ("codice in omocodia", lambda p: {"codice_fiscale": _omocode(p.codice_fiscale)}),
    ("senza codice", lambda p: {"codice_fiscale": None}),
    ("senza codice, cognome doppio", lambda p: {"codice_fiscale": None,
                                                "last_name": p.last_name + " Bianchi"}),
    ("senza codice, accenti e maiuscole", lambda p: {
        "codice_fiscale": None, "first_name": p.first_name.upper() + "'",
        "last_name": p.last_name.lower().replace("o", "ò", 1)}),
    ("senza codice, giorno e mese scambiati (o una cifra del giorno sbagliata)", lambda p: {
        "codice_fiscale": None,
        "birth_date": p.birth_date.replace(month=p.birth_date.day, day=p.birth_date.month)
        if p.birth_date.day <= 12 else p.birth_date.replace(day=p.birth_date.day - 10)}),
)
PLANTED_PER_DISTRICT = 16  # two of each variant


def plant(source: list[Person], store: Store, offset: int) -> list[tuple[str, str]]:
    """Copies of people of Cremona written into another district, each with a
    variant; the pairs (original id, copy id)."""
    pairs = []
    chosen = [p for p in source if p.codice_fiscale and p.birth_date][offset:offset + PLANTED_PER_DISTRICT]
    with store.session() as s:
        for n, person in enumerate(chosen):
            _label, change = VARIANTS[n % len(VARIANTS)]
            values = dict(first_name=person.first_name, last_name=person.last_name,
                          sex=person.sex, birth_date=person.birth_date,
                          birth_comune_id=person.birth_comune_id,
                          birth_country=person.birth_country,
                          codice_fiscale=person.codice_fiscale)
            values.update(change(person))
            s.add(copy := Person(**values))
            s.flush()
            pairs.append(tuple(sorted((person.id, copy.id))))
    return pairs


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Each district: a laptop with its own demo data (a different seed), its
    team, its root; the others also hold planted copies of people of Cremona.
    Made once; each test works on a copy."""
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    from desktop.demo import build

    # Without a keyring each laptop keeps its team key in its own (encrypted)
    # file, as the tests' laptops are reopened under ``no_keyring``.
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        return _build_districts(build, tmp_path_factory.mktemp("districts"))
    finally:
        keyring.set_keyring(previous)


def _build_districts(build, base):
    codes, planted, cremona = {}, [], []
    for n, name in enumerate(DISTRICTS):
        store = Store.open(base / f"{name}.db", passphrase=PASSPHRASE, create=True)
        build(store, size="small", seed=20 + n, today=TODAY)
        if n == 0:
            with store.read() as s:
                cremona = list(s.scalars(sa.select(Person).order_by(Person.id)))
        else:
            planted += plant(cremona, store, offset=(n - 1) * PLANTED_PER_DISTRICT)
        codes[name] = team.create_team(store)
        (base / f"root-{name}").mkdir()
        report = engine.sync_once(store, FolderTarget(base / f"root-{name}"), snapshot=n == 0)
        assert report.ok, report.errors
        store.close()
    return base, codes, planted


@pytest.fixture
def ambito(built, tmp_path):
    """A copy of the districts and a new, empty coordinator database (demo, as
    the districts' teams are)."""
    base, codes, _planted = built
    for item in base.iterdir():
        (shutil.copytree if item.is_dir() else shutil.copy2)(item, tmp_path / item.name)
    coordinator = Store.open(tmp_path / "coordinamento.db", passphrase=PASSPHRASE, create=True)
    coordinator.mark_demo()
    yield tmp_path, codes, coordinator
    coordinator.close()


@pytest.fixture
def planted(built) -> set[tuple[str, str]]:
    return set(built[2])


@pytest.fixture
def merged(ambito):
    """The coordinator's database with the seven districts added and merged."""
    from desktop.coordinator.merge import merge_districts

    where, codes, coordinator = ambito
    add_all(coordinator, where, codes)
    merge_districts(coordinator)
    return coordinator


def add_all(coordinator, where: Path, codes: dict) -> None:
    for name in DISTRICTS:
        registry.add_district(coordinator, name, code=codes[name],
                              folder=str(where / f"root-{name}"))


def people_of(path: Path) -> set[str]:
    with Store.open(path, passphrase=PASSPHRASE) as store, store.read() as s:
        return set(s.scalars(sa.select(Person.id)))




def district_rows(store) -> list:
    with store.system_read() as s:
        return registry.district_rows(s)


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server, started for this session (``tests.postgres_server``)."""
    from tests.postgres_server import running_postgres, server_bin

    if server_bin() is None:
        pytest.skip("PostgreSQL non è installato su questa macchina (make test lo installa)")
    with running_postgres() as url:
        yield url


@pytest.fixture
def region_url(postgres, request):
    """An empty database of its own on the session's server, for one test."""
    server = sa.create_engine(postgres.replace("postgresql://", "postgresql+psycopg://"),
                              isolation_level="AUTOCOMMIT")
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:50]
    with server.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    server.dispose()
    return postgres.rsplit("/", 1)[0] + "/" + name
