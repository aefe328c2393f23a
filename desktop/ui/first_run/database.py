"""The first two pages: which database, and how its key is kept (where it is made)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup, QFileDialog, QFormLayout, QLineEdit, QWidget, QWizard,
)

from desktop.ui.dialogs import new_passphrase_problem
from desktop.ui.fields import password_field
from desktop.ui.first_run.step import (
    DEMO, EXISTING, NEW, StepPage, choice_radio, indented_path,
    wrapped_label,
)
from desktop.ui.operations import QueryOp, failure_message
from desktop.ui.operations import first_run as ops


class WelcomePage(StepPage):
    """A new database here, one that already exists, or the demo database."""

    skippable = False

    def __init__(self, path: Path):
        super().__init__(self.tr("Benvenuto in Tessere"), self.tr(
            "Tessere tiene la cartella sociale, i patti e la mappa delle risorse in un database "
            "cifrato su questo computer, usabile anche senza rete. Alcune domande per "
            "cominciare: ogni passo si può saltare e riprendere dal menu File."))
        self.setObjectName("welcomePage")
        self.setCommitPage(False)
        group = QButtonGroup(self)
        self.new_radio = choice_radio(self.tr("Crea un nuovo database"), group, self.box)
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setAccessibleName(self.tr("Posizione del nuovo database"))
        self.new_row = indented_path(self.path_edit, self.tr("Cambia posizione…"),
                                     self._choose_new, self.box)
        self.existing_radio = choice_radio(
            self.tr("Apri un database che esiste già"), group, self.box,
            self.tr("Per esempio il file copiato dal vecchio computer"))
        self.existing_edit = QLineEdit()
        self.existing_edit.setAccessibleName(self.tr("Database da aprire"))
        self.existing_edit.setPlaceholderText(self.tr("percorso del file .db"))
        self.existing_row = indented_path(self.existing_edit, self.tr("Sfoglia…"),
                                          self._choose_existing, self.box)
        self.demo_radio = choice_radio(
            self.tr("Prova con dati dimostrativi"), group, self.box, self.tr(
                "Un database separato con persone, patti e risorse inventati: non si mescola "
                "mai con quello reale e non si sincronizza con la squadra"))
        self.box.addWidget(wrapped_label(self.tr(
            "Il database dimostrativo è un file a parte, con persone inventate: puoi provarlo "
            "ora e creare quello reale quando vuoi."), "muted"))
        self.leaving = False
        self.new_radio.setChecked(True)
        group.buttonToggled.connect(lambda *_: self._choice_changed())
        self.add_message()
        self._choice_changed()

    def choice(self) -> str:
        if self.existing_radio.isChecked():
            return EXISTING
        return DEMO if self.demo_radio.isChecked() else NEW

    def _choice_changed(self) -> None:
        self.new_row.setEnabled(self.new_radio.isChecked())
        self.existing_row.setEnabled(self.existing_radio.isChecked())
        self.say("")
        if self.wizard() is not None:
            self.wizard().setButtonText(QWizard.WizardButton.NextButton, {
                EXISTING: self.tr("Apri"), DEMO: self.tr("Prova")}.get(
                self.choice(), self.tr("Avanti >")))

    def _choose_new(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Dove creare il database"), self.path_edit.text(),
            self.tr("Database di Tessere (*.db)"))
        if chosen:
            self.path_edit.setText(chosen)

    def _choose_existing(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Apri un database"), str(Path.home()),
            self.tr("Database di Tessere (*.db);;Tutti i file (*)"))
        if chosen:
            self.existing_edit.setText(chosen)

    def commit(self) -> bool:
        choice = self.choice()
        if choice == NEW:
            path = Path(self.path_edit.text().strip()).expanduser()
            if not self.path_edit.text().strip():
                self.say(self.tr("Indica dove creare il database."))
                return False
            if path.exists() and path.stat().st_size > 0:
                self.say(self.tr("«%1» esiste già: scegli «Apri un database che esiste già» "
                                 "oppure un altro nome.").replace("%1", str(path)))
                return False
            if not path.parent.is_dir():
                self.say(self.tr("La cartella «%1» non esiste: creala prima o scegline "
                                 "un'altra.").replace("%1", str(path.parent)))
                return False
            self.wizard().path = path
        elif choice == EXISTING:
            path = Path(self.existing_edit.text().strip()).expanduser()
            if not self.existing_edit.text().strip() or not path.is_file():
                self.say(self.tr("Scegli il file del database da aprire."))
                return False
            self.wizard().path = path
        self.wizard().choice = choice
        if choice == NEW or self.leaving:
            return True
        # The rest happens outside: the file opened as usual, or the demo filled.
        # QWizard.done validates this page again: then it may go.
        self.leaving = True
        QTimer.singleShot(0, lambda: self.wizard().done(QWizard.DialogCode.Accepted.value))
        return False


class ProtectionPage(StepPage):
    """Where the new database's key lives; here the database gets created."""

    skippable = False

    def __init__(self):
        super().__init__(self.tr("Protezione del database"), self.tr(
            "Il database è cifrato. La chiave può restare nel portachiavi del sistema, "
            "sbloccato dal tuo accesso al computer, oppure essere una passphrase da digitare "
            "a ogni apertura."))
        self.setObjectName("protectionPage")
        group = QButtonGroup(self)
        self.keyring_radio = choice_radio(
            self.tr("Chiave nel portachiavi del sistema (consigliato)"), group, self.box)
        self.keyring_note = wrapped_label("", "muted")
        self.box.addWidget(self.keyring_note)
        self.passphrase_radio = choice_radio(
            self.tr("Passphrase da digitare a ogni apertura"), group, self.box)
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        self.passphrase = password_field("passphrase", self.tr("Passphrase"))
        self.confirm = password_field("confirm", self.tr("Ripeti la passphrase"))
        for field in (self.passphrase, self.confirm):
            form.addRow(field.accessibleName() + ":", field)
        self.fields = QWidget()
        self.fields.setLayout(form)
        self.box.addWidget(self.fields)
        self.box.addWidget(wrapped_label(self.tr(
            "La passphrase non si può recuperare: conservala in un posto sicuro."), "muted"))
        group.buttonToggled.connect(lambda *_: self.fields.setEnabled(
            self.passphrase_radio.isChecked()))
        self.add_message()

    def initializePage(self) -> None:
        usable = self.wizard().wait_for(ops.keyring_usable(self))[1] is True
        self.keyring_radio.setEnabled(usable)
        self.keyring_note.setText(
            self.tr("Non dovrai digitare nulla per aprire il database su questo computer.")
            if usable else self.tr("Su questo computer non c'è un portachiavi di sistema "
                                   "disponibile: serve una passphrase."))
        (self.keyring_radio if usable else self.passphrase_radio).setChecked(True)
        self.fields.setEnabled(not usable)
        if not usable:
            self.passphrase.setFocus()  # the only thing to do here: type it
        self.wizard().button(QWizard.WizardButton.CommitButton).setText(
            self.tr("Crea il database"))

    def commit(self) -> bool:
        passphrase = None
        if self.passphrase_radio.isChecked():
            passphrase = self.passphrase.text()
            problem = new_passphrase_problem(passphrase, self.confirm.text())
            if problem:
                self.say(problem)
                return False
        create = self.wizard().create_database
        ok, result = self.wizard().wait_for(
            QueryOp(self, None, lambda _store, ctx: create(self.wizard().path, passphrase))
            .with_progress(self.tr("Creazione del database…"), modal=True))
        if not ok:
            self.say(failure_message(result))
            return False
        self.wizard().store = result
        self.outcome = self.tr("Database creato in «%1», chiave %2.").replace(
            "%1", str(self.wizard().path)).replace(
            "%2", self.tr("nel portachiavi") if passphrase is None else self.tr("da passphrase"))
        return True
