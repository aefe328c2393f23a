"""The operator profile of this installation, asked on the first run: who
signs every diary entry as author, and the district the views start from.

An operator already in the database (loaded with the demo data, or received
from a colleague's sync) can be chosen instead of creating a new one.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)
from desktop.core.profile import ProfileChoices
from desktop.ui.operations import failure_message
from desktop.ui.operations import profile as operations
from desktop.ui.screen_fit import FittedDialog

ROLES = ("assistente sociale", "educatore professionale", "infermiere", "psichiatra",
         "psicologo", "operatore socio-sanitario", "operatore del terzo settore",
         "coordinatore")


class ProfileForm(QWidget):
    """The profile's fields, in this dialog and in the first-run wizard: pick an
    operator already in the database, or describe a new one, and a district.
    ``ready`` once the choices are loaded; ``saved(operator_id)`` or an error shown."""

    ready = Signal()
    saved = Signal(str)
    failed = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.existing = QComboBox()
        self.existing.addItem(self.tr("— Crea un nuovo profilo —"), None)
        self.existing.currentIndexChanged.connect(self._existing_changed)
        self.existing_label = QLabel(self.tr("Sei già in elenco?"))
        form.addRow(self.existing_label, self.existing)
        self.first_name = QLineEdit()
        form.addRow(self.tr("Nome *"), self.first_name)
        self.last_name = QLineEdit()
        form.addRow(self.tr("Cognome *"), self.last_name)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(list(ROLES))
        self.role.setCurrentText("")
        self.role.lineEdit().setPlaceholderText(self.tr("per esempio: assistente sociale"))
        form.addRow(self.tr("Ruolo *"), self.role)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("per esempio: Comune di Vergato"))
        form.addRow(self.tr("Ente"), self.organisation)
        self.email = QLineEdit()
        form.addRow(self.tr("Email"), self.email)
        self.district = QComboBox()
        self.district.addItem(self.tr("— Scegli —"), None)
        form.addRow(self.tr("Distretto o ambito *"), self.district)
        for label, field in ((self.existing_label.text(), self.existing),
                             (self.tr("Nome"), self.first_name),
                             (self.tr("Cognome"), self.last_name), (self.tr("Ruolo"), self.role),
                             (self.tr("Ente"), self.organisation), (self.tr("Email"), self.email),
                             (self.tr("Distretto o ambito"), self.district)):
            field.setAccessibleName(label)
        layout.addLayout(form)
        self._new_fields = [self.first_name, self.last_name, self.role, self.organisation,
                            self.email]

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        (operations.load_choices(self, store)
         .success(self._loaded)
         .failure(self._failed)
         .run_in_background())

    def _loaded(self, choices: ProfileChoices) -> None:
        self._operators = {o.id: o.territorial_unit_id for o in choices.operators}
        for unit_id, name in choices.districts:
            self.district.addItem(name, unit_id)
        for operator in choices.operators:
            self.existing.addItem(f"{operator.last_name} {operator.first_name} — {operator.role}",
                                  operator.id)
        self.existing.setVisible(bool(choices.operators))
        self.existing_label.setVisible(bool(choices.operators))
        completer = QCompleter(choices.organisations, self.organisation)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.loaded = True
        self.first_name.setFocus()
        self.ready.emit()

    def _existing_changed(self, _index: int) -> None:
        chosen = self.existing.currentData()
        for widget in self._new_fields:
            widget.setEnabled(chosen is None)
        if chosen is not None and self._operators.get(chosen):
            index = self.district.findData(self._operators[chosen])
            if index >= 0:
                self.district.setCurrentIndex(index)
        self.ready.emit()  # the button's words follow the choice

    def picks_existing(self) -> bool:
        return self.existing.currentData() is not None

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def save(self, host: QWidget) -> bool:
        """Starts saving (``host`` hosts the operation); False if the form is
        not complete, said in the form."""
        self.error_label.hide()
        unit_id, chosen = self.district.currentData(), self.existing.currentData()
        if unit_id is None:
            self.show_error(self.tr("Scegli il distretto o l'ambito in cui lavori."))
            self.district.setFocus()
            return False
        fields = dict(first_name=self.first_name.text(), last_name=self.last_name.text(),
                      role=self.role.currentText(),
                      organisation_name=self.organisation.text() or None,
                      email=self.email.text().strip() or None)
        (operations.save_profile(host, self.store, chosen, unit_id,
                                 **({} if chosen is not None else fields))
         .success(self.saved.emit)
         .failure(self._failed)
         .run_in_background())
        return True

    def _failed(self, exc: BaseException) -> None:
        self.show_error(failure_message(exc))
        self.failed.emit()


class ProfileDialog(FittedDialog):
    """Creates (or picks) the operator profile; ``operator_id`` once accepted."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.store = store
        self.operator_id: str | None = None
        self.setWindowTitle(self.tr("Il tuo profilo"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        title = QLabel(self.tr("Chi lavora con Tessere?"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Il tuo nome firma ogni voce di diario e ogni modifica che fai; il distretto è "
            "quello da cui partono gli elenchi. Potrai cambiarli in seguito."))
        intro.setWordWrap(True)
        intro.setObjectName("pageSubtitle")
        layout.addWidget(intro)
        self.form = ProfileForm(store, self)
        layout.addWidget(self.form)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.later_button = QPushButton(self.tr("Più tardi"))
        self.later_button.setToolTip(self.tr("Le voci di diario resteranno senza autore "
                                             "finché non crei il profilo"))
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Crea il profilo"))
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.ok_button.clicked.connect(self.save)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.form.ready.connect(self._ready)
        self.form.saved.connect(self._saved)
        self.form.failed.connect(lambda: self.ok_button.setEnabled(True))

    def _ready(self) -> None:
        self.ok_button.setEnabled(True)
        self.ok_button.setText(self.tr("Usa questo profilo") if self.form.picks_existing()
                               else self.tr("Crea il profilo"))

    def save(self) -> None:
        if self.form.save(self.parentWidget() or self):
            self.ok_button.setEnabled(False)

    def _saved(self, operator_id: str) -> None:
        self.operator_id = operator_id
        self.accept()
