"""The people list and the anagrafica editor's reads and rules, headless: the
Persone page's filters, the choices they offer, the codice fiscale as typed,
places as typed, and saving with mismatches to confirm."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.core import anagrafica, persone
from desktop.core.errors import ValidationError
from desktop.core.model import (
    CaseEpisode, Comune, Operator, Person, ReplicaMeta, TerritorialUnit,
)
from desktop.core.patti import new_patto
from desktop.core.persone import NONE, PeopleFilter
from desktop.core.profile import DISTRICT_KEY
from desktop.core.rules import codice_fiscale as cf
from desktop.core.search import match_choice

TODAY = dt.date(2026, 12, 1)


def unit(s, code: str) -> str:
    return s.scalar(select(TerritorialUnit.id).where(TerritorialUnit.code == code))


@pytest.fixture
def team(store):
    """Three people in two districts, with case managers, episodes and patti
    (as the Persone page's own test)."""
    with store.session() as s:
        anna = Operator(first_name="Anna", last_name="Verdi", role="assistente sociale")
        luca = Operator(first_name="Luca", last_name="Neri", role="educatore professionale")
        s.add_all([anna, luca])
        s.flush()
        roma = s.scalar(select(Comune.id).where(Comune.name == "Roma"))

        def person(first, last, sex, born, area, manager):
            p = Person(first_name=first, last_name=last, sex=sex, birth_date=born,
                       codice_fiscale=cf.compute(first_name=first, last_name=last, sex=sex,
                                                 birth_date=born, birthplace="Roma"),
                       birth_comune_id=roma, residence_comune_id=roma,
                       home_territorial_unit_id=unit(s, area),
                       case_manager_id=manager.id if manager else None)
            s.add(p)
            s.flush()
            return p

        nicolo = person("Nicolò", "Bianchi", "M", dt.date(1980, 1, 1), "AREA-BOLOGNA-EST", anna)
        giulia = person("Giulia", "Rossi", "F", dt.date(1992, 11, 30), "DIST-APPENNINO", luca)
        stefan = person("Ștefan", "Țurcanu", "M", dt.date(1975, 6, 12), "DIST-APPENNINO", None)
        s.add(CaseEpisode(person_id=nicolo.id, origin="servizio_sociale", phase="valutazione"))
        s.add(CaseEpisode(person_id=giulia.id, origin="csm", chiusura_on=dt.date(2024, 1, 10)))
        new_patto(s, kind="patto_inclusione", title="Casa", beneficiaries=[nicolo])
        new_patto(s, kind="ptri_bds", title="Lavoro", beneficiaries=[stefan])
        ended = new_patto(s, kind="ptri_bds", title="Vecchio", beneficiaries=[giulia])
        ended.state = "concluso"
        return {"nicolo": nicolo.id, "giulia": giulia.id, "stefan": stefan.id,
                "anna": anna.id, "luca": luca.id, "bologna": unit(s, "DIST-BOLOGNA"),
                "appennino": unit(s, "DIST-APPENNINO")}


def names(rows) -> list[str]:
    return [f"{r.last_name} {r.first_name}" for r in rows]


def test_the_filters_narrow_the_list_as_on_the_page(store, team):
    everyone = ["Bianchi Nicolò", "Rossi Giulia", "Țurcanu Ștefan"]
    with store.read() as s:
        assert names(persone.people(s)) == everyone
        assert names(persone.people(s, offset=1, limit=1)) == ["Rossi Giulia"]
        cases = [
            (PeopleFilter(district=team["bologna"]), ["Bianchi Nicolò"]),  # an area under it
            (PeopleFilter(district=team["appennino"]), ["Rossi Giulia", "Țurcanu Ștefan"]),
            (PeopleFilter(open_case=True), ["Bianchi Nicolò"]),
            (PeopleFilter(open_case=False), ["Rossi Giulia", "Țurcanu Ștefan"]),
            (PeopleFilter(case_phase="valutazione"), ["Bianchi Nicolò"]),
            (PeopleFilter(case_phase="monitoraggio"), []),
            (PeopleFilter(case_manager=team["luca"]), ["Rossi Giulia"]),
            (PeopleFilter(case_manager=NONE), ["Țurcanu Ștefan"]),
            (PeopleFilter(patto_kind="ptri_bds"), ["Țurcanu Ștefan"]),  # Giulia's concluded
            (PeopleFilter(patto_kind=NONE), ["Rossi Giulia"]),
            (PeopleFilter(district=team["appennino"], case_manager=NONE, patto_kind=NONE), []),
        ]
        for filters, expected in cases:
            assert filters.is_active()
            assert names(persone.people(s, filters)) == expected, filters
            assert persone.count_people(s, filters) == len(expected), filters
        assert persone.count_people(s) == 3 and not PeopleFilter().is_active()


def test_the_search_finds_within_the_filters(store, team):
    with store.read() as s:
        code = s.get(Person, team["giulia"]).codice_fiscale
        assert names(persone.find_people(s, "turcanu stefan")) == ["Țurcanu Ștefan"]
        assert names(persone.find_people(s, code[3:11])) == ["Rossi Giulia"]
        assert names(persone.find_people(s, "roma", PeopleFilter(district=team["bologna"]))) \
            == ["Bianchi Nicolò"]
        assert persone.find_people(s, code[:6], PeopleFilter(district=team["bologna"])) == []
        assert persone.find_people(s, "   ") == []


def test_the_choices_the_filters_offer(store, team):
    with store.read() as s:
        choices = persone.filter_choices(s)
    districts = {label: depth for _, label, depth in choices.districts}
    assert districts["Distretto Città di Bologna"] == 0
    assert 1 in districts.values()  # the areas under a district
    assert choices.case_managers == [(team["luca"], "Neri Luca"), (team["anna"], "Verdi Anna")]
    assert ("ptri_bds", "PTRI con Budget di Salute") in choices.patto_kinds
    assert "valutazione" in {code for code, _ in choices.case_phases}


def test_a_choice_is_named_by_code_label_or_an_unambiguous_start():
    kinds = [("ptri_bds", "PTRI con Budget di Salute"), ("patto_inclusione", "Patto per l'inclusione")]
    assert match_choice(kinds, "ptri_bds", "i tipi di patto") == "ptri_bds"
    assert match_choice(kinds, "patto per l'INCLUSIONE", "i tipi di patto") == "patto_inclusione"
    assert match_choice(kinds, "ptri", "i tipi di patto") == "ptri_bds"
    with pytest.raises(ValidationError, match="nessuna voce tra i tipi di patto"):
        match_choice(kinds, "reddito", "i tipi di patto")
    with pytest.raises(ValidationError, match="più voci"):
        match_choice(kinds + [("ptri_altro", "PTRI ordinario")], "ptri", "i tipi di patto")


MARIA = dict(first_name="Maria", last_name="Rossi", sex="F", birth_date=dt.date(1975, 6, 12))


def test_the_codice_fiscale_as_it_is_typed():
    code = cf.compute(**MARIA, birthplace="Bologna")
    assert cf.typing_status("").level == "muted"
    assert cf.typing_status("", reason="in attesa").text == \
        "Codice fiscale assente: il motivo è indicato."
    assert cf.typing_status("RS5").text == ("Il codice fiscale non è valido: il 3° carattere «5» "
                                            "non va bene, lì ci vuole una lettera.")
    assert cf.typing_status(code[:5]).text == "Codice fiscale incompleto: 5 caratteri su 16."
    assert cf.typing_status(code[:8] + "Z").text.endswith(
        "lì ci vuole la lettera del mese (A, B, C, D, E, H, L, M, P, R, S o T).")
    wrong_check = code[:15] + ("A" if code[15] != "A" else "B")
    status = cf.typing_status(wrong_check)
    assert status.level == "error" and "carattere di controllo" in status.text
    assert cf.typing_status(code).text == "Codice fiscale valido."
    full = cf.typing_status(code, **MARIA, birthplace_code="A944", birthplace_name="Bologna")
    assert full == cf.CodeStatus("ok", "Codice fiscale valido e coerente con i dati inseriti.")
    other_day = cf.typing_status(code, birth_date=dt.date(1975, 6, 13))
    assert other_day.level == "warning" and "13 giugno 1975" in other_day.text
    assert cf.decode(code.lower()) == ("F", dt.date(1975, 6, 12), "A944")
    assert ("Z404", "Stati Uniti d'America") in cf.foreign_states() or any(
        code == "Z404" for code, _ in cf.foreign_states())


def test_the_editor_reads_places_districts_and_the_person(store, team):
    with store.session() as s:
        s.merge(ReplicaMeta(key=DISTRICT_KEY, value=team["appennino"]))
    with store.read() as s:
        new = anagrafica.person_form(s)
        edit = anagrafica.person_form(s, team["giulia"])
        with pytest.raises(ValidationError, match="non esiste più"):
            anagrafica.person_form(s, "nessuno")
    assert new.person is None and new.default_unit_id == team["appennino"]
    assert edit.person["first_name"] == "Giulia" and edit.person["case_manager_id"] == team["luca"]
    assert (team["anna"], "Verdi Anna") in new.operators
    assert team["appennino"] in {unit_id for unit_id, _ in new.units}
    bologna = new.comuni.resolve("bologna", "i comuni italiani")
    assert (bologna.label, bologna.code, bologna.foreign) == ("Bologna (BO)", "A944", False)
    assert new.comuni.by_id(bologna.id) == bologna
    assert new.birthplaces.by_code("a944") == bologna
    abroad = new.birthplaces.resolve("Albania", "i comuni e gli stati esteri")
    assert abroad.foreign and abroad.label == "Albania (stato estero)"
    assert new.comuni.resolve("  ", "i comuni italiani") is None
    with pytest.raises(ValidationError) as unknown:
        new.comuni.resolve("Atlantide", "i comuni italiani", "residence_comune_id")
    assert unknown.value.field == "residence_comune_id"
    assert str(unknown.value) == ("Non trovo «Atlantide» tra i comuni italiani: scegli "
                                  "dall'elenco che compare mentre scrivi.")
    with pytest.raises(ValidationError, match="più luoghi chiamati «Castro»"):
        new.comuni.resolve("Castro", "i comuni italiani")


def test_saving_asks_to_confirm_mismatches_and_refuses_bad_contacts(store):
    code = cf.compute(**MARIA, birthplace="Bologna")
    values = dict(MARIA, codice_fiscale=code, birth_date=dt.date(1975, 6, 13))
    with pytest.raises(anagrafica.UnconfirmedWarnings) as unconfirmed, store.session() as s:
        anagrafica.save_person_confirmed(s, values)
    assert "13 giugno 1975" in str(unconfirmed.value)
    with store.session() as s:
        person_id = anagrafica.save_person_confirmed(s, values,
                                                     accepted=unconfirmed.value.warnings)
    with store.read() as s:
        assert s.get(Person, person_id).codice_fiscale == code
        assert s.scalar(select(func.count()).select_from(Person)) == 1  # the refusal rolled back
    for key, value, message in (
            ("email", "maria.rossi", "email non sembra valido"),
            ("consent_given_on", dt.date.today() + dt.timedelta(days=2), "nel futuro"),
            ("privacy_notice_on", dt.date.today() + dt.timedelta(days=2), "nel futuro")):
        with pytest.raises(ValidationError, match=message) as refused, store.session() as s:
            anagrafica.save_person_confirmed(s, dict(values, **{key: value}), person_id,
                                             accepted=unconfirmed.value.warnings)
        assert refused.value.field == key
    with pytest.raises(ValidationError, match="non esiste più"), store.session() as s:
        anagrafica.save_person_confirmed(s, values, "nessuno")


def test_the_header_says_who_the_person_is_with_labels(store, team):
    with store.read() as s:
        header = anagrafica.person_header(s, team["nicolo"], today=TODAY)
    assert (header.sex, header.birth_date) == ("M", dt.date(1980, 1, 1))
    assert header.open_case_phase == "valutazione" and header.open_case_phase_label == "Valutazione"
    assert header.active_patto_state == "bozza" and header.active_patto_state_label == "Bozza"
