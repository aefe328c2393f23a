"""The «Presa in carico» tab of a real scheda persona on a real encrypted
database, driven like a user would: a segnalazione registered, the person taken
in charge, a date refused, the episode closed with a reason; the phase track,
the wait in words, the buttons and the header follow."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from desktop.core import profile
from desktop.core.model import CaseEpisode, Person
from desktop.ui.app import build_main_window

TODAY = dt.date.today()
REPORTED = TODAY - dt.timedelta(days=30)
TAKEN = TODAY - dt.timedelta(days=7)


@pytest.fixture
def person_id(store) -> str:
    with store.session() as s:
        district = profile.districts(s)[0]
        person = Person(first_name="Elena", last_name="Monti", sex="F",
                        birth_date=dt.date(1990, 6, 2), home_territorial_unit_id=district.id)
        s.add(person)
        s.flush()
        person_id, district_id = person.id, district.id
    profile.create_profile(store, first_name="Anna", last_name="Verdi", role="assistente sociale",
                           territorial_unit_id=district_id)
    return person_id


@pytest.fixture
def window(qtbot, store, person_id):
    win = build_main_window(store)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.deleteLater()


@pytest.fixture
def scheda(qtbot, window, person_id):
    view = window.open_person(person_id)
    qtbot.waitUntil(lambda: view.info is not None)
    return view


@pytest.fixture
def tab(qtbot, scheda):
    qtbot.waitUntil(lambda: any(t.title() == "Presa in carico" for t in scheda.tab_widgets()))
    found = scheda.tab("Presa in carico")
    scheda.tabs.setCurrentWidget(found)
    qtbot.waitUntil(lambda: found.model.has_loaded and found.new_button.isEnabled())
    return found


def submit(qtbot, dialog, **texts: str) -> None:
    for name, text in texts.items():
        field = dialog.findChild(QLineEdit, name)
        field.setText(text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def actions(tab) -> list[str]:
    return [b.objectName() for b in tab.action_buttons]


def click_action(qtbot, tab, name: str):
    button = next(b for b in tab.action_buttons if b.objectName() == f"action_{name}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    return tab.dialog


def test_open_advance_and_close_with_the_track_and_the_header(qtbot, store, scheda, tab, window,
                                                              person_id):
    assert scheda.facts.phase.text() == "nessuna aperta"
    assert "Nessuna presa in carico" in tab.empty_text() and not tab.card.isVisible()

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    origin = dialog.findChild(QComboBox, "origin")
    origin.setCurrentIndex(origin.findData("scuola"))
    operator = dialog.findChild(QComboBox, "responsible_operator_id")
    assert operator.currentText() == "Anna Verdi"  # this installation's operator
    submit(qtbot, dialog, referred_by="Istituto comprensivo di Vergato",
           segnalazione_on=REPORTED.strftime("%d/%m/%Y"))
    qtbot.waitUntil(lambda: tab.row is not None and tab.card.isVisible())
    assert tab.row.phase == "segnalazione"
    assert tab.wait_label.text() == "In attesa da 30 giorni"
    assert actions(tab) == ["action_orienta", "action_prendi_in_carico", "action_chiudi"]
    assert not tab.new_button.isEnabled()  # one open at a time
    assert "Scuola (Istituto comprensivo di Vergato)" in tab.card_facts.text()
    assert "Anna Verdi" in tab.card_facts.text()
    qtbot.waitUntil(lambda: scheda.facts.phase.text() == "Segnalazione / accesso")

    submit(qtbot, click_action(qtbot, tab, "prendi_in_carico"), on=TAKEN.strftime("%d/%m/%Y"))
    qtbot.waitUntil(lambda: tab.row.phase == "valutazione")
    assert tab.wait_label.text() == "Presa in carico dopo 23 giorni dalla segnalazione"
    assert [(s.name.text(), s.date.text(), s.state) for s in tab.steps[:4]] == [
        ("Segnalazione / accesso", REPORTED.strftime("%d/%m/%Y"), "done"),
        ("Orientamento", "non svolta", "skipped"),
        ("Valutazione", TAKEN.strftime("%d/%m/%Y"), "current"),
        ("Progettazione", "da fare", "to_come")]
    assert tab.steps[4].name.text() == "Erogazione"
    assert actions(tab) == ["action_progetta", "action_chiudi"]
    qtbot.waitUntil(lambda: scheda.facts.phase.text() == "Valutazione")

    dialog = click_action(qtbot, tab, "progetta")  # a date in the future is refused
    assert dialog.findChild(QLabel, "dateHint").text() == (
        f"Una data dal {TAKEN.strftime('%d/%m/%Y')} (l'ultima registrata) a oggi.")
    submit(qtbot, dialog, on=(TODAY + dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "nel futuro" in dialog.error_label.text()
    submit(qtbot, dialog, on=(TAKEN - dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    qtbot.waitUntil(lambda: "non può precedere" in dialog.error_label.text())
    submit(qtbot, dialog, on=TODAY.strftime("%d/%m/%Y"))
    qtbot.waitUntil(lambda: tab.row.phase == "progettazione" and tab.dialog is None)
    qtbot.waitUntil(lambda: scheda.facts.phase.text() == "Progettazione")
    window.grab().save("/tmp/presa.png")  # looked at by hand: the track at 1366×768

    dialog = click_action(qtbot, tab, "chiudi")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert dialog.error_label.text() == "Indica il motivo della chiusura."
    reason = dialog.findChild(QComboBox, "reason")
    assert reason.findText("Obiettivi raggiunti") >= 0  # the usual reasons are suggested
    reason.setEditText("Trasferita in altra regione")  # and any other can be written
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.row is not None and not tab.row.is_open)
    assert tab.card_title.text() == f"Presa in carico chiusa il {TODAY.strftime('%d/%m/%Y')}"
    assert actions(tab) == []
    assert "Motivo della chiusura: Trasferita in altra regione" in tab.more_label.text()
    assert [s.state for s in tab.steps] == ["done", "skipped", "done", "done", "skipped",
                                            "skipped", "skipped", "done"]
    assert tab.steps[-1].date.text() == TODAY.strftime("%d/%m/%Y")
    qtbot.waitUntil(lambda: scheda.facts.phase.text() == "nessuna aperta")
    qtbot.waitUntil(tab.new_button.isEnabled)
    phase = scheda.facts.phase  # the longer text gets its room, not clipped
    qtbot.waitUntil(lambda: phase.width() >= phase.sizeHint().width())
    window.grab().save("/tmp/presa_chiusa.png")
    with store.read() as s:
        stored = s.query(CaseEpisode).filter_by(person_id=person_id).one()
        assert (stored.segnalazione_on, stored.valutazione_on, stored.chiusura_on,
                stored.closure_reason, stored.referred_by) == (
            REPORTED, TAKEN, TODAY, "Trasferita in altra regione",
            "Istituto comprensivo di Vergato")


def test_a_second_episode_comes_first_and_the_closed_one_stays_below(qtbot, store, tab):
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.findChild(QComboBox, "origin").setCurrentIndex(1)
    submit(qtbot, dialog, segnalazione_on=REPORTED.strftime("%d/%m/%Y"))
    qtbot.waitUntil(lambda: tab.row is not None)
    submit(qtbot, click_action(qtbot, tab, "chiudi"), on=TAKEN.strftime("%d/%m/%Y"))
    qtbot.waitUntil(lambda: tab.dialog.error_label.isVisible())
    tab.dialog.findChild(QComboBox, "reason").setCurrentIndex(0)
    qtbot.mouseClick(tab.dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.new_button.isEnabled())
    first = tab.row.id
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    submit(qtbot, tab.dialog)  # today, the default
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and tab.row.is_open)
    assert tab.model.row_at(1).id == first and tab.row.id != first
    assert tab.wait_label.text() == "In attesa da oggi"
