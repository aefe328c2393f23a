"""File › «Account e ruoli…»: who may sign in to this database, with which
roles and in which districts — the administrator's side of
``desktop.core.accounts``, as ``tessere account`` does it headless.

The dialog lists the accounts and says, read-only, what each role grants.
Creating an account, changing roles and districts, giving a temporary password
and disabling or reopening an account are each one named operation
(``operations.accounts``) run in the background: a password is hashed with
argon2id, about a tenth of a second. The core checks the "manage_accounts"
permission on every call; whatever it refuses is said inside the dialog.
"""
from __future__ import annotations

import html
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from desktop.core.accounts import AccountRow, Administration, RoleInfo
from desktop.ui.access_dialogs import ActionDialog, error_label
from desktop.ui.fields import password_field
from desktop.ui.operations import failure_message
from desktop.ui.operations import accounts as ops
from desktop.ui.screen_fit import FittedDialog

COLUMNS = ("Utente", "Operatore", "Ruoli", "Distretti", "Stato")
WIDTHS = (15, 18, 22, 30, 15)  # shares of the table's width, kept as the dialog resizes


PASSWORD_HINT = "almeno 10 caratteri, senza il nome utente"


def suggested_username(first_name: str, last_name: str) -> str:
    """«Anna Maria De Luca» → «a.deluca»: a start the administrator may change."""
    def plain(text: str) -> str:
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
        return "".join(c for c in folded if c.isalnum())

    first, last = plain(first_name), plain(last_name)
    return f"{first[:1]}.{last}" if first and last else first or last


def status_text(row: AccountRow) -> str:
    if row.disabled:
        return "disattivato"
    return "password temporanea" if row.must_change_password else "attivo"


# ------------------------------------------------------------------ roles and districts
class GrantsEditor(QWidget):
    """Roles as checkboxes (each saying what it grants) and districts as a
    list of checkable items: what ``set_roles`` and ``set_districts`` take."""

    def __init__(self, admin: Administration, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        roles_box = QGroupBox(self.tr("Ruoli"))
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.setSpacing(6)
        self.role_boxes: dict[str, QCheckBox] = {}
        for role in admin.roles:
            box = QCheckBox(role.name)
            box.setObjectName(f"role_{role.code}")
            box.setAccessibleName(self.tr("Ruolo %1").replace("%1", role.name))
            words = self.tr("Può: %1. Vede: %2.").replace(
                "%1", ", ".join(role.permission_words) or self.tr("nulla")).replace(
                "%2", role.scope_words)
            box.setToolTip(words)
            box.setAccessibleDescription(words)
            roles_layout.addWidget(box)
            self.role_boxes[role.code] = box
        roles_layout.addStretch(1)
        layout.addWidget(roles_box, 2)

        districts_box = QGroupBox(self.tr("Distretti"))
        districts_layout = QVBoxLayout(districts_box)
        self.districts = QListWidget()
        self.districts.setObjectName("districts")
        self.districts.setAccessibleName(self.tr("Distretti assegnati"))
        self.districts.setAccessibleDescription(self.tr(
            "Spunta i distretti, gli ambiti o le aree in cui lavora"))
        self.districts.setMinimumHeight(150)
        self.districts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.districts.setTextElideMode(Qt.TextElideMode.ElideRight)
        for unit_id, name in admin.districts:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, unit_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.districts.addItem(item)
        self.districts.itemActivated.connect(self._toggle)
        districts_layout.addWidget(self.districts)
        layout.addWidget(districts_box, 3)

    def _toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.districts.item(i) for i in range(self.districts.count())]

    def set_values(self, role_codes, unit_ids) -> None:
        for code, box in self.role_boxes.items():
            box.setChecked(code in role_codes)
        first = None
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in unit_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if checked and first is None:
                first = item
        if first is not None:
            self.districts.scrollToItem(first)

    def role_codes(self) -> list[str]:
        return [code for code, box in self.role_boxes.items() if box.isChecked()]

    def unit_ids(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]


# ------------------------------------------------------------------ the small dialogs
class _FormDialog(ActionDialog):
    """The account dialogs' shape: saving, not checking, while they wait."""

    busy_text = "Salvataggio in corso…"

    def __init__(self, title: str, intro: str, action: str, parent: QWidget | None):
        super().__init__(title, intro, action, parent)
        self.setMinimumWidth(480)


