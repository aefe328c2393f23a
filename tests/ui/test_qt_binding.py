"""The Qt binding Tessere is installed with keeps Python's reference counts.

PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every call of a
method returning nothing; the interpreter aborted («deallocating None») after
enough of them, at the end of a long session or of the test run."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget


def test_calls_returning_nothing_keep_none_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    label = QLabel("x", widget)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("y")
        widget.layout()  # None itself
    assert sys.getrefcount(None) - before > -50  # a few may move elsewhere, not 1,000
