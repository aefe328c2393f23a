"""The presa in carico lifecycle on a real encrypted database: every action from
every phase (allowed or refused), the dates each transition accepts, waiting
times, several episodes over time, access (scoping and the write permission),
and ``tessere presa-in-carico`` end to end."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.__main__ import main
from desktop.core.access import PermissionDenied
from desktop.core.cartella import presa_in_carico as pic
from desktop.core.errors import TransitionError, ValidationError
from desktop.core.model import CaseEpisode, Person
from desktop.core.model.cartella import CASE_PHASES
from desktop.core.rules import codice_fiscale as cf
from desktop.core.store import Store
from tests.conftest import PASSPHRASE
from tests.test_access import open_as  # noqa: F401 - the fixture, for the access test

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=60)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One database for the many small cases: each plants its own person."""
    with Store.open(tmp_path_factory.mktemp("pic") / "pic.db", passphrase=PASSPHRASE,
                    create=True) as store:
        yield store


def new_person(store, name: str = "Rossi") -> str:
    with store.session() as s:
        person = Person(first_name="Maria", last_name=name, sex="F",
                        birth_date=dt.date(1970, 5, 1))
        s.add(person)
    return person.id


def plant(store, phase: str) -> str:
    """An episode in ``phase``, having passed through each earlier phase a day apart."""
    person_id = new_person(store)
    upto = CASE_PHASES.index(phase)
    dates = {f"{p}_on": START + dt.timedelta(days=i) for i, p in enumerate(CASE_PHASES[:upto + 1])}
    with store.session() as s:
        episode = CaseEpisode(person_id=person_id, origin="scuola", phase=phase,
                              closure_reason="Obiettivi raggiunti" if phase == "chiusura" else None,
                              **dates)
        s.add(episode)
    return episode.id


def episode(store, episode_id: str) -> CaseEpisode:
    with store.read() as s:
        return s.get(CaseEpisode, episode_id)


def rows_of(store, person_id: str) -> list[pic.EpisodeRow]:
    with store.read() as s:
        return pic.list_episodes(s, person_id)


# ------------------------------------------------------------------ transitions
@pytest.mark.parametrize("phase", CASE_PHASES)
@pytest.mark.parametrize("action", list(pic.ACTIONS))
def test_every_action_from_every_phase(shared, action, phase):
    episode_id = plant(shared, phase)
    before = episode(shared, episode_id)
    chosen = pic.ACTIONS[action]
    if phase in chosen.sources:
        with shared.session() as s:
            pic.perform(s, episode_id, action, reason="Trasferimento")
        after = episode(shared, episode_id)
        assert after.phase == chosen.target
        kept = getattr(before, f"{chosen.target}_on")
        assert getattr(after, f"{chosen.target}_on") == (kept or TODAY)  # a re-entry keeps it
        assert after.is_open == (chosen.target != "chiusura")
    else:
        with pytest.raises(TransitionError) as refused, shared.session() as s:
            pic.perform(s, episode_id, action, reason="Trasferimento")
        message = str(refused.value)
        assert f"«{chosen.label}» non si può fare" in message
        if phase == "chiusura":
            assert "la presa in carico è chiusa" in message
        else:
            assert f"fase «{pic.PHASE_LABELS[phase]}»" in message
            assert "Ora puoi:" in message and "«Chiudi»" in message
        assert episode(shared, episode_id).phase == phase


def test_the_table_covers_every_open_phase_and_closure_from_each():
    targets = {a.target for a in pic.ACTIONS.values()}
    assert targets == set(CASE_PHASES) - {"segnalazione"}
    for phase in CASE_PHASES[:-1]:
        assert "chiudi" in pic.available_actions(phase)
    assert pic.available_actions("chiusura") == []
    assert pic.available_actions("verifica") == ["riprogetta", "prosegui", "chiudi"]


def test_the_phase_labels_are_the_seeded_catalogue(shared):
    from desktop.core.catalogues import catalogue_choices

    with shared.read() as s:
        seeded = catalogue_choices(s, "case_phase")["case_phase"]
    assert seeded == list(pic.PHASE_LABELS.items())


