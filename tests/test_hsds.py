"""HSDS 3.0 exchange of the resource directory: export, preview, import, and the
bad packages a district will meet (each refused or reported in Italian, the rest
imported, nothing half-written)."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from sqlalchemy import select

from desktop.__main__ import main
from desktop.core import accounts
from desktop.core.access import PermissionDenied
from desktop.core.errors import ValidationError
from desktop.core.inspect import digest
from desktop.core.model import (
    Contact, Location, Operator, Organisation, Schedule, Service, ServiceAtLocation,
    ServiceTaxonomy,
)
from desktop.core.risorse import hsds
from desktop.core.risorse.hsds.importing import ConflictsRefused
from desktop.core.risorse.hsds.schema import TABLES as TABLE_NAMES
from desktop.core.store import Store
from desktop.demo.generator import _Generator
from tests.conftest import PASSPHRASE

EXAMPLE = Path(__file__).parent / "data" / "hsds_example"
ORG = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
SVC = "ac148810-d857-441c-9679-408f346de14b"
ORG_ID = "11111111-1111-4111-8111-111111111111"


def directory_only(store: Store, seed: int = 5) -> None:
    """The demo's organisations, operators and services, without people: the
    directory is all this exchange is about, and it builds in a fraction of a second."""
    generator = _Generator(store, "small", seed, dt.date(2026, 11, 20), lambda message: None)
    with store.session() as s:
        generator.load_reference(s)
        generator.organisations(s)
        generator.operators(s)
        generator.services(s)


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory):
    """A directory exported once in both forms: (database path, csv folder, json file)."""
    folder = tmp_path_factory.mktemp("hsds")
    store = Store.open(folder / "demo.db", passphrase=PASSPHRASE, create=True)
    directory_only(store)
    with store.session() as s:  # what the demo leaves empty: languages, ages, a full address
        service = s.scalars(select(Service).order_by(Service.id)).first()
        service.languages, service.minimum_age, service.maximum_age = ["it", "ar"], 18, 64
        location = s.scalars(select(Location).order_by(Location.id)).first()
        location.postal_code = "26100"
    (folder / "csv").mkdir()
    (folder / "json").mkdir()
    with store.read() as s:
        hsds.export_package(s, folder / "csv")
        hsds.export_package(s, folder / "json", "json")
    store.close()
    return folder / "demo.db", folder / "csv", folder / "json" / hsds.export.JSON_FILE


def fresh(tmp_path, name="vuoto.db") -> Store:
    return Store.open(tmp_path / name, passphrase=PASSPHRASE, create=True)


def preview(store, path):
    with store.read() as s:
        return hsds.preview_import(s, path)


def imported(store, path, **kw):
    plan = preview(store, path)
    with store.session() as s:
        return plan, hsds.apply_import(s, plan, **kw)


def state(store) -> str:
    with store.read() as s:
        return digest(s)[0]


def by_status(plan, status):
    return [e for e in plan.entries if e.status == status]


# ------------------------------------------------------------------ round trip
def test_export_import_into_an_empty_database_export_again_is_byte_identical(
        demo_export, tmp_path):
    _db, folder, _json = demo_export
    files = sorted(p.name for p in folder.iterdir())
    assert {"datapackage.json", "organizations.csv", "services.csv", "locations.csv",
            "service_at_location.csv", "contacts.csv", "phones.csv", "schedules.csv",
            "taxonomies.csv", "taxonomy_terms.csv", "attributes.csv", "cost_options.csv",
            "accessibility.csv", "languages.csv", "addresses.csv"} <= set(files)
    descriptor = json.loads((folder / "datapackage.json").read_text())
    assert {r["path"] for r in descriptor["resources"]} == set(files) - {"datapackage.json"}

    with fresh(tmp_path) as store:
        plan, result = imported(store, folder)
        assert plan.counts()["rejected"] == 0 and plan.counts()["conflicting"] == 0
        assert result.new == len(plan.entries) and result.changed == 0
        again = tmp_path / "di-nuovo"
        again.mkdir()
        with store.read() as s:
            hsds.export_package(s, again)
        assert sorted(p.name for p in again.iterdir()) == files
        for name in files:
            assert (again / name).read_bytes() == (folder / name).read_bytes(), name

        second = preview(store, folder)
        assert second.counts()["new"] == 0 and second.counts()["changed"] == 0
        before = state(store)
        with store.session() as s:
            result = hsds.apply_import(s, second)
        assert (result.new, result.changed) == (0, 0) and state(store) == before


def test_every_imported_row_is_logged_for_sync_with_what_was_written(demo_export, tmp_path):
    """The import writes in bulk on the tables: change capture must still log each
    new row, with every column as stored (what another replica will rebuild)."""
    from desktop.core.changes import to_wire
    from desktop.core.model import ChangeLog

    _db, folder, _json = demo_export
    with fresh(tmp_path) as store:
        _plan, result = imported(store, folder)
        with store.read() as s:
            logged = {(c.table_name, c.row_id): json.loads(c.fields) for c in s.scalars(
                select(ChangeLog).where(ChangeLog.op == "insert"))}
            written = 0
            for model in (Organisation, Service, Location, ServiceAtLocation, Contact,
                          Schedule, ServiceTaxonomy):
                table = model.__table__
                for row in s.execute(select(table)).mappings():
                    written += 1
                    assert logged[(table.name, row["id"])] == {
                        k: to_wire(v) for k, v in row.items() if k != "id"}, table.name
        assert written == result.new > 0


def test_tessere_fields_travel_as_attributes_and_come_back(demo_export, tmp_path):
    db, folder, _json = demo_export
    with Store.open(db, passphrase=PASSPHRASE) as source, source.read() as s:
        original = {x.id: x for x in s.scalars(select(Service))}
        taxonomy = sorted(s.execute(select(ServiceTaxonomy.service_id,
                                           ServiceTaxonomy.term_code)).all())
        located = {x.id: (x.comune_id, x.accessible, x.distance_from_hub_km, x.transit,
                          x.address, x.postal_code, x.accessibility_notes)
                   for x in s.scalars(select(Location))}
    with fresh(tmp_path) as store:
        imported(store, folder)
        with store.read() as s:
            for service in s.scalars(select(Service)):
                was = original[service.id]
                for column in ("axis", "capacity", "formal", "scale", "sharing_level",
                               "minimum_age", "maximum_age",
                               "hosts_prepared", "cost_cents", "last_verified_on",
                               "organisation_id"):
                    assert getattr(service, column) == getattr(was, column), column
                assert sorted(service.target_groups) == sorted(was.target_groups)
                assert sorted(service.access_conditions) == sorted(was.access_conditions)
                assert service.languages == sorted(was.languages)  # a set: kept in order
                assert service.last_verified_by_id is None  # operators do not travel
            assert sorted(s.execute(select(ServiceTaxonomy.service_id,
                                           ServiceTaxonomy.term_code)).all()) == taxonomy
            assert {x.id: (x.comune_id, x.accessible, x.distance_from_hub_km, x.transit,
                           x.address, x.postal_code, x.accessibility_notes)
                    for x in s.scalars(select(Location))} == located


def test_json_form_is_the_canonical_nesting_and_reads_back(demo_export, tmp_path):
    _db, _folder, path = demo_export
    document = json.loads(path.read_text())
    assert document["total_items"] == len(document["contents"]) > 0
    first = document["contents"][0]
    assert first["organization"]["id"] == first["organization_id"]
    assert first["service_at_locations"][0]["location"]["id"]
    assert {a["taxonomy_term"]["taxonomy"] for a in first["attributes"]} >= {"tessere:axis"}
    with fresh(tmp_path) as store:
        plan, result = imported(store, path)
        assert plan.counts()["rejected"] == 0
        with store.read() as s:
            assert len(s.scalars(select(Service)).all()) == document["total_items"]
            assert s.scalars(select(Schedule)).all()


# ------------------------------------------------------------------ third-party package
def test_the_standards_example_package_imports_what_it_can_and_says_what_not(tmp_path):
    with fresh(tmp_path) as store:
        plan = preview(store, EXAMPLE)
        assert plan.counts() == {"new": 6, "changed": 0, "unchanged": 0, "conflicting": 0,
                                 "rejected": 1}
        assert any("programs.csv" in note for note in plan.notes)
        assert any("«trasversale»" in note for note in plan.notes)
        rejected, = by_status(plan, "rejected")
        assert rejected.source == "attributes.csv" and rejected.where == "riga 2"
        assert rejected.fields == ["link_id"] and "non c'è nel pacchetto" in rejected.message
        location = next(e for e in plan.entries if e.kind == "Sede")
        assert "organization_id" in location.message and "collegamento ignorato" in location.message
        with store.session() as s:
            hsds.apply_import(s, plan)
        with store.read() as s:
            organisation = s.get(Organisation, ORG)
            assert (organisation.name, organisation.kind) == ("Example Organization Inc.", "altro")
            service = s.get(Service, SVC)
            assert service.name == "Community Counselling" and service.organisation_id == ORG
            assert (service.axis, service.status, service.languages) == ("trasversale", "active",
                                                                         ["ur"])
            assert service.cost_cents is None  # pounds are not euros: said, not converted
            location = s.scalars(select(Location)).one()
            assert location.name == "MyCity Civic Center" and location.organisation_id is None
            assert location.address == "1-30 Main Street, MyVillage"
            assert location.accessibility_notes.startswith("The building is equipped")
            assert s.scalars(select(ServiceAtLocation)).one().location_id == location.id
            schedule = s.scalars(select(Schedule)).one()
            assert (schedule.byday, schedule.opens_at, schedule.closes_at) == ("TH,FR", "10:00",
                                                                               "18:00")
            contact = s.scalars(select(Contact)).one()
            assert (contact.name, contact.service_id, contact.phone) == (
                "Ann Persona", SVC, '"+44 1234 234567"')
        again = preview(store, EXAMPLE)
        assert again.counts()["new"] == 0 and again.counts()["changed"] == 0


# ------------------------------------------------------------------ bad packages
ORGS = "id,name,description\n" + f"{ORG_ID},Cooperativa Il Ponte,Cooperativa sociale\n"
SERVICES_HEADER = "id,organization_id,name,status,minimum_age\n"


def package(folder: Path, services: str, organizations: str = ORGS,
            extra: dict[str, str] | None = None, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "organizations.csv").write_bytes(organizations.encode(encoding))
    (folder / "services.csv").write_bytes((SERVICES_HEADER + services).encode(encoding))
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def service_row(number: int, org: str = ORG_ID, **over) -> str:
    values = dict(id=f"22222222-2222-4222-8222-{number:012d}", organization_id=org,
                  name=f"Servizio {number}", status="active", minimum_age="")
    values.update(over)
    return ",".join(values.values()) + "\n"


def test_each_columns_quick_check_agrees_with_jsonschema():
    """Rows are checked by predicates compiled from each column's schema; jsonschema
    is asked only for the message. The two must agree on every kind of value."""
    from desktop.core.risorse.hsds.schema import tables

    values = ["", "testo", "a@b.it", "non una email", "https://x.it", "www.x.it", "mailto:a@b.it",
              "2026-01-31", "2026-13-01", "2026-01-31T10:00:00Z", "31/01/2026", "12:30",
              ORG, ORG.upper(), ORG.replace("-", ""), "{" + ORG + "}", "active", "inactive",
              "defunct", "physical", "postal", "1", 1, 1.5, 2.0, -3, True, False, None, [], {}]
    values += [ORG + "\n", f"{ORG}\n{ORG}"]
    for table in tables().values():
        for column, validator in table.columns_schema.items():
            for value in values:
                assert table.valid[column](value) == validator.is_valid(value), \
                    (table.name, column, value)


QUICK_VALUES = ["", "testo", "a@b.it", "non una email", "https://x.it", "www.x.it", "2026-01-31",
                "2026-13-01", ORG, ORG.upper(), ORG.replace("-", ""), ORG + "\n", f"{ORG}\n{ORG}",
                "active", "defunct", "physical", "1", 1, 1.0, 1.5, True, False, None, [], {}]


@settings(max_examples=300, deadline=None)
@given(table_name=st.sampled_from(sorted(TABLE_NAMES)), data=st.data())
def test_a_whole_table_is_clean_exactly_when_every_row_is(table_name, data):
    """The column-at-a-time check of a clean package answers as the per-row one."""
    from desktop.core.risorse.hsds.schema import all_rows_valid, row_problems, tables

    table = tables()[table_name]
    columns = sorted(table.valid) + ["colonna_non_standard"]
    rows = data.draw(st.lists(st.dictionaries(st.sampled_from(columns),
                                              st.sampled_from(QUICK_VALUES)), max_size=6))
    # a clean start for most draws, so the answer is not always «no»
    base = {name: ORG if "id" in name else "active" for name in table.required}
    rows = [({**base, **row} if i % 2 else row) for i, row in enumerate(rows)]
    assert all_rows_valid(table, rows) == all(not row_problems(table, r) for r in rows)


def test_each_bad_row_is_rejected_with_file_row_and_field_and_the_rest_imports(tmp_path):
    rows = (service_row(1) + service_row(2, minimum_age="dieci") + service_row(3, id="")
            + service_row(1, name="Doppione") + service_row(4, org=str(ORG_ID[:-1] + "9"))
            + service_row(5, status="chiuso") + service_row(6, id="non-un-uuid"))
    folder = package(tmp_path / "p", rows)
    with fresh(tmp_path) as store:
        plan = preview(store, folder)
        rejected = {e.where: e for e in by_status(plan, "rejected")}
        assert set(rejected) == {"riga 3", "riga 4", "riga 5", "riga 6", "riga 7", "riga 8"}
        assert rejected["riga 3"].fields == ["minimum_age"]
        assert "deve essere un numero" in rejected["riga 3"].message
        assert rejected["riga 3"].message.startswith("services.csv, riga 3, campo «minimum_age»")
        assert "manca il campo obbligatorio «id»" in rejected["riga 4"].message
        assert "si ripete" in rejected["riga 5"].message and "riga 2" in rejected["riga 5"].message
        assert rejected["riga 6"].fields == ["organization_id"]
        assert "un'organizzazione" in rejected["riga 6"].message
        assert "ammessi: active, inactive" in rejected["riga 7"].message
        assert "formato uuid" in rejected["riga 8"].message
        _plan, result = imported(store, folder)
        assert result.new == 2  # the organisation and the one good service
        with store.read() as s:
            assert [x.name for x in s.scalars(select(Service))] == ["Servizio 1"]


def test_an_unknown_taxonomy_term_rejects_the_link_not_the_service(tmp_path, demo_export):
    _db, exported, _json = demo_export
    folder = package(tmp_path / "p", service_row(1), extra={
        "taxonomies.csv": (exported / "taxonomies.csv").read_text(),
        "taxonomy_terms.csv": (exported / "taxonomy_terms.csv").read_text(encoding="utf-8")
        + "33333333-3333-4333-8333-333333333333,marziani,Marziani,Marziani,,"
          "tessere:target_group,it,,\n",
        "attributes.csv": "id,link_id,taxonomy_term_id,link_type,link_entity,value\n"
                          "44444444-4444-4444-8444-444444444444,22222222-2222-4222-8222-"
                          "000000000001,33333333-3333-4333-8333-333333333333,,service,\n"})
    with fresh(tmp_path) as store:
        plan = preview(store, folder)
        rejected, = by_status(plan, "rejected")
        assert rejected.source == "attributes.csv" and "«marziani» sconosciuto" in rejected.message
        assert [e.kind for e in by_status(plan, "new")] == ["Organizzazione", "Servizio"]


def test_bom_and_windows_1252_files_are_read_and_the_preview_says_so(tmp_path):
    with fresh(tmp_path) as store:
        bom = package(tmp_path / "bom", service_row(1), organizations="\ufeff" + ORGS)
        plan = preview(store, bom)
        assert plan.counts()["new"] == 2 and not plan.notes[:-1]
        latin = package(tmp_path / "latin", service_row(1, name="Attività"),
                        organizations=ORGS.replace("Il Ponte", "Società"), encoding="cp1252")
        plan = preview(store, latin)
        assert any("Windows-1252" in note and "services.csv" in note for note in plan.notes)
        assert {e.name for e in by_status(plan, "new")} == {"Cooperativa Società", "Attività"}


def test_packages_that_cannot_be_read_are_refused_in_italian(tmp_path):
    with fresh(tmp_path) as store:
        huge = tmp_path / "enorme.json"
        with open(huge, "wb") as fh:
            fh.truncate(101 * 1024 * 1024)  # sparse: refused before a byte is read
        big_folder = tmp_path / "cartella-enorme"
        big_folder.mkdir()
        with open(big_folder / "services.csv", "wb") as fh:
            fh.truncate(101 * 1024 * 1024)
        not_json = tmp_path / "rotto.json"
        not_json.write_text("{ questo non è JSON")
        nothing = tmp_path / "niente"
        nothing.mkdir()
        (nothing / "appunti.txt").write_text("ciao")
        bomb = tmp_path / "bomba.zip"
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
            with archive.open("services.csv", "w") as member:
                for _ in range(20):
                    member.write(b"\0" * (1024 * 1024))
        for path, words in ((huge, "troppo grande"), (big_folder, "troppo grande"), (not_json, "non è un JSON valido"),
                            (nothing, "non è un pacchetto HSDS"), (bomb, "oltre misura"),
                            (tmp_path / "assente", "non esiste")):
            with pytest.raises(ValidationError) as error:
                preview(store, path)
            assert words in str(error.value), path


def test_hostile_text_is_refused_or_cleaned_and_said(tmp_path):
    """A field past the CSV reader's limit, a JSON nested beyond recursion, and
    invisible control characters in a name: an Italian message, never a crash."""
    with fresh(tmp_path) as store:
        long_field = package(tmp_path / "lungo", service_row(1, name="x" * 300_000))
        with pytest.raises(ValidationError) as error:
            preview(store, long_field)
        assert "services.csv" in str(error.value) and "un campo supera" in str(error.value)
        deep = tmp_path / "annidato.json"
        deep.write_text("[" * 100_000 + "]" * 100_000)
        with pytest.raises(ValidationError, match="annidato oltre ogni misura"):
            preview(store, deep)
        nul = package(tmp_path / "nul", service_row(1, name="Orto\x00 sociale\x07"))
        plan = preview(store, nul)
        assert any("caratteri di controllo" in note and "services.csv" in note
                   for note in plan.notes)
        assert "Orto sociale" in {e.name for e in by_status(plan, "new")}


def test_a_zip_of_the_package_reads_like_the_folder(tmp_path):
    folder = package(tmp_path / "p", service_row(1))
    archive = tmp_path / "pacchetto.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in folder.iterdir():
            zf.write(file, f"hsds/{file.name}")
    with fresh(tmp_path) as store:
        assert preview(store, archive).counts() == preview(store, folder).counts()


# ------------------------------------------------------------------ changes and conflicts
def test_a_changed_field_is_listed_and_only_it_is_written(tmp_path):
    with fresh(tmp_path) as store:
        imported(store, package(tmp_path / "a", service_row(1)))
        plan = preview(store, package(tmp_path / "b", service_row(1, name="Servizio rinominato")))
        changed, = by_status(plan, "changed")
        assert (changed.kind, changed.fields) == ("Servizio", ["name"])
        with store.session() as s:
            assert hsds.apply_import(s, plan).changed == 1
        with store.read() as s:
            assert s.scalars(select(Service.name)).one() == "Servizio rinominato"


def test_a_preview_applied_after_the_directory_changed_is_compared_again(tmp_path):
    with fresh(tmp_path) as store:
        folder = package(tmp_path / "a", service_row(1))
        stale = preview(store, folder)
        imported(store, folder)  # meanwhile, the same package from another window
        with store.session() as s:
            result = hsds.apply_import(s, stale)
        assert (result.new, result.changed, result.unchanged) == (0, 0, 2)


def test_conflicts_refuse_the_whole_import_unless_accepted(tmp_path):
    with fresh(tmp_path) as store:
        imported(store, package(tmp_path / "a", service_row(1)))
        other = ORGS.replace(ORG_ID, "55555555-5555-4555-8555-555555555555")
        folder = package(tmp_path / "b", service_row(2, org="55555555-5555-4555-8555-555555555555"),
                         organizations=other)
        plan = preview(store, folder)
        conflict, = by_status(plan, "conflicting")
        assert conflict.kind == "Organizzazione" and "esiste già «Cooperativa Il Ponte»" in (
            conflict.message)
        before = state(store)
        with pytest.raises(ConflictsRefused) as error, store.session() as s:
            hsds.apply_import(s, plan)
        assert "Nulla è stato scritto" in str(error.value) and state(store) == before
        with store.session() as s:
            assert hsds.apply_import(s, plan, accept_conflicts=True).new == 2
        with store.read() as s:
            assert len(s.scalars(select(Organisation).where(
                Organisation.name == "Cooperativa Il Ponte")).all()) == 2


def test_a_file_older_than_a_local_edit_is_a_conflict(tmp_path):
    with fresh(tmp_path) as store:
        imported(store, package(tmp_path / "a", service_row(1)))
        folder = tmp_path / "b"
        package(folder, "")
        (folder / "services.csv").write_text(
            "id,organization_id,name,status,last_modified\n"
            f"22222222-2222-4222-8222-000000000001,{ORG_ID},Vecchio nome,active,"
            "2020-01-01T00:00:00Z\n")
        conflict, = by_status(preview(store, folder), "conflicting")
        assert conflict.fields == ["name"] and "dopo la data del file" in conflict.message


def test_without_manage_resources_nothing_is_written(tmp_path):
    with fresh(tmp_path) as store:
        directory_only(store)
        with store.read() as s:
            boss, educator = s.scalars(select(Operator.id).order_by(Operator.id).limit(2))
        accounts.create_first_administrator(store, username="capo", password="Password-lunga-1",
                                            operator_id=boss)
        with store.session() as s:
            accounts.create_account(s, operator_id=educator, username="edu",
                                    password="Password-lunga-2", roles=["educatore"],
                                    districts=[], must_change=False)
        accounts.sign_in(store, "edu", "Password-lunga-2")
        plan = preview(store, package(tmp_path / "p", service_row(1)))
        before = state(store)
        with pytest.raises(PermissionDenied) as error, store.session() as s:
            hsds.apply_import(s, plan)
        assert "gestire la mappa delle risorse" in str(error.value) and state(store) == before


# ------------------------------------------------------------------ command line
def test_command_line_preview_apply_and_export(tmp_path, monkeypatch, capsys, no_keyring):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    db = tmp_path / "cli.db"
    fresh(tmp_path, "cli.db").close()
    assert main(["risorse", "importa", str(EXAMPLE), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Nuova" in out and "Scartata" in out and "aggiungi --applica" in out
    assert main(["risorse", "importa", str(EXAMPLE), "--applica", "--json", "--db", str(db)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["applied"]["new"] == 6 and report["counts"]["rejected"] == 1
    target = tmp_path / "uscita"
    assert main(["risorse", "esporta", str(target), "--db", str(db)]) == 2
    assert "non esiste" in capsys.readouterr().err
    target.mkdir()
    assert main(["risorse", "esporta", str(target), "--formato", "json", "--db", str(db)]) == 0
    assert "1 servizi" in capsys.readouterr().out
    assert json.loads((target / hsds.export.JSON_FILE).read_text())["total_items"] == 1
    shutil.rmtree(target)
