"""The guided first start, driven as a new user would: a real database made
on disk, a real team key, a real first sync through a shared folder."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from desktop.core.accounts import create_first_administrator
from desktop.core.profile import create_profile, current_operator_name, districts
from desktop.core.store import Store
from desktop.sync import engine, settings, team
from desktop.ui.app import create_database, open_main_window
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.operations import wait_for_ops
from tests.conftest import PASSPHRASE

B = QWizard.WizardButton


def go_on(qtbot, wizard) -> None:
    """Clicks the forward button the page shows (Avanti, Crea il database, Inizia)."""
    for which in (B.CommitButton, B.NextButton, B.FinishButton):
        button = wizard.button(which)
        if button.isVisible():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError("no forward button on " + wizard.currentPage().objectName())


def skip(qtbot, wizard) -> None:
    button = wizard.button(B.CustomButton1)
    assert button.isVisible(), wizard.currentPage().objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def on(wizard) -> str:
    return wizard.currentPage().objectName()


def choose_district(form) -> str:
    form.district.setCurrentIndex(1)
    return form.district.currentText()


@pytest.fixture
def wizard(qtbot, tmp_path):
    made = FirstRunWizard(tmp_path / "tessere.db", create_database=create_database)
    qtbot.addWidget(made)
    made.show()
    yield made
    wait_for_ops()
    if made.store is not None:
        made.store.close()


def test_every_step_of_the_first_start_leaves_its_mark(qtbot, wizard, tmp_path, file_keyring):
    assert on(wizard) == "welcomePage" and not wizard.button(B.CustomButton1).isVisible()
    go_on(qtbot, wizard)

    assert on(wizard) == "protectionPage"
    page = wizard.currentPage()
    assert page.keyring_radio.isEnabled() and page.keyring_radio.isChecked()
    assert wizard.button(B.CommitButton).text() == "Crea il database"
    go_on(qtbot, wizard)
    store = wizard.store
    assert store is not None and (tmp_path / "tessere.db").stat().st_size > 0
    Store.open(tmp_path / "tessere.db").close()  # the key is in the keyring: no passphrase

    assert on(wizard) == "teamPage"
    page = wizard.currentPage()
    page.create_radio.setChecked(True)
    go_on(qtbot, wizard)
    assert on(wizard) == "teamPage"  # stays, so the code can be written down
    code = page.code_label.text()
    assert page.code_box.isVisible() and "Squadra creata" in page.message.text()
    team.check_code(code)
    go_on(qtbot, wizard)

    assert on(wizard) == "syncPage"
    shared = tmp_path / "condivisa"
    shared.mkdir()
    page = wizard.currentPage()
    page.folder_radio.setChecked(True)
    page.folder_edit.setText(str(shared))
    go_on(qtbot, wizard)
    assert on(wizard) == "profilePage", page.message.text()
    assert settings.target_settings(store).folder == str(shared)
    assert any(shared.rglob("*")), "the first sync published this laptop's bundle"

    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.form.loaded)
    qtbot.keyClicks(page.form.first_name, "Chiara")
    qtbot.keyClicks(page.form.last_name, "Fabbri")
    qtbot.keyClicks(page.form.role.lineEdit(), "assistente sociale")
    district = choose_district(page.form)
    go_on(qtbot, wizard)
    assert on(wizard) == "administratorPage", page.form.error_label.text()
    assert current_operator_name(store) == "Chiara Fabbri"

    page = wizard.currentPage()
    assert page.fields.isVisible() and wizard.button(B.CustomButton1).isVisible()
    qtbot.keyClicks(page.username, "c.fabbri")
    qtbot.keyClicks(page.password, "una-password-lunga")
    qtbot.keyClicks(page.confirm, "una-password-diversa")
    go_on(qtbot, wizard)
    assert on(wizard) == "administratorPage"
    assert page.message.text() == "Le due password non coincidono."
    page.confirm.setText("una-password-lunga")
    go_on(qtbot, wizard)

    assert on(wizard) == "donePage"
    summary = wizard.currentPage().summary.text()
    for expected in ("Database creato", "chiave nel portachiavi", "Squadra creata",
                     str(shared), "Prima sincronizzazione fatta", "Chiara Fabbri", district,
                     "«c.fabbri» creato"):
        assert expected in summary, (expected, summary)
    go_on(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert store.access is not None and store.access.username == "c.fabbri"
    assert "amministratore" in store.access.role_codes
    assert team.team_key(store) is not None


def test_bad_answers_are_said_and_every_step_can_be_skipped(qtbot, wizard, tmp_path,
                                                           no_keyring):
    taken = tmp_path / "esiste.db"
    Store.open(taken, passphrase=PASSPHRASE, create=True).close()
    page = wizard.currentPage()
    page.path_edit.setText(str(taken))
    go_on(qtbot, wizard)
    assert on(wizard) == "welcomePage" and "esiste già" in page.message.text()
    page.path_edit.setText(str(tmp_path / "manca" / "tessere.db"))
    go_on(qtbot, wizard)
    assert "non esiste" in page.message.text()
    page.path_edit.setText(str(tmp_path / "nuovo.db"))
    go_on(qtbot, wizard)

    page = wizard.currentPage()
    assert on(wizard) == "protectionPage"
    assert not page.keyring_radio.isEnabled() and page.passphrase_radio.isChecked()
    assert "non c'è un portachiavi" in page.keyring_note.text()
    page.passphrase.setText("corta")
    go_on(qtbot, wizard)
    assert "almeno 8 caratteri" in page.message.text()
    page.passphrase.setText("una passphrase lunga")
    page.confirm.setText("un'altra passphrase")
    go_on(qtbot, wizard)
    assert page.message.text() == "Le due passphrase non coincidono."
    assert not (tmp_path / "nuovo.db").exists()  # nothing made until the answers hold
    page.confirm.setText("una passphrase lunga")
    go_on(qtbot, wizard)
    assert on(wizard) == "teamPage"

    page = wizard.currentPage()
    page.join_radio.setChecked(True)
    page.code_edit.setText("NON-UN-CODICE")
    go_on(qtbot, wizard)
    assert on(wizard) == "teamPage" and page.message.text()
    skip(qtbot, wizard)
    assert on(wizard) == "syncPage"
    page = wizard.currentPage()
    page.folder_radio.setChecked(True)
    go_on(qtbot, wizard)
    assert page.message.text() == "Scegli la cartella condivisa."
    skip(qtbot, wizard)
    assert on(wizard) == "profilePage"
    skip(qtbot, wizard)
    page = wizard.currentPage()
    assert on(wizard) == "administratorPage"
    assert not page.fields.isVisible() and "Senza profilo" in page.state_label.text()
    skip(qtbot, wizard)
    summary = wizard.currentPage().summary.text()
    assert "chiave da passphrase" in summary
    for step in ("Squadra", "Sincronizzazione", "Il tuo profilo", "Primo amministratore"):
        assert f"{step}: saltato." in summary
    go_on(qtbot, wizard)
    store = wizard.store
    assert team.team_key(store) is None and settings.target_settings(store) is None
    assert current_operator_name(store) is None
    Store.open(tmp_path / "nuovo.db", passphrase="una passphrase lunga").close()


def test_a_laptop_joining_a_team_meets_its_colleagues_and_makes_no_administrator(
        qtbot, tmp_path, no_keyring):
    shared = tmp_path / "condivisa"
    shared.mkdir()
    with Store.open(tmp_path / "primo.db", passphrase=PASSPHRASE, create=True) as first:
        code = team.create_team(first)
        settings.save_folder(first, str(shared))
        with first.read() as s:
            unit = districts(s)[0].id
        create_profile(first, first_name="Luca", last_name="Neri", role="educatore professionale",
                       territorial_unit_id=unit)
        create_first_administrator(first, username="l.neri", password="la-password-di-luca")
        engine.sync_when_ready(first, manual=True)

    made = FirstRunWizard(tmp_path / "secondo.db", create_database=create_database)
    qtbot.addWidget(made)
    made.show()
    try:
        go_on(qtbot, made)
        page = made.currentPage()
        page.passphrase.setText(PASSPHRASE)
        page.confirm.setText(PASSPHRASE)
        go_on(qtbot, made)
        page = made.currentPage()
        page.join_radio.setChecked(True)
        page.code_edit.setText(code)
        go_on(qtbot, made)
        assert on(made) == "syncPage", page.message.text()
        page = made.currentPage()
        page.folder_radio.setChecked(True)
        page.folder_edit.setText(str(shared))
        go_on(qtbot, made)
        assert on(made) == "profilePage", page.message.text()
        page = made.currentPage()
        qtbot.waitUntil(lambda: page.form.loaded)
        assert page.form.existing.isVisibleTo(page)  # Luca arrived with the first sync
        page.form.existing.setCurrentIndex(page.form.existing.findText(
            "Neri Luca — educatore professionale"))
        go_on(qtbot, made)
        page = made.currentPage()
        assert on(made) == "administratorPage"
        assert not page.fields.isVisible() and "già degli account" in page.state_label.text()
        go_on(qtbot, made)
        assert "Unito alla squadra" in made.currentPage().summary.text()
        go_on(qtbot, made)
        assert made.store.access is None  # signs in with the team's account, after the wizard
    finally:
        wait_for_ops()
        if made.store is not None:
            made.store.close()


def test_the_demo_choice_opens_the_separate_demo_database(qtbot, tmp_path, monkeypatch,
                                                          no_keyring):
    """Through the real start path: the wizard, then the demo filled with progress."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "dati"))
    monkeypatch.delenv("TESSERE_PASSPHRASE", raising=False)
    answered: list[str] = []

    def answer():
        box = QApplication.activeModalWidget()
        name = box.objectName() if box is not None else ""
        if name == "firstRunWizard" and "demo" not in answered:
            answered.append("demo")
            box.welcome.demo_radio.setChecked(True)
            assert box.button(B.NextButton).text() == "Prova"
            box.button(B.NextButton).click()
        elif name == "passphraseDialog" and "passphrase" not in answered:
            answered.append("passphrase")
            box.passphrase.setText(PASSPHRASE)
            box.confirm.setText(PASSPHRASE)
            box.ok_button.click()
        elif name == "profileDialog":
            answered.append("profile")
            box.later_button.click()
            return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    real = tmp_path / "reale.db"
    window, store = open_main_window(real)
    qtbot.addWidget(window)
    try:
        assert answered == ["demo", "passphrase", "profile"]
        assert store.is_demo and "DATI DIMOSTRATIVI" in window.windowTitle()
        assert not real.exists()  # the real database is made only when asked for
    finally:
        window.close()
        wait_for_ops()
        store.close()


