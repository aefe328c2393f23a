"""The anagrafica editor: create or change a person.

The codice fiscale is checked while it is typed and compared with the names,
sex, birth date and birthplace (``core.rules.codice_fiscale.typing_status``):
every mismatch is explained in Italian next to the field, never silently
accepted or "fixed". A refused save keeps the dialog open with everything
typed; mismatches the user knows about are confirmed with «Salva comunque».
A new person who may already be registered is shown the candidates before
the save (``duplicates``): open the existing scheda, or save another person.

Other screens call :func:`edit_person`.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from desktop.core import formats
from desktop.core.anagrafica import PersonForm, Place, UnconfirmedWarnings, parse_date
from desktop.core.errors import ValidationError
from desktop.core.rules import codice_fiscale as cf
from desktop.ui.drafts import DraftWriter
from desktop.ui.operations import duplicati as duplicate_ops
from desktop.ui.operations import failure_message
from desktop.ui.operations import persone as operations
from desktop.ui.person_dialog.duplicates import DuplicatePrompt
from desktop.ui.person_dialog.fields import PersonFields
from desktop.ui.person_dialog.places import FormData, place_completer, with_models
from desktop.ui.questions import ask

DRAFT_DELAY_MS = 800  # a draft is written this long after typing stops


class PersonDialog(PersonFields):
    """Create (``person_id`` None) or edit a person; ``saved_id`` after a save."""

    existing_chosen = Signal(str)  # «Apri la scheda esistente»: nothing was saved

    def __init__(self, store, person_id: str | None = None, parent: QWidget | None = None,
                 on_saved: Callable[[str], None] | None = None):
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.store = store
        self.person_id = person_id
        self.saved_id: str | None = None
        self._on_saved = on_saved
        self._data: PersonForm | None = None
        self._accepted_warnings: list[str] = []
        self._apart_from: list[str] | None = None  # the candidates seen and set aside
        self.duplicate_prompt = None  # the "may already be there" question, while open
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
        (operations.load_person_form(self, store, person_id, with_models)
         .success(self._loaded)
         .failure(self._load_failed)
         .run_in_background())

    # ------------------------------------------------------------ loading
    def _set_loading(self, loading: bool) -> None:
        self.save_button.setEnabled(not loading)
        if loading:
            self._show_message("muted", self.tr("Caricamento…"))
        else:
            self.message.hide()

    def _loaded(self, loaded: FormData) -> None:
        self._data = data = loaded.form
        for model in (loaded.comuni_model, loaded.birthplaces_model):
            model.setParent(self)
        for edit in (self.residence, self.domicile):
            edit.setCompleter(place_completer(loaded.comuni_model, edit))
        self.birthplace.setCompleter(place_completer(loaded.birthplaces_model, self.birthplace))
        self.unit.addItem(self.tr("—"), None)
        for unit_id, name in data.units:
            self.unit.addItem(name, unit_id)
        self.case_manager.addItem(self.tr("—"), None)
        for operator_id, name in data.operators:
            self.case_manager.addItem(name, operator_id)
        if data.person:
            self._fill(data.person, data)
        else:
            self._select(self.unit, data.default_unit_id)
        self._set_loading(False)
        self._dirty = False
        self.update_code_status()
        self.last_name.setFocus()
        self._drafts.load(self._offer_draft, self)

    # -------------------------------------------------------------- drafts
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

    # ---------------------------------------------------- the live checks
    def _changed(self, *_args) -> None:
        self._dirty = True
        self._draft_timer.start()
        self._apart_from = None  # changed data: check for duplicates again
        if self._accepted_warnings:
            self._accepted_warnings = []
            self.save_button.setText(self.tr("Salva"))
            self.message.hide()

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
        except ValidationError:
            return None

    def update_code_status(self, *_args) -> None:
        """The live verdict under the codice fiscale, after every keystroke."""
        born, birthplace = self._typed_birth_date(), self._typed_birthplace()
        sex = self.sex.currentData()
        status = cf.typing_status(
            self.code.text(), reason=self.missing_reason.text(),
            first_name=self.first_name.text().strip(), last_name=self.last_name.text().strip(),
            sex=sex, birth_date=born, birthplace_code=birthplace.code if birthplace else None,
            birthplace_name=birthplace.name if birthplace else None)
        self._set_status(self.code_status, status.level, status.text)
        # The reason stays editable while it has text, so it can be cleared.
        self.missing_reason.setEnabled(not cf.normalise(self.code.text())
                                       or bool(self.missing_reason.text()))
        self.fill_button.setVisible(status.level in ("ok", "warning")
                                    and not all((sex, born, birthplace)))

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
            sex, born, place_code = cf.decode(self.code.text())
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
        except ValidationError:
            return
        if place is not None and place.unit_id:
            self._select(self.unit, place.unit_id)

    # --------------------------------------------------------------- saving
    def values(self) -> dict[str, Any]:
        """The form as person fields; ValidationError names the field that is wrong
        (a date or a place that cannot be read; the rest is checked by the core)."""
        data = self._data

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        def date(key: str, edit: QLineEdit) -> dt.date | None:
            return parse_date(edit.text(), key) if text(edit) else None

        def comune(key: str, edit: QLineEdit) -> str | None:
            place = data.comuni.resolve(edit.text(), self.tr("i comuni italiani"), key)
            return place.id if place else None

        values: dict[str, Any] = {
            "last_name": self.last_name.text(), "first_name": self.first_name.text(),
            "sex": self.sex.currentData(), "birth_date": date("birth_date", self.birth_date),
            "birth_comune_id": None, "birth_country": None,
        }
        try:
            place = data.birthplaces.resolve(self.birthplace.text(),
                                             self.tr("i comuni e gli stati esteri"), "birthplace")
        except ValidationError:
            if text(self.birthplace) != self._original_country:
                raise
            values["birth_country"] = text(self.birthplace)  # kept as it was recorded
        else:
            if place is not None and place.foreign:
                values["birth_country"] = place.name
            elif place is not None:
                values["birth_comune_id"] = place.id
        code = cf.normalise(self.code.text()) or None
        values.update({
            "codice_fiscale": code,
            "codice_fiscale_missing_reason": None if code else text(self.missing_reason),
            "citizenship": text(self.citizenship), "languages": text(self.languages),
            "residence_comune_id": comune("residence_comune_id", self.residence),
            "residence_address": text(self.residence_address),
            "domicile_comune_id": comune("domicile_comune_id", self.domicile),
            "domicile_address": text(self.domicile_address),
            "phone": text(self.phone), "email": text(self.email),
            "guardian_kind": self.guardian_kind.currentText().strip() or None,
            "guardian_name": text(self.guardian_name),
            "guardian_contact": text(self.guardian_contact),
            "consent_given_on": date("consent_given_on", self.consent),
            "privacy_notice_on": date("privacy_notice_on", self.privacy),
            "home_territorial_unit_id": self.unit.currentData(),
            "case_manager_id": self.case_manager.currentData(),
            "notes": self.notes.toPlainText().strip() or None,
        })
        return values

    def save(self) -> None:
        if self._data is None or self._saving:
            return
        self._clear_errors()
        try:
            values = self.values()
        except ValidationError as exc:
            self._show_field_error(exc.field, str(exc))
            return
        self._set_saving(True)
        if self.person_id is None and self._apart_from is None:
            (duplicate_ops.possible_duplicates(self, self.store, values)
             .success(lambda check: self._checked(values, check))
             .failure(self._save_failed)
             .run_in_background())
            return
        self._write(values)

    def _write(self, values: dict[str, Any]) -> None:
        # The op belongs to the window underneath, so its pages hear about the change.
        owner = self.parentWidget() or self
        if self.person_id is None:
            op = duplicate_ops.save_new_person(owner, self.store, values,
                                               list(self._accepted_warnings),
                                               self._apart_from or [])
        else:
            op = operations.save_person(owner, self.store, values, self.person_id,
                                        list(self._accepted_warnings))
        op.success(self._saved).failure(self._save_failed).run_in_background()

    def _checked(self, values: dict[str, Any], check) -> None:
        """No one like this: save; else ask first (``DuplicatePrompt``)."""
        if not check:
            self._apart_from = []
            self._write(values)
            return
        self._set_saving(False)
        self.duplicate_prompt = prompt = DuplicatePrompt(check, self)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.finished.connect(self._prompt_closed)  # deleted once closed: let go of it
        prompt.open_existing.connect(self._open_existing)
        prompt.save_anyway.connect(lambda: self._save_apart(
            values, [p.person.person_id for p in check.proposals]))
        prompt.open()

    def _prompt_closed(self) -> None:
        self.duplicate_prompt = None

    def _save_apart(self, values: dict[str, Any], candidates: list[str]) -> None:
        self._apart_from = candidates
        self._set_saving(True)
        self._write(values)

    def _open_existing(self, person_id: str) -> None:
        """The person was already there: nothing saved, the draft dropped."""
        self._discard()
        self.existing_chosen.emit(person_id)

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
        if isinstance(exc, UnconfirmedWarnings):
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
    if parent is not None and hasattr(parent.window(), "open_person"):
        dialog.existing_chosen.connect(parent.window().open_person)
    dialog.open()
    return dialog
