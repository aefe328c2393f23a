"""The same person followed by two districts: the candidate pairs, best first,
each shown side by side with the evidence and its score; the coordinator says
«Stessa persona», «Persone diverse» or «Da verificare». Decided pairs are listed
apart and a decision can be undone: nothing is ever merged
(``desktop.core.matching``)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.matching import DECISIONS
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import coordinamento as ops
from desktop.ui.operations import show_failure

FIELDS = (("Cognome", lambda r: r.last_name), ("Nome", lambda r: r.first_name),
          ("Nato/a il", lambda r: formats.day(r.birth_date) if r.birth_date else "—"),
          ("Luogo di nascita", lambda r: r.birth_place or "—"),
          ("Sesso", lambda r: r.sex or "—"),
          ("Codice fiscale", lambda r: r.codice_fiscale or "—"))


def _who(record, district: str) -> str:
    return f"{record.last_name} {record.first_name} ({district or '—'})"


def _pair_columns(tr) -> list[Column]:
    return [
        Column(tr("Punteggio"), lambda p: f"{p.score:.2f}", Qt.AlignmentFlag.AlignRight,
               tooltip=lambda p: "\n".join(p.evidence)),
        Column(tr("Prima scheda (distretto)"), lambda p: _who(p.a, p.district_a)),
        Column(tr("Seconda scheda (distretto)"), lambda p: _who(p.b, p.district_b)),
    ]


def _table(model: RowsModel, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setObjectName("dataTable")
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    view.setFrameShape(QFrame.Shape.NoFrame)
    return view


class PairsReview(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pairsReview")
        self.store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        title = QLabel(self.tr("Stesse persone in più distretti"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.tabs = QTabWidget()
        self.pairs_model = RowsModel(_pair_columns(self.tr), store, parent=self)
        self.pairs = _table(self.pairs_model, (80, 230))
        self.pairs.setAccessibleName(self.tr("Coppie da decidere"))
        columns = _pair_columns(self.tr)
        columns.insert(1, Column(self.tr("Decisione"), lambda d: DECISIONS[d.decision]))
        self.decided_model = RowsModel(
            [Column(c.header, (lambda d, f=c.value: f(d.pair)) if n != 1 else c.value, c.align)
             for n, c in enumerate(columns)], store, parent=self)
        self.decided = _table(self.decided_model, (80, 120, 200))
        self.decided.setAccessibleName(self.tr("Coppie decise"))
        self.tabs.addTab(self.pairs, self.tr("Da decidere"))
        self.tabs.addTab(self.decided, self.tr("Decise"))
        body.addWidget(self.tabs, 3)
        body.addWidget(self._detail(), 2)
        for view in (self.pairs, self.decided):
            view.selectionModel().currentRowChanged.connect(self._show)
        self.tabs.currentChanged.connect(lambda _n: self._show())
        self.pairs_model.loaded.connect(self._counted)
        self._show()

    def _detail(self) -> QWidget:
        box = QFrame()
        box.setObjectName("factsCard")
        layout = QVBoxLayout(box)
        self.grid = QGridLayout()
        self.cells: list[tuple[QLabel, QLabel]] = []
        for row, (label, _value) in enumerate(FIELDS, start=1):
            self.grid.addWidget(QLabel(self.tr(label)), row, 0)
            left, right = QLabel(), QLabel()
            for cell in (left, right):
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(left, row, 1)
            self.grid.addWidget(right, row, 2)
            self.cells.append((left, right))
        self.heads = (QLabel(), QLabel())
        self.grid.addWidget(self.heads[0], 0, 1)
        self.grid.addWidget(self.heads[1], 0, 2)
        layout.addLayout(self.grid)
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.evidence.setObjectName("evidence")
        layout.addWidget(self.evidence)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.same_button = QPushButton(self.tr("Stessa persona"))
        self.same_button.setObjectName("samePersonButton")
        self.other_button = QPushButton(self.tr("Persone diverse"))
        self.other_button.setObjectName("otherPeopleButton")
        self.later_button = QPushButton(self.tr("Da verificare"))
        self.later_button.setObjectName("toVerifyButton")
        self.undo_button = QPushButton(self.tr("Annulla la decisione"))
        self.undo_button.setObjectName("undoDecisionButton")
        for button, decision in ((self.same_button, "confermato"),
                                 (self.other_button, "respinto"),
                                 (self.later_button, "da_verificare")):
            button.clicked.connect(lambda _=False, d=decision: self._decide(d))
            buttons.addWidget(button)
        self.undo_button.clicked.connect(self._undo)
        buttons.addWidget(self.undo_button)
        layout.addLayout(buttons)
        return box

    def load(self) -> None:
        self.pairs_model.set_source(ops.browse_pairs)
        self.decided_model.set_source(ops.browse_decisions)

    def _counted(self) -> None:
        self.tabs.setTabText(0, self.tr("Da decidere (%1)").replace(
            "%1", str(self.pairs_model.rowCount())))

    def _current(self):
        """(pair, decided) of the selected row of the tab on view, or (None, None)."""
        on_pairs = self.tabs.currentIndex() == 0
        view, model = (self.pairs, self.pairs_model) if on_pairs else \
            (self.decided, self.decided_model)
        index = view.currentIndex()
        if not index.isValid():
            return None, None
        row = model.row_at(index.row())
        return (row, None) if on_pairs else (row.pair, row)

    def _show(self, *_args) -> None:
        pair, decided = self._current()
        for button in (self.same_button, self.other_button, self.later_button):
            button.setEnabled(pair is not None and decided is None)
        self.undo_button.setEnabled(decided is not None)
        if pair is None:
            for left, right in self.cells:
                left.setText("")
                right.setText("")
            self.heads[0].setText("")
            self.heads[1].setText("")
            self.evidence.setText(self.tr("Scegli una coppia per confrontare le due schede."))
            return
        self.heads[0].setText(f"<b>{pair.district_a or '—'}</b>")
        self.heads[1].setText(f"<b>{pair.district_b or '—'}</b>")
        for (left, right), (_label, value) in zip(self.cells, FIELDS):
            left.setText(value(pair.a))
            right.setText(value(pair.b))
        said = self.tr("Punteggio %1: ").replace("%1", f"{pair.score:.2f}") + "; ".join(
            pair.evidence)
        if decided is not None:
            said += " — " + self.tr("Deciso: %1.").replace("%1", DECISIONS[decided.decision])
        self.evidence.setText(said)

    def _decide(self, decision: str) -> None:
        pair, _ = self._current()
        if pair is None:
            return
        ops.decide(self, self.store, pair.a.id, pair.b.id, decision) \
            .success(lambda _link: self.load()) \
            .failure(lambda exc: show_failure(self, exc)) \
            .run_in_background()

    def _undo(self) -> None:
        _, decided = self._current()
        if decided is None:
            return
        ops.undo(self, self.store, decided.link_id) \
            .success(lambda _none: self.load()) \
            .failure(lambda exc: show_failure(self, exc)) \
            .run_in_background()
