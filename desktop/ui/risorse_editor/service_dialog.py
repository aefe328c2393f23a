"""The service editor: Servizio, Ammissione, Sedi e orari, Contatti, Verifica.
It fits 1366×768 (each tab scrolls when it must); a refusal of the core opens
the tab of its field and marks the field, and nothing typed is lost."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from desktop.core.risorse.editing import ContactValues, ServiceEditor, ServiceValues
from desktop.ui.operations import CollectionOp, show_failure
from desktop.ui.operations import risorse as operations
from desktop.ui.person_dialog.places import place_model
from desktop.ui.questions import ask
from desktop.ui.risorse_editor.locations import LocationsTab
from desktop.ui.risorse_editor.organisation_dialog import OrganisationDialog, verification_text
from desktop.ui.risorse_editor.widgets import CheckList, EditorDialog

CONTACT_FIELDS = ("name", "title", "phone", "email")
# Where a field named by the core lives in this dialog («locations.2.postal_code»…).
LOCATION_WIDGETS = {"name": "location_name", "postal_code": "location_postal_code",
                    "comune_id": "location_comune_id", "schedules": "location_schedules"}


@dataclass(frozen=True)
class _Loaded:
    editor: ServiceEditor
    comuni_model: object


def _with_model(editor: ServiceEditor) -> _Loaded:
    return _Loaded(editor, place_model(editor.choices.comuni.places))


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _text_area(name: str, height: int = 64) -> QPlainTextEdit:
    area = QPlainTextEdit(objectName=name)
    area.setTabChangesFocus(True)
    area.setFixedHeight(height)
    return area


def _buddy(text: str, widget: QWidget) -> QLabel:
    """The label of a row holding several widgets: its shortcut reaches the first."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class ServiceDialog(EditorDialog):
    def __init__(self, parent: QWidget | None, store, service_id: str | None = None):
        super().__init__(parent)
        self.setObjectName("serviceEditor")
        self.setWindowTitle(self.tr("Modifica servizio") if service_id else self.tr("Nuovo servizio"))
        self.store = store
        self.service_id = service_id
        self._values: ServiceValues | None = None
        self._build_service_tab()
        self._build_admission_tab()
        self.locations = LocationsTab()
        self.tabs.addTab(self.locations, self.tr("Sedi e &orari"))
        self._build_contacts_tab()
        self._build_verification_tab()
        if service_id is not None:
            self.delete_button = self.buttons.addButton(self.tr("Elimina servizio…"),
                                                        QDialogButtonBox.ButtonRole.ResetRole)
            self.delete_button.setObjectName("deleteService")
            self.delete_button.clicked.connect(self._ask_delete)
        self.resize(960, 640)
        (operations.load_service_editor(self, store, service_id, _with_model)
         .success(self._loaded).failure(lambda exc: (show_failure(self.parentWidget(), exc),
                                                     self.reject()))
         .run_in_background())

    # ------------------------------------------------------------------ tabs
    def _build_service_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setSpacing(8)
        self.name = QLineEdit(objectName="name")
        self.organisation = QComboBox(objectName="organisation_id")
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.setMinimumContentsLength(30)
        self.new_organisation = QPushButton(self.tr("Nuovo ente…"), objectName="newOrganisation")
        self.new_organisation.clicked.connect(self._add_organisation)
        org_row = QHBoxLayout()
        org_row.addWidget(self.organisation, 1)
        org_row.addWidget(self.new_organisation)
        self.axis = QComboBox(objectName="axis")
        self.status = QComboBox(objectName="status")
        self.status.setToolTip(self.tr("Un servizio che non si offre più si ritira (non attivo): "
                                       "resta nello storico delle attivazioni"))
        self.taxonomy = CheckList("taxonomy", filterable=True, height=110)
        self.description = _text_area("description")
        self.capacity = QLineEdit(objectName="capacity")
        self.capacity.setFixedWidth(90)
        self.capacity.setToolTip(self.tr("Posti offerti alla rete; vuoto se non c'è un numero. "
                                         "I posti liberi si calcolano dalle attivazioni"))
        self.scale = QComboBox(objectName="scale")
        self.sharing = QComboBox(objectName="sharing_level")
        flags = QHBoxLayout()
        self.formal = QCheckBox(self.tr("Servizio formale"), objectName="formal")
        self.hosts_prepared = QCheckBox(self.tr("Chi accoglie è preparato"),
                                        objectName="hosts_prepared")
        flags.addWidget(self.formal)
        flags.addWidget(self.hosts_prepared)
        flags.addStretch(1)
        self.email = QLineEdit(objectName="email")
        self.url = QLineEdit(objectName="url")
        for box in (self.organisation, self.axis, self.status, self.scale, self.sharing):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(24)
        for label, item in ((self.tr("&Nome"), self.name),
                            (_buddy(self.tr("&Ente"), self.organisation), org_row),
                            (self.tr("&Asse"), self.axis), (self.tr("Sta&to"), self.status),
                            (self.tr("Tipologia"), self.taxonomy),
                            (self.tr("&Descrizione"), self.description),
                            (self.tr("&Capienza (posti)"), self.capacity),
                            (self.tr("Scala"), self.scale), (self.tr("Condivisione"), self.sharing),
                            ("", flags), (self.tr("Email"), self.email),
                            (self.tr("Sito web"), self.url)):
            form.addRow(label, item)
        self.taxonomy.set_label(self.tr("Tipologia"))
        self.tabs.addTab(_scrolling(page), self.tr("&Servizio"))

    def _build_admission_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setSpacing(8)
        self.target_groups = CheckList("target_groups", height=110)
        self.access_conditions = CheckList("access_conditions", height=100)
        self.eligibility = _text_area("eligibility_description")
        ages = QHBoxLayout()
        self.minimum_age = QLineEdit(objectName="minimum_age")
        self.maximum_age = QLineEdit(objectName="maximum_age")
        for edit in (self.minimum_age, self.maximum_age):
            edit.setFixedWidth(60)
            edit.setMaxLength(3)
        ages.addWidget(QLabel(self.tr("da")))
        ages.addWidget(self.minimum_age)
        ages.addWidget(QLabel(self.tr("a")))
        ages.addWidget(self.maximum_age)
        ages.addWidget(QLabel(self.tr("anni (vuoto: nessun limite)")))
        ages.addStretch(1)
        self.languages = CheckList("languages", filterable=True, height=100)
        cost = QHBoxLayout()
        self.cost = QLineEdit(objectName="cost")
        self.cost.setFixedWidth(110)
        self.cost.setPlaceholderText("1.234,56")
        cost.addWidget(self.cost)
        cost.addWidget(QLabel("€"))
        self.fees = QLineEdit(objectName="fees_description")
        self.fees.setPlaceholderText(self.tr("Per esempio: quota mensile, gratuito…"))
        cost.addWidget(self.fees, 1)
        self.application = _text_area("application_process", 56)
        for label, item in ((self.tr("Destinatari"), self.target_groups),
                            (self.tr("Condizioni di accesso"), self.access_conditions),
                            (self.tr("&Requisiti"), self.eligibility),
                            (_buddy(self.tr("&Età"), self.minimum_age), ages),
                            (self.tr("&Lingue"), self.languages),
                            (_buddy(self.tr("C&osto"), self.cost), cost),
                            (self.tr("Come si accede"), self.application)):
            form.addRow(label, item)
        for checklist, text in ((self.target_groups, self.tr("Destinatari")),
                                (self.access_conditions, self.tr("Condizioni di accesso")),
                                (self.languages, self.tr("Lingue"))):
            checklist.set_label(text)
        self.minimum_age.setAccessibleName(self.tr("Età minima"))
        self.maximum_age.setAccessibleName(self.tr("Età massima"))
        self.fees.setAccessibleName(self.tr("Descrizione del costo"))
        self.tabs.addTab(_scrolling(page), self.tr("A&mmissione"))

    def _build_contacts_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.contacts = QTableWidget(0, 4, objectName="contacts")
        self.contacts.setAccessibleName(self.tr("Contatti"))
        self.contacts.setHorizontalHeaderLabels([self.tr("Nome"), self.tr("Ruolo"),
                                                 self.tr("Telefono"), self.tr("Email")])
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.verticalHeader().hide()
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.contacts, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Aggiungi contatto"), objectName="addContact")
        add.clicked.connect(lambda: self._add_contact(ContactValues(), edit=True))
        remove = QPushButton(self.tr("Rimuovi contatto"), objectName="removeContact")
        remove.clicked.connect(lambda: self.contacts.removeRow(self.contacts.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Il telefono si scrive con il prefisso: 0372 123456, "
                                     "333 1234567")))
        layout.addLayout(row)
        self.tabs.addTab(page, self.tr("Co&ntatti"))

    def _build_verification_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.verification = QLabel(objectName="verificationText")
        self.verification.setWordWrap(True)
        layout.addWidget(self.verification)
        explained = QLabel(self.tr(
            "Una scheda non verificata da troppo tempo compare tra quelle «da verificare». "
            "Salvare le modifiche conta come verifica di oggi; se la scheda è ancora giusta "
            "senza modifiche, basta «Confermato oggi» nella pagina Risorse."))
        explained.setWordWrap(True)
        layout.addWidget(explained)
        layout.addStretch(1)
        self.tabs.addTab(page, self.tr("&Verifica"))

    # ------------------------------------------------------------------ filling
    def _loaded(self, loaded: _Loaded) -> None:
        editor, choices = loaded.editor, loaded.editor.choices
        loaded.comuni_model.setParent(self)
        self.locations.use(choices.comuni, loaded.comuni_model)
        values = editor.values or ServiceValues()
        self._values = values
        self.organisation.addItem(self.tr("— scegli l'ente —"), None)
        for org_id, name in choices.organisations:
            self.organisation.addItem(name, org_id)
        self.organisation.setCurrentIndex(max(self.organisation.findData(values.organisation_id), 0))
        self.organisation.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.completer().setCompletionMode(
            self.organisation.completer().CompletionMode.PopupCompletion)
        self._fill_combo(self.axis, [(None, self.tr("— scegli l'asse —"))]
                         + choices.catalogues["axis"], values.axis)
        self._fill_combo(self.status, [(c, self.tr(label)) for c, label in choices.statuses],
                         values.status)
        self._fill_combo(self.scale, [(None, "—")] + choices.catalogues["resource_scale"],
                         values.scale)
        self._fill_combo(self.sharing, [(None, "—")] + [(c, self.tr(label))
                                                        for c, label in choices.sharing_levels],
                         values.sharing_level)
        self.name.setText(values.name or "")
        self.taxonomy.set_choices(choices.catalogues["resource_taxonomy"], values.taxonomy)
        self.description.setPlainText(values.description or "")
        self.capacity.setText("" if values.capacity is None else str(values.capacity))
        self.formal.setChecked(bool(values.formal))
        self.hosts_prepared.setChecked(bool(values.hosts_prepared))
        self.email.setText(values.email or "")
        self.url.setText(values.url or "")
        self.target_groups.set_choices(choices.catalogues["target_group"], values.target_groups)
        self.access_conditions.set_choices(choices.catalogues["access_condition"],
                                           values.access_conditions)
        self.eligibility.setPlainText(values.eligibility_description or "")
        self.minimum_age.setText("" if values.minimum_age is None else str(values.minimum_age))
        self.maximum_age.setText("" if values.maximum_age is None else str(values.maximum_age))
        self.languages.set_choices(choices.languages, values.languages)
        self.cost.setText(values.cost or "")
        self.fees.setText(values.fees_description or "")
        self.application.setPlainText(values.application_process or "")
        self.locations.set_places(values.locations)
        for contact in values.contacts:
            self._add_contact(contact)
        self.verification.setText(verification_text(editor.verification, "Il servizio")
                                  if editor.verification else
                                  self.tr("Un servizio nuovo risulta verificato oggi da te."))
        self.note.setText(self.tr("Salvando, il servizio risulta verificato oggi da te."))
        self.ok_button.setEnabled(True)
        self.name.setFocus()

    @staticmethod
    def _fill_combo(box: QComboBox, choices, current) -> None:
        for code, label in choices:
            box.addItem(label, code)
        index = box.findData(current) if current is not None else 0
        if index < 0:  # a code no longer in the catalogue is kept, not lost
            box.addItem(str(current), current)
            index = box.count() - 1
        box.setCurrentIndex(index)

    def _add_contact(self, contact: ContactValues, edit: bool = False) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, name in enumerate(CONTACT_FIELDS):
            item = QTableWidgetItem(getattr(contact, name) or "")
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
            self.contacts.setItem(row, column, item)
        if edit:
            self.tabs.setCurrentIndex(self.tabs.indexOf(self.contacts.parentWidget()))
            self.contacts.setCurrentCell(row, 0)
            self.contacts.editItem(self.contacts.item(row, 0))

    def _add_organisation(self) -> None:
        dialog = OrganisationDialog(self, self.store)

        def added(org_id: str) -> None:
            self.organisation.addItem(dialog.name.text().strip(), org_id)
            self.organisation.setCurrentIndex(self.organisation.count() - 1)

        dialog.on_saved = added
        dialog.open()

    def _ask_delete(self) -> None:
        ask(self, self.tr("Eliminare «%1» dalla mappa?").replace("%1", self.name.text()),
            self.tr("Elimina"), self._delete, destructive=True, name="deleteServiceBox",
            details=self.tr("Si elimina solo un servizio a cui nessuna attivazione e nessun "
                            "sostegno di un patto rimanda; altrimenti si ritira (stato «Non "
                            "attivo») e resta nello storico."))

    def _delete(self) -> None:
        self._op = (operations.delete_service(self, self.store, self.service_id)
                    .success(lambda _: self._saved(None)).failure(self._failed))
        self._set_busy(True)
        self._op.run_in_background()

    # ------------------------------------------------------------------ saving
    def collect(self) -> CollectionOp:
        self.contacts.setCurrentItem(None)  # commits a cell being typed in
        values = ServiceValues(
            id=self.service_id, organisation_id=self._organisation_id(),
            name=self.name.text(), description=self.description.toPlainText(),
            axis=self.axis.currentData(), status=self.status.currentData(),
            taxonomy=self.taxonomy.checked(), target_groups=self.target_groups.checked(),
            access_conditions=self.access_conditions.checked(),
            eligibility_description=self.eligibility.toPlainText(),
            minimum_age=self.minimum_age.text(), maximum_age=self.maximum_age.text(),
            languages=self.languages.checked(), cost=self.cost.text(),
            fees_description=self.fees.text(), capacity=self.capacity.text(),
            application_process=self.application.toPlainText(), formal=self.formal.isChecked(),
            scale=self.scale.currentData(), sharing_level=self.sharing.currentData(),
            hosts_prepared=self.hosts_prepared.isChecked(), email=self.email.text(),
            url=self.url.text(), locations=self.locations.places(),
            contacts=[ContactValues(self.contacts.item(r, 0).data(Qt.ItemDataRole.UserRole),
                                    *(self.contacts.item(r, c).text() for c in range(4)))
                      for r in range(self.contacts.rowCount())])
        return operations.save_service(self, self.store, values)

    def _organisation_id(self) -> str | None:
        """The ente picked, or the one whose name was typed in full."""
        index = self.organisation.findText(self.organisation.currentText().strip(),
                                           Qt.MatchFlag.MatchFixedString)
        return self.organisation.itemData(index) if index >= 0 else None

    def field_widget(self, field: str) -> QWidget | None:
        parts = field.split(".")
        if len(parts) == 3 and parts[0] == "locations":
            self.tabs.setCurrentWidget(self.locations)
            self.locations.select(int(parts[1]))
            return self.locations.findChild(QWidget, LOCATION_WIDGETS.get(parts[2], ""))
        if len(parts) == 3 and parts[0] == "contacts":
            row, column = int(parts[1]), CONTACT_FIELDS.index(parts[2])
            self.contacts.setCurrentCell(row, column)
            return self.contacts
        return self.findChild(QWidget, field)
