"""Small editing widgets the patto editor is made of: fields that check what is
typed as it is typed (amounts, dates), choice boxes over catalogue codes, an
inline message banner, and a list of editable rows with a shared header."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.patti.form import Choice, date_error, money_error, money_text


def set_read_only(widget: QWidget, read_only: bool) -> None:
    """Text fields become read-only (still selectable), choices disabled; the
    style sheet's read-only look is re-applied."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.setReadOnly(read_only)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    else:
        widget.setEnabled(not read_only)


def set_invalid(widget: QWidget, message: str | None) -> None:
    """Mark a field red (the editor's style sheet reads the property) with the
    message as its tooltip; None clears it."""
    if bool(widget.property("invalid")) != bool(message):
        widget.setProperty("invalid", bool(message))
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    widget.setToolTip(message or widget.property("hint") or "")


class CheckedEdit(QLineEdit):
    """A line edit whose text is checked on every keystroke; the text is never
    changed or dropped, an error only marks it and is reported by ``problem``."""

    edited = Signal()
    problem = Signal(str)  # "" once the text is fine again

    def __init__(self, check: Callable[[str], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._check = check
        self.textChanged.connect(self._changed)

    def error(self) -> str | None:
        return self._check(self.text())

    def _changed(self) -> None:
        message = self.error()
        set_invalid(self, message)
        self.problem.emit(message or "")
        self.edited.emit()


class MoneyEdit(CheckedEdit):
    """Euros typed Italian style ("1.234,56"); tidied up when the field is left."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(money_error, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0,00")
        self.setProperty("hint", self.tr("Importo in euro, per esempio 1.234,56"))
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        if self.text().strip() and self.error() is None:
            tidy = money_text(formats.parse_money(self.text()))
            if tidy != self.text():
                self.setText(tidy)


class DateEdit(CheckedEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(date_error, parent)
        self.setPlaceholderText(self.tr("gg/mm/aaaa"))
        self.setProperty("hint", self.tr("Data nel formato gg/mm/aaaa"))
        self.setMaximumWidth(118)


class ChoiceBox(QComboBox):
    """A combo over catalogue codes; ``code()`` is what gets stored. With
    ``free_text`` the user may type something not in the list (kept as typed)."""

    def __init__(self, choices: list[Choice] = (), *, empty: str | None = "—",
                 free_text: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._empty = empty
        self._free = free_text
        self.setEditable(free_text)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self.currentTextChanged.connect(self.setToolTip)  # the whole label when it is cut
        if free_text:
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.set_choices(list(choices))

    def set_choices(self, choices: list[Choice]) -> None:
        current = self.code() if self.count() else None
        self.blockSignals(True)
        self.clear()
        if self._empty is not None:
            self.addItem(self._empty, None)
        for choice in choices:
            self.addItem(choice.label, choice.code)
            if choice.hint:
                self.setItemData(self.count() - 1, choice.hint, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        if current is not None:
            self.set_code(current)

    def code(self) -> str | None:
        if self._free:
            text = self.currentText().strip()
            index = self.findText(text)
            if index >= 0:
                return self.itemData(index)
            return text or None
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        """Select ``code``; one the catalogue no longer lists is kept, shown as is."""
        index = self.findData(code) if code is not None else (0 if self._empty is not None else -1)
        if index >= 0:
            self.setCurrentIndex(index)
        elif self._free:
            self.setEditText(code or "")
        elif code is not None:
            self.addItem(code, code)
            self.setCurrentIndex(self.count() - 1)

    def changed_signal(self):
        return self.currentTextChanged if self._free else self.currentIndexChanged


def text_area(placeholder: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on, as in the other fields."""
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setWordWrapMode(QTextOption.WrapMode.WordWrap)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 18)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def line_edit(text: str = "", placeholder: str = "") -> QLineEdit:
    """A line edit showing the start of its text (not the end, as setText leaves it)."""
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setCursorPosition(0)
    return edit


class Banner(QFrame):
    """An inline message over the editor: information, warning or error, with
    optional action buttons (e.g. "Ripristina" / "Scarta" for a draft)."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("level", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self._actions = QHBoxLayout()
        self._actions.setSpacing(6)
        layout.addLayout(self._actions)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Nascondi il messaggio"))
        self.close_button.setAccessibleName(self.tr("Nascondi il messaggio"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, level: str = "info",
                     actions: list[tuple[str, Callable[[], None]]] = (),
                     closable: bool = True) -> None:
        while self._actions.count():
            item = self._actions.takeAt(0)
            item.widget().deleteLater()
        for label, callback in actions:
            button = QPushButton(label)
            button.clicked.connect(callback)
            self._actions.addWidget(button)
        self.label.setText(text)
        self.close_button.setVisible(closable)
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def action_buttons(self) -> list[QPushButton]:
        return [self._actions.itemAt(i).widget() for i in range(self._actions.count())]


# ------------------------------------------------------------------ row lists
Columns = list[tuple[str, int | None]]  # header, fixed width (None stretches)


def header_row(columns: Columns, trailing: int = 28) -> QWidget:
    """The column titles above a list of compact rows, aligned with them."""
    widget = QWidget()
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(8, 0, 8, 0)
    layout.setSpacing(8)
    for title, width in columns:
        label = QLabel(title)
        label.setObjectName("columnHeader")
        if title.endswith("€"):  # amounts are right-aligned, so are their titles
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if width is None:
            layout.addWidget(label, 1)
        else:
            label.setFixedWidth(width)
            layout.addWidget(label)
    layout.addSpacing(trailing)
    return widget


def place(layout: QHBoxLayout, widgets: list[QWidget], columns: Columns) -> None:
    """The row's fields under their column titles, which also name them for a
    screen reader (a title above the list is no label of each field)."""
    for widget, (title, width) in zip(widgets, columns):
        if title and not widget.accessibleName():
            widget.setAccessibleName(title.replace("€", "").strip())
        if width is None:
            layout.addWidget(widget, 1)
        else:
            widget.setFixedWidth(width)
            layout.addWidget(widget)


class RowWidget(QFrame):
    """One editable row (a goal, a budget line…). Subclasses build their fields,
    return them in ``value()`` and say which stay open on a signed patto."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, row: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = dict(row)
        self.setObjectName("rowCard")
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("removeRow")
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Togli questa riga"))
        self.remove_button.setAccessibleName(self.tr("Togli questa riga"))
        self.remove_button.setFixedWidth(28)
        keep = self.remove_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # columns stay aligned with the header
        self.remove_button.setSizePolicy(keep)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def value(self) -> dict:
        raise NotImplementedError

    def editable_widgets(self) -> list[QWidget]:
        """The fields frozen by a signature."""
        return []

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.editable_widgets():
            set_read_only(widget, read_only)
        self.remove_button.setVisible(not read_only)

    def watch(self, *widgets: QWidget) -> None:
        """Emit ``changed`` whenever one of these fields changes."""
        for w in widgets:
            if isinstance(w, CheckedEdit):
                w.edited.connect(self.changed)
            elif isinstance(w, QLineEdit):
                w.textChanged.connect(self.changed)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self.changed)
            elif isinstance(w, ChoiceBox):
                w.changed_signal().connect(self.changed)
            elif hasattr(w, "toggled"):
                w.toggled.connect(self.changed)


