"""The anagrafica editor: create or change a person.

The codice fiscale is checked while it is typed and compared with the names,
sex, birth date and birthplace: every mismatch is explained in Italian next to
the field, never silently accepted or "fixed". A refused save keeps the dialog
open with everything typed; mismatches the user knows about are confirmed with
«Salva comunque».

Other screens call :func:`edit_person`.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)
from sqlalchemy import or_, select

from desktop.core import formats
from desktop.core.anagrafica import PERSON_FIELDS, parse_date, save_person
from desktop.core.errors import TessereError, ValidationError
from desktop.core.model import Comune, Operator, Person, ReplicaMeta
from desktop.core.profile import DISTRICT_KEY, districts
from desktop.core.rules import codice_fiscale as cf
from desktop.ui.drafts import DraftWriter
from desktop.ui.operations import CollectionOp, QueryOp, failure_message
from desktop.ui.questions import ask

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
FORM_STYLE = "#personForm { background: #ffffff; }"
GUARDIAN_KINDS = ("amministratore di sostegno", "tutore", "curatore")
DRAFT_DELAY_MS = 800  # a draft is written this long after typing stops
STATUS_STYLES = {
    "ok": "color: #166534; background: #ecfdf3; border: 1px solid #b7e4c7;",
    "warning": "color: #9a3412; background: #fff4e5; border: 1px solid #fcd9a8;",
    "error": "color: #b42318; background: #fef3f2; border: 1px solid #f5c2bd;",
    "muted": "color: #6b7280; background: transparent; border: 1px solid transparent;",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonDialog", text)


def fold(text: str) -> str:
    """Lower case without accents, single spaces: what users type to find a name."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


# ------------------------------------------------------------------ places
@dataclass(frozen=True)
class Place:
    """A comune or, for births abroad, a foreign state (``id`` is None)."""

    id: str | None
    name: str
    province: str
    code: str  # codice catastale / codice dello stato estero (Z...)
    unit_id: str | None = None

    @property
    def foreign(self) -> bool:
        return self.id is None

    @property
    def label(self) -> str:
        return f"{self.name} (stato estero)" if self.foreign else f"{self.name} ({self.province})"


class PlaceIndex:
    """Turns what was typed into a place: the label picked from the list, or a
    name that is not ambiguous."""

    def __init__(self, places: list[Place]):
        self.places = places
        self._by_label = {fold(p.label): p for p in places}
        self._by_name: dict[str, list[Place]] = {}
        self._by_code: dict[str, Place] = {}
        for p in places:
            self._by_name.setdefault(fold(p.name), []).append(p)
            self._by_code.setdefault(p.code, p)

    def by_id(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if place_id and p.id == place_id), None)

    def by_code(self, code: str) -> Place | None:
        return self._by_code.get(code.upper())

    def by_name(self, name: str) -> Place | None:
        found = self._by_name.get(fold(name), [])
        return found[0] if len(found) == 1 else None

    def resolve(self, text: str, what: str) -> Place | None:
        """None when empty; ValueError with an Italian message when unknown or ambiguous."""
        key = fold(text)
        if not key:
            return None
        if key in self._by_label:
            return self._by_label[key]
        found = self._by_name.get(key, [])
        if len(found) == 1:
            return found[0]
        if found:
            raise ValueError(_tr("Ci sono più luoghi chiamati «%1»: scegli quello giusto "
                                 "dall'elenco (con la sigla della provincia).").replace("%1", text))
        raise ValueError(_tr("Non trovo «%1» tra %2: scegli dall'elenco che compare "
                             "mentre scrivi.").replace("%1", text).replace("%2", what))


class _PlaceCompleter(QCompleter):
    """Matches anywhere in the name, with or without accents; inserts the label."""

    def pathFromIndex(self, index: QModelIndex) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole)


