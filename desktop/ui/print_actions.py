"""“Salva PDF” and “Apri PDF” for every screen that prints.

The PDF is built in memory on a worker (desktop.pdf functions take a session),
then either written where the user chose (atomically, see desktop.pdf.output)
or written to a private preview folder and handed to the system viewer.
Previews are personal data in plain PDF: they live in one 0700 folder made for
this run and are deleted when the application quits, so no plaintext copy
outlives the session.

    add_print_buttons(layout, parent, store,
                      build=lambda session, progress: patto_pdf(session, patto_id),
                      file_name=lambda: "patto-rossi.pdf")
"""
from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from desktop.ui.operations import QueryOp

# build(session, progress) -> bytes; progress(done, total, label) may be ignored.
Build = Callable[[object, Callable[[int, int, str], None]], bytes]

_preview_dir: Path | None = None
# Tests (and the CLI-less embedding) replace this to observe what would open.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def _tr(text: str) -> str:
    return QCoreApplication.translate("print_actions", text)


def safe_file_name(text: str, suffix: str = ".pdf") -> str:
    """"Patto – Țurcanu Ștefan v2" -> "patto-turcanu-stefan-v2.pdf"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower() or "documento"
    return slug[:80] + suffix


def preview_dir() -> Path:
    """This run's private folder for previews (created on first use)."""
    global _preview_dir
    if _preview_dir is None or not _preview_dir.exists():
        _preview_dir = Path(tempfile.mkdtemp(prefix="tessere-anteprime-"))
        _preview_dir.chmod(0o700)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(delete_previews)
    return _preview_dir


def delete_previews() -> None:
    """Remove every preview of this run (called when the application quits)."""
    global _preview_dir
    if _preview_dir is not None:
        shutil.rmtree(_preview_dir, ignore_errors=True)
        _preview_dir = None


def save_pdf(data: bytes, target) -> Path:
    """desktop.pdf pulls in reportlab (~0.3 s): imported on first print, not at start."""
    from desktop.pdf.output import save_pdf as write_atomically

    return write_atomically(data, target)


def _run(parent: QWidget, store, build: Build, label: str, then: Callable[[bytes], object],
         on_done: Callable[[object], None]) -> QueryOp:
    def work(store, ctx):
        with store.read() as session:
            data = build(session, ctx.progress)
        return then(data)

    return (QueryOp(parent, store, work)
            .with_progress(label, cancellable=True)
            .success(on_done)
            .run_in_background())


def save_pdf_as(parent: QWidget, store, build: Build, file_name: str,
                on_saved: Callable[[Path], None] | None = None,
                target: str | None = None) -> QueryOp | None:
    """Ask where (unless ``target`` is given), then build and save in the background."""
    if target is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(
            parent, _tr("Salva PDF"), str(Path(folder) / file_name), _tr("Documenti PDF (*.pdf)"))
        if not target:
            return None
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
    return _run(parent, store, build, _tr("Creazione del PDF…"),
                lambda data: save_pdf(data, target),
                on_saved or (lambda _path: None))


def open_pdf(parent: QWidget, store, build: Build, file_name: str,
             on_opened: Callable[[Path], None] | None = None) -> QueryOp:
    """Build in the background, write a preview, open it with the system viewer."""
    def write_preview(data: bytes) -> Path:
        return save_pdf(data, preview_dir() / file_name)

    def show(path: Path) -> None:
        open_url(QUrl.fromLocalFile(str(path)))
        if on_opened is not None:
            on_opened(path)

    return _run(parent, store, build, _tr("Preparazione dell'anteprima…"), write_preview, show)


def add_print_buttons(layout: QHBoxLayout, parent: QWidget, store, build: Build,
                      file_name: Callable[[], str]) -> tuple[QPushButton, QPushButton]:
    """Append "Salva PDF…" and "Apri PDF" to ``layout``; returns both buttons."""
    save = QPushButton(_tr("Salva PDF…"))
    save.setObjectName("savePdfButton")
    save.setToolTip(_tr("Crea il PDF e salvalo in una cartella a scelta"))
    save.clicked.connect(lambda: save_pdf_as(parent, store, build, file_name()))
    show = QPushButton(_tr("Apri PDF"))
    show.setObjectName("openPdfButton")
    show.setToolTip(_tr("Apri il PDF per stamparlo; l'anteprima si cancella alla chiusura"))
    show.clicked.connect(lambda: open_pdf(parent, store, build, file_name()))
    layout.addWidget(save)
    layout.addWidget(show)
    return save, show
