"""Editing the resource directory through the core: each refusal with its
Italian message and field, the permission, «confermato oggi», the «Da
verificare» list under a configured threshold, retire versus delete, and that
an edit is captured for sync."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.core import accounts
from desktop.core.access import PermissionDenied
from desktop.core.errors import ValidationError
from desktop.core.model import (
    Attivazione, ChangeLog, Comune, Contact, Location, Operator, Organisation, Schedule, Service,
    ServiceAtLocation,
)
from desktop.core.risorse import editing, freshness, ricerca
from desktop.core.risorse.editing import (
    ContactValues, LocationValues, OrganisationValues, ScheduleValues, ServiceValues,
)
from desktop.core.risorse.validazione import partita_iva_ok

TODAY = dt.date(2026, 11, 23)


def comune_id(s, name: str) -> str:
    return s.scalar(select(Comune.id).where(Comune.name == name))


def new_org(store, **changes) -> str:
    with store.session() as s:
        values = OrganisationValues(name="Cooperativa Sociale Il Pioppo", kind="coop_b",
                                    tax_code="00743110157", email="info@pioppo.it",
                                    website="www.pioppo.it", comune_id=comune_id(s, "Cremona"))
        for key, value in changes.items():
            setattr(values, key, value)
        return editing.save_organisation(s, values, today=TODAY)


def good_service(s, org_id: str, **changes) -> ServiceValues:
    values = ServiceValues(
        organisation_id=org_id, name="Tirocini in serra", axis="lavoro",
        taxonomy=["lav_tirocinio"], target_groups=["salute_mentale"],
        access_conditions=["isee"], eligibility_description="Su invio del CSM",
        minimum_age="18", maximum_age="64", languages=["it", "en"], cost="1.234,50",
        capacity="6",
        locations=[LocationValues(
            name="Serra di via Po", address="Via Po 3", postal_code="26100",
            comune_id=comune_id(s, "Cremona"), accessible=True, transit="Linea 2",
            schedules=[ScheduleValues(["MO", "WE"], "9:00", "13:00"),
                       ScheduleValues(["MO"], "14:00", "17:30")])],
        contacts=[ContactValues(name="Anna Neri", title="Referente", phone="0372 123456",
                                email="anna@pioppo.it")])
    for key, value in changes.items():
        setattr(values, key, value)
    return values


def test_a_service_is_saved_whole_and_read_back(store):
    org_id = new_org(store)
    with store.session() as s:
        service_id = editing.save_service(s, good_service(s, org_id), today=TODAY)
    with store.read() as s:
        values, verified = editing.service_values(s, service_id)
        service = s.get(Service, service_id)
        assert (service.cost_cents, service.capacity, service.languages) == (123450, 6, ["it", "en"])
        assert (service.minimum_age, service.maximum_age) == (18, 64)
        assert values.cost == "1.234,5" and values.taxonomy == ["lav_tirocinio"]
        place = values.locations[0]
        assert place.postal_code == "26100" and place.accessible is True
        assert [(h.days, h.opens_at, h.closes_at) for h in place.schedules] == [
            (["MO", "WE"], "09:00", "13:00"), (["MO"], "14:00", "17:30")]
        assert values.contacts[0].phone == "+39 0372 123456"
        assert verified.last_verified_on == TODAY
        row = ricerca.find_services(s, text="serra", today=TODAY)[0]
        assert row.comuni == "Cremona" and row.available_places == 6 and not row.stale


def test_editing_keeps_unchanged_rows_and_drops_removed_ones(store):
    org_id = new_org(store)
    with store.session() as s:
        service_id = editing.save_service(s, good_service(s, org_id), today=TODAY)
    with store.read() as s:
        values, _ = editing.service_values(s, service_id)
        first_hours = {h.id for h in s.scalars(select(Schedule))}
    values.locations[0].schedules.pop()  # the Monday afternoon goes
    values.contacts = []
    with store.session() as s:
        editing.save_service(s, values, today=TODAY)
    with store.read() as s:
        hours = set(s.scalars(select(Schedule.id)))
        assert len(hours) == 1 and hours < first_hours
        assert s.scalar(select(Contact.id)) is None
    values.locations = []
    with store.session() as s:
        editing.save_service(s, values, today=TODAY)
    with store.read() as s:
        assert s.scalar(select(ServiceAtLocation.id)) is None
        assert s.scalar(select(Location.id)) is None  # no other service used it
        assert s.scalar(select(Schedule.id)) is None


@pytest.mark.parametrize("changes,field,message", [
    (dict(name="  "), "name", "Indica il nome del servizio."),
    (dict(axis="cucina"), "axis", "Scegli l'asse del servizio"),
    (dict(organisation_id="nessuno"), "organisation_id", "Scegli l'ente che offre il servizio"),
    (dict(target_groups=["marziani"]), "target_groups", "Destinatari: «marziani» non è tra"),
    (dict(access_conditions=["tessera_oro"]), "access_conditions", "Condizioni di accesso:"),
    (dict(taxonomy=["lav_inesistente"]), "taxonomy", "Tipologia: «lav_inesistente»"),
    (dict(minimum_age="130"), "minimum_age", "L'età minima deve essere tra 0 e 120."),
    (dict(minimum_age="40", maximum_age="30"), "minimum_age",
     "L'età minima (40) supera la massima (30)."),
    (dict(maximum_age="tanti"), "maximum_age", "L'età massima deve essere un numero intero."),
    (dict(languages=["xx"]), "languages", "Lingua sconosciuta: «xx»"),
    (dict(cost="-5"), "cost", "Costo: L'importo non può essere negativo."),
    (dict(cost="dieci euro"), "cost", "non è un importo valido"),
    (dict(capacity="-1"), "capacity", "La capienza (posti) deve essere 0 o più."),
    (dict(status="chiuso"), "status", "Lo stato è «attivo» o «non attivo»."),
    (dict(email="anna-at-pioppo"), "email", "non sembra valido"),
])
def test_each_bad_field_is_refused_in_italian_by_name(store, changes, field, message):
    org_id = new_org(store)
    with pytest.raises(ValidationError) as err:
        with store.session() as s:
            editing.save_service(s, good_service(s, org_id, **changes), today=TODAY)
    assert message in str(err.value) and err.value.field == field
    with store.read() as s:
        assert s.scalar(select(Service.id)) is None  # nothing half-written


def place(s, **changes) -> LocationValues:
    values = LocationValues(name="Sede", postal_code="26100", comune_id=comune_id(s, "Cremona"),
                            schedules=[ScheduleValues(["TU"], "09:00", "12:00")])
    for key, value in changes.items():
        setattr(values, key, value)
    return values


@pytest.mark.parametrize("make,field,message", [
    (lambda s: place(s, postal_code="2610"), "locations.0.postal_code",
     "Il CAP «2610» non è valido: sono 5 cifre."),
    (lambda s: place(s, comune_id="non-un-comune"), "locations.0.comune_id",
     "Il comune scelto non è nell'elenco ISTAT."),
    (lambda s: place(s, name=None, comune_id=None), "locations.0.name",
     "indica il nome della sede o almeno il comune"),
    (lambda s: place(s, schedules=[ScheduleValues(["TU"], "12:00", "09:00")]),
     "locations.0.schedules", "l'apertura (12:00) deve venire prima della chiusura (09:00)"),
    (lambda s: place(s, schedules=[ScheduleValues(["TU"], "25:00", "26:00")]),
     "locations.0.schedules", "«25:00» non è un orario valido"),
    (lambda s: place(s, schedules=[ScheduleValues(["XX"], "09:00", "10:00")]),
     "locations.0.schedules", "giorno sconosciuto «XX»"),
    (lambda s: place(s, schedules=[ScheduleValues([], "09:00", "10:00")]),
     "locations.0.schedules", "scegli almeno un giorno"),
    (lambda s: place(s, schedules=[ScheduleValues(["MO", "TU"], "09:00", "12:00"),
                                   ScheduleValues(["TU"], "11:00", "13:00")]),
     "locations.0.schedules", "il martedì 11:00–13:00 si sovrappone a 09:00–12:00"),
])
def test_locations_and_opening_hours_are_checked(store, make, field, message):
    org_id = new_org(store)
    with pytest.raises(ValidationError) as err:
        with store.session() as s:
            editing.save_service(s, good_service(s, org_id, locations=[make(s)]), today=TODAY)
    assert message in str(err.value) and err.value.field == field


def test_two_places_may_open_at_the_same_hours(store):
    org_id = new_org(store)
    with store.session() as s:
        editing.save_service(s, good_service(s, org_id, locations=[place(s), place(s, name="Altra")]),
                             today=TODAY)


@pytest.mark.parametrize("contact,field,message", [
    (ContactValues(name="Anna", phone="12"), "contacts.0.phone",
     "Il numero di telefono «12» non è valido"),
    (ContactValues(name="Anna", email="anna@"), "contacts.0.email", "non sembra valido"),
    (ContactValues(name=" ", phone="0372 123456"), "contacts.0.name",
     "Indica il nome del contatto 1."),
])
def test_contacts_are_checked(store, contact, field, message):
    org_id = new_org(store)
    with pytest.raises(ValidationError) as err:
        with store.session() as s:
            editing.save_service(s, good_service(s, org_id, contacts=[contact]), today=TODAY)
    assert message in str(err.value) and err.value.field == field


def test_a_mobile_number_is_stored_formatted(store):
    org_id = new_org(store)
    with store.session() as s:
        editing.save_service(s, good_service(s, org_id, contacts=[
            ContactValues(name="Anna", phone="333.123.4567")]), today=TODAY)
    with store.read() as s:
        assert s.scalar(select(Contact.phone)) == "+39 333 123 4567"


@pytest.mark.parametrize("changes,field,message", [
    (dict(name=""), "name", "Indica il nome dell'ente."),
    (dict(kind="condominio"), "kind", "Scegli il tipo di ente."),
    (dict(tax_code="00743110158"), "tax_code", "La partita IVA o il codice fiscale «00743110158»"),
    (dict(tax_code="RSSMRA80A01H501X"), "tax_code", "Il codice fiscale «RSSMRA80A01H501X»"),
    (dict(email="info.pioppo.it"), "email", "non sembra valido"),
    (dict(website="non un sito"), "website", "non sembra un indirizzo web"),
    (dict(comune_id="x"), "comune_id", "non è nell'elenco ISTAT"),
])
def test_organisation_fields_are_checked(store, changes, field, message):
    with pytest.raises(ValidationError) as err:
        new_org(store, **changes)
    assert message in str(err.value) and err.value.field == field


def test_organisation_codes_accepted():
    assert partita_iva_ok("00743110157") and not partita_iva_ok("00743110158")


def test_organisation_saved_with_tax_code_and_site(store):
    org_id = new_org(store, tax_code="IT 00743110157")
    with store.read() as s:
        values, verified = editing.organisation_values(s, org_id)
    assert values.tax_code == "00743110157" and values.website == "https://www.pioppo.it"
    assert verified.last_verified_on == TODAY


@pytest.fixture
def two_operators(store):
    """An administrator and an educator with accounts; the educator may not
    manage the directory, the administrator may."""
    with store.session() as s:
        unit = s.scalar(select(Comune.territorial_unit_id).where(Comune.territorial_unit_id.isnot(None)))
        admin = Operator(first_name="Carla", last_name="Capo", role="coordinatrice",
                         territorial_unit_id=unit)
        educator = Operator(first_name="Elio", last_name="Educa", role="educatore",
                            territorial_unit_id=unit)
        s.add_all([admin, educator])
        s.flush()
        ids = admin.id, educator.id, unit
    accounts.create_first_administrator(store, username="capo", password="una-password-lunga",
                                        operator_id=ids[0])
    with store.session() as s:
        accounts.create_account(s, operator_id=ids[1], username="elio",
                                password="una-password-lunga", roles=["educatore"],
                                districts=[ids[2]], must_change=False)
    return ids


def test_without_manage_resources_a_write_is_refused_in_italian(store, two_operators):
    org_id = new_org(store)  # before anyone signed in: the system's own session
    accounts.sign_in(store, "elio", "una-password-lunga")
    with pytest.raises(PermissionDenied, match="non permette di gestire la mappa delle risorse"):
        with store.session() as s:
            editing.save_service(s, good_service(s, org_id), today=TODAY)
    with pytest.raises(PermissionDenied, match="gestire la mappa delle risorse"):
        with store.session() as s:
            freshness.confirm_verified(s, "organisation", org_id, store.operator_id, TODAY)
    with pytest.raises(PermissionDenied):
        with store.session() as s:
            freshness.set_stale_after_months(s, 6)
    accounts.sign_in(store, "capo", "una-password-lunga")
    with store.session() as s:
        editing.save_service(s, good_service(s, org_id), today=TODAY)
        freshness.set_stale_after_months(s, 6)


def test_confirmed_today_and_the_stale_list_under_a_threshold(store):
    org_id = new_org(store)
    with store.session() as s:
        old = editing.save_service(s, good_service(s, org_id, name="Vecchio"),
                                   today=TODAY - dt.timedelta(days=200))
        editing.save_service(s, good_service(s, org_id, name="Recente"),
                             today=TODAY - dt.timedelta(days=40))
        s.get(Organisation, org_id).last_verified_on = None
    with store.read() as s:
        assert freshness.stale_after_months(s) == 12
        entries = freshness.stale_entries(s, TODAY)
        assert [(e.kind, e.name) for e in entries] == [("organisation", "Cooperativa Sociale Il Pioppo")]
    with store.session() as s:
        freshness.set_stale_after_months(s, 6)
        with pytest.raises(ValidationError, match="da 1 a 120 mesi"):
            freshness.set_stale_after_months(s, 0)
    with store.read() as s:
        assert [e.name for e in freshness.stale_entries(s, TODAY)] == [
            "Cooperativa Sociale Il Pioppo", "Vecchio"]  # never verified first, then oldest
        assert [r.name for r in ricerca.find_services(s, stale_only=True, today=TODAY)] == ["Vecchio"]
        operator = Operator(first_name="Vera", last_name="Verdi", role="coordinatrice")
    with store.session() as s:
        s.add(operator)
        s.flush()
        freshness.confirm_verified(s, "service", old, operator.id, TODAY)
        freshness.confirm_verified(s, "organisation", org_id, operator.id, TODAY)
        with pytest.raises(ValidationError, match="non esiste più"):
            freshness.confirm_verified(s, "service", "nessuno", operator.id, TODAY)
    with store.read() as s:
        assert freshness.stale_entries(s, TODAY) == []
        assert editing.service_values(s, old)[1].verified_by == "Vera Verdi"
        assert not ricerca.find_services(s, text="Recente", today=TODAY)[0].stale


def test_retire_instead_of_delete_when_something_names_it(store):
    org_id = new_org(store)
    with store.session() as s:
        used = editing.save_service(s, good_service(s, org_id, name="Usato"), today=TODAY)
        unused = editing.save_service(s, good_service(s, org_id, name="Mai usato"), today=TODAY)
        s.add(Attivazione(service_id=used, status="richiesta"))
    with pytest.raises(ValidationError, match="non si può eliminare. Ritiralo"):
        with store.session() as s:
            editing.delete_service(s, used)
    with store.session() as s:
        editing.set_service_status(s, used, "inactive")
        editing.delete_service(s, unused)
    with store.read() as s:
        assert s.get(Service, unused) is None and s.scalar(select(Contact.id)) is not None
        assert ricerca.find_services(s, today=TODAY) == []
        retired = ricerca.find_services(s, include_inactive=True, today=TODAY)
        assert [(r.name, r.active) for r in retired] == [("Usato", False)]


def test_an_edit_is_captured_for_sync(store):
    org_id = new_org(store)
    with store.session() as s:
        service_id = editing.save_service(s, good_service(s, org_id), today=TODAY)
    with store.read() as s:
        values, _ = editing.service_values(s, service_id)
        before = s.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1))
    values.capacity = "9"
    with store.session() as s:
        editing.save_service(s, values, today=TODAY)
    with store.read() as s:
        logged = s.execute(select(ChangeLog.table_name, ChangeLog.op, ChangeLog.fields)
                           .where(ChangeLog.seq > before, ChangeLog.table_name != "audit_event")).all()
    assert [(t, op) for t, op, _ in logged] == [("service", "update")]  # nothing else rewritten
    assert json.loads(logged[0][2]) == {"capacity": 9}


def test_services_grouped_by_comune(store):
    org_id = new_org(store)
    with store.session() as s:
        editing.save_service(s, good_service(s, org_id, name="A Cremona e Sospiro", locations=[
            place(s), place(s, name="Sospiro", comune_id=comune_id(s, "Sospiro"))]), today=TODAY)
        editing.save_service(s, good_service(s, org_id, name="Senza sede", locations=[]), today=TODAY)
    with store.read() as s:
        groups = ricerca.services_by_comune(s, today=TODAY)
    assert [(g.name, [r.name for r in g.services]) for g in groups] == [
        ("Cremona", ["A Cremona e Sospiro"]), ("Sospiro", ["A Cremona e Sospiro"]),
        ("Senza sede indicata", ["Senza sede"])]


def test_the_command_line_adds_edits_verifies_and_lists(store, tmp_path, monkeypatch, capsys,
                                                        no_keyring):
    from desktop.__main__ import main
    from tests.conftest import PASSPHRASE

    org_id = new_org(store)
    store.close()
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    db = ["--db", str(tmp_path / "tessere.db")]
    assert main(["risorse", "servizio", *db, "--nome", "Orto sociale", "--ente", org_id,
                 "--asse", "socialità", "--comune", "Cremona", "--cap", "26100",
                 "--telefono", "0372 123456", "--lingue", "it,ar", "--capienza", "8"]) == 0
    assert "Servizio aggiunto" in capsys.readouterr().out
    assert main(["risorse", "servizio", *db, "--nome", "Altro", "--ente", org_id,
                 "--asse", "lavoro", "--telefono", "12"]) == 2
    assert "Il numero di telefono «12» non è valido" in capsys.readouterr().err
    main(["risorse", "elenco", *db, "--comune", "Cremona", "--json"])
    [row] = json.loads(capsys.readouterr().out)
    assert row["name"] == "Orto sociale" and row["available_places"] == 8
    assert main(["risorse", "servizio", *db, "--id", row["id"], "--capienza", "10",
                 "--stato", "non-attivo"]) == 0
    capsys.readouterr()
    main(["risorse", "elenco", *db, "--json"])
    assert json.loads(capsys.readouterr().out) == []
    main(["risorse", "mostra", *db, row["id"]])
    shown = capsys.readouterr().out
    assert "Capienza: 10" in shown and "+39 0372 123456" in shown and "Cremona (CR)" in shown
    assert main(["risorse", "soglia", *db, "1"]) == 0
    assert main(["risorse", "verifica", *db, org_id, "--ente"]) == 0
    assert "Ente confermato oggi." in capsys.readouterr().out

    # An ente from the command line, so an empty directory can be started there too.
    assert main(["risorse", "ente", *db, "--nome", "Il Sorriso", "--tipo", "associazione",
                 "--comune", "Vergato"]) == 0
    assert "Ente aggiunto" in capsys.readouterr().out
    assert main(["risorse", "ente", *db, "--nome", "Coop Y", "--tipo", "coop_b",
                 "--codice-fiscale", "12345678901"]) == 2
    assert "«12345678901» non è valido" in capsys.readouterr().err
    assert main(["risorse", "servizio", *db, "--nome", "Sportello", "--ente", "Il Sorriso",
                 "--asse", "lavoro", "--comune", "Vergato"]) == 0


def test_a_service_may_serve_every_axis(store):
    org_id = new_org(store)
    with store.session() as s:
        service_id = editing.save_service(s, good_service(s, org_id, axis="trasversale"),
                                          today=TODAY)
        assert ("trasversale", "Trasversale") in editing.editor_choices(s).catalogues["axis"]
        assert ("trasversale", "Trasversale") in ricerca.filter_choices(s)["axis"]
    with store.read() as s:
        assert s.get(Service, service_id).axis == "trasversale"
