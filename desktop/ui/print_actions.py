"""“Salva PDF” and “Apri PDF” for every screen that prints.

The PDF is built in memory on a worker (desktop.pdf functions take a session),
then either written where the user chose (atomically, see desktop.pdf.output)
or written to a private preview folder and handed to the system viewer; where
no program opens PDFs, the user is told what to install and offered to save it.
Previews are personal data in plain PDF: they live in one 0700 folder made for
this run and are deleted when the application quits. A run that never quit (a
crash, a power cut) leaves its folder behind: the next start removes it
(``remove_leftover_previews``), telling a dead run's folder from a live one by
the lock the live run holds on a file inside.

    add_print_buttons(layout, parent, store,
                      build=lambda session, progress: patto_pdf(session, patto_id),
                      file_name=lambda: "patto-rossi.pdf")
"""
from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from desktop.core.filelock import try_lock
from desktop.ui.operations import QueryOp

# build(session, progress) -> bytes; progress(done, total, label) may be ignored.
Build = Callable[[object, Callable[[int, int, str], None]], bytes]

PREVIEW_PREFIX = "tessere-anteprime-"
IN_USE = "in-uso.lock"  # locked by the run that made the folder, for as long as it runs
# A folder without the lock file is being made this very moment, or comes from a
# Tessere older than the lock: left alone until it is this old (seconds).
UNMARKED_GRACE = 3600.0
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a link in place of the lock file is not opened

_preview_dir: Path | None = None
_in_use_fd: int | None = None
# The system viewer; tests replace it (False: no program could open the file).
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
    global _preview_dir, _in_use_fd
    if _preview_dir is None or not _preview_dir.exists():
        folder = Path(tempfile.mkdtemp(prefix=PREVIEW_PREFIX))
        folder.chmod(0o700)
        _release()
        _in_use_fd = os.open(folder / IN_USE, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o600)
        try_lock(_in_use_fd)  # a folder just made: nobody else holds it
        _preview_dir = folder
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(delete_previews)
    return _preview_dir


def delete_previews() -> None:
    """Remove every preview of this run (called when the application quits)."""
    global _preview_dir
    if _preview_dir is not None:
        _release()  # first: Windows deletes no file another handle keeps open
        shutil.rmtree(_preview_dir, ignore_errors=True)
        _preview_dir = None


def remove_leftover_previews(folder: Path | None = None) -> list[Path]:
    """Remove the preview folders that runs which never quit left in the temporary
    folder (``folder``, the system's by default); returns those removed. Only
    real folders named as ours, owned by this user, whose run no longer holds its
    lock; links are never followed."""
    removed = []
    try:
        entries = list(os.scandir(folder or tempfile.gettempdir()))
    except OSError:
        return removed
    for entry in entries:
        path = Path(entry.path)
        if not entry.name.startswith(PREVIEW_PREFIX) or path == _preview_dir:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or not _mine(info) or _in_use(path, info):
            continue
        shutil.rmtree(path, ignore_errors=True)  # never follows links inside
        if not os.path.lexists(path):
            removed.append(path)
    return removed


def _mine(info: os.stat_result) -> bool:
    """Owned by this user (Windows has no uids: each user has a temporary folder)."""
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()


def _in_use(path: Path, info: os.stat_result) -> bool:
    """Held by a run still going (its lock on the file inside), or too young to tell."""
    try:
        fd = os.open(path / IN_USE, os.O_RDWR | _NOFOLLOW)
    except FileNotFoundError:
        return time.time() - info.st_mtime < UNMARKED_GRACE
    except OSError:
        return True  # cannot look inside (a link, no permission): not ours to remove
    try:
        return not try_lock(fd)
    except OSError:
        return True  # a lock the system refuses to tell about: leave the folder
    finally:
        os.close(fd)  # and with it the lock taken to find out


def _release() -> None:
    global _in_use_fd
    if _in_use_fd is not None:
        os.close(_in_use_fd)
        _in_use_fd = None


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


def ask_where_to_save(parent: QWidget, file_name: str) -> str | None:
    """The file the user picks for a PDF (Documenti proposed), None if cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    target, _ = QFileDialog.getSaveFileName(
        parent, _tr("Salva PDF"), str(Path(folder) / file_name), _tr("Documenti PDF (*.pdf)"))
    if not target:
        return None
    return target if target.lower().endswith(".pdf") else target + ".pdf"


def save_pdf_as(parent: QWidget, store, build: Build, file_name: str,
                on_saved: Callable[[Path], None] | None = None,
                target: str | None = None) -> QueryOp | None:
    """Ask where (unless ``target`` is given), then build and save in the background."""
    target = target or ask_where_to_save(parent, file_name)
    if target is None:
        return None
    return _run(parent, store, build, _tr("Creazione del PDF…"),
                lambda data: save_pdf(data, target),
                on_saved or (lambda _path: None))


def open_pdf(parent: QWidget, store, build: Build, file_name: str,
             on_opened: Callable[[Path], None] | None = None) -> QueryOp:
    """Build in the background, write a preview, open it with the system viewer
    (or say that there is none, and offer to save the PDF instead)."""
    def write_preview(data: bytes) -> tuple[Path, bytes]:
        return save_pdf(data, preview_dir() / file_name), data

    def show(written: tuple[Path, bytes]) -> None:
        path, data = written
        if not open_url(QUrl.fromLocalFile(str(path))):
            tell_no_viewer(parent, data, file_name)
        elif on_opened is not None:
            on_opened(path)

    return _run(parent, store, build, _tr("Preparazione dell'anteprima…"), write_preview, show)


def tell_no_viewer(parent: QWidget, data: bytes, file_name: str) -> QMessageBox:
    """No program on this computer opens PDFs: what to install, and «Salva PDF…»
    to put this one where it can be opened or printed elsewhere."""
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Nessun programma per i PDF"),
                      _tr("Su questo computer non c'è un programma che apra i PDF, quindi "
                          "l'anteprima non si può mostrare."),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("noPdfViewerBox")
    box.setInformativeText(_tr(
        "Con «Salva PDF…» lo salvi in una cartella a tua scelta, da dove puoi aprirlo, "
        "stamparlo o inviarlo da un altro computer.\n\nPer vedere le anteprime da Tessere "
        "installa un lettore di PDF: per esempio SumatraPDF o Adobe Acrobat Reader su Windows, "
        "Okular o Evince («Visualizzatore di documenti») su Linux; sul Mac c'è già Anteprima. "
        "Se non puoi installare programmi, chiedi al servizio informatico."))
    save = box.addButton(_tr("Salva PDF…"), QMessageBox.ButtonRole.AcceptRole)
    save.setObjectName("savePdfButton")
    box.addButton(_tr("Chiudi"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    save.clicked.connect(lambda: _save_built(parent, data, file_name))
    box.open()  # window-modal, does not block the event loop
    return box


def _save_built(parent: QWidget, data: bytes, file_name: str) -> QueryOp | None:
    """A PDF already built, written where the user picks (in the background)."""
    target = ask_where_to_save(parent, file_name)
    if target is None:
        return None
    return (QueryOp(parent, None, lambda _store, _ctx: save_pdf(data, target))
            .with_progress(_tr("Salvataggio del PDF…"))
            .run_in_background())


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
