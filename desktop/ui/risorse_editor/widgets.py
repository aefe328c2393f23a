"""Pieces the directory editors share: a checkable list (catalogue codes,
languages), the opening-hours table, the comune field, and the editor frame
that reads, saves and shows a refusal on its field."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.core.anagrafica import PlaceIndex
from desktop.core.errors import ValidationError
from desktop.core.risorse.editing import ScheduleValues
from desktop.core.risorse.validazione import WEEKDAYS
from desktop.ui.operations import CollectionOp, failure_message
from desktop.ui.person_dialog.places import place_completer
from desktop.ui.screen_fit import FittedDialog, footer, scrolling_body

DAY_HEADERS = ("Lun", "Mar", "Mer", "Gio", "Ven", "Sab", "Dom")


class CheckList(QWidget):
    """Codes to tick, with a filter field for long lists (languages)."""

    def __init__(self, name: str, *, filterable: bool = False, height: int = 120,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtra l'elenco…"))
        self.filter.textChanged.connect(self._filter)
        self.filter.setVisible(filterable)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setFixedHeight(height)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)

    def set_label(self, text: str) -> None:
        """The form's label names the list and its filter (the label's buddy is this
        container, which a screen reader does not announce)."""
        text = text.replace("&", "")
        self.list.setAccessibleName(text)
        self.filter.setAccessibleName(self.tr("Filtra: %1").replace("%1", text))

    def set_choices(self, choices: list[tuple[str, str]], checked: list[str]) -> None:
        """Ticked ones first (a long list shows what is chosen without scrolling)."""
        self.list.clear()
        ticked = set(checked)
        known = {code for code, _ in choices}
        ordered = ([(c, label) for c, label in choices if c in ticked]
                   + [(c, c) for c in checked if c not in known]  # a code no longer offered stays
                   + [(c, label) for c, label in choices if c not in ticked])
        for code, label in ordered:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def checked(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, code: str, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        key = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(key) and key not in item.text().casefold()
                           and item.checkState() != Qt.CheckState.Checked)


class HoursTable(QTableWidget):
    """One row per opening interval: the days it applies to, opening and closing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(DAY_HEADERS) + 2, parent)
        self.setObjectName("hoursTable")
        self.setHorizontalHeaderLabels([self.tr(d) for d in DAY_HEADERS]
                                       + [self.tr("Apre"), self.tr("Chiude")])
        header = self.horizontalHeader()
        for column in range(len(DAY_HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setColumnWidth(len(DAY_HEADERS), 90)
        self.setColumnWidth(len(DAY_HEADERS) + 1, 90)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setToolTip(self.tr("Spunta i giorni e scrivi gli orari come 09:00; più fasce nello "
                                "stesso giorno non devono sovrapporsi"))
        self.setMinimumHeight(130)

    def add_row(self, hours: ScheduleValues | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        days = set(hours.days) if hours else set()
        for column, code in enumerate(WEEKDAYS):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if code in days else Qt.CheckState.Unchecked)
            self.setItem(row, column, item)
        self.setItem(row, len(WEEKDAYS), QTableWidgetItem(hours.opens_at if hours else "09:00"))
        self.setItem(row, len(WEEKDAYS) + 1, QTableWidgetItem(hours.closes_at if hours else "12:00"))
        return row

    def set_rows(self, rows: list[ScheduleValues]) -> None:
        self.setRowCount(0)
        for hours in rows:
            self.add_row(hours)

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def rows(self) -> list[ScheduleValues]:
        out = []
        for row in range(self.rowCount()):
            days = [code for column, code in enumerate(WEEKDAYS)
                    if self.item(row, column).checkState() == Qt.CheckState.Checked]
            out.append(ScheduleValues(days, self.item(row, len(WEEKDAYS)).text(),
                                      self.item(row, len(WEEKDAYS) + 1).text()))
        return out


class ComuneEdit(QLineEdit):
    """A comune of the ISTAT list, typed with completion; read back as its id."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setPlaceholderText(self.tr("Scrivi e scegli dall'elenco"))
        self._index: PlaceIndex | None = None

    def use(self, index: PlaceIndex, model) -> None:
        self._index = index
        self.setCompleter(place_completer(model, self))

    def set_comune(self, comune_id: str | None) -> None:
        place = self._index.by_id(comune_id) if self._index and comune_id else None
        self.setText(place.label if place else "")

    def comune_id(self) -> str | None:
        """ValidationError (on this field) for a name not in the list."""
        place = self._index.resolve(self.text(), "i comuni", self.objectName()) if self._index else None
        return place.id if place else None


class EditorDialog(FittedDialog):
    """The frame of a directory editor: tabs, an error line, «Salva» / «Annulla».
    ``collect()`` reads the fields (ValidationError for what the window can tell
    at once); the save runs in the background; a refusal from the core shows on
    its field (``field_widget``) and nothing typed is lost."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("*[invalid=\"true\"] { border: 1px solid #b42318; }")
        margins = (18, 14, 18, 12)
        outer, layout = scrolling_body(self, margins, 8)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.note = QLabel()
        self.note.setObjectName("editorNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Salva"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("saveButton")
        self.ok_button.setEnabled(False)  # until the form has loaded
        self.cancel_button = self.buttons.addButton(self.tr("Annulla"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        footer(outer, margins, self.error_label, self.buttons)
        self.saved_id: str | None = None
        self._op: CollectionOp | None = None
        self._marked: QWidget | None = None
        self.on_saved: Callable[[str], None] | None = None

    # A subclass defines collect() -> the save operation (not started yet).
    def field_widget(self, field: str) -> QWidget | None:
        return self.findChild(QWidget, field)

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self._unmark()
        widget = self.field_widget(field) if field else None
        if widget is None:
            return
        page = widget
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)
        widget.setProperty("invalid", True)
        widget.setToolTip(message)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        self._marked = widget
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def _unmark(self) -> None:
        if self._marked is not None:
            self._marked.setProperty("invalid", False)
            self._marked.setToolTip("")
            self._marked.style().unpolish(self._marked)
            self._marked.style().polish(self._marked)
            self._marked = None

    def submit(self) -> None:
        try:
            op = self.collect()
        except ValidationError as exc:
            self.show_error(str(exc), exc.field)
            return
        self._op = op.success(self._saved).failure(self._failed)
        self._set_busy(True)
        self._op.run_in_background()

    def reject(self) -> None:
        if self._op is None:
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        for button in self.buttons.buttons():
            button.setEnabled(not busy)
        self.tabs.setEnabled(not busy)

    def _saved(self, entry_id: str | None) -> None:
        """Saved (the entry's id) or deleted (None): the dialog's work is done."""
        self._op = None
        self.saved_id = entry_id
        if self.on_saved is not None and entry_id is not None:
            self.on_saved(entry_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        self._set_busy(False)
        self.show_error(failure_message(exc), getattr(exc, "field", None))