class NewAccountDialog(_FormDialog):
    """An account for an operator who has none: user name, a temporary
    password (to change at the first sign-in), roles and districts. The
    operator's job suggests the role and their district is ticked."""

    def __init__(self, store, admin: Administration, parent: QWidget | None = None):
        super().__init__(self.tr("Nuovo account"), self.tr(
            "Scegli il collega e una password temporanea da comunicargli di persona: al primo "
            "accesso Tessere gli chiederà di sceglierne una sua."),
            self.tr("Crea l'account"), parent)
        self.setObjectName("newAccountDialog")
        self.store = store
        self.username_value = ""
        self._suggestion = ""
        self._candidates = {c.id: c for c in admin.candidates}
        self.operator = QComboBox()
        self.operator.setObjectName("operator")
        self.operator.setAccessibleName(self.tr("Operatore"))
        self.operator.addItem(self.tr("— Scegli l'operatore —"), None)
        for candidate in admin.candidates:
            self.operator.addItem(candidate.name, candidate.id)
        self.operator.currentIndexChanged.connect(self._operator_changed)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("Nome utente"))
        self.username.setPlaceholderText(self.tr("per esempio m.rossi"))
        self.password = password_field("password", self.tr("Password temporanea"),
                                       PASSWORD_HINT)
        self.confirm = password_field("confirm", self.tr("Ripeti la password temporanea"),
                                      PASSWORD_HINT)
        self.form.addRow(self.tr("Operatore:"), self.operator)
        self.form.addRow(self.tr("Nome utente:"), self.username)
        self.form.addRow(self.tr("Password temporanea:"), self.password)
        self.form.addRow(self.tr("Ripetila:"), self.confirm)
        self.grants = GrantsEditor(admin, self)
        self.extra.addWidget(self.grants, 1)
        self.resize(640, 600)
        if not admin.candidates:
            self.show_error(self.tr("Tutti gli operatori in servizio hanno già un account (uno "
                                    "disattivato si riapre con «Riattiva»)."))
            self.ok_button.setEnabled(False)

    def _operator_changed(self, _index: int) -> None:
        candidate = self._candidates.get(self.operator.currentData())
        if candidate is None:
            return
        if self.username.text().strip() in ("", self._suggestion):
            self._suggestion = suggested_username(candidate.first_name, candidate.last_name)
            self.username.setText(self._suggestion)
        self.grants.set_values([candidate.role_code],
                               [candidate.unit_id] if candidate.unit_id else [])

    def _submit(self) -> None:
        operator_id = self.operator.currentData()
        if operator_id is None:
            self.show_error(self.tr("Scegli l'operatore a cui dare l'account."))
            self.operator.setFocus()
            return
        if not self.passwords_match(self.password, self.confirm):
            return
        self.username_value = self.username.text().strip().lower()
        self._run(ops.create_account(
            self, self.store, operator_id=operator_id, username=self.username.text(),
            password=self.password.text(), roles=self.grants.role_codes(),
            districts=self.grants.unit_ids()))


class GrantsDialog(_FormDialog):
    """The roles and districts of one account, exactly as ticked."""

    def __init__(self, store, row: AccountRow, admin: Administration,
                 parent: QWidget | None = None):
        super().__init__(
            self.tr("Ruoli e distretti di «%1»").replace("%1", row.username),
            self.tr("Ruoli e distretti di %1 («%2»). Valgono dalla sua prossima azione in "
                    "Tessere, anche se è già collegato; sugli altri computer dopo la "
                    "sincronizzazione.").replace("%1", row.operator).replace("%2", row.username),
            self.tr("Salva"), parent)
        self.setObjectName("grantsDialog")
        self.store = store
        self.row = row
        self._roles = {role.code: role for role in admin.roles}
        self.grants = GrantsEditor(admin, self)
        codes, unit_ids = admin.grants.get(row.operator_id, ((), ()))
        self.grants.set_values(codes, unit_ids)
        self.extra.addWidget(self.grants, 1)
        self.resize(640, 520)

    def _gives_up_administration(self) -> bool:
        me = self.store.access.username if self.store.access is not None else None
        return self.row.username == me and not any(
            "manage_accounts" in self._roles[code].permissions for code in self.grants.role_codes())

    def _submit(self) -> None:
        if self._gives_up_administration():
            answer = QMessageBox.question(
                self, self.tr("Ruoli e distretti"), self.tr(
                    "Stai togliendo a te stesso il ruolo che permette di gestire gli account: "
                    "non potrai più aprire questa finestra. Continuare?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(ops.set_grants(self, self.store, self.row.username, self.grants.role_codes(),
                                 self.grants.unit_ids()))


