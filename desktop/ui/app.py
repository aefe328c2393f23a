"""Starting the GUI: the application object, unlocking the database, the
first-run steps, the main window, and ``--screenshot``.

Heavy modules (SQLAlchemy models, the pages) are imported only once the
QApplication exists, so the first paint is not waiting on imports it does not need.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.cli.arguments import PASSPHRASE_ENV

if TYPE_CHECKING:
    from desktop.core.store import Store
    from desktop.ui.main_window import MainWindow

SCREENSHOT_SIZE = (1280, 800)
DEFAULT_SIZE = (1200, 760)
SCREENSHOT_TIMEOUT = 30.0  # seconds to wait for the first rows before giving up
# Set: ``--screenshot`` prints "usable" the moment the first people are listed,
# so a benchmark times the built program's start as it times the sources'.
START_MARKS_ENV = "TESSERE_START_MARKS"
WELCOME_DONE_KEY = "ui.welcome_done"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Italian locale and translations, style and fonts."""
    from desktop.ui.palette import apply_palette

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Tessere")
    app.setApplicationDisplayName("Tessere")
    app.setOrganizationName("Tessere")
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    _install_translations(app)
    app.setStyle("Fusion")
    apply_palette(app)  # light everywhere, whatever the OS theme (desktop.ui.palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(_stylesheet())
    collect_garbage_on_the_gui_thread(app)
    return app


GC_INTERVAL_MS = 10_000


def collect_garbage_on_the_gui_thread(app: QApplication) -> None:
    """Python's cycle collector may run on whichever thread allocates, and a Qt
    object it frees on a worker thread crashes the process. As Anki does, the
    automatic collector is off and a timer collects on the GUI thread."""
    if getattr(app, "_tessere_gc_timer", None) is not None:
        return
    import gc

    from PySide6.QtCore import QTimer

    gc.disable()
    timer = QTimer(app)
    timer.timeout.connect(gc.collect)
    timer.start(GC_INTERVAL_MS)
    app._tessere_gc_timer = timer


