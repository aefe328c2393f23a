"""Lifecycle and validation rules: patti, diary, codice fiscale."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st
from sqlalchemy import select

from desktop.core.errors import FrozenRecordError, TransitionError, ValidationError
from desktop.core.model import (
    BudgetLine, DiaryEntry, Goal, Patto, PattoVersion, Person, Signatory, Verification,
)
from desktop.core.rules import codice_fiscale as cf
from desktop.core.cartella import diario
from desktop.core import patti as rules


def make_patto(store, signed=False):
    with store.session() as s:
        person = Person(first_name="Ștefan", last_name="Țurcanu")
        s.add(person)
        s.flush()
        patto = rules.new_patto(s, kind="ptri_bds", title="Progetto di vita", beneficiaries=[person])
        patto.person_wishes = "Vivere da solo vicino a mia sorella"
        for axis in ("abitare", "lavoro", "socialita"):
            patto.goals.append(Goal(axis=axis, title=f"Obiettivo {axis}"))
        patto.budget_lines.append(BudgetLine(funding_source="dsm_ausl", axis="abitare",
                                             committed_cents=150_000))
        patto.budget_lines.append(BudgetLine(funding_source="comune_servizi_sociali",
                                             axis="lavoro", committed_cents=80_050, spent_cents=10_000))
        patto.signatories.append(Signatory(name="Ștefan Țurcanu", role="Beneficiario"))
        patto.verifications.append(Verification(scheduled_on=dt.date(2027, 1, 15)))
        if signed:
            rules.sign(patto, signed_on=dt.date(2026, 11, 20))
        return patto.id


def test_sign_freezes_and_amend_creates_a_version(store):
    patto_id = make_patto(store, signed=True)
    with store.read() as s:
        patto = s.get(Patto, patto_id)
        version = patto.versions[0]
        assert patto.state == "firmato" and patto.locked
        assert version.fingerprint == rules.fingerprint(version.content)
        assert version.content["goals"][0]["axis"] == "abitare"
        first_fingerprint = version.fingerprint

    with pytest.raises(FrozenRecordError) as err:
        with store.session() as s:
            patto = s.get(Patto, patto_id)
            patto.goals[0].title = "Cambiato"
    assert "Modifica in itinere" in str(err.value)
    with pytest.raises(FrozenRecordError):
        with store.session() as s:
            s.get(Patto, patto_id).person_wishes = "Altro"
    with pytest.raises(FrozenRecordError):
        with store.session() as s:
            patto = s.get(Patto, patto_id)
            patto.goals.append(Goal(axis="lavoro", title="Nuovo"))

    with store.session() as s:  # lifecycle and outcomes go on after signing
        patto = s.get(Patto, patto_id)
        rules.perform(s, patto, "activate")
        patto.budget_lines[1].spent_cents = 20_000
        patto.verifications[0].held_on = dt.date(2027, 1, 15)
        patto.verifications[0].adequacy = "parziale"

    with store.session() as s:
        patto = s.get(Patto, patto_id)
        with pytest.raises(ValidationError):
            rules.amend(patto, reason="  ")
        rules.amend(patto, reason="Cambio di alloggio", author_id=None)
        patto.goals[0].title = "Trasferirsi nel gruppo appartamento"
        rules.sign(patto)
    with store.read() as s:
        patto = s.get(Patto, patto_id)
        assert patto.state == "attivo" and patto.current_version == 2
        v1, v2 = patto.versions
        assert v2.reason == "Cambio di alloggio" and v1.fingerprint == first_fingerprint
        assert v2.fingerprint != v1.fingerprint
        diff = rules.version_diff(v1.content, v2.content)
        assert any(path.endswith(".title") and new == "Trasferirsi nel gruppo appartamento"
                   for path, old, new in diff)

    with pytest.raises(FrozenRecordError):
        with store.session() as s:
            s.get(PattoVersion, v1.id).reason = "riscritto"


def test_sql_triggers_guard_frozen_rows_too(store):
    patto_id = make_patto(store, signed=True)
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE patto_version SET reason = 'x' WHERE patto_id = :p"),
                         {"p": patto_id})


def test_transitions(store):
    patto_id = make_patto(store)
    with store.session() as s:
        patto = s.get(Patto, patto_id)
        with pytest.raises(TransitionError) as err:
            rules.perform(s, patto, "activate")
        assert "Bozza" in str(err.value)
        rules.sign(patto)
        rules.perform(s, patto, "activate")
        rules.perform(s, patto, "start_verification")
        rules.perform(s, patto, "suspend")
        rules.perform(s, patto, "resume")
        rules.perform(s, patto, "start_verification")
        successor = rules.perform(s, patto, "renew")
        assert patto.state == "rinnovato" and patto.renewed_by_id == successor.id
        assert successor.state == "bozza" and len(successor.goals) == 3
        with pytest.raises(TransitionError):
            rules.perform(s, patto, "conclude")


def test_cannot_sign_empty_patto(store):
    with store.session() as s:
        person = Person(first_name="Anna", last_name="Verdi")
        s.add(person)
        s.flush()
        patto = rules.new_patto(s, kind="patto_inclusione", title="P", beneficiaries=[person])
        with pytest.raises(ValidationError) as err:
            rules.sign(patto)
        assert "obiettivi" in str(err.value)


def test_budget_totals(store):
    patto_id = make_patto(store)
    with store.read() as s:
        totals = rules.budget_totals(s.get(Patto, patto_id).budget_lines)
    assert totals.committed_total == 230_050
    assert totals.committed_by_source == {"dsm_ausl": 150_000, "comune_servizi_sociali": 80_050}
    assert totals.committed_by_axis == {"abitare": 150_000, "lavoro": 80_050}
    assert totals.spent_total == 10_000


def test_diary_close_and_correct(store):
    with store.session() as s:
        person = Person(first_name="Nicolò", last_name="Bianchi")
        s.add(person)
        s.flush()
        entry = DiaryEntry(person_id=person.id, entry_type="visita_domiciliare",
                           occurred_at=dt.datetime(2026, 11, 20, 10), text="Casa in ordine.")
        s.add(entry)
        s.flush()
        diario.close_entry(s, entry.id)
    with pytest.raises(FrozenRecordError):
        with store.session() as s:
            s.get(DiaryEntry, entry.id).text = "Riscritto"
    with pytest.raises(FrozenRecordError):
        with store.session() as s:
            s.delete(s.get(DiaryEntry, entry.id))
    with store.session() as s:
        correction_id = diario.correct_entry(s, entry.id,
                                             text="Correzione: la visita era il 19.", author_id=None)
    with store.read() as s:
        rows = s.scalars(select(DiaryEntry).order_by(DiaryEntry.occurred_at)).all()
        assert {r.text for r in rows} == {"Casa in ordine.", "Correzione: la visita era il 19."}
        assert s.get(DiaryEntry, correction_id).corrects_id == entry.id


def test_huge_diary_text_is_refused_with_a_message():
    with pytest.raises(ValidationError) as err:
        diario.check_text("a" * 10_000_000)
    assert "troppo lungo" in str(err.value)
    with pytest.raises(ValidationError):
        diario.check_text("   ")


def test_unicode_names_round_trip(store):
    names = [("Ștefan", "Țurcanu"), ("Ëndrit", "Çela"), ("Łukasz", "Żółć"), ("Nicolò", "D'Àlema")]
    with store.session() as s:
        for first, last in names:
            s.add(Person(first_name=first, last_name=last))
    with store.read() as s:
        assert sorted((p.first_name, p.last_name) for p in s.scalars(select(Person))) == sorted(names)


# ---------------------------------------------------------------- codice fiscale
def test_codice_fiscale_messages():
    good = cf.compute(first_name="Mario", last_name="Rossi", sex="M",
                      birth_date=dt.date(1980, 2, 1), birthplace="Cremona")
    assert cf.validate(good.lower()) == good
    for bad, words in [
        (good[:-1] + ("A" if good[-1] != "A" else "B"), "controllo"),
        (good[:10], "16 caratteri"),
        ("123456789012345X", "formato"),
    ]:
        with pytest.raises(ValidationError) as err:
            cf.validate(bad)
        assert words in str(err.value)


def test_cross_check_explains_each_mismatch():
    code = cf.compute(first_name="Giulia", last_name="Ferri", sex="F",
                      birth_date=dt.date(1975, 7, 9), birthplace="Bologna")
    check = cf.cross_check(code, first_name="Giulia", last_name="Ferri", sex="M",
                           birth_date=dt.date(1975, 7, 10), birthplace_code="D150",
                           birthplace_name="Cremona")
    text = " ".join(check.mismatches)
    assert not check.ok and len(check.mismatches) == 3
    assert "9 luglio 1975" in text and "10 luglio 1975" in text
    assert "maschile" not in text or "sesso" in text
    assert "Cremona" in text


names = st.text(alphabet="ABCDEFGHILMNOPRSTUVZàèéìòùȘȚËÇŁŻ", min_size=2, max_size=12).filter(
    lambda s: any(c.isalpha() for c in s))


@settings(max_examples=60, deadline=None)
@given(first=names, last=names, sex=st.sampled_from("MF"),
       born=st.dates(dt.date(1920, 1, 1), dt.date(2025, 12, 31)),
       place=st.sampled_from(["Cremona", "Bologna", "Romania", "Albania", "Marocco", "Sospiro"]))
def test_computed_codes_validate_and_cross_check(first, last, sex, born, place):
    code = cf.compute(first_name=first, last_name=last, sex=sex, birth_date=born, birthplace=place)
    assert cf.validate(code) == code
    assert cf.cross_check(code, first_name=first, last_name=last, sex=sex, birth_date=born).ok


# Every lifecycle action from every state: what the table in the core allows, and
# nothing else, whoever asks (the editor, the CLI, a script).
EXPECTED = {  # action -> {state it applies from: state it leads to}
    "activate": {"firmato": "attivo"},
    "start_verification": {"attivo": "in_verifica"},
    "end_verification": {"in_verifica": "attivo"},
    "suspend": {"firmato": "sospeso", "attivo": "sospeso", "in_verifica": "sospeso"},
    "resume": {"sospeso": "attivo"},
    "conclude": {"firmato": "concluso", "attivo": "concluso", "in_verifica": "concluso",
                 "sospeso": "concluso"},
    "renew": {"in_verifica": "rinnovato", "concluso": "rinnovato"},
}
STATES = ["bozza", "firmato", "attivo", "in_verifica", "sospeso", "concluso", "rinnovato"]


@pytest.mark.parametrize("action", sorted(EXPECTED))
@pytest.mark.parametrize("state", STATES)
def test_each_lifecycle_action_from_each_state(store, action, state):
    patto_id = make_patto(store, signed=state != "bozza")
    with store.session() as s:
        patto = s.get(Patto, patto_id)
        patto.state = state
    with store.session() as s:
        patto = s.get(Patto, patto_id)
        assert (action in rules.available_actions(patto)) == (state in EXPECTED[action])
        if state in EXPECTED[action]:
            successor = rules.perform(s, patto, action)
            assert patto.state == EXPECTED[action][state]
            assert (successor is not None) == (action == "renew")
        else:
            with pytest.raises(TransitionError) as err:
                rules.perform(s, patto, action)
            assert f"«{rules.STATE_LABELS[state]}»" in str(err.value)
            assert patto.state == state


def test_the_holes_of_wave_one_are_closed(store):
    patto_id = make_patto(store, signed=True)
    with store.session() as s:
        patto = s.get(Patto, patto_id)
        assert patto.state == "firmato"
        with pytest.raises(TransitionError, match="Riprendi.*solo per un patto «Sospeso»"):
            rules.perform(s, patto, "resume")  # used to turn a firmato patto attivo
        rules.perform(s, patto, "activate")
        rules.perform(s, patto, "start_verification")
        with pytest.raises(TransitionError, match="Attiva"):
            rules.perform(s, patto, "activate")  # used to work from in verifica
        with pytest.raises(ValidationError, match="sconosciuta"):
            rules.perform(s, patto, "sign-twice")


def test_the_lifecycle_table_and_the_seeded_catalogue_name_the_same_states(store):
    """Screens and PDFs label states from the catalogue, messages from the lifecycle:
    one list of states, the same words."""
    from desktop.core.catalogues import catalogue_choices

    with store.read() as s:
        seeded = catalogue_choices(s, "patto_state")["patto_state"]
    assert dict(seeded) == rules.STATE_LABELS
    targets = {a.target for a in rules.ACTIONS.values()}
    sources = set().union(*(a.sources for a in rules.ACTIONS.values()))
    assert targets | sources | {"bozza"} == set(rules.STATE_LABELS)
