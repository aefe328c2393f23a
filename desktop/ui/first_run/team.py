"""The team (create or join) and where it syncs, with the first sync."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from desktop.core.errors import TessereError
from desktop.sync.settings import DEFAULT_INTERVAL
from desktop.ui.fields import password_field
from desktop.ui.first_run.step import (
    StepPage, choice_radio, indented_path, wrapped_label,
)
from desktop.ui.operations import OperationCancelled, failure_message
from desktop.ui.operations import sync as sync_ops


class TeamPage(StepPage):
    """Create the team on its first laptop, or join it with the code."""

    def __init__(self):
        super().__init__(self.tr("Squadra"), self.tr(
            "I computer di una squadra si scambiano i dati, cifrati con la chiave della "
            "squadra. Il primo computer la crea; gli altri si uniscono con il suo codice."))
        self.setObjectName("teamPage")
        self.state_label = wrapped_label()
        self.box.addWidget(self.state_label)
        self.choices = QWidget()
        layout = QVBoxLayout(self.choices)
        layout.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(self)
        self.alone_radio = choice_radio(self.tr("Per ora lavoro da solo"), group, layout)
        self.create_radio = choice_radio(
            self.tr("Crea una nuova squadra (primo computer)"), group, layout)
        self.join_radio = choice_radio(
            self.tr("Unisciti a una squadra con il codice di un collega"), group, layout)
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
        self.code_label = wrapped_label(name="teamCode")
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
        self.none_radio = choice_radio(self.tr("Per ora nessuna"), group, self.box)
        self.folder_radio = choice_radio(self.tr("Cartella condivisa"), group, self.box)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Cartella condivisa"))
        self.folder_row = indented_path(self.folder_edit, self.tr("Scegli…"),
                                        self._choose_folder, self.box)
        self.webdav_radio = choice_radio(self.tr("Server WebDAV o Nextcloud"), group, self.box)
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        self.url_edit, self.user_edit = QLineEdit(), QLineEdit()
        self.url_edit.setAccessibleName(self.tr("Indirizzo"))
        self.url_edit.setPlaceholderText("https://cloud.example.it/remote.php/dav/files/…")
        self.user_edit.setAccessibleName(self.tr("Utente"))
        self.password_edit = password_field("webdavPassword", self.tr("Password"))
        for field in (self.url_edit, self.user_edit, self.password_edit):
            form.addRow(field.accessibleName() + ":", field)
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
                                      DEFAULT_INTERVAL)
        else:
            op = sync_ops.save_webdav(self, self.store, self.url_edit.text().strip(),
                                      self.user_edit.text().strip(),
                                      self.password_edit.text() or None, DEFAULT_INTERVAL)
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
            "%2", str(DEFAULT_INTERVAL)))
        self.outcome += " " + self.tr("Prima sincronizzazione da rifare.")
        return False
