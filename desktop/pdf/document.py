"""The document template every Tessere PDF is built on: A4 pages made of
*sections*.

A section is one document inside the file (a patto, a cartella summary, a notes
sheet). Each carries its own header text, footer text and draft flag, and is
numbered on its own ("pagina X di Y" counts the pages of that section), so a
visit pack can be split and each part still reads as a whole document.
"""
from __future__ import annotations

import io
from copy import deepcopy
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from desktop.paths import resources_dir
from desktop.pdf.style import (
    ACCENT, BOTTOM, CONTENT_W, FONT, FONT_BOLD, INK, MARGIN_X, MUTED, PAGE_H, PAGE_W, RULE, TOP,
    register_fonts,
)

PRIVACY_LINE = (
    "Documento riservato: contiene dati personali e dati particolari (art. 9 GDPR). "
    "Conservare con cura e non lasciare incustodito."
)


@dataclass
class Section:
    """One document inside the file, with what its pages print around the content.
    The three lines are drawn as given: build them with ``one_line`` on each user
    value (a name, a title), so each value keeps its own direction."""

    organisation: str  # first line of the running header: "ente · distretto"
    header: str  # second line, e.g. "Patto «…» · Ștefan Țurcanu"
    footer: str  # left of the footer, e.g. "Versione 2 · impronta ABCD-…"
    draft: bool = False
    key: int = field(default=0)


class SetSection(Flowable):
    """Zero-size marker placed just before a section's page break: it switches
    the document to the next section so the new page is decorated for it."""

    def __init__(self, doc: "TessereDoc", section: Section):
        super().__init__()
        self._doc, self._section = doc, section
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self._doc.section = self._section


class _Text(PDFTextObject):
    """The text object of a Tessere page (every line, ours or a Paragraph's):
    a line in the first 256 glyphs of an embedded font is encoded with one
    ``str.translate``, where reportlab's own encoding is a Python loop over its
    characters and a patto draws about two hundred short lines. The codes are
    reportlab's (its per-document subset state, read as new characters
    arrive), and so are the bytes written."""

    _enc_font = None  # the font ``_enc`` is for
    _enc = None  # (font, codes, characters) of that font in this document, once it is used there

    def _formatText(self, text):
        if self._enc_font != self._fontname:
            self._enc_font, self._enc = self._fontname, _encoding(self._fontname, self._canvas._doc)
        enc = self._enc
        if enc is not None and text and enc[2].issuperset(text) and not isinstance(text, ShapedStr):
            font, table, _known = enc
            out = f"({self._canvas._escape(text.translate(table).encode('latin-1'))}) Tj"
            if self._curSubset == 0:
                return out
            self._curSubset = 0  # the font was set since: name its first subset
            return (f"{font.getSubsetInternalName(0, self._canvas._doc)} {fp_str(self._fontsize)} Tf "
                    f"{fp_str(self._leading)} TL {out}")
        out = super()._formatText(text)
        if enc is not None:
            _learn(enc, text, self._canvas._doc)
        else:
            self._enc_font = None  # the font may have a state in this document now
        return out


def _encoding(name: str, doc) -> tuple[TTFont, dict[int, int], set[str]] | None:
    """An embedded font's subset-0 code for each character this document has
    used in it (None before its first use, which reportlab's own encoding makes)."""
    font = pdfmetrics.getFont(name)
    state = font.state.get(doc) if font._dynamicFont else None
    if state is None:
        return None
    codes = getattr(state, "tessere_codes", None)
    if codes is None:
        codes = state.tessere_codes = (font, {}, set())
    return codes


