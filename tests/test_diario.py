"""The diario's services, headless: writing, closing, correcting, the presa in
carico an entry belongs to, planned visits, and the timeline with its filter and pages."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.cartella import diario
from desktop.core.cartella.diario import EntryFields
from desktop.core.errors import FrozenRecordError, TransitionError, ValidationError
from desktop.core.model import CaseEpisode, DiaryEntry, Operator, Organisation, Person

PAST = dt.datetime(2026, 11, 20, 10, 0)


@pytest.fixture
def people(store):
    """A person with a closed and an open presa in carico, an operator of an organisation."""
    with store.session() as s:
        org = Organisation(name="ASP Città di Bologna", kind="asp")
        s.add(org)
        s.flush()
        operator = Operator(first_name="Chiara", last_name="Neri", role="assistente sociale",
                            organisation_id=org.id)
        person = Person(first_name="Nicolò", last_name="Bianchi")
        s.add_all([operator, person])
        s.flush()
        s.add(CaseEpisode(person_id=person.id, origin="servizio_sociale",
                          chiusura_on=dt.date(2024, 1, 10)))
        episode = CaseEpisode(person_id=person.id, origin="csm")
        s.add(episode)
        s.flush()
        return {"person": person.id, "operator": operator.id, "org": org.id,
                "episode": episode.id}


def fields(**changes) -> EntryFields:
    base = dict(entry_type="colloquio", occurred_at=PAST, text="Colloquio in sede.")
    return EntryFields(**{**base, **changes})


def test_a_new_entry_joins_the_open_presa_in_carico_and_is_signed(store, people):
    with store.session() as s:
        entry_id = diario.add_entry(s, people["person"], fields(place="  Sede  "),
                                    author_id=people["operator"])
    with store.read() as s:
        entry = s.get(DiaryEntry, entry_id)
        assert entry.case_episode_id == people["episode"]
        assert (entry.status, entry.author_id, entry.place) == ("bozza", people["operator"], "Sede")
        assert diario.case_episode_for(s, people["person"]) == people["episode"]


def test_only_a_home_visit_may_be_planned_in_the_future(store, people):
    future = dt.datetime.now() + dt.timedelta(days=3)
    with pytest.raises(ValidationError) as refused, store.session() as s:
        diario.add_entry(s, people["person"], fields(occurred_at=future), author_id=None)
    assert refused.value.field == "occurred_at" and "visita domiciliare" in str(refused.value)
    with store.session() as s:
        visit = diario.add_entry(s, people["person"],
                                 fields(entry_type="visita_domiciliare", occurred_at=future),
                                 author_id=None)
    with store.read() as s:
        assert s.get(DiaryEntry, visit).status == "pianificata"
    with pytest.raises(TransitionError) as refused, store.session() as s:
        diario.close_entry(s, visit)  # carried out first, then closed
    assert "dopo averla svolta" in str(refused.value)
    with store.session() as s:  # done: its date moves to the past, it becomes a bozza
        diario.edit_entry(s, visit, fields(entry_type="visita_domiciliare", text="Svolta."))
        diario.close_entry(s, visit)
    with store.read() as s:
        assert s.get(DiaryEntry, visit).status == "chiusa"


def test_closing_freezes_and_a_correction_points_to_the_original(store, people):
    with store.session() as s:
        entry_id = diario.add_entry(s, people["person"], fields(), author_id=None)
        diario.close_entry(s, entry_id)
    with pytest.raises(TransitionError), store.session() as s:
        diario.close_entry(s, entry_id)
    with pytest.raises(TransitionError), store.session() as s:
        diario.edit_entry(s, entry_id, fields(text="Riscritto"))
    with pytest.raises(FrozenRecordError):
        with store.session() as s:
            s.get(DiaryEntry, entry_id).text = "Riscritto"
    with pytest.raises(ValidationError) as same, store.session() as s:
        diario.correct_entry(s, entry_id, text=" Colloquio in sede. ", author_id=None)
    assert "uguale alla voce che corregge" in str(same.value)
    with store.session() as s:
        fix = diario.correct_entry(s, entry_id, text="Il colloquio era a domicilio.",
                                   author_id=people["operator"], occurred_at=PAST)
    with pytest.raises(TransitionError), store.session() as s:
        diario.correct_entry(s, fix, text="Una correzione di una bozza", author_id=None)
    with store.read() as s:
        rows = diario.timeline(s, people["person"])
    by_id = {r.id: r for r in rows}
    assert by_id[fix].corrects_id == entry_id and by_id[fix].status == "bozza"
    assert by_id[entry_id].corrected_by_id == fix and by_id[entry_id].closed
    assert by_id[fix].closable and not by_id[entry_id].closable
    assert by_id[fix].author == "Chiara Neri"


def test_what_cannot_be_stored_is_refused_in_italian(store, people):
    with store.session() as s:
        for wrong, field in ((fields(text="   "), "text"),
                             (fields(text="a" * (diario.MAX_TEXT_CHARS + 1)), "text"),
                             (fields(entry_type="pettegolezzo"), "entry_type"),
                             (fields(confidentiality="segretissimo"), "confidentiality"),
                             (fields(organisation_id="nessuno"), "organisation_id")):
            with pytest.raises(ValidationError) as refused:
                diario.add_entry(s, people["person"], wrong, author_id=None)
            assert refused.value.field == field
        with pytest.raises(ValidationError, match="non esiste più"):
            diario.add_entry(s, "nessuno", fields(), author_id=None)
        with pytest.raises(ValidationError, match="non esiste più"):
            diario.close_entry(s, "nessuna")


def test_the_timeline_is_newest_first_filtered_by_type_and_paged(store, people):
    with store.session() as s:
        for day, kind in enumerate(["colloquio", "telefonata", "colloquio", "telefonata"], 1):
            diario.add_entry(s, people["person"], fields(
                entry_type=kind, occurred_at=dt.datetime(2026, 10, day, 9),
                text=f"Voce {day}"), author_id=None)
    with store.read() as s:
        rows = diario.timeline(s, people["person"])
        assert [r.text for r in rows] == ["Voce 4", "Voce 3", "Voce 2", "Voce 1"]
        assert rows[0].type_label == "Telefonata" and rows[0].confidentiality_label
        calls = diario.timeline(s, people["person"], "telefonata")
        assert [r.text for r in calls] == ["Voce 4", "Voce 2"]
        page = diario.timeline(s, people["person"], offset=1, limit=2)
        assert [r.text for r in page] == ["Voce 3", "Voce 2"]


def test_the_choices_default_to_the_organisation_of_who_writes(store, people):
    with store.read() as s:
        choices = diario.diary_choices(s, people["operator"])
        nobody = diario.diary_choices(s, None)
    assert choices.operator_organisation_id == people["org"]
    assert nobody.operator_organisation_id is None
    assert ("colloquio", "Colloquio") in choices.types
    assert "ordinario" in {code for code, _ in choices.levels}
    assert (people["org"], "ASP Città di Bologna") in choices.organisations


def test_the_timeline_finds_words_in_the_text_accents_and_case_aside(store, people):
    with store.session() as s:
        for day, words in enumerate(["Sfratto esecutivo rinviato a gennaio.",
                                     "Colloquio con la sorella, più serena.",
                                     "L'udienza per lo sfratto è fissata."], 1):
            diario.add_entry(s, people["person"], fields(
                occurred_at=dt.datetime(2026, 10, day, 9), text=words), author_id=None)
    with store.read() as s:
        def found(words, kind=None):
            return [r.text[:12] for r in diario.timeline(s, people["person"], kind, words=words)]

        assert found("sfratt") == ["L'udienza pe", "Sfratto esec"]
        assert found("SFRATTO udienza") == ["L'udienza pe"]
        assert found("piu seren") == ["Colloquio co"]
        assert found("sfratto", "telefonata") == [] and found("rinvio") == []
        assert len(found("  ")) == 3  # blank words filter nothing
