"""Proposing resources for a goal, on a planted case: a person living in Sospiro
with a lavoro goal in a PTRI, and services near and far, on another axis, full,
closed to her age, inactive. The ranked order and the reasons are the contract."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import patti as rules
from desktop.core.errors import ValidationError
from desktop.core.model import (
    Attivazione, Comune, Goal, Location, Organisation, Person, Service, ServiceAtLocation, Support,
)
from desktop.core.risorse import proposte

TODAY = dt.date(2026, 11, 23)
COORDINATES = {"Sospiro": (45.1067, 10.1594), "Cremona": (45.1333, 10.0244),
               "Bologna": (44.4939, 11.3428)}


def comune(s, name) -> Comune:
    return s.scalar(select(Comune).where(Comune.name == name))


@pytest.fixture
def planted(store):
    with store.session() as s:
        for name, (lat, lon) in COORDINATES.items():
            c = comune(s, name)
            c.latitude, c.longitude = lat, lon
        person = Person(first_name="Sara", last_name="Galli", birth_date=dt.date(1981, 3, 2),
                        residence_comune_id=comune(s, "Sospiro").id)
        org = Organisation(name="Cooperativa Il Ponte", kind="coop_b")
        s.add_all([person, org])
        s.flush()
        places = {}
        for name in COORDINATES:
            loc = Location(name=f"Sede di {name}", comune_id=comune(s, name).id)
            s.add(loc)
            places[name] = loc

        def service(key, where, **kw):
            kw.setdefault("axis", "lavoro")
            kw.setdefault("target_groups", ["salute_mentale"])
            kw.setdefault("capacity", 5)
            svc = Service(organisation_id=org.id, name=key, last_verified_on=TODAY, **kw)
            s.add(svc)
            s.flush()
            s.add(ServiceAtLocation(service_id=svc.id, location_id=places[where].id))
            return svc

        ids = {
            "Tirocinio a Sospiro": service("Tirocinio a Sospiro", "Sospiro"),
            "Tirocinio a Cremona": service("Tirocinio a Cremona", "Cremona", capacity=None,
                                           target_groups=["tutta_popolazione"],
                                           access_conditions=["isee"]),
            "Tirocinio a Bologna": service("Tirocinio a Bologna", "Bologna"),
            "Gruppo appartamento": service("Gruppo appartamento", "Sospiro", axis="abitare"),
            "Borsa lavoro piena": service("Borsa lavoro piena", "Sospiro", capacity=1),
            "Lavoro giovani": service("Lavoro giovani", "Sospiro", minimum_age=18, maximum_age=29),
            "Laboratorio chiuso": service("Laboratorio chiuso", "Sospiro", status="inactive"),
        }
        full = ids["Borsa lavoro piena"].id
        s.add(Attivazione(service_id=full, status="attiva"))
        for hour in (9, 10):
            s.add(Attivazione(service_id=full, status="in_attesa",
                              queued_at=dt.datetime(2026, 11, 1, hour)))
        patto = rules.new_patto(s, kind="ptri_bds", title="Ripartire", beneficiaries=[person])
        goal = Goal(axis="lavoro", title="Un tirocinio vicino a casa")
        patto.goals.append(goal)
        s.flush()
        return dict(goal=goal.id, patto=patto.id, person=person.id,
                    services={k: v.id for k, v in ids.items()})


def test_the_planted_case_ranks_and_explains(store, planted):
    with store.read() as s:
        found = proposte.propose_for_goal(s, planted["goal"], today=TODAY)
    names = [p.service.name for p in found]
    assert names == ["Tirocinio a Sospiro", "Tirocinio a Cremona", "Borsa lavoro piena",
                     "Gruppo appartamento", "Lavoro giovani", "Tirocinio a Bologna"]
    assert "Laboratorio chiuso" not in names  # inactive: never proposed
    by = {p.service.name: p for p in found}
    near = by["Tirocinio a Sospiro"]
    assert near.reasons == ("Stesso asse: Lavoro e formazione", "Nello stesso comune: Sospiro (residenza)",
                            "Per: salute mentale", "5 posti liberi")
    assert near.against == () and not near.linked
    cremona = by["Tirocinio a Cremona"]
    assert "A 11 km da Sospiro (residenza)" in cremona.reasons
    assert "Per tutta la popolazione" in cremona.reasons and "Nessun limite di posti" in cremona.reasons
    assert cremona.against == ("Richiede ISEE entro soglia",)
    assert by["Borsa lavoro piena"].against == ("Lista d'attesa: 2 persone",)
    assert by["Gruppo appartamento"].against == ("Altro asse: Abitare",)
    assert by["Lavoro giovani"].against == ("Età non ammessa: 18–29 (ha 45 anni)",)
    bologna = by["Tirocinio a Bologna"]
    assert bologna.distance_km > 100
    assert any(r.endswith("km da Sospiro (residenza): lontano") for r in bologna.against)
    assert bologna.score < by["Gruppo appartamento"].score  # far weighs more than another axis
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)
    with store.read() as s:
        assert len(proposte.propose_for_goal(s, planted["goal"], today=TODAY, limit=2)) == 2


def test_without_coordinates_the_same_district_is_said_so(store, planted):
    with store.session() as s:
        cremona = comune(s, "Cremona")
        cremona.latitude = cremona.longitude = None
    with store.read() as s:
        found = {p.service.name: p for p in proposte.propose_for_goal(s, planted["goal"],
                                                                        today=TODAY)}
    assert ("Nello stesso distretto di Sospiro (residenza); distanza non calcolata: mancano le "
            "coordinate") in found["Tirocinio a Cremona"].reasons
    assert found["Tirocinio a Cremona"].distance_km is None


def test_target_groups_are_derived_from_the_kind_and_the_age():
    assert proposte.person_groups("ptri_bds", 40) == ("salute_mentale", "dipendenze")
    assert proposte.person_groups("progetto_vita_pis", 70) == ("disabilita", "anziani")
    assert proposte.person_groups("patto_inclusione", 16) == ("poverta_vulnerabilita", "minori")
    assert proposte.person_groups("progetto_personalizzato", None) == ("poverta_vulnerabilita",)


def test_accepting_links_a_support_and_marks_it_then_refuses_twice(store, planted):
    near = planted["services"]["Tirocinio a Sospiro"]
    with store.session() as s:
        done = proposte.accept_proposal(s, planted["goal"], near, today=TODAY)
    assert (done.status, done.position) == ("richiesta", None)
    with store.read() as s:
        support = s.get(Support, done.support_id)
        assert (support.goal_id, support.service_id, support.what) == (
            planted["goal"], near, "Tirocinio a Sospiro")
        att = s.get(Attivazione, done.attivazione_id)
        assert (att.person_id, att.patto_id, att.support_id) == (
            planted["person"], planted["patto"], support.id)
        first = proposte.propose_for_goal(s, planted["goal"], today=TODAY)[0]
        assert first.linked and first.reasons[0] == "Già collegata a questo obiettivo"
    with store.session() as s:
        with pytest.raises(ValidationError, match="già collegata a questo obiettivo"):
            proposte.accept_proposal(s, planted["goal"], near, today=TODAY)


def test_accepting_a_full_service_queues_the_person(store, planted):
    with store.session() as s:
        done = proposte.accept_proposal(s, planted["goal"],
                                        planted["services"]["Borsa lavoro piena"], today=TODAY)
    assert (done.status, done.position) == ("in_attesa", 3)


def test_a_signed_patto_is_amended_before_a_resource_is_linked(store, planted):
    with store.session() as s:
        patto = rules.patto_by_ref(s, planted["patto"])
        patto.locked = True
        s.flush()
        with pytest.raises(ValidationError, match="Modifica in itinere"):
            proposte.accept_proposal(s, planted["goal"], planted["services"]["Tirocinio a Sospiro"])
        assert s.scalar(select(Support).where(Support.goal_id == planted["goal"])) is None


def test_an_unknown_goal_and_an_inactive_service_are_refused(store, planted):
    with store.session() as s:
        with pytest.raises(ValidationError, match="L'obiettivo non è più nel patto"):
            proposte.propose_for_goal(s, "nessuno")
        with pytest.raises(ValidationError, match="non è più attiva"):
            proposte.accept_proposal(s, planted["goal"], planted["services"]["Laboratorio chiuso"])