def test_dates_in_the_future_or_before_the_last_are_refused(shared):
    episode_id = plant(shared, "valutazione")  # valutazione on START + 2 days
    last = START + dt.timedelta(days=2)
    with pytest.raises(ValidationError, match="nel futuro") as future, shared.session() as s:
        pic.perform(s, episode_id, "progetta", on=TODAY + dt.timedelta(days=1))
    assert future.value.field == "on"
    with pytest.raises(ValidationError, match=last.strftime("%d/%m/%Y")), shared.session() as s:
        pic.perform(s, episode_id, "progetta", on=last - dt.timedelta(days=1))
    assert episode(shared, episode_id).phase == "valutazione"
    with shared.session() as s:  # the same day as the last is fine
        pic.perform(s, episode_id, "progetta", on=last)
    assert episode(shared, episode_id).progettazione_on == last


def test_closing_needs_a_reason_and_keeps_it(shared):
    episode_id = plant(shared, "monitoraggio")
    for reason in (None, "   "):
        with pytest.raises(ValidationError, match="motivo della chiusura"), shared.session() as s:
            pic.perform(s, episode_id, "chiudi", reason=reason)
    assert episode(shared, episode_id).is_open
    with shared.session() as s:
        pic.perform(s, episode_id, "chiudi", reason="  Obiettivi raggiunti ")
    closed = episode(shared, episode_id)
    assert (closed.phase, closed.chiusura_on, closed.closure_reason) == (
        "chiusura", TODAY, "Obiettivi raggiunti")


def test_waiting_times_and_the_track(shared):
    person_id = new_person(shared, "Attesa")
    reported = TODAY - dt.timedelta(days=41)
    with shared.session() as s:
        episode_id = pic.open_episode(s, person_id, pic.EpisodeFields(
            origin="caf", segnalazione_on=reported, referred_by=" CAF di Vergato "))
    [row] = rows_of(shared, person_id)
    assert (row.wait_days, row.still_waiting, row.wait_text) == (41, True,
                                                                 "In attesa da 41 giorni")
    assert (row.referred_by, row.phase_label) == ("CAF di Vergato", "Segnalazione / accesso")
    assert [name for name, _ in row.actions] == ["orienta", "prendi_in_carico", "chiudi"]
    with shared.session() as s:
        pic.perform(s, episode_id, "prendi_in_carico", on=reported + dt.timedelta(days=23))
        pic.perform(s, episode_id, "progetta", on=reported + dt.timedelta(days=30))
        pic.perform(s, episode_id, "eroga", on=reported + dt.timedelta(days=40))
    [row] = rows_of(shared, person_id)
    assert (row.wait_days, row.still_waiting, row.delivery_days) == (23, False, 10)
    assert row.wait_text == "Presa in carico dopo 23 giorni dalla segnalazione"
    assert [(s.phase, s.state) for s in row.steps] == [
        ("segnalazione", "done"), ("orientamento", "skipped"), ("valutazione", "done"),
        ("progettazione", "done"), ("attivazione", "current"), ("monitoraggio", "to_come"),
        ("verifica", "to_come"), ("chiusura", "to_come")]
    assert row.steps[4].label == "Erogazione" and row.steps[4].on == reported + dt.timedelta(40)


def test_a_replanning_keeps_the_first_dates(shared):
    episode_id = plant(shared, "verifica")
    first = episode(shared, episode_id)
    with shared.session() as s:
        pic.perform(s, episode_id, "riprogetta")
        pic.perform(s, episode_id, "eroga")
    again = episode(shared, episode_id)
    assert again.phase == "attivazione"
    assert (again.progettazione_on, again.attivazione_on) == (first.progettazione_on,
                                                              first.attivazione_on)


