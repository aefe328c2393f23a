"""Documenti: the person's attachments (signed patti, IDs, decrees, ISEE…).

The content goes into the encrypted database through core/documenti.attach and
leaves it only through «Esporta…», to a path the user chooses: the file is
read in the background in chunks (progress, cancellable) and is never copied
anywhere on disk on its way in. The list reads no content, only its metadata.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from sqlalchemy import select

from desktop.core import documenti, formats
from desktop.core.errors import ValidationError
from desktop.core.model import Document
from desktop.core.profile import current_operator
from desktop.ui.models import Column
from desktop.ui.operations import QueryOp
from desktop.core.catalogues import catalogue_labels
from desktop.ui.scheda.tab_base import FormDialog, SchedaTab, combo_code, read_date

READ_CHUNK = 1024 * 1024


def human_size(size: int) -> str:
    """"512 B", "12,3 kB", "4,5 MB": sizes as a user reads them."""
    if size < 1024:
        return f"{size} B"
    for unit in ("kB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{formats.number(round(size, 1))} {unit}"
    raise AssertionError("unreachable")


def read_in_chunks(path: Path, progress) -> bytes:
    """The file's bytes, read chunk by chunk so a big file shows progress and
    can be cancelled; too big a file is refused before reading it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(f"Impossibile leggere «{path.name}»: {exc.strerror}.", "path") from exc
    if size > documenti.MAX_BYTES:
        raise ValidationError(
            f"«{path.name}» è troppo grande ({size // (1024 * 1024)} MB; al massimo "
            f"{documenti.MAX_BYTES // (1024 * 1024)} MB).", "path")
    chunks = []
    done = 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(READ_CHUNK):
                chunks.append(chunk)
                done += len(chunk)
                progress(done, size, "")
    except OSError as exc:
        raise ValidationError(f"Impossibile leggere «{path.name}»: {exc.strerror}.", "path") from exc
    return b"".join(chunks)


@dataclass(frozen=True)
class DocumentRow:
    id: str
    title: str
    doc_type: str
    type_label: str
    filename: str
    size_bytes: int
    document_date: dt.date | None


