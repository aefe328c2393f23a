"""Nucleo e ISEE on a real store: the household's rules, the ISEE validity the
law implies, expiry flagged, and the same through ``tessere nucleo``/``isee``/
``trappola``."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.__main__ import main
from desktop.core.cartella import nucleo
from desktop.core.cartella.misure import MeasureFields, save_measure
from desktop.core.cartella.nucleo import HouseholdFields, IseeFields
from desktop.core.errors import ValidationError
from desktop.core.model import Person
from desktop.core.store import Store
from tests.conftest import PASSPHRASE

TODAY = dt.date.today()


def person(store, first="Anna", last="Russo", cf=None) -> str:
    with store.session() as s:
        p = Person(first_name=first, last_name=last, codice_fiscale=cf)
        s.add(p)
    return p.id


# ------------------------------------------------------------------ nucleo
@pytest.mark.parametrize("fields, field, words", [
    (HouseholdFields("", "Russo", "figlio_figlia"), "first_name", "Il nome è obbligatorio"),
    (HouseholdFields("Marco", " ", "figlio_figlia"), "last_name", "Il cognome è obbligatorio"),
    (HouseholdFields("Marco3", "Russo", "figlio_figlia"), "first_name", "solo lettere"),
    (HouseholdFields("Marco", "Russo", ""), "relationship_code", "relazione"),
    (HouseholdFields("Marco", "Russo", "figlio_figlia",
                     birth_date=TODAY + dt.timedelta(days=1)), "birth_date", "nel futuro"),
    (HouseholdFields("Marco", "Russo", "figlio_figlia", since_on=dt.date(2024, 5, 1),
                     until_on=dt.date(2024, 4, 30)), "until_on", "non può precedere"),
])
def test_a_wrong_member_is_refused_in_italian(fields, field, words):
    with pytest.raises(ValidationError) as refused:
        nucleo.check_household_member(fields)
    assert refused.value.field == field and words in str(refused.value)


def test_names_with_accents_and_apostrophes_are_names():
    checked = nucleo.check_household_member(
        HouseholdFields("  Maria  Grazia ", "D'Angelo-Nicolò", "genitore", notes="  "))
    assert (checked.first_name, checked.last_name, checked.notes) == (
        "Maria Grazia", "D'Angelo-Nicolò", None)


def test_members_are_saved_listed_and_removed(store):
    anna, marco = person(store), person(store, "Marco", "Russo")
    with store.session() as s:
        linked = nucleo.save_household_member(s, anna, HouseholdFields(
            "", "", "figlio_figlia", member_person_id=marco))
        gone = nucleo.save_household_member(s, anna, HouseholdFields(
            "Piero", "Bassi", "coniuge_partner", since_on=dt.date(2010, 1, 1),
            until_on=dt.date(2023, 6, 30), cohabiting=False))
    with store.read() as s:
        rows = nucleo.list_household(s, anna)
    assert [(r.name, r.relationship_label, r.member_person_id) for r in rows] == [
        ("Marco Russo", "Figlio/a", marco), ("Piero Bassi", "Coniuge / partner", None)]
    assert rows[1].until_on == dt.date(2023, 6, 30) and not rows[1].cohabiting
    with store.session() as s:
        nucleo.remove_household_member(s, gone)
        nucleo.remove_household_member(s, gone)  # already gone: no error
    with store.read() as s:
        assert [r.id for r in nucleo.list_household(s, anna)] == [linked]


def test_the_person_cannot_be_in_their_own_household(store):
    anna = person(store)
    with store.session() as s, pytest.raises(ValidationError) as refused:
        nucleo.save_household_member(s, anna, HouseholdFields(
            "", "", "altro_parente", member_person_id=anna))
    assert "la persona stessa" in str(refused.value)
    with store.session() as s, pytest.raises(ValidationError, match="non è più nel nucleo"):
        nucleo.save_household_member(s, anna, HouseholdFields("Ugo", "Russo", "genitore"),
                                     member_id="sparito")


# -------------------------------------------------------------------- ISEE
def test_validity_follows_the_kind():
    assert nucleo.default_valid_until("ordinario", dt.date(2025, 2, 14)) == dt.date(2025, 12, 31)
    assert nucleo.default_valid_until("sociosanitario", dt.date(2025, 11, 3)) == \
        dt.date(2025, 12, 31)
    assert nucleo.default_valid_until("corrente", dt.date(2025, 3, 15)) == dt.date(2025, 9, 14)
    assert nucleo.default_valid_until("corrente", dt.date(2025, 8, 31)) == dt.date(2026, 2, 27)


def test_an_isee_gets_its_validity_and_expiry_is_flagged(store):
    anna = person(store)
    last_year = dt.date(TODAY.year - 1, 3, 10)
    with store.session() as s:
        nucleo.save_isee(s, anna, IseeFields("ordinario", 743210, last_year, protocol=" inps-isee-1 "))
        nucleo.save_isee(s, anna, IseeFields("corrente", 512000, TODAY, household_size=3))
    with store.read() as s:
        current, old = nucleo.list_isee(s, anna, today=TODAY)
        latest = nucleo.current_isee(s, anna, TODAY)
    assert old.valid_until == dt.date(TODAY.year - 1, 12, 31) and old.expired
    assert old.validity_text == f"scaduto il 31/12/{TODAY.year - 1}"
    assert old.protocol == "INPS-ISEE-1" and old.kind_label == "ISEE ordinario"
    assert current.status == nucleo.VALID and current.household_size == 3
    assert latest == current
    expiring = current.valid_until - dt.timedelta(days=20)
    assert nucleo.isee_status(current, expiring) == nucleo.EXPIRING
    assert nucleo.isee_status(current, current.valid_until + dt.timedelta(days=1)) == nucleo.EXPIRED
    with store.read() as s:
        assert nucleo.current_isee(s, anna, last_year - dt.timedelta(days=1)) is None


@pytest.mark.parametrize("fields, field", [
    (IseeFields("", 100, dt.date(2025, 1, 10)), "kind"),
    (IseeFields("ordinario", None, dt.date(2025, 1, 10)), "value_cents"),
    (IseeFields("ordinario", -1, dt.date(2025, 1, 10)), "value_cents"),
    (IseeFields("ordinario", 100, None), "issued_on"),
    (IseeFields("ordinario", 100, TODAY + dt.timedelta(days=1)), "issued_on"),
    (IseeFields("ordinario", 100, dt.date(2025, 5, 10), dt.date(2025, 5, 9)), "valid_until"),
    (IseeFields("ordinario", 100, dt.date(2025, 5, 10), household_size=0), "household_size"),
])
def test_a_wrong_isee_is_refused(fields, field):
    with pytest.raises(ValidationError) as refused:
        nucleo.check_isee(fields)
    assert refused.value.field == field


# --------------------------------------------------------------------- CLI
@pytest.fixture
def tessere(tmp_path, monkeypatch, no_keyring, capsys):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "tessere.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store:
        anna = person(store, cf="RSSNNA80A41F205X")
        with store.session() as s:
            save_measure(s, anna, MeasureFields("pensione_invalidita", "in_fruizione"))

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--db", str(path)])
        out = capsys.readouterr()
        return code, out.out, " ".join(out.err.split())

    run.path = path
    run.anna = anna
    return run


def test_the_cli_records_household_and_isee(tessere):
    code, out, _ = tessere("nucleo", "aggiungi", tessere.anna, "--relazione", "figlio",
                           "--nome", "Marco", "--cognome", "Russo", "--nato", "2008-04-02")
    assert code == 0 and "aggiunto al nucleo di Anna Russo" in out
    code, out, _ = tessere("nucleo", "elenco", tessere.anna)
    assert "Marco Russo" in out and "Figlio/a" in out and "02/04/2008" in out
    code, _, err = tessere("nucleo", "aggiungi", tessere.anna, "--relazione", "zio",
                           "--nome", "Ugo", "--cognome", "Russo")
    assert code != 0 and "non corrisponde a nessuna voce tra le relazioni" in err
    code, out, _ = tessere("isee", "registra", tessere.anna, "--valore", "8.432,10",
                           "--rilascio", f"{TODAY.year - 1}-02-10")
    assert code == 0 and f"scaduto il 31/12/{TODAY.year - 1}" in out and "8.432,10" in out
    code, _, err = tessere("isee", "registra", tessere.anna, "--valore", "dieci",
                           "--rilascio", "2025-02-10")
    assert code != 0 and "non è un importo valido" in err
    code, out, _ = tessere("isee", "elenco", tessere.anna, "--json")
    [row] = json.loads(out)
    assert (row["value_cents"], row["status"]) == (843210, "scaduto")


def test_the_cli_prints_the_benefit_trap(tessere):
    code, out, _ = tessere("trappola", tessere.anna)
    assert code == 0 and "Nessun beneficio di Anna Russo è a rischio" in out
    with Store.open(tessere.path, passphrase=PASSPHRASE) as store, store.session() as s:
        save_measure(s, tessere.anna, MeasureFields(
            "indennita_tirocinio", "in_fruizione", start_on=dt.date(TODAY.year, 1, 1),
            end_on=dt.date(TODAY.year, 12, 31), monthly_amount_cents=50000))
    code, out, _ = tessere("trappola", "RSSNNA80A41F205X")
    assert code == 0 and "Attenzione" in out
    assert "6.000,00" in out and "sospensione" in out and "Regola: L'assegno mensile" in out
    assert "Soglie " in out and "Fonte: L. 118/1971" in out
