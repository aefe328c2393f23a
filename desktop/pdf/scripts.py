"""User text of any script made printable with the embedded DejaVu fonts.

reportlab draws a string's characters left to right, one glyph each. Its own
right-to-left support needs ``rlbidi``, which is not published on PyPI, so the
text is prepared here instead, once, before any Paragraph or drawString sees it:

- Arabic letters take their joined (contextual) forms through ``arabic_reshaper``,
  limited to the ligatures the font has (vowel marks are not printed);
- each line is put in visual order by the Unicode bidirectional algorithm
  (``python-bidi``'s Python implementation, the one that mirrors brackets), so
  Arabic and Hebrew read right to left inside Italian text;
- control characters go (a line break stays a line break, a tab is a space);
- a character the font lacks (most emoji) prints as U+FFFD, one per run, instead
  of an empty box; a presentation form the font lacks falls back to its letter.

The regular and bold faces are checked (the two every user field is printed
in); the oblique faces have no Arabic and print only Tessere's own wording.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi.algorithm import get_display
from reportlab.pdfbase import pdfmetrics

SUBSTITUTE = "\ufffd"  # what stands for a character no embedded face can draw
ZERO_WIDTH_JOINER = "\u200d"

_LINE_BREAKS = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n",
                              "\t": " ", "\v": "\n", "\f": "\n"})
_RTL_CLASSES = {"R", "AL", "RLE", "RLO", "RLI"}


@lru_cache(maxsize=None)
def _coverage(faces: tuple[str, ...]) -> frozenset[int]:
    """The code points every one of the (registered) faces has a glyph for."""
    maps = [set(pdfmetrics.getFont(face).face.charToGlyph) for face in faces]
    return frozenset(set.intersection(*maps))


@lru_cache(maxsize=None)
def _reshaper(faces: tuple[str, ...]) -> ArabicReshaper:
    cover = _coverage(faces)
    # Vowel marks (harakat) are left out, as the reshaper does by default: drawn
    # one glyph after another they land beside their letter, not on it.
    config: dict[str, Any] = {"delete_harakat": True, "support_ligatures": True}
    for name, (_match, forms) in LIGATURES:
        config[name] = all(ord(f) in cover for form in forms if form for f in form)
    return ArabicReshaper(configuration=config)


@lru_cache(maxsize=None)
def _as_is(faces: tuple[str, ...]) -> frozenset[str]:
    """Characters that print as they are: drawn by every face, left to right,
    neither control, format nor combining characters (a combining accent is
    composed first). Text made only of them (Italian text, nearly always) skips
    the per-character work."""
    return frozenset(
        chr(code) for code in _coverage(faces)
        if unicodedata.category(chr(code)) not in ("Cc", "Cf", "Mn", "Mc", "Me")
        and unicodedata.bidirectional(chr(code)) not in _RTL_CLASSES
        and not _is_variation_selector(chr(code))
        and unicodedata.normalize("NFC", chr(code)) == chr(code))


def printable(value: Any, faces: tuple[str, ...]) -> str:
    """``value`` as the characters to draw, in visual order, with ``faces``."""
    if value is None:
        return ""
    text = str(value)
    if _as_is(faces).issuperset(text):
        return text
    raw = unicodedata.normalize("NFC", text.replace("\r\n", "\n").translate(_LINE_BREAKS))
    return "\n".join(_line(line, faces) for line in raw.split("\n"))


def _line(line: str, faces: tuple[str, ...]) -> str:
    line = "".join(ch for ch in line if unicodedata.category(ch) != "Cc")
    if any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in line):
        if any(unicodedata.bidirectional(ch) == "AL" for ch in line):
            line = _reshaped(line, faces)
        try:
            line = get_display(line)
        except AssertionError:  # python-bidi trips on some rare scripts (NKo, …):
            pass  # the line prints in logical order rather than not at all
    return _drawable(line, _coverage(faces))


def _reshaped(line: str, faces: tuple[str, ...]) -> str:
    """Arabic letters in their joined forms. arabic_reshaper trips (IndexError) on
    a zero-width joiner beside a ligature («\u200dلآ»): the joiners, whose work
    the reshaping does anyway, are then left out; a line it still cannot shape
    prints with its letters unjoined rather than not at all."""
    try:
        return _reshaper(faces).reshape(line)
    except IndexError:
        try:
            return _reshaper(faces).reshape(line.replace(ZERO_WIDTH_JOINER, ""))
        except IndexError:
            return line


def _drawable(line: str, cover: frozenset[int]) -> str:
    """Drop invisible format characters (joiners, bidi marks, variation
    selectors: their work is done); stand in for glyphs the font lacks."""
    out: list[str] = []
    for ch in line:
        if unicodedata.category(ch) == "Cf" or _is_variation_selector(ch):
            continue
        if ord(ch) in cover:
            out.append(ch)
            continue
        plain = unicodedata.normalize("NFKC", ch)  # e.g. a presentation form's letter
        if plain != ch and plain and all(ord(c) in cover for c in plain):
            out.append(plain)
        elif not out or out[-1] != SUBSTITUTE:  # an emoji sequence is one substitute
            out.append(SUBSTITUTE)
    return "".join(out)


def _is_variation_selector(ch: str) -> bool:
    code = ord(ch)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