class DocumentiTab(SchedaTab):
    watches = frozenset({"document"})
    catalogues = ("document_type",)

    def __init__(self, store, person_id: str, parent=None):
        super().__init__(store, person_id, parent)
        self.file_dialog: QFileDialog | None = None  # the chooser on screen, if any
        self.add_button(self.tr("Allega file…"), self.choose_file, name="attachFile",
                        needs_choices=True)
        self.add_button(self.tr("Esporta…"), self.choose_export_path, name="exportFile",
                        needs_row=True, tooltip=self.tr("Salva una copia del documento (Invio)"))
        self.add_button(self.tr("Elimina"), self.remove_selected, name="removeDocument",
                        needs_row=True, tooltip=self.tr("Elimina (Canc)"))
        right = Qt.AlignmentFlag.AlignRight
        columns = [
            Column(self.tr("Titolo"), lambda r: r.title),
            Column(self.tr("Tipo"), lambda r: r.type_label),
            Column(self.tr("File"), lambda r: r.filename),
            Column(self.tr("Dimensione"), lambda r: human_size(r.size_bytes), right),
            Column(self.tr("Data"), lambda r: formats.day(r.document_date)),
        ]
        self.build_rows_table(columns, stretch=0, fit=(3, 4), widths={1: 260, 2: 200})
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self._layout.addWidget(self.status)
        self.status.setText(self.tr("I documenti sono conservati solo nel database cifrato; "
                                    "«Esporta…» ne salva una copia dove scegli tu."))

    def title(self) -> str:
        return self.tr("Documenti")

    def empty_text(self) -> str:
        return self.tr("Nessun documento allegato. Con «Allega file…» la scansione di un patto "
                       "firmato, un documento d'identità o un decreto entra nel database cifrato.")

    def fetch(self, session, offset: int, limit: int) -> list[DocumentRow]:
        labels = catalogue_labels(session, "document_type")
        rows = session.execute(
            select(Document.id, Document.title, Document.doc_type, Document.filename,
                   Document.size_bytes, Document.document_date)
            .where(Document.person_id == self.person_id)
            .order_by(Document.document_date.is_(None), Document.document_date.desc(),
                      Document.title, Document.id)
            .offset(offset).limit(limit))
        return [DocumentRow(i, title, kind, labels.get(("document_type", kind), kind), name, size, day)
                for i, title, kind, name, size, day in rows]

    # ----------------------------------------------------------- attaching
    def _file_dialog(self, caption: str, save: bool) -> QFileDialog:
        dialog = QFileDialog(self, caption, QDir.homePath())
        dialog.setObjectName("documentFileDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        return dialog

    def choose_file(self) -> None:
        dialog = self._file_dialog(self.tr("Scegli il file da allegare"), save=False)
        dialog.fileSelected.connect(self.describe_file)
        dialog.open()

    def describe_file(self, path: str) -> FormDialog:
        """Type, title and date of the chosen file, then «Allega» stores it."""
        fields = {}
        dialog = FormDialog(self, self.tr("Allega documento"), self.tr("Allega"),
                            lambda: self._attach_write(Path(path), fields),
                            progress=self.tr("Allegato di «%1»…").replace("%1", Path(path).name))
        chosen = QLabel(Path(path).name)
        chosen.setToolTip(QDir.toNativeSeparators(path))
        dialog.add_row(self.tr("File:"), chosen, "path")
        fields["type"] = dialog.combo(self.tr("Tipo:"), "doc_type", self.choices["document_type"],
                                      "altro")
        fields["title"] = dialog.line(self.tr("Titolo:"), "title", Path(path).stem)
        fields["date"] = dialog.date_line(self.tr("Data del documento:"), "document_date",
                                          dt.date.today())
        self.open_form(dialog)
        fields["title"].setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

    def _attach_write(self, path: Path, fields: dict):
        title = fields["title"].text().strip()
        if not title:
            raise ValidationError(self.tr("Dai un titolo al documento."), "title")
        document_date = read_date(fields["date"], self.tr("Data del documento"))
        doc_type = combo_code(fields["type"])
        person_id = self.person_id

        def write(store, ctx) -> str:
            content = read_in_chunks(path, ctx.progress)
            operator = current_operator(store)
            with store.session() as s:
                document = documenti.attach(
                    s, content=content, filename=path.name, person_id=person_id,
                    doc_type=doc_type, title=title, document_date=document_date,
                    added_by_id=operator.id if operator else None)
                return document.id

        return write

    # ------------------------------------------------------------ exporting
    def activate(self, row: DocumentRow) -> None:
        self.choose_export_path()

    def choose_export_path(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = self._file_dialog(self.tr("Esporta «%1»").replace("%1", row.title), save=True)
        dialog.selectFile(row.filename)
        dialog.fileSelected.connect(lambda path: self.export_to(row, path))
        dialog.open()

    def export_to(self, row: DocumentRow, target: str) -> None:
        def run(store, ctx) -> Path:
            with store.read() as s:
                document = s.get(Document, row.id)
                if document is None:
                    raise ValidationError("Il documento non esiste più: forse è stato eliminato "
                                          "da un collega.")
                return documenti.export(document, target)

        (QueryOp(self, self.store, run)
         .with_progress(self.tr("Esportazione di «%1»…").replace("%1", row.title))
         .success(lambda path: self.status.setText(
             self.tr("«%1» salvato in %2.").replace("%1", row.title)
             .replace("%2", QDir.toNativeSeparators(os.fspath(path)))))
         .run_in_background())

    # ------------------------------------------------------------ removal
    def removal_question(self, row: DocumentRow) -> str:
        return self.tr("Eliminare il documento «%1» dal database? Il contenuto non sarà più "
                       "disponibile.").replace("%1", row.title)

    def removal(self, row: DocumentRow):
        def write(store, ctx) -> None:
            with store.session() as s:
                document = s.get(Document, row.id)
                if document is not None:
                    s.delete(document)

        return write


TAB = DocumentiTab
