"""«Aggiungi distretto»: the district's sync root (a shared folder or a WebDAV
server) and its team code, or a file it handed over (a Tessere backup and its
passphrase). The core checks them at once (``coordinator.districts``) and its
refusal stays in the dialog, with what was typed."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.ui.access_dialogs import ActionDialog
from desktop.ui.fields import password_field
from desktop.ui.operations import coordinamento as ops


class AddDistrictDialog(ActionDialog):
    busy_text = "Controllo della cartella e del codice…"

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(self.tr("Aggiungi distretto"), self.tr(
            "Il coordinamento legge la cartella di sincronizzazione della squadra del distretto, "
            "senza mai scriverci. Il codice della squadra è quello che i computer del distretto "
            "mostrano nella pagina Sincronizzazione (o con «tessere team code»)."),
            self.tr("Aggiungi"), parent)
        self.setObjectName("addDistrictDialog")
        self.store = store
        self.name = QLineEdit()
        self.name.setObjectName("districtName")
        self.name.setPlaceholderText(self.tr("per esempio: Distretto di Crema"))
        self.name.setAccessibleName(self.tr("Nome del distretto"))
        self.kind = QComboBox()
        self.kind.setObjectName("districtKind")
        self.kind.addItem(self.tr("Cartella condivisa"), "cartella")
        self.kind.addItem(self.tr("Server WebDAV (Nextcloud)"), "webdav")
        self.kind.addItem(self.tr("File consegnato (backup cifrato)"), "file")
        self.kind.setAccessibleName(self.tr("Dove si sincronizza"))
        self.where = QLineEdit()
        self.where.setObjectName("districtWhere")
        self.where.setAccessibleName(self.tr("Cartella o indirizzo"))
        browse = QPushButton(self.tr("Sfoglia…"))
        browse.setAccessibleName(self.tr("Scegli la cartella"))
        browse.clicked.connect(self._browse)
        self.browse_button = browse
        where_row = QHBoxLayout()
        where_row.addWidget(self.where, 1)
        where_row.addWidget(browse)
        self.user = QLineEdit()
        self.user.setObjectName("districtUser")
        self.user.setAccessibleName(self.tr("Utente WebDAV"))
        self.password = password_field("districtPassword")
        self.password.setAccessibleName(self.tr("Password WebDAV"))
        self.code = QLineEdit()
        self.code.setObjectName("districtCode")
        self.code.setPlaceholderText("XXXXX-XXXXX-…")
        self.code.setAccessibleName(self.tr("Codice della squadra"))
        self.form.addRow(self.tr("Nome:"), self.name)
        self.form.addRow(self.tr("Dove:"), self.kind)
        self.form.addRow(self.tr("Cartella o indirizzo:"), where_row)
        self.form.addRow(self.tr("Utente:"), self.user)
        self.form.addRow(self.tr("Password:"), self.password)
        self.form.addRow(self.tr("Codice della squadra:"), self.code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.user.setEnabled(kind == "webdav")
        self.password.setEnabled(kind != "cartella")
        self.code.setEnabled(kind != "file")
        self.browse_button.setEnabled(kind != "webdav")
        self.where.setPlaceholderText({
            "webdav": "https://cloud.example.it/remote.php/dav/files/…",
            "file": self.tr("il backup consegnato dal distretto"),
        }.get(kind, self.tr("la cartella condivisa")))
        self.password.setPlaceholderText(self.tr("la passphrase del backup")
                                         if kind == "file" else "")

    def _browse(self) -> None:
        if self.kind.currentData() == "file":
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Backup del distretto"))
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Cartella della squadra"))
        if chosen:
            self.where.setText(chosen)

    def _submit(self) -> None:
        kind = self.kind.currentData()
        where = self.where.text().strip()
        if kind == "file":
            self._run(ops.add_district_file(self, self.store, self.name.text(), where,
                                            self.password.text()))
            return
        webdav = kind == "webdav"
        self._run(ops.add_district(
            self, self.store, self.name.text(), code=self.code.text(),
            folder=None if webdav else where, url=where if webdav else None,
            user=self.user.text() if webdav else None,
            password=self.password.text() if webdav else None))
