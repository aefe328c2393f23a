"""The QR code printed on a signed patto, drawn as one vector path.

The code is segno's: its data encoding, version and mask choice (error
correction M, the version the payload needs), held equal matrix for matrix by
``tests/pdf/test_qr.py``. What segno does module by module in Python is done
here on whole symbols, each held as one integer (a bit per module, row after
row, and the same read column by column), with what depends only on the
symbol's size worked out once per size:

- the error correction codewords (Reed–Solomon), a table lookup per codeword;
- where each bit of the message goes, as one index per module;
- the eight masks, scored with the standard's penalty rules (ISO/IEC 18004
  7.8.3, with segno's own reading of them) in a few integer operations on the
  whole symbol instead of a loop over its modules.

segno module by module was most of a signed patto's QR time. reportlab's own
QR widget encodes in slower pure Python and fills every run of dark modules as
a path of its own: measured against it in ``tests/bench/bench_pdf.py``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain, zip_longest
from operator import itemgetter

from reportlab.lib import colors
from reportlab.platypus import Flowable
from segno import consts, encoder

_DARK_RUN = re.compile(rb"\x01+")
_FINDER_LIKE = "1011101"
_FINDER_DARK = tuple(c == "1" for c in _FINDER_LIKE)
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


class _Symbol:
    """A symbol of one version before any data, each part as a pair of packed
    integers (read by rows, read by columns; the first module the highest bit):
    the function patterns as they stand while masks are scored (format and
    version areas still light), and each mask's dark data modules."""

    def __init__(self, version: int):
        size = self.size = encoder.calc_matrix_size(version)
        template = self._template(size)
        rows = [(i, j) for i in range(size) for j in range(size)]
        columns = [(i, j) for j in range(size) for i in range(size)]
        data = [(i, j) for i, j in rows if template[i][j] == 2]
        fixed = {(i, j) for i, j in rows if template[i][j] == 1}
        self.fixed = _pack(fixed, rows), _pack(fixed, columns)
        self.masks = tuple((_pack(dark, rows), _pack(dark, columns))
                           for dark in ({c for c in data if fn(*c)} for fn in _MASKS))
        # Where segno puts each bit of the message: let it place the bit numbers
        # themselves (their low bytes, then their high bytes).
        low, high = self._template(size), self._template(size)
        encoder.add_codewords(low, [k & 0xFF for k in range(len(data))], version)
        encoder.add_codewords(high, [k >> 8 for k in range(len(data))], version)
        slot = {(i, j): low[i][j] | high[i][j] << 8 for i, j in data}
        self.bits = len(data)  # and a light bit after the message, for the other modules
        self.place = (itemgetter(*(slot.get(c, self.bits) for c in rows)),
                      itemgetter(*(slot.get(c, self.bits) for c in columns)))
        # Bit masks repeated on every line (bit b of a line is module size - 1 - b):
        # where module j and module j + 1 are both in it; where a finder-like
        # pattern can end; the modules ``s`` before (after) its start (end).
        self.pairs = self.lines((1 << (size - 1)) - 1)
        self.ends = self.lines((1 << (size - 6)) - 1)
        self.before = tuple((s, self.lines((1 << (size - s)) - 1)) for s in range(7, 11))
        self.after = tuple((s, self.lines(((1 << size) - 1) ^ ((1 << s) - 1))) for s in range(1, 5))

    def lines(self, bits: int) -> int:
        """``bits`` on every line of the packed symbol."""
        return sum(bits << (k * self.size) for k in range(self.size))

    @staticmethod
    def _template(size: int) -> tuple[bytearray, ...]:
        matrix = encoder.make_matrix(size, size)
        encoder.add_finder_patterns(matrix, size, size)
        encoder.add_alignment_patterns(matrix, size, size)
        return matrix


def _pack(dark: set[tuple[int, int]], order: list[tuple[int, int]]) -> int:
    return int("".join("1" if c in dark else "0" for c in order), 2)


@lru_cache(maxsize=None)
def _symbol(version: int) -> _Symbol:
    return _Symbol(version)


@lru_cache(maxsize=None)
def _generator(count: int) -> tuple[int, ...]:
    """For each leading coefficient, the generator polynomial of ``count``
    error correction codewords times it, as one integer of ``count`` bytes."""
    log, exp, gen = consts.GALIOS_LOG, consts.GALIOS_EXP, consts.GEN_POLY[count]
    return (0,) + tuple(int.from_bytes(bytes(exp[log[c] + g] for g in gen), "big")
                        for c in range(1, 256))


def _error_words(block: bytes, count: int) -> bytes:
    """The Reed–Solomon remainder of ``block``: segno's ``make_blocks``, a table
    lookup per codeword instead of a loop over the generator."""
    table, top, keep = _generator(count), 8 * (count - 1), (1 << 8 * count) - 1
    rest = 0
    for word in block:
        rest = ((rest << 8) & keep) ^ table[(rest >> top) ^ word]
    return rest.to_bytes(count, "big")


def _interleaved(blocks: list[bytes]) -> bytes:
    return bytes(w for w in chain.from_iterable(zip_longest(*blocks)) if w is not None)


