"""The indicators for the Piano di Zona / bilancio sociale as an A4 report:
each table with its chart (reportlab's own charts, in the document's DejaVu
fonts), as the export gives them (``desktop.reports.export``: pseudonymised,
small counts suppressed; this module reads the tables' fields only, as printed
documents build on the core alone)."""
from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop.core import formats
from desktop.pdf import layout as L
from desktop.pdf.document import Section, build

TITLE = "Indicatori per il Piano di Zona"
SERIES = (L.ACCENT, colors.HexColor("#d97706"), colors.HexColor("#2f855a"))
MOST_BARS = 12  # a chart shows the largest rows; the table beside it has them all


def _numeric(value) -> float | None:
    """A figure to plot; None (no bar: a gap) for a suppressed count («<5»)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None if isinstance(value, str) else 0.0


def _chart(table: Any) -> Drawing | None:
    if not any(_numeric(v) for r in table.rows for v in r[1:]):
        return None
    series = list(range(1, len(table.columns)))
    if table.key == "attivazioni_risorsa":
        series = [1]  # the count; waits are read in the table
    scale = [100.0 if n in table.money else 1.0 for n in series]
    if table.chart == "line":
        return _columns_chart(table, table.rows, series)
    rows = [r for r in table.rows if any(_numeric(v) for v in r[1:])][:MOST_BARS]
    height = 18 + len(rows) * (9 + 5 * len(series))
    legend = 14 if len(series) > 1 else 0
    drawing = Drawing(L.CONTENT_W, height + 14 + legend)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 14
    chart.width, chart.height = L.CONTENT_W - 70 * mm, height
    chart.data = [[None if (v := _numeric(r[n])) is None else v / s for r in reversed(rows)]
                  for n, s in zip(series, scale)]
    chart.categoryAxis.categoryNames = [_short(str(r[0])) for r in reversed(rows)]
    chart.categoryAxis.labels.fontName = L.FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = L.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: formats.number(v)
    chart.barSpacing, chart.groupSpacing = 1, 5
    for n in range(len(series)):
        chart.bars[n].fillColor = SERIES[n % len(SERIES)]
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    if legend:
        drawing.add(_legend(table, series, L.CONTENT_W - 8 * mm, height + 14 + legend - 2))
    return drawing


def _columns_chart(table: Any, rows: Sequence[tuple], series: list[int]) -> Drawing:
    """A series over time (months) as columns side by side: a suppressed month
    is a visible gap, where a line would join its neighbours."""
    drawing = Drawing(L.CONTENT_W, 70 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 12 * mm
    chart.width, chart.height = L.CONTENT_W - 20 * mm, 46 * mm
    chart.data = [[_numeric(r[n]) for r in rows] for n in series]
    chart.categoryAxis.categoryNames = [L.plain(r[0]) for r in rows]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = L.FONT, 7
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    chart.barSpacing, chart.groupSpacing = 1, 6
    for n in range(len(series)):
        chart.bars[n].fillColor = SERIES[n % len(SERIES)]
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    drawing.add(_legend(table, series, L.CONTENT_W - 8 * mm, 68 * mm))
    return drawing


def _legend(table: Any, series: list[int], x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = L.FONT, 7.5
    legend.alignment = "right"
    legend.boxAnchor = "ne"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.colorNamePairs = [(SERIES[n % len(SERIES)], table.columns[c]
                              + (" (€)" if c in table.money else ""))
                             for n, c in enumerate(series)]
    return legend


def _short(text: str, most: int = 34) -> str:
    text = L.plain(text)
    return text if len(text) <= most else text[:most - 1] + "…"


def _section(table: Any) -> list[Flowable]:
    st = L.styles()
    parts: list[Flowable] = [CondPageBreak(60 * mm), Paragraph(L.text(table.title), st.h1)]
    if table.note:
        parts.append(Paragraph(L.text(table.note), st.muted))
    drawing = _chart(table)
    if drawing is not None:
        parts += [Spacer(1, 4), drawing]
    first = L.CONTENT_W * (0.46 if len(table.columns) > 3 else 0.6)
    rest = (L.CONTENT_W - first) / max(1, len(table.columns) - 1)
    rows = [[L.cell(c, bold=True) for c in table.columns]]
    rows += [[L.cell(formats.figure(v, money_cents=n in table.money)) for n, v in enumerate(row)] for row in table.rows]
    if len(rows) == 1:
        rows.append([L.cell("Nessun dato nel periodo.")] + [L.cell("")] * (len(table.columns) - 1))
    parts += [Spacer(1, 4), L.grid(rows, [first] + [rest] * (len(table.columns) - 1)),
              Spacer(1, 8)]
    return parts


def indicators_pdf(tables: list[Any], start: dt.date, end: dt.date, districts: list[str], *,
                   organisation: str = "Tessere", demo: bool = False) -> bytes:
    """The report as an A4 PDF in memory; ``tables`` as ``reports.export.export_tables``
    gives them (``key``, ``title``, ``note``, ``columns``, ``rows``, ``chart``, ``money``)."""
    st = L.styles()
    period = f"{formats.day(start)} – {formats.day(end)}"
    story: list[Flowable] = [
        Paragraph(TITLE, st.title),
        Paragraph(L.text(f"Periodo {period} · distretti: {', '.join(districts) or 'tutti'}"),
                  st.subtitle),
        Paragraph(L.text("Dati aggregati e pseudonimizzati: nessun nome né codice fiscale; i "
                         "numeri da 1 a 4 sono indicati come «<5» e mancano dai "
                         "grafici. Chi è seguito da due "
                         "distretti ed è stato riconosciuto come la stessa persona conta una "
                         "volta."), st.muted),
        Spacer(1, 6),
    ]
    for table in tables:
        story += _section(table)
    footer = f"{TITLE} · {period}" + (" · DATABASE DIMOSTRATIVO" if demo else "")
    section = Section(organisation=L.one_line(organisation), header=TITLE, footer=footer)
    return build([(section, story)], title=TITLE)
