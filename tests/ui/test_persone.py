"""Persone: the anagrafica editor with its live codice fiscale checks, the
filters of the list, and the operator profile of the first run — real widgets
on a real encrypted database."""
from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from desktop.core.model import (
    CaseEpisode, Comune, Operator, Person, TerritorialUnit,
)
from desktop.core.profile import DISTRICT_KEY, current_operator
from desktop.core.rules import codice_fiscale as cf
from desktop.core import patti as patti_rules
from desktop.ui.app import build_main_window, profile_step
from desktop.ui.person_dialog import PersonDialog, edit_person
from desktop.ui.profile_dialog import ProfileDialog

MARIA = dict(first_name="Maria", last_name="Rossi", sex="F", birth_date=dt.date(1975, 6, 12),
             birthplace="Bologna")
MARIA_CF = cf.compute(**MARIA)


def unit_id(store, code: str) -> str:
    with store.read() as s:
        return s.scalar(select(TerritorialUnit.id).where(TerritorialUnit.code == code))


def comune_id(store, name: str) -> str:
    with store.read() as s:
        return s.scalar(select(Comune.id).where(Comune.name == name))


def people_count(store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Person))


_OPEN: list[PersonDialog] = []


@pytest.fixture(autouse=True)
def close_dialogs():
    """edit_person's dialog deletes itself once closed; close what a test left open."""
    yield
    while _OPEN:
        dialog = _OPEN.pop()
        if shiboken6.isValid(dialog):
            dialog.done(0)


def open_dialog(qtbot, store, person_id=None) -> tuple[PersonDialog, list[str]]:
    saved: list[str] = []
    dialog = edit_person(None, store, person_id, on_saved=saved.append)
    _OPEN.append(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    return dialog, saved


def type_anagrafica(qtbot, dialog, birth_date: str = "12/06/1975") -> None:
    qtbot.keyClicks(dialog.last_name, "Rossi")
    qtbot.keyClicks(dialog.first_name, "Maria")
    qtbot.keyClicks(dialog.sex, "F")
    qtbot.keyClicks(dialog.birth_date, birth_date)
    qtbot.keyClicks(dialog.birthplace, "Bologna")


def status(dialog) -> tuple[str, str]:
    return dialog.code_status.property("level"), dialog.code_status.text()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# ------------------------------------------------------------ the dialog
def test_a_codice_fiscale_typed_character_by_character_turns_valid(qtbot, store):
    dialog, saved = open_dialog(qtbot, store)
    assert dialog.windowTitle() == "Nuova persona"
    type_anagrafica(qtbot, dialog)
    seen = []
    for char in MARIA_CF.lower():  # typed in lower case, shown in upper case
        qtbot.keyClicks(dialog.code, char)
        seen.append(status(dialog))
    assert dialog.code.text() == MARIA_CF
    assert [level for level, _ in seen[:15]] == ["muted"] * 15
    assert seen[4][1] == "Codice fiscale incompleto: 5 caratteri su 16."
    assert status(dialog) == ("ok", "Codice fiscale valido e coerente con i dati inseriti.")

    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bool(saved))
    with store.read() as s:
        person = s.get(Person, saved[0])
        assert (person.last_name, person.first_name, person.sex) == ("Rossi", "Maria", "F")
        assert person.birth_date == dt.date(1975, 6, 12)
        assert person.codice_fiscale == MARIA_CF
        assert person.birth_comune.name == "Bologna"


def test_a_wrong_codice_fiscale_is_explained_and_the_save_refused_keeping_everything(
        qtbot, store):
    dialog, saved = open_dialog(qtbot, store)
    type_anagrafica(qtbot, dialog)
    qtbot.keyClicks(dialog.code, "RS5")
    assert status(dialog) == ("error", "Il codice fiscale non è valido: il 3° carattere «5» non "
                                       "va bene, lì ci vuole una lettera.")
    dialog.code.clear()
    wrong = MARIA_CF[:15] + ("A" if MARIA_CF[15] != "A" else "B")  # a typo in the check letter
    qtbot.keyClicks(dialog.code, wrong)
    level, text = status(dialog)
    assert level == "error" and "carattere di controllo" in text
    qtbot.keyClicks(dialog.phone, "333 1234567")

    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.message.isVisible()
                    and dialog.message.text().startswith("Non salvato"))
    assert "carattere di controllo" in dialog.message.text()
    assert dialog.isVisible() and not saved and people_count(store) == 0
    assert [dialog.last_name.text(), dialog.first_name.text(), dialog.birth_date.text(),
            dialog.code.text(), dialog.phone.text()] == [
        "Rossi", "Maria", "12/06/1975", wrong, "333 1234567"]
    assert dialog.code.hasFocus()


