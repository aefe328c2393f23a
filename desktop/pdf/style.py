"""What every Tessere PDF is drawn with: the embedded DejaVu family, the
colours and the page's geometry, the one entry of user text (``plain``), and
the paragraph styles. ``desktop.pdf.layout`` offers all of it with its
flowables, as ``L``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

from desktop.paths import resources_dir
from desktop.pdf.scripts import printable

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
USER_FACES = (FONT, FONT_BOLD)  # the faces any user-entered text is printed in

INK = colors.HexColor("#1f2933")
MUTED_HEX = "#52606d"
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor("#9aa5b1")
BAND = colors.HexColor("#e4e7eb")
ACCENT = colors.HexColor("#1d4e89")

# Streams compressed but not ASCII85-armoured: smaller files, and the pure-Python
# base85 encoder was a visible share of the build time.
rl_config.useA85 = 0

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
TOP = 26 * mm  # room for the running header
BOTTOM = 22 * mm  # room for the footer and the privacy line
CONTENT_W = PAGE_W - 2 * MARGIN_X


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Embed the DejaVu family once per process; returns the regular face name."""
    folder = resources_dir() / "fonts"
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                           (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
                           (FONT_BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    # What a canvas, a chart and a table cell start with, before anything sets a
    # font: else Helvetica and Times-Roman, unembedded, enter every page's
    # resources (a Table sets its cells' font even when they hold only flowables).
    rl_config.canvas_basefontname = FONT
    STATE_DEFAULTS["fontName"] = FONT
    CellStyle.fontname = FONT
    return FONT


# ----------------------------------------------------------------- formats
def plain(value: Any) -> str:
    """Any text as it is drawn: right-to-left scripts in visual order, no
    control characters, U+FFFD for what the font lacks (``desktop.pdf.scripts``).
    Every string that reaches a page goes through here."""
    register_fonts()
    return printable(value, USER_FACES)


def text(value: Any) -> str:
    """Plain text made safe for reportlab's mini-markup, line breaks kept."""
    return escape(plain(value)).replace("\n", "<br/>")


def one_line(value: Any) -> str:
    """Text for one line drawn on the canvas (header, footer): breaks become spaces."""
    return plain(value).replace("\n", " ")


# ------------------------------------------------------------------ styles
@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    person: ParagraphStyle  # a person's name heading a block
    wish: ParagraphStyle
    small_bold: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=13.5,
                          textColor=INK, alignment=TA_LEFT)
    return Styles(
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        muted=ParagraphStyle("muted", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=base, fontSize=8.8, leading=11.2),
        cell_bold=ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8.8,
                                 leading=11.2),
        title=ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21,
                             textColor=ACCENT, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14,
                                textColor=MUTED, spaceAfter=6),
        h1=ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16,
                          textColor=ACCENT, spaceBefore=10, spaceAfter=4, keepWithNext=True),
        h2=ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                          spaceBefore=6, spaceAfter=2, keepWithNext=True),
        person=ParagraphStyle("person", parent=base, fontName=FONT_BOLD, fontSize=13, leading=14,
                              spaceBefore=6, spaceAfter=2, keepWithNext=True),
        wish=ParagraphStyle("wish", parent=base, fontSize=11, leading=15, leftIndent=8,
                            rightIndent=8,
                            borderPadding=(6, 6, 6, 8), backColor=colors.HexColor("#f0f4f8"),
                            borderColor=ACCENT, borderWidth=0, spaceBefore=4, spaceAfter=8),
        small_bold=ParagraphStyle("smallb", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                                  leading=11),
    )
