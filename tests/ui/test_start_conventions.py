"""Starting the window: a ``--db`` that names no file asks before creating one
and never makes a folder; the plain previews a crash left are removed first."""
from __future__ import annotations

import argparse
import tempfile

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.ui import print_actions
from desktop.ui.app import run_gui


def answer(box_name: str, button_name: str | None, seen: list[str]) -> None:
    """Click ``button_name`` (or the only button) of the box ``box_name`` once it is up."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.objectName() == box_name:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        button = box.findChild(QWidget, button_name) if button_name else box.buttons()[0]
        button.click()
        return
    QTimer.singleShot(50, lambda: answer(box_name, button_name, seen))


@pytest.fixture
def leftover(tmp_path, monkeypatch):
    """A preview folder a crashed run left in the (test's own) temporary folder."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    left = folder / f"{print_actions.PREVIEW_PREFIX}caduto"
    left.mkdir()
    (left / print_actions.IN_USE).touch()
    (left / "cartella-rossi.pdf").write_bytes(b"%PDF-1.4 dati personali")
    return left


def test_db_naming_a_missing_file_asks_and_creates_nothing_when_declined(
        qtbot, tmp_path, leftover):
    typo = tmp_path / "cartela.db"
    seen: list[str] = []
    QTimer.singleShot(50, lambda: answer("missingDatabaseBox", "leaveButton", seen))
    assert run_gui(argparse.Namespace(db=str(typo), screenshot=None)) == 1
    assert len(seen) == 1
    assert "Il database «cartela.db» non esiste. Crearlo?" in seen[0]
    assert str(tmp_path) in seen[0]
    assert not list(tmp_path.glob("cartela.db*"))  # no file, no lock, no marker
    assert not leftover.exists()  # the start removed the crash's previews first


def test_db_in_a_missing_folder_says_so_and_makes_no_folder(qtbot, tmp_path):
    missing = tmp_path / "nessuna-cartella" / "sotto"
    seen: list[str] = []
    QTimer.singleShot(50, lambda: answer("missingFolderBox", None, seen))
    assert run_gui(argparse.Namespace(db=str(missing / "cartella.db"), screenshot=None)) == 1
    assert len(seen) == 1
    assert f"La cartella «{missing}» non esiste." in seen[0]
    assert "Tessere non crea cartelle" in seen[0]
    assert not (tmp_path / "nessuna-cartella").exists()


def test_saying_create_lets_the_start_go_on(qtbot, tmp_path):
    from desktop.ui.app import confirm_new_database

    seen: list[str] = []
    QTimer.singleShot(50, lambda: answer("missingDatabaseBox", "createDatabaseButton", seen))
    assert confirm_new_database(tmp_path / "nuovo.db")
    assert seen and not (tmp_path / "nuovo.db").exists()  # made by the first start's steps
