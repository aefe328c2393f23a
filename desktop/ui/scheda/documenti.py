"""Documenti: the person's attachments (signed patti, IDs, decrees, ISEE…).

The content goes into the encrypted database through core.cartella.documenti and
leaves it only through «Esporta…», to a path the user chooses: the file is
read in the background in chunks (progress, cancellable) and is never copied
anywhere on disk on its way in. The list reads no content, only its metadata.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from desktop.core import formats
from desktop.core.cartella.documenti import (
    DocumentFields, DocumentRow, check_document, list_documents,
)
from desktop.ui.models import Column
from desktop.ui.operations import cartella as ops
from desktop.ui.scheda.tab_base import FormDialog, SchedaTab, combo_code, read_date


def human_size(size: int) -> str:
    """"512 B", "12,3 kB", "4,5 MB": sizes as a user reads them."""
    if size < 1024:
        return f"{size} B"
    for unit in ("kB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{formats.number(round(size, 1))} {unit}"
    raise AssertionError("unreachable")


class DocumentiTab(SchedaTab):
    watches = frozenset({"document"})
    catalogues = ("document_type", "confidentiality_level")

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
        return list_documents(session, self.person_id, offset, limit)

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
                            lambda: self._attach(Path(path), fields))
        chosen = QLabel(Path(path).name)
        chosen.setToolTip(QDir.toNativeSeparators(path))
        dialog.add_row(self.tr("File:"), chosen, "path")
        fields["type"] = dialog.combo(self.tr("Tipo:"), "doc_type", self.choices["document_type"],
                                      "altro")
        fields["title"] = dialog.line(self.tr("Titolo:"), "title", Path(path).stem)
        fields["level"] = dialog.combo(self.tr("Riservatezza:"), "confidentiality",
                                       self.choices["confidentiality_level"], "ordinario")
        fields["date"] = dialog.date_line(self.tr("Data del documento:"), "document_date",
                                          dt.date.today())
        self.open_form(dialog)
        fields["title"].setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

    def _attach(self, path: Path, fields: dict):
        values = check_document(DocumentFields(  # before the file is read; checked again
            doc_type=combo_code(fields["type"]), title=fields["title"].text(),
            document_date=read_date(fields["date"], self.tr("Data del documento")),
            confidentiality=combo_code(fields["level"])))
        return ops.attach_document(self, self.store, self.person_id, path, values) \
            .with_progress(self.tr("Allegato di «%1»…").replace("%1", path.name), cancellable=True)

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
        (ops.export_document(self, self.store, row.id, target)
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
        return ops.remove_document(self, self.store, row.id)


TAB = DocumentiTab
