"""Signing in: the login dialog, the first administrator, a password change,
and the lock screen the window shows after the idle time. The checks are in
``desktop.core.accounts``; these widgets only ask and say what it answered."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desktop.ui.fields import password_field
from desktop.ui.operations import accounts as ops
from desktop.ui.operations import failure_message
from desktop.ui.screen_fit import FittedDialog, footer, scrolling_body

MARGINS = (24, 20, 24, 16)


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setAccessibleName("Messaggio")
    label.hide()
    return label


class ActionDialog(FittedDialog):
    """An intro, a form (and below it ``extra``, for wider widgets), an error
    line and one action run in the background: the core's refusal stays in the
    dialog, in Italian, with what was typed."""

    busy_text = "Verifica in corso…"

    def __init__(self, title: str, intro: str, action: str, parent: QWidget | None,
                 cancel: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        outer, layout = scrolling_body(self, MARGINS, 12)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra, 1)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setAccessibleName(action)
        self.ok_button.setDefault(True)
        cancel = cancel or self.tr("Annulla")
        self.cancel_button = self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        footer(outer, MARGINS, self.error_label, self.buttons)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.grow_to_contents()

    def passwords_match(self, first: QLineEdit, second: QLineEdit) -> bool:
        if first.text() != second.text():
            self.show_error(self.tr("Le due password non coincidono."))
            second.setFocus()
            return False
        return True

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.show_error(self.tr(self.busy_text))

    def _run(self, op) -> None:
        self._busy(True)
        op.success(self._done).failure(self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.show_error(failure_message(exc))

    def _done(self, _result) -> None:
        self.accept()

    def _submit(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError


class LoginDialog(ActionDialog):
    """Who is at the keyboard: user name and password, checked offline. A
    locked account keeps the button off for the seconds the core says."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(self.tr("Tessere — accesso"), self.tr(
            "Accedi con il tuo nome utente e la tua password per aprire «%1».")
            .replace("%1", store.path.name), self.tr("Accedi"), parent, self.tr("Esci"))
        self.setObjectName("loginDialog")
        self.store = store
        self.access = None
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("Nome utente"))
        self.password = password_field("password")
        self.password.setAccessibleName(self.tr("Password"))
        self.form.addRow(self.tr("Nome utente:"), self.username)
        self.form.addRow(self.tr("Password:"), self.password)
        self._wait = QTimer(self)
        self._wait.setInterval(1000)
        self._wait.timeout.connect(self._tick)
        self._seconds = 0

    def _submit(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.show_error(self.tr("Scrivi nome utente e password."))
            return
        self._run(ops.sign_in(self, self.store, self.username.text(), self.password.text()))

    def _done(self, access) -> None:
        self.access = access
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        self.password.clear()
        self.password.setFocus()
        seconds = getattr(exc, "seconds", 0)
        if seconds:
            self._seconds = seconds
            self.ok_button.setEnabled(False)
            self._wait.start()

    def _tick(self) -> None:
        self._seconds -= 1
        if self._seconds <= 0:
            self._wait.stop()
            self.ok_button.setEnabled(True)
            self.show_error(self.tr("Puoi riprovare."))


class FirstAdministratorDialog(ActionDialog):
    """The first account: the operator of this computer becomes administrator,
    so that from now on each colleague signs in with their own account."""

    def __init__(self, store, operator_name: str, required: bool, parent: QWidget | None = None):
        intro = self.tr(
            "Per proteggere le cartelle, da ora in poi chi usa Tessere accede con un proprio "
            "account. Il primo è il tuo (%1): sarai amministratore e potrai creare gli account "
            "dei colleghi, con i loro ruoli e distretti.").replace("%1", operator_name)
        if required:
            intro += self.tr(" Questo database contiene già dati di persone: l'account è "
                             "necessario per continuare.")
        super().__init__(self.tr("Tessere — primo amministratore"), intro,
                         self.tr("Crea l'account"), parent,
                         self.tr("Esci") if required else self.tr("Più tardi"))
        self.setObjectName("firstAdministratorDialog")
        self.store = store
        self.access = None
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("per esempio m.rossi"))
        self.password = password_field("password")
        self.confirm = password_field("confirm")
        self.form.addRow(self.tr("Nome utente:"), self.username)
        self.form.addRow(self.tr("Password:"), self.password)
        self.form.addRow(self.tr("Ripeti la password:"), self.confirm)

    def _submit(self) -> None:
        if not self.passwords_match(self.password, self.confirm):
            return
        self._run(ops.create_first_administrator(self, self.store, self.username.text(),
                                                 self.password.text()))

    def _done(self, access) -> None:
        self.access = access
        self.accept()


class ChangePasswordDialog(ActionDialog):
    """The operator's own password; required after an administrator's reset."""

    def __init__(self, store, required: bool = False, parent: QWidget | None = None):
        intro = (self.tr("La tua password è temporanea: scegline una tua per continuare.")
                 if required else self.tr("Cambia la password del tuo account."))
        super().__init__(self.tr("Tessere — cambia password"), intro, self.tr("Cambia"), parent,
                         self.tr("Esci") if required else None)
        self.setObjectName("changePasswordDialog")
        self.store = store
        self.old = password_field("old")
        self.new = password_field("new")
        self.confirm = password_field("confirm")
        self.form.addRow(self.tr("Password attuale:"), self.old)
        self.form.addRow(self.tr("Nuova password:"), self.new)
        self.form.addRow(self.tr("Ripeti la nuova:"), self.confirm)

    def _submit(self) -> None:
        if self.new.text() != self.confirm.text():
            self.show_error(self.tr("Le due password nuove non coincidono."))
            return
        self._run(ops.change_password(self, self.store, self.old.text(), self.new.text()))


class LockDialog(FittedDialog):
    """Over every window after the idle time: who is signed in and a password
    field. Application-modal, so it takes the keyboard even over another open
    dialog; the windows underneath only hide their content, so nothing typed
    is lost. Escape does not close it: only the password does."""

    unlocked = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Tessere — sessione bloccata"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(420)
        self.store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        who = store.access.username if store.access is not None else ""
        self.title = QLabel(self.tr("Sessione bloccata — %1").replace("%1", who))
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        explain = QLabel(self.tr("Tessere si è bloccato dopo un periodo di inattività. Il lavoro "
                                 "aperto è conservato: scrivi la password per riprendere."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.password = password_field("unlockPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self._submit)
        layout.addWidget(self.password)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        self.unlock_button = QPushButton(self.tr("Sblocca"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)

    def reject(self) -> None:  # Escape, or the window's close button: stay locked
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.password.text():
            return
        self.unlock_button.setEnabled(False)
        (ops.unlock(self, self.store, self.password.text())
         .success(lambda _access: self._done())
         .failure(self._failed)
         .run_in_background())

    def _done(self) -> None:
        self.accept()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.error_label.setText(str(exc))
        self.error_label.show()
        self.password.clear()
        self.password.setFocus()
