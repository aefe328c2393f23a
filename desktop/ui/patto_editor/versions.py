"""The versions tab: every version with its reason and fingerprint, and two
versions side by side with the differences marked in colour and listed in
Italian (the comparison itself is built by desktop.core.patti.compare on a worker)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.patti import short_fingerprint
from desktop.core.patti.compare import Comparison
from desktop.core.patti.form import VersionInfo

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
OLD_BACKGROUND = QColor("#fdecea")
NEW_BACKGROUND = QColor("#e3f4e8")
SECTION_BACKGROUND = QColor("#f1f4f8")
CHANGE_MARKS = {"modificato": "● ", "aggiunto": "+ ", "tolto": "− "}


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class VersionsSection(QWidget):
    compare_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 12, 12)
        layout.setSpacing(10)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("dataTable")
        self.table.setAccessibleName(self.tr("Versioni del patto"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Versione"), self.tr("Del"), self.tr("Motivo"), self.tr("Autore"),
            self.tr("Firmata il"), self.tr("Impronta")])
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in {0: 80, 1: 100, 3: 170, 4: 140, 5: 190}.items():
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(QLabel(self.tr("Confronta la versione")))
        self.old_box, self.new_box = QComboBox(), QComboBox()
        self.old_box.setAccessibleName(self.tr("Versione da confrontare"))
        self.new_box.setAccessibleName(self.tr("Confrontata con la versione"))
        self.old_box.setObjectName("oldVersion")
        self.new_box.setObjectName("newVersion")
        bar.addWidget(self.old_box)
        bar.addWidget(QLabel(self.tr("con la versione")))
        bar.addWidget(self.new_box)
        self.compare_button = QPushButton(self.tr("Confronta"))
        self.compare_button.setObjectName("compareButton")
        self.compare_button.clicked.connect(self._request)
        bar.addWidget(self.compare_button)
        bar.addStretch(1)
        self.only_changes = QCheckBox(self.tr("Solo le differenze"))
        self.only_changes.setObjectName("onlyChanges")
        self.only_changes.toggled.connect(self._filter_rows)
        bar.addWidget(self.only_changes)
        layout.addLayout(bar)
        self.hint = QLabel()
        self.hint.setObjectName("cardNote")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.diff_title = QLabel(self.tr("Differenze"))
        self.diff_title.setObjectName("cardHeading")
        left_layout.addWidget(self.diff_title)
        self.diff_list = QListWidget()
        self.diff_list.setObjectName("diffList")
        self.diff_list.setAccessibleName(self.tr("Differenze"))
        self.diff_list.setWordWrap(True)
        self.diff_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(self.diff_list, 1)
        splitter.addWidget(left)
        self.compare_table = QTableWidget(0, 3)
        self.compare_table.setObjectName("compareTable")
        self.compare_table.setAccessibleName(self.tr("Versioni a confronto"))
        self.compare_table.verticalHeader().hide()
        self.compare_table.setWordWrap(True)
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        compare_header = self.compare_table.horizontalHeader()
        compare_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        compare_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        compare_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.compare_table.setColumnWidth(0, 170)
        self.compare_table.setHorizontalHeaderLabels(
            ["", self.tr("Versione precedente"), self.tr("Versione successiva")])
        splitter.addWidget(self.compare_table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([280, 720])
        layout.addWidget(splitter, 1)
        self.compare_area = splitter
        self.comparison: Comparison | None = None

    def set_versions(self, versions: list[VersionInfo]) -> None:
        self.table.setRowCount(len(versions))
        for row, v in enumerate(versions):
            values = [str(v.number), formats.day(v.created_on), v.reason, v.author,
                      formats.day_time(v.signed_at) or self.tr("non firmata"),
                      short_fingerprint(v.fingerprint) if v.fingerprint else "—"]
            for column, text in enumerate(values):
                item = _item(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setFixedHeight(min(36 + 28 * max(len(versions), 1), 176))
        numbers = [v.number for v in versions]
        for box, default in ((self.old_box, numbers[-2] if len(numbers) > 1 else numbers[0]),
                             (self.new_box, numbers[-1])):
            current = box.currentData()
            box.clear()
            for n in numbers:
                box.addItem(str(n), n)
            box.setCurrentIndex(box.findData(current if current in numbers else default))
        single = len(numbers) < 2
        self.compare_button.setEnabled(not single)
        self.compare_area.setVisible(not single)
        self.hint.setText(self.tr(
            "C'è una sola versione: il confronto sarà possibile dopo una «Modifica in "
            "itinere».") if single else self.tr(
            "Una versione firmata si confronta com'era al momento della firma; quella in "
            "preparazione com'è ora, compresi i cambiamenti salvati."))

    def select(self, old: int, new: int) -> None:
        self.old_box.setCurrentIndex(self.old_box.findData(old))
        self.new_box.setCurrentIndex(self.new_box.findData(new))

    def _request(self) -> None:
        old, new = self.old_box.currentData(), self.new_box.currentData()
        if old is not None and new is not None:
            self.compare_requested.emit(old, new)

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.diff_list.clear()
        for text in comparison.changes:
            self.diff_list.addItem(QListWidgetItem(text))
        if not comparison.changes:
            self.diff_list.addItem(self.tr("Nessuna differenza tra le due versioni."))
        self.diff_title.setText(self.tr("Differenze (%1)").replace("%1", str(len(comparison.changes))))
        table = self.compare_table
        table.setHorizontalHeaderLabels(["", comparison.old_title, comparison.new_title])
        table.clearSpans()
        table.setRowCount(0)
        section = None
        for row in comparison.rows:
            if row.section != section:
                section = row.section
                self._section_row(section)
            self._row(row.label, row.old, row.new, row.change)
        table.resizeRowsToContents()
        self._filter_rows()
        QTimer.singleShot(0, self._scroll_to_first_change)  # once the rows have their height

    def _scroll_to_first_change(self) -> None:
        table = self.compare_table
        first = next((r for r in range(table.rowCount()) if table.item(r, 0) is not None
                      and table.item(r, 0).data(CHANGE_ROLE)), None)
        if first is not None:
            table.scrollToItem(table.item(first, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    def _filter_rows(self) -> None:
        """With «Solo le differenze», hide the rows (and sections) that did not change."""
        table, only = self.compare_table, self.only_changes.isChecked()
        section_row, section_changed = None, False
        for r in range(table.rowCount()):
            item = table.item(r, 0)
            if table.columnSpan(r, 0) == 3:  # a section heading
                if section_row is not None:
                    table.setRowHidden(section_row, only and not section_changed)
                section_row, section_changed = r, False
                continue
            changed = bool(item.data(CHANGE_ROLE))
            section_changed = section_changed or changed
            table.setRowHidden(r, only and not changed)
        if section_row is not None:
            table.setRowHidden(section_row, only and not section_changed)

    def _section_row(self, title: str) -> None:
        table = self.compare_table
        r = table.rowCount()
        table.insertRow(r)
        item = _item(title)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setBackground(QBrush(SECTION_BACKGROUND))
        table.setItem(r, 0, item)
        table.setSpan(r, 0, 1, 3)

    def _row(self, label: str, old: str, new: str, change: str) -> None:
        table = self.compare_table
        r = table.rowCount()
        table.insertRow(r)
        head = _item(CHANGE_MARKS.get(change, "") + label)
        cells = [head, _item(old or ("—" if change else "")), _item(new or ("—" if change else ""))]
        for item in cells:
            item.setData(CHANGE_ROLE, change)
        if change:
            font = QFont(head.font())
            font.setBold(True)
            head.setFont(font)
            head.setToolTip(change)
            if change in ("modificato", "tolto"):
                cells[1].setBackground(QBrush(OLD_BACKGROUND))
            if change in ("modificato", "aggiunto"):
                cells[2].setBackground(QBrush(NEW_BACKGROUND))
            if change == "tolto":
                struck = QFont(cells[1].font())
                struck.setStrikeOut(True)
                cells[1].setFont(struck)
        for column, item in enumerate(cells):
            table.setItem(r, column, item)

    def marked_rows(self) -> list[tuple[str, str, str, str]]:
        """The rows shown as different: (label, old, new, kind of change)."""
        out = []
        for r in range(self.compare_table.rowCount()):
            head = self.compare_table.item(r, 0)
            change = head.data(CHANGE_ROLE) if head is not None else None
            if change:
                out.append((head.text(), self.compare_table.item(r, 1).text(),
                            self.compare_table.item(r, 2).text(), change))
        return out

    def changes_listed(self) -> list[str]:
        return [self.diff_list.item(i).text() for i in range(self.diff_list.count())]
