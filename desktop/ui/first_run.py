"""The guided first start: where the database lives and how its key is kept,
the team and where it syncs, who works on this computer, the first
administrator. Every step can be skipped, and all but the first two are
reachable again from File › Configurazione guidata (and each from its own
place: File › Profilo operatore, File › Account e ruoli, the Sincronizzazione page).

The team comes before the profile: a laptop joining a team receives its
colleagues in the first sync, so the profile page can offer the operator an
administrator already made for it, and no second administrator is made beside
the team's own accounts.
"""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Callable, Iterator

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from desktop.core.errors import TessereError
from desktop.ui.fields import path_row
from desktop.ui.operations import OperationCancelled, QueryOp, failure_message, wait_for
from desktop.ui.operations import accounts as account_ops
from desktop.ui.operations import first_run as ops
from desktop.ui.operations import sync as sync_ops
from desktop.ui.operations.first_run import SetupState
from desktop.ui.pages.sincronizzazione.widgets import say

NEW, EXISTING, DEMO = "nuovo", "esistente", "demo"
MIN_NEW_PASSPHRASE = 8
SYNC_INTERVAL = 5  # minutes, the Sincronizzazione page's default; changed there


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _radio(text: str, group: QButtonGroup, layout, description: str = "") -> QRadioButton:
    button = QRadioButton(text)
    button.setAccessibleName(text)
    if description:
        button.setAccessibleDescription(description)
        button.setToolTip(description)
    group.addButton(button)
    layout.addWidget(button)
    return button