def _install_translations(app: QApplication) -> None:
    if getattr(app, "_tessere_translators", None):
        return
    from desktop.paths import resources_dir

    translators = []
    qt = QTranslator(app)
    if qt.load(QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    own = QTranslator(app)
    if own.load(QLocale(), "tessere", "_", str(resources_dir() / "translations")):
        translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    app._tessere_translators = translators or [None]


def _stylesheet() -> str:
    from desktop.paths import resources_dir

    path = resources_dir() / "styles" / "tessere.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


# ------------------------------------------------------------- the database
def _opening_label() -> str:
    return QApplication.translate("app", "Apertura del database…")


def run_blocking(fn: Callable[..., object], label: str, *, reports: bool = False):
    """Run ``fn`` on a worker while the event loop keeps painting; a progress
    dialog appears if it takes long (opening and migrating a database can).
    ``reports``: ``fn`` takes a ``progress(done, total, label)`` for that dialog."""
    from desktop.ui.operations import QueryOp, wait_for

    ok, result = wait_for(
        QueryOp(None, None, lambda _store, ctx: fn(ctx.progress) if reports else fn())
        .with_progress(label, modal=True))
    if not ok:
        raise result
    return result


def open_database(path: Path, parent=None) -> "Store | None":
    """Open (or create) the database, asking for the passphrase only when the
    key is not in the OS keyring. None if the user cancelled; raises the
    errors a passphrase cannot fix (newer schema, not a Tessere database)."""
    from desktop.core.errors import NeedsPassphraseError
    from desktop.core.store import Store
    from desktop.ui.dialogs import PassphraseDialog

    path = Path(path)
    creating = is_first_start(path)
    env = os.environ.get(PASSPHRASE_ENV) or None
    try:
        return run_blocking(
            lambda progress: Store.open(path, passphrase=env, create=True, progress=progress),
            _opening_label(), reports=True)
    except NeedsPassphraseError:
        if env:
            raise
    dialog = PassphraseDialog(
        path, creating, lambda passphrase: Store.open(path, passphrase=passphrase, create=True),
        parent)
    dialog.exec()
    if dialog.store is not None:
        return dialog.store
    if dialog.error is not None:
        raise dialog.error
    return None


def open_database_headless(path: Path, operator: str | None = None) -> "Store":
    """For ``--screenshot``: nobody is there to answer a dialog, so the passphrase
    comes from TESSERE_PASSPHRASE or the keyring, and a missing one fails at once."""
    from desktop.core.store import Store

    from desktop.core.errors import NeedsPassphraseError

    try:
        store = Store.open(path, passphrase=os.environ.get(PASSPHRASE_ENV) or None)
    except NeedsPassphraseError as exc:
        raise NeedsPassphraseError(
            f"{exc} Senza finestre di dialogo la passphrase si passa nella variabile "
            f"{PASSPHRASE_ENV}.") from exc
    try:  # where the database has accounts, the window shows only what they may see
        from desktop.cli.common import sign_in_operator

        sign_in_operator(store, operator)
    except BaseException:
        store.close()
        raise
    return store


# ----------------------------------------------------------------- first run
def open_demo_database(parent=None) -> "Store | None":
    """The separate demo database in the user's data folder (never the real one)."""
    from desktop.paths import default_demo_database

    return open_database(default_demo_database(), parent)


def welcome_step(store: "Store", parent=None) -> "Store":
    """An empty database the first time: start working, or try the demo database
    (the store returned; the real one is closed, untouched). Until the user starts
    on the real database, each start offers the choice again."""
    from desktop.ui.dialogs import WelcomeDialog

    if run_blocking(lambda: store.is_demo or bool(store.meta(WELCOME_DONE_KEY))
                    or store.holds_user_data(), _opening_label()):
        return store
    dialog = WelcomeDialog(open_demo_database, parent)
    dialog.exec()
    if dialog.demo_store is not None:
        store.close()
        return dialog.demo_store
    store.set_meta(WELCOME_DONE_KEY, "1")
    return store


def profile_step(store: "Store", parent=None) -> "Store":
    """No operator profile yet: ask who works here (it signs every entry) and
    in which district. "Più tardi" asks again at the next start."""
    from desktop.core.profile import current_operator_name
    from desktop.ui.profile_dialog import ProfileDialog

    if run_blocking(lambda: current_operator_name(store), _opening_label()) is None:
        ProfileDialog(store, parent).exec()
    return store


def login_step(store: "Store", parent=None) -> "Store | None":
    """Where the database has accounts, who is at the keyboard (and a temporary
    password changed). None: the user left."""
    from desktop.core.accounts import access_state
    from desktop.ui.access_dialogs import ChangePasswordDialog, LoginDialog

    if store.access is not None:  # signed in already: the wizard made the account
        return store
    has_accounts, _ = run_blocking(lambda: access_state(store), _opening_label())
    if not has_accounts:
        return store
    dialog = LoginDialog(store, parent)
    if dialog.exec() != LoginDialog.DialogCode.Accepted:
        return None
    if dialog.access.must_change_password and ChangePasswordDialog(
            store, required=True, parent=parent).exec() != ChangePasswordDialog.DialogCode.Accepted:
        return None
    return store


def first_administrator_step(store: "Store", parent=None,
                             required_only: bool = False) -> "Store | None":
    """No account yet: the profile becomes the first administrator, required
    once the database holds people, else "Più tardi" (``required_only``: not
    asked then). The demo database (invented people) asks nothing. None: the user left."""
    from desktop.core.accounts import access_state
    from desktop.core.profile import current_operator_name
    from desktop.ui.access_dialogs import FirstAdministratorDialog

    if store.is_demo or store.access is not None:
        return store
    (has_accounts, holds_people), name = run_blocking(
        lambda: (access_state(store), current_operator_name(store)), _opening_label())
    if has_accounts or name is None or (required_only and not holds_people):
        return store  # no profile yet ("Più tardi"): asked again at the next start
    dialog = FirstAdministratorDialog(store, name, holds_people, parent)
    if dialog.exec() != FirstAdministratorDialog.DialogCode.Accepted and holds_people:
        return None
    return store


# After the welcome, so operators loaded with the demo data can be picked. Each
# step returns the store the next one works on (the welcome may open the demo
# one), or None when the user chose to leave.
FIRST_RUN_STEPS: list[Callable[["Store", object], "Store | None"]] = [
    welcome_step, login_step, profile_step, first_administrator_step]
# After the wizard, which offered the profile and the account: only who is at
# the keyboard (a team's accounts may have arrived with its first sync), and the
# account where the database holds people and still has none.
AFTER_WIZARD_STEPS: list[Callable[["Store", object], "Store | None"]] = [
    login_step, lambda store, parent: first_administrator_step(store, parent, required_only=True)]


def is_first_start(path: Path) -> bool:
    """No database yet where the window is to open: the guided first start."""
    return not (path.exists() and path.stat().st_size > 0)


def create_database(path: Path, passphrase: str | None) -> "Store":
    """The wizard's new database: the key in the OS keyring, or from a passphrase."""
    from desktop.core.store import Store

    return Store.open(path, passphrase=passphrase, create=True)


def open_demo_with_data(parent=None) -> "Store | None":
    """The demo database, filled the first time; None if the user cancelled."""
    from desktop.demo import discard_unfinished
    from desktop.ui.dialogs import fill_demo
    from desktop.ui.operations import OperationCancelled, wait_for

    store = open_demo_database(parent)
    if store is None:
        return None
    ok, result = wait_for(fill_demo(parent, store))
    if ok:
        return store
    discard_unfinished(store)
    if isinstance(result, OperationCancelled):
        return None
    raise result


def first_start(path: Path, parent=None
                ) -> "tuple[Store | None, list[Callable[[Store, object], Store | None]]]":
    """The guided first start. The store it ends on (None: the user left before a
    database was made or opened) and the steps still to run on it."""
    from desktop.ui.first_run import DEMO, EXISTING, FirstRunWizard

    wizard = FirstRunWizard(path, create_database=create_database, parent=parent)
    accepted = wizard.exec() == FirstRunWizard.DialogCode.Accepted
    if wizard.store is not None:  # made here: cancelling later skips the rest, loses nothing
        wizard.store.set_meta(WELCOME_DONE_KEY, "1")
        return wizard.store, AFTER_WIZARD_STEPS
    if not accepted:
        return None, []
    if wizard.choice == EXISTING:
        return open_database(wizard.path, parent), FIRST_RUN_STEPS
    if wizard.choice == DEMO:
        return open_demo_with_data(parent), FIRST_RUN_STEPS
    return None, []


def build_main_window(store: "Store", window: "MainWindow | None" = None) -> "MainWindow":
    """The main window on ``store``: a new one, or ``window``'s frame filled in."""
    from desktop.core.profile import current_operator_name
    from desktop.ui.main_window import MainWindow

    if window is None:
        window = MainWindow(store)
    else:
        window.attach_store(store)
    window.set_operator(run_blocking(lambda: current_operator_name(store), _opening_label()))
    if store.upgrade_backup is not None:  # said once, where the user looks after opening
        window.statusBar().showMessage(window.tr(
            "Database aggiornato alla nuova versione di Tessere; la copia di com'era prima è in "
            "%1 (per tornare indietro: tessere backup annulla-aggiornamento).").replace(
            "%1", store.upgrade_backup.name), 30_000)
    if store.access is not None:
        from desktop.core.accounts import idle_lock_minutes

        window.enable_idle_lock(run_blocking(lambda: idle_lock_minutes(store), _opening_label()))
    return window


def _wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    return True


def take_screenshot(window: "MainWindow", filename: str) -> bool:
    """Render the window once its first page has its rows."""
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    page = window.pages[0]
    if os.environ.get(START_MARKS_ENV):
        _wait_until(lambda: page.model.rowCount() > 0, SCREENSHOT_TIMEOUT)
        print("usable", flush=True)
    _wait_until(lambda: page.model.has_loaded and getattr(page, "total", 0) is not None,
                SCREENSHOT_TIMEOUT)
    _wait_until(lambda: False, 0.1)  # let the last layout and paint settle
    return window.grab().save(filename)


def screenshot_first_start(path: Path, filename: str) -> int:
    """``--screenshot`` where no database exists yet: the first start's welcome,
    as a new user meets it. Nothing is created."""
    from desktop.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(path, create_database=create_database)
    wizard.resize(720, 560)
    wizard.show()
    _wait_until(lambda: False, 0.2)  # let the layout and paint settle
    ok = wizard.grab().save(filename)
    wizard.close()
    if not ok:
        print(f"tessere: impossibile salvare l'immagine «{filename}».", file=sys.stderr)
        return 2
    return 0


def confirm_new_database(path: Path, parent=None) -> bool:
    """``--db`` names a file that does not exist: made only if the user says so
    (a mistyped name must not become an empty database), and never in a folder
    that does not exist (Tessere makes no folders)."""
    from PySide6.QtWidgets import QMessageBox

    title = QApplication.translate("app", "Database non trovato")
    if not path.parent.is_dir():
        box = QMessageBox(QMessageBox.Icon.Warning, title, QApplication.translate(
            "app", "La cartella «%1» non esiste.").replace("%1", str(path.parent)),
            QMessageBox.StandardButton.NoButton, parent)
        box.setInformativeText(QApplication.translate(
            "app", "Tessere non crea cartelle: controlla il percorso dato con --db, oppure "
            "crea prima la cartella."))
        box.addButton(QApplication.translate("app", "Esci"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("missingFolderBox")
        box.exec()
        return False
    box = QMessageBox(QMessageBox.Icon.Question, title, QApplication.translate(
        "app", "Il database «%1» non esiste. Crearlo?").replace("%1", path.name),
        QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QApplication.translate(
        "app", "Sarà un database nuovo e vuoto nella cartella «%1». Se il nome è sbagliato, "
        "esci e riprova con quello giusto.").replace("%1", str(path.parent)))
    create = box.addButton(QApplication.translate("app", "Crea il database"),
                           QMessageBox.ButtonRole.AcceptRole)
    create.setObjectName("createDatabaseButton")
    leave = box.addButton(QApplication.translate("app", "Esci"), QMessageBox.ButtonRole.RejectRole)
    leave.setObjectName("leaveButton")
    box.setDefaultButton(leave)
    box.setObjectName("missingDatabaseBox")
    box.exec()
    return box.clickedButton() is create


# ----------------------------------------------------------------- run_gui
class _Controller:
    """Keeps the current store and window, and swaps them on File › Apri."""

    def __init__(self) -> None:
        self.store: "Store | None" = None
        self.window: "MainWindow | None" = None

    def adopt(self, window: "MainWindow", store: "Store") -> None:
        """Take over the first window, already built by open_main_window."""
        self.window, self.store = window, store
        window.open_database_requested.connect(self.open_other)

    def show(self, store: "Store") -> None:
        from desktop.ui import window_state

        old_window, old_store = self.window, self.store
        self.store, self.window = store, build_main_window(store)
        window_state.remember(self.window)
        self.window.open_database_requested.connect(self.open_other)
        if old_window is not None:
            self.window.setGeometry(old_window.geometry())
            old_window.close()
            old_window.deleteLater()
        if old_store is not None:
            old_store.close()
        self.window.show()

    def open_other(self, path: str) -> None:
        from desktop.ui.dialogs import show_fatal

        try:
            store = open_database(Path(path), self.window)
        except Exception as exc:  # noqa: BLE001 - shown in Italian, current db stays open
            show_fatal(self.window, exc)
            return
        if store is not None:
            self.show(store)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def main_window_frame() -> "MainWindow":
    """The empty main window, at the size and place the user left it last time
    (``desktop.ui.window_state``), saved again when it closes."""
    from desktop.ui import window_state
    from desktop.ui.main_window import MainWindow
    from desktop.ui.screen_fit import fit_to_screen

    window = MainWindow()
    window.resize(*DEFAULT_SIZE)
    fit_to_screen(window)  # 1200×760 is taller than a 1366×768 laptop's free area
    window_state.remember(window)
    return window


def open_main_window(path: Path, on_shown: Callable[[], None] | None = None
                     ) -> "tuple[MainWindow, Store] | None":
    """The frame first, then the database, then the pages.

    The empty frame is on screen before SQLAlchemy and SQLCipher are even
    imported (they cost most of a cold start), the passphrase and first-run
    dialogs open over it, and the pages fill it once the database is open.
    None if the user cancelled; raises what a passphrase cannot fix."""
    window = main_window_frame()
    window.show()
    QApplication.processEvents()
    if on_shown is not None:
        on_shown()
    try:
        if is_first_start(Path(path)) and not os.environ.get(PASSPHRASE_ENV):
            store, steps = first_start(Path(path), window)
        else:
            store, steps = open_database(path, window), FIRST_RUN_STEPS
    except BaseException:
        window.close()
        raise
    if store is None:
        window.close()
        return None
    for step in steps:
        next_store = step(store, window)
        if next_store is None:
            store.close()
            window.close()
            return None
        store = next_store
    build_main_window(store, window)
    return window, store


def run_gui(args) -> int:
    app = create_application()
    from desktop.paths import default_database
    from desktop.ui.dialogs import show_fatal
    from desktop.ui.operations import failure_message

    named = getattr(args, "db", None)
    path = Path(named).expanduser() if named else default_database()
    if not getattr(args, "screenshot", None):
        from desktop.ui.print_actions import remove_leftover_previews
        from desktop.ui.single_instance import SingleInstance, bring_forward

        remove_leftover_previews()  # a crash's plain PDFs do not wait for a clean quit
        if named and not path.exists() and not confirm_new_database(path):
            return 1

        instance = SingleInstance(path, parent=app)  # lives as long as the application
        if instance.other_running():
            print("tessere: Tessere è già aperto su questo database: la sua finestra è stata "
                  "portata in primo piano.", file=sys.stderr)
            return 0
        instance.listen()
        try:
            opened = open_main_window(path)
        except Exception as exc:  # noqa: BLE001 - every failure becomes an Italian message
            show_fatal(None, exc)
            return 1
        if opened is None:
            return 1
        controller = _Controller()
        controller.adopt(*opened)
        instance.activated.connect(lambda: bring_forward(controller.window))
        try:
            return app.exec()
        finally:
            controller.close()

    if is_first_start(path):
        return screenshot_first_start(path, args.screenshot)
    try:
        store = open_database_headless(path, getattr(args, "operator", None))
    except Exception as exc:  # noqa: BLE001 - every failure becomes an Italian message
        print(f"tessere: {failure_message(exc)}", file=sys.stderr)
        return 1
    try:
        window = build_main_window(store)
        ok = take_screenshot(window, args.screenshot)
        window.close()
    finally:
        from desktop.ui.operations import wait_for_ops

        wait_for_ops()
        store.close()
    if not ok:
        print(f"tessere: impossibile salvare l'immagine «{args.screenshot}».", file=sys.stderr)
        return 2
    return 0
