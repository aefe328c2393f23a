"""The main window: navigation on the left, one page at a time on the right,
the sync state and who is working always visible in the status bar."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QMessageBox, QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from desktop.ui.detail import DetailView
from desktop.ui.operations import OpChanges, wait_for_ops
from desktop.ui.pages import PAGES, PageEntry
from desktop.ui.pages.base import Page
from desktop.ui.screen_fit import BodyScroll

# The first sync (and the count of changes waiting, read from the change log)
# waits this long after the pages are attached: the first page's rows go first.
SYNC_START_DELAY_MS = 1000


class _Pages(Sequence):
    """The window's pages in navigation order; each is built the first time
    it is asked for (shown, or named by ``MainWindow.page``)."""

    def __init__(self, window: "MainWindow"):
        self._window = window

    def __len__(self) -> int:
        return len(self._window._entries)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        return self._window._page_at(range(len(self))[index])


class MainWindow(QMainWindow):
    # Asks the application to open another database (handled by desktop.ui.app).
    open_database_requested = Signal(str)

    def __init__(self, store=None, parent: QWidget | None = None):
        """With no store, only the frame is built: the window can be on screen
        before SQLAlchemy is even imported, and ``attach_store`` fills it."""
        super().__init__(parent)
        self.store = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Tessere"))
        self.setMinimumSize(QSize(720, 420))  # fits 1366×768 at 150%, with the taskbar
        self._entries: list[PageEntry] = []  # one per navigation row
        self._built: dict[int, Page] = {}  # the pages shown (or asked for) so far
        self.pages = _Pages(self)
        self._sync_controller = None
        self._diary_indexer = None
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.timeout.connect(self._start_sync)
        self.details: list[DetailView] = []  # open detail views, most recent last
        self._ops_in_status: list = []
        self._build_body()
        self._build_menus()
        self._build_status_bar()
        if store is not None:
            self.attach_store(store)

    def attach_store(self, store) -> None:
        """List the pages on the open database, build the first one (its rows
        are asked for at once), and start the background sync a little later.
        The other pages, and their modules, wait until first shown."""
        self.store = store
        if store.is_demo:
            self.setWindowTitle(self.tr("Tessere — DATI DIMOSTRATIVI — %1").replace(
                "%1", store.path.name))
            self.demo_label.show()
        else:
            self.setWindowTitle(self.tr("Tessere — %1").replace("%1", store.path.name))
        self.db_label.setText(store.path.name)
        self.db_label.setToolTip(str(store.path))
        self._entries = list(PAGES)
        for number, entry in enumerate(self._entries, start=1):
            title = entry.title()
            item = QListWidgetItem(title)
            item.setToolTip(self.tr("%1  (Ctrl+%2)").replace("%1", title)
                            .replace("%2", str(number)))
            item.setSizeHint(QSize(0, 38))
            self.nav.addItem(item)
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, i=number - 1: self.switch_to(i))
            self.view_menu.insertAction(self._view_separator, action)
            self.addAction(action)
            self.page_actions.append(action)
        self.show_pages_for(store.access)
        self.switch_to(0)
        self.stack.removeWidget(self.opening_label)
        self.opening_label.deleteLater()
        self.set_operator(None)
        self._sync_timer.start(SYNC_START_DELAY_MS)

    def _start_sync(self) -> None:
        if self._sync_controller is None and self.store is not None:
            from desktop.ui.sync_controller import SyncController

            self._sync_controller = SyncController(self.store, self)
            self._sync_controller.state_changed.connect(self.set_sync_state)
            self._sync_controller.start()
            from desktop.ui.diary_indexer import DiaryIndexer

            self._diary_indexer = DiaryIndexer(self.store, self)
            self._diary_indexer.check()

    @property
    def sync_controller(self):
        """The background sync, started the first time it is needed (the
        Sincronizzazione page asks for it, or SYNC_START_DELAY_MS has passed)."""
        self._start_sync()
        return self._sync_controller

    def _page_at(self, index: int) -> Page:
        page = self._built.get(index)
        if page is None:
            page = self._entries[index].page_class()(self.store, self.stack)
            self._built[index] = page
            self.stack.addWidget(page)
        return page

    # ------------------------------------------------------------------ body
    def _build_body(self) -> None:
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(200)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 20, 12, 16)
        side.setSpacing(4)
        brand = QLabel(self.tr("Tessere"))
        brand.setObjectName("brand")
        side.addWidget(brand)
        tagline = QLabel(self.tr("Cartella sociale, patti\ne risorse del territorio"))
        tagline.setObjectName("tagline")
        side.addWidget(tagline)
        side.addSpacing(18)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pagine"))
        self.nav.setAccessibleDescription(self.tr("Ctrl+1 … Ctrl+9 aprono le pagine in ordine"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(self.nav, 1)
        self.db_label = QLabel()
        self.db_label.setObjectName("sidebarFoot")
        side.addWidget(self.db_label)

        self.stack = QStackedWidget()
        self.stack.setObjectName("content")
        self.opening_label = QLabel(self.tr("Apertura del database…"))
        self.opening_label.setObjectName("emptyState")
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening_label)
        self.nav.currentRowChanged.connect(self._nav_changed)

        layout.addWidget(sidebar)
        # On a small screen (1366×768 at 150%) a page wider or taller than the
        # window scrolls instead of pushing the status bar off the screen.
        self.content_scroll = BodyScroll(self.stack)
        layout.addWidget(self.content_scroll, 1)
        # While locked (desktop.ui.idle_lock) the content gives way to a blank page.
        self.outer = QStackedWidget()
        self.outer.addWidget(body)
        self.locked_page = QLabel(self.tr("Sessione bloccata"))
        self.locked_page.setObjectName("emptyState")
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.outer.addWidget(self.locked_page)
        self.setCentralWidget(self.outer)
        self.idle_lock = None

    def show_pages_for(self, access) -> None:
        """The pages the signed-in operator's roles have a use for, in the list
        and behind their Ctrl+N keys."""
        for n, entry in enumerate(self._entries):
            shown = entry.shown_for(access)
            self.nav.item(n).setHidden(not shown)
            self.page_actions[n].setVisible(shown)
            self.page_actions[n].setEnabled(shown)

    def switch_to(self, index: int) -> None:
        if 0 <= index < len(self._entries) and not self.nav.item(index).isHidden():
            if self.nav.currentRow() == index:
                self._nav_changed(index)
            self.nav.setCurrentRow(index)

    def _nav_changed(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            self.stack.setCurrentWidget(self._page_at(index))

    def current_page(self) -> Page:
        """The list page underneath, even while a detail view covers it."""
        return self._page_at(max(self.nav.currentRow(), 0))

    # ---------------------------------------------------------- detail views
    def show_detail(self, view: DetailView) -> DetailView:
        """Show ``view`` over the current page; an already open view with the
        same key is shown instead (and ``view`` discarded)."""
        existing = next((d for d in self.details if view.key and d.key == view.key), None)
        if existing is not None:
            view.deleteLater()
            view = existing
            self.details.remove(view)
        else:
            view.close_requested.connect(lambda v=view: self.close_detail(v))
            self.stack.addWidget(view)
        self.details.append(view)
        self.stack.setCurrentWidget(view)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return view

    def close_detail(self, view: DetailView | None = None) -> bool:
        """Close ``view`` (default: the one on screen) if it agrees; then the
        previous detail view, or the list page, comes back."""
        view = view or self.current_detail()
        if view is None or not view.can_close():
            return False
        self.details.remove(view)
        self.stack.removeWidget(view)
        view.deleteLater()
        if self.details:
            self.stack.setCurrentWidget(self.details[-1])
        else:
            self._nav_changed(self.nav.currentRow())
        return True

    def current_detail(self) -> DetailView | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, DetailView) else None

    def open_person(self, person_id: str) -> DetailView:
        """The scheda persona of ``person_id``."""
        from desktop.ui.scheda import SchedaPersona

        return self.show_detail(SchedaPersona(self.store, person_id, self.stack))

    def open_patto(self, patto_id: str) -> DetailView:
        """The patto editor on ``patto_id``."""
        from desktop.ui.patto_editor import PattoEditor

        return self.show_detail(PattoEditor(self.store, patto_id, self.stack))

    def page(self, cls_name: str) -> Page:
        return self._page_at(next(n for n, entry in enumerate(self._entries)
                                  if entry.name == cls_name))

    # ----------------------------------------------------------------- menus
    def edit_templates(self) -> None:
        """Modifica › Modelli di valutazione (imported here: the frame loads no database code)."""
        from desktop.ui.template_editor import open_template_editor

        if self.store is not None:
            open_template_editor(self, self.store)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Apri database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._choose_database)
        file_menu.addAction(open_action)
        profile_action = QAction(self.tr("&Profilo operatore…"), self)
        profile_action.triggered.connect(self.change_profile)
        file_menu.addAction(profile_action)
        setup_action = QAction(self.tr("Configurazione &guidata…"), self)
        setup_action.triggered.connect(self.run_setup)
        file_menu.addAction(setup_action)
        self.password_action = QAction(self.tr("Cambia pass&word…"), self)
        self.password_action.triggered.connect(self.change_password)
        file_menu.addAction(self.password_action)
        self.lock_action = QAction(self.tr("&Blocca ora"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_now)
        file_menu.addAction(self.lock_action)
        idle_action = QAction(self.tr("Blocco &automatico…"), self)
        idle_action.triggered.connect(self.choose_idle_minutes)
        file_menu.addAction(idle_action)
        self.accounts_action = QAction(self.tr("Acco&unt e ruoli…"), self)
        self.accounts_action.setEnabled(False)  # administrators only (enable_idle_lock)
        self.accounts_action.triggered.connect(self.manage_accounts)
        file_menu.addAction(self.accounts_action)
        for action in (self.password_action, self.lock_action, idle_action):
            action.setEnabled(False)  # until an operator signs in (enable_idle_lock)
        self._signed_in_actions = (self.password_action, self.lock_action, idle_action)
        file_menu.addSeparator()
        backup_action = QAction(self.tr("&Backup cifrato…"), self)
        backup_action.triggered.connect(self.make_backup)
        file_menu.addAction(backup_action)
        restore_action = QAction(self.tr("&Ripristina da backup…"), self)
        restore_action.triggered.connect(self.restore_backup)
        file_menu.addAction(restore_action)
        file_menu.addSeparator()
        self.import_resources_action = QAction(self.tr("&Importa risorse (HSDS)…"), self)
        self.import_resources_action.triggered.connect(self.import_resources)
        file_menu.addAction(self.import_resources_action)
        self.export_resources_action = QAction(self.tr("Es&porta risorse (HSDS)…"), self)
        self.export_resources_action.triggered.connect(self.export_resources)
        file_menu.addAction(self.export_resources_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Esci"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Modifica"))
        self.find_action = QAction(self.tr("&Cerca"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self._focus_search)
        edit_menu.addAction(self.find_action)
        self.addAction(self.find_action)
        templates_action = QAction(self.tr("Modelli di &valutazione…"), self)
        templates_action.triggered.connect(self.edit_templates)
        edit_menu.addAction(templates_action)

        back_action = QAction(self.tr("&Indietro"), self)
        back_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("Alt+Left")])
        back_action.triggered.connect(lambda: self.close_detail())
        view_back = back_action  # added to the Visualizza menu below
        self.addAction(back_action)

        self.view_menu = bar.addMenu(self.tr("&Visualizza"))
        self.page_actions: list[QAction] = []  # one per page, added by attach_store
        self._view_separator = self.view_menu.addSeparator()
        self.view_menu.addAction(view_back)

        help_menu = bar.addMenu(self.tr("&Aiuto"))
        about = QAction(self.tr("&Informazioni su Tessere"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _focus_search(self) -> None:
        """Ctrl+F: the search of the list page, leaving any detail view."""
        while self.current_detail() is not None:
            if not self.close_detail():
                return
        self.current_page().focus_search()

    def change_profile(self) -> None:
        """Who works on this computer, and from which district (the first-run
        dialog, again): every page reloads, since lists start from both."""
        from desktop.ui.profile_dialog import ProfileDialog

        if self.store is None:
            return
        self.profile_dialog = ProfileDialog(self.store, self)
        self.profile_dialog.accepted.connect(self._profile_changed)
        self.profile_dialog.open()

    def run_setup(self) -> None:
        """File › Configurazione guidata: the first start's steps again (team,
        sync, profile, account) on this database; what they changed reloads."""
        from desktop.ui.first_run import FirstRunWizard

        if self.store is None:
            return
        self.setup_wizard = FirstRunWizard(store=self.store, parent=self)
        self.setup_wizard.finished.connect(self._setup_done)
        self.setup_wizard.open()

    def _setup_done(self) -> None:
        self.sync_controller.settings_changed()
        self._profile_changed()

    def _profile_changed(self) -> None:
        from desktop.ui.operations import profile

        profile.operator_name(self, self.store).success(self.set_operator).run_in_background()
        self.on_operation_did_execute(OpChanges.all(), None)

    # ---------------------------------------------------------- signed in
    def enable_idle_lock(self, minutes: int) -> None:
        """The operator has signed in: lock after ``minutes`` idle (0: never)."""
        from desktop.ui.idle_lock import IdleLock

        for action in self._signed_in_actions:
            action.setEnabled(True)
        self.accounts_action.setEnabled(self.store.access is not None
                                        and self.store.access.can("manage_accounts"))
        manages = self.store.access is None or self.store.access.can("manage_resources")
        for action in (self.import_resources_action, self.export_resources_action):
            action.setEnabled(manages)
            action.setStatusTip("" if manages else self.tr(
                "Il tuo ruolo non permette di gestire la mappa delle risorse."))
        if self.idle_lock is None:
            self.idle_lock = IdleLock(self, minutes)
        else:
            self.idle_lock.set_minutes(minutes)

    def show_locked(self, locked: bool) -> None:
        self.outer.setCurrentWidget(self.locked_page if locked else self.outer.widget(0))
        self.menuBar().setEnabled(not locked)

    def lock_now(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.lock()

    def change_password(self) -> None:
        from desktop.ui.access_dialogs import ChangePasswordDialog

        self.password_dialog = ChangePasswordDialog(self.store, parent=self)
        self.password_dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Password cambiata."), 5000))
        self.password_dialog.open()

    def manage_accounts(self) -> None:
        from desktop.ui.accounts_dialog import AccountsDialog

        self.accounts_dialog = AccountsDialog(self.store, self)
        self.accounts_dialog.open()

    def choose_idle_minutes(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from desktop.ui.operations import accounts

        minutes, ok = QInputDialog.getInt(
            self, self.tr("Blocco automatico"),
            self.tr("Blocca Tessere dopo quanti minuti di inattività (0: mai)?"),
            self.idle_lock.minutes if self.idle_lock else 10, 0, 240)
        if ok:
            (accounts.set_idle_minutes(self, self.store, minutes)
             .success(lambda _=None: self.idle_lock.set_minutes(minutes)).run_in_background())

    def make_backup(self) -> None:
        from desktop.ui.backup_dialogs import BackupDialog

        if self.store is None:
            return
        self.backup_dialog = BackupDialog(self.store, self)
        self.backup_dialog.open()

    def import_resources(self) -> None:
        from desktop.ui.hsds_dialogs import ImportResourcesDialog, may_manage_resources

        if self.store is not None and may_manage_resources(self, self.store):
            self.import_resources_dialog = ImportResourcesDialog(self.store, self)
            self.import_resources_dialog.open()

    def export_resources(self) -> None:
        from desktop.ui.hsds_dialogs import ExportResourcesDialog, may_manage_resources

        if self.store is not None and may_manage_resources(self, self.store):
            self.export_resources_dialog = ExportResourcesDialog(self.store, self)
            self.export_resources_dialog.open()

    def restore_backup(self) -> None:
        """The restored database opens, if the user wants, like File › Apri."""
        from desktop.ui.backup_dialogs import RestoreDialog

        suggested = self.store.path.with_name("tessere-ripristinato.db") if self.store else None
        self.restore_dialog = RestoreDialog(self, suggested=suggested)
        self.restore_dialog.open_requested.connect(self.open_database_requested)
        self.restore_dialog.open()

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Apri database"), str(self.store.path.parent),
            self.tr("Database di Tessere (*.db);;Tutti i file (*)"))
        if path:
            self.open_database_requested.emit(path)

    def _about(self) -> None:
        from desktop import about, version

        rows = "".join(f"<tr><td>{c.name}</td><td>{c.version}</td><td>{c.licence}</td></tr>"
                       for c in about.components())
        self.about_box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Informazioni su Tessere"),
                                     "", QMessageBox.StandardButton.NoButton, self)
        self.about_box.addButton(self.tr("Chiudi"), QMessageBox.ButtonRole.AcceptRole)
        self.about_box.setText(self.tr(
            "<h3>Tessere %1</h3><p>Cartella sociale, patti e mappa delle risorse per le "
            "équipe distrettuali.</p><p>I dati restano su questo computer, in un database "
            "cifrato.</p><p>Licenza EUPL-1.2. Costruzione: %2.</p>")
            .replace("%1", version()).replace("%2", about.build()))
        self.about_box.setInformativeText(
            self.tr("Componenti inclusi:") + "<table cellspacing='4'>" + rows + "</table>")
        self.about_box.open()

    # ------------------------------------------------------------ status bar
    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        self.op_label = QLabel()
        self.op_bar = QProgressBar()
        self.op_bar.setFixedWidth(180)
        self.op_bar.setTextVisible(False)
        self.op_cancel = QPushButton(self.tr("Annulla"))
        self.op_cancel.setObjectName("linkButton")
        self.op_cancel.clicked.connect(self._cancel_ops)
        for widget in (self.op_label, self.op_bar, self.op_cancel):
            widget.hide()
            status.addWidget(widget)
        self.demo_label = QLabel(self.tr("Database dimostrativo: persone inventate"))
        self.demo_label.setObjectName("demoBadge")
        self.demo_label.setToolTip(self.tr(
            "Questo database serve a provare Tessere: i dati sono inventati e non si "
            "sincronizzano con una squadra reale. Il database reale si apre da File › Apri "
            "database…"))
        self.demo_label.hide()
        status.addPermanentWidget(self.demo_label)
        self.operator_label = QLabel()
        self.operator_label.setObjectName("statusOperator")
        status.addPermanentWidget(self.operator_label)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        status.addPermanentWidget(self.sync_label)
        self.set_sync_state(self.tr("Offline"))
        self.set_operator(None)

    def set_sync_state(self, text: str) -> None:
        """The sync engine drives this label ("Offline: 23 modifiche in attesa", …)."""
        self.sync_label.setText(text)

    def set_operator(self, name: str | None) -> None:
        if self.store is None:
            return
        who = name or self.tr("nessun profilo operatore")
        self.operator_label.setText(self.tr("%1 · %2").replace("%1", who)
                                    .replace("%2", self.store.path.name))

    # ------------------------------------------------------ operations host
    def op_started(self, op) -> None:
        self._ops_in_status.append(op)
        self._show_op(op, 0, 0, op.label)

    def op_progress(self, op, done: int, total: int, label: str) -> None:
        if self._ops_in_status and self._ops_in_status[-1] is op:
            self._show_op(op, done, total, label or op.label)

    def op_finished(self, op) -> None:
        if op in self._ops_in_status:
            self._ops_in_status.remove(op)
        if self._ops_in_status:
            last = self._ops_in_status[-1]
            self._show_op(last, 0, 0, last.label)
        else:
            for widget in (self.op_label, self.op_bar, self.op_cancel):
                widget.hide()

    def _show_op(self, op, done: int, total: int, label: str) -> None:
        self.op_label.setText(label)
        self.op_bar.setRange(0, max(total, 0))
        self.op_bar.setValue(min(done, total) if total else 0)
        self.op_label.show()
        self.op_bar.show()
        self.op_cancel.setVisible(op.cancellable)

    def _cancel_ops(self) -> None:
        for op in list(self._ops_in_status):
            if op.cancellable:
                op.cancel()

    def on_operation_did_execute(self, changes: OpChanges, initiator: object | None) -> None:
        """Every page hears about every change and decides whether it cares;
        ``initiator`` (the widget that asked) may skip the reload it did itself."""
        for page in self._built.values():  # one not built yet reads everything when shown
            page.refresh(changes, initiator)
        for view in list(self.details):
            view.refresh(changes, initiator)
        if self._sync_controller is not None:  # else it reads the state when it starts
            self._sync_controller.note_changes(changes)
        if self._diary_indexer is not None and changes.touches({"diary_entry"}):
            self._diary_indexer.check()

    # ------------------------------------------------------------------ close
    def closeEvent(self, event) -> None:
        for view in reversed(list(self.details)):
            self.stack.setCurrentWidget(view)
            if not view.can_close():
                event.ignore()
                return
        if self.idle_lock is not None:
            self.idle_lock.stop()
        self._sync_timer.stop()
        if self._diary_indexer is not None:
            self._diary_indexer.stop()
        wait_for_ops()
        super().closeEvent(event)
