"""Attivazioni as a workflow: every transition, the reason a refusal needs,
capacity, the waiting list, requests from the service, and what two replicas
that edited apart leave after the sync (a conflict kept, an overbooking named)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.core.errors import TransitionError, ValidationError
from desktop.core.model import Attivazione, Organisation, Person, Service
from desktop.core.risorse import attesa, attivazioni
from desktop.core.risorse.attivazioni import ATTIVAZIONE_FLOW, advance, advance_attivazione
from desktop.core.risorse.scheda import service_detail
from desktop.sync.conflicts import list_conflicts

TODAY = dt.date(2026, 11, 23)
STATUSES = list(ATTIVAZIONE_FLOW)


def make_service(s, capacity=None, name="Laboratorio di falegnameria") -> Service:
    org = Organisation(name="Cooperativa Il Ponte", kind="coop_b")
    s.add(org)
    s.flush()
    service = Service(organisation_id=org.id, name=name, axis="lavoro", capacity=capacity)
    s.add(service)
    s.flush()
    return service


def make_people(s, *names) -> list[str]:
    people = [Person(first_name=n, last_name="Rossi") for n in names]
    s.add_all(people)
    s.flush()
    return [p.id for p in people]


def test_the_catalogue_lists_in_attesa_in_the_order_of_the_flow(store):
    from desktop.core.catalogues import catalogue_choices

    with store.read() as s:
        choices = catalogue_choices(s, "attivazione_status")["attivazione_status"]
    assert [code for code, _ in choices] == STATUSES
    assert dict(choices)["in_attesa"] == "In attesa"


@pytest.mark.parametrize("source", STATUSES)
@pytest.mark.parametrize("target", STATUSES)
def test_every_transition_from_every_state(store, source, target):
    with store.session() as s:
        service = make_service(s)
        (pid,) = make_people(s, "Anna")
        att = Attivazione(service_id=service.id, person_id=pid, status=source, requested_on=TODAY)
        s.add(att)
        s.flush()
        if target not in ATTIVAZIONE_FLOW[source]:
            with pytest.raises(TransitionError) as err:
                advance(s, att, target, today=TODAY, reason="Motivo")
            assert "non può diventare" in str(err.value) and att.status == source
            return
        advance(s, att, target, today=TODAY, reason="Non più interessata")
        assert att.status == target
        stamped = {"in_attesa": att.queued_at, "concordata": att.agreed_on,
                   "attiva": att.started_on, "conclusa": att.ended_on, "rifiutata": att.ended_on}
        assert stamped[target] is not None
        if target == "rifiutata":
            assert att.refusal_reason == "Non più interessata"
        if target == "in_attesa":
            assert att.requested_on == TODAY  # the request date stays


def test_the_table_is_the_one_of_the_brief():
    assert ATTIVAZIONE_FLOW == {
        "richiesta": {"in_attesa", "concordata", "rifiutata"},
        "in_attesa": {"concordata", "rifiutata"},
        "concordata": {"attiva", "rifiutata"},
        "attiva": {"conclusa"}, "conclusa": set(), "rifiutata": set()}


def test_a_refusal_needs_a_reason_and_nothing_changes_without_it(store):
    with store.session() as s:
        service = make_service(s)
        (pid,) = make_people(s, "Anna")
        att = attivazioni.request(s, service.id, pid, today=TODAY)
        for blank in (None, "", "   "):
            with pytest.raises(ValidationError) as err:
                advance(s, att, "rifiutata", reason=blank)
            assert str(err.value) == "Indica il motivo del rifiuto." and err.value.field == "reason"
            assert att.status == "richiesta" and att.ended_on is None


def test_a_closed_attivazione_says_it_no_longer_changes(store):
    with store.session() as s:
        service = make_service(s)
        (pid,) = make_people(s, "Anna")
        att = Attivazione(service_id=service.id, person_id=pid, status="conclusa")
        s.add(att)
        with pytest.raises(TransitionError, match="è chiusa e non cambia più"):
            advance(s, att, "attiva")


def test_capacity_refuses_agreeing_without_a_free_place_and_points_to_the_queue(store):
    with store.session() as s:
        service = make_service(s, capacity=1)
        anna, bruno, carla = make_people(s, "Anna", "Bruno", "Carla")
        first = attivazioni.request(s, service.id, anna, today=TODAY)
        advance(s, first, "concordata", today=TODAY)
        second = attivazioni.request(s, service.id, bruno, today=TODAY)
        assert second.status == "in_attesa"  # full already: straight onto the list
        third = Attivazione(service_id=service.id, person_id=carla, status="richiesta")
        s.add(third)
        s.flush()
        with pytest.raises(TransitionError) as err:
            advance(s, third, "concordata")
        message = str(err.value)
        assert "non ha posti liberi (1 su 1 occupati" in message
        assert "1 persona è già in lista d'attesa" in message and "mettila in lista d'attesa" in message
        assert third.status == "richiesta" and third.agreed_on is None
        with pytest.raises(TransitionError, match="resta in lista d'attesa"):
            advance(s, second, "concordata")
        advance(s, first, "attiva", today=TODAY)  # an agreed place is already held
        advance(s, first, "conclusa", today=TODAY)
        advance(s, second, "concordata", today=TODAY)  # the freed place
        assert second.agreed_on == TODAY


def test_no_capacity_means_no_limit(store):
    with store.session() as s:
        service = make_service(s, capacity=None)
        ids = make_people(s, "Anna", "Bruno", "Carla")
        for pid in ids:
            att = attivazioni.request(s, service.id, pid, today=TODAY)
            advance(s, att, "concordata", today=TODAY)
        assert attesa.overbooked(s, service.id) is None


def test_queue_order_is_queued_at_then_id_and_positions_follow(store):
    with store.session() as s:
        service = make_service(s, capacity=0)
        ids = make_people(s, "Anna", "Bruno", "Carla", "Dario")
        at = dt.datetime(2026, 11, 1, 9)
        when = {ids[0]: at + dt.timedelta(days=2), ids[1]: at, ids[2]: at + dt.timedelta(days=2),
                ids[3]: at + dt.timedelta(days=5)}
        rows = []
        for pid in ids:
            att = Attivazione(service_id=service.id, person_id=pid, status="richiesta",
                              requested_on=dt.date(2026, 10, 1))
            s.add(att)
            s.flush()
            advance(s, att, "in_attesa", now=when[pid])
            rows.append(att)
        tied = sorted([rows[0], rows[2]], key=lambda a: a.id)
        expected = [rows[1], *tied, rows[3]]
        assert [attesa.queue_position(s, a) for a in expected] == [1, 2, 3, 4]
        view = attesa.waiting_list(s, service.id, today=dt.date(2026, 11, 11))
        assert [r.attivazione_id for r in view.rows] == [a.id for a in expected]
        assert [r.position for r in view.rows] == [1, 2, 3, 4]
        assert view.rows[0].days_waiting == 10 and view.rows[0].since_text == "dal 01/11/2026 (10 giorni)"
        assert view.rows[0].requested_on == dt.date(2026, 10, 1)
        advance(s, rows[1], "rifiutata", reason="Ha trovato un altro lavoro")
        assert attesa.queue_position(s, tied[0]) == 1 and attesa.queue_position(s, rows[1]) is None


def test_a_direct_request_to_a_full_service_goes_on_the_list_with_its_position(store):
    with store.session() as s:
        service = make_service(s, capacity=2)
        ids = make_people(s, "Anna", "Bruno", "Carla", "Dario")
        for pid in ids[:2]:
            advance(s, attivazioni.request(s, service.id, pid, today=TODAY), "concordata")
        done = attesa.request_place(s, service.id, ids[2], today=TODAY, notes="Preferisce il mattino")
        assert (done.status, done.position) == ("in_attesa", 1)
        done = attesa.request_place(s, service.id, ids[3], today=TODAY)
        assert (done.status, done.position) == ("in_attesa", 2)
        with pytest.raises(ValidationError, match="ha già un'attivazione «In attesa»"):
            attivazioni.request(s, service.id, ids[3], today=TODAY)
        detail = service_detail(s, service.id, today=TODAY)
        assert [(a.person_name, a.position) for a in detail.waiting] == [
            ("Carla Rossi", 1), ("Dario Rossi", 2)]
        assert detail.waiting[0].current and detail.overbooking is None
        free = make_service(s, capacity=3, name="Orto sociale")
        assert attesa.request_place(s, free.id, ids[3], today=TODAY).status == "richiesta"
        free.status = "inactive"
        with pytest.raises(ValidationError, match="non è attivo"):
            attivazioni.request(s, free.id, ids[0])


def test_advance_by_id_says_when_the_attivazione_is_gone(store):
    with store.session() as s:
        with pytest.raises(ValidationError, match="non esiste più"):
            advance_attivazione(s, "nessuna", "concordata")


def test_the_waiting_list_read_is_audited_for_each_person_named(store):
    from sqlalchemy import select

    from desktop.core.model import AuditEvent

    with store.session() as s:
        service = make_service(s, capacity=0)
        ids = make_people(s, "Anna", "Bruno")
        for pid in ids:
            attivazioni.request(s, service.id, pid, today=TODAY)
    with store.read() as s:
        attesa.waiting_list(s, service.id)
    with store.session(write=False, capture=False) as s:
        read = s.scalars(select(AuditEvent.person_id).where(AuditEvent.action == "read"))
        assert sorted(read) == sorted(ids)


# ------------------------------------------------------------------ two replicas
@pytest.fixture
def pair(tmp_path, no_keyring):
    from desktop.sync.targets import FolderTarget
    from tests.sync.conftest import Team

    team = Team(tmp_path)
    a, b = team.replica("a"), team.replica("b")
    root = tmp_path / "sync-root"
    root.mkdir()
    yield a, b, FolderTarget(root)
    team.close()


def _sync(pair):
    from tests.sync.conftest import sync_all

    a, b, folder = pair
    sync_all([a, b], folder)


def test_the_same_attivazione_moved_apart_on_two_replicas_keeps_a_conflict(pair):
    a, b, _ = pair
    with a.session() as s:
        service = make_service(s, capacity=3)
        (pid,) = make_people(s, "Anna")
        att_id = attivazioni.request(s, service.id, pid, today=TODAY).id
    _sync(pair)
    with a.session() as s:
        advance_attivazione(s, att_id, "concordata", today=TODAY)
    with b.session() as s:
        advance_attivazione(s, att_id, "rifiutata", reason="Posto troppo lontano", today=TODAY)
    _sync(pair)
    seen = []
    for store in (a, b):
        conflicts = [c for c in list_conflicts(store) if c.table_name == "attivazione"]
        assert [(c.row_id, c.field, c.kind) for c in conflicts] == [(att_id, "status", "modifica")]
        assert {conflicts[0].ours, conflicts[0].theirs} == {"concordata", "rifiutata"}
        assert conflicts[0].record == "Rossi Anna"  # the Sincronizzazione page names her
        with store.read() as s:
            seen.append(s.get(Attivazione, att_id).status)
    assert seen[0] == seen[1]  # both replicas hold the same winner, and the loser as a conflict


def test_the_last_place_agreed_on_two_replicas_is_an_overbooking_named_on_both(pair):
    a, b, _ = pair
    with a.session() as s:
        service = make_service(s, capacity=2)
        anna, bruno, carla = make_people(s, "Anna", "Bruno", "Carla")
        yesterday = TODAY - dt.timedelta(days=1)
        advance(s, attivazioni.request(s, service.id, anna, today=yesterday), "concordata",
                today=yesterday)
        first = attivazioni.request(s, service.id, bruno, today=TODAY)
        second = attivazioni.request(s, service.id, carla, today=TODAY)
        service_id, first_id, second_id = service.id, first.id, second.id
    _sync(pair)
    with a.session() as s:
        advance_attivazione(s, first_id, "concordata", today=TODAY)  # the last free place...
    with b.session() as s:
        advance_attivazione(s, second_id, "concordata", today=TODAY)  # ...and again, apart
    _sync(pair)
    for store in (a, b):
        with store.read() as s:
            found = attesa.overbooked(s, service_id)
            assert found is not None
            assert found.message == "Posti superati: 2 concordate per 1 posto libero"
            assert found.latest == (second_id,)  # agreed the same day, later by HLC
            assert attesa.waiting_list(s, service_id).overbooking == found
            detail = service_detail(s, service_id, today=TODAY)
            assert detail.overbooking == found
            assert [a.id for a in detail.attivazioni if a.overbooked] == [second_id]
            assert detail.service.available_places == 0  # never a negative count


def test_overbooking_names_the_agreed_on_the_later_day_first(store):
    with store.session() as s:
        service = make_service(s, capacity=1)
        anna, bruno = make_people(s, "Anna", "Bruno")
        late = Attivazione(service_id=service.id, person_id=anna, status="concordata",
                           agreed_on=TODAY)
        early = Attivazione(service_id=service.id, person_id=bruno, status="attiva",
                            agreed_on=TODAY - dt.timedelta(days=3))
        s.add_all([late, early])
        s.flush()
        found = attesa.overbooked(s, service.id)
        assert found.latest == (late.id,)
        assert found.message == "Posti superati: 2 posti occupati su 1"


# ------------------------------------------------------------------ CLI
def test_the_cli_requests_queues_lists_moves_and_proposes(tmp_path, monkeypatch, capsys, no_keyring):
    from desktop.__main__ import main
    from desktop.core import patti as rules
    from desktop.core.model import Goal
    from desktop.core.store import Store
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "cli.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store, store.session() as s:
        service = make_service(s, capacity=1)
        anna, bruno = make_people(s, "Anna", "Bruno")
        patto = rules.new_patto(s, kind="ptri_bds", title="Ripartire",
                                beneficiaries=[s.get(Person, anna)])
        patto.goals.append(Goal(axis="lavoro", title="Un lavoro"))
        service_id, patto_id = service.id, patto.id

    def run(*argv):
        code = main([*argv, "--db", str(path)])
        out = capsys.readouterr()
        return code, out.out, " ".join(out.err.split())

    code, out, _ = run("risorse", "richiedi", service_id, anna)
    assert code == 0 and "Attivazione richiesta per Anna Rossi" in out
    first = out.rsplit(": ", 1)[1].strip(" .\n")
    assert run("risorse", "avanza", first, "concordata")[0] == 0
    code, out, _ = run("risorse", "richiedi", service_id, bruno, "--note", "Solo mattino")
    assert code == 0 and "è in lista d'attesa, posizione 1" in out
    code, out, _ = run("risorse", "attesa", service_id)
    assert code == 0 and "1 posti occupati su 1" in out and "Bruno Rossi" in out
    assert "Solo mattino" in out
    code, out, _ = run("risorse", "attesa", service_id, "--json")
    listed = json.loads(out)
    assert [r["person_name"] for r in listed["waiting"]] == ["Bruno Rossi"]
    assert listed["free"] == 0 and listed["overbooking"] is None
    waiting_id = listed["waiting"][0]["attivazione_id"]
    code, _, err = run("risorse", "avanza", waiting_id, "concordata")
    assert code == 1 and "non ha posti liberi" in err  # the user must act: queue, not agree
    code, _, err = run("risorse", "avanza", waiting_id, "rifiutata")
    assert code == 2 and "Indica il motivo del rifiuto" in err
    code, out, _ = run("risorse", "avanza", waiting_id, "Rifiutata", "--motivo", "Trasferito")
    assert code == 0 and "«Rifiutata»" in out
    code, _, err = run("risorse", "avanza", waiting_id, "sospesa")
    assert code == 2 and "Stato sconosciuto: «sospesa»" in err
    code, out, _ = run("risorse", "proposte", patto_id, "--obiettivo", "1")
    assert code == 0 and "Obiettivo 1: Un lavoro" in out
    assert "+ Stesso asse: Lavoro e formazione" in out and "- Nessun posto libero" in out
    code, out, _ = run("risorse", "proposte", patto_id, "--obiettivo", "1", "--json")
    assert json.loads(out)[0]["service"]["name"] == "Laboratorio di falegnameria"
    code, _, err = run("risorse", "proposte", patto_id, "--obiettivo", "3")
    assert code == 2 and "Il patto ha un solo obiettivo: scegli 1." in err


def test_places_and_queue_count_people_the_operator_does_not_see(store):
    """An operator of one district sees only her people's attivazioni, but the
    places they hold and the queue they form are the service's: counting only
    the visible ones would offer a place a person of another district holds."""
    from sqlalchemy import select

    from desktop.core import accounts
    from desktop.core.model import Operator, TerritorialUnit
    from desktop.core.risorse import editing, ricerca

    password = "una-password-lunga"
    with store.session() as s:
        units = dict(s.execute(select(TerritorialUnit.code, TerritorialUnit.id).where(
            TerritorialUnit.code.in_(("DIST-BOLOGNA", "DIST-APPENNINO")))).all())
        mine, other = units["DIST-BOLOGNA"], units["DIST-APPENNINO"]
        admin = Operator(first_name="Ada", last_name="Capo", role="amministratore",
                         territorial_unit_id=mine)
        worker = Operator(first_name="Sara", last_name="Neri", role="assistente sociale",
                          territorial_unit_id=mine)
        s.add_all([admin, worker])
        service = make_service(s, capacity=1)
        service_id = service.id
        anna, bruno, carla = (Person(first_name=n, last_name="Rossi", home_territorial_unit_id=u)
                              for n, u in (("Anna", mine), ("Bruno", other), ("Carla", other)))
        s.add_all([anna, bruno, carla])
        s.flush()
        s.add(Attivazione(service_id=service_id, person_id=bruno.id, status="attiva",
                          requested_on=TODAY))
        s.add(Attivazione(service_id=service_id, person_id=carla.id, status="in_attesa",
                          requested_on=TODAY, queued_at=dt.datetime(2026, 11, 1, 9)))
        ids = dict(anna=anna.id, admin=admin.id, worker=worker.id)
    accounts.create_first_administrator(store, username="capo", password=password,
                                        operator_id=ids["admin"])
    with store.session() as s:
        accounts.create_account(s, operator_id=ids["worker"], username="sara", password=password,
                                roles=["assistente_sociale"], districts=[mine], must_change=False)
    accounts.sign_in(store, "sara", password)

    with store.session() as s:
        [row] = ricerca.find_services(s, today=TODAY)
        assert row.available_places == 0  # Bruno holds the only place
        done = attesa.request_place(s, service_id, ids["anna"], today=TODAY)
        assert (done.status, done.position) == ("in_attesa", 2)  # Carla waits ahead of her
        att = s.get(Attivazione, done.attivazione_id)
        with pytest.raises(TransitionError, match="non ha posti liberi"):
            advance(s, att, "concordata", today=TODAY)
    with store.read() as s:
        card = service_detail(s, service_id, today=TODAY)
        assert card.total_waiting == 2 and [a.position for a in card.waiting] == [2]
        view = attesa.waiting_list(s, service_id, today=TODAY)
        assert view.total_waiting == 2 and [r.position for r in view.rows] == [2]
        assert view.occupied == 1
        assert editing.references(s, service_id) == 3
