"""What every page of the main window shares: a header, an optional search
field, a table, and the small interface the main window talks to.

A page declares the tables it shows (``watches``); the main window passes every
operation's :class:`~desktop.ui.operations.OpChanges` to ``refresh`` and the page
reloads only if it is concerned, and only when it is next visible.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QStackedWidget,
    QTableView, QTreeWidget, QVBoxLayout, QWidget,
)

from desktop.ui.models import RowsModel
from desktop.ui.operations import OpChanges
from desktop.ui.pages import entry_of


class Page(QWidget):
    """Base class of the pages listed in :mod:`desktop.ui.pages`."""

    watches: frozenset[str] = frozenset()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self._dirty = True
        self.search_field: QLineEdit | None = None
        self.setObjectName(f"page_{type(self).__name__}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(28, 24, 28, 16)
        self._layout.setSpacing(14)

    # --------------------------------------------------------- the interface
    def title(self) -> str:
        """A page of the main window is titled in its entry of :mod:`desktop.ui.pages`
        (the navigation lists it before it is built); a scheda tab names itself."""
        return entry_of(type(self)).title()

    def subtitle(self) -> str:
        return ""

    def refresh(self, changes: OpChanges, initiator: object | None = None) -> None:
        """Called for every operation that changed something."""
        if changes.touches(self.watches):
            self._dirty = True
            if self.isVisible():
                self._reload()

    def focus_search(self) -> None:
        if self.search_field is not None:
            self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_field.selectAll()

    def load(self) -> None:
        """(Re)read the data; runs in the background through the page's models."""

    # ------------------------------------------------------------- helpers
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._reload()

    def _reload(self) -> None:
        self._dirty = False
        self.load()

    def build_header(self, with_search: str | None = None) -> QHBoxLayout:
        """Title and subtitle on the left, the search field (if any) on the right."""
        row = QHBoxLayout()
        row.setSpacing(16)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        title = QLabel(self.title())
        title.setObjectName("pageTitle")
        texts.addWidget(title)
        self.subtitle_label = QLabel(self.subtitle())
        self.subtitle_label.setObjectName("pageSubtitle")
        self.subtitle_label.setWordWrap(True)
        texts.addWidget(self.subtitle_label)
        row.addLayout(texts, 1)
        if with_search is not None:
            field = QLineEdit()
            field.setObjectName("searchField")
            field.setPlaceholderText(with_search)
            field.setClearButtonEnabled(True)
            field.setToolTip(self.tr("Cerca (Ctrl+F)"))
            # A screen reader announces no placeholder: the field's name says what it is.
            field.setAccessibleName(self.tr("Cerca in %1").replace("%1", self.title()))
            field.setAccessibleDescription(self.tr("%1. Ctrl+F torna qui.").replace(
                "%1", with_search))
            field.setMinimumWidth(360)
            row.addWidget(field, 0, Qt.AlignmentFlag.AlignBottom)
            self.search_field = field
        self._layout.addLayout(row)
        return row

    def debounce(self, callback, ms: int = 120) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(callback)
        return timer

    def build_table(self, model: RowsModel, stretch_column: int = 0, *,
                    into: QVBoxLayout | None = None,
                    empty: Callable[[], str] | None = None,
                    name: str | None = None) -> QTableView:
        """The page's table (``into``: a layout other than the page's own; ``empty``:
        what it says when empty, for a second table beside the page's own; ``name``:
        what a screen reader calls it, by default the page's title)."""
        view = QTableView()
        view.setAccessibleName(name or self.title())
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(30)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setObjectName("dataTable")
        stack = QStackedWidget()
        stack.addWidget(view)
        placeholder = QLabel()
        placeholder.setObjectName("emptyState")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        stack.addWidget(placeholder)

        def update_empty() -> None:
            if model.has_loaded and model.rowCount() == 0:
                placeholder.setText(empty() if empty is not None else self.empty_text())
                stack.setCurrentWidget(placeholder)
            else:
                stack.setCurrentWidget(view)

        model.loaded.connect(update_empty)
        model.modelReset.connect(update_empty)
        model.failed.connect(lambda message: (placeholder.setText(message),
                                              stack.setCurrentWidget(placeholder)))
        (into if into is not None else self._layout).addWidget(stack, 1)
        return view

    def empty_text(self) -> str:
        """What an empty table says (pages override it to explain why)."""
        return self.tr("Nessun dato da mostrare.")

    def build_footer(self) -> QLabel:
        label = QLabel()
        label.setObjectName("pageFooter")
        self._layout.addWidget(label)
        return label


# QHeaderView::section in tessere.qss: bold titles, 8 px of padding each side.
HEADER_PADDING = 2 * 8 + 4


def title_width(header: QHeaderView, text: str) -> int:
    """The width a column needs to show its whole title, as the stylesheet draws it."""
    font = QFont(header.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(text) + HEADER_PADDING


def set_column_widths(view: QTableView, widths: dict[int, int]) -> None:
    """The columns' widths, never narrower than their titles (a title is never
    cut; long cell texts are elided with the whole text in their tooltip)."""
    header = view.horizontalHeader()
    model = view.model()
    for column, width in widths.items():
        title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
        view.setColumnWidth(column, max(width, title_width(header, title or "")))


def set_tree_columns(tree: QTreeWidget, widths: dict[int, int]) -> None:
    """The same for a tree's columns, whose titles also get their tooltips."""
    header, titles = tree.header(), tree.headerItem()
    for column in range(tree.columnCount()):
        titles.setToolTip(column, titles.text(column))
    for column, width in widths.items():
        tree.setColumnWidth(column, max(width, title_width(header, titles.text(column))))