class ResetPasswordDialog(_FormDialog):
    """A temporary password for a colleague who forgot theirs."""

    def __init__(self, store, row: AccountRow, parent: QWidget | None = None):
        super().__init__(
            self.tr("Reimposta la password di «%1»").replace("%1", row.username),
            self.tr("Una password temporanea per %1 («%2»), da comunicargli di persona o per "
                    "telefono: al prossimo accesso dovrà sceglierne una sua. La password di "
                    "prima smette subito di valere.").replace("%1", row.operator)
            .replace("%2", row.username),
            self.tr("Reimposta"), parent)
        self.setObjectName("resetPasswordDialog")
        self.store = store
        self.row = row
        self.password = password_field("password", self.tr("Password temporanea"),
                                       PASSWORD_HINT)
        self.confirm = password_field("confirm", self.tr("Ripeti la password temporanea"),
                                      PASSWORD_HINT)
        self.form.addRow(self.tr("Password temporanea:"), self.password)
        self.form.addRow(self.tr("Ripetila:"), self.confirm)

    def _submit(self) -> None:
        if self.passwords_match(self.password, self.confirm):
            self._run(ops.reset_password(self, self.store, self.row.username,
                                         self.password.text()))


# ------------------------------------------------------------------ the dialog
def roles_html(roles: list[RoleInfo]) -> str:
    """What each role grants, in words (``access.PERMISSIONS``), for the side panel."""
    parts = []
    for role in roles:
        can = ", ".join(role.permission_words) or "nulla"
        parts.append(
            f"<p style='margin:0 0 10px 0'><b>{html.escape(role.name)}</b><br>"
            + (f"<span style='color:#4b5563'>{html.escape(role.description)}</span><br>"
               if role.description else "")
            + f"<b>Può:</b> {html.escape(can)}.<br>"
            f"<b>Vede:</b> {html.escape(role.scope_words)}.</p>")
    return "".join(parts)


