"""The QR code printed on a signed patto, drawn as one vector path.

segno encodes (error correction M, the version the payload needs); each row's
runs of dark modules become one rectangle of a single filled path. reportlab's
own QR widget encodes in slower pure Python and fills every run as a path of
its own: measured against it in ``tests/bench/bench_pdf.py``, this was the
faster (and smaller) of the two.

The mask is the one segno itself would choose (the standard's penalty rules,
ISO/IEC 18004 7.8.3, with segno's own reading of them), scored here on whole
rows held as integers and bytes instead of module by module: segno's scoring
was most of a patto's QR time. ``tests/pdf/test_qr.py`` holds the two choices
equal, matrix for matrix.
"""
from __future__ import annotations

import re
from functools import lru_cache

import segno
from reportlab.lib import colors
from reportlab.platypus import Flowable
from segno import consts, encoder

_DARK_RUN = re.compile(rb"\x01+")
_FINDER_LIKE = b"\x01\x00\x01\x01\x01\x00\x01"
_TO_BITS = bytes.maketrans(b"\x00\x01", b"01")
_FROM_BITS = bytes.maketrans(b"01", b"\x00\x01")
_MASKS = (  # ISO/IEC 18004 table 10: the data mask conditions, i row, j column
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
)


def _row_int(row: bytes) -> int:
    """A row of 0/1 modules as an integer, the first module the highest bit."""
    return int(bytes(row).translate(_TO_BITS), 2)


@lru_cache(maxsize=None)
def _layout(size: int) -> tuple[tuple[int, ...], tuple[int, ...], tuple[tuple[int, ...], ...]]:
    """For a symbol of ``size`` modules, per row: the function patterns as they
    stand while masks are scored (format and version areas still light), the
    data modules, and each mask's dark modules among them."""
    template = encoder.make_matrix(size, size)
    encoder.add_finder_patterns(template, size, size)
    encoder.add_alignment_patterns(template, size, size)
    fixed = tuple(_row_int(bytes(v & 1 if v < 2 else 0 for v in row)) for row in template)
    data = tuple(_row_int(bytes(v >> 1 for v in row)) for row in template)
    masks = tuple(
        tuple(_row_int(bytes(int(row[j] == 2 and fn(i, j)) for j in range(size)))
              for i, row in enumerate(template))
        for fn in _MASKS)
    return fixed, data, masks


def _finder_like(seq: bytes, size: int) -> int:
    """Penalty N3 of one row or column, as segno counts it."""
    count = 0
    idx = seq.find(_FINDER_LIKE)
    while idx != -1:
        offset = idx + 7
        if idx in (0, size - 7) or not any(seq[max(idx - 4, 0):idx]) \
                or not any(seq[offset:offset + 4]):
            count += 40
        else:
            offset = idx + 4
        idx = seq.find(_FINDER_LIKE, offset)
    return count


def _penalty(rows: list[int], size: int) -> int:
    """segno's ``evaluate_mask`` (N1 + N2 + N3 + N4) of a matrix given as row integers."""
    lines = [format(r, f"0{size}b").encode().translate(_FROM_BITS) for r in rows]
    columns = [bytes(c) for c in zip(*lines)]
    pairs = (1 << (size - 1)) - 1  # bit j: module j and module j + 1 of a line
    score = 0
    for line in rows + [_row_int(c) for c in columns]:
        same = ~(line ^ (line >> 1)) & pairs
        five = same & (same >> 1) & (same >> 2) & (same >> 3)  # a bit per module past the 4th
        score += five.bit_count() + 2 * (five & ~(five << 1)).bit_count()  # N1: length - 2 a run
    score += sum(_finder_like(seq, size) for seq in lines + columns if _FINDER_LIKE in seq)
    same = [~(r ^ (r >> 1)) & pairs for r in rows]
    score += 3 * sum((same[i - 1] & same[i] & ~(rows[i - 1] ^ rows[i])).bit_count()
                     for i in range(1, size))
    dark = sum(r.bit_count() for r in rows)
    return score + 10 * int(abs(float(dark) / size ** 2 * 100 - 50) / 5)


def qr_matrix(payload: str, error: str = "M") -> tuple[bytearray, ...]:
    """The matrix ``segno.make_qr(payload, error=error, boost_error=False)``
    gives, mask included: encoded once with mask 0, the data modules freed of
    it, the eight masks scored, the best one applied with its format bits."""
    code = segno.make_qr(payload, error=error, boost_error=False, mask=0)
    size = len(code.matrix)
    fixed, data, masks = _layout(size)
    plain = [(_row_int(row) & region) ^ m0 for row, region, m0 in zip(code.matrix, data, masks[0])]
    best, best_score = 0, None
    for number, mask in enumerate(masks):
        rows = [f | p ^ m for f, p, m in zip(fixed, plain, mask)]
        score = _penalty(rows, size)
        if best_score is None or score < best_score:
            best, best_score = number, score
    if best == 0:
        return code.matrix
    matrix = tuple(bytearray(format(f | p ^ m, f"0{size}b").encode().translate(_FROM_BITS))
                   for f, p, m in zip(fixed, plain, masks[best]))
    encoder.add_format_info(matrix, code.version, consts.ERROR_MAPPING[error.upper()], best)
    encoder.add_version_info(matrix, code.version)
    return matrix


class QrPath(Flowable):
    """A ``size`` × ``size`` square holding the code and a ``border`` of light
    modules around it (the quiet zone)."""

    def __init__(self, payload: str, size: float, *, error: str = "M", border: int = 2):
        super().__init__()
        self.matrix = qr_matrix(payload, error)
        self.width = self.height = size
        self.border = border

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        module = self.width / (len(self.matrix) + 2 * self.border)
        path = self.canv.beginPath()
        for r, row in enumerate(self.matrix):
            y = self.height - (r + self.border + 1) * module
            for run in _DARK_RUN.finditer(bytes(row)):
                path.rect((run.start() + self.border) * module, y,
                          (run.end() - run.start()) * module, module)
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)