def test_the_menu_offers_the_steps_again_on_the_open_database(qtbot, store, tmp_path):
    from desktop.ui.app import build_main_window

    with store.read() as s:
        unit = districts(s)[0].id
    create_profile(store, first_name="Anna", last_name="Ferri", role="assistente sociale",
                   territorial_unit_id=unit)
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.show()
    try:
        action = next(a for a in window.menuBar().actions()[0].menu().actions()
                      if a.text() == "Configurazione &guidata…")
        action.trigger()
        wizard = window.setup_wizard
        qtbot.waitUntil(wizard.isVisible)
        assert on(wizard) == "teamPage"  # the database exists: no welcome, no key to choose
        skip(qtbot, wizard)
        page = wizard.currentPage()
        shared = tmp_path / "chiavetta"
        shared.mkdir()
        page.folder_radio.setChecked(True)
        page.folder_edit.setText(str(shared))
        go_on(qtbot, wizard)  # no team yet: the target is kept, no sync is tried
        page = wizard.currentPage()
        assert on(wizard) == "profilePage" and page.form is None
        assert "Anna Ferri" in page.state_label.text()
        go_on(qtbot, wizard)
        skip(qtbot, wizard)  # no account for now
        go_on(qtbot, wizard)
        qtbot.waitUntil(lambda: not wizard.isVisible())
        assert settings.target_settings(store).folder == str(shared)
    finally:
        window.close()
        wait_for_ops()


