"""The daily work with the keyboard only, on a real encrypted database: every
key goes to the widget that has the focus, as a real keyboard's would, so a
step that needs the mouse (a widget the focus cannot reach, a shortcut that
is missing) fails the test. Also the Tab order of the two long forms."""
from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from desktop.core import profile
from desktop.core.model import Comune, Person
from desktop.core.rules import codice_fiscale as cf
from desktop.ui.app import build_main_window
from desktop.ui.person_dialog import PersonDialog
from desktop.ui.scheda import tab_classes

CTRL = Qt.KeyboardModifier.ControlModifier
LOAD_TIMEOUT = 10_000
PEOPLE = [("Giulia", "Rossi", "F", dt.date(1992, 11, 30)),
          ("Nicolò", "Bianchi", "M", dt.date(1980, 1, 1)),
          ("Ștefan", "Țurcanu", "M", dt.date(1975, 6, 12))]


@pytest.fixture
def people(store) -> dict[str, str]:
    with store.session() as s:
        roma = s.scalar(select(Comune).where(Comune.name == "Roma"))
        district = profile.districts(s)[0]
        made = {}
        for first, last, sex, born in PEOPLE:
            person = Person(first_name=first, last_name=last, sex=sex, birth_date=born,
                            codice_fiscale=cf.compute(first_name=first, last_name=last, sex=sex,
                                                      birth_date=born, birthplace="Roma"),
                            residence_comune_id=roma.id)
            s.add(person)
            made[first] = person
        district_id = district.id
    profile.create_profile(store, first_name="Anna", last_name="Verdi", role="assistente sociale",
                           territorial_unit_id=district_id, organisation_name="Comune di Roma")
    return {first: person.id for first, person in made.items()}


@pytest.fixture
def window(qtbot, store, people):
    win = build_main_window(store)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.waitUntil(lambda: win.pages[0].model.rowCount() == len(PEOPLE), timeout=LOAD_TIMEOUT)
    yield win
    for view in win.details:  # a failed test may leave text typed: no question then
        view.can_close = lambda: True
    win.close()
    win.deleteLater()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key, where the keyboard's would go: to the widget with the focus."""
    qtbot.keyClick(focused(), key, modifiers)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def test_a_day_of_work_with_the_keyboard_only(qtbot, window, store, people):
    persone = window.pages[0]
    press(qtbot, Qt.Key.Key_2, CTRL)  # the pages by their shortcuts
    assert type(window.current_page()).__name__ == "PattiPage"
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.current_page() is persone
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is persone.search_field

    # Enter right after typing, before the list has caught up: the person found opens.
    type_text(qtbot, "nicolo")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_detail() is not None, timeout=LOAD_TIMEOUT)
    scheda = window.current_detail()
    assert scheda.person_id == people["Nicolò"]
    qtbot.waitUntil(lambda: scheda.tabs.count() == len(tab_classes()), timeout=LOAD_TIMEOUT)

    # The scheda's tabs: the focus is on them, Ctrl+PgDown / Ctrl+Tab move on.
    assert focused() is scheda.tabs.tabBar()
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert scheda.tabs.currentIndex() == 1
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert scheda.tabs.currentIndex() == 2
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert scheda.tabs.currentIndex() == 0

    # A diary entry: Ctrl+N, type, Ctrl+S.
    diario = scheda.tab("Diario")
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: diario.editor is not None and diario.editor.text.hasFocus(),
                    timeout=LOAD_TIMEOUT)
    type_text(qtbot, "Colloquio telefonico: chiede un appuntamento.")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: diario.editor is None and diario.model.rowCount() == 1,
                    timeout=LOAD_TIMEOUT)
    assert diario.model.row_at(0).text == "Colloquio telefonico: chiede un appuntamento."
    assert focused() is diario.timeline

    # Esc goes back to the list; Down moves from the search into it, Enter opens.
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_detail() is None)
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_Delete)  # Ctrl+F selected what was typed
    qtbot.waitUntil(lambda: persone.model.has_loaded
                    and persone.model.rowCount() == len(PEOPLE), timeout=LOAD_TIMEOUT)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is persone.table and persone.table.currentIndex().row() == 0
    press(qtbot, Qt.Key.Key_Down)
    second = persone.model.row_at(1)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_detail() is not None, timeout=LOAD_TIMEOUT)
    assert window.current_detail().person_id == second.id
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_detail() is None)

    # «Nuova persona» by its shortcut; Esc closes the dialog and nothing is saved.
    press(qtbot, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PersonDialog),
                    timeout=LOAD_TIMEOUT)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.last_name.hasFocus(), timeout=LOAD_TIMEOUT)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert QApplication.activeModalWidget() is None
    with store.read() as s:
        assert len(s.scalars(select(Person.id)).all()) == len(PEOPLE)


