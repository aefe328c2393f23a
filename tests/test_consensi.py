"""Consents to share a person's data with each organisation of the network, on a
real encrypted store: what is refused, how withdrawal keeps the trail, and what
the scheda header says is missing."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from desktop.__main__ import main
from desktop.core import profile
from desktop.core.anagrafica import person_header
from desktop.core.cartella import consensi
from desktop.core.errors import ValidationError
from desktop.core.model import (
    Attivazione, Consent, Organisation, Patto, PattoBeneficiary, Person, Service, Signatory,
)
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def world(store):
    """Lucia, followed by the comune (her case manager's organisation), with a
    running patto signed by a cooperative and a service of the CSM activated."""
    with store.read() as s:
        district = profile.districts(s)[0]
    manager_id = profile.create_profile(store, first_name="Anna", last_name="Neri",
                                        role="assistente sociale",
                                        territorial_unit_id=district.id,
                                        organisation_name="Comune di Vergato")
    with store.session() as s:
        comune = s.scalar(select(Organisation).where(Organisation.name == "Comune di Vergato"))
        coop = Organisation(name="Cooperativa Il Sorriso", kind="cooperativa_sociale")
        csm = Organisation(name="CSM Porretta Terme", kind="ausl")
        s.add_all([coop, csm])
        s.flush()
        person = Person(first_name="Lucia", last_name="Ferri", codice_fiscale_missing_reason="x",
                        case_manager_id=manager_id)
        s.add(person)
        patto = Patto(kind="budget_salute", title="Abitare autonomo", state="attivo")
        s.add(patto)
        s.flush()
        s.add(PattoBeneficiary(patto_id=patto.id, person_id=person.id))
        s.add(Signatory(patto_id=patto.id, name="Anna Neri", role="case manager",
                        organisation_id=comune.id, operator_id=manager_id))
        s.add(Signatory(patto_id=patto.id, name="Marco Bassi", role="educatore",
                        organisation_id=coop.id))
        service = Service(organisation_id=csm.id, name="Gruppo di auto mutuo aiuto",
                          axis="socialita", status="active")
        s.add(service)
        s.flush()
        s.add(Attivazione(service_id=service.id, person_id=person.id, status="attiva"))
        return {"person": person.id, "coop": coop.id, "csm": csm.id, "comune": comune.id}


def refused(fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        fn(*args, **kwargs)
    return err.value


def test_gaps_name_what_the_file_lacks_but_not_the_holder_of_the_cartella(store, world):
    with store.read() as s:
        gaps = consensi.privacy_gaps(s, world["person"])
    assert gaps == ["Informativa privacy non registrata", "Consenso al trattamento non registrato",
                    "Manca il consenso alla condivisione con CSM Porretta Terme",
                    "Manca il consenso alla condivisione con Cooperativa Il Sorriso"]
    with store.session() as s:
        person = s.get(Person, world["person"])
        person.privacy_notice_on = person.consent_given_on = dt.date(2026, 10, 1)
        consensi.give_consent(s, person.id, consensi.ConsentFields(world["coop"], dt.date(2026, 10, 1)),
                              today=TODAY)
        consensi.give_consent(s, person.id, consensi.ConsentFields(world["csm"], dt.date(2026, 10, 2),
                                                                  given_by="Carla Ferri (tutrice)"),
                              today=TODAY)
    with store.read() as s:
        assert consensi.privacy_gaps(s, world["person"]) == []
        assert person_header(s, world["person"]).privacy_gaps == ()


def test_refusals_name_the_field_and_change_nothing(store, world):
    person = world["person"]
    with store.session() as s:
        fields = consensi.ConsentFields
        assert refused(consensi.give_consent, s, person, fields("", TODAY), today=TODAY).field \
            == "organisation_id"
        assert "futuro" in str(refused(consensi.give_consent, s, person,
                                       fields(world["coop"], TODAY + dt.timedelta(days=1)),
                                       today=TODAY))
        assert refused(consensi.give_consent, s, person, fields(world["coop"], TODAY, given_by=" "),
                       today=TODAY).field == "given_by"
        first = consensi.give_consent(s, person, fields(world["coop"], TODAY), today=TODAY)
        twin = refused(consensi.give_consent, s, person, fields(world["coop"], TODAY), today=TODAY)
        assert "già un consenso in vigore" in str(twin)
        assert s.scalar(select(func.count()).select_from(Consent)) == 1
        assert "precedere" in str(refused(consensi.withdraw_consent, s, first,
                                          TODAY - dt.timedelta(days=3), today=TODAY))


def test_a_withdrawal_keeps_the_trail_and_a_new_consent_may_follow(store, world):
    person = world["person"]
    with store.session() as s:
        first = consensi.give_consent(s, person, consensi.ConsentFields(world["coop"], dt.date(2026, 1, 5)),
                                      today=TODAY)
        consensi.withdraw_consent(s, first, dt.date(2026, 6, 1), "  revoca scritta ", today=TODAY)
        assert "già stato revocato" in str(refused(consensi.withdraw_consent, s, first, today=TODAY))
        assert "revocato non si modifica" in str(refused(
            consensi.give_consent, s, person, consensi.ConsentFields(world["coop"], TODAY), first,
            today=TODAY))
        again = consensi.give_consent(s, person, consensi.ConsentFields(world["coop"], TODAY),
                                      today=TODAY)
    with store.read() as s:
        rows = consensi.list_consents(s, person)
    assert [r.id for r in rows] == [again, first]  # in force first
    assert rows[1].withdrawal_reason == "revoca scritta" and not rows[1].in_force


def test_the_command_line_registers_lists_and_withdraws(store, world, capsys, monkeypatch):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    store_path = str(store.path)
    store.close()
    db = ["--db", store_path]
    assert main(["consenso", "registra", world["person"], "--ente", "sorriso",
                 "--dal", "2026-11-02", *db]) == 0
    assert main(["consenso", "registra", world["person"], "--ente", "Nessuno", *db]) == 2
    capsys.readouterr()
    assert main(["consenso", "elenco", world["person"], "--json", *db]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["organisation"] for c in listed["consents"]] == ["Cooperativa Il Sorriso"]
    assert "Manca il consenso alla condivisione con CSM Porretta Terme" in listed["missing"]
    assert main(["consenso", "revoca", listed["consents"][0]["id"], "--motivo", "a voce", *db]) == 0
    assert main(["consenso", "elenco", world["person"], *db]) == 0
    assert "revocato il" in capsys.readouterr().out
