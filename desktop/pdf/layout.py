"""The flowables every Tessere PDF is made of, drawn cheaply: text as lines
where a Paragraph would break it (``Words``, ``Text``), grids, rows; with the
fonts, colours, geometry and styles of ``desktop.pdf.style``, offered here too
(callers use ``layout as L``). The document template made of sections is
``desktop.pdf.document``.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.geomutils import normalizeTRBL
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import split as split_words, strip as strip_spaces
from reportlab.platypus.tables import CellStyle

from desktop.pdf.style import (
    ACCENT, BAND, BOTTOM, CONTENT_W, FONT, FONT_BOLD, FONT_BOLD_ITALIC, FONT_ITALIC, INK,
    MARGIN_X, MUTED, MUTED_HEX, PAGE_H, PAGE_W, RULE, TOP, USER_FACES, Styles, one_line, plain,
    register_fonts, styles, text,
)

__all__ = [  # the style's names, offered with the flowables
    "ACCENT", "BAND", "BOTTOM", "CONTENT_W", "FONT", "FONT_BOLD", "FONT_BOLD_ITALIC",
    "FONT_ITALIC", "INK", "MARGIN_X", "MUTED", "MUTED_HEX", "PAGE_H", "PAGE_W", "RULE", "TOP",
    "USER_FACES", "Styles", "one_line", "plain", "register_fonts", "styles", "text",
    "Cell", "BoldCell", "cell", "grid", "Words", "Text", "Row", "SignatureLine",
    "CELL_SIZE", "CELL_LEADING", "CELL_PAD", "CELL_TOP", "CELL_BOTTOM", "NOTE_SIZE",
]

CELL_SIZE, CELL_LEADING, CELL_PAD = 8.8, 11.2, 4  # the ``cell`` style, and grid's padding
NOTE_SIZE = 7.5  # a cell's note, under its text


class Cell(str):
    """A grid cell's text, already ``plain``. ``grid`` draws it as the table's
    own text lines, broken where a Paragraph would break it: a Paragraph per
    cell (markup parsing, a flowable to wrap and draw) was most of a patto's
    printing time. A note goes on the lines under it, smaller and muted."""

    bold = False
    note = ""


class BoldCell(Cell):
    bold = True


def cell(value: Any, bold: bool = False, note: str = "") -> Cell:
    """User text for a ``grid`` cell (in bold for labels and headers), with
    an optional note under it (e.g. the goal a support is for), drawn as
    given: build it with ``plain`` on each user value in it."""
    out = (BoldCell if bold else Cell)(plain(value))
    out.note = note
    return out


class _Noted(str):
    """A noted cell's lines: its own ``main`` lines, then the note's."""

    main = 0


def _markup(value: Cell) -> str:
    """A cell for a Paragraph, when only a Paragraph can draw it."""
    out = escape(value).replace("\n", "<br/>")
    if value.note:
        note = escape(value.note).replace("\n", "<br/>")
        out += f"<br/><font color='{MUTED_HEX}' size={NOTE_SIZE}>{note}</font>"
    return out


def _lines(value: str, font: str, width: float, size: float = CELL_SIZE, *,
           by_letters: bool = True) -> list[str] | None:
    """``value`` broken into lines as reportlab's Paragraph breaks one plain
    run of text: the same word split, the same greedy fit with its 5 % space
    shrinkage, a word wider than the column split by letters where it splits
    one (``_by_letters``). None for what only a Paragraph can draw: a soft
    hyphen, a blank line inside the text, and a word to split by letters
    unless ``by_letters`` (a Paragraph of two styles splits it otherwise)."""
    if not strip_spaces(value):
        return [""]
    if "\xad" in value:
        return None
    measure = pdfmetrics.getFont(font).stringWidth
    space = measure(" ", size)
    shrink = rl_config.spaceShrinkage * space
    out: list[str] = []
    for raw in value.split("\n"):
        words = split_words(strip_spaces(raw))
        if not words:
            return None
        words.reverse()  # popped from the end: the first word first
        line: list[str] = []
        used, forced = -space, False
        while words:
            word = words.pop()
            piece = isinstance(word, _Piece)
            forced = forced or (piece and not word)
            wide = measure(word, size)
            new = used + space + wide
            limit = width + shrink * len(line)
            if new > limit and not forced and not piece and wide > width:
                if not by_letters:
                    return None
                words += reversed(_by_letters(word, used + space, width, measure, size))
                forced = True
                continue
            if new <= limit or not line or forced:
                if word:
                    line.append(word)
                if forced:  # the first part of a split word ends its line
                    out.append(" ".join(line))
                    line, used, forced = [], -space, False
                else:
                    used = new
            else:
                out.append(" ".join(line))
                line, used = [word], wide
        if line:
            out.append(" ".join(line))
    return out


class _Piece(str):
    """Part of a word split by letters (reportlab's ``_SplitWord``)."""


def _by_letters(word: str, used: float, width: float, measure, size: float) -> list[str]:
    """A word too wide for its column in parts, as reportlab's ``_splitWord``
    cuts it: the first part fills what is left of the line (maybe nothing),
    each next one a whole line."""
    parts: list[str] = []
    part = ""
    for char in word:
        wide = measure(char, size)
        now = used + wide
        if now > width and (part or wide <= width):
            parts.append(_Piece(part))
            now, part = wide, ""
        part += char
        used = now
    parts.append(_Piece(part))
    return parts


class Words(Flowable):
    """Short plain text in a paragraph style (a heading, a label, one of
    Tessere's own sentences), drawn as text lines broken where a Paragraph
    would break them, on the Paragraph's background if its style has one:
    most of a Paragraph's cost is its markup parser and fragments, which plain
    text does not need. Text only a Paragraph can draw (see ``_lines``, and a
    bordered style) goes to one. Not split across pages: it moves whole, so
    long user text is a ``Text``."""

    def __init__(self, value: Any, style: ParagraphStyle):
        super().__init__()
        self.style, self.value = style, plain(value)
        self._lines: list[str] = []
        self._para: Paragraph | None = None
        self._wrapped_to: float | None = None

    def _paragraph(self) -> Paragraph:
        if self._para is None:
            self._para = Paragraph(escape(self.value).replace("\n", "<br/>"), self.style)
        return self._para

    def wrap(self, aw, ah):
        st = self.style
        if aw == self._wrapped_to:  # measured again (kept with the next, then placed)
            return self.width, self.height
        lines = None if self._para or (st.borderWidth and st.borderColor) else _lines(
            self.value, st.fontName, aw - st.leftIndent - st.rightIndent, st.fontSize)
        if lines is None:
            self.width, self.height = self._paragraph().wrap(aw, ah)
        else:
            self._lines = [] if lines == [""] else lines
            self.width, self.height = aw, len(self._lines) * st.leading
            self._wrapped_to = aw
        return self.width, self.height

    def split(self, aw, ah):
        return self._para.split(aw, ah) if self._para else []

    def draw(self):
        if self._para:
            self._para.drawOn(self.canv, 0, 0)
            return
        st, c = self.style, self.canv
        if st.backColor:  # where and as a Paragraph paints it
            top, right, bottom, left = normalizeTRBL(st.borderPadding)
            c.saveState()
            c.setFillColor(st.backColor)
            c.rect(st.leftIndent - left, -bottom,
                   self.width - st.leftIndent - st.rightIndent + left + right,
                   self.height + top + bottom, fill=1, stroke=0)
            c.restoreState()
        self._text(c, 0, 0)

    def drawOn(self, canvas, x, y, _sW=0):
        """Plain lines are drawn where they go, their colour inside the text
        object: a flowable's own state saved, moved to and restored (what
        reportlab does for each) was most of a heading's drawing."""
        if self._para is not None or self.style.backColor or getattr(self, "_showBoundary", 0):
            return super().drawOn(canvas, x, y, _sW)
        self._text(canvas, self._hAlignAdjust(x, _sW), y)

    def _text(self, c, x: float, y: float) -> None:
        st = self.style
        text = c.beginText(x + st.leftIndent, y + self.height - st.fontSize)
        text.setFillColor(st.textColor)
        text.setFont(st.fontName, st.fontSize, st.leading)
        for line in self._lines:
            text.textLine(line)
        c.drawText(text)


class Text(Words):
    """Long user text (a wish, what the family expects) drawn as ``Words``
    while it fits where it stands, and split across pages by a Paragraph, as a
    Paragraph would split it, when it does not."""

    def split(self, aw, ah):
        self._wrapped_to = None  # whatever comes of it is drawn by the Paragraph
        return self._paragraph().split(aw, ah)


CELL_TOP, CELL_BOTTOM = 3, 4  # grid's vertical padding


class _GridCell(CellStyle):
    """A grid cell's style, its values on the class: a TableStyle command over
    the whole table is a Python call per cell, for every cell of every grid."""

    fontname = FONT
    fontsize = CELL_SIZE
    leading = CELL_LEADING
    color = INK
    valign = "TOP"
    topPadding, bottomPadding = CELL_TOP, CELL_BOTTOM
    leftPadding = rightPadding = CELL_PAD


class _BoldGridCell(_GridCell):
    fontname = FONT_BOLD


class _Grid(Table):
    """A Table that draws its runs of text cells as one text object each:
    reportlab's own draws each line of each cell as a text object of its own
    (font, colour and position set again each time), a visible share of a
    patto's drawing. What is drawn, and in which order, stays the same."""

    _drawing = False
    _text = None  # the text object being filled, while the table draws

    def draw(self):
        self._drawing, self._text = True, None
        try:
            super().draw()
        finally:
            self._drawing, self._text = False, None

    def _flush(self) -> None:
        """Draw the text gathered so far (before a flowable cell, before the rules)."""
        if self._text is not None:
            c = self.canv
            c.saveState()  # the text object's font and colour stay inside it
            c.drawText(self._text)
            c.restoreState()
            self._text = None

    def _drawLines(self):
        self._flush()
        super()._drawLines()

    def _drawCell(self, cellval, cellstyle, pos, size):
        if (not self._drawing or not isinstance(cellval, str) or cellstyle.valign != "TOP"
                or cellstyle.alignment not in ("LEFT", "RIGHT") or cellstyle.direction
                or cellstyle.shaping or cellstyle.href or cellstyle.destination):
            self._flush()
            return super()._drawCell(cellval, cellstyle, pos, size)
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        font, fontsize, leading = cellstyle.fontname, cellstyle.fontsize, cellstyle.leading
        colour = cellstyle.color
        note = getattr(cellval, "main", -1)  # where a noted cell's note starts
        y = rowpos + rowheight - cellstyle.topPadding - fontsize
        for n, line in enumerate(cellval.split("\n")):
            if n == note:
                font, fontsize, colour = FONT, NOTE_SIZE, MUTED
            if line:
                if cellstyle.alignment == "LEFT":
                    x = colpos + cellstyle.leftPadding
                else:
                    x = colpos + colwidth - cellstyle.rightPadding - stringWidth(line, font, fontsize)
                text = self._text
                if text is None:
                    text = self._text = self.canv.beginText(x, y)
                    self._font = self._colour = None
                elif (x, y) != (text._x0, text._y0):  # else the last line ended there
                    text.setTextOrigin(x, y)
                if self._font != (font, fontsize, leading):
                    text.setFont(font, fontsize, leading)
                    self._font = (font, fontsize, leading)
                if self._colour is not colour:  # (Color's == is Python, called often)
                    text.setFillColor(colour)
                    self._colour = colour
                text.textLine(line)  # a line end after each, as text extraction reads it
            y -= leading


def grid(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True,
         extra: Iterable[tuple] = ()) -> Table:
    """A readable table: a tinted header row repeated on each page, thin rules.
    ``cell`` values are wrapped here to their column and drawn as text lines;
    other plain strings are drawn as they are (so they pass ``plain``); flowables
    as given. A row of text only gets its height here, from its lines, as
    reportlab would measure it."""
    st = styles()
    data: list[list[Any]] = []
    cell_styles: list[list[CellStyle]] = []
    heights: list[float | None] = []
    for row in rows:
        out: list[Any] = []
        out_styles: list[CellStyle] = []
        tallest: int | None = 1
        for c, value in enumerate(row):
            bold = isinstance(value, Cell) and value.bold
            if isinstance(value, Cell):
                width = widths[c] - 2 * CELL_PAD
                plain_run = not value.note
                lines = _lines(value, FONT_BOLD if bold else FONT, width, by_letters=plain_run)
                note = [] if plain_run else _lines(value.note, FONT, width, NOTE_SIZE,
                                                   by_letters=False)
                if lines is None or note is None or (note and lines == [""]):
                    value = Paragraph(_markup(value), st.cell_bold if bold else st.cell)
                    bold = False  # its own style says so
                elif note:
                    value = _Noted("\n".join(lines + note))
                    value.main = len(lines)
                else:
                    value = "\n".join(lines)
            elif isinstance(value, str):
                value = plain(value)
            if isinstance(value, str):
                tallest = tallest and max(tallest, value.count("\n") + 1)
            else:
                tallest = None
            out.append(value)
            out_styles.append((_BoldGridCell if bold else _GridCell)(""))
        data.append(out)
        cell_styles.append(out_styles)
        # reportlab's own sum for a text cell (_calc_height), so the layout stays the same
        heights.append(None if tallest is None else
                       CELL_LEADING * tallest + (CELL_BOTTOM + CELL_TOP))
    table = _Grid(data, colWidths=list(widths), rowHeights=heights, cellStyles=cell_styles,
                  repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple] = [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), BAND),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK)]
    commands += list(extra)
    table.setStyle(TableStyle(commands))
    return table