def test_an_impossible_date_is_said_next_to_its_field(qtbot, store):
    dialog, saved = open_dialog(qtbot, store)
    type_anagrafica(qtbot, dialog, birth_date="31/02/1975")
    qtbot.keyClicks(dialog.code, MARIA_CF)
    click(qtbot, dialog.save_button)
    error = dialog._errors["birth_date"]
    assert error.isVisible() and "non esiste nel calendario" in error.text()
    assert dialog.birth_date.hasFocus() and dialog.birth_date.text() == "31/02/1975"
    assert not saved and people_count(store) == 0


def test_a_codice_fiscale_without_reason_is_refused_and_the_reason_accepted(qtbot, store):
    dialog, saved = open_dialog(qtbot, store)
    qtbot.keyClicks(dialog.last_name, "Popescu")
    qtbot.keyClicks(dialog.first_name, "Ion")
    assert status(dialog)[0] == "muted" and "perché manca" in status(dialog)[1]
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.code_status.property("level") == "error")
    assert "oppure indica perché manca" in dialog.code_status.text()
    qtbot.keyClicks(dialog.missing_reason, "in attesa di permesso di soggiorno")
    qtbot.keyClicks(dialog.birthplace, "Romania")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bool(saved))
    with store.read() as s:
        person = s.get(Person, saved[0])
        assert person.codice_fiscale is None and person.birth_country == "Romania"
        assert person.codice_fiscale_missing_reason == "in attesa di permesso di soggiorno"


def test_a_mismatching_birth_date_is_explained_and_saved_only_when_confirmed(qtbot, store):
    dialog, saved = open_dialog(qtbot, store)
    type_anagrafica(qtbot, dialog, birth_date="13/06/1975")
    qtbot.keyClicks(dialog.code, MARIA_CF)
    assert status(dialog) == ("warning", "Il codice indica la nascita il 12 giugno 1975, "
                                         "l'anagrafica il 13 giugno 1975.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.save_button.text() == "Salva comunque")
    assert "12 giugno 1975" in dialog.message.text()
    assert people_count(store) == 0 and dialog.isVisible()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bool(saved))
    with store.read() as s:
        assert s.get(Person, saved[0]).birth_date == dt.date(1975, 6, 13)


def test_the_code_is_computed_from_the_anagrafica_and_the_anagrafica_from_the_code(
        qtbot, store):
    dialog, _ = open_dialog(qtbot, store)
    qtbot.keyClicks(dialog.last_name, "Rossi")
    qtbot.keyClicks(dialog.first_name, "Maria")
    click(qtbot, dialog.compute_button)
    assert status(dialog) == ("warning", "Per calcolare il codice fiscale servono anche: sesso, "
                                         "data di nascita, luogo di nascita.")
    assert dialog.code.text() == ""
    qtbot.keyClicks(dialog.code, MARIA_CF)
    assert dialog.fill_button.isVisible()
    click(qtbot, dialog.fill_button)
    assert (dialog.sex.currentData(), dialog.birth_date.text(), dialog.birthplace.text()) == (
        "F", "12/06/1975", "Bologna (BO)")
    assert status(dialog)[0] == "ok" and not dialog.fill_button.isVisible()
    dialog.code.clear()
    click(qtbot, dialog.compute_button)
    assert dialog.code.text() == MARIA_CF