class StepPage(QWizardPage):
    """One step. ``commit`` does the step's work when the user goes on;
    «Salta questo passo» goes on without it. ``outcome`` is the line the last
    page shows for it."""

    skippable = True

    def __init__(self, title: str, intro: str):
        super().__init__()
        self.setTitle(title)
        self.setCommitPage(True)  # each step writes: going back would undo nothing
        self.box = QVBoxLayout(self)
        self.box.setSpacing(10)
        self.intro = _label(intro, "pageSubtitle")  # wraps, where a wizard's subtitle clips
        self.box.addWidget(self.intro)
        self.message = _label(name="errorLabel")
        self.message.hide()
        self.outcome = ""

    def add_message(self) -> None:
        self.box.addStretch(1)
        self.box.addWidget(self.message)

    def wizard(self) -> "FirstRunWizard":
        return super().wizard()

    @property
    def store(self):
        return self.wizard().store

    def say(self, text: str, ok: bool = False) -> None:
        say(self.message, text, ok)

    def validatePage(self) -> bool:
        if self.wizard().skipping:
            self.outcome = self.skipped_outcome()
            return True
        self.say("")
        return self.commit()

    def commit(self) -> bool:
        return True

    def skipped_outcome(self) -> str:
        return self.tr("%1: saltato.").replace("%1", self.title())


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
        self.new_radio = _radio(self.tr("Crea un nuovo database"), group, self.box)
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setAccessibleName(self.tr("Posizione del nuovo database"))
        browse_new = QPushButton(self.tr("Cambia posizione…"))
        browse_new.clicked.connect(self._choose_new)
        self.new_row = QWidget()
        self.new_row.setLayout(path_row(self.path_edit, browse_new))
        self.new_row.layout().setContentsMargins(24, 0, 0, 0)
        self.box.addWidget(self.new_row)
        self.existing_radio = _radio(self.tr("Apri un database che esiste già"), group, self.box,
                                     self.tr("Per esempio il file copiato dal vecchio computer"))
        self.existing_edit = QLineEdit()
        self.existing_edit.setAccessibleName(self.tr("Database da aprire"))
        self.existing_edit.setPlaceholderText(self.tr("percorso del file .db"))
        browse_existing = QPushButton(self.tr("Sfoglia…"))
        browse_existing.clicked.connect(self._choose_existing)
        self.existing_row = QWidget()
        self.existing_row.setLayout(path_row(self.existing_edit, browse_existing))
        self.existing_row.layout().setContentsMargins(24, 0, 0, 0)
        self.box.addWidget(self.existing_row)
        self.demo_radio = _radio(
            self.tr("Prova con dati dimostrativi"), group, self.box, self.tr(
                "Un database separato con persone, patti e risorse inventati: non si mescola "
                "mai con quello reale e non si sincronizza con la squadra"))
        self.box.addWidget(_label(self.tr(
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
        self.keyring_radio = _radio(self.tr("Chiave nel portachiavi del sistema (consigliato)"),
                                    group, self.box)
        self.keyring_note = _label("", "muted")
        self.box.addWidget(self.keyring_note)
        self.passphrase_radio = _radio(self.tr("Passphrase da digitare a ogni apertura"),
                                       group, self.box)
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        self.passphrase = QLineEdit()
        self.confirm = QLineEdit()
        for field, text in ((self.passphrase, self.tr("Passphrase")),
                            (self.confirm, self.tr("Ripeti la passphrase"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(text)
            form.addRow(text + ":", field)
        self.fields = QWidget()
        self.fields.setLayout(form)
        self.box.addWidget(self.fields)
        self.box.addWidget(_label(self.tr(
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
            if len(passphrase) < MIN_NEW_PASSPHRASE:
                self.say(self.tr("Scegli una passphrase di almeno %n caratteri.", "",
                                 MIN_NEW_PASSPHRASE))
                return False
            if self.confirm.text() != passphrase:
                self.say(self.tr("Le due passphrase non coincidono."))
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


class TeamPage(StepPage):
    """Create the team on its first laptop, or join it with the code."""

    def __init__(self):
        super().__init__(self.tr("Squadra"), self.tr(
            "I computer di una squadra si scambiano i dati, cifrati con la chiave della "
            "squadra. Il primo computer la crea; gli altri si uniscono con il suo codice."))
        self.setObjectName("teamPage")
        self.state_label = _label()
        self.box.addWidget(self.state_label)
        self.choices = QWidget()
        layout = QVBoxLayout(self.choices)
        layout.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(self)
        self.alone_radio = _radio(self.tr("Per ora lavoro da solo"), group, layout)
        self.create_radio = _radio(self.tr("Crea una nuova squadra (primo computer)"), group,
                                   layout)
        self.join_radio = _radio(self.tr("Unisciti a una squadra con il codice di un collega"),
                                 group, layout)
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Codice della squadra"))
        self.code_edit.setPlaceholderText(self.tr("Codice della squadra"))
        self.code_edit.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.code_edit)
        self.alone_radio.setChecked(True)
        group.buttonToggled.connect(lambda *_: self.code_edit.setEnabled(
            self.join_radio.isChecked()))
        self.code_edit.setEnabled(False)
        self.box.addWidget(self.choices)
        self.code_label = _label(name="teamCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Codice della squadra"))
        self.copy_button = QPushButton(self.tr("Copia il codice"))
        self.copy_button.clicked.connect(
            lambda: QApplication.clipboard().setText(self.code_label.text()))
        self.code_box = QWidget()
        code_row = QHBoxLayout(self.code_box)
        code_row.setContentsMargins(0, 0, 0, 0)
        code_row.addWidget(self.code_label, 1)
        code_row.addWidget(self.copy_button)
        self.code_box.hide()
        self.box.addWidget(self.code_box)
        self.code = ""
        self.add_message()

    def initializePage(self) -> None:
        state = self.wizard().refresh_state()
        in_team = state is not None and state.in_team
        self.choices.setVisible(not in_team)
        self.state_label.setText(
            self.tr("Questo computer fa già parte di una squadra. Il codice si rivede nella "
                    "pagina Sincronizzazione.") if in_team else "")
        self.state_label.setVisible(in_team)

    def commit(self) -> bool:
        if self.code:  # created: the user has seen the code
            return True
        if not self.choices.isVisible() or self.alone_radio.isChecked():
            self.outcome = (self.tr("Squadra: già presente.") if not self.choices.isVisible()
                            else self.tr("Squadra: per ora nessuna (pagina Sincronizzazione)."))
            return True
        if self.create_radio.isChecked():
            ok, result = self.wizard().wait_for(sync_ops.create_team(self, self.store))
            if not ok:
                self.say(failure_message(result))
                return False
            self.code = result
            self.choices.setEnabled(False)
            self.code_label.setText(result)
            self.code_box.show()
            self.say(self.tr("Squadra creata. Scrivi questo codice sugli altri computer della "
                             "squadra e conservalo in un posto sicuro: chi lo ha può leggere i "
                             "dati sincronizzati. Poi premi Avanti."), ok=True)
            self.outcome = self.tr("Squadra creata (codice nella pagina Sincronizzazione).")
            return False  # stay until the code has been read
        code = self.code_edit.text().strip()
        try:
            from desktop.sync.team import check_code

            check_code(code)
        except TessereError as exc:
            self.say(str(exc))
            return False
        ok, result = self.wizard().wait_for(sync_ops.join_team(self, self.store, code))
        if not ok:
            self.say(failure_message(result))
            return False
        self.outcome = self.tr("Unito alla squadra.")
        return True


class SyncPage(StepPage):
    """Where the team's bundles travel: a shared folder or a WebDAV server. A
    laptop in a team runs its first sync here, so the next pages see the team."""

    def __init__(self):
        super().__init__(self.tr("Sincronizzazione"), self.tr(
            "Quando c'è rete, Tessere scambia i dati con la squadra attraverso una cartella "
            "condivisa o un server WebDAV (per esempio Nextcloud). Senza rete si lavora lo "
            "stesso: i dati partono alla prossima occasione."))
        self.setObjectName("syncPage")
        group = QButtonGroup(self)
        self.none_radio = _radio(self.tr("Per ora nessuna"), group, self.box)
        self.folder_radio = _radio(self.tr("Cartella condivisa"), group, self.box)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Cartella condivisa"))
        browse = QPushButton(self.tr("Scegli…"))
        browse.clicked.connect(self._choose_folder)
        self.folder_row = QWidget()
        self.folder_row.setLayout(path_row(self.folder_edit, browse))
        self.folder_row.layout().setContentsMargins(24, 0, 0, 0)
        self.box.addWidget(self.folder_row)
        self.webdav_radio = _radio(self.tr("Server WebDAV o Nextcloud"), group, self.box)
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        self.url_edit, self.user_edit, self.password_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.url_edit.setPlaceholderText("https://cloud.example.it/remote.php/dav/files/…")
        for field, text in ((self.url_edit, self.tr("Indirizzo")),
                            (self.user_edit, self.tr("Utente")),
                            (self.password_edit, self.tr("Password"))):
            field.setAccessibleName(text)
            form.addRow(text + ":", field)
        self.webdav_fields = QWidget()
        self.webdav_fields.setLayout(form)
        self.box.addWidget(self.webdav_fields)
        self.none_radio.setChecked(True)
        group.buttonToggled.connect(lambda *_: self._kind_changed())
        self.sync_failed = False
        self.add_message()
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.folder_row.setEnabled(self.folder_radio.isChecked())
        self.webdav_fields.setEnabled(self.webdav_radio.isChecked())

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Cartella condivisa"),
                                                  self.folder_edit.text() or str(Path.home()))
        if chosen:
            self.folder_edit.setText(chosen)

    def initializePage(self) -> None:
        state = self.wizard().state
        if state is not None and state.target_kind and not self.folder_edit.text():
            if state.target_kind == "folder":
                self.folder_radio.setChecked(True)
                self.folder_edit.setText(state.target_location)
            else:
                self.webdav_radio.setChecked(True)
                self.url_edit.setText(state.target_location)

    def commit(self) -> bool:
        if self.sync_failed:  # said on the page; the timer will try again
            return True
        if self.none_radio.isChecked():
            self.outcome = self.tr("Sincronizzazione: nessuna per ora (pagina Sincronizzazione).")
            return True
        if self.folder_radio.isChecked():
            if not self.folder_edit.text().strip():
                self.say(self.tr("Scegli la cartella condivisa."))
                return False
            op = sync_ops.save_folder(self, self.store, self.folder_edit.text().strip(), False,
                                      SYNC_INTERVAL)
        else:
            op = sync_ops.save_webdav(self, self.store, self.url_edit.text().strip(),
                                      self.user_edit.text().strip(),
                                      self.password_edit.text() or None, SYNC_INTERVAL)
        ok, result = self.wizard().wait_for(op)
        if not ok:
            self.say(failure_message(result))
            return False
        self.outcome = self.tr("Sincronizzazione: %1.").replace(
            "%1", self.folder_edit.text().strip() if self.folder_radio.isChecked()
            else self.url_edit.text().strip())
        state = self.wizard().refresh_state()
        if state is None or not state.in_team:
            return True
        ok, result = self.wizard().wait_for(
            sync_ops.sync(self, self.store, manual=True)
            .with_progress(self.tr("Prima sincronizzazione con la squadra…"), modal=True,
                           cancellable=True))
        if ok and result.report is not None and not result.message:
            self.outcome += " " + self.tr("Prima sincronizzazione fatta.")
            return True
        self.sync_failed = True
        if ok:  # it ran, or could not, and says why (an unreachable server, a refusal)
            reason = result.message or self.tr("non è partita")
        elif isinstance(result, OperationCancelled):
            reason = self.tr("interrotta")
        else:
            reason = failure_message(result)
        self.say(self.tr("La destinazione è salvata, ma la prima sincronizzazione non è "
                         "riuscita (%1). Premi Avanti per continuare: Tessere riproverà da "
                         "solo ogni %2 minuti.").replace("%1", reason).replace(
            "%2", str(SYNC_INTERVAL)))
        self.outcome += " " + self.tr("Prima sincronizzazione da rifare.")
        return False


class ProfilePage(StepPage):
    """Who signs the diary: the profile form, or the profile already there."""

    def __init__(self):
        super().__init__(self.tr("Il tuo profilo"), self.tr(
            "Il tuo nome firma ogni voce di diario e ogni modifica che fai; il distretto è "
            "quello da cui partono gli elenchi."))
        self.setObjectName("profilePage")
        self.state_label = _label()
        self.box.addWidget(self.state_label)
        self.form = None
        self.add_message()

    def initializePage(self) -> None:
        from desktop.ui.profile_dialog import ProfileForm

        state = self.wizard().refresh_state()
        name = state.operator_name if state is not None else None
        self.state_label.setText(self.tr("Il tuo profilo è «%1». Per cambiarlo: File › Profilo "
                                         "operatore.").replace("%1", name or ""))
        self.state_label.setVisible(name is not None)
        if name is None and self.form is None:
            self.form = ProfileForm(self.store, self)
            self.box.insertWidget(1, self.form)

    def commit(self) -> bool:
        if self.form is None or not self.form.isVisible():
            self.outcome = self.tr("Profilo: già presente.")
            return True
        if not self.form.loaded:
            return False
        loop = QEventLoop()
        saved: list[str] = []
        self.form.saved.connect(lambda operator_id: (saved.append(operator_id), loop.quit()))
        self.form.failed.connect(loop.quit)
        if not self.form.save(self):
            return False
        with self.wizard().busy():
            loop.exec()
        if not saved:
            return False
        self.form.hide()
        self.outcome = self.tr("Profilo: %1, %2.").replace(
            "%1", self.wizard().refresh_state().operator_name or "").replace(
            "%2", self.form.district.currentText())
        return True


class AdministratorPage(StepPage):
    """The first account, unless the database (or the team) has accounts."""

    def __init__(self):
        super().__init__(self.tr("Primo amministratore"), self.tr(
            "Con gli account ognuno accede con il proprio nome e vede solo ciò che il suo "
            "ruolo permette. Il primo account è il tuo: sarai amministratore e creerai quelli "
            "dei colleghi (File › Account e ruoli)."))
        self.setObjectName("administratorPage")
        self.state_label = _label()
        self.box.addWidget(self.state_label)
        form = QFormLayout()
        self.username, self.password, self.confirm = QLineEdit(), QLineEdit(), QLineEdit()
        self.username.setPlaceholderText(self.tr("per esempio m.rossi"))
        for field, text in ((self.username, self.tr("Nome utente")),
                            (self.password, self.tr("Password")),
                            (self.confirm, self.tr("Ripeti la password"))):
            field.setAccessibleName(text)
            form.addRow(text + ":", field)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = QWidget()
        self.fields.setLayout(form)
        self.box.addWidget(self.fields)
        self.add_message()

    def initializePage(self) -> None:
        state = self.wizard().refresh_state()
        self.asks = state is not None and not state.has_accounts and bool(state.operator_name)
        self.required = self.asks and state.holds_people
        if state is not None and state.has_accounts:
            text = self.tr("Questo database ha già degli account: accederai con il tuo "
                           "(se non l'hai, chiedilo all'amministratore della squadra).")
        elif not self.asks:
            text = self.tr("Senza profilo non si crea l'account: Tessere lo chiederà dopo che "
                           "avrai creato il profilo.")
        elif self.required:
            text = self.tr("Il database contiene già dati di persone: l'account è necessario.")
        else:
            text = ""
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))
        self.fields.setVisible(self.asks)
        self.wizard().update_skip_button()

    @property
    def can_skip(self) -> bool:
        return not getattr(self, "required", False)

    def commit(self) -> bool:
        if not self.asks:
            self.outcome = self.tr("Account: nessuno da creare ora.")
            return True
        if self.password.text() != self.confirm.text():
            self.say(self.tr("Le due password non coincidono."))
            return False
        ok, result = self.wizard().wait_for(account_ops.create_first_administrator(
            self, self.store, self.username.text(), self.password.text()))
        if not ok:
            self.say(failure_message(result))
            return False
        self.asks = False
        self.outcome = self.tr("Account di amministratore «%1» creato.").replace(
            "%1", self.username.text().strip())
        return True


class DonePage(StepPage):
    skippable = False

    def __init__(self):
        super().__init__(self.tr("Tutto pronto"), self.tr(
            "Ecco cosa è stato fatto. Ogni passo si riprende da File › Configurazione guidata, "
            "oppure dal suo posto: il profilo e gli account nel menu File, la squadra e la "
            "sincronizzazione nella pagina Sincronizzazione."))
        self.setObjectName("donePage")
        self.setCommitPage(False)
        self.summary = _label()
        self.summary.setObjectName("summary")
        self.box.addWidget(self.summary)
        self.box.addStretch(1)

    def initializePage(self) -> None:
        lines = [page.outcome for page in self.wizard().step_pages() if page.outcome]
        self.summary.setText("\n".join(f"• {line}" for line in lines))


class FirstRunWizard(QWizard):
    """``path``: the database to create on a first start (``create_database(path,
    passphrase or None)`` makes it); or ``store``: the open database, from the menu."""

    def __init__(self, path: Path | None = None, store=None,
                 create_database: Callable[[Path, str | None], object] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Tessere — configurazione guidata"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 520)
        self.path, self.store, self.create_database = path, store, create_database
        self.choice = NEW
        self.state: SetupState | None = None
        self.skipping = False
        if store is None:
            self.welcome = WelcomePage(path)
            self.protection = ProtectionPage()
            self.addPage(self.welcome)
            self.addPage(self.protection)
        self.team, self.sync_step = TeamPage(), SyncPage()
        self.profile, self.administrator = ProfilePage(), AdministratorPage()
        for page in (self.team, self.sync_step, self.profile, self.administrator, DonePage()):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        B = QWizard.WizardButton  # every step writes something: there is no going back
        self.setButtonLayout([B.Stretch, B.CustomButton1, B.NextButton, B.CommitButton,
                              B.FinishButton, B.CancelButton])
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Salta questo passo"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Avanti >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Indietro"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Inizia a lavorare"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annulla"))
        self.customButtonClicked.connect(self._skip)
        self.currentIdChanged.connect(self._page_changed)

    def step_pages(self) -> list[StepPage]:
        return [self.page(i) for i in self.pageIds()]

    def _page_changed(self, _id: int) -> None:
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Avanti >"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Avanti >"))
        page = self.currentPage()
        if page is not None and page.objectName() == "protectionPage":
            self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Crea il database"))
        self.update_skip_button()

    def update_skip_button(self) -> None:
        page = self.currentPage()
        visible = isinstance(page, StepPage) and page.skippable and getattr(page, "can_skip", True)
        self.button(QWizard.WizardButton.CustomButton1).setVisible(visible)

    def _skip(self, which: int) -> None:
        if which != QWizard.WizardButton.CustomButton1.value:
            return
        self.skipping = True
        try:
            self.next()
        finally:
            self.skipping = False

    def refresh_state(self) -> SetupState | None:
        if self.store is None:
            return None
        ok, result = self.wait_for(ops.setup_state(self, self.store))
        self.state = result if ok else self.state
        return self.state

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        """The page and the buttons wait while a step works, so it cannot run
        twice (the progress dialog, a window of its own, stays usable)."""
        widgets = [self.currentPage()] + [self.button(b) for b in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton, QWizard.WizardButton.CustomButton1)]
        enabled = [w.isEnabled() for w in widgets if w is not None]
        for widget in widgets:
            if widget is not None:
                widget.setEnabled(False)
        try:
            yield
        finally:
            for widget, was in zip([w for w in widgets if w is not None], enabled):
                widget.setEnabled(was)

    def wait_for(self, op) -> tuple[bool, object]:
        """Runs ``op`` in the background, the page waiting: (True, result) or
        (False, exception)."""
        with self.busy():
            return wait_for(op)
