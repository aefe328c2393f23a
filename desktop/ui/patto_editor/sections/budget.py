"""«Budget»: the lines with their funding source, committed and spent, and the
totals per source and per axis, updated on every keystroke. What was spent
stays open on a signed patto."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from desktop.core import formats
from desktop.core.patti.form import EditorData, Form, Reference, new_row, totals
from desktop.ui.patto_editor.sections.base import Section, add_button, card
from desktop.ui.patto_editor.widgets import (
    ChoiceBox, Columns, MoneyEdit, RowList, RowWidget, header_row, line_edit, place,
)


# The description says what the money is for: it gets the room, the combos
# show their choice in full in the drop-down and as a tooltip.
BUDGET_COLUMNS: Columns = [("Fonte di finanziamento", 180), ("Asse", 140), ("Descrizione", None),
                           ("", 84), ("Impegnato €", 100), ("Speso €", 100)]


class BudgetRow(RowWidget):
    def __init__(self, row: dict, ref: Reference, parent: QWidget | None = None):
        super().__init__(row, parent)
        self.setObjectName("budgetRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(8)
        self.source = ChoiceBox(ref.sources, empty=self.tr("Scegli la fonte…"))
        self.source.set_code(row["funding_source"])
        self.source.currentTextChanged.connect(self.source.setToolTip)
        self.source.setToolTip(self.source.currentText())
        self.axis = ChoiceBox(ref.axes, empty=self.tr("Trasversale"))
        self.axis.set_code(row["axis"])
        self.description = line_edit(row["description"])
        self.description.setPlaceholderText(self.tr("Per che cosa"))
        self.description.setMinimumWidth(220)
        self.description.textChanged.connect(self.description.setToolTip)
        self.description.setToolTip(self.description.text())
        self.in_kind = QCheckBox(self.tr("in natura"))
        self.in_kind.setToolTip(self.tr("Valore di beni o tempo donati, non denaro"))
        self.in_kind.setChecked(bool(row["in_kind"]))
        self.committed = MoneyEdit()
        self.committed.setObjectName("committed")
        self.committed.setText(row["committed"])
        self.spent = MoneyEdit()
        self.spent.setObjectName("spent")
        self.spent.setText(row["spent"])
        place(layout, [self.source, self.axis, self.description, self.in_kind, self.committed,
                       self.spent], BUDGET_COLUMNS)
        layout.addWidget(self.remove_button)
        self.watch(self.source, self.axis, self.description, self.in_kind, self.committed,
                   self.spent)

    def value(self) -> dict:
        return {**self.row, "funding_source": self.source.code(), "axis": self.axis.code(),
                "description": self.description.text(), "in_kind": self.in_kind.isChecked(),
                "committed": self.committed.text(), "spent": self.spent.text()}

    def editable_widgets(self) -> list[QWidget]:
        # What was spent stays open after signing: spending happens while the patto runs.
        return [self.source, self.axis, self.description, self.in_kind, self.committed]


class TotalsPanel(QWidget):
    """Totals per funding source and per axis (the core's budget_totals over what is
    typed), updated on every keystroke."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        source_card, source = card(self.tr("Per fonte di finanziamento"))
        self.source_grid = QGridLayout()
        self.source_grid.setHorizontalSpacing(16)
        self.source_grid.setVerticalSpacing(4)
        source.addLayout(self.source_grid)
        source.addStretch(1)
        axis_card, axis = card(self.tr("Per asse"))
        self.axis_grid = QGridLayout()
        self.axis_grid.setHorizontalSpacing(16)
        self.axis_grid.setVerticalSpacing(4)
        axis.addLayout(self.axis_grid)
        axis.addStretch(1)
        total_card, total = card(self.tr("Totale impegnato"))
        self.total = QLabel()
        self.total.setObjectName("bigNumber")
        total.addWidget(self.total)
        self.total_note = QLabel()
        self.total_note.setObjectName("cardNote")
        self.total_note.setWordWrap(True)
        total.addWidget(self.total_note)
        total.addStretch(1)
        layout.addWidget(source_card, 5)
        layout.addWidget(axis_card, 3)
        layout.addWidget(total_card, 3)
        self._by_source: dict[str, tuple[str, str]] = {}
        self._by_axis: dict[str, str] = {}

    def show_totals(self, rows: list[dict], ref: Reference) -> None:
        result, skipped = totals(rows)
        sources = {c.code: c.label for c in ref.sources}
        self._by_source = {
            sources.get(code, code) or self.tr("Fonte da scegliere"):
                (formats.money(cents), formats.money(result.spent_by_source.get(code, 0)))
            for code, cents in result.committed_by_source.items()}
        _fill_grid(self.source_grid, [self.tr("Fonte"), self.tr("Impegnato"), self.tr("Speso")],
                   [(name, *values) for name, values in self._by_source.items()])
        axes = {c.code: c.label for c in ref.axes}
        order = [c.code for c in ref.axes] + ["trasversale"]
        self._by_axis = {axes.get(code, self.tr("Trasversale")):
                         formats.money(result.committed_by_axis[code])
                         for code in order if code in result.committed_by_axis}
        _fill_grid(self.axis_grid, [self.tr("Asse"), self.tr("Impegnato")],
                   list(self._by_axis.items()))
        self.total.setText(formats.money(result.committed_total))
        notes = [self.tr("speso %1").replace("%1", formats.money(result.spent_total))]
        if result.in_kind_total:
            notes.append(self.tr("di cui in natura %1").replace(
                "%1", formats.money(result.in_kind_total)))
        if skipped:
            notes.append(self.tr("%n righe con un importo da correggere non sono contate", "",
                                 skipped))
        self.total_note.setText(" · ".join(notes))

    def by_source(self) -> dict[str, tuple[str, str]]:
        """What the panel shows per source: label -> (impegnato, speso)."""
        return dict(self._by_source)

    def by_axis(self) -> dict[str, str]:
        return dict(self._by_axis)


