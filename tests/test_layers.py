"""The headless layers stay headless: no Qt, no desktop.ui below the shell."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEADLESS = ["desktop/core", "desktop/sync", "desktop/pdf", "desktop/reports"]
FORBIDDEN = ("PySide6", "shiboken6", "desktop.ui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def headless_files() -> list[Path]:
    return sorted(p for d in HEADLESS for p in (ROOT / d).rglob("*.py"))


def test_the_check_sees_files():
    assert len(headless_files()) > 10


@pytest.mark.parametrize("path", headless_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_qt_or_ui_import(path):
    bad = sorted(n for n in imported_modules(path)
                 if any(n == f or n.startswith(f + ".") for f in FORBIDDEN))
    assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_importing_the_core_does_not_load_qt():
    code = ("import sys, desktop.core.store, desktop.core.search; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop.ui'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