def test_episodes_over_time_one_open_at_a_time(shared):
    person_id = new_person(shared, "Ritorno")
    first_day = TODAY - dt.timedelta(days=300)
    with shared.session() as s:
        first = pic.open_episode(s, person_id, pic.EpisodeFields(origin="scuola",
                                                                 segnalazione_on=first_day))
    with pytest.raises(TransitionError, match="ha già una presa in carico aperta"), \
            shared.session() as s:
        pic.open_episode(s, person_id, pic.EpisodeFields(origin="caf"))
    with shared.session() as s:
        pic.perform(s, first, "chiudi", on=first_day + dt.timedelta(days=100),
                    reason="Orientata verso un altro servizio")
    with pytest.raises(ValidationError, match="chiusura della presa in carico precedente"), \
            shared.session() as s:
        pic.open_episode(s, person_id, pic.EpisodeFields(
            origin="caf", segnalazione_on=first_day + dt.timedelta(days=50)))
    with shared.session() as s:
        second = pic.open_episode(s, person_id, pic.EpisodeFields(origin="caf"))
    rows = rows_of(shared, person_id)
    assert [r.id for r in rows] == [second, first]  # the open one first
    assert rows[1].wait_text == "Chiusa senza presa in carico"
    assert rows[1].closure_reason == "Orientata verso un altro servizio"


def test_bad_fields_and_a_removed_episode(shared):
    person_id = new_person(shared, "Campi")
    for fields, field in ((pic.EpisodeFields(origin=""), "origin"),
                          (pic.EpisodeFields(origin="nessuna"), "origin"),
                          (pic.EpisodeFields(origin="caf", segnalazione_on=TODAY + dt.timedelta(1)),
                           "segnalazione_on")):
        with pytest.raises(ValidationError) as refused, shared.session() as s:
            pic.open_episode(s, person_id, fields)
        assert refused.value.field == field
    episode_id = plant(shared, "progettazione")
    with shared.session() as s:
        pic.edit_episode(s, episode_id, pic.EpisodeFields(origin="csm", referred_by="Dr. Neri",
                                                          notes="Nota"))
    assert (episode(shared, episode_id).origin, episode(shared, episode_id).referred_by) == (
        "csm", "Dr. Neri")
    with pytest.raises(ValidationError, match="non può seguire"), shared.session() as s:
        pic.edit_episode(s, episode_id, pic.EpisodeFields(origin="csm", segnalazione_on=TODAY))
    with shared.session() as s:
        s.delete(s.get(CaseEpisode, episode_id))
    for attempt in (lambda s: pic.perform(s, episode_id, "eroga"),
                    lambda s: pic.edit_episode(s, episode_id, pic.EpisodeFields(origin="csm"))):
        with pytest.raises(ValidationError, match="eliminata da un collega"), \
                shared.session() as s:
            attempt(s)


# ------------------------------------------------------------------ CLI
@pytest.fixture
def db(tmp_path, monkeypatch, no_keyring):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "cli.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store, store.session() as s:
        born = dt.date(1985, 2, 3)
        s.add(Person(first_name="Giulia", last_name="Bassi", sex="F", birth_date=born,
                     codice_fiscale=cf.compute(first_name="Giulia", last_name="Bassi", sex="F",
                                               birth_date=born, birthplace="Roma")))
    return path


