"""Accessible names and descriptions, checked through Qt's own accessibility
interface (what a screen reader such as NVDA or Orca is told): every input and
button of every page, of the scheda with its tabs and forms, of the patto
editor and of the dialogs has a name with words in it (not «✕» or nothing),
and the inputs whose use is not obvious (codice fiscale, passphrases, search)
have a description. Real widgets on the encrypted demo copy with accounts."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from sqlalchemy import select

from desktop.core import accounts
from desktop.core.model import PattoBeneficiary
from desktop.core.store import Store
from desktop.ui.app import build_main_window
from desktop.ui.operations import wait_for_ops
from desktop.ui.scheda import tab_classes
from tests.conftest import PASSPHRASE
from tests.demo_accounts import PASSWORD
from tests.ui.accessibility import controls, describe, description_of, name_of

pytestmark = pytest.mark.usefixtures("no_keyring")
LOAD_TIMEOUT = 15_000


def unnamed(root: QWidget) -> list[str]:
    """Controls with no name, or a name without a single letter (a bare «✕»)."""
    return [describe(w) for w in controls(root)
            if not any(ch.isalpha() for ch in name_of(w))]


def assert_all_named(missing: dict[str, list[str]]) -> None:
    """Every place with the controls it leaves unnamed, one per line."""
    report = "\n".join(f"{where}:\n    " + "\n    ".join(names)
                       for where, names in missing.items() if names)
    assert not report, "senza nome accessibile:\n" + report


@pytest.fixture
def signed_in(demo_copy, qtbot):
    """The demo copy, an assistente sociale signed in, the window on screen, and a
    person of hers with a patto (read before signing in: the system sees all)."""
    store = Store.open(demo_copy, passphrase=PASSPHRASE)
    with store.read() as s:
        patti = s.execute(select(PattoBeneficiary.patto_id, PattoBeneficiary.person_id)).all()
    accounts.sign_in(store, "assistente", PASSWORD)
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield store, window, patti
    for view in window.details:
        view.can_close = lambda: True
    window.close()
    wait_for_ops()
    store.close()


def _person_with_a_patto(qtbot, window, patti) -> tuple:
    """The first (patto, person) whose scheda opens for the signed-in operator."""
    for patto_id, person_id in patti:
        view = window.open_person(person_id)
        qtbot.waitUntil(lambda: view.info is not None or "non" in view.subtitle_label.text(),
                        timeout=LOAD_TIMEOUT)
        if view.info is not None:
            return patto_id, view
        window.close_detail(view)
    pytest.fail("no person with a patto is visible to the assistente sociale")


def test_every_page_names_its_inputs_and_buttons(qtbot, signed_in):
    _store, window, _patti = signed_in
    missing = {}
    for number, page in enumerate(window.pages):
        window.switch_to(number)
        qtbot.wait(50)
        missing[type(page).__name__] = unnamed(page)
    missing["window"] = [w for w in unnamed(window.centralWidget())
                         if "page_" not in w]  # the frame itself: navigation, status bar
    assert_all_named(missing)


def test_the_scheda_its_tabs_forms_and_editors_name_their_inputs(qtbot, signed_in):
    _store, window, patti = signed_in
    _patto_id, scheda = _person_with_a_patto(qtbot, window, patti)
    qtbot.waitUntil(lambda: scheda.tabs.count() == len(tab_classes()), timeout=LOAD_TIMEOUT)
    missing = {}
    for tab in scheda.tab_widgets():
        scheda.tabs.setCurrentWidget(tab)
        for button in tab.findChildren(QPushButton):
            if not button.objectName().startswith("add"):
                continue
            qtbot.waitUntil(button.isEnabled, timeout=LOAD_TIMEOUT)  # after the choices
            button.click()
            qtbot.waitUntil(lambda: isinstance(getattr(tab, "dialog", None), QDialog))
            missing[f"{tab.title()} › {tab.dialog.windowTitle()}"] = unnamed(tab.dialog)
            tab.dialog.reject()
    diario = scheda.tab("Diario")
    scheda.new_diary_entry()
    qtbot.waitUntil(lambda: diario.editor is not None, timeout=LOAD_TIMEOUT)
    valutazioni = scheda.tab("Valutazioni")
    scheda.tabs.setCurrentWidget(valutazioni)
    qtbot.waitUntil(lambda: valutazioni.current_template() is not None, timeout=LOAD_TIMEOUT)
    valutazioni.new_assessment()
    qtbot.waitUntil(lambda: valutazioni._form_page is not None, timeout=LOAD_TIMEOUT)
    missing["scheda"] = unnamed(scheda)
    assert_all_named(missing)
    assert len(missing) >= 8  # the forms of UVM, Rete, Nucleo (two), Misure, Scadenze, Consensi


def test_the_patto_editor_names_every_field_of_every_row(qtbot, signed_in):
    _store, window, patti = signed_in
    patto_id, _scheda = _person_with_a_patto(qtbot, window, patti)
    editor = window.open_patto(patto_id)
    qtbot.waitUntil(lambda: editor.data is not None, timeout=LOAD_TIMEOUT)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
    assert_all_named({"patto": unnamed(editor)})


def _dialogs(store, window, tmp_path, person: tuple[str, str]) -> dict:
    from desktop.ui.access_dialogs import (
        ChangePasswordDialog, FirstAdministratorDialog, LockDialog, LoginDialog,
    )
    from desktop.ui.backup_dialogs import BackupDialog, RestoreDialog
    from desktop.ui.coordinator_dialogs import AddDistrictDialog
    from desktop.ui.dialogs import PassphraseDialog, WelcomeDialog
    from desktop.ui.duplicati.review import DuplicatesReview
    from desktop.ui.first_run.wizard import FirstRunWizard
    from desktop.ui.hsds_dialogs import ExportResourcesDialog, ImportResourcesDialog
    from desktop.ui.patto_editor.dialogs import NewPattoDialog, ReasonDialog
    from desktop.ui.patto_editor.pickers import ResourcePicker
    from desktop.ui.patto_editor.proposte import ProposalsDialog
    from desktop.ui.person_dialog import PersonDialog
    from desktop.ui.privacy_dialogs import EraseDialog, LiftRestrictionDialog, RestrictDialog
    from desktop.ui.profile_dialog import ProfileDialog
    from desktop.ui.risorse_editor import OrganisationDialog, ServiceDialog
    from desktop.ui.template_editor import TemplateEditor

    return {
        "accesso": lambda: LoginDialog(store, window),
        "cambio password": lambda: ChangePasswordDialog(store, False, window),
        "blocco": lambda: LockDialog(store, window),
        "primo amministratore": lambda: FirstAdministratorDialog(store, "Anna Verdi", True,
                                                                 window),
        "backup": lambda: BackupDialog(store, window),
        "ripristino": lambda: RestoreDialog(window),
        "passphrase": lambda: PassphraseDialog(tmp_path / "nuovo.db", True, lambda _p: None,
                                               window),
        "benvenuto": lambda: WelcomeDialog(lambda _w: None, window),
        "importa HSDS": lambda: ImportResourcesDialog(store, window),
        "esporta HSDS": lambda: ExportResourcesDialog(store, window),
        "profilo": lambda: ProfileDialog(store, window),
        "modelli di valutazione": lambda: TemplateEditor(store, window),
        "configurazione guidata": lambda: FirstRunWizard(
            tmp_path / "guidata.db", create_database=lambda _path, _passphrase: None),
        "servizio": lambda: ServiceDialog(window, store),
        "ente": lambda: OrganisationDialog(window, store),
        "nuova persona": lambda: PersonDialog(store, None, window),
        "nuovo patto": lambda: NewPattoDialog(store, window),
        "modifica in itinere": lambda: ReasonDialog(2, window),
        "doppioni": lambda: DuplicatesReview(store, window),
        "scegli la risorsa": lambda: ResourcePicker(store, [], parent=window),
        "proposte di risorse": lambda: ProposalsDialog(store, "nessun-obiettivo", "Casa", window),
        "aggiungi distretto": lambda: AddDistrictDialog(store, window),
        "cancella (art. 17)": lambda: EraseDialog(store, *person, window),
        "limita (art. 18)": lambda: RestrictDialog(store, *person, window),
        "revoca la limitazione": lambda: LiftRestrictionDialog(store, *person, window),
    }


def test_every_dialog_names_its_inputs_and_buttons(qtbot, signed_in, tmp_path):
    store, window, patti = signed_in
    missing = {}
    person = (patti[0][1], "Persona di prova")
    for title, build in _dialogs(store, window, tmp_path, person).items():
        dialog = build()
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(100)  # the choices some dialogs read in the background
        missing[title] = unnamed(dialog)
        dialog.close()
        wait_for_ops()
    assert_all_named(missing)


def test_the_inputs_that_need_explaining_have_a_description(qtbot, signed_in, tmp_path):
    from desktop.ui.backup_dialogs import BackupDialog
    from desktop.ui.dialogs import PassphraseDialog
    from desktop.ui.person_dialog import PersonDialog

    store, window, _patti = signed_in
    person = PersonDialog(store, None, window)
    backup = BackupDialog(store, window)
    passphrase = PassphraseDialog(tmp_path / "nuovo.db", True, lambda _p: None, window)
    described = {
        "codice fiscale": person.code,
        "passphrase del database": passphrase.passphrase,
        "passphrase del backup": backup.passphrase,
        "ricerca delle persone": window.pages[0].search_field,
        "ricerca dei patti": window.page("PattiPage").search_field,
    }
    assert {what: description_of(field) for what, field in described.items()
            if len(description_of(field)) < 20} == {}
    assert "Invio" in description_of(window.pages[0].search_field)
    assert name_of(window.pages[0].search_field) == "Cerca in Persone"
    assert name_of(person.code) == "Codice fiscale"
    for dialog in (person, backup, passphrase):
        dialog.close()


def test_the_accounts_dialogs_name_their_inputs_and_buttons(qtbot, demo_copy):
    from desktop.ui.accounts_dialog import (
        AccountsDialog, GrantsDialog, NewAccountDialog, ResetPasswordDialog,
    )

    store = Store.open(demo_copy, passphrase=PASSPHRASE)
    accounts.sign_in(store, "capo", PASSWORD)  # the administrator
    with store.read() as s:
        admin = accounts.administration(s)
    row = next(a for a in admin.accounts if a.username == "educatore")
    missing = {}
    for title, build in {
            "account e ruoli": lambda: AccountsDialog(store),
            "nuovo account": lambda: NewAccountDialog(store, admin),
            "ruoli e distretti": lambda: GrantsDialog(store, row, admin),
            "nuova password": lambda: ResetPasswordDialog(store, row)}.items():
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        missing[title] = unnamed(dialog)
        dialog.close()
    wait_for_ops()
    store.close()
    assert_all_named(missing)
