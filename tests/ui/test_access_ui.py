"""Signing in through the real window on the demo data with one account per
role: login refused then accepted, the lockout in the dialog, a partner's
restricted view, and the auto-lock that hides everything and gives back
what was typed."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import accounts
from desktop.core.store import Store
from desktop.ui.access_dialogs import ChangePasswordDialog, LockDialog, LoginDialog
from desktop.ui.app import build_main_window, open_main_window
from tests.conftest import PASSPHRASE
from tests.test_access import PASSWORD, expected_people

pytestmark = pytest.mark.usefixtures("no_keyring")


def answer_login(steps: list[tuple[str, str]], seen: list[str]) -> None:
    """Type each (user, password) into the login dialog when it is idle."""
    box = QApplication.activeModalWidget()
    if isinstance(box, LoginDialog) and box.buttons.isEnabled():
        if box.error_label.isVisible() and box.error_label.text() != "Verifica in corso…":
            seen.append(box.error_label.text())
        if steps and len(seen) == (2 - len(steps)):
            user, password = steps.pop(0)
            box.username.setText(user)
            box.password.setText(password)
            box.ok_button.click()
    if steps or not seen:
        QTimer.singleShot(50, lambda: answer_login(steps, seen))


def test_login_refuses_a_wrong_password_then_opens_the_partners_view(qtbot, demo_copy):
    seen: list[str] = []
    QTimer.singleShot(50, lambda: answer_login([("partner", "sbagliata!!"),
                                                ("partner", PASSWORD)], seen))
    window, store = open_main_window(demo_copy)
    qtbot.addWidget(window)
    try:
        assert seen == ["Nome utente o password non corretti."]
        assert store.access.username == "partner"
        page = window.pages[0]
        expected = expected_people(store, store.access)
        qtbot.waitUntil(lambda: page.model.has_loaded and page.model.rowCount() == len(expected))
        shown = {page.model.row_at(i).id for i in range(page.model.rowCount())}
        assert shown == expected
    finally:
        window.close()
        store.close()


def test_the_login_dialog_holds_the_button_while_locked(qtbot, demo_copy):
    store = Store.open(demo_copy, passphrase=PASSPHRASE)
    try:
        dialog = LoginDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        for attempt in range(accounts.FREE_ATTEMPTS + 1):
            qtbot.waitUntil(dialog.buttons.isEnabled)
            dialog.username.setText("educatore")
            dialog.password.setText("sbagliata!!")
            dialog.ok_button.click()
        qtbot.waitUntil(lambda: "Troppi tentativi" in dialog.error_label.text(), timeout=10_000)
        assert not dialog.ok_button.isEnabled()
        assert dialog.password.text() == ""
        dialog.close()
    finally:
        store.close()


def test_auto_lock_hides_every_window_and_unlocking_gives_back_what_was_typed(qtbot, demo_copy):
    store = Store.open(demo_copy, passphrase=PASSPHRASE)
    accounts.sign_in(store, "assistente", PASSWORD)
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        assert window.idle_lock is not None and window.idle_lock.minutes == 10
        page = window.pages[0]
        page.search_field.setText("ross")
        other = ChangePasswordDialog(store)  # any other window with something typed in it
        qtbot.addWidget(other)
        other.show()
        other.old.setText("bozza non salvata")
        window.idle_lock.timer.start(200)  # ten minutes, shortened
        qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=5000)
        lock = window.idle_lock.dialog
        assert isinstance(lock, LockDialog) and lock.isVisible()
        assert window.outer.currentWidget() is window.locked_page
        assert not window.menuBar().isEnabled()
        assert not any(child.isVisible() for child in other.findChildren(QWidget)
                       if child.parent() is other)
        lock.reject()  # Escape does not unlock
        assert lock.isVisible()
        lock.password.setText("sbagliata!!")
        lock.unlock_button.click()
        qtbot.waitUntil(lambda: lock.error_label.isVisible(), timeout=5000)
        assert "non corretti" in lock.error_label.text()
        lock.password.setText(PASSWORD)
        lock.unlock_button.click()
        qtbot.waitUntil(lambda: not window.idle_lock.locked, timeout=5000)
        assert window.outer.currentWidget() is not window.locked_page
        assert window.menuBar().isEnabled()
        assert page.search_field.text() == "ross"
        assert other.old.text() == "bozza non salvata" and other.old.isVisible()
        other.close()
    finally:
        window.close()
        store.close()


@pytest.mark.parametrize("user, hidden", [
    ("educatore", {"Coordinamento", "Indicatori", "Accessi"}),
    ("assistente", {"Coordinamento", "Accessi"}),
    ("coordinatore", set()),
    ("capo", {"Coordinamento", "Indicatori"}),  # the administrator: accounts and the access log
])
def test_each_role_sees_the_pages_it_has_a_use_for(qtbot, demo_copy, user, hidden):
    store = Store.open(demo_copy, passphrase=PASSPHRASE)
    accounts.sign_in(store, user, PASSWORD)
    window = build_main_window(store)
    qtbot.addWidget(window)
    try:
        titles = {window.nav.item(n).text(): n for n in range(window.nav.count())}
        assert {t for t, n in titles.items() if window.nav.item(n).isHidden()} == hidden
        for title in hidden:  # nor through the Ctrl+N key
            window.page_actions[titles[title]].trigger()
            assert window.nav.currentRow() != titles[title]
    finally:
        window.close()
        store.close()