def place_model(places: list[Place]) -> QStandardItemModel:
    """The completion list, built on the worker that read the places (thousands
    of rows) and handed over to the GUI thread."""
    model = QStandardItemModel(len(places), 1)
    for row, place in enumerate(places):
        index = model.index(row, 0)
        model.setData(index, place.label, Qt.ItemDataRole.DisplayRole)
        model.setData(index, f"{place.label} {fold(place.label)}", SEARCH_ROLE)
    model.moveToThread(QCoreApplication.instance().thread())
    return model


def place_completer(model: QStandardItemModel, parent: QWidget) -> QCompleter:
    completer = _PlaceCompleter(model, parent)
    completer.setCompletionRole(SEARCH_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setMaxVisibleItems(12)
    return completer


# ------------------------------------------------------ codice fiscale check
_SLOT_KINDS = "LLLLLLDDMDDLDDDL"
_DIGIT_LIKE = set("0123456789LMNPQRSTUV")  # omocodia replaces digits with these letters
_MONTHS = set("ABCDEHLMPRST")


def _slot_problem(position: int, char: str) -> str | None:
    kind = _SLOT_KINDS[position]
    if kind == "L" and not ("A" <= char <= "Z"):
        return _tr("una lettera")
    if kind == "D" and char not in _DIGIT_LIKE:
        return _tr("una cifra")
    if kind == "M" and char not in _MONTHS:
        return _tr("la lettera del mese (A, B, C, D, E, H, L, M, P, R, S o T)")
    return None


@dataclass(frozen=True)
class CodeStatus:
    level: str  # ok / warning / error / muted
    text: str


def code_status(code: str, *, reason: str = "", first_name: str = "", last_name: str = "",
                sex: str | None = None, birth_date: dt.date | None = None,
                birthplace: Place | None = None) -> CodeStatus:
    """What to say under the codice fiscale field for what is typed now."""
    code = cf.normalise(code)
    if not code:
        if reason.strip():
            return CodeStatus("muted", _tr("Codice fiscale assente: il motivo è indicato."))
        return CodeStatus("muted", _tr("Inserisci il codice fiscale oppure indica qui sotto "
                                       "perché manca."))
    for position, char in enumerate(code[:16]):
        expected = _slot_problem(position, char)
        if expected:
            return CodeStatus("error", _tr(
                "Il codice fiscale non è valido: il %1° carattere «%2» non va bene, lì ci vuole "
                "%3.").replace("%1", str(position + 1)).replace("%2", char).replace("%3", expected))
    if len(code) < 16:
        return CodeStatus("muted", _tr("Codice fiscale incompleto: %1 caratteri su 16.")
                          .replace("%1", str(len(code))))
    try:
        check = cf.cross_check(
            code, first_name=first_name or None, last_name=last_name or None,
            birth_date=birth_date, sex=sex,
            birthplace_code=birthplace.code if birthplace else None,
            birthplace_name=birthplace.name if birthplace else None)
    except ValidationError as exc:
        return CodeStatus("error", _tr("Il codice fiscale non è valido: %1").replace("%1", str(exc)))
    if check.mismatches:
        return CodeStatus("warning", "\n".join(check.mismatches))
    if all((first_name, last_name, sex, birth_date, birthplace)):
        return CodeStatus("ok", _tr("Codice fiscale valido e coerente con i dati inseriti."))
    return CodeStatus("ok", _tr("Codice fiscale valido."))


def decode_code(code: str) -> tuple[str, dt.date, str]:
    """Sex, birth date and birthplace code held in a valid codice fiscale."""
    from codicefiscale import codicefiscale as library

    decoded = library.decode(cf.validate(code))
    place = decoded.get("birthplace") or {}
    return decoded["gender"], decoded["birthdate"].date(), (place.get("code") or
                                                            decoded["raw"]["birthplace"]).upper()


# ------------------------------------------------------------- loading
@dataclass
class FormData:
    """Everything the dialog offers, read in one background query."""

    comuni: PlaceIndex
    birthplaces: PlaceIndex  # comuni and foreign states
    units: list[tuple[str, str]]
    operators: list[tuple[str, str]]
    person: dict[str, Any] | None
    default_unit_id: str | None
    comuni_model: QStandardItemModel | None = None
    birthplaces_model: QStandardItemModel | None = None

    def with_models(self) -> "FormData":
        """Adds the completion models (call on the worker)."""
        self.comuni_model = place_model(self.comuni.places)
        self.birthplaces_model = place_model(self.birthplaces.places)
        return self


def _foreign_states() -> list[Place]:
    from codicefiscale.data import get_countries_data

    states = {c["code"]: c for c in get_countries_data() if c.get("active")}
    return sorted((Place(None, c["name"], "EE", code) for code, c in states.items()),
                  key=lambda p: fold(p.name))


def load_form_data(store, person_id: str | None) -> FormData:
    with store.read() as s:
        person = s.get(Person, person_id) if person_id else None
        if person_id and person is None:
            raise ValidationError(_tr("La persona non esiste più (forse è stata eliminata)."))
        values = {f: getattr(person, f) for f in PERSON_FIELDS} if person else None
        comuni = [Place(*row) for row in s.execute(
            select(Comune.id, Comune.name, Comune.province, Comune.codice_catastale,
                   Comune.territorial_unit_id).order_by(Comune.name, Comune.province))]
        units = [(u.id, u.name) for u in districts(s)]
        manager_id = values["case_manager_id"] if values else None
        operators = [(oid, f"{last} {first}") for oid, first, last in s.execute(
            select(Operator.id, Operator.first_name, Operator.last_name)
            .where(or_(Operator.active.is_(True), Operator.id == manager_id))
            .order_by(Operator.last_name, Operator.first_name))]
        meta = s.get(ReplicaMeta, DISTRICT_KEY)
    return FormData(PlaceIndex(comuni), PlaceIndex(comuni + _foreign_states()), units,
                    operators, values, meta.value if meta else None)


class FieldError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


class NeedsConfirmation(TessereError):
    """The data can be saved, but these mismatches must be seen first."""

    def __init__(self, warnings: list[str]):
        super().__init__("\n".join(warnings))
        self.warnings = warnings


# ------------------------------------------------------------- the dialog
class PersonDialog(QDialog):
    """Create (``person_id`` None) or edit a person; ``saved_id`` after a save."""

    def __init__(self, store, person_id: str | None = None, parent: QWidget | None = None,
                 on_saved: Callable[[str], None] | None = None):
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.store = store
        self.person_id = person_id
        self.saved_id: str | None = None
        self._on_saved = on_saved
        self._data: FormData | None = None
        self._accepted_warnings: list[str] = []
        self._dirty = False
        self._saving = False
        self._original_country: str | None = None  # kept even if no longer in the list
        self.setWindowTitle(self.tr("Modifica persona") if person_id else self.tr("Nuova persona"))
        self.setMinimumSize(880, 560)
        self.resize(940, 780)
        self._errors: dict[str, QLabel] = {}
        # What is typed survives a crash: a draft in the encrypted database.
        self._drafts = DraftWriter(store, "persona", person_id)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(lambda: self._drafts.save(self.form_state()))
        self._build()
        self._set_loading(True)
        (QueryOp(self, store, lambda st, ctx: load_form_data(st, person_id).with_models())
         .success(self._loaded)
         .failure(self._load_failed)
         .run_in_background())

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
                 self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------ loading
    def _set_loading(self, loading: bool) -> None:
        self.save_button.setEnabled(not loading)
        if loading:
            self._show_message("muted", self.tr("Caricamento…"))
        else:
            self.message.hide()

    def _loaded(self, data: FormData) -> None:
        self._data = data
        for model in (data.comuni_model, data.birthplaces_model):
            model.setParent(self)
        for edit in (self.residence, self.domicile):
            edit.setCompleter(place_completer(data.comuni_model, edit))
        self.birthplace.setCompleter(place_completer(data.birthplaces_model, self.birthplace))
        self.unit.addItem(self.tr("—"), None)
        for unit_id, name in data.units:
            self.unit.addItem(name, unit_id)
        self.case_manager.addItem(self.tr("—"), None)
        for operator_id, name in data.operators:
            self.case_manager.addItem(name, operator_id)
        if data.person:
            self._fill(data.person)
        else:
            self._select(self.unit, data.default_unit_id)
        self._set_loading(False)
        self._dirty = False
        self.update_code_status()
        self.last_name.setFocus()
        self._drafts.load(self._offer_draft, self)

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

    def _offer_draft(self, draft: dict[str, Any] | None) -> None:
        if not draft or not self.isVisible():
            return
        when = draft.get("saved_at", "")
        self.draft_box = ask(
            self, self.tr("C'è una bozza non salvata di questa anagrafica."),
            self.tr("Ripristina la bozza"), lambda: self.restore_state(draft),
            details=self.tr("Scritta il %1 e non salvata (forse il programma si è chiuso "
                            "all'improvviso). Vuoi riprenderla?").replace(
                "%1", formats.day_time(dt.datetime.fromisoformat(when)) if when else "—"),
            name="draftBox")

    def _load_failed(self, exc: BaseException) -> None:
        self._show_message("error", failure_message(exc))

    def _fill(self, v: dict[str, Any]) -> None:
        data = self._data
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

    # ---------------------------------------------------- the live checks
    def _changed(self, *_args) -> None:
        self._dirty = True
        self._draft_timer.start()
        if self._accepted_warnings:
            self._accepted_warnings = []
            self.save_button.setText(self.tr("Salva"))
            self.message.hide()

    def _uppercase_code(self, text: str) -> None:
        if text != text.upper():
            position = self.code.cursorPosition()
            self.code.setText(text.upper())
            self.code.setCursorPosition(position)

    def _typed_birth_date(self) -> dt.date | None:
        try:
            return parse_date(self.birth_date.text()) if self.birth_date.text().strip() else None
        except ValidationError:
            return None

    def _typed_birthplace(self) -> Place | None:
        if self._data is None:
            return None
        try:
            return self._data.birthplaces.resolve(self.birthplace.text(), "")
        except ValueError:
            return None

    def update_code_status(self, *_args) -> None:
        """The live verdict under the codice fiscale, after every keystroke."""
        born, birthplace = self._typed_birth_date(), self._typed_birthplace()
        sex = self.sex.currentData()
        status = code_status(
            self.code.text(), reason=self.missing_reason.text(),
            first_name=self.first_name.text().strip(), last_name=self.last_name.text().strip(),
            sex=sex, birth_date=born, birthplace=birthplace)
        self._set_status(self.code_status, status.level, status.text)
        # The reason stays editable while it has text, so it can be cleared.
        self.missing_reason.setEnabled(not cf.normalise(self.code.text())
                                       or bool(self.missing_reason.text()))
        self.fill_button.setVisible(status.level in ("ok", "warning")
                                    and not all((sex, born, birthplace)))

    @staticmethod
    def _set_status(label: QLabel, level: str, text: str) -> None:
        label.setProperty("level", level)
        label.setStyleSheet(f"QLabel {{ {STATUS_STYLES[level]} border-radius: 6px; "
                            "padding: 4px 10px; }")
        label.setText(text)
        label.setVisible(bool(text))

    def _check_date(self, key: str, edit: QLineEdit) -> None:
        text = edit.text().strip()
        try:
            if text:
                parse_date(text, key)
        except ValidationError as exc:
            self._show_field_error(key, str(exc), focus=False)
        else:
            self._errors[key].hide()

    def compute_code(self) -> None:
        """«Calcola dal nome e dalla data»: the expected code for the anagrafica."""
        missing = [name for name, value in (
            (self.tr("cognome"), self.last_name.text().strip()),
            (self.tr("nome"), self.first_name.text().strip()),
            (self.tr("sesso"), self.sex.currentData()),
            (self.tr("data di nascita"), self._typed_birth_date()),
            (self.tr("luogo di nascita"), self._typed_birthplace())) if not value]
        if missing:
            self._set_status(self.code_status, "warning", self.tr(
                "Per calcolare il codice fiscale servono anche: %1.").replace("%1", ", ".join(missing)))
            return
        code = cf.compute(first_name=self.first_name.text().strip(),
                          last_name=self.last_name.text().strip(), sex=self.sex.currentData(),
                          birth_date=self._typed_birth_date(),
                          birthplace=self._typed_birthplace().code)
        self.code.setText(code)
        self._changed()

    def fill_from_code(self) -> None:
        """«Compila dal codice»: sex, birth date and birthplace, only where empty."""
        try:
            sex, born, place_code = decode_code(self.code.text())
        except (ValidationError, ValueError):
            return
        if self.sex.currentData() is None:
            self._select(self.sex, sex)
        if not self.birth_date.text().strip():
            self.birth_date.setText(formats.day(born))
        place = self._data.birthplaces.by_code(place_code) if self._data else None
        if not self.birthplace.text().strip() and place is not None:
            self.birthplace.setText(place.label)
        self._changed()
        self.update_code_status()

    def _suggest_unit(self) -> None:
        """The residence comune's district, when none was chosen yet."""
        if self._data is None or self.unit.currentData() is not None:
            return
        try:
            place = self._data.comuni.resolve(self.residence.text(), "")
        except ValueError:
            return
        if place is not None and place.unit_id:
            self._select(self.unit, place.unit_id)

    # --------------------------------------------------------------- saving
    def values(self) -> dict[str, Any]:
        """The form as person fields; FieldError names the field that is wrong."""
        data = self._data

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        def date(key: str, edit: QLineEdit) -> dt.date | None:
            try:
                return parse_date(edit.text(), key) if text(edit) else None
            except ValidationError as exc:
                raise FieldError(key, str(exc)) from None

        def comune(key: str, edit: QLineEdit) -> str | None:
            try:
                place = data.comuni.resolve(edit.text(), self.tr("i comuni italiani"))
            except ValueError as exc:
                raise FieldError(key, str(exc)) from None
            return place.id if place else None

        values: dict[str, Any] = {
            "last_name": self.last_name.text(), "first_name": self.first_name.text(),
            "sex": self.sex.currentData(), "birth_date": date("birth_date", self.birth_date),
            "birth_comune_id": None, "birth_country": None,
        }
        try:
            place = data.birthplaces.resolve(self.birthplace.text(),
                                             self.tr("i comuni e gli stati esteri"))
        except ValueError as exc:
            if text(self.birthplace) != self._original_country:
                raise FieldError("birthplace", str(exc)) from None
            values["birth_country"] = text(self.birthplace)  # kept as it was recorded
        else:
            if place is not None and place.foreign:
                values["birth_country"] = place.name
            elif place is not None:
                values["birth_comune_id"] = place.id
        code = cf.normalise(self.code.text()) or None
        email = text(self.email)
        if email and ("@" not in email or "." not in email.split("@")[-1]):
            raise FieldError("email", self.tr("L'indirizzo email non sembra valido: "
                                              "deve essere come nome@esempio.it."))
        values.update({
            "codice_fiscale": code,
            "codice_fiscale_missing_reason": None if code else text(self.missing_reason),
            "citizenship": text(self.citizenship), "languages": text(self.languages),
            "residence_comune_id": comune("residence_comune_id", self.residence),
            "residence_address": text(self.residence_address),
            "domicile_comune_id": comune("domicile_comune_id", self.domicile),
            "domicile_address": text(self.domicile_address),
            "phone": text(self.phone), "email": email,
            "guardian_kind": self.guardian_kind.currentText().strip() or None,
            "guardian_name": text(self.guardian_name),
            "guardian_contact": text(self.guardian_contact),
            "consent_given_on": date("consent_given_on", self.consent),
            "privacy_notice_on": date("privacy_notice_on", self.privacy),
            "home_territorial_unit_id": self.unit.currentData(),
            "case_manager_id": self.case_manager.currentData(),
            "notes": self.notes.toPlainText().strip() or None,
        })
        today = dt.date.today()
        for key in ("consent_given_on", "privacy_notice_on"):
            if values[key] and values[key] > today:
                raise FieldError(key, self.tr("La data è nel futuro."))
        return values

    def save(self) -> None:
        if self._data is None or self._saving:
            return
        self._clear_errors()
        try:
            values = self.values()
        except FieldError as exc:
            self._show_field_error(exc.field, str(exc))
            return
        person_id, accepted = self.person_id, list(self._accepted_warnings)

        def work(store, ctx) -> str:
            with store.session() as s:
                person = s.get(Person, person_id) if person_id else None
                if person_id and person is None:
                    raise ValidationError(_tr("La persona non esiste più (forse è stata eliminata)."))
                result = save_person(s, values, person)
                if any(w not in accepted for w in result.warnings):
                    raise NeedsConfirmation(result.warnings)  # rolls the save back
                return result.person.id

        self._set_saving(True)
        # The op belongs to the window underneath, so its pages hear about the change.
        (CollectionOp(self.parentWidget() or self, self.store, work)
         .success(self._saved)
         .failure(self._save_failed)
         .run_in_background())

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)

    def _saved(self, person_id: str) -> None:
        self._set_saving(False)
        self.saved_id = person_id
        self._dirty = False
        self._draft_timer.stop()
        self._drafts.discard()
        self.accept()
        if self._on_saved is not None:
            self._on_saved(person_id)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, NeedsConfirmation):
            self._accepted_warnings = exc.warnings
            bullets = "\n".join(f"• {w}" for w in exc.warnings)
            self._show_message("warning", self.tr(
                "Il codice fiscale non corrisponde ai dati inseriti:\n%1\nSe i dati sono giusti "
                "così, premi «Salva comunque»; altrimenti correggili.").replace("%1", bullets))
            self.save_button.setText(self.tr("Salva comunque"))
        elif isinstance(exc, ValidationError) and exc.field:
            self._show_field_error(exc.field, str(exc))
        else:
            self._show_message("error", self.tr("Non salvato: %1").replace("%1", failure_message(exc)))

    def _clear_errors(self) -> None:
        for key, label in self._errors.items():
            if label is not self.code_status:
                label.hide()
        self.message.hide()
        self.update_code_status()

    def _show_field_error(self, key: str, message: str, focus: bool = True) -> None:
        label = self._errors.get(key)
        if key == "codice_fiscale":
            self._set_status(self.code_status, "error", message)
        elif label is not None:
            label.setText(message)
            label.show()
        if focus:
            self._show_message("error", self.tr("Non salvato: %1").replace("%1", message))
            widget = self.findChild(QWidget, key)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_message(self, level: str, text: str) -> None:
        self._set_status(self.message, level, text)

    # -------------------------------------------------------------- closing
    def reject(self) -> None:
        """Asks before dropping what was typed."""
        if self._saving:
            return
        if not self._dirty:
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Modifiche non salvate"),
                          self.tr("Chiudere senza salvare? Quello che hai scritto andrà perso."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("discardBox")
        discard = box.addButton(self.tr("Chiudi senza salvare"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Continua a modificare"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._discard() if button is discard else None)
        box.open()

    def _discard(self) -> None:
        self._dirty = False
        self._draft_timer.stop()
        self._drafts.discard()
        super().reject()


def edit_person(parent: QWidget | None, store, person_id: str | None = None,
                on_saved: Callable[[str], None] | None = None) -> PersonDialog:
    """Open the anagrafica editor (a new person when ``person_id`` is None);
    ``on_saved(person_id)`` runs after a successful save. Returns at once."""
    dialog = PersonDialog(store, person_id, parent, on_saved)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
