"""The ente editor: name, kind, codice fiscale or partita IVA, contacts, comune."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from desktop.core import formats
from desktop.core.risorse.editing import OrganisationEditor, OrganisationValues
from desktop.ui.operations import CollectionOp, show_failure
from desktop.ui.operations import risorse as operations
from desktop.ui.person_dialog.places import place_model
from desktop.ui.risorse_editor.widgets import ComuneEdit, EditorDialog


@dataclass(frozen=True)
class _Loaded:
    editor: OrganisationEditor
    comuni_model: object


def _with_model(editor: OrganisationEditor) -> _Loaded:
    return _Loaded(editor, place_model(editor.comuni.places))


def verification_text(verification, what: str) -> str:
    if verification is None or verification.last_verified_on is None:
        seen = f"{what} non è mai stato verificato."
    else:
        seen = f"Ultima verifica il {formats.day(verification.last_verified_on)}" + (
            f" da {verification.verified_by}." if verification.verified_by else ".")
    return seen + " Salvando, risulterà verificato oggi da te."


class OrganisationDialog(EditorDialog):
    def __init__(self, parent: QWidget | None, store, organisation_id: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modifica ente") if organisation_id else self.tr("Nuovo ente"))
        self.setObjectName("organisationEditor")
        self.store = store
        self.organisation_id = organisation_id
        page = QWidget()
        form = QFormLayout(page)
        form.setSpacing(8)
        self.name = QLineEdit(objectName="name")
        self.kind = QComboBox(objectName="kind")
        self.tax_code = QLineEdit(objectName="tax_code")
        self.tax_code.setPlaceholderText(self.tr("11 cifre (ente) o 16 caratteri"))
        self.email = QLineEdit(objectName="email")
        self.website = QLineEdit(objectName="website")
        self.website.setPlaceholderText("www.esempio.it")
        self.comune = ComuneEdit("comune_id")
        self.description = QPlainTextEdit(objectName="description")
        self.description.setFixedHeight(70)
        self.description.setTabChangesFocus(True)
        for label, widget in ((self.tr("&Nome"), self.name), (self.tr("&Tipo"), self.kind),
                              (self.tr("Codice fiscale / &partita IVA"), self.tax_code),
                              (self.tr("&Email"), self.email), (self.tr("&Sito web"), self.website),
                              (self.tr("&Comune"), self.comune),
                              (self.tr("&Descrizione"), self.description)):
            form.addRow(label, widget)
        self.tabs.addTab(page, self.tr("Ente"))
        self.tabs.tabBar().hide()
        self.resize(560, 420)
        (operations.load_organisation_editor(self, store, organisation_id, _with_model)
         .success(self._loaded).failure(lambda exc: (show_failure(self.parentWidget(), exc),
                                                     self.reject()))
         .run_in_background())

    def _loaded(self, loaded: _Loaded) -> None:
        editor = loaded.editor
        loaded.comuni_model.setParent(self)
        self.comune.use(editor.comuni, loaded.comuni_model)
        self.kind.addItem(self.tr("— scegli —"), None)
        for code, label in editor.kinds:
            self.kind.addItem(label, code)
        values = editor.values
        if values is not None:
            self.name.setText(values.name or "")
            index = self.kind.findData(values.kind)
            self.kind.setCurrentIndex(max(index, 0))
            self.tax_code.setText(values.tax_code or "")
            self.email.setText(values.email or "")
            self.website.setText(values.website or "")
            self.comune.set_comune(values.comune_id)
            self.description.setPlainText(values.description or "")
        self.note.setText(verification_text(editor.verification, "L'ente") if values is not None
                          else self.tr("Un ente nuovo risulta verificato oggi da te."))
        self.ok_button.setEnabled(True)
        self.name.setFocus()

    def collect(self) -> CollectionOp:
        values = OrganisationValues(
            id=self.organisation_id, name=self.name.text(), kind=self.kind.currentData(),
            tax_code=self.tax_code.text(), description=self.description.toPlainText(),
            email=self.email.text(), website=self.website.text(),
            comune_id=self.comune.comune_id())
        return operations.save_organisation(self, self.store, values)
