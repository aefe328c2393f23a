"""Every page and dialog on a 1366×768 laptop screen, run by ``test_screens.py``
in a process of its own whose offscreen screen is that laptop's free area
(``TESSERE_LAPTOP_SCREEN``), at the scale factor it was started with
(``QT_SCALE_FACTOR``). Not collected on its own: the ordinary test process has
Qt's default 800×600 offscreen screen.

Each window is shown as the application shows it (Fusion, the stylesheet, the
forced light palette), and every button and the status bar must be on the
screen: inside the screen's free area, or inside a scroll area that is."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractScrollArea, QDialog, QTabBar, QWidget,
)
from sqlalchemy import select

from desktop.core.model import Organisation, PattoBeneficiary, Service
from desktop.core.store import WRONG_KEY_MESSAGE, Store
from desktop.ui.app import DEFAULT_SIZE, build_main_window, create_application
from desktop.ui.operations import running_ops
from desktop.ui.pages import PAGES
from desktop.ui.palette import apply_palette
from desktop.ui.screen_fit import available_area, fit_to_screen
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.skipif(not os.environ.get("TESSERE_LAPTOP_SCREEN"),
                                 reason="run by test_screens.py on a laptop-sized screen"),
              pytest.mark.one_window]  # the module's window serves every test here


@pytest.fixture(scope="module")
def app():
    application = create_application()
    apply_palette(application)
    return application


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("laptop") / "demo.db"
    shutil.copy(os.environ["TESSERE_LAPTOP_SCREEN"], path)
    store = Store.open(path, passphrase=PASSPHRASE)  # unsigned: every page and record
    with store.read() as s:
        patto_id, person_id = s.execute(
            select(PattoBeneficiary.patto_id, PattoBeneficiary.person_id)).first()
        service_id = s.scalar(select(Service.id).order_by(Service.name))
        organisation_id = s.scalar(select(Organisation.id).order_by(Organisation.name))
    store.ids = {"patto": patto_id, "person": person_id, "service": service_id,
                 "organisation": organisation_id}
    yield store
    store.close()


@pytest.fixture(scope="module")
def window(app, demo):
    win = build_main_window(demo)
    win.resize(*DEFAULT_SIZE)
    fit_to_screen(win)  # as desktop.ui.app does before showing it
    win.show()
    yield win
    win.close()


def free_area() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def off_screen(window: QWidget) -> list[str]:
    """What a user could not reach: a visible button (or the status bar) outside
    the screen's free area, unless it lies in a scroll area that is on screen;
    the window itself larger than the area; a layout squeezed below its minimum."""
    area = free_area()
    problems = []
    frame = window.frameGeometry()
    if frame.width() > area.width() or frame.height() > area.height():
        problems.append(f"finestra {frame.width()}×{frame.height()} oltre lo schermo "
                        f"{area.width()}×{area.height()}")
    layout = window.layout()
    if layout is not None:
        need = layout.minimumSize()
        if need.height() > window.height() or need.width() > window.width():
            problems.append(f"contenuto minimo {need.width()}×{need.height()} in "
                            f"{window.width()}×{window.height()}: schiacciato")
    controls = [w for w in window.findChildren(QAbstractButton) if w.isVisible()
                and not isinstance(w.parentWidget(), QTabBar)]
    status = getattr(window, "statusBar", None)
    if callable(status):
        controls.append(status())
    for control in controls:
        holder, parent = control, control.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                holder = parent  # reachable by scrolling, if the outermost scroll area is
            parent = parent.parentWidget()
        if not area.contains(global_rect(holder)):
            name = control.objectName() or getattr(control, "text", lambda: "")()
            problems.append(f"{type(control).__name__} «{name}» fuori dallo schermo: "
                            f"{global_rect(holder)}")
    return problems


def shown(qtbot, widget: QWidget) -> QWidget:
    if isinstance(widget, QDialog):
        qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget.window())
    qtbot.wait(150)  # loading in the background, then the layout settles
    return widget


def scale() -> float:
    return float(os.environ.get("QT_SCALE_FACTOR", "1"))


def test_the_screen_is_the_laptop_one(app):
    size = QGuiApplication.primaryScreen().availableGeometry().size()
    assert abs(size.width() * scale() - 1366) < 2 and abs(size.height() * scale() - 728) < 2


def screenshot(widget: QWidget, name: str) -> None:
    """With TESSERE_SCREENSHOTS=1, at 100%: docs/screenshots/<name>.png."""
    if os.environ.get("TESSERE_SCREENSHOTS") == "1" and scale() == 1:
        assert widget.grab().save(str(ROOT / "docs" / "screenshots" / f"{name}.png"))


def test_main_window_with_its_status_bar(qtbot, window):
    shown(qtbot, window)
    assert off_screen(window) == []
    page = window.current_page()
    qtbot.waitUntil(lambda: page.model.has_loaded, timeout=10_000)
    window.setGeometry(available_area(window))  # as a maximised window on that laptop
    qtbot.wait(200)
    assert off_screen(window) == []
    screenshot(window, "main-window-1366")
    window.resize(*DEFAULT_SIZE)
    fit_to_screen(window)


@pytest.mark.parametrize("index", range(len(PAGES)))
def test_each_page(qtbot, window, index):
    window.switch_to(index)  # unsigned, every page is listed
    assert window.nav.currentRow() == index
    shown(qtbot, window.current_page())
    assert off_screen(window) == []
    if scale() == 1:  # at 100% every page fits the width: no sideways scrolling
        qtbot.wait(100)
        assert window.content_scroll.horizontalScrollBar().maximum() == 0


def test_scheda_and_its_tabs(qtbot, window, demo):
    view = window.open_person(demo.ids["person"])
    shown(qtbot, view)
    qtbot.waitUntil(lambda: not view._tabs_to_build)  # built one per turn of the loop
    for tab in view.tab_widgets():
        view.tabs.setCurrentWidget(tab)
        qtbot.wait(100)
        assert off_screen(window) == [], tab.title()


def test_patto_editor_and_its_tabs(qtbot, window, demo):
    editor = window.open_patto(demo.ids["patto"])
    shown(qtbot, editor)
    qtbot.waitUntil(lambda: editor.data is not None, timeout=10000)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        qtbot.wait(100)
        assert off_screen(window) == [], editor.tabs.tabText(index)


ADD_BUTTONS = ("addConsent", "addMeasure", "addHousehold", "addIsee", "addMember", "addUvm",
               "addDeadline", "addSession", "newEpisode")


def settled(qtbot) -> None:
    """What the screen started in the background has arrived and been laid out."""
    qtbot.wait(10)
    qtbot.waitUntil(lambda: running_ops() == 0, timeout=10_000)
    qtbot.wait(10)


def test_scheda_form_dialogs(qtbot, window, demo):
    """The forms the scheda's tabs open («Nuova misura…», «Aggiungi persona…», …)."""
    view = window.open_person(demo.ids["person"])
    shown(qtbot, view)
    qtbot.waitUntil(lambda: not view._tabs_to_build)  # built one per turn of the loop
    seen = []
    for tab in view.tab_widgets():
        view.tabs.setCurrentWidget(tab)
        settled(qtbot)  # the tab's rows and choices arrive in the background
        for button in tab.findChildren(QAbstractButton):
            if button.objectName() not in ADD_BUTTONS or not button.isVisible():
                continue
            if not button.isEnabled():
                continue  # e.g. «Nuova presa in carico» while one is open
            button.click()
            qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(),
                            timeout=5000)
            dialog = tab.dialog
            qtbot.waitExposed(dialog)
            settled(qtbot)
            assert off_screen(dialog) == [], button.objectName()
            seen.append(button.objectName())
            dialog.reject()
            qtbot.waitUntil(lambda: tab.dialog is None, timeout=5000)
    assert len(seen) >= 6, seen


