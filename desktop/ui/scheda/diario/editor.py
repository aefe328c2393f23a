"""The entry editor beside the timeline: a new entry, a change to an open one,
or a correction of a closed one. What is typed is kept as a draft in the
encrypted database a moment after typing stops, and offered back next time."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from desktop.core.cartella import diario
from desktop.core.cartella.diario import DiaryChoices, DiaryRow, EntryFields
from desktop.core.errors import ValidationError
from desktop.core.formats import day_time
from desktop.ui.drafts import DraftWriter
from desktop.ui.operations import failure_message
from desktop.ui.operations import diario as operations

DRAFT_DELAY_MS = 600  # autosave once typing pauses this long


class EntryEditor(QFrame):
    """Writes a new entry, changes an open one, or corrects a closed one."""

    saved = Signal(str)  # the id of the entry written
    finished = Signal()  # the editor is done (saved or left)

    def __init__(self, store, person_id: str, lookups: DiaryChoices, *, entry: DiaryRow | None = None,
                 corrects: DiaryRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("entryCard")
        self.store = store
        self.person_id = person_id
        self.entry = entry
        self.corrects = corrects
        if corrects is not None:
            self.writer = DraftWriter(store, "diario-correzione", corrects.id)
        elif entry is not None:
            self.writer = DraftWriter(store, "diario", entry.id)
        else:
            self.writer = DraftWriter(store, f"diario:{person_id}", None)
        self._draft_checked = False
        self._offered: dict[str, Any] | None = None
        self._saving = False
        self._build(lookups)
        self._fill(lookups.operator_organisation_id)
        self._initial = self.state()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(DRAFT_DELAY_MS)
        self._autosave.timeout.connect(self._save_draft)
        for signal in (self.type_box.currentIndexChanged, self.when.dateTimeChanged,
                       self.place.textChanged, self.organisation.currentIndexChanged,
                       self.level.currentIndexChanged, self.text.textChanged):
            signal.connect(self._changed)
        self.writer.load(self._offer_draft, self)

    # ------------------------------------------------------------ building
    def _build(self, lookups: DiaryChoices) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        self.heading = QLabel(self._heading())
        self.heading.setObjectName("cardTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        self.banner = QFrame()
        self.banner.setObjectName("draftBanner")
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(10, 6, 10, 6)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        banner_row.addWidget(self.banner_label, 1)
        self.restore_button = QPushButton(self.tr("Ripristina"))
        self.restore_button.clicked.connect(self._restore_draft)
        self.drop_button = QPushButton(self.tr("Scarta"))
        self.drop_button.clicked.connect(self._drop_draft)
        banner_row.addWidget(self.restore_button)
        banner_row.addWidget(self.drop_button)
        self.banner.hide()
        layout.addWidget(self.banner)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self.type_box = QComboBox()
        for code, label in lookups.types:
            self.type_box.addItem(label, code)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.plan_hint = QLabel()
        self.plan_hint.setObjectName("muted")
        self.plan_hint.setWordWrap(True)
        when_row = QWidget()  # a widget, so the label's mnemonic has a buddy
        when_layout = QHBoxLayout(when_row)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.when)
        when_layout.addWidget(self.plan_hint, 1)
        when_row.setFocusProxy(self.when)
        self.when.setAccessibleName(self.tr("Data e ora"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Domicilio, sede del servizio, telefono…"))
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("— nessuno —"), None)
        for org_id, name in lookups.organisations:
            self.organisation.addItem(name, org_id)
        self.level = QComboBox()
        for code, label in lookups.levels:
            self.level.addItem(label, code)
        for box in (self.type_box, self.organisation, self.level):
            # long organisation names must not widen the editor over the timeline
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
        form.addRow(self.tr("&Tipo"), self.type_box)
        form.addRow(self.tr("&Data e ora"), when_row)
        form.addRow(self.tr("&Luogo"), self.place)
        form.addRow(self.tr("&Ente"), self.organisation)
        form.addRow(self.tr("&Riservatezza"), self.level)
        layout.addLayout(form)
        self.text = QPlainTextEdit()
        self.text.setObjectName("entryEditorText")
        self.text.setAccessibleName(self.tr("Testo della voce"))
        self.text.setAccessibleDescription(self.tr("Ctrl+S salva la voce, Tab passa ai pulsanti"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Che cosa è successo, con le parole della persona "
                                             "dove servono…"))
        layout.addWidget(self.text, 1)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.autosave_label = QLabel()
        self.autosave_label.setObjectName("muted")
        buttons.addWidget(self.autosave_label, 1)
        self.cancel_button = QPushButton(self.tr("Annulla"))
        self.cancel_button.clicked.connect(self.leave)
        self.save_button = QPushButton(self.tr("Salva"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Salva la voce (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.type_box.currentIndexChanged.connect(self._update_plan_hint)
        self.when.dateTimeChanged.connect(self._update_plan_hint)

    def _heading(self) -> str:
        if self.corrects is not None:
            return self.tr("Correzione della voce del %1 (%2)") \
                .replace("%1", day_time(self.corrects.occurred_at)) \
                .replace("%2", self.corrects.type_label)
        if self.entry is not None:
            return self.tr("Modifica della voce del %1").replace(
                "%1", day_time(self.entry.occurred_at))
        return self.tr("Nuova voce di diario")

    def _fill(self, default_organisation_id: str | None) -> None:
        source = self.corrects or self.entry
        now = dt.datetime.now().replace(second=0, microsecond=0)
        if source is None:
            self._select(self.type_box, "colloquio")
            self.when.setDateTime(QDateTime(now))
            self._select(self.level, "ordinario")
            self._select(self.organisation, default_organisation_id)
            return
        self._select(self.type_box, source.entry_type)
        self.when.setDateTime(QDateTime(now if self.corrects else source.occurred_at))
        self.place.setText(source.place or "")
        self._select(self.organisation, source.organisation_id)
        self._select(self.level, source.confidentiality)
        self.text.setPlainText(source.text)
        if self.corrects is not None:  # a correction keeps what it corrects, but the text
            for widget in (self.type_box, self.place, self.organisation, self.level):
                widget.setEnabled(False)
            self.text.moveCursor(QTextCursor.MoveOperation.End)  # to add, not to overwrite

    @staticmethod
    def _select(box: QComboBox, code: str | None) -> None:
        index = box.findData(code)
        if index >= 0:
            box.setCurrentIndex(index)

    def _update_plan_hint(self) -> None:
        try:
            status = diario.status_for(self.type_box.currentData(),
                                       self.when.dateTime().toPython())
        except ValidationError:
            self.plan_hint.setText(self.tr("Solo una visita domiciliare si può pianificare "
                                           "nel futuro."))
            return
        self.plan_hint.setText(self.tr("Visita pianificata: comparirà in agenda e nel "
                                       "pacchetto visite.") if status == "pianificata" else "")

    # -------------------------------------------------------------- state
    def state(self) -> dict[str, Any]:
        return {
            "entry_type": self.type_box.currentData(),
            "occurred_at": self.when.dateTime().toPython().replace(second=0, microsecond=0)
            .isoformat(),
            "place": self.place.text(),
            "organisation_id": self.organisation.currentData(),
            "confidentiality": self.level.currentData(),
            "text": self.text.toPlainText(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self._select(self.type_box, state.get("entry_type"))
        if state.get("occurred_at"):
            self.when.setDateTime(QDateTime(dt.datetime.fromisoformat(state["occurred_at"])))
        self.place.setText(state.get("place") or "")
        self._select(self.organisation, state.get("organisation_id"))
        self._select(self.level, state.get("confidentiality"))
        self.text.setPlainText(state.get("text") or "")

    def has_unsaved(self) -> bool:
        return self.state() != self._initial

    # -------------------------------------------------------------- drafts
    def _changed(self) -> None:
        self.error.hide()
        if self._draft_checked:
            self._autosave.start()

    def _save_draft(self) -> None:
        if not self._draft_checked or self._saving:
            return
        if self.has_unsaved():
            self.writer.save(self.state())
            self.autosave_label.setText(self.tr("Bozza salvata su questo computer alle %1")
                                        .replace("%1", dt.datetime.now().strftime("%H:%M")))
        elif self._offered is None:
            self.writer.discard()

    def _offer_draft(self, draft: dict[str, Any] | None) -> None:
        self._draft_checked = True
        if self.has_unsaved():  # typed before the check came back
            self._autosave.start()
        if not draft:
            return
        saved_at = draft.pop("saved_at", None)
        if draft == self.state():
            return
        self._offered = draft
        when = day_time(dt.datetime.fromisoformat(saved_at)) if saved_at else ""
        self.banner_label.setText(
            self.tr("C'è un testo non salvato di questa voce, conservato il %1. Vuoi "
                    "ripristinarlo?").replace("%1", when))
        self.banner.show()

    def _restore_draft(self) -> None:
        if self._offered is not None:
            self.set_state(self._offered)
        self._offered = None
        self.banner.hide()
        self.text.setFocus()

    def _drop_draft(self) -> None:
        self._offered = None
        self.banner.hide()
        self.writer.discard()
        self.text.setFocus()

    # --------------------------------------------------------------- saving
    def save(self) -> None:
        if self._saving:
            return
        state = self.state()
        if not state["text"].strip():
            self._show_error(self.tr("Scrivi il testo della voce prima di salvarla."), "text")
            return
        occurred_at = dt.datetime.fromisoformat(state["occurred_at"])
        if self.corrects is not None:
            try:  # at once, before any round trip: an unchanged copy is not a correction
                diario.check_correction(self.corrects.text, state["text"])
            except ValidationError as exc:
                self._show_error(str(exc), exc.field)
                return
            op = operations.correct_entry(self, self.store, self.corrects.id, state["text"],
                                          occurred_at)
        else:
            fields = EntryFields(
                entry_type=state["entry_type"], occurred_at=occurred_at, text=state["text"],
                place=state["place"], organisation_id=state["organisation_id"],
                confidentiality=state["confidentiality"])
            op = (operations.edit_entry(self, self.store, self.entry.id, fields) if self.entry
                  else operations.add_entry(self, self.store, self.person_id, fields))
        self._saving = True
        self._autosave.stop()
        self.save_button.setEnabled(False)
        (op.success(self._saved)
         .failure(self._save_failed)
         .run_in_background())

    def _saved(self, entry_id: str) -> None:
        self._saving = False
        self.writer.discard()
        self._initial = self.state()
        self.saved.emit(entry_id)
        self.finished.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._show_error(failure_message(exc), getattr(exc, "field", None))

    def _show_error(self, message: str, field: str | None) -> None:
        self.error.setText(message)
        self.error.show()
        {"occurred_at": self.when, "text": self.text}.get(field or "", self.text).setFocus()

    # -------------------------------------------------------------- leaving
    def leave(self) -> None:
        """"Annulla": asks first when something typed would be lost."""
        if self.may_leave():
            self.finished.emit()

    def may_leave(self) -> bool:
        """True when the editor can go: nothing unsaved, or the user chose to keep
        the text for later or to throw it away."""
        self._autosave.stop()
        if not self.has_unsaved():
            # A draft not yet looked up (or still on offer) is kept for next time.
            if self._draft_checked and self._offered is None:
                self.writer.discard()
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Tessere"),
                          self.tr("La voce che stai scrivendo non è salvata."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("unsavedEntryBox")
        box.setInformativeText(self.tr(
            "«Riprendi dopo» la conserva su questo computer e te la ripropone alla prossima "
            "apertura dell'editor; «Scarta» la cancella."))
        later = box.addButton(self.tr("Riprendi dopo"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Scarta"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Continua a scrivere"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.setEscapeButton(stay)
        box.exec()
        if box.clickedButton() is later:
            self.writer.save(self.state())
            return True
        if box.clickedButton() is discard:
            self.writer.discard()
            return True
        self.text.setFocus()
        return False
