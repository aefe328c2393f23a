"""Indicatori: the coordinator's figures for the Piano di Zona, each as a chart
(QtCharts) with its table beside it, for a period and the districts chosen;
«Salva XLSX / CSV / PDF» write the pseudonymised export
(``desktop.reports.export``). The figures are read in the background
(``desktop.reports.indicators``); the page keeps the last answer per filter,
so coming back to it shows the charts at once while a fresh read runs."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.ui.operations import coordinamento as ops
from desktop.ui.operations import failure_message, show_failure
from desktop.ui.pages.base import Page

SERIES = ("#1d4e89", "#d97706", "#2f855a")
MOST_BARS = 12


def chart_for(table) -> QChartView | None:
    """The table's chart: bars by row (the largest ``MOST_BARS``), or columns
    by month; money in euro."""
    series_columns = [1] if table.key == "attivazioni_risorsa" else \
        list(range(1, len(table.columns)))
    rows = [r for r in table.rows if any(isinstance(r[n], (int, float)) and r[n]
                                         for n in series_columns)]
    if not rows:
        return None
    months = table.chart == "line"
    rows = list(table.rows) if months else rows[:MOST_BARS]
    series = QBarSeries() if months else QHorizontalBarSeries()
    for k, n in enumerate(series_columns):
        bar = QBarSet(table.columns[n] + (" (€)" if n in table.money else ""))
        bar.setColor(QColor(SERIES[k % len(SERIES)]))
        scale = 100 if n in table.money else 1
        ordered = rows if months else list(reversed(rows))
        for row in ordered:
            value = row[n]
            bar.append(value / scale if isinstance(value, (int, float)) else 0)
        series.append(bar)
    chart = QChart()
    chart.addSeries(series)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setVisible(len(series_columns) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    categories = QBarCategoryAxis()
    labels = [str(r[0]) for r in (rows if months else reversed(rows))]
    categories.append([label if len(label) <= 34 else label[:33] + "…" for label in labels])
    values = QValueAxis()
    values.setLabelFormat("%.0f")
    values.setMin(0)
    if months:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    categories.setTruncateLabels(False)  # a comune's name, whole
    values.applyNiceNumbers()
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(max(200, 40 + 26 * len(rows)) if not months else 260)
    view.setAccessibleName(table.title)
    return view


def table_widget(table) -> QTableWidget:
    widget = QTableWidget(len(table.rows), len(table.columns))
    widget.setHorizontalHeaderLabels(list(table.columns))
    widget.verticalHeader().hide()
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    widget.setAlternatingRowColors(True)
    widget.setShowGrid(False)
    widget.setAccessibleName(table.title)
    for r, row in enumerate(table.rows):
        for n, value in enumerate(row):
            item = QTableWidgetItem(formats.figure(value, money_cents=n in table.money))
            if n:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widget.setItem(r, n, item)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for n in range(1, len(table.columns)):
        header.setSectionResizeMode(n, QHeaderView.ResizeMode.ResizeToContents)
    widget.setMinimumHeight(min(320, 36 + 28 * max(1, len(table.rows))))
    return widget


class IndicatorCard(QFrame):
    """One indicator: title, note, the chart and its table side by side."""

    def __init__(self, table, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("indicatorCard")
        self.table = table
        layout = QVBoxLayout(self)
        title = QLabel(table.title)
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        if table.note:
            note = QLabel(table.note)
            note.setWordWrap(True)
            note.setObjectName("pageSubtitle")
            layout.addWidget(note)
        row = QHBoxLayout()
        self.chart = chart_for(table)
        if self.chart is not None:
            row.addWidget(self.chart, 3)
        row.addWidget(table_widget(table), 2)
        layout.addLayout(row)


class IndicatoriPage(Page):
    watches = frozenset({"person", "case_episode", "patto", "patto_beneficiary", "goal",
                         "budget_line", "attivazione", "verification", "person_link"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self._answers: dict[tuple, list] = {}
        header = self.build_header()
        today = dt.date.today()
        self.start = self._date_edit("periodStart", dt.date(today.year, 1, 1))
        self.end = self._date_edit("periodEnd", today)
        self.district = QComboBox()
        self.district.setObjectName("districtFilter")
        self.district.setAccessibleName(self.tr("Distretto"))
        self.district.addItem(self.tr("Tutti i distretti"), "")
        for label, widget in ((self.tr("Dal"), self.start), (self.tr("al"), self.end),
                              (self.tr("Distretto"), self.district)):
            box = QVBoxLayout()
            box.addWidget(QLabel(label))
            box.addWidget(widget)
            header.addLayout(box)
        self.export_buttons = {}
        for kind, label in (("xlsx", self.tr("Salva XLSX…")), ("csv", self.tr("Salva CSV…")),
                            ("pdf", self.tr("Salva PDF…"))):
            button = QPushButton(label)
            button.setObjectName(f"export_{kind}")
            button.setToolTip(self.tr("Esporta gli indicatori pseudonimizzati (nessun nome né "
                                      "codice fiscale; i numeri da 1 a 4 come «<5»)"))
            button.clicked.connect(lambda _=False, k=kind: self.export(k))
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
            self.export_buttons[kind] = button
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._layout.addWidget(self.scroll, 1)
        self.footer = self.build_footer()
        self.cards: list[IndicatorCard] = []
        self._timer = self.debounce(self.load)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._timer.start)
        self.district.currentIndexChanged.connect(self._timer.start)

    def _date_edit(self, name: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(self.tr("Inizio del periodo") if name == "periodStart"
                               else self.tr("Fine del periodo"))
        return edit

    def subtitle(self) -> str:
        return self.tr("Le cifre per il Piano di Zona: persone, patti, budget, attivazioni, "
                       "verifiche e prese in carico.")

    def filters(self) -> tuple[dt.date, dt.date, tuple[str, ...]]:
        chosen = self.district.currentData()
        return (self.start.date().toPython(), self.end.date().toPython(),
                (chosen,) if chosen else ())

    def load(self) -> None:
        self._timer.stop()
        start, end, districts = self.filters()
        if end < start:
            self.footer.setText(self.tr("La fine del periodo viene prima dell'inizio."))
            return
        if self.district.count() == 1:
            ops.district_choices(self, self.store).success(self._districts).run_in_background()
        key = (start, end, districts)
        if key in self._answers:
            self._show(self._answers[key])
        self.footer.setText(self.tr("Calcolo degli indicatori…"))
        ops.indicator_tables(self, self.store, start, end, districts) \
            .success(lambda tables: self._loaded(key, tables)) \
            .failure(lambda exc: self.footer.setText(failure_message(exc))) \
            .run_in_background()

    def _districts(self, rows) -> None:
        for row in rows:
            self.district.addItem(row.name, row.id)

    def _loaded(self, key: tuple, tables: list) -> None:
        if self._answers.get(key) != tables:
            self._answers[key] = tables
            if key == self.filters():  # still what the page is set to
                self._show(tables)
        self.footer.setText(self.tr("Chi è seguito da due distretti ed è riconosciuto come la "
                                    "stessa persona conta una volta."))

    def _show(self, tables: list) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setSpacing(18)
        self.cards = [IndicatorCard(table, holder) for table in tables]
        for card in self.cards:
            column.addWidget(card)
        column.addStretch(1)
        self.scroll.setWidget(holder)

    def export(self, kind: str) -> None:
        start, end, districts = self.filters()
        names = [self.district.currentText()] if districts else []
        suggested = f"piano-di-zona-{start.isoformat()}-{end.isoformat()}"
        if kind == "csv":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Cartella per i file CSV"))
            path = Path(chosen) / suggested if chosen else None
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Salva gli indicatori"), f"{suggested}.{kind}",
                "Excel (*.xlsx)" if kind == "xlsx" else "PDF (*.pdf)")
            path = Path(chosen) if chosen else None
        if path is not None:
            self.save(kind, path, start, end, districts, names)

    def save(self, kind: str, path: Path, start, end, districts, names) -> None:
        """The export to ``path`` (the file dialog's answer), in the background."""
        self.footer.setText(self.tr("Esportazione in corso…"))
        ops.export(self, self.store, kind, path, start, end, districts, names) \
            .with_progress(self.tr("Esportazione degli indicatori…")) \
            .success(lambda done: self.footer.setText(
                self.tr("Salvato in %1 (pseudonimizzato; l'esportazione è nel registro degli "
                        "accessi).").replace("%1", str(done)))) \
            .failure(lambda exc: show_failure(self, exc)) \
            .run_in_background()


PAGE = IndicatoriPage
