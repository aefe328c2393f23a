"""File › «Account e ruoli…» through the real window on the encrypted demo with
one account per role: the administrator creates an account, changes roles
and districts, resets a password and disables an account with the dialog's
own widgets, and the core's answers (sign-in, refusals) are checked; an
operator without the permission has the menu action off, and the core refuses
the dialog forced open, in Italian, writing nothing."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QLineEdit, QListWidget, QMessageBox, QPushButton,
    QTableWidget, QTextBrowser,
)
from sqlalchemy import func, select

from desktop.core import accounts
from desktop.core.model import Account, AuditEvent, ChangeLog, OperatorDistrict, OperatorRole
from desktop.core.store import Store
from desktop.ui.accounts_dialog import (
    AccountsDialog, GrantsDialog, NewAccountDialog, ResetPasswordDialog, suggested_username,
)
from desktop.ui.app import build_main_window
from tests.conftest import PASSPHRASE
from tests.demo_accounts import PASSWORD

pytestmark = pytest.mark.usefixtures("no_keyring")
ROOT = Path(__file__).resolve().parents[2]
TEMPORARY = "temporanea-2026"
SCREEN = (1366, 768)


@pytest.fixture
def signed_in(demo_copy):
    """The demo copy opened; ``sign_in(user)`` makes ``user`` the operator."""
    store = Store.open(demo_copy, passphrase=PASSPHRASE)
    yield lambda user: (accounts.sign_in(store, user, PASSWORD), store)[1]
    store.close()


def loaded(qtbot, dialog: AccountsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.admin is not None and not dialog.loading, timeout=10_000)


def row_of(dialog: AccountsDialog, username: str) -> list[str]:
    index = next(i for i, r in enumerate(dialog.rows) if r.username == username)
    return [dialog.table.item(index, c).text() for c in range(dialog.table.columnCount())]


def assert_accessible(widget) -> None:
    """Every input and button says what it is to a screen reader."""
    for kind in (QLineEdit, QComboBox, QPushButton, QCheckBox, QListWidget, QTableWidget,
                 QTextBrowser):
        for child in widget.findChildren(kind):
            if child.isVisibleTo(widget) and child.parent() is not None:
                name = child.accessibleName() or (child.text() if hasattr(child, "text") else "")
                assert name.strip(), f"{type(child).__name__} {child.objectName()!r} has no name"


def fits_the_screen(widget) -> None:
    assert widget.width() <= SCREEN[0] and widget.height() <= SCREEN[1] - 60
    assert widget.minimumWidth() <= SCREEN[0] and widget.minimumHeight() <= SCREEN[1] - 60


def grant_rows(store, operator_id: str) -> tuple[set[str], set[str]]:
    with store.read() as s:
        return (set(s.scalars(select(OperatorRole.role_id)
                              .where(OperatorRole.operator_id == operator_id))),
                set(s.scalars(select(OperatorDistrict.territorial_unit_id)
                              .where(OperatorDistrict.operator_id == operator_id))))


def test_the_administrator_creates_an_account_that_must_change_its_password(qtbot, signed_in):
    store = signed_in("capo")
    window = build_main_window(store)
    qtbot.addWidget(window)
    try:
        action = window.accounts_action
        assert action.isEnabled() and action.text().replace("&", "") == "Account e ruoli…"
        action.trigger()
        dialog = window.accounts_dialog
        assert dialog.isVisible()
        loaded(qtbot, dialog)
        assert dialog.table.rowCount() == 6
        assert row_of(dialog, "capo")[1].endswith("(tu)")
        assert "gestire account e ruoli" in dialog.roles_view.toPlainText()
        assert_accessible(dialog)
        fits_the_screen(dialog)

        dialog.new_button.click()
        new = dialog.sub_dialog
        assert isinstance(new, NewAccountDialog) and new.isVisible()
        assert_accessible(new)
        fits_the_screen(new)
        candidate = dialog.admin.candidates[0]
        taken = {r.operator_id for r in dialog.rows}
        assert candidate.id not in taken
        assert new.operator.count() == len(dialog.admin.candidates) + 1

        new.ok_button.click()  # nobody chosen yet
        assert new.error_label.text() == "Scegli l'operatore a cui dare l'account."
        new.operator.setCurrentIndex(new.operator.findData(candidate.id))
        # the job suggests the role, the operator's district is ticked, a user name proposed
        assert new.username.text() == suggested_username(candidate.first_name,
                                                         candidate.last_name)
        assert new.grants.role_codes() == [candidate.role_code]
        assert new.grants.unit_ids() == [candidate.unit_id]
        new.username.setText("n.collega")
        new.password.setText(TEMPORARY)
        new.confirm.setText(TEMPORARY + "x")
        new.ok_button.click()
        assert new.error_label.text() == "Le due password non coincidono."
        new.password.setText("corta")
        new.confirm.setText("corta")
        new.ok_button.click()  # the core's rule, said in the dialog
        qtbot.waitUntil(lambda: new.buttons.isEnabled(), timeout=10_000)
        assert new.isVisible()
        assert new.error_label.text() == "La password deve avere almeno 10 caratteri."
        new.password.setText(TEMPORARY)
        new.confirm.setText(TEMPORARY)
        other = next(i for i in range(new.grants.districts.count())
                     if new.grants.districts.item(i).data(256) != candidate.unit_id)
        new.grants.districts.itemActivated.emit(new.grants.districts.item(other))  # Enter
        wanted_units = {candidate.unit_id, new.grants.districts.item(other).data(256)}
        assert set(new.grants.unit_ids()) == wanted_units
        new.ok_button.click()
        qtbot.waitUntil(lambda: not new.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 7 and not dialog.loading,
                        timeout=10_000)
        assert dialog.selected().username == "n.collega"
        assert row_of(dialog, "n.collega")[4] == "password temporanea"
        assert "Creato l'account «n.collega»" in dialog.message.text()
        assert not dialog.error_label.isVisible()
        dialog.close()
    finally:
        window.close()
    access = accounts.sign_in(store, "n.collega", TEMPORARY)
    assert access.must_change_password  # the colleague chooses their own at once
    assert access.operator_id == candidate.id
    assert access.role_codes == (candidate.role_code,)
    assert grant_rows(store, candidate.id)[1] == wanted_units


def test_the_administrator_edits_grants_resets_a_password_and_disables(qtbot, signed_in):
    store = signed_in("capo")
    window = build_main_window(store)
    qtbot.addWidget(window)
    try:
        window.manage_accounts()
        dialog = window.accounts_dialog
        loaded(qtbot, dialog)

        # Roles and districts: the educator also becomes a coordinator
        assert dialog.select("educatore")
        educator = dialog.selected()
        dialog.grants_button.click()
        grants = dialog.sub_dialog
        assert isinstance(grants, GrantsDialog)
        assert grants.grants.role_codes() == ["educatore"]
        assert_accessible(grants)
        grants.grants.role_boxes["coordinatore"].setChecked(True)
        grants.ok_button.click()
        qtbot.waitUntil(lambda: not grants.isVisible() and not dialog.loading, timeout=10_000)
        assert row_of(dialog, "educatore")[2] == "Coordinatore, Educatore"
        assert dialog.selected().username == "educatore"

        # None ticked: the core refuses, in the dialog, and nothing changes
        dialog.grants_button.click()
        grants = dialog.sub_dialog
        for box in grants.grants.role_boxes.values():
            box.setChecked(False)
        grants.ok_button.click()
        qtbot.waitUntil(lambda: grants.buttons.isEnabled(), timeout=10_000)
        assert grants.error_label.text() == "Assegna almeno un ruolo."
        grants.reject()

        # A temporary password for the health worker
        assert dialog.select("sanitario")
        dialog.reset_button.click()
        reset = dialog.sub_dialog
        assert isinstance(reset, ResetPasswordDialog) and reset.isVisible()
        assert_accessible(reset)
        reset.password.setText(TEMPORARY)
        reset.confirm.setText(TEMPORARY)
        reset.ok_button.click()
        qtbot.waitUntil(lambda: not reset.isVisible() and not dialog.loading, timeout=10_000)
        assert row_of(dialog, "sanitario")[4] == "password temporanea"
        assert "reimpostata" in dialog.message.text()

        # Disabling asks first; one's own account cannot be disabled
        assert dialog.select("capo")
        assert not dialog.toggle_button.isEnabled()
        assert dialog.select("educatore")
        assert dialog.toggle_button.text() == "Disattiva"
        dialog.toggle_button.click()
        dialog.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
        assert row_of(dialog, "educatore")[4] == "attivo"
        dialog.toggle_button.click()
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: row_of(dialog, "educatore")[4] == "disattivato"
                        and not dialog.loading, timeout=10_000)
        assert dialog.toggle_button.text() == "Riattiva"
        assert dialog.message.text() == "Account «educatore» disattivato."
        dialog.close()
    finally:
        window.close()
    assert len(grant_rows(store, educator.operator_id)[0]) == 2
    with pytest.raises(accounts.LoginError,
                       match="Questo account è stato disattivato: chiedi all'amministratore."):
        accounts.sign_in(store, "educatore", PASSWORD)
    with pytest.raises(accounts.LoginError, match="non corretti"):
        accounts.sign_in(store, "sanitario", PASSWORD)  # the old password no longer opens
    assert accounts.sign_in(store, "sanitario", TEMPORARY).must_change_password
    with store.read() as s:  # the reset is in the audit log
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.purpose == "reimpostazione della password")) == 1


def test_without_the_permission_the_action_is_off_and_the_core_refuses(qtbot, signed_in):
    store = signed_in("capo")
    with store.read() as s:  # what an administrator's dialog would hold
        admin = accounts.administration(s)
    signed_in("educatore")

    def written() -> tuple:
        with store.read() as s:
            return (s.scalar(select(func.count()).select_from(ChangeLog).where(
                        ChangeLog.table_name.in_(("account", "operator_role", "operator_district",
                                                  "role", "login_failure")))),
                    sorted(s.execute(select(Account.username, Account.password_hash,
                                            Account.disabled)).all()))

    before = written()
    window = build_main_window(store)
    qtbot.addWidget(window)
    try:
        assert not window.accounts_action.isEnabled()
        window.manage_accounts()  # forced open
        dialog = window.accounts_dialog
        qtbot.waitUntil(lambda: dialog.error_label.isVisible() and not dialog.loading,
                        timeout=10_000)
        assert dialog.error_label.text() == (
            "Il tuo ruolo (Educatore) non permette di gestire account e ruoli. Se ti serve, "
            "chiedi all'amministratore.")
        assert dialog.table.rowCount() == 0
        assert not any(b.isEnabled() for b in (dialog.new_button, dialog.grants_button,
                                               dialog.reset_button, dialog.toggle_button))

        # Even the forms filled in: each write is refused by the core, in the dialog
        new = NewAccountDialog(store, admin, dialog)
        qtbot.addWidget(new)
        new.show()
        new.operator.setCurrentIndex(1)
        new.username.setText("intruso")
        new.password.setText(TEMPORARY)
        new.confirm.setText(TEMPORARY)
        new.ok_button.click()
        qtbot.waitUntil(lambda: new.buttons.isEnabled(), timeout=10_000)
        assert new.isVisible() and "non permette di gestire account e ruoli" in (
            new.error_label.text())
        capo = next(r for r in admin.accounts if r.username == "capo")
        reset = ResetPasswordDialog(store, capo, dialog)
        qtbot.addWidget(reset)
        reset.show()
        reset.password.setText(TEMPORARY)
        reset.confirm.setText(TEMPORARY)
        reset.ok_button.click()
        qtbot.waitUntil(lambda: reset.buttons.isEnabled(), timeout=10_000)
        assert "non permette di gestire account e ruoli" in reset.error_label.text()
        dialog.show_message("")
        dialog._set_disabled(capo, True)  # what «Disattiva» runs once confirmed
        qtbot.waitUntil(lambda: dialog.error_label.isVisible() and not dialog.loading,
                        timeout=10_000)
        assert "non permette di gestire account e ruoli" in dialog.error_label.text()
        for widget in (new, reset, dialog):
            widget.close()
    finally:
        window.close()
    assert written() == before
    assert accounts.sign_in(store, "capo", PASSWORD).username == "capo"


def test_screenshot_of_the_dialog(qtbot, signed_in):
    """Rendered styled as the application runs it, at the size it opens with;
    with TESSERE_SCREENSHOTS=1 it refreshes docs/screenshots/account-e-ruoli.png."""
    from desktop.ui.app import create_application

    store = signed_in("capo")
    with store.session() as s:  # a realistic list: a reset and a colleague who left
        accounts.reset_password(s, "sanitario", TEMPORARY)
        accounts.set_disabled(s, "partner", True)
    app = QApplication.instance()
    saved = app.styleSheet(), app.style().name(), app.font()
    create_application()
    try:
        dialog = AccountsDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        loaded(qtbot, dialog)
        dialog.select("educatore")
        dialog.show_message("Aggiornati ruoli e distretti di «educatore».")
        qtbot.wait(200)
        image = dialog.grab().toImage()
        dialog.close()
    finally:
        app.setStyleSheet(saved[0])
        app.setStyle(saved[1])
        app.setFont(saved[2])
    assert image.width() <= SCREEN[0] and image.height() <= SCREEN[1] - 60
    if os.environ.get("TESSERE_SCREENSHOTS") == "1":
        assert image.save(str(ROOT / "docs" / "screenshots" / "account-e-ruoli.png"))
