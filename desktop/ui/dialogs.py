"""Dialogs shown before the main window: the database passphrase and the
first-run welcome."""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from desktop.core.errors import NeedsPassphraseError, WrongKeyError
from desktop.ui.operations import CollectionOp, OperationCancelled, QueryOp, failure_message
from desktop.ui.screen_fit import FittedDialog

MIN_NEW_PASSPHRASE = 8


def new_passphrase_problem(passphrase: str, confirm: str) -> str | None:
    """What is wrong with a passphrase chosen for a new database, or None."""
    if len(passphrase) < MIN_NEW_PASSPHRASE:
        return QApplication.translate("PassphraseDialog",
                                      "Scegli una passphrase di almeno %n caratteri.", "",
                                      MIN_NEW_PASSPHRASE)
    if confirm != passphrase:
        return QApplication.translate("PassphraseDialog", "Le due passphrase non coincidono.")
    return None


class PassphraseDialog(FittedDialog):
    """Asks for the passphrase and tries it in the background; a wrong one is
    said in the dialog, which stays open for another try.

    ``opener(passphrase)`` returns the open store; after ``exec()`` the store is
    in ``self.store`` (accepted), or ``self.error`` holds an error that is not
    about the passphrase (e.g. a database from a newer Tessere)."""

    def __init__(self, path: Path, creating: bool, opener: Callable[[str], object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.creating = creating
        self._opener = opener
        self.store = None
        self.error: BaseException | None = None
        self.setWindowTitle(self.tr("Tessere — passphrase del database"))
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        if creating:
            intro = self.tr(
                "Stai creando il database «%1». Scegli una passphrase per cifrarlo: "
                "servirà ogni volta che lo apri e non si può recuperare.")
        else:
            intro = self.tr("Inserisci la passphrase per aprire il database «%1».")
        text = QLabel(intro.replace("%1", path.name))
        text.setWordWrap(True)
        layout.addWidget(text)

        form = QFormLayout()
        form.setSpacing(8)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleDescription(
            self.tr("Almeno %n caratteri. Cifra il database: senza di essa i dati non si "
                    "leggono, conservala con cura.", "", MIN_NEW_PASSPHRASE) if creating
            else self.tr("La passphrase scelta quando il database è stato creato."))
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if creating:
            form.addRow(self.tr("Ripeti la passphrase:"), self.confirm)
        else:
            self.confirm.hide()
        layout.addLayout(form)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Crea il database") if creating else self.tr("Apri"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._try_open)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.grow_to_contents()

    def _try_open(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_error(self.tr("La passphrase non può essere vuota."))
            return
        problem = new_passphrase_problem(passphrase, self.confirm.text()) if self.creating else None
        if problem:
            self.show_error(problem)
            return
        self._set_busy(True)
        self.error_label.setText(self.tr("Verifica della passphrase…"))
        self.error_label.show()
        (QueryOp(self, None, lambda _store, _ctx: self._opener(passphrase))
         .success(self._opened)
         .failure(self._failed)
         .run_in_background())

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.confirm, self.buttons):
            widget.setEnabled(not busy)

    def _opened(self, store) -> None:
        self.store = store
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, (WrongKeyError, NeedsPassphraseError)):
            self.show_error(str(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        else:
            self.error = exc
            self.reject()


class WelcomeDialog(FittedDialog):
    """First run on an empty database: start working, or try Tessere on a separate
    demo database. Invented people never go into the real cartella: after
    "Prova con dati dimostrativi" ``demo_store`` is the open demo database (filled
    in the background the first time) and the real one stays as it was.

    ``open_demo(parent)`` opens (or creates) the demo database, asking for its
    passphrase where no keyring exists; None if the user cancelled."""

    def __init__(self, open_demo: Callable[[QWidget], object | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.open_demo = open_demo
        self.demo_store = None
        self.setWindowTitle(self.tr("Benvenuto in Tessere"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        title = QLabel(self.tr("Benvenuto in Tessere"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        text = QLabel(self.tr(
            "Il database è pronto ed è vuoto. Puoi iniziare subito a lavorare, oppure provare "
            "il programma su un database dimostrativo separato, con persone, patti e risorse "
            "inventati. Il database dimostrativo non si mescola mai con quello reale e non si "
            "sincronizza con la squadra."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.buttons = QDialogButtonBox()
        self.demo_button = QPushButton(self.tr("Prova con dati dimostrativi"))
        self.empty_button = QPushButton(self.tr("Inizia con un database vuoto"))
        self.empty_button.setDefault(True)
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button.clicked.connect(self.accept)
        layout.addWidget(self.buttons)

    def load_demo(self) -> None:
        try:
            importlib.import_module("desktop.demo")
        except ImportError:
            QMessageBox.warning(self, self.tr("Tessere"), self.tr(
                "I dati dimostrativi non sono disponibili in questa versione di Tessere. "
                "Puoi iniziare con un database vuoto."))
            return
        self.buttons.setEnabled(False)
        try:
            store = self.open_demo(self)
        except Exception as exc:  # noqa: BLE001 - shown in Italian, the real database stays open
            self._demo_failed(exc)
            return
        if store is None:
            self.buttons.setEnabled(True)
            return

        (fill_demo(self, store)
         .success(lambda _summary: self._demo_done(store))
         .failure(lambda exc: self._demo_failed(exc, store))
         .run_in_background())

    def _demo_done(self, store) -> None:
        self.demo_store = store
        self.accept()

    def _demo_failed(self, exc: BaseException, store=None) -> None:
        if store is not None:
            demo = importlib.import_module("desktop.demo")
            demo.discard_unfinished(store)  # half a demo is no use: the next try starts over
        self.buttons.setEnabled(True)
        if isinstance(exc, OperationCancelled):
            return
        QMessageBox.warning(self, self.tr("Tessere"), failure_message(exc))


def fill_demo(parent: QWidget | None, store) -> CollectionOp:
    """Fills the demo database the first time (as it is afterwards), with a
    cancellable progress; on failure the caller calls ``demo.discard_unfinished``."""
    demo = importlib.import_module("desktop.demo")

    def fill(store, ctx):
        # demo.fill reports a message per step; ctx.progress also cancels.
        return demo.fill(store, size="small", seed=1,
                         progress=lambda message: ctx.progress(0, 0, str(message)))

    return CollectionOp(parent, store, fill).with_progress(
        QApplication.translate("WelcomeDialog", "Preparazione del database dimostrativo…"),
        modal=True, cancellable=True)


def show_fatal(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Tessere", failure_message(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.exec()
