"""«Backup cifrato…» and «Ripristina da backup…» (File menu).

The backup asks where to save and a passphrase twice, with a strength hint, then
runs in the background with its progress (and «Annulla») in the status bar. The
restore asks for the file (and says what it holds), its passphrase and where the
new database goes; a wrong passphrase or a damaged file is said in the dialog,
which stays open; when done it offers to open the restored database.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialogButtonBox, QFileDialog, QFormLayout, QLabel,
    QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from desktop.core import keys
from desktop.core.backup import MIN_PASSPHRASE, Header, Restored, WrongBackupPassphraseError
from desktop.core.formats import day_time, number
from desktop.ui.fields import password_field, path_row
from desktop.ui.operations import OperationCancelled, backup as ops, failure_message
from desktop.ui.questions import ask
from desktop.ui.screen_fit import FittedDialog

SUFFIX = ".tessere-backup"


def _tr(text: str) -> str:
    """A translatable text needed before the dialog exists (its title and introduction)."""
    return QCoreApplication.translate("BackupDialogs", text)


def strength_hint(passphrase: str) -> str:
    """A plain judgement of a passphrase, in Italian: length counts most."""
    if len(passphrase) < MIN_PASSPHRASE:
        return f"Troppo corta: almeno {MIN_PASSPHRASE} caratteri."
    kinds = sum(any(test(c) for c in passphrase)
                for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    score = (len(passphrase) >= 12) + (len(passphrase) >= 16) + (len(passphrase) >= 24) \
        + (kinds >= 3) + (passphrase.count(" ") >= 3)
    if score <= 1:
        return "Debole: meglio una frase di quattro o cinque parole che solo tu conosci."
    if score == 2:
        return "Discreta: qualche parola in più la rende molto più difficile da indovinare."
    return "Buona."


class _Dialog(FittedDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 16)
        self.layout_.setSpacing(12)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.layout_.addWidget(text)
        self.form = QFormLayout()
        self.form.setSpacing(8)
        self.layout_.addLayout(self.form)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    def finish_layout(self, action: str) -> None:
        self.layout_.addWidget(self.error_label)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class BackupDialog(_Dialog):
    """Where and under which passphrase; the backup itself runs after the dialog
    closes, hosted by the window (``self.operation``)."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(
            _tr("Backup cifrato"),
            _tr("Il backup contiene tutto il database, cifrato con la passphrase che scegli "
                    "qui. Senza di essa non si può ripristinare: conservala in un posto sicuro, "
                    "separato dal file."), parent)
        self.setObjectName("backupDialog")
        self.store = store
        self.operation = None
        self._confirmed_overwrite: Path | None = None
        self.target = QLineEdit(str(Path.home() / f"tessere-{dt.date.today():%Y-%m-%d}{SUFFIX}"))
        self.target.setObjectName("backupTarget")
        browse = QPushButton(self.tr("Sfoglia…"))
        browse.clicked.connect(self._browse)
        self.form.addRow(self.tr("Salva in:"), path_row(self.target, browse,
                                                            self.tr("Salva in")))
        self.passphrase = password_field("backupPassphrase")
        self.passphrase.setAccessibleDescription(self.tr(
            "Almeno %n caratteri. Serve per ripristinare il backup: conservala separata dal "
            "file.", "", MIN_PASSPHRASE))
        self.confirm = password_field("backupConfirm")
        self.form.addRow(self.tr("Passphrase del backup:"), self.passphrase)
        self.form.addRow(self.tr("Ripeti la passphrase:"), self.confirm)
        self.strength = QLabel()
        self.strength.setObjectName("strengthLabel")
        self.strength.setWordWrap(True)
        self.form.addRow(self.strength)
        self.passphrase.textChanged.connect(lambda text: self.strength.setText(strength_hint(text)))
        self.finish_layout(self.tr("Crea backup"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Salva il backup"), self.target.text(),
            self.tr("Backup di Tessere (*%1);;Tutti i file (*)").replace("%1", SUFFIX))
        if path:
            self.target.setText(path)
            self._confirmed_overwrite = Path(path)  # the file dialog asked already

    def go(self) -> None:
        target = Path(self.target.text().strip()).expanduser()
        passphrase = self.passphrase.text()
        if not self.target.text().strip():
            return self.show_error(self.tr("Indica dove salvare il backup."))
        if len(passphrase) < MIN_PASSPHRASE:
            return self.show_error(self.tr("Scegli una passphrase di almeno %n caratteri.", "",
                                           MIN_PASSPHRASE))
        if self.confirm.text() != passphrase:
            return self.show_error(self.tr("Le due passphrase non coincidono."))
        if not target.parent.is_dir():
            return self.show_error(self.tr("La cartella «%1» non esiste.").replace(
                "%1", str(target.parent)))
        if target.exists() and target != self._confirmed_overwrite:
            return self.show_error(self.tr(
                "Il file «%1» esiste già: scegli un altro nome, o sceglilo con «Sfoglia…» per "
                "sostituirlo.").replace("%1", target.name))
        host = self.parentWidget() or self
        self.operation = (
            ops.create_backup(host, self.store, target, passphrase,
                              overwrite=target == self._confirmed_overwrite)
            .with_progress(self.tr("Backup cifrato…"), cancellable=True)
            .success(lambda header: _saved(host, target, header))
            .run_in_background())
        self.accept()


def _saved(parent: QWidget, target: Path, header: Header) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, parent.tr("Tessere"), parent.tr(
        "Backup cifrato salvato in «%1» (%2 persone, %3 patti). Conserva la passphrase "
        "separata dal file.").replace("%1", str(target))
        .replace("%2", number(header.counts.get("person", 0)))
        .replace("%3", number(header.counts.get("patto", 0))),
        QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("backupSavedBox")
    box.open()


class RestoreDialog(_Dialog):
    """Which backup, its passphrase, where the new database goes; ``open_requested``
    carries the restored database's path when the user chooses to open it."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, suggested: Path | None = None):
        super().__init__(
            _tr("Ripristina da backup"),
            _tr("Il backup diventa un nuovo database: quello aperto ora non cambia. Il "
                    "database ripristinato ha una sua chiave e pubblica nella sincronizzazione "
                    "come un computer nuovo."), parent)
        self.setObjectName("restoreDialog")
        self.restored: Restored | None = None
        self.source = QLineEdit()
        self.source.setObjectName("backupFile")
        browse = QPushButton(self.tr("Sfoglia…"))
        browse.clicked.connect(self._browse_source)
        self.source.editingFinished.connect(self._describe)
        self.form.addRow(self.tr("Backup:"), path_row(self.source, browse,
                                                          self.tr("Backup da ripristinare")))
        self.about = QLabel()
        self.about.setObjectName("backupAbout")
        self.about.setWordWrap(True)
        self.form.addRow(self.about)
        self.passphrase = password_field("backupPassphrase")
        self.form.addRow(self.tr("Passphrase del backup:"), self.passphrase)
        self.target = QLineEdit(str(suggested) if suggested else "")
        self.target.setObjectName("newDatabase")
        browse_target = QPushButton(self.tr("Sfoglia…"))
        browse_target.clicked.connect(self._browse_target)
        self.form.addRow(self.tr("Nuovo database:"), path_row(
            self.target, browse_target, self.tr("Nuovo database")))
        self.replace = QCheckBox(self.tr("Se esiste già, sostituiscilo"))
        self.replace.setToolTip(self.tr(
            "Il database che c'è viene messo da parte accanto, con un altro nome: non viene "
            "cancellato. Un database aperto in Tessere non si sostituisce."))
        self.replace.setObjectName("replaceExisting")
        self.form.addRow(self.replace)
        self.new_passphrase = password_field("newPassphrase")
        self.new_confirm = password_field("newConfirm")
        self.needs_passphrase = not keys.keyring_usable()
        if self.needs_passphrase:  # as for a new database: no keyring, a passphrase
            self.form.addRow(self.tr("Passphrase del nuovo database:"), self.new_passphrase)
            self.form.addRow(self.tr("Ripeti la passphrase:"), self.new_confirm)
        self.finish_layout(self.tr("Ripristina"))

    def _browse_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scegli il backup"), self.source.text() or str(Path.home()),
            self.tr("Backup di Tessere (*%1);;Tutti i file (*)").replace("%1", SUFFIX))
        if path:
            self.source.setText(path)
            self._describe()

    def _browse_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Nuovo database"), self.target.text() or str(Path.home()),
            self.tr("Database di Tessere (*.db);;Tutti i file (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # the core refuses, or sets aside
        if path:
            self.target.setText(path)

    def _describe(self) -> None:
        """What the chosen file holds, read on a worker without the passphrase."""
        path = Path(self.source.text().strip()).expanduser()
        if not self.source.text().strip():
            return
        (ops.read_header(self, path)
         .success(lambda header: self.about.setText(self._summary(header)))
         .failure(lambda exc: self.about.setText(failure_message(exc)))
         .run_in_background())

    def _summary(self, header: Header) -> str:
        try:
            when = day_time(dt.datetime.fromisoformat(header.created_at).astimezone())
        except ValueError:
            when = header.created_at
        text = self.tr("Backup del %1: %2 persone, %3 patti, %4 voci di diario.") \
            .replace("%1", when).replace("%2", number(header.counts.get("person", 0))) \
            .replace("%3", number(header.counts.get("patto", 0))) \
            .replace("%4", number(header.counts.get("diary_entry", 0)))
        if header.demo:
            text += " " + self.tr("Dati dimostrativi.")
        return text

    def go(self) -> None:
        source = Path(self.source.text().strip()).expanduser()
        target = Path(self.target.text().strip()).expanduser()
        if not self.source.text().strip() or not source.is_file():
            return self.show_error(self.tr("Scegli il file del backup."))
        if not self.passphrase.text():
            return self.show_error(self.tr("Scrivi la passphrase del backup."))
        if not self.target.text().strip():
            return self.show_error(self.tr("Indica dove mettere il nuovo database."))
        new_passphrase = None
        if self.needs_passphrase:
            new_passphrase = self.new_passphrase.text()
            if len(new_passphrase) < MIN_PASSPHRASE:
                return self.show_error(self.tr(
                    "Scegli per il nuovo database una passphrase di almeno %n caratteri.", "",
                    MIN_PASSPHRASE))
            if self.new_confirm.text() != new_passphrase:
                return self.show_error(self.tr("Le due passphrase del nuovo database non coincidono."))
        self._set_busy(True)
        self.show_error(self.tr("Ripristino in corso…"))
        (ops.restore_backup(self, source, self.passphrase.text(), target,
                            new_passphrase=new_passphrase, replace=self.replace.isChecked())
         .with_progress(self.tr("Ripristino del backup…"), modal=True, cancellable=True)
         .success(self._restored)
         .failure(self._failed)
         .run_in_background())

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.source, self.passphrase, self.target, self.replace,
                       self.new_passphrase, self.new_confirm, self.buttons):
            widget.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, OperationCancelled):
            self.show_error(self.tr("Ripristino annullato: non è stato scritto nulla."))
            return
        self.show_error(failure_message(exc))
        if isinstance(exc, WrongBackupPassphraseError):
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def _restored(self, restored: Restored) -> None:
        self.restored = restored
        self.accept()
        details = self.tr(
            "Su un computer nuovo, per sincronizzare con la squadra serve il codice della "
            "squadra (Sincronizzazione › Squadra).")
        if restored.set_aside is not None:
            details = self.tr("Il database che c'era è stato messo da parte in «%1».").replace(
                "%1", str(restored.set_aside)) + " " + details
        path = str(restored.path)
        ask(self.parentWidget() or self,
            self.tr("Backup ripristinato in «%1». Vuoi aprirlo ora?").replace("%1", path),
            self.tr("Apri il database"), lambda: self.open_requested.emit(path),
            details=details, name="openRestoredBox")
