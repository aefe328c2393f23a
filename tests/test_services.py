"""Headless services the screens stand on: anagrafica, agenda, resource map."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import agenda, anagrafica
from desktop.core.risorse import attivazioni, ricerca
from desktop.core.errors import TransitionError, ValidationError
from desktop.core.model import (
    Attivazione, Comune, Deadline, DiaryEntry, Goal, Location, Organisation, Person, Service,
    ServiceAtLocation, Signatory, Support, Verification,
)
from desktop.core import patti as rules
from desktop.core.rules.codice_fiscale import compute

TODAY = dt.date(2026, 11, 23)


def comune(s, name):
    return s.scalar(select(Comune).where(Comune.name == name))


def test_save_person_validates_and_explains(store):
    with store.session() as s:
        cremona = comune(s, "Cremona")
        code = compute(first_name="Giulia", last_name="Ferri", sex="F",
                       birth_date=dt.date(1975, 7, 9), birthplace="Cremona")
        base = dict(first_name="Giulia", last_name="Ferri", sex="F",
                    birth_date=dt.date(1975, 7, 9), birth_comune_id=cremona.id)
        result = anagrafica.save_person(s, dict(base, codice_fiscale=code.lower()), today=TODAY)
        assert result.warnings == [] and result.person.codice_fiscale == code

        with pytest.raises(ValidationError) as err:
            anagrafica.save_person(s, dict(base, codice_fiscale=code), today=TODAY)
        assert "Esiste già" in str(err.value)

        other = anagrafica.save_person(
            s, dict(base, first_name="Marta", birth_date=dt.date(1975, 7, 10),
                    codice_fiscale=compute(first_name="Marta", last_name="Ferri", sex="F",
                                           birth_date=dt.date(1975, 7, 9), birthplace="Cremona")),
            today=TODAY)
        assert len(other.warnings) == 1 and "10 luglio 1975" in other.warnings[0]

        with pytest.raises(ValidationError) as err:
            anagrafica.save_person(s, dict(base, codice_fiscale=None), today=TODAY)
        assert err.value.field == "codice_fiscale" and "perché manca" in str(err.value)
        ok = anagrafica.save_person(
            s, dict(base, first_name="Amina", codice_fiscale=None,
                    codice_fiscale_missing_reason="In attesa di permesso di soggiorno"), today=TODAY)
        assert ok.person.codice_fiscale is None

        for bad, field in [(dict(base, birth_date=dt.date(2030, 1, 1)), "birth_date"),
                           (dict(base, first_name="  "), "first_name"),
                           (dict(base, codice_fiscale="ABC"), "codice_fiscale")]:
            with pytest.raises(ValidationError) as err:
                anagrafica.save_person(s, bad, today=TODAY)
            assert err.value.field == field


def test_foreign_birth_country_is_cross_checked(store):
    with store.session() as s:
        code = compute(first_name="Ștefan", last_name="Țurcanu", sex="M",
                       birth_date=dt.date(1990, 5, 3), birthplace="Romania")
        result = anagrafica.save_person(s, dict(
            first_name="Ștefan", last_name="Țurcanu", sex="M", birth_date=dt.date(1990, 5, 3),
            birth_country="Albania", codice_fiscale=code), today=TODAY)
        assert len(result.warnings) == 1 and "Albania" in result.warnings[0]


def test_parse_date_messages():
    assert anagrafica.parse_date("09/07/1975") == dt.date(1975, 7, 9)
    with pytest.raises(ValidationError) as err:
        anagrafica.parse_date("31/02/2020")  # the right shape, a day that does not exist
    assert str(err.value) == "Il giorno 31/02/2020 non esiste nel calendario."
    with pytest.raises(ValidationError) as err:
        anagrafica.parse_date("febbraio 2020")
    assert "gg/mm/aaaa" in str(err.value)


def make_world(store):
    with store.session() as s:
        person = Person(first_name="Nicolò", last_name="Bianchi", codice_fiscale_missing_reason="x")
        s.add(person)
        org = Organisation(name="Cooperativa Sociale Il Pioppo", kind="coop_b")
        s.add(org)
        s.flush()
        service = Service(organisation_id=org.id, name="Tirocini in serra", axis="lavoro",
                          target_groups=["salute_mentale"], capacity=6,
                          last_verified_on=dt.date(2024, 1, 10))
        full = Service(organisation_id=org.id, name="Gruppo appartamento", axis="abitare",
                       capacity=4, last_verified_on=dt.date(2026, 9, 1))
        s.add_all([service, full])
        s.flush()
        s.add_all(Attivazione(service_id=full.id, status="attiva") for _ in range(4))
        location = Location(name="Sede", comune_id=comune(s, "Sospiro").id)
        s.add(location)
        s.flush()
        s.add(ServiceAtLocation(service_id=service.id, location_id=location.id))
        patto = rules.new_patto(s, kind="ptri_bds", title="Ripartire", beneficiaries=[person])
        goal = Goal(axis="lavoro", title="Tirocinio")
        patto.goals.append(goal)
        patto.signatories.append(Signatory(name="Nicolò Bianchi", role="Beneficiario"))
        patto.verifications.append(Verification(scheduled_on=TODAY - dt.timedelta(days=3)))
        patto.verifications.append(Verification(scheduled_on=TODAY + dt.timedelta(days=2)))
        support = Support(what="Tirocinio in serra", goal=goal)
        patto.supports.append(support)
        s.flush()
        att = attivazioni.link_support(s, support, service, person_id=person.id,
                                   intermediary_id=None, today=TODAY)
        rules.sign(patto, signed_on=TODAY)
        s.add(Deadline(person_id=person.id, kind="transizione_eta_65", due_on=TODAY + dt.timedelta(days=1),
                       description="Compie 65 anni"))
        s.add(DiaryEntry(person_id=person.id, entry_type="visita_domiciliare", status="pianificata",
                         occurred_at=dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(10)),
                         place="Sospiro, via Roma 3"))
        return person.id, service.id, att.id


def test_agenda_week_with_overdue(store):
    make_world(store)
    start, end = agenda.week_of(TODAY)
    with store.read() as s:
        items = agenda.agenda_items(s, start, end, today=TODAY)
    kinds = [(i.kind, i.overdue) for i in items]
    assert ("verifica", True) in kinds and ("verifica", False) in kinds
    assert ("scadenza", False) in kinds and ("visita", False) in kinds
    assert items == sorted(items, key=lambda i: (i.day, i.time or dt.time.min, i.person_name))


def test_services_filters_and_attivazione_flow(store):
    person_id, service_id, att_id = make_world(store)
    with store.read() as s:
        assert [r.name for r in ricerca.find_services(s, axis="lavoro", today=TODAY)] == ["Tirocini in serra"]
        assert [r.name for r in ricerca.find_services(s, available_only=True, today=TODAY)] == ["Tirocini in serra"]
        row = ricerca.find_services(s, text="serra", today=TODAY)[0]
        assert row.stale and row.comuni == "Sospiro"
        sospiro = comune(s, "Sospiro").id
        assert len(ricerca.find_services(s, comune_id=sospiro, today=TODAY)) == 1
        assert ricerca.find_services(s, target_group="dipendenze", today=TODAY) == []
    from desktop.core.model import Attivazione
    with store.session() as s:
        att = s.get(Attivazione, att_id)
        assert att.status == "richiesta" and att.person_id == person_id
        with pytest.raises(TransitionError):
            attivazioni.advance(s, att, "conclusa")
        attivazioni.advance(s, att, "concordata", today=TODAY)
        attivazioni.advance(s, att, "attiva", today=TODAY)
        assert att.started_on == TODAY


def test_person_header(store):
    person_id, _, _ = make_world(store)
    with store.read() as s:
        header = anagrafica.person_header(s, person_id, today=TODAY)
    assert header.full_name == "Nicolò Bianchi" and header.active_patto_state == "firmato"