# ---------------------------------------------------------------- flowables
class SignatureLine(Flowable):
    """A line to sign on, with its caption underneath."""

    def __init__(self, width: float, caption: str = "Firma"):
        super().__init__()
        self.width, self.height, self.caption = width, 10, caption

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.line(0, self.height, self.width, self.height)
        c.setFillColor(MUTED)
        c.setFont(FONT, 7.5)
        c.drawString(0, self.height - 9, one_line(self.caption))


class Row(Flowable):
    """Flowables side by side, a column each, laid out as a one-row Table of
    these widths lays them out (each column stacked from its top or its bottom
    inside the paddings; the row as tall as its tallest column, or ``height``;
    a ``box`` of (weight, colour) drawn round it as the Table draws one), with
    none of the Table's machinery: its styles, its cell-by-cell state and
    measuring each cell again to draw it were most of a signature block's
    time. Not split across pages."""

    def __init__(self, columns: Sequence[tuple[Sequence[Flowable], str]], widths: Sequence[float],
                 *, padding: tuple[float, float, float, float] = (3, 6, 3, 6),
                 height: float | None = None, box: tuple[float, Any] | None = None):
        super().__init__()
        self.columns, self.widths, self.box = columns, list(widths), box
        self.padding, self._fixed = padding, height
        self.hAlign = "CENTER"  # a Table's default
        self._heights: list[list[float]] = []

    def wrap(self, aw, ah):
        top, right, bottom, left = self.padding
        canv = getattr(self, "canv", None)  # (measured before it is placed)
        self._heights = [[v.wrapOn(canv, width - left - right, 72000)[1] for v in flowables]
                         for (flowables, _), width in zip(self.columns, self.widths)]
        self.width = sum(self.widths)
        self.height = self._fixed if self._fixed is not None else max(
            self._stacked(flowables, heights)
            for (flowables, _), heights in zip(self.columns, self._heights)) + (bottom + top)
        return self.width, self.height

    @staticmethod
    def _stacked(flowables: Sequence[Flowable], heights: list[float]) -> float:
        """A column's height as a Table measures a list of flowables (the same
        sums in the same order, so the same positions to the last digit)."""
        if not flowables:
            return 0
        total = 0
        for v, h in zip(flowables, heights):
            total += h + v.getSpaceAfter() + v.getSpaceBefore()
        return total - flowables[0].getSpaceBefore() - flowables[-1].getSpaceAfter()

    def draw(self):
        c = self.canv
        top, right, bottom, left = self.padding
        c.saveState()
        x = 0
        for ((flowables, valign), heights), width in zip(zip(self.columns, self._heights), self.widths):
            if valign == "TOP":
                y = self.height - top
            else:
                y = bottom + self._stacked(flowables, heights)
            if flowables:
                y += flowables[0].getSpaceBefore()
            for v, h in zip(flowables, heights):
                y -= v.getSpaceBefore()
                y -= h
                v.drawOn(c, x + left, y)
                y -= v.getSpaceAfter()
            x += width
        if self.box is not None:
            weight, colour = self.box
            c.saveState()
            c.setLineCap(1)
            c.setLineJoin(1)
            c.setStrokeColor(colour)
            c.setLineWidth(weight)
            c.line(0, self.height, self.width, self.height)
            c.line(0, 0, self.width, 0)
            c.line(0, 0, 0, self.height)
            c.line(self.width, 0, self.width, self.height)
            c.restoreState()
        c.restoreState()
