"""Dialogs around the patto editor: the reason of a «modifica in itinere», and
a new patto (who it is for, which template, a title). Both open window-modal
without blocking (``open()``) and report through signals."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit,
    QRadioButton, QVBoxLayout, QWidget,
)

from desktop.core.patti.editing import new_patto_problem
from desktop.core.patti.form import Choice
from desktop.ui.operations import failure_message
from desktop.ui.operations import patti as ops
from desktop.ui.patto_editor.pickers import PersonSearch
from desktop.ui.patto_editor.sections import BeneficiaryList
from desktop.ui.screen_fit import FittedDialog


class ReasonDialog(FittedDialog):
    """Asks why the patto changes; an empty reason is said inline."""

    reason_given = Signal(str)

    def __init__(self, next_version: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(self.tr("Modifica in itinere"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(10)
        text = QLabel(self.tr(
            "La versione firmata resta com'è. Si apre la versione %1, modificabile, da "
            "firmare di nuovo. Perché cambia il patto?").replace("%1", str(next_version)))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("amendReason")
        self.reason.setAccessibleName(self.tr("Motivo della modifica"))
        self.reason.setPlaceholderText(self.tr(
            "Per esempio: la persona ha trovato lavoro, cambia l'orario del tirocinio"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        layout.addWidget(self.reason)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Crea la versione %1").replace("%1", str(next_version)),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.error.setText(self.tr("Scrivi il motivo: resta nella storia del patto."))
            self.error.show()
            self.reason.setFocus()
            return
        self.reason_given.emit(reason)
        self.accept()


class NewPattoDialog(FittedDialog):
    """A new patto in bozza: beneficiaries found by search (several for a group
    project), the template (kind of patto) and a title. ``created(patto_id)``
    fires once it is in the database."""

    created = Signal(str)

    def __init__(self, store, parent: QWidget | None = None,
                 beneficiaries: list[tuple[str, str]] = ()):
        super().__init__(parent)
        self.setObjectName("newPattoDialog")
        self.store = store
        self._title_edited = False
        self.setWindowTitle(self.tr("Nuovo patto"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)

        layout.addWidget(self._heading(self.tr("Per chi")))
        self.people = BeneficiaryList()
        for person_id, name in beneficiaries:
            self.people.add(person_id, name)
        layout.addWidget(self.people)
        self.search = PersonSearch(store, self.tr(
            "Cerca la persona per nome o codice fiscale (più persone per un progetto di "
            "gruppo)…"))
        self.search.picked.connect(self.people.add)
        layout.addWidget(self.search)
        self.people.changed.connect(self._people_changed)

        layout.addWidget(self._heading(self.tr("Modello")))
        self.kinds = QButtonGroup(self)
        self.kinds_box = QVBoxLayout()
        self.kinds_box.setSpacing(4)
        layout.addLayout(self.kinds_box)
        self.kind_hint = QLabel()
        self.kind_hint.setWordWrap(True)
        self.kind_hint.setStyleSheet("color: #6b7280; margin-left: 22px;")
        self.kind_hint.setMinimumHeight(self.kind_hint.fontMetrics().lineSpacing() * 4 + 4)
        layout.addWidget(self.kind_hint)
        self.kinds.buttonToggled.connect(lambda *_: self._kind_changed())

        title_heading = self._heading(self.tr("Titolo"))
        layout.addWidget(title_heading)
        self.title = QLineEdit()
        self.title.setObjectName("newPattoTitle")
        title_heading.setBuddy(self.title)
        self.title.textEdited.connect(self._title_typed)
        layout.addWidget(self.title)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("Crea e apri il patto"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._people_changed()
        ops.patto_kinds(self, store).success(self._show_kinds).run_in_background()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("cardHeading")
        label.setStyleSheet("font-weight: 600; margin-top: 6px;")
        return label

    def _show_kinds(self, kinds: list[Choice]) -> None:
        for i, kind in enumerate(kinds):
            button = QRadioButton(kind.label)
            button.setProperty("code", kind.code)
            button.setProperty("hint", kind.hint)
            button.setObjectName(f"kind_{kind.code}")
            self.kinds.addButton(button)
            self.kinds_box.addWidget(button)
            button.setChecked(i == 0)

    def _kind_changed(self) -> None:
        """The chosen template's description under the choices, and the title."""
        button = self.kinds.checkedButton()
        self.kind_hint.setText(button.property("hint") if button is not None else "")
        self._suggest_title()

    def kind(self) -> str | None:
        button = self.kinds.checkedButton()
        return button.property("code") if button is not None else None

    def _people_changed(self) -> None:
        self.search.exclude = {p["person_id"] for p in self.people.people()}
        self._suggest_title()

    def _title_typed(self) -> None:
        self._title_edited = bool(self.title.text().strip())

    def _suggest_title(self) -> None:
        """"PTRI con Budget di Salute – Maria Rossi" until the user writes their own."""
        if self._title_edited:
            return
        button = self.kinds.checkedButton()
        names = [p["name"] for p in self.people.people()]
        kind = button.text() if button is not None else ""
        who = names[0] if len(names) == 1 else self.tr("progetto di gruppo") if names else ""
        self.title.setText(" – ".join(x for x in (kind, who) if x))

    def create(self) -> None:
        people = [p["person_id"] for p in self.people.people()]
        kind, title = self.kind(), self.title.text()
        problem = new_patto_problem(kind, title, people)  # said at once, before any write
        if problem is not None:
            self.error.setText(str(problem))
            self.error.show()
            return
        self.buttons.setEnabled(False)
        (ops.create_patto(self, self.store, kind, title, people)
         .with_progress(self.tr("Creazione del patto…"))
         .success(self._created)
         .failure(self._failed)
         .run_in_background())

    def _created(self, patto_id: str) -> None:
        self.created.emit(patto_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(failure_message(exc))
        self.error.show()
