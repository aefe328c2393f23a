"""Table models fed by background queries, batch by batch.

A :class:`RowsModel` holds plain row objects (dataclasses or tuples) fetched by
a ``fetch(session, offset, limit)`` function on a worker thread. The view asks
for more as the user scrolls (``canFetchMore``/``fetchMore``), so a table of
20,000 people costs one batch at a time. Every ``set_source`` starts a new
generation: results that arrive for an older one (an older keystroke) are
dropped, so a slow query can never overwrite a newer answer.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.ui.operations import QueryOp

Fetch = Callable[[Any, int, int], list]  # (session, offset, limit) -> rows

WARNING_TEXT = QColor("#9a3412")
WARNING_BACKGROUND = QColor("#fff4e5")
MUTED_TEXT = QColor("#6b7280")


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    tooltip: Callable[[Any], str | None] | None = None


def age_on(birth: dt.date | None, today: dt.date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


class RowsModel(QAbstractTableModel):
    loaded = Signal()  # a batch (possibly empty) was applied
    failed = Signal(str)

    def __init__(self, columns: list[Column], store, *, batch: int = 200,
                 warn: Callable[[Any], bool] | None = None, parent=None):
        super().__init__(parent)
        self._columns = columns
        self._store = store
        self._batch = batch
        self._warn = warn
        self._rows: list = []
        self._fetch: Fetch | None = None
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self.has_loaded = False  # at least one batch arrived for the current source

    # ------------------------------------------------------------ loading
    def set_source(self, fetch: Fetch | None) -> None:
        """Replace the rows with those of ``fetch`` (None empties the table)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._fetch = fetch
        self._exhausted = fetch is None
        self._loading = False
        self.has_loaded = fetch is None
        self.endResetModel()
        if fetch is not None:
            self._request()

    def reload(self) -> None:
        self.set_source(self._fetch)

    def _request(self) -> None:
        if self._loading or self._exhausted or self._fetch is None:
            return
        self._loading = True
        generation, fetch, offset, limit = self._generation, self._fetch, len(self._rows), self._batch

        def run(store, ctx):
            with store.read() as session:
                return fetch(session, offset, limit)

        (QueryOp(self, self._store, run)  # a model deleted meanwhile is not called back
         .success(lambda rows: self._apply(generation, rows))
         .failure(lambda exc: self._failed(generation, exc))
         .run_in_background())

    def _apply(self, generation: int, rows: list) -> None:
        if generation != self._generation:
            return  # an answer to an older question
        self._loading = False
        self._exhausted = len(rows) < self._batch
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.has_loaded = True
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        from desktop.ui.operations import failure_message

        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.has_loaded = True
        self.failed.emit(failure_message(exc))

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        self._request()

    # -------------------------------------------------------------- access
    def row_at(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[section].header  # the tooltip: a narrowed column's title
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._columns[section].align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of an elided cell
            value = column.tooltip(row) if column.tooltip is not None else column.value(row)
            return None if value in (None, "") else str(value)
        if self._warn is not None and self._warn(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WARNING_TEXT)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(WARNING_BACKGROUND)
        return None
