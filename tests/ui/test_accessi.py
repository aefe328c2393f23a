"""The Accessi page on a real encrypted database: opening a scheda leaves its
row, the search narrows the log to one person («chi ha visto la mia cartella»),
Enter opens that person, and «Verifica il registro» names a removed row."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core import profile
from desktop.core.model import Comune, Person
from desktop.core.rules import codice_fiscale as cf
from desktop.ui.app import build_main_window

BORN = dt.date(1975, 6, 2)


def add(store, first: str, last: str) -> tuple[str, str]:
    code = cf.compute(first_name=first, last_name=last, sex="F", birth_date=BORN,
                      birthplace="Roma")
    with store.session() as s:
        roma = s.scalar(select(Comune).where(Comune.name == "Roma"))
        person = Person(first_name=first, last_name=last, sex="F", birth_date=BORN,
                        codice_fiscale=code, residence_comune_id=roma.id)
        s.add(person)
    return person.id, code


@pytest.fixture
def people(store):
    with store.session() as s:
        district = profile.districts(s)[0].id
    profile.create_profile(store, first_name="Anna", last_name="Verdi", role="assistente sociale",
                           territorial_unit_id=district, organisation_name="Comune di Roma")
    return add(store, "Giulia", "Ferrari"), add(store, "Marta", "Colombo")


@pytest.fixture
def window(qtbot, store, people):
    win = build_main_window(store)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.deleteLater()


def rows(page) -> list:
    return [page.model.row_at(i) for i in range(page.model.rowCount())]


def test_opening_a_scheda_shows_in_accessi_and_the_search_finds_the_person(
        qtbot, window, people):
    (giulia, giulia_cf), (marta, _) = people
    scheda = window.open_person(giulia)
    qtbot.waitUntil(lambda: scheda.info is not None)
    window.close_detail()
    page = window.page("AccessiPage")
    window.switch_to(window.pages.index(page))
    qtbot.waitUntil(lambda: page.model.has_loaded and page.model.rowCount() > 0)
    read = next(r for r in rows(page) if r.action == "read")
    assert (read.person, read.operator, read.role, read.action_label) == (
        "Ferrari Giulia", "Verdi Anna", "assistente sociale", "lettura")
    assert {r.person for r in rows(page)} >= {"Ferrari Giulia", "Colombo Marta"}

    page.search_field.setText(giulia_cf)
    qtbot.waitUntil(lambda: page.model.has_loaded
                    and {r.person for r in rows(page)} == {"Ferrari Giulia"})
    assert {r.action for r in rows(page)} == {"read", "write"} and rows(page)[-1].action == "write"

    page.search_field.setText("Nessuno Inesistente")
    qtbot.waitUntil(lambda: page.model.has_loaded and page.model.rowCount() == 0)


def test_enter_on_a_row_opens_the_scheda(qtbot, window, people):
    (giulia, _), _ = people
    page = window.page("AccessiPage")
    window.switch_to(window.pages.index(page))
    page.search_field.setText("Ferrari")
    qtbot.waitUntil(lambda: page.model.has_loaded and page.model.rowCount() == 1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(getattr(v, "person_id", None) == giulia for v in window.details))


def test_verify_says_intact_then_names_the_removed_row(qtbot, window, store):
    page = window.page("AccessiPage")
    window.switch_to(window.pages.index(page))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "integro" in page.footer.text())
    with store.engine.begin() as conn:  # an intruder with the key, past the guards
        conn.exec_driver_sql("DROP TRIGGER audit_event_frozen_delete")
        conn.exec_driver_sql("DELETE FROM audit_event WHERE seq = 1")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "manca la riga 1" in page.footer.text())
    assert page.verify_button.isEnabled()


def test_the_page_shows_reads_made_since_it_was_last_seen(qtbot, window, people):
    """A read announces no change to the pages: the log is read again on each visit."""
    _, (marta, _) = people
    page = window.page("AccessiPage")
    window.switch_to(window.pages.index(page))
    qtbot.waitUntil(lambda: page.model.has_loaded and page.model.rowCount() > 0)
    before = page.model.rowCount()
    scheda = window.open_person(marta)
    qtbot.waitUntil(lambda: scheda.info is not None)
    window.close_detail()
    window.switch_to(0)
    window.switch_to(window.pages.index(page))
    qtbot.waitUntil(lambda: page.model.has_loaded and page.model.rowCount() > before)
    assert any(r.person == "Colombo Marta" and r.action == "read" for r in rows(page))
