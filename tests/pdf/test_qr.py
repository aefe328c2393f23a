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
