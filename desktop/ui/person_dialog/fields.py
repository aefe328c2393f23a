"""The anagrafica editor's form: its sections and fields, laid out in reading
order with a line for each field's message, and the form as typed (drafts).
The behaviour (live checks, loading, saving) is in ``dialog``."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.anagrafica import PersonForm
from desktop.ui.screen_fit import FittedDialog

FORM_STYLE = "#personForm { background: #ffffff; }"
GUARDIAN_KINDS = ("amministratore di sostegno", "tutore", "curatore")
STATUS_STYLES = {
    "ok": "color: #166534; background: #ecfdf3; border: 1px solid #b7e4c7;",
    "warning": "color: #9a3412; background: #fff4e5; border: 1px solid #fcd9a8;",
    "error": "color: #b42318; background: #fef3f2; border: 1px solid #f5c2bd;",
    "muted": "color: #6b7280; background: transparent; border: 1px solid transparent;",
}


class PersonFields(FittedDialog):
    """The widgets of the form. Subclasses provide the slots the buttons and
    fields are wired to: ``compute_code``, ``fill_from_code``, ``save``,
    ``_changed``, ``update_code_status``, ``_suggest_unit`` and ``_check_date``."""

    _errors: dict[str, QLabel]

    # ---------------------------------------------------------- building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("personForm")
        self.setStyleSheet(FORM_STYLE)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(28, 20, 28, 12)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnMinimumWidth(2, 150)
        self._row = 0

        self._section(self.tr("Anagrafica"))
        self.last_name = self._line("last_name", self.tr("Cognome *"), 0)
        self.first_name = self._line("first_name", self.tr("Nome *"), 1)
        self._next()
        self.sex = QComboBox()
        self.sex.addItem(self.tr("—"), None)
        self.sex.addItem(self.tr("Femminile"), "F")
        self.sex.addItem(self.tr("Maschile"), "M")
        self._field("sex", self.tr("Sesso"), self.sex, 0)
        self.birth_date = self._line("birth_date", self.tr("Data di nascita"), 1,
                                     placeholder=self.tr("gg/mm/aaaa"))
        self._next()
        self.birthplace = self._line(
            "birthplace", self.tr("Luogo di nascita"), 0, span=3,
            placeholder=self.tr("Comune italiano o stato estero: inizia a scrivere e scegli"))
        self._next()
        self._build_code_row()
        self.missing_reason = self._line(
            "codice_fiscale_missing_reason", self.tr("Se manca, perché"), 0, span=3,
            placeholder=self.tr("per esempio: in attesa di permesso di soggiorno"))
        self._next()
        self.citizenship = self._line("citizenship", self.tr("Cittadinanza"), 0,
                                      placeholder=self.tr("per esempio: italiana"))
        self.languages = self._line("languages", self.tr("Lingue parlate"), 1,
                                    placeholder=self.tr("per esempio: italiano, arabo"))
        self._next()

        self._section(self.tr("Residenza e contatti"))
        self.residence = self._line("residence_comune_id", self.tr("Comune di residenza"), 0)
        self.residence_address = self._line("residence_address", self.tr("Indirizzo"), 1)
        self._next()
        self.domicile = self._line("domicile_comune_id", self.tr("Domicilio, se diverso"), 0)
        self.domicile_address = self._line("domicile_address", self.tr("Indirizzo del domicilio"), 1)
        self._next()
        self.phone = self._line("phone", self.tr("Telefono"), 0)
        self.email = self._line("email", self.tr("Email"), 1)
        self._next()

        self._section(self.tr("Servizio"))
        self.unit = QComboBox()
        self._field("home_territorial_unit_id", self.tr("Distretto o ambito"), self.unit, 0)
        self.case_manager = QComboBox()
        self._field("case_manager_id", self.tr("Case manager"), self.case_manager, 1)
        self._next()

        self._section(self.tr("Tutela e privacy"))
        self.guardian_kind = QComboBox()
        self.guardian_kind.setEditable(True)
        self.guardian_kind.addItem("")
        self.guardian_kind.addItems(list(GUARDIAN_KINDS))
        self.guardian_kind.lineEdit().setPlaceholderText(self.tr("nessuna"))
        self._field("guardian_kind", self.tr("Tutela giuridica"), self.guardian_kind, 0)
        self.guardian_name = self._line("guardian_name", self.tr("Nome del tutore o AdS"), 1)
        self._next()
        self.guardian_contact = self._line("guardian_contact", self.tr("Contatto del tutore"), 0)
        self._next()
        self.consent = self._line("consent_given_on", self.tr("Consenso raccolto il"), 0,
                                  placeholder=self.tr("gg/mm/aaaa"))
        self.privacy = self._line("privacy_notice_on", self.tr("Informativa consegnata il"), 1,
                                  placeholder=self.tr("gg/mm/aaaa"))
        self._next()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self._field("notes", self.tr("Note"), self.notes, 0, span=3)
        self.grid.itemAtPosition(self._row, 0).setAlignment(Qt.AlignmentFlag.AlignTop)
        self._next()
        self.grid.setRowStretch(self._row, 1)

        outer.addWidget(self._build_footer())
        self.fill_button.hide()
        self._connect_changes()
        self._set_tab_order()

    def _section(self, title: str) -> None:
        label = QLabel(title)
        label.setObjectName("cardTitle")
        label.setContentsMargins(0, 12 if self._row else 0, 0, 4)
        self.grid.addWidget(label, self._row, 0, 1, 4)
        self._row += 1

    def _next(self) -> None:
        self._row += 2  # a row of fields, then the row of their inline messages

    def _field(self, key: str, label: str, widget: QWidget, column: int, span: int = 1) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.grid.addWidget(caption, self._row, column * 2)
        self.grid.addWidget(widget, self._row, column * 2 + 1, 1, span)
        error = QLabel()
        error.setObjectName("errorLabel")
        error.setWordWrap(True)
        error.hide()
        self.grid.addWidget(error, self._row + 1, column * 2 + 1, 1, span)
        self._errors[key] = error
        widget.setObjectName(key)

    def _line(self, key: str, label: str, column: int, span: int = 1,
              placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self._field(key, label, edit, column, span)
        return edit

    def _build_code_row(self) -> None:
        self.code = QLineEdit()
        self.code.setObjectName("codice_fiscale")
        self.code.setPlaceholderText(self.tr("16 caratteri"))
        # The caption's buddy sits beside the holder, not the field: named here.
        self.code.setAccessibleName(self.tr("Codice fiscale"))
        self.code.setAccessibleDescription(self.tr(
            "16 caratteri. Controllato mentre scrivi con cognome, nome, sesso, data e luogo di "
            "nascita: l'esito è scritto sotto il campo."))
        font = self.code.font()
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 1.0)
        self.code.setFont(font)
        self.compute_button = QPushButton(self.tr("Calcola dal nome e dalla data"))
        self.compute_button.setToolTip(self.tr(
            "Calcola il codice fiscale da cognome, nome, sesso, data e luogo di nascita"))
        self.compute_button.setAutoDefault(False)
        self.compute_button.clicked.connect(self.compute_code)
        self.fill_button = QPushButton(self.tr("Compila dal codice"))
        self.fill_button.setToolTip(self.tr(
            "Ricava sesso, data e luogo di nascita dal codice fiscale (solo i campi vuoti)"))
        self.fill_button.setAutoDefault(False)
        self.fill_button.clicked.connect(self.fill_from_code)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.code, 1)
        row.addWidget(self.compute_button)
        row.addWidget(self.fill_button)
        holder = QWidget()
        holder.setLayout(row)
        caption = QLabel(self.tr("Codice fiscale"))
        caption.setBuddy(self.code)
        self.grid.addWidget(caption, self._row, 0)
        self.grid.addWidget(holder, self._row, 1, 1, 3)
        self.code_status = QLabel()
        self.code_status.setObjectName("codeStatus")
        self.code_status.setWordWrap(True)
        self.code_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid.addWidget(self.code_status, self._row + 1, 1, 1, 3)
        self._errors["codice_fiscale"] = self.code_status
        self._next()

    def _build_footer(self) -> QWidget:
        footer = QFrame()
        footer.setObjectName("dialogFooter")
        footer.setStyleSheet("#dialogFooter { border-top: 1px solid #e2e6ec; background: #f8fafc; }")
        layout = QVBoxLayout(footer)
        layout.setContentsMargins(28, 10, 28, 14)
        layout.setSpacing(8)
        self.message = QLabel()
        self.message.setObjectName("saveMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.hint = QLabel(self.tr("* campi obbligatori; serve il codice fiscale o il motivo "
                                   "per cui manca."))
        self.hint.setObjectName("muted")
        buttons.addWidget(self.hint, 1)
        self.cancel_button = QPushButton(self.tr("Annulla"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Salva"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Salva (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        return footer

    def _text_fields(self) -> list[QLineEdit]:
        return [self.last_name, self.first_name, self.birth_date, self.birthplace, self.code,
                self.missing_reason, self.citizenship, self.languages, self.residence,
                self.residence_address, self.domicile, self.domicile_address, self.phone,
                self.email, self.guardian_name, self.guardian_contact, self.consent, self.privacy]

    def _connect_changes(self) -> None:
        for edit in self._text_fields():
            edit.textEdited.connect(self._changed)
        for combo in (self.sex, self.unit, self.case_manager):
            combo.activated.connect(self._changed)
        self.guardian_kind.currentTextChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.code.textEdited.connect(self._uppercase_code)
        for edit in (self.last_name, self.first_name, self.birth_date, self.birthplace, self.code,
                     self.missing_reason):
            edit.textChanged.connect(self.update_code_status)
        self.sex.currentIndexChanged.connect(self.update_code_status)
        self.residence.editingFinished.connect(self._suggest_unit)
        for key, edit in (("birth_date", self.birth_date), ("consent_given_on", self.consent),
                          ("privacy_notice_on", self.privacy)):
            edit.editingFinished.connect(lambda k=key, e=edit: self._check_date(k, e))

    def _set_tab_order(self) -> None:
        chain = [self.last_name, self.first_name, self.sex, self.birth_date, self.birthplace,
                 self.code, self.compute_button, self.fill_button, self.missing_reason,
                 self.citizenship, self.languages, self.residence, self.residence_address,
                 self.domicile, self.domicile_address, self.phone, self.email, self.unit,
                 self.case_manager, self.guardian_kind, self.guardian_name,
                 self.guardian_contact, self.consent, self.privacy, self.notes,
                 self.cancel_button, self.save_button]  # as on screen
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)


    def _uppercase_code(self, text: str) -> None:
        if text != text.upper():
            position = self.code.cursorPosition()
            self.code.setText(text.upper())
            self.code.setCursorPosition(position)


    @staticmethod
    def _set_status(label: QLabel, level: str, text: str) -> None:
        label.setProperty("level", level)
        label.setStyleSheet(f"QLabel {{ {STATUS_STYLES[level]} border-radius: 6px; "
                            "padding: 4px 10px; }")
        label.setText(text)
        label.setVisible(bool(text))


    # -------------------------------------------------------------- the form as typed
    # -------------------------------------------------------------- drafts
    def form_state(self) -> dict[str, Any]:
        """Everything typed, as typed (a draft may be half-valid)."""
        return {
            "texts": {edit.objectName(): edit.text() for edit in self._text_fields()},
            "choices": {combo.objectName(): combo.currentData()
                        for combo in (self.sex, self.unit, self.case_manager)},
            "guardian_kind": self.guardian_kind.currentText(),
            "notes": self.notes.toPlainText(),
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        for edit in self._text_fields():
            if edit.objectName() in state.get("texts", {}):
                edit.setText(state["texts"][edit.objectName()])
        for combo in (self.sex, self.unit, self.case_manager):
            self._select(combo, state.get("choices", {}).get(combo.objectName()))
        self.guardian_kind.setCurrentText(state.get("guardian_kind", ""))
        self.notes.setPlainText(state.get("notes", ""))
        self._dirty = True
        self.update_code_status()


    def _fill(self, v: dict[str, Any], data: PersonForm) -> None:
        """Shows a person as recorded."""
        texts = {
            self.last_name: v["last_name"], self.first_name: v["first_name"],
            self.birth_date: formats.day(v["birth_date"]), self.code: v["codice_fiscale"],
            self.missing_reason: v["codice_fiscale_missing_reason"],
            self.citizenship: v["citizenship"], self.languages: v["languages"],
            self.residence_address: v["residence_address"],
            self.domicile_address: v["domicile_address"], self.phone: v["phone"],
            self.email: v["email"], self.guardian_name: v["guardian_name"],
            self.guardian_contact: v["guardian_contact"],
            self.consent: formats.day(v["consent_given_on"]),
            self.privacy: formats.day(v["privacy_notice_on"]),
        }
        for edit, text in texts.items():
            edit.setText(text or "")
        birthplace = data.comuni.by_id(v["birth_comune_id"])
        if birthplace is None and v["birth_country"]:
            birthplace = data.birthplaces.by_name(v["birth_country"])
        self.birthplace.setText(birthplace.label if birthplace else (v["birth_country"] or ""))
        self._original_country = v["birth_country"]
        for edit, key in ((self.residence, "residence_comune_id"),
                          (self.domicile, "domicile_comune_id")):
            place = data.comuni.by_id(v[key])
            edit.setText(place.label if place else "")
        self._select(self.sex, v["sex"])
        self._select(self.unit, v["home_territorial_unit_id"])
        self._select(self.case_manager, v["case_manager_id"])
        self.guardian_kind.setCurrentText(v["guardian_kind"] or "")
        self.notes.setPlainText(v["notes"] or "")

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