def dialogs(store, window):
    """Each dialog of the application, as its screen opens it."""
    from desktop.ui.access_dialogs import ChangePasswordDialog, LockDialog, LoginDialog
    from desktop.ui.accounts_dialog import AccountsDialog
    from desktop.ui.backup_dialogs import BackupDialog, RestoreDialog
    from desktop.ui.coordinator_dialogs import AddDistrictDialog
    from desktop.ui.dialogs import PassphraseDialog, WelcomeDialog
    from desktop.ui.duplicati.review import DuplicatesReview
    from desktop.ui.first_run import FirstRunWizard
    from desktop.ui.hsds_dialogs import ExportResourcesDialog, ImportResourcesDialog
    from desktop.ui.patto_editor import NewPattoDialog
    from desktop.ui.patto_editor.dialogs import ReasonDialog
    from desktop.ui.person_dialog import PersonDialog
    from desktop.ui.privacy_dialogs import EraseDialog
    from desktop.ui.profile_dialog import ProfileDialog
    from desktop.ui.risorse_editor import OrganisationDialog, ServiceDialog
    from desktop.ui.template_editor import TemplateEditor

    ids = store.ids
    return {
        "Nuova persona": lambda: PersonDialog(store, None, window),
        "Modifica persona": lambda: PersonDialog(store, ids["person"], window),
        "Nuovo patto": lambda: NewPattoDialog(store, window),
        "Modifica in itinere": lambda: ReasonDialog(2, window),
        "Servizio": lambda: ServiceDialog(window, store, ids["service"]),
        "Nuovo servizio": lambda: ServiceDialog(window, store, None),
        "Ente": lambda: OrganisationDialog(window, store, ids["organisation"]),
        "Importa HSDS": lambda: ImportResourcesDialog(store, window),
        "Esporta HSDS": lambda: ExportResourcesDialog(store, window),
        "Account e ruoli": lambda: AccountsDialog(store, window),
        "Profilo": lambda: ProfileDialog(store, window),
        "Accesso": lambda: LoginDialog(store, window),
        "Cambia password": lambda: ChangePasswordDialog(store, False, window),
        "Sessione bloccata": lambda: LockDialog(store, window),
        "Primo avvio": lambda: FirstRunWizard(Path(store.path).with_name("nuovo.db"),
                                              create_database=lambda *_: None),
        "Modelli di valutazione": lambda: TemplateEditor(store, window),
        "Passphrase": lambda: PassphraseDialog(Path(store.path), False, lambda _p: None, window),
        "Nuova passphrase": lambda: PassphraseDialog(Path(store.path), True, lambda _p: None,
                                                     window),
        "Benvenuto": lambda: WelcomeDialog(lambda _parent: None, window),
        "Backup": lambda: BackupDialog(store, window),
        "Ripristino": lambda: RestoreDialog(window),
        "Cancellazione": lambda: EraseDialog(store, ids["person"], "Mario Rossi", window),
        "Doppioni": lambda: DuplicatesReview(store, window),
        "Aggiungi distretto": lambda: AddDistrictDialog(store, window),
    }


DIALOGS = [
    "Nuova persona", "Modifica persona", "Nuovo patto", "Modifica in itinere", "Servizio",
    "Nuovo servizio", "Ente", "Importa HSDS", "Esporta HSDS", "Account e ruoli", "Profilo",
    "Accesso", "Cambia password", "Sessione bloccata", "Primo avvio", "Modelli di valutazione",
    "Passphrase", "Nuova passphrase", "Benvenuto", "Backup", "Ripristino", "Cancellazione",
    "Doppioni", "Aggiungi distretto",
]


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog(qtbot, window, demo, name):
    dialog = shown(qtbot, dialogs(demo, window)[name]())
    assert off_screen(dialog) == []
    if name == "Passphrase":  # after a wrong one, the whole message and the buttons
        dialog.show_error(WRONG_KEY_MESSAGE)
        qtbot.wait(100)
        assert off_screen(dialog) == []
        label = dialog.error_label
        assert label.height() >= label.heightForWidth(label.width())
    if name == "Nuova persona":
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)  # the form has loaded
        screenshot(dialog, "nuova-persona-1366")