def test_a_first_sync_that_fails_is_said_and_the_wizard_goes_on(qtbot, wizard, no_keyring):
    go_on(qtbot, wizard)
    page = wizard.currentPage()
    page.passphrase.setText(PASSPHRASE)
    page.confirm.setText(PASSPHRASE)
    go_on(qtbot, wizard)
    with Store.open(wizard.path.with_name("primo.db"), passphrase=PASSPHRASE,
                    create=True) as first:
        code = team.create_team(first)
    page = wizard.currentPage()
    page.join_radio.setChecked(True)
    page.code_edit.setText(code)
    go_on(qtbot, wizard)
    page = wizard.currentPage()
    assert on(wizard) == "syncPage"
    page.webdav_radio.setChecked(True)
    page.url_edit.setText("http://127.0.0.1:9/remote.php/dav/files/squadra")  # nobody listens
    page.user_edit.setText("squadra")
    page.password_edit.setText("una-password")
    go_on(qtbot, wizard)
    assert on(wizard) == "syncPage"
    assert "la prima sincronizzazione non è riuscita" in page.message.text()
    assert "Premi Avanti per continuare" in page.message.text()
    assert settings.target_settings(wizard.store).url.startswith("http://127.0.0.1:9/")
    go_on(qtbot, wizard)
    assert on(wizard) == "profilePage"
