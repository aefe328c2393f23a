"""The «Dove sincronizzare» card: a shared folder or a WebDAV server (its password
goes to the OS keyring), and how often to sync on its own."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from desktop.sync.settings import DEFAULT_INTERVAL, TargetSettings
from desktop.ui.operations import failure_message
from desktop.ui.operations import sync as ops
from desktop.ui.pages.sincronizzazione.widgets import card, message_label, say


class TargetSection:
    """The page's target card (a section of ``SincronizzazionePage``)."""

    def _build_target(self) -> QFrame:
        frame, layout = card(self.tr("Dove sincronizzare"), self.tr(
            "Una cartella condivisa (rete, Nextcloud, chiavetta) oppure un server WebDAV. "
            "Le modifiche viaggiano cifrate con la chiave della squadra."))
        kinds = QVBoxLayout()
        kinds.setSpacing(2)
        self.folder_radio = QRadioButton(self.tr("Cartella condivisa"))
        self.webdav_radio = QRadioButton(self.tr("Server WebDAV / Nextcloud"))
        self.kind_group = QButtonGroup(self)
        for radio in (self.folder_radio, self.webdav_radio):
            self.kind_group.addButton(radio)
            kinds.addWidget(radio)
        self.folder_radio.setChecked(True)
        layout.addLayout(kinds)

        self.folder_box = QWidget()
        folder_column = QVBoxLayout(self.folder_box)
        folder_column.setContentsMargins(0, 0, 0, 0)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("Cartella condivisa"))
        self.folder_edit.setAccessibleName(self.tr("Cartella condivisa"))
        folder_row.addWidget(self.folder_edit, 1)
        choose = QPushButton(self.tr("Scegli…"))
        choose.setAccessibleName(self.tr("Scegli la cartella condivisa"))
        choose.clicked.connect(self._choose_folder)
        folder_row.addWidget(choose)
        folder_column.addLayout(folder_row)
        self.group_access_box = QCheckBox(self.tr("Cartella di gruppo"))
        self.group_access_box.setToolTip(self.tr(
            "Per una cartella in cui i colleghi entrano con utenti diversi dello stesso gruppo. "
            "Senza questa scelta i pacchetti che Tessere scrive sono leggibili solo dal tuo "
            "utente. Sono comunque cifrati con la chiave della squadra."))
        folder_column.addWidget(self.group_access_box)
        layout.addWidget(self.folder_box)

        self.webdav_box = QWidget()
        grid = QGridLayout(self.webdav_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://cloud.esempio.it/remote.php/dav/files/utente/tessere")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for row, (label, edit) in enumerate(((self.tr("Indirizzo"), self.url_edit),
                                             (self.tr("Utente"), self.user_edit),
                                             (self.tr("Password"), self.password_edit))):
            caption = QLabel(label)
            caption.setBuddy(edit)
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1)
        layout.addWidget(self.webdav_box)
        self.webdav_box.hide()
        self.folder_radio.toggled.connect(self._kind_changed)

        every = QHBoxLayout()
        every_label = QLabel(self.tr("Sincronizza da solo ogni"))
        every.addWidget(every_label)
        self.interval_spin = QSpinBox()
        every_label.setBuddy(self.interval_spin)
        self.interval_spin.setRange(1, 240)
        self.interval_spin.setValue(DEFAULT_INTERVAL)
        self.interval_spin.setSuffix(self.tr(" minuti"))
        every.addWidget(self.interval_spin)
        every.addStretch(1)
        layout.addLayout(every)

        row = QHBoxLayout()
        self.save_target_button = QPushButton(self.tr("Salva impostazioni"))
        self.save_target_button.clicked.connect(self.save_target)
        row.addWidget(self.save_target_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.target_message = message_label()
        layout.addWidget(self.target_message)
        return frame

    def _editing_target(self) -> bool:
        return any(w.hasFocus() for w in (self.folder_edit, self.url_edit, self.user_edit,
                                          self.password_edit))

    def _show_target(self, target: TargetSettings | None, interval: int) -> None:
        self.interval_spin.setValue(interval)
        if target is None:
            return
        if target.kind == "webdav":
            self.webdav_radio.setChecked(True)
            self.url_edit.setText(target.url)
            self.user_edit.setText(target.user)
            self.password_edit.clear()
            self.password_edit.setPlaceholderText(self.tr("salvata nel portachiavi"))
        else:
            self.folder_radio.setChecked(True)
            self.folder_edit.setText(target.folder)
            self.group_access_box.setChecked(target.group_access)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Cartella di sincronizzazione"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _kind_changed(self) -> None:
        self.folder_box.setVisible(self.folder_radio.isChecked())
        self.webdav_box.setVisible(self.webdav_radio.isChecked())

    def save_target(self) -> None:
        minutes = self.interval_spin.value()
        if self.folder_radio.isChecked():
            op = ops.save_folder(self, self.store, self.folder_edit.text(),
                                 self.group_access_box.isChecked(), minutes)
        else:
            op = ops.save_webdav(self, self.store, self.url_edit.text(), self.user_edit.text(),
                                 self.password_edit.text() or None, minutes)
        (op.success(self._target_saved)
         .failure(lambda exc: say(self.target_message, failure_message(exc)))
         .run_in_background())

    def _target_saved(self, _target: TargetSettings) -> None:
        self.password_edit.clear()
        say(self.target_message, self.tr("Impostazioni salvate."), ok=True)
        self.controller().settings_changed()
        self._reload()
