"""The QR code printed on a signed patto, drawn as one vector path.

segno encodes (error correction M, the version the payload needs, the mask the
standard's penalty rules choose); each row's runs of dark modules become one
rectangle of a single filled path. reportlab's own QR widget encodes in slower
pure Python and fills every run as a path of its own: measured against it in
``tests/bench/bench_pdf.py``, this was the faster (and smaller) of the two.
"""
from __future__ import annotations

import re

import segno
from reportlab.lib import colors
from reportlab.platypus import Flowable

_DARK_RUN = re.compile(rb"\x01+")


class QrPath(Flowable):
    """A ``size`` × ``size`` square holding the code and a ``border`` of light
    modules around it (the quiet zone)."""

    def __init__(self, payload: str, size: float, *, error: str = "M", border: int = 2):
        super().__init__()
        self.matrix = segno.make_qr(payload, error=error, boost_error=False).matrix
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