def _learn(enc: tuple[TTFont, dict[int, int], set[str]], text: str, doc) -> None:
    font, table, known = enc
    assignments = font.state[doc].assignments
    for char in set(text) - known:
        code = assignments.get(32 if char == "\xa0" else ord(char))  # nbsp prints a space
        if code is not None and code < 256:
            table[ord(char)] = code
            known.add(char)


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers each page so the footer can say "pagina X di Y" per section;
    its text objects are ``_Text``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def beginText(self, x=0, y=0, direction=None):
        return _Text(self, x, y, direction=direction)

    def save(self):
        totals: dict[int, int] = {}
        for state in self._pages:
            key = state["_tessere_section"].key
            totals[key] = totals.get(key, 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            section: Section = state["_tessere_section"]
            seen[section.key] = seen.get(section.key, 0) + 1
            _draw_footer(self, section, seen[section.key], totals[section.key])
            super().showPage()
        super().save()


def _draw_footer(c: rl_canvas.Canvas, section: Section, page: int, total: int) -> None:
    c.saveState()
    y = BOTTOM - 9 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, y + 4 * mm, PAGE_W - MARGIN_X, y + 4 * mm)
    c.setFillColor(INK)
    c.setFont(FONT, 8)
    c.drawString(MARGIN_X, y, section.footer)
    c.drawRightString(PAGE_W - MARGIN_X, y, f"pagina {page} di {total}")
    c.setFillColor(MUTED)
    c.setFont(FONT, 6.8)
    c.drawString(MARGIN_X, y - 4 * mm, PRIVACY_LINE)
    c.restoreState()


@lru_cache(maxsize=1)
def _logo() -> ImageReader | None:
    path = resources_dir() / "logo.png"
    return ImageReader(str(path)) if path.is_file() else None


class _Frame(Frame):
    """reportlab deep-copies the frame each time it measures a group kept
    together (a heading with what follows, a signature block). A frame's
    state is mostly numbers, which a deep copy shares anyway: only its lists
    and dicts go through ``copy.deepcopy``, which walked every value."""

    def __deepcopy__(self, memo):
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update({k: deepcopy(v, memo) if isinstance(v, (list, dict)) else v
                             for k, v in self.__dict__.items()})
        return new


class TessereDoc(BaseDocTemplate):
    """A4 with a running header (ente · distretto, logo), the section's header
    text, a diagonal BOZZA watermark on draft pages, and the numbered footer."""

    def __init__(self, buffer: io.BytesIO, *, title: str, author: str = ""):
        register_fonts()
        super().__init__(buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=TOP, bottomMargin=BOTTOM, title=title, author=author,
                         creator="Tessere", subject=title, lang="it-IT")
        self.logo = _logo()
        self.section: Section | None = None
        frame = _Frame(MARGIN_X, BOTTOM, CONTENT_W, PAGE_H - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, c: rl_canvas.Canvas, doc) -> None:
        section = self.section
        c._tessere_section = section
        c.saveState()
        if section.draft:
            c.setFillColor(colors.Color(0.78, 0.1, 0.1, alpha=0.13))
            c.setFont(FONT_BOLD, 120)
            c.translate(PAGE_W / 2, PAGE_H / 2)
            c.rotate(52)
            c.drawCentredString(0, -40, "BOZZA")
            c.restoreState()
            c.saveState()
        top = PAGE_H - 12 * mm
        x = MARGIN_X
        if self.logo is not None:
            c.drawImage(self.logo, x, top - 9 * mm, width=9 * mm, height=9 * mm,
                        preserveAspectRatio=True, mask="auto")
            x += 11 * mm
        c.setFillColor(ACCENT)
        c.setFont(FONT_BOLD, 9)
        c.drawString(x, top - 3.2 * mm, section.organisation)
        c.setFillColor(MUTED)
        c.setFont(FONT, 8)
        c.drawString(x, top - 7.4 * mm, section.header)
        if section.draft:
            c.setFillColor(colors.HexColor("#b71c1c"))
            c.setFont(FONT_BOLD, 9)
            c.drawRightString(PAGE_W - MARGIN_X, top - 3.2 * mm, "BOZZA – NON FIRMATO")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, top - 10 * mm, PAGE_W - MARGIN_X, top - 10 * mm)
        c.restoreState()


def build(parts: Sequence[tuple[Section, list[Flowable]]], *, title: str) -> bytes:
    """Lay the sections out one after the other into an in-memory PDF."""
    buffer = io.BytesIO()
    doc = TessereDoc(buffer, title=title)
    story: list[Flowable] = []
    for key, (section, flowables) in enumerate(parts):
        section.key = key
        if key == 0:
            doc.section = section
        else:
            story += [SetSection(doc, section), PageBreak()]
        story += flowables
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
