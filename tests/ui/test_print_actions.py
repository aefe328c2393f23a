"""Previews are plaintext personal data: one private folder, gone at quit;
a saved PDF lands where the user chose and nowhere else."""
from __future__ import annotations

import io
import stat

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui import print_actions


def one_page_pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.save()
    return buffer.getvalue()


def test_previews_are_private_and_deleted_when_the_app_quits(qtbot, store, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[str] = []
    monkeypatch.setattr(print_actions, "open_url",  # a viewer that opens it
                        lambda url: opened.append(url.toLocalFile()) or True)
    print_actions.open_pdf(parent, store, lambda session, progress: one_page_pdf("Anteprima"),
                           "prova.pdf")
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    preview = print_actions.preview_dir()
    assert opened == [str(preview / "prova.pdf")]
    assert stat.S_IMODE(preview.stat().st_mode) == 0o700
    assert "Anteprima" in PdfReader(opened[0]).pages[0].extract_text()

    QApplication.instance().aboutToQuit.emit()  # what quitting the application sends
    assert not preview.exists()


def test_save_writes_only_the_chosen_file(qtbot, store, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    saved = []
    target = tmp_path / "uscita" / "cartella.pdf"
    target.parent.mkdir()
    print_actions.save_pdf_as(parent, store, lambda session, progress: one_page_pdf("Salvato"),
                              "cartella.pdf", on_saved=saved.append, target=str(target))
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert saved == [target]
    assert [p.name for p in target.parent.iterdir()] == ["cartella.pdf"]
    assert "Salvato" in PdfReader(target).pages[0].extract_text()


def test_file_names_are_plain_ascii():
    assert print_actions.safe_file_name("Patto – Țurcanu Ștefan v2") == "patto-turcanu-stefan-v2.pdf"
    assert print_actions.safe_file_name("«»") == "documento.pdf"
