"""The rights of the person from the scheda, on a real encrypted database with
accounts: erasing a new person closes the scheda and leaves nobody behind; a
person whose records the law keeps is refused with the reason, and the dialog
leads to restriction instead, which the header shows and the menu revokes."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.core import accounts
from desktop.core.model import DiaryEntry, Person
from desktop.core.persone import people
from desktop.core.store import Store
from desktop.ui.app import build_main_window
from desktop.ui.privacy_dialogs import EraseDialog, LiftRestrictionDialog, RestrictDialog
from tests.conftest import PASSPHRASE
from tests.demo_accounts import PASSWORD

pytestmark = pytest.mark.usefixtures("no_keyring")


@pytest.fixture
def signed_in(demo_copy, qtbot):
    store = Store.open(demo_copy, passphrase=PASSPHRASE)
    accounts.sign_in(store, "assistente", PASSWORD)
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield store, window
    window.close()
    store.close()


def subtitle(scheda) -> str:
    return scheda.subtitle_label.text().replace("\xa0", " ")


def test_erasing_a_person_from_the_scheda(qtbot, signed_in):
    store, window = signed_in
    with store.session() as s:
        s.add(person := Person(first_name="Zelinda", last_name="Quartararo",
                               home_territorial_unit_id=next(iter(store.access.unit_ids))))
    scheda = window.open_person(person.id)
    qtbot.waitUntil(lambda: scheda.info is not None)
    scheda.erase_action.trigger()
    dialog = scheda.privacy_dialog
    assert isinstance(dialog, EraseDialog)
    dialog.reason.setText("richiesta dell'interessato del 3/12/2026")
    dialog.ok_button.click()
    assert "CANCELLA" in dialog.error_label.text()  # the confirmation word first
    dialog.confirm.setText("CANCELLA")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.current_detail() is None, timeout=15_000)
    assert "cancellata" in window.statusBar().currentMessage()
    with store.read() as s:
        assert s.get(Person, person.id) is None
    store.sign_out()
    with store.read() as s:
        assert s.get(Person, person.id) is None  # not hidden: gone


def test_where_the_law_keeps_the_records_the_dialog_leads_to_restriction(qtbot, signed_in):
    store, window = signed_in
    with store.read() as s:
        visible = {p.id for p in people(s)}
        person_id = next(pid for pid in s.scalars(
            select(DiaryEntry.person_id).where(DiaryEntry.status == "chiusa")) if pid in visible)
    scheda = window.open_person(person_id)
    qtbot.waitUntil(lambda: scheda.info is not None)
    scheda.erase_action.trigger()
    dialog = scheda.privacy_dialog
    dialog.reason.setText("richiesta dell'interessato")
    dialog.confirm.setText("CANCELLA")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.retention, timeout=15_000)
    assert "conservazione" in dialog.error_label.text()
    assert dialog.ok_button.text() == "Limita invece il trattamento…"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: isinstance(scheda.privacy_dialog, RestrictDialog))
    restrict = scheda.privacy_dialog
    restrict.reason.setText("richiesta di limitazione")
    restrict.ok_button.click()
    qtbot.waitUntil(lambda: not restrict.isVisible(), timeout=15_000)
    assert "Trattamento limitato" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "Trattamento limitato dal" in subtitle(scheda))
    assert scheda.lift_action.isVisible() and not scheda.restrict_action.isVisible()
    with store.read() as s:  # kept, marked (hiding it is tests/test_erasure.py's)
        assert s.get(Person, person_id).restricted_on is not None
    assert QApplication.activeModalWidget() is None

    scheda.lift_action.trigger()
    lift = scheda.privacy_dialog
    assert isinstance(lift, LiftRestrictionDialog) and "informata" in lift.intro.text()
    lift.reason.setText("verifica conclusa, interessato informato")
    lift.ok_button.click()
    qtbot.waitUntil(lambda: not lift.isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: "Trattamento limitato" not in subtitle(scheda))
    assert scheda.restrict_action.isVisible() and not scheda.lift_action.isVisible()
    with store.read() as s:
        assert s.get(Person, person_id).restricted_on is None
