""""Apri PDF" where no program opens PDFs says what to do and saves it instead;
the plain previews of a run that crashed are gone at the next start, those of a
run still going are not."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from desktop.ui import print_actions
from tests.ui.test_print_actions import one_page_pdf


@pytest.fixture
def temp_folder(tmp_path, monkeypatch):
    """The system's temporary folder, as far as Tessere can tell, is the test's own."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    print_actions.delete_previews()
    yield folder
    print_actions.delete_previews()


def _no_viewer_box(parent: QWidget) -> QMessageBox | None:
    box = parent.findChild(QMessageBox, "noPdfViewerBox")
    return box if box is not None and box.isVisible() else None


def test_apri_pdf_without_a_pdf_viewer_says_what_to_install_and_saves_instead(
        qtbot, store, tmp_path, monkeypatch, temp_folder):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    asked: list[str] = []
    # What QDesktopServices.openUrl answers where no program is set for PDFs (the
    # offscreen platform, a bare Windows): False. The system's viewer is outside Tessere.
    monkeypatch.setattr(print_actions, "open_url", lambda url: asked.append(url) or False)
    print_actions.open_pdf(parent, store, lambda session, progress: one_page_pdf("Senza lettore"),
                           "patto-rossi.pdf", on_opened=lambda path: pytest.fail("not opened"))
    qtbot.waitUntil(lambda: _no_viewer_box(parent) is not None, timeout=10_000)
    box = _no_viewer_box(parent)
    assert len(asked) == 1
    assert "non c'è un programma che apra i PDF" in box.text()
    said = box.informativeText()
    for words in ("«Salva PDF…»", "lettore di PDF", "SumatraPDF", "Adobe Acrobat Reader",
                  "Okular", "Evince", "Anteprima"):
        assert words in said, words

    target = tmp_path / "salvati" / "patto.pdf"
    target.parent.mkdir()

    def answer_the_file_dialog():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
            dialog.accept()
        else:
            QTimer.singleShot(50, answer_the_file_dialog)

    QTimer.singleShot(50, answer_the_file_dialog)
    box.findChild(QWidget, "savePdfButton").click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert "Senza lettore" in PdfReader(target).pages[0].extract_text()
    assert _no_viewer_box(parent) is None


def _leftover(folder, name: str, *, locked_by=None, marker: bool = True):
    path = folder / f"{print_actions.PREVIEW_PREFIX}{name}"
    path.mkdir(mode=0o700)
    (path / "patto-rossi.pdf").write_bytes(one_page_pdf("Dati personali"))
    if marker:
        (path / print_actions.IN_USE).touch()
    return path


def test_previews_left_by_a_run_that_crashed_are_removed_at_the_next_start(temp_folder):
    crashed = _leftover(temp_folder, "caduto")
    live = print_actions.preview_dir()  # this run's own, in use
    (live / "aperto.pdf").write_bytes(b"%PDF-1.4")
    other_name = temp_folder / "tessere-altro"
    other_name.mkdir()
    assert print_actions.remove_leftover_previews() == [crashed]
    assert not crashed.exists()
    assert (live / "aperto.pdf").exists() and other_name.exists()


def test_a_preview_folder_of_another_running_tessere_is_kept(temp_folder):
    """Another process holds the lock of its folder, as a running Tessere does."""
    pytest.importorskip("fcntl")
    other = _leftover(temp_folder, "vivo")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys, time; "
         "fd = os.open(sys.argv[1], os.O_RDWR); fcntl.flock(fd, fcntl.LOCK_EX); "
         "print('preso', flush=True); time.sleep(60)", str(other / print_actions.IN_USE)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "preso"
        assert print_actions.remove_leftover_previews() == []
        assert (other / "patto-rossi.pdf").exists()
    finally:
        holder.kill()
        holder.wait()
    assert print_actions.remove_leftover_previews() == [other]  # its run has ended


def test_links_and_unmarked_young_folders_are_left_alone(temp_folder, tmp_path):
    elsewhere = tmp_path / "altrove"
    elsewhere.mkdir()
    (elsewhere / "importante.txt").write_text("da non toccare")
    (temp_folder / f"{print_actions.PREVIEW_PREFIX}link").symlink_to(elsewhere)
    being_made = _leftover(temp_folder, "appena-fatto", marker=False)
    old = _leftover(temp_folder, "di-una-versione-vecchia", marker=False)
    hours_ago = time.time() - 2 * print_actions.UNMARKED_GRACE
    os.utime(old, (hours_ago, hours_ago))
    assert print_actions.remove_leftover_previews() == [old]
    assert (elsewhere / "importante.txt").read_text() == "da non toccare"
    assert being_made.exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="giving a folder to another user needs root")
def test_a_folder_of_another_user_is_left_alone(temp_folder):
    theirs = _leftover(temp_folder, "altro-utente")
    shutil.chown(theirs, user=65534)  # nobody
    assert print_actions.remove_leftover_previews() == []
    assert (theirs / "patto-rossi.pdf").exists()
