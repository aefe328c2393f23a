"""The coordinator's merge published into a real PostgreSQL server (started by
the tests): the indicators read from it are the ones read from the SQLite file;
a publication follows the changes, removes what was removed, rebuilds after an
erasure, and refuses bad addresses, a foreign or newer store, in Italian,
without losing the previous publication."""
from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from desktop.__main__ import main
from desktop.coordinator import region
from desktop.coordinator.merge import merge_districts
from desktop.core import erasure, matching, migrations
from desktop.core.errors import SchemaTooNewError, ValidationError
from desktop.core.model import Person, PersonLink
from desktop.core.store import Store
from desktop.reports.indicators import Filters, indicators, patti_records
from desktop.sync import engine
from desktop.sync.errors import TargetError
from desktop.sync.targets import FolderTarget
from tests.conftest import PASSPHRASE
from tests.coordinator.conftest import TODAY, add_all, district_rows

pytestmark = pytest.mark.usefixtures("no_keyring")
YEAR = Filters(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def figures(store, filters=YEAR, *, postgres: bool) -> tuple[list, list]:
    reader = region.reading(store) if postgres else store.read()
    with reader as s:
        return indicators(s, filters, today=TODAY), patti_records(s, filters)


def pg_scalar(url: str, query: str, **params):
    engine_ = region.region_engine(url)
    try:
        with engine_.connect() as conn:
            return conn.execute(sa.text(query), params).scalar()
    finally:
        engine_.dispose()


def same_figures(store, filters=YEAR) -> None:
    here, there = figures(store, filters, postgres=False), figures(store, filters, postgres=True)
    for a, b in zip(here[0], there[0]):
        assert a == b, a.key
    assert sorted(here[1], key=repr) == sorted(there[1], key=repr)


def test_the_same_merge_in_postgresql_gives_the_same_figures(merged, region_url):
    region.set_url(merged, region_url)
    first = region.publish(merged)
    assert first.ok and first.rebuilt and first.written > 10_000, first.errors
    same_figures(merged)
    crema = next(r.id for r in district_rows(merged) if r.name == "Crema")
    same_figures(merged, Filters(YEAR.start, YEAR.end, (crema,)))
    # Tessere's own schema, by its migrations
    assert pg_scalar(region_url, "SELECT version_num FROM alembic_version") == \
        migrations.newest_revision_file()
    # what stays in the encrypted file: the diary, the documents, the accounts, the roots
    for table in ("diary_entry", "document", "audit_event", "account"):
        assert pg_scalar(region_url, f"SELECT count(*) FROM {table}") == 0, table
    assert pg_scalar(region_url, "SELECT count(*) FROM record_origin "
                     "WHERE table_name = 'diary_entry'") == 0
    assert pg_scalar(region_url, "SELECT count(*) FROM coordinator_district "
                     "WHERE location != '' OR replicas::text != '[]'") == 0
    assert pg_scalar(region_url, "SELECT count(*) FROM coordinator_district") == 7
    with merged.read() as s:
        people = s.scalar(sa.select(sa.func.count()).select_from(Person))
    assert pg_scalar(region_url, "SELECT count(*) FROM person") == people
    again = region.publish(merged)
    assert (again.written, again.removed, again.rebuilt) == (0, 0, False)
    assert again.summary() == "Già aggiornato."


def test_a_publication_follows_the_changes_and_the_links(ambito, region_url, planted):
    where, codes, coordinator = ambito
    add_all(coordinator, where, codes)
    merge_districts(coordinator)
    region.set_url(coordinator, region_url)
    assert region.publish(coordinator).rebuilt
    with Store.open(where / "Crema.db", passphrase=PASSPHRASE) as laptop:
        with laptop.session() as s:
            people = s.scalars(sa.select(Person).order_by(Person.id)).all()
            people[0].phone = "0373 123456"
            s.add(Person(first_name="Ada", last_name="Nuova", sex="F"))
        assert engine.sync_once(laptop, FolderTarget(where / "root-Crema")).ok
    assert all(r.ok for r in merge_districts(coordinator))
    with coordinator.session() as s:  # the coordinator confirms a planted pair
        a, b = sorted(planted)[0]
        matching.decide(s, a, b, "confermato")
    step = region.publish(coordinator)
    assert step.ok and not step.rebuilt
    assert 3 <= step.written <= 10, step.summary()  # the edit, the new person, the link, …
    assert pg_scalar(region_url, "SELECT phone FROM person WHERE id = :id",
                     id=people[0].id) == "0373 123456"
    assert pg_scalar(region_url, "SELECT count(*) FROM person_link") == 1
    assert pg_scalar(region_url, "SELECT d.name FROM person p JOIN record_origin o ON "
                     "o.table_name = 'person' AND o.row_id = p.id JOIN coordinator_district d "
                     "ON d.id = o.district_id WHERE p.last_name = 'Nuova'") == "Crema"
    same_figures(coordinator)
    with coordinator.session() as s:  # undone: the link goes from PostgreSQL too
        link = s.scalar(sa.select(PersonLink))
        matching.undo(s, link.id)
    undone = region.publish(coordinator)
    assert undone.removed == 1 and pg_scalar(region_url, "SELECT count(*) FROM person_link") == 0
    same_figures(coordinator)


def test_an_erasure_rebuilds_the_store_without_the_person(ambito, region_url):
    where, codes, coordinator = ambito
    add_all(coordinator, where, codes)
    with Store.open(where / "Crema.db", passphrase=PASSPHRASE) as laptop:
        with laptop.session() as s:
            s.add(ada := Person(first_name="Ada", last_name="Dacancellare", sex="F",
                                phone="0373 999999"))
            s.flush()
            ada_id = ada.id
        assert engine.sync_once(laptop, FolderTarget(where / "root-Crema")).ok
        merge_districts(coordinator)
        region.set_url(coordinator, region_url)
        region.publish(coordinator)
        assert pg_scalar(region_url, "SELECT count(*) FROM person WHERE id = :id", id=ada_id) == 1
        with laptop.session() as s:
            erasure.erase_person(s, ada_id, reason="richiesta dell'interessata del 1/12/2026")
        assert engine.sync_once(laptop, FolderTarget(where / "root-Crema")).ok
    merge_districts(coordinator)
    after = region.publish(coordinator)
    assert after.rebuilt
    assert pg_scalar(region_url, "SELECT count(*) FROM person WHERE id = :id", id=ada_id) == 0
    assert pg_scalar(region_url, "SELECT count(*) FROM person WHERE phone = '0373 999999'") == 0
    same_figures(coordinator)


def test_bad_addresses_and_servers_are_said_in_italian(merged, region_url, tmp_path):
    with pytest.raises(ValidationError, match="password nell'indirizzo"):
        region.set_url(merged, region_url.replace("tessere@", "tessere:segreta@"))
    with pytest.raises(ValidationError, match="non è un indirizzo PostgreSQL"):
        region.set_url(merged, "mysql://tessere@127.0.0.1/regione")
    with pytest.raises(ValidationError, match="non è un indirizzo PostgreSQL"):
        region.set_url(merged, "non è un indirizzo")
    closed = "postgresql://tessere@127.0.0.1:9/regione"
    with pytest.raises(TargetError, match="non risponde"):
        region.set_url(merged, closed)
    assert region.configured_url(merged) is None  # nothing kept that does not answer
    with pytest.raises(ValidationError, match="Nessun archivio"):
        region.publish(merged)
    region.set_url(merged, region_url)
    assert region.publish(merged).ok
    # another coordinator's database may not write into this store
    with Store.open(tmp_path / "altro.db", passphrase=PASSPHRASE, create=True) as other:
        with pytest.raises(ValidationError, match="un altro database di coordinamento"):
            region.set_url(other, region_url)
    # a store written by a newer Tessere is left alone
    pg = region.region_engine(region_url)
    with pg.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaTooNewError, match="più recente"):
        region.publish(merged)
    pg.dispose()