def _fill_grid(grid: QGridLayout, headers: list[str], rows: list[tuple[str, ...]]) -> None:
    while grid.count():
        grid.takeAt(0).widget().deleteLater()
    for column, text in enumerate(headers):
        label = QLabel(text)
        label.setObjectName("columnHeader")
        if column:
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(label, 0, column)
    if not rows:
        empty = QLabel("—")
        empty.setObjectName("cardNote")
        grid.addWidget(empty, 1, 0)
    for r, values in enumerate(rows, start=1):
        for column, text in enumerate(values):
            label = QLabel(text)
            label.setObjectName("totalCell" if column else "totalName")
            if column:
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
            else:
                label.setWordWrap(True)
            grid.addWidget(label, r, column)
    grid.setColumnStretch(0, 1)


class BudgetSection(Section):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.totals = TotalsPanel()
        self.layout_.addWidget(self.totals)
        lines_card, lines = card(self.tr("Voci di budget"), self.tr(
            "Ogni voce con la sua fonte, in denaro o in natura: impegnato e speso. Gli importi "
            "si scrivono all'italiana (1.234,56). Lo speso resta aggiornabile anche a patto "
            "firmato."))
        lines.addWidget(header_row(BUDGET_COLUMNS))
        self.rows = RowList(lambda row: BudgetRow(row, self.reference),
                            self.tr("Nessuna voce di budget."))
        self.rows.changed.connect(self.changed)
        lines.addWidget(self.rows)
        lines.addWidget(self.message)
        self.add = add_button(self.tr("+ Aggiungi una voce"), "addBudgetLine")
        self.add.clicked.connect(self.add_line)
        lines.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(lines_card)
        self.layout_.addStretch(1)
        self.changed.connect(self._update_totals)

    def add_line(self) -> BudgetRow:
        row = self.rows.add(new_row("budget"))
        row.source.setFocus()
        return row

    def _update_totals(self) -> None:
        if self.reference is not None:
            self.totals.show_totals(self.rows.rows(), self.reference)

    def fill(self, form: Form, data: EditorData) -> None:
        self.reference = data.reference
        self.rows.set_rows(form["budget"])
        self._update_totals()

    def collect(self, form: Form) -> None:
        form["budget"] = self.rows.rows()

    def set_read_only(self, read_only: bool) -> None:
        self.rows.set_read_only(read_only)
        self.add.setVisible(not read_only)