def test_the_cli_opens_advances_lists_and_closes(db, capsys):
    def tessere(*argv):
        code = main([*argv, "--db", str(db)])
        out = capsys.readouterr()
        return code, out.out, " ".join(out.err.split())

    with Store.open(db, passphrase=PASSPHRASE) as store, store.read() as s:
        code = s.query(Person).one().codice_fiscale
    reported = TODAY - dt.timedelta(days=30)
    status, out, _ = tessere("presa-in-carico", "apri", code, "--origine", "scuola",
                             "--inviata-da", "Istituto comprensivo di Vergato",
                             "--data", reported.isoformat())
    assert status == 0 and "aperta per Giulia Bassi" in out
    status, _, err = tessere("presa-in-carico", "apri", code, "--origine", "caf")
    assert status == 1 and "ha già una presa in carico aperta" in err
    status, out, _ = tessere("presa-in-carico", "avanza", code, "Prendi in carico",
                             "--data", (reported + dt.timedelta(days=12)).isoformat())
    assert status == 0 and "ora in fase «Valutazione»" in out
    status, _, err = tessere("presa-in-carico", "avanza", code, "eroga")
    assert status == 1 and "vale solo in fase «Progettazione»" in err
    status, _, err = tessere("presa-in-carico", "avanza", code, "progetta", "--data", "ieri")
    assert status == 2 and "non è una data valida" in err
    status, out, _ = tessere("presa-in-carico", "elenco", code)
    assert status == 0
    assert "Presa in carico dopo 12 giorni dalla segnalazione." in out
    assert "Scuola (Istituto comprensivo di Vergato)" in out
    assert "▶ Valutazione" in out and reported.strftime("%d/%m/%Y") in out
    status, out, _ = tessere("presa-in-carico", "chiudi", code, "--motivo", "Trasferimento")
    assert status == 0 and "«Chiusura»" in out
    status, out, _ = tessere("presa-in-carico", "elenco", code, "--json")
    [row] = json.loads(out)
    assert (row["phase"], row["open"], row["wait_days"], row["closure_reason"]) == (
        "chiusura", False, 12, "Trasferimento")
    assert row["phases"]["valutazione"] == (reported + dt.timedelta(days=12)).isoformat()
    assert row["actions"] == []


# ------------------------------------------------------------------ access
def test_an_episode_out_of_reach_is_not_found_and_a_reader_cannot_move_one(open_as):
    with open_as(None).read() as s:
        everyone = dict(s.execute(select(CaseEpisode.id, CaseEpisode.phase)
                                  .where(CaseEpisode.chiusura_on.is_(None))).all())
    social_worker = open_as("assistente")
    with social_worker.read() as s:
        visible = set(s.scalars(select(CaseEpisode.id).where(CaseEpisode.chiusura_on.is_(None))))
    hidden = sorted(set(everyone) - visible)[0]
    with pytest.raises(ValidationError, match="non esiste più"), social_worker.session() as s:
        pic.perform(s, hidden, "chiudi", reason="Trasferimento")
    mine = sorted(visible)[0]
    with social_worker.session() as s:
        pic.perform(s, mine, "chiudi", reason="Trasferimento")
    coordinator = open_as("coordinatore")  # reads, does not write
    with coordinator.read() as s:
        theirs = sorted(s.scalars(select(CaseEpisode.id)
                                  .where(CaseEpisode.chiusura_on.is_(None))))[0]
    with pytest.raises(PermissionDenied, match="non permette di scrivere"), \
            coordinator.session() as s:
        pic.perform(s, theirs, "chiudi", reason="Trasferimento")
    with open_as(None).read() as s:
        assert s.get(CaseEpisode, hidden).is_open and s.get(CaseEpisode, theirs).is_open
        assert not s.get(CaseEpisode, mine).is_open


def test_two_laptops_that_each_opened_one_offline_are_told_after_the_sync(no_keyring, tmp_path):
    """One open at a time holds on each laptop; two laptops offline may still each
    open one for the same person. After the sync both show and both say so, and
    closing the one too many puts things right everywhere."""
    from desktop.sync.targets import FolderTarget
    from tests.sync.conftest import Team, sync_all

    team = Team(tmp_path)
    try:
        a, b = team.replica("a"), team.replica("b")
        (tmp_path / "root").mkdir()
        folder = FolderTarget(tmp_path / "root")
        with a.session() as s:
            person = Person(first_name="Rosa", last_name="Neri")
            s.add(person)
        sync_all([a, b], folder)
        for store in (a, b):
            with store.session() as s:
                pic.open_episode(s, person.id, pic.EpisodeFields(origin="scuola"))
        sync_all([a, b], folder)
        with b.read() as s:
            rows = pic.list_episodes(s, person.id)
        assert len(rows) == 2 and all(r.is_open and r.twin_open for r in rows)
        with b.session() as s:
            pic.perform(s, rows[1].id, "chiudi", reason="registrata due volte")
        sync_all([a, b], folder)
        with a.read() as s:
            kept, closed = pic.list_episodes(s, person.id)
        assert kept.is_open and not kept.twin_open and not closed.is_open
        assert closed.closure_reason == "registrata due volte"
    finally:
        team.close()