def test_editing_a_person_shows_the_record_and_saves_the_changes(qtbot, store):
    with store.session() as s:
        person = Person(first_name="Maria", last_name="Rossi", sex="F",
                        birth_date=dt.date(1975, 6, 12), codice_fiscale=MARIA_CF,
                        birth_comune_id=comune_id(store, "Bologna"),
                        residence_comune_id=comune_id(store, "Vergato"))
        s.add(person)
    dialog, saved = open_dialog(qtbot, store, person.id)
    assert dialog.windowTitle() == "Modifica persona"
    assert (dialog.last_name.text(), dialog.birthplace.text(), dialog.residence.text()) == (
        "Rossi", "Bologna (BO)", "Vergato (BO)")
    assert status(dialog)[0] == "ok"
    dialog.residence.clear()
    qtbot.keyClicks(dialog.residence, "Forli")  # without the accent
    qtbot.keyClicks(dialog.phone, "051 123456")
    qtbot.keyClicks(dialog.consent, "01/03/2024")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bool(saved))
    assert saved == [person.id] and people_count(store) == 1
    with store.read() as s:
        person = s.get(Person, person.id)
        assert person.residence_comune.name == "Forlì"
        assert (person.phone, person.consent_given_on) == ("051 123456", dt.date(2024, 3, 1))


def test_tab_follows_the_form_in_reading_order(qtbot, store):
    dialog, _ = open_dialog(qtbot, store)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.last_name.hasFocus())
    order = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [dialog.first_name, dialog.sex, dialog.birth_date, dialog.birthplace,
                     dialog.code, dialog.compute_button]


def test_closing_with_unsaved_changes_asks_first(qtbot, store):
    dialog, _ = open_dialog(qtbot, store)
    qtbot.keyClicks(dialog.last_name, "Rossi")
    answers = ["Continua a modificare", "Chiudi senza salvare"]

    def answer():
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                    and w.objectName() == "discardBox" and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, answer)
            return
        wanted = answers.pop(0)
        click(qtbot, next(b for b in box.buttons() if b.text() == wanted))

    QTimer.singleShot(20, answer)
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: len(answers) == 1)
    assert dialog.isVisible() and dialog.last_name.text() == "Rossi"
    QTimer.singleShot(20, answer)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not answers


# -------------------------------------------------------------- the page
@pytest.fixture
def team(store):
    """Three people in two districts, with case managers, episodes and patti."""
    with store.session() as s:
        anna = Operator(first_name="Anna", last_name="Verdi", role="assistente sociale")
        luca = Operator(first_name="Luca", last_name="Neri", role="educatore professionale")
        s.add_all([anna, luca])
        s.flush()
        roma = comune_id(store, "Roma")

        def person(first, last, sex, born, unit, manager):
            code = cf.compute(first_name=first, last_name=last, sex=sex, birth_date=born,
                              birthplace="Roma")
            p = Person(first_name=first, last_name=last, sex=sex, birth_date=born,
                       codice_fiscale=code, birth_comune_id=roma, residence_comune_id=roma,
                       home_territorial_unit_id=unit_id(store, unit),
                       case_manager_id=manager.id if manager else None)
            s.add(p)
            s.flush()
            return p

        nicolo = person("Nicolò", "Bianchi", "M", dt.date(1980, 1, 1), "AREA-BOLOGNA-EST", anna)
        giulia = person("Giulia", "Rossi", "F", dt.date(1992, 11, 30), "DIST-APPENNINO", luca)
        stefan = person("Ștefan", "Țurcanu", "M", dt.date(1975, 6, 12), "DIST-APPENNINO", None)
        s.add(CaseEpisode(person_id=nicolo.id, origin="servizio_sociale"))
        s.add(CaseEpisode(person_id=giulia.id, origin="csm", chiusura_on=dt.date(2024, 1, 10)))
        patti_rules.new_patto(s, kind="patto_inclusione", title="Casa", beneficiaries=[nicolo])
        patti_rules.new_patto(s, kind="ptri_bds", title="Lavoro", beneficiaries=[stefan])
        ended = patti_rules.new_patto(s, kind="ptri_bds", title="Vecchio", beneficiaries=[giulia])
        ended.state = "concluso"
        return {"nicolo": nicolo.id, "giulia": giulia.id, "stefan": stefan.id}


