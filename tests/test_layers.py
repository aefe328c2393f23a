"""The house enforces itself: the import contracts in pyproject.toml
([tool.importlinter]) hold, and importing the headless layers loads no Qt."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_import_contract_is_kept():
    """Core, sync, pdf, reports, demo and cli never reach up or into Qt, and the
    Qt shell reaches data only through core functions (no SQLAlchemy, no mapped
    tables). lint-imports names each offending import and its line."""
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "BROKEN" not in done.stdout and " KEPT" in done.stdout


def test_importing_the_headless_layers_does_not_load_qt():
    code = ("import sys, desktop.core.store, desktop.core.search, desktop.sync.engine, "
            "desktop.pdf.patto, desktop.demo, desktop.coordinator.merge, desktop.__main__; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop.ui'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_the_window_frame_loads_no_database_code():
    """The empty main window is on screen before SQLAlchemy and SQLCipher load
    (they are most of a cold start): importing it must not pull them in."""
    code = ("import sys, desktop.ui.main_window; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlcipher3'}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.strip()
    assert out == "[]"
