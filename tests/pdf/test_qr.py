"""The printed QR is the code segno makes: the mask scored on whole rows picks
what segno's module-by-module scoring picks, matrix for matrix."""
from __future__ import annotations

import random
import uuid

import pytest
import segno

from desktop.pdf.patto import qr_payload
from desktop.pdf.qr import qr_matrix

_RNG = random.Random(19)
PATTO_PAYLOADS = [qr_payload(str(uuid.UUID(int=_RNG.getrandbits(128))), _RNG.randint(1, 40),
                             f"{_RNG.getrandbits(256):064x}") for _ in range(24)]
OTHER_PAYLOADS = ["x", "TESSERE", "0" * 41, "Ștefan Țurcanu · Żółć", "Tessere " * 4] + [
    "".join(chr(_RNG.randint(32, 600)) for _ in range(length)) for length in (9, 30, 77, 150, 260)]


CASES = [(p, "M") for p in PATTO_PAYLOADS] + [(p, e) for p in OTHER_PAYLOADS for e in "LMH"]


@pytest.mark.parametrize(("payload", "error"), CASES)
def test_same_matrix_as_segno(payload, error):
    assert qr_matrix(payload, error) == tuple(
        segno.make_qr(payload, error=error, boost_error=False).matrix)


def test_every_mask_is_met():
    """The cases above exercise all eight masks (else a wrong score could hide)."""
    assert {segno.make_qr(p, error=e, boost_error=False).mask for p, e in CASES} == set(range(8))


def _packed(matrix: list[list[int]]) -> tuple[int, int]:
    """A matrix as ``qr`` holds it: by rows and by columns, first module highest."""
    return (int("".join(str(v) for row in matrix for v in row), 2),
            int("".join(str(v) for column in zip(*matrix) for v in column), 2))


def _crafted(size: int, rng: random.Random) -> list[list[int]]:
    """Lines full of finder-like runs, some overlapping (four or six modules
    on), with light or dark surroundings: where counting them line by line and
    counting them all at once could part."""
    pieces = ["1011101", "10111011101", "1011101011101", "0000", "1", "0", "00001011101"]
    rows = []
    for _ in range(size):
        line = "".join(rng.choice(pieces) for _ in range(size))[rng.randrange(4):][:size]
        rows.append([int(c) for c in line.ljust(size, "0")])
    return rows


@pytest.mark.parametrize("version", [1, 2, 7, 14, 40])
def test_penalty_is_segnos_on_any_matrix(version):
    from segno import encoder

    from desktop.pdf import qr

    symbol = qr._symbol(version)
    size = symbol.size
    rng = random.Random(version)
    for n in range(40):
        matrix = _crafted(size, rng) if n % 2 else [
            [int(rng.random() < 0.5) for _ in range(size)] for _ in range(size)]
        expected = encoder.evaluate_mask([bytearray(row) for row in matrix], size, size)
        assert qr._penalty(*_packed(matrix), symbol) == expected