class AccountsTable(QTableWidget):
    """The columns keep their shares (``WIDTHS``) of the width as it changes."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        for column, share in enumerate(WIDTHS[:-1]):
            self.setColumnWidth(column, width * share // sum(WIDTHS))


class AccountsDialog(FittedDialog):
    """The accounts of this database for an administrator: who they are,
    their roles, districts and state, and the buttons that change them."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Account e ruoli"))
        self.store = store
        self.admin: Administration | None = None
        self.rows: list[AccountRow] = []
        self.loading = False
        self.sub_dialog: QDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._select_next: str | None = None  # the account just created

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Account e ruoli"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Chi può accedere a questo database, con quali ruoli e in quali distretti. Gli "
            "account non si cancellano: si disattivano, così il registro degli accessi resta "
            "leggibile. Le modifiche arrivano agli altri computer con la sincronizzazione."))
        intro.setObjectName("pageSubtitle")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(6)
        self.count_label = QLabel(self.tr("Account"))
        self.count_label.setObjectName("cardTitle")
        left.addWidget(self.count_label)
        self.table = AccountsTable(0, len(COLUMNS))
        self.table.setObjectName("dataTable")
        self.table.setAccessibleName(self.tr("Account"))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)  # every role and district in sight, on more lines
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setMinimumSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_grants())
        left.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.new_button = self._button("newButton", self.tr("Nuovo account…"), self.new_account)
        self.grants_button = self._button("grantsButton", self.tr("Ruoli e distretti…"),
                                          self.edit_grants)
        self.reset_button = self._button("resetButton", self.tr("Reimposta password…"),
                                         self.reset_password)
        self.toggle_button = self._button("toggleButton", self.tr("Disattiva"),
                                          self.toggle_disabled)
        for button in (self.new_button, self.grants_button, self.reset_button,
                       self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        middle.addLayout(left, 1)

        right = QVBoxLayout()
        right.setSpacing(6)
        roles_title = QLabel(self.tr("Cosa permette ogni ruolo"))
        roles_title.setObjectName("cardTitle")
        right.addWidget(roles_title)
        self.roles_view = QTextBrowser()
        self.roles_view.setObjectName("card")
        self.roles_view.setAccessibleName(self.tr("Cosa permette ogni ruolo"))
        self.roles_view.setOpenLinks(False)
        self.roles_view.setMinimumWidth(200)  # narrower on a small screen, up to 290
        self.roles_view.setMaximumWidth(290)
        right.addWidget(self.roles_view, 1)
        middle.addLayout(right)
        layout.addLayout(middle, 1)

        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Esito"))
        self.message.hide()
        layout.addWidget(self.message)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.close_button = self._button("closeButton", self.tr("Chiudi"), self.accept)
        close_row.addWidget(self.close_button)
        layout.addLayout(close_row)

        self.setMinimumSize(900, 440)
        self.resize(1180, 640)  # within a 1366×768 screen, with room for the taskbar
        self._update_buttons()
        self.reload()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        button.setMinimumWidth(button.sizeHint().width())  # never clipped, even at the minimum
        return button

    # ----------------------------------------------------------- loading
    def reload(self) -> None:
        self.loading = True
        self._update_buttons()
        (ops.administration(self, self.store)
         .success(self._loaded)
         .failure(self._load_failed)
         .run_in_background())

    def _loaded(self, admin: Administration) -> None:
        selected = self.selected()
        self.loading = False
        self.admin = admin
        self.rows = list(admin.accounts)
        me = self.store.access.username if self.store.access is not None else None
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            operator = row.operator + (self.tr(" (tu)") if row.username == me else "")
            values = (row.username, operator, ", ".join(row.roles) or "—",
                      ", ".join(row.districts) or "—", status_text(row))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if row.disabled:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(index, column, item)
        self._fit_rows()
        self.count_label.setText(self.tr("Account (%1)").replace("%1", str(len(self.rows))))
        self.roles_view.setHtml(roles_html(admin.roles))
        wanted = self._select_next or (selected.username if selected is not None else None)
        self._select_next = None
        if wanted is not None:
            self.select(wanted)
        self._update_buttons()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        self.admin = None
        self.show_error(failure_message(exc))
        self._update_buttons()

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text, with some air above and below."""
        self.table.resizeRowsToContents()
        for index in range(self.table.rowCount()):
            self.table.setRowHeight(index, self.table.rowHeight(index) + 8)

    # ----------------------------------------------------------- selection
    def selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select(self, username: str) -> bool:
        for index, row in enumerate(self.rows):
            if row.username == username:
                self.table.selectRow(index)
                return True
        return False

    def _update_buttons(self) -> None:
        ready = self.admin is not None and not self.loading
        row = self.selected() if ready else None
        self.new_button.setEnabled(ready)
        for button in (self.grants_button, self.reset_button):
            button.setEnabled(row is not None)
        mine = (row is not None and self.store.access is not None
                and row.username == self.store.access.username)
        text = self.tr("Riattiva") if row is not None and row.disabled else self.tr("Disattiva")
        self.toggle_button.setText(text)
        self.toggle_button.setAccessibleName(text)
        self.toggle_button.setEnabled(row is not None and not mine)
        self.toggle_button.setToolTip(self.tr("Non puoi disattivare il tuo stesso account.")
                                      if mine else "")

    # ----------------------------------------------------------- messages
    def show_error(self, message: str) -> None:
        self.message.hide()
        self.error_label.setText(message)
        self.error_label.show()

    def show_message(self, message: str) -> None:
        self.error_label.hide()
        self.message.setText(message)
        self.message.show()

    # ----------------------------------------------------------- actions
    def _open(self, dialog: QDialog, done) -> None:
        self.sub_dialog = dialog
        dialog.accepted.connect(lambda: (done(dialog), self.reload()))
        dialog.open()

    def new_account(self) -> None:
        if self.admin is None:
            return
        dialog = NewAccountDialog(self.store, self.admin, self)

        def created(d: NewAccountDialog) -> None:
            self.show_message(self.tr("Creato l'account «%1»: al primo accesso sceglierà la sua "
                                      "password.").replace("%1", d.username_value))
            self._select_next = d.username_value
        self._open(dialog, created)

    def edit_grants(self) -> None:
        row = self.selected()
        if row is None or self.admin is None:
            return
        self._open(GrantsDialog(self.store, row, self.admin, self), lambda d: self.show_message(
            self.tr("Aggiornati ruoli e distretti di «%1».").replace("%1", row.username)))

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._open(ResetPasswordDialog(self.store, row, self), lambda d: self.show_message(
            self.tr("Password di «%1» reimpostata: al prossimo accesso la cambierà.")
            .replace("%1", row.username)))

    def toggle_disabled(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.disabled:
            self._set_disabled(row, False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Disattiva account"), self.tr(
            "Disattivare l'account «%1» (%2)? Non potrà più accedere a Tessere; quello che ha "
            "scritto e il registro degli accessi restano. Potrai riattivarlo in seguito.")
            .replace("%1", row.username).replace("%2", row.operator),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDisable")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Disattiva"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._set_disabled(row, True) if (
            box.standardButton(button) == QMessageBox.StandardButton.Yes) else None)
        self.confirm_box = box
        box.open()

    def _set_disabled(self, row: AccountRow, disabled: bool) -> None:
        self.loading = True
        self._update_buttons()
        done = (self.tr("Account «%1» disattivato.") if disabled
                else self.tr("Account «%1» riattivato.")).replace("%1", row.username)
        (ops.set_disabled(self, self.store, row.username, disabled)
         .success(lambda _=None: (self.show_message(done), self.reload()))
         .failure(self._write_failed)
         .run_in_background())

    def _write_failed(self, exc: BaseException) -> None:
        self.loading = False
        self.show_error(failure_message(exc))
        self._update_buttons()
