"""Patti: every patto with its kind, beneficiaries, state and version; Enter or a
double-click opens the patto editor, «Nuovo patto» (Ctrl+N) starts one."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from desktop.core import formats
from desktop.core.patti import lists
from desktop.ui.models import Column, RowsModel
from desktop.ui.pages.base import Page, set_column_widths


def patti_fetch(text: str):
    """The page's rows, batch by batch (``desktop.core.patti.lists.patti``)."""
    def fetch(session, offset: int, limit: int) -> list[lists.PattoRow]:
        return lists.patti(session, text, offset, limit)

    return fetch


class PattiPage(Page):
    watches = frozenset({"patto", "patto_beneficiary", "patto_version", "person", "operator"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        header = self.build_header(with_search=self.tr("Cerca per titolo o beneficiario"))
        self.new_button = QPushButton(self.tr("Nuovo patto"))
        self.new_button.setObjectName("newPattoButton")
        self.new_button.setDefault(True)  # drawn as the page's main action
        self.new_button.setToolTip(self.tr("Crea un patto da un modello (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_patto)
        header.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_patto)
        self.new_dialog = None
        columns = [
            Column(self.tr("Titolo"), lambda r: r.title),
            Column(self.tr("Tipo"), lambda r: r.kind),
            Column(self.tr("Beneficiari"), lambda r: r.beneficiaries),
            Column(self.tr("Stato"), lambda r: r.state),
            Column(self.tr("Versione"), lambda r: r.version, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Case manager"), lambda r: r.case_manager),
            Column(self.tr("Periodo"), lambda r: " – ".join(
                d for d in (formats.day(r.start_on), formats.day(r.end_on)) if d)),
        ]
        self.model = RowsModel(columns, store, parent=self)
        self.table = self.build_table(self.model, stretch_column=0)
        set_column_widths(self.table, {1: 165, 2: 150, 3: 80, 4: 70, 5: 130, 6: 180})
        # Titles differ at the end ("PTRI con Budget di Salute – Daniele Sartori").
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._timer = self.debounce(self.load)
        self.search_field.textChanged.connect(self._timer.start)
        self.table.activated.connect(self._open_patto)  # double-click or Enter

    def _open_patto(self, index) -> None:
        self.window().open_patto(self.model.row_at(index.row()).id)

    def new_patto(self):
        """Choose beneficiaries, template and title; the new patto opens in the editor."""
        from desktop.ui.patto_editor import NewPattoDialog

        dialog = NewPattoDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(lambda patto_id: self.window().open_patto(patto_id))
        self.new_dialog = dialog
        dialog.open()
        dialog.search.field.setFocus()
        return dialog

    def subtitle(self) -> str:
        return self.tr("Patti per l'inclusione, PTRI con Budget di Salute e progetti di vita, "
                       "dal più recente.")

    def load(self) -> None:
        self._timer.stop()
        self.model.set_source(patti_fetch(self.search_field.text().strip()))

    def empty_text(self) -> str:
        if self.search_field.text().strip():
            return self.tr("Nessun patto corrisponde alla ricerca.")
        return self.tr("Non ci sono ancora patti in questo database.")


PAGE = PattiPage