class RowList(QWidget):
    """A vertical list of RowWidgets made by ``factory``; says ``changed`` on
    every edit, addition or removal."""

    changed = Signal()

    def __init__(self, factory: Callable[[dict], RowWidget], empty_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self._read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(6)
        layout.addLayout(self._rows)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("emptyRows")
        layout.addWidget(self.empty_label)

    def widgets(self) -> list[RowWidget]:
        return [self._rows.itemAt(i).widget() for i in range(self._rows.count())]

    def rows(self) -> list[dict]:
        return [w.value() for w in self.widgets()]

    def set_rows(self, rows: list[dict]) -> None:
        for widget in self.widgets():
            self._rows.removeWidget(widget)
            widget.deleteLater()
        for row in rows:
            self._append(row)
        self._update_empty()

    def add(self, row: dict) -> RowWidget:
        widget = self._append(row)
        self._update_empty()
        self.changed.emit()
        return widget

    def _append(self, row: dict) -> RowWidget:
        widget = self._factory(row)
        widget.changed.connect(self.changed)
        widget.remove_requested.connect(self.remove)
        widget.set_read_only(self._read_only)
        self._rows.addWidget(widget)
        return widget

    def remove(self, widget: RowWidget) -> None:
        self._rows.removeWidget(widget)
        widget.hide()
        widget.deleteLater()
        self._update_empty()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in self.widgets():
            widget.set_read_only(read_only)

    def _update_empty(self) -> None:
        self.empty_label.setVisible(self._rows.count() == 0)