def test_a_publication_stopped_half_way_keeps_the_previous(merged, region_url):
    region.set_url(merged, region_url)
    region.publish(merged)
    before = figures(merged, postgres=True)
    with merged.session() as s:
        s.add(Person(first_name="Bruno", last_name="Interrotto", sex="M"))
    with pytest.raises(region.PublishCancelled):
        region.publish(merged, cancelled=lambda: True)
    assert figures(merged, postgres=True) == before
    assert pg_scalar(region_url, "SELECT count(*) FROM person WHERE last_name = 'Interrotto'") == 0
    # the server gone: a retry later, and nothing lost in the file
    merged.set_meta(region.META_URL, "postgresql+psycopg://tessere@127.0.0.1:9/regione")
    gone = region.publish(merged)
    assert not gone.ok and gone.retry_later and "non risponde" in gone.summary()


def test_the_cli_publishes_and_reads_the_indicators_from_postgresql(merged, region_url, capsys,
                                                                   monkeypatch):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    db = str(merged.path)
    merged.close()
    assert main(["coordinator", "postgres", region_url, "--db", db]) == 0
    assert main(["coordinator", "publish", "--db", db]) == 0
    assert "Ricostruito" in capsys.readouterr().out
    assert main(["coordinator", "indicators", "--dal", "2026-01-01", "--al", "2026-12-31",
                 "--postgres", "--db", db]) == 0
    from_pg = capsys.readouterr().out
    assert main(["coordinator", "indicators", "--dal", "2026-01-01", "--al", "2026-12-31",
                 "--db", db]) == 0
    assert capsys.readouterr().out == from_pg and "Persone in carico" in from_pg