def _message(payload: str, error: int) -> tuple[int, str]:
    """The version and the message as segno builds it (data and error
    correction codewords interleaved, then the remainder bits) in 0s and 1s."""
    segments = encoder.prepare_data(payload, None, None)
    version = encoder.find_version(segments, error, eci=False, micro=False)
    buff = encoder.Buffer()
    for segment in segments:
        encoder.write_segment(buff, segment, None, encoder.version_range(version))
    capacity = consts.SYMBOL_CAPACITY[version][error]
    encoder.write_terminator(buff, capacity, None, len(buff))
    encoder.write_padding_bits(buff, version, len(buff))
    encoder.write_pad_codewords(buff, version, capacity, len(buff))
    bits = bytes(buff.getbits()).translate(_TO_BITS)
    words = int(bits, 2).to_bytes(len(bits) // 8, "big")
    data: list[bytes] = []
    checks: list[bytes] = []
    start = 0
    for info in consts.ECC[version][error]:
        for _ in range(info.num_blocks):
            block = words[start:start + info.num_data]
            start += info.num_data
            data.append(block)
            checks.append(_error_words(block, info.num_total - info.num_data))
    message = _interleaved(data) + _interleaved(checks)
    text = format(int.from_bytes(message, "big"), f"0{8 * len(message)}b")
    return version, text.ljust(_symbol(version).bits, "0")


def _finder_penalty(packed: int, symbol: _Symbol) -> int:
    """Penalty N3 of every line of ``packed``, as segno counts it: 40 for each
    dark-light-dark×3-light-dark run with four light modules before or after it
    (or the line's edge). segno looks for the runs from each line's start and,
    after one that counts, goes on past its end: a run overlapping one that
    counted (four or six modules on) is skipped, which the line-by-line count
    below does; it is needed only then."""
    ends = symbol.ends  # bit q: the pattern's last module is q (its first q + 6)
    for t, dark in enumerate(_FINDER_DARK):
        ends &= packed >> (6 - t) if dark else ~(packed >> (6 - t))
    if not ends:
        return 0
    before = after = 0
    for shift, keep in symbol.before:
        before |= (packed >> shift) & keep
    for shift, keep in symbol.after:
        after |= (packed << shift) & keep
    counted = ends & ~(before & after)
    if counted & ((ends << 4) | (ends << 6)):
        size = symbol.size
        text = format(packed, f"0{size * size}b")
        return sum(_finder_like(text[k:k + size], size) for k in range(0, size * size, size))
    return 40 * counted.bit_count()


def _finder_like(line: str, size: int) -> int:
    """Penalty N3 of one row or column, as segno counts it."""
    count = 0
    idx = line.find(_FINDER_LIKE)
    while idx != -1:
        offset = idx + 7
        if idx in (0, size - 7) or "1" not in line[max(idx - 4, 0):idx] \
                or "1" not in line[offset:offset + 4]:
            count += 40
        else:
            offset = idx + 4
        idx = line.find(_FINDER_LIKE, offset)
    return count


def _penalty(rows: int, columns: int, symbol: _Symbol) -> int:
    """segno's ``evaluate_mask`` (N1 + N2 + N3 + N4) of a symbol given packed
    by rows and by columns: each line is a field of ``size`` bits, and the
    masks keep every shift from reaching into the next line."""
    size, pairs = symbol.size, symbol.pairs
    score = 0
    for packed in (rows, columns):
        same = ~(packed ^ (packed >> 1)) & pairs  # a bit per module equal to the next
        five = same & (same >> 1) & (same >> 2) & (same >> 3)  # a bit per module past the 4th
        score += five.bit_count() + 2 * (five & ~(five << 1)).bit_count()  # N1: length - 2 a run
        score += _finder_penalty(packed, symbol)
        if packed is rows:  # N2: 2 × 2 blocks, a row's pairs under the same pairs above
            score += 3 * (same & (same >> size) & ~(rows ^ (rows >> size))).bit_count()
    dark = rows.bit_count()
    return score + 10 * int(abs(float(dark) / size ** 2 * 100 - 50) / 5)


def qr_matrix(payload: str, error: str = "M") -> tuple[bytearray, ...]:
    """The matrix ``segno.make_qr(payload, error=error, boost_error=False)``
    gives, mask included."""
    level = consts.ERROR_MAPPING[error.upper()]
    version, message = _message(payload, level)
    symbol = _symbol(version)
    message += "0"  # what the modules outside the data region read
    data = tuple(int("".join(place(message)), 2) for place in symbol.place)
    best, best_score = 0, None
    for number, mask in enumerate(symbol.masks):
        rows, columns = (f | d ^ m for f, d, m in zip(symbol.fixed, data, mask))
        score = _penalty(rows, columns, symbol)
        if best_score is None or score < best_score:
            best, best_score = number, score
    size = symbol.size
    text = format(symbol.fixed[0] | data[0] ^ symbol.masks[best][0], f"0{size * size}b")
    matrix = tuple(bytearray(text[k:k + size].encode().translate(_FROM_BITS))
                   for k in range(0, size * size, size))
    encoder.add_format_info(matrix, version, level, best)
    encoder.add_version_info(matrix, version)
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
        """Each row's runs of dark modules, one rectangle each, as one filled
        path drawn in module units: whole numbers, written as they are, where
        points needed formatting a coordinate at a time."""
        c, border = self.canv, self.border
        side = len(self.matrix) + 2 * border
        runs = [f"{run.start() + border} {side - border - r - 1} {run.end() - run.start()} 1 re"
                for r, row in enumerate(self.matrix) for run in _DARK_RUN.finditer(row)]
        c.saveState()
        c.scale(self.width / side, self.height / side)
        c.setFillColor(colors.black)
        c.addLiteral("\n".join(runs) + "\nf")
        c.restoreState()
