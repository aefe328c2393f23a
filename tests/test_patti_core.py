"""The patto's core services without Qt: the lists the screens show, the editor's
writes by id (each answering with the patto as it is now) and the lifecycle
helpers that replaced the copies of the state lists."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.errors import TransitionError, ValidationError
from desktop.core.model import (
    Attivazione, Goal, Operator, Organisation, Patto, Person, ReplicaMeta, Service, Signatory,
    Support,
)
from desktop.core.patti import editing, lifecycle, lists
from desktop.core.patti.form import load_editor, new_row, signing_problems
from desktop.core.profile import DISTRICT_KEY, districts


@pytest.fixture
def world(store):
    """Two people, a case manager, a service and a signable patto in bozza."""
    with store.session() as s:
        anna = Person(first_name="Anna", last_name="Bianchi")
        ugo = Person(first_name="Ugo", last_name="Neri")
        manager = Operator(first_name="Carla", last_name="Verdi", role="assistente sociale")
        coop = Organisation(name="Cooperativa Il Ponte", kind="cooperativa_a")
        s.add_all([anna, ugo, manager, coop])
        s.flush()
        service = Service(organisation_id=coop.id, name="Gruppo appartamento", axis="abitare")
        s.add(service)
        patto = lifecycle.new_patto(s, kind="ptri_bds", title="Casa mia", beneficiaries=[anna],
                                    case_manager_id=manager.id)
        patto.goals.append(Goal(axis="abitare", title="Vivere da sola"))
        patto.signatories.append(Signatory(name="Anna Bianchi", role="beneficiario"))
        s.flush()
        patto.supports.append(Support(what="Tutor", goal_id=patto.goals[0].id,
                                      service_id=service.id))
        s.flush()
        return {"anna": anna.id, "ugo": ugo.id, "patto": patto.id, "service": service.id,
                "support": patto.supports[0].id}


def test_the_patti_page_lists_every_patto_and_searches_title_and_beneficiary(store, world):
    with store.session() as s:
        later = lifecycle.new_patto(s, kind="patto_inclusione", title="Lavoro",
                                    beneficiaries=[s.get(Person, world["ugo"])])
        later.created_at = s.get(Patto, world["patto"]).created_at + dt.timedelta(minutes=1)
    with store.read() as s:
        rows = lists.patti(s)
        assert [r.title for r in rows] == ["Lavoro", "Casa mia"]  # newest first
        casa = rows[1]
        assert (casa.beneficiaries, casa.state, casa.version, casa.case_manager) == (
            "Bianchi Anna", "Bozza", 1, "Verdi Carla")
        assert casa.kind == "PTRI con Budget di Salute"
        assert [r.title for r in lists.patti(s, "neri")] == ["Lavoro"]
        assert [r.title for r in lists.patti(s, "casa")] == ["Casa mia"]
        assert [r.title for r in lists.patti(s, "", offset=1, limit=5)] == ["Casa mia"]


def test_a_persons_patti_for_the_scheda(store, world):
    with store.read() as s:
        rows = lists.patti_of_person(s, world["anna"])
        assert [(r.title, r.state_label, r.case_manager) for r in rows] == [
            ("Casa mia", "Bozza", "Carla Verdi")]
        assert lists.patti_of_person(s, world["ugo"]) == []
        assert lists.beneficiary_name(s, world["anna"]) == "Anna Bianchi"
        assert "ptri_bds" in [k.code for k in lists.patto_kinds(s)]


def test_a_new_patto_is_refused_without_what_it_needs_and_takes_the_district(store, world):
    with store.session() as s:
        for kwargs, field in ((dict(kind="ptri_bds", title="T", person_ids=[]), "beneficiaries"),
                              (dict(kind=None, title="T", person_ids=[world["ugo"]]), "kind"),
                              (dict(kind="ptri_bds", title=" ", person_ids=[world["ugo"]]),
                               "title")):
            with pytest.raises(ValidationError) as err:
                editing.create_patto(s, **kwargs)
            assert err.value.field == field
    with store.read() as s:
        district = districts(s)[0].id
    with store.session(capture=False) as s:
        s.merge(ReplicaMeta(key=DISTRICT_KEY, value=district))
    with store.session() as s:
        patto_id = editing.create_patto(s, kind="patto_inclusione", title=" Insieme ",
                                        person_ids=[world["anna"], world["ugo"]])
    with store.read() as s:
        patto = s.get(Patto, patto_id)
        assert (patto.title, patto.state, patto.territorial_unit_id) == ("Insieme", "bozza",
                                                                         district)
        assert [b.person_id for b in patto.beneficiaries] == [world["anna"], world["ugo"]]


def test_the_editors_writes_answer_with_the_patto_as_it_is_now(store, world):
    patto_id = world["patto"]
    with store.read() as s:
        form = load_editor(s, patto_id).form
    form["strengths"] = "Cucina bene"
    with store.session() as s:
        data = editing.save_patto(s, patto_id, form)
    assert data.form["strengths"] == "Cucina bene"
    assert (data.state, data.can_sign, data.can_amend, data.read_only) == (
        "bozza", True, False, False)

    form = data.form | {"blocks": "Paura dell'autobus"}
    with store.session() as s:  # unsaved edits are saved with the signature
        data = editing.sign_patto(s, patto_id, form=form)
    assert (data.state, data.locked, data.can_sign, data.can_amend, data.read_only) == (
        "firmato", True, False, True, True)
    assert data.form["blocks"] == "Paura dell'autobus"
    assert data.actions == ("activate", "suspend", "conclude")

    with store.session() as s:
        data = editing.amend_patto(s, patto_id, "Cambia l'orario")
    assert (data.current_version, data.locked, data.in_force) == (2, False, 1)
    assert data.version_in_force.number == 1 and data.can_sign

    with store.session() as s:
        with pytest.raises(TransitionError) as err:
            editing.perform_action(s, patto_id, "resume")
    assert str(err.value) == ("«Riprendi» non si può fare su un patto «Firmato»: vale solo per "
                              "un patto «Sospeso».")
    for action in ("activate", "start_verification"):
        with store.session() as s:
            done = editing.perform_action(s, patto_id, action)
    assert done.successor_id is None and done.data.state == "in_verifica"
    with store.session() as s:
        renewed = editing.perform_action(s, patto_id, "renew")
    assert renewed.data.state == "rinnovato" and renewed.data.read_only
    assert not renewed.data.can_sign and not renewed.data.can_amend
    with store.read() as s:
        successor = s.get(Patto, renewed.successor_id)
        assert successor.state == "bozza" and [g.title for g in successor.goals] == [
            "Vivere da sola"]


def test_attivazioni_are_requested_and_moved_on_from_the_patto(store, world):
    patto_id = world["patto"]
    with store.session() as s:
        data = editing.request_attivazione(s, patto_id, world["support"])
    info = data.attivazioni[world["support"]]
    assert (info.status, info.service_name) == ("richiesta", "Gruppo appartamento")
    with store.session() as s:
        data = editing.advance_attivazione(s, patto_id, info.id, "concordata")
    assert data.attivazioni[world["support"]].status == "concordata"
    with store.read() as s:
        assert s.get(Attivazione, info.id).person_id == world["anna"]
    with store.session() as s:
        with pytest.raises(ValidationError):
            editing.advance_attivazione(s, "altro-patto", info.id, "attiva")


def test_the_lifecycle_helpers(store, world):
    with store.session() as s:
        patto = s.get(Patto, world["patto"])
        assert lifecycle.can_sign(patto) and not lifecycle.can_amend(patto)
        assert lifecycle.version_in_force(patto) is None
        lifecycle.sign(patto)
        assert lifecycle.version_in_force(patto).number == 1
        assert lifecycle.can_amend(patto) and lifecycle.is_read_only(patto)
        lifecycle.amend(patto, reason="Nuovo orario")
        for action in ("activate", "conclude"):
            lifecycle.perform(s, patto, action)
        assert lifecycle.is_closed(patto) and not lifecycle.can_sign(patto)
        with pytest.raises(TransitionError):
            lifecycle.sign(patto)  # a concluded patto is not signed any more


def test_signing_problems_of_a_typed_form():
    form = {"beneficiaries": [{"person_id": "p"}], "goals": [], "signatories": []}
    assert signing_problems(form) == ["non ci sono obiettivi", "non ci sono firmatari"]
    form |= {"goals": [new_row("goals", title="Casa")],
             "signatories": [new_row("signatories", name="Anna", role="beneficiaria")]}
    assert signing_problems(form) == []