def tab_chain(start: QWidget, stop: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from ``start`` to ``stop``, skipping those it would
    skip (hidden, disabled, or not taking the focus by Tab)."""
    chain, widget = [start], start
    for _ in range(limit):
        widget = widget.nextInFocusChain()
        if widget is stop:
            return chain + [stop]
        if (widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None):
            chain.append(widget)
    pytest.fail(f"Tab never reaches {stop.objectName() or type(stop).__name__}")


def in_order(chain: list[QWidget], expected: list[QWidget]) -> list[str]:
    """``expected`` as Tab visits them (by object name)."""
    return [w.objectName() for w in chain if w in expected]


def test_tab_follows_the_reading_order_of_nuova_persona(qtbot, store):
    dialog = PersonDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=LOAD_TIMEOUT)
    fields = [dialog.last_name, dialog.first_name, dialog.sex, dialog.birth_date,
              dialog.birthplace, dialog.code, dialog.missing_reason, dialog.citizenship,
              dialog.languages, dialog.residence, dialog.residence_address, dialog.domicile,
              dialog.domicile_address, dialog.phone, dialog.email, dialog.unit,
              dialog.case_manager, dialog.guardian_kind, dialog.guardian_name,
              dialog.guardian_contact, dialog.consent, dialog.privacy, dialog.notes,
              dialog.cancel_button, dialog.save_button]
    for name, widget in zip(("annulla", "salva"), fields[-2:]):
        widget.setObjectName(widget.objectName() or name)
    chain = tab_chain(dialog.last_name, dialog.save_button)
    assert in_order(chain, fields) == [w.objectName() for w in fields]
    # and on screen, each comes after the one before it: below, or beside on the right
    for before, after in zip(fields, fields[1:]):
        a, b = (w.mapTo(dialog, w.rect().topLeft()) for w in (before, after))
        assert b.y() > a.y() or (abs(b.y() - a.y()) < 12 and b.x() > a.x()), \
            f"{before.objectName()} → {after.objectName()}"
    dialog.done(0)


def test_tab_follows_the_reading_order_of_the_patto_editor(qtbot, store, people):
    from desktop.core.patti.editing import create_patto
    from desktop.core.patti.lists import patto_kinds

    with store.session() as s:
        patto_id = create_patto(s, kind=patto_kinds(s)[0].code, title="Casa e lavoro",
                                person_ids=[people["Giulia"]])
    win = build_main_window(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    editor = win.open_patto(patto_id)
    qtbot.waitUntil(lambda: editor.data is not None, timeout=LOAD_TIMEOUT)
    general = editor.general
    fields = [general.title, general.kind, general.intensity, general.phase, general.start_on,
              general.end_on, general.case_manager, general.wishes, general.family,
              general.strengths, general.blocks]
    fields = [w for w in fields if w.isVisible()]
    for number, widget in enumerate(fields):
        widget.setObjectName(widget.objectName() or f"campo{number}")
    chain = tab_chain(fields[0], fields[-1])
    assert in_order(chain, fields) == [w.objectName() for w in fields]
    for view in win.details:
        view.can_close = lambda: True
    win.close()