@pytest.fixture
def window(qtbot, store, team):
    win = build_main_window(store)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    page = win.pages[0]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.patto_filter.count() > 2)
    yield win
    win.close()


def shown(page) -> list[str]:
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"«{text}» is not among the choices"
    combo.setCurrentIndex(index)


def expect(qtbot, page, names: list[str]) -> None:
    qtbot.waitUntil(lambda: page.model.has_loaded and shown(page) == names)


def search(qtbot, page, text: str) -> None:
    page.search_field.clear()
    qtbot.keyClicks(page.search_field, text)


def test_filters_narrow_the_list(qtbot, window):
    page = window.pages[0]
    everyone = ["Bianchi Nicolò", "Rossi Giulia", "Țurcanu Ștefan"]
    assert shown(page) == everyone and not page.clear_filters_button.isVisible()
    choose(page.district_filter, "Distretto Città di Bologna")  # Nicolò lives in an area of it
    expect(qtbot, page, ["Bianchi Nicolò"])
    qtbot.waitUntil(lambda: page.footer.text() == "Una persona corrisponde ai filtri")
    choose(page.district_filter, "Distretto Appennino Bolognese")
    expect(qtbot, page, ["Rossi Giulia", "Țurcanu Ștefan"])
    qtbot.waitUntil(lambda: page.footer.text() == "2 persone corrispondono ai filtri")
    choose(page.case_filter, "Senza presa in carico aperta")
    expect(qtbot, page, ["Rossi Giulia", "Țurcanu Ștefan"])
    choose(page.manager_filter, "Senza case manager")
    expect(qtbot, page, ["Țurcanu Ștefan"])
    choose(page.patto_filter, "Nessun patto in corso")  # his PTRI is still in progress
    expect(qtbot, page, [])
    assert page.empty_text() == "Nessuna persona corrisponde ai filtri scelti."
    click(qtbot, page.clear_filters_button)
    expect(qtbot, page, everyone)
    assert not page.clear_filters_button.isVisible()

    choose(page.case_filter, "Con presa in carico aperta")
    expect(qtbot, page, ["Bianchi Nicolò"])
    choose(page.case_filter, "Presa in carico: tutte")
    choose(page.manager_filter, "Neri Luca")
    expect(qtbot, page, ["Rossi Giulia"])
    choose(page.manager_filter, "Tutti i case manager")
    choose(page.patto_filter, "PTRI con Budget di Salute")  # Giulia's PTRI is concluded
    expect(qtbot, page, ["Țurcanu Ștefan"])


def test_search_finds_partial_codes_and_names_without_accents_within_the_filters(
        qtbot, window, store, team):
    page = window.pages[0]
    with store.read() as s:
        code = s.get(Person, team["giulia"]).codice_fiscale
    search(qtbot, page, "Nicolo")
    expect(qtbot, page, ["Bianchi Nicolò"])
    search(qtbot, page, "turcanu stefan")
    expect(qtbot, page, ["Țurcanu Ștefan"])
    search(qtbot, page, code[3:11])  # a fragment from inside the code
    expect(qtbot, page, ["Rossi Giulia"])
    search(qtbot, page, code[:6].lower())
    expect(qtbot, page, ["Rossi Giulia"])
    choose(page.district_filter, "Distretto Città di Bologna")
    expect(qtbot, page, [])
    assert page.empty_text() == f"Nessuna persona corrisponde a «{code[:6].lower()}»."
    search(qtbot, page, "roma")  # the comune: everyone, the filter keeps Nicolò
    expect(qtbot, page, ["Bianchi Nicolò"])


def test_nuova_persona_saves_and_opens_the_scheda(qtbot, window, store):
    page = window.pages[0]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.findChild(PersonDialog) is not None)
    dialog = page.findChild(PersonDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    type_anagrafica(qtbot, dialog)
    qtbot.keyClicks(dialog.code, MARIA_CF)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: window.current_detail() is not None)
    with store.read() as s:
        new_id = s.scalar(select(Person.id).where(Person.codice_fiscale == MARIA_CF))
    assert window.current_detail().key == f"person:{new_id}"
    window.close_detail()
    expect(qtbot, page, ["Bianchi Nicolò", "Rossi Giulia", "Rossi Maria", "Țurcanu Ștefan"])


