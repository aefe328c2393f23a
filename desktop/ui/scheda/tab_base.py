"""What the scheda tabs Patti, Rete, Misure, Documenti and Scadenze share: a
row of actions over a table of the person's records, a form dialog that says
what is wrong inline and keeps what was typed, and removal with confirmation.

A tab is a :class:`~desktop.ui.pages.base.Page` underneath: the page already
knows how to reload only when an operation touched the tables it ``watches``
and only once it is visible, which is exactly the lazy loading a tab needs
(opening a scheda reads nothing for the tabs nobody looked at).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QPushButton, QTableView, QWidget,
)

from desktop.core.anagrafica import parse_date
from desktop.core.catalogues import Choices
from desktop.core.errors import ValidationError
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import CollectionOp, failure_message
from desktop.ui.operations.cartella import choices as read_choices
from desktop.ui.pages.base import Page, set_column_widths
from desktop.ui.questions import ask
from desktop.ui.screen_fit import FittedDialog, footer, scrolling_body

ROWS_BATCH = 500


def read_date(edit: QLineEdit, label: str, *, required: bool = False) -> dt.date | None:
    """The date typed in ``edit`` (gg/mm/aaaa); the message names the field."""
    text = edit.text().strip()
    if not text:
        if required:
            raise ValidationError(f"{label}: indica la data (gg/mm/aaaa).", edit.objectName())
        return None
    try:
        return parse_date(text, edit.objectName())
    except ValidationError as exc:
        raise ValidationError(f"{label}: {exc}", edit.objectName()) from None


def combo_code(combo: QComboBox) -> str:
    return combo.currentData()


class FormDialog(FittedDialog):
    """A small form over a tab. ``build_op()`` reads the fields and returns the
    named operation to run (not yet started), or raises ValidationError: the
    message appears under the form, the field concerned gets the focus and
    nothing typed is lost. A refusal of the core shows the same way. The dialog
    closes when the operation succeeds. While it runs, «Annulla» (or Esc)
    cancels an operation made cancellable with ``with_progress``, and is
    ignored for a quick one."""

    def __init__(self, tab: "SchedaTab", title: str, ok_text: str,
                 build_op: Callable[[], CollectionOp]):
        super().__init__(tab)
        self.setObjectName("schedaFormDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._tab = tab
        self._build_op = build_op
        self.result_value: Any = None
        self._op: CollectionOp | None = None  # the write in flight
        margins = (24, 20, 24, 16)
        outer, layout = scrolling_body(self, margins, 12)
        self.form = QFormLayout()
        self.form.setSpacing(8)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Annulla"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        footer(outer, margins, self.error_label, self.buttons)

    def add_row(self, label: str, widget: QWidget, name: str) -> QWidget:
        widget.setObjectName(name)
        self.form.addRow(label, widget)
        return widget

    def showEvent(self, event) -> None:
        """Start in the first field, not on the button Qt would pick."""
        super().showEvent(event)
        first = next((item.widget() for item in map(self.form.itemAt, range(self.form.count()))
                      if item.widget() is not None
                      and item.widget().focusPolicy() != Qt.FocusPolicy.NoFocus), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def line(self, label: str, name: str, text: str | None = "", *, placeholder: str = "",
             max_length: int = 200) -> QLineEdit:
        edit = QLineEdit(text or "")
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        return self.add_row(label, edit, name)

    def text_area(self, label: str, name: str, text: str | None = "") -> QPlainTextEdit:
        area = QPlainTextEdit(text or "")
        area.setTabChangesFocus(True)  # Tab leaves the field, as in the other fields
        area.setFixedHeight(72)
        return self.add_row(label, area, name)

    def date_line(self, label: str, name: str, value: dt.date | None = None) -> QLineEdit:
        return self.line(label, name, value.strftime("%d/%m/%Y") if value else "",
                         placeholder=self.tr("gg/mm/aaaa"), max_length=10)

    def combo(self, label: str, name: str, choices: list[tuple[str, str]],
              current: str | None = None) -> QComboBox:
        box = QComboBox()
        for code, text in choices:
            box.addItem(text, code)
        if current is not None:
            index = box.findData(current)
            if index < 0:  # a code no longer in the catalogue is kept, not lost
                box.addItem(current, current)
                index = box.count() - 1
            box.setCurrentIndex(index)
        return self.add_row(label, box, name)

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.grow_to_contents()
        self.ok_button.setDefault(True)  # Enter in the corrected field submits again
        widget = self.findChild(QWidget, field) if field else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def submit(self) -> None:
        try:
            op = self._build_op()
        except ValidationError as exc:
            self.show_error(str(exc), exc.field)
            return
        self._op = op.success(self._written).failure(self._failed)
        self._set_busy(True)
        self._op.run_in_background()

    def reject(self) -> None:
        if self._op is None:
            super().reject()
        elif self._op.cancellable:
            self._op.cancel()  # the failure callback says it was cancelled

    def _set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy or self._op.cancellable)
        for index in range(self.form.count()):
            item = self.form.itemAt(index)
            if item.widget() is not None:
                item.widget().setEnabled(not busy)

    def _written(self, result: Any) -> None:
        self._op = None
        self.result_value = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._op = None
        self.show_error(failure_message(exc), getattr(exc, "field", None))


class SchedaTab(Page):
    """Base of the record tabs: ``TAB(store, person_id, parent)``.

    Subclasses set ``watches`` and ``catalogues``, build their table with
    :meth:`build_rows_table` and implement :meth:`fetch` (runs on a worker)."""

    catalogues: tuple[str, ...] = ()  # catalogues the tab's forms pick from

    def __init__(self, store, person_id: str, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.person_id = person_id
        self.choices: Choices | None = None
        self.dialog: FormDialog | None = None  # the form on screen, if any
        self.confirm_box: QMessageBox | None = None
        self._row_buttons: list[QPushButton] = []
        self._choice_buttons: list[QPushButton] = []
        self._layout.setContentsMargins(0, 12, 0, 4)
        self._layout.setSpacing(10)
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(8)
        self._layout.addLayout(self.actions_row)

    # ----------------------------------------------------------- building
    def add_button(self, text: str, slot: Callable[[], None], *, name: str,
                   needs_row: bool = False, needs_choices: bool = False,
                   tooltip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        self.actions_row.addWidget(button)
        if needs_row:
            button.setEnabled(False)
            self._row_buttons.append(button)
        if needs_choices:
            button.setEnabled(False)
            self._choice_buttons.append(button)
        return button

    def build_rows_table(self, columns: list[Column], *, stretch: int = 0,
                         fit: tuple[int, ...] = (), widths: dict[int, int] | None = None,
                         warn: Callable[[Any], bool] | None = None,
                         removable: bool = True) -> QTableView:
        """The table, after the actions: Enter or double-click activates a row,
        Del removes it (after confirmation) when ``removable``. Columns in
        ``fit`` (dates, states, amounts) take the width of their content, in
        any font size; the others start at ``widths``."""
        self.actions_row.addStretch(1)
        self.model = RowsModel(columns, self.store, batch=ROWS_BATCH, warn=warn, parent=self)
        self.table = self.build_table(self.model, stretch_column=stretch)
        set_column_widths(self.table, widths or {})
        self.model.loaded.connect(lambda: self._fit_columns(fit))
        self.table.activated.connect(lambda index: self.activate(self.model.row_at(index.row())))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._removable = removable
        self.table.installEventFilter(self)
        return self.table

    def eventFilter(self, watched, event) -> bool:
        """Del on the table removes the selected row (after confirmation)."""
        if (watched is self.table and self._removable and event.type() == QEvent.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.Delete)):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _fit_columns(self, columns: tuple[int, ...]) -> None:
        for column in columns:
            self.table.resizeColumnToContents(column)

    def _selection_changed(self, *args) -> None:
        has_row = self.selected() is not None
        for button in self._row_buttons:
            button.setEnabled(has_row)

    # ------------------------------------------------------------ loading
    def load(self) -> None:
        self.model.set_source(self.fetch)
        if self.catalogues and self.choices is None:
            read_choices(self, self.store, *self.catalogues) \
                .success(self._choices_loaded).run_in_background()

    def _choices_loaded(self, choices: Choices) -> None:
        self.choices = choices
        for button in self._choice_buttons:
            button.setEnabled(True)

    def fetch(self, session, offset: int, limit: int) -> list:
        """The rows of this person, on a worker thread: hand ``session`` to the
        core's list function."""
        raise NotImplementedError

    # ------------------------------------------------------------- acting
    def selected(self):
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def activate(self, row) -> None:
        """Enter or double-click on ``row`` (subclasses open or edit it)."""

    def open_form(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._form_closed(dialog))
        dialog.open()
        return dialog

    def _form_closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.confirm(self.removal_question(row), self.tr("Elimina"),
                     lambda: self.removal(row).run_in_background())

    def removal_question(self, row) -> str:
        raise NotImplementedError

    def removal(self, row) -> CollectionOp:
        """The named operation that removes ``row`` (a delete becomes a tombstone)."""
        raise NotImplementedError

    def confirm(self, question: str, action: str, on_yes: Callable[[], None]) -> QMessageBox:
        """Ask without blocking the event loop; the action button is the default,
        so Del then Enter removes, Esc keeps."""
        box = ask(self, question, action, on_yes, destructive=True)
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        return box