# ------------------------------------------------------- the operator profile
def test_the_profile_dialog_creates_the_operator_and_sets_the_district(qtbot, store):
    dialog = ProfileDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled())
    assert not dialog.form.existing.isVisible()  # nobody to pick in an empty database
    qtbot.keyClicks(dialog.form.first_name, "Chiara")
    qtbot.keyClicks(dialog.form.last_name, "Fabbri")
    click(qtbot, dialog.ok_button)
    assert dialog.form.error_label.text() == "Scegli il distretto o l'ambito in cui lavori."
    choose(dialog.form.district, "Distretto Appennino Bolognese")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.form.error_label.isVisible()
                    and "ruolo" in dialog.form.error_label.text())
    assert dialog.form.first_name.text() == "Chiara"
    qtbot.keyClicks(dialog.form.role.lineEdit(), "assistente sociale")
    qtbot.keyClicks(dialog.form.organisation, "Comune di Vergato")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.operator_id is not None)
    operator = current_operator(store)
    assert operator.full_name == "Chiara Fabbri" and operator.role == "assistente sociale"
    assert store.meta(DISTRICT_KEY) == unit_id(store, "DIST-APPENNINO")
    assert store.operator_id == operator.id
    assert build_main_window(store).operator_label.text().startswith("Chiara Fabbri")


def test_the_first_run_step_asks_once_and_offers_existing_operators(qtbot, store):
    with store.session() as s:
        s.add(Operator(first_name="Luca", last_name="Neri", role="educatore professionale",
                       territorial_unit_id=unit_id(store, "DIST-PIANURA-EST")))
    seen: list[str] = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ProfileDialog) or not dialog.ok_button.isEnabled():
            QTimer.singleShot(20, answer)
            return
        choose(dialog.form.existing, "Neri Luca — educatore professionale")
        seen.append(dialog.form.district.currentText())
        seen.append(dialog.ok_button.text())
        dialog.ok_button.click()

    QTimer.singleShot(20, answer)
    profile_step(store, None)
    assert seen == ["Distretto Pianura Est", "Usa questo profilo"]
    assert current_operator(store).full_name == "Luca Neri"
    assert store.meta(DISTRICT_KEY) == unit_id(store, "DIST-PIANURA-EST")
    profile_step(store, None)  # a profile exists: nothing is asked, nothing blocks


def test_the_profile_can_be_changed_later_from_the_file_menu(qtbot, window, store):
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == "&Profilo operatore…")
    action.trigger()
    dialog = window.profile_dialog
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() and dialog.form.existing.count() > 1)
    choose(dialog.form.existing, "Neri Luca — educatore professionale")
    choose(dialog.form.district, "Distretto Pianura Est")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: window.operator_label.text().startswith("Luca Neri"))
    assert store.meta(DISTRICT_KEY) == unit_id(store, "DIST-PIANURA-EST")
    assert current_operator(store).full_name == "Luca Neri"


def test_what_was_typed_survives_a_crash_as_a_draft(qtbot, store):
    from desktop.core import drafts

    dialog, _saved = open_dialog(qtbot, store)
    type_anagrafica(qtbot, dialog)
    qtbot.keyClicks(dialog.code, MARIA_CF[:9])
    qtbot.waitUntil(lambda: (drafts.load(store, "persona", None) or {}).get(
        "texts", {}).get("codice_fiscale") == MARIA_CF[:9], timeout=10_000)
    dialog.done(0)  # gone without asking, as in a crash

    again, saved = open_dialog(qtbot, store)
    qtbot.waitUntil(lambda: getattr(again, "draft_box", None) is not None)
    restore = next(b for b in again.draft_box.buttons() if b.text() == "Ripristina la bozza")
    click(qtbot, restore)
    assert (again.last_name.text(), again.first_name.text(), again.code.text()) == \
        ("Rossi", "Maria", MARIA_CF[:9])
    assert again.sex.currentData() == "F"
    again.code.setText(MARIA_CF)
    click(qtbot, again.save_button)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    qtbot.waitUntil(lambda: drafts.load(store, "persona", None) is None, timeout=10_000)
