"""Patti: every patto with its kind, beneficiaries, state and version; Enter or a
double-click opens the patto editor, «Nuovo patto» (Ctrl+N) starts one. A patto
past its end date that still runs stands out («scaduto»), «Solo scaduti» keeps
those, and for the one selected the page proposes «Rinnova» or «Chiudi»."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core import formats
from desktop.core.patti import lists
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import patti as ops
from desktop.ui.pages.base import Page, set_column_widths
from desktop.ui.questions import ask


def patti_fetch(text: str, only_expired: bool = False):
    """The page's rows, batch by batch (``desktop.core.patti.lists.patti``)."""
    def fetch(session, offset: int, limit: int) -> list[lists.PattoRow]:
        return lists.patti(session, text, offset, limit, only_expired=only_expired)

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
        self.only_expired = QCheckBox(self.tr("Solo scaduti"))
        self.only_expired.setObjectName("onlyExpiredCheck")
        self.only_expired.setToolTip(self.tr("Solo i patti oltre la data di fine ancora in corso"))
        self.only_expired.toggled.connect(self.load)
        header.addWidget(self.only_expired, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_patto)
        self.new_dialog = None
        columns = [
            Column(self.tr("Titolo"), lambda r: r.title),
            Column(self.tr("Tipo"), lambda r: r.kind),
            Column(self.tr("Beneficiari"), lambda r: r.beneficiaries),
            Column(self.tr("Stato"), lambda r: (
                self.tr("%1 · scaduto").replace("%1", r.state) if r.expired else r.state)),
            Column(self.tr("Versione"), lambda r: r.version, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Case manager"), lambda r: r.case_manager),
            Column(self.tr("Periodo"), lambda r: " – ".join(
                d for d in (formats.day(r.start_on), formats.day(r.end_on)) if d)),
        ]
        self.model = RowsModel(columns, store, warn=lambda r: r.expired, parent=self)
        self._build_expiry_bar()
        self.table = self.build_table(self.model, stretch_column=0)
        set_column_widths(self.table, {1: 165, 2: 150, 3: 125, 4: 70, 5: 130, 6: 180})
        # Titles differ at the end ("PTRI con Budget di Salute – Daniele Sartori").
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._timer = self.debounce(self.load)
        self.search_field.textChanged.connect(self._timer.start)
        self.table.activated.connect(self._open_patto)  # double-click or Enter
        self.table.selectionModel().currentRowChanged.connect(self._show_expiry)
        self.model.modelReset.connect(self._show_expiry)

    # ------------------------------------------------------- expired patti
    def _build_expiry_bar(self) -> None:
        """The proposal shown over the list when the selected patto is expired."""
        self.expiry_bar = QWidget()
        self.expiry_bar.setObjectName("expiryBar")
        self.expiry_bar.setStyleSheet(
            "#expiryBar { background: #fff7e0; border: 1px solid #f5d78e; border-radius: 6px; }")
        row = QHBoxLayout(self.expiry_bar)
        row.setContentsMargins(10, 6, 10, 6)
        self.expiry_label = QLabel()
        self.expiry_label.setObjectName("expiryLabel")
        self.expiry_label.setWordWrap(True)
        row.addWidget(self.expiry_label, 1)
        self.renew_button = QPushButton(self.tr("Rinnova"))
        self.renew_button.setObjectName("renewExpiredButton")
        self.renew_button.setToolTip(self.tr("Chiude il patto e ne apre il seguito in bozza, "
                                             "con obiettivi, sostegni e budget da rivedere"))
        self.renew_button.clicked.connect(lambda: self.settle_selected("rinnova"))
        row.addWidget(self.renew_button)
        self.close_button = QPushButton(self.tr("Chiudi"))
        self.close_button.setObjectName("closeExpiredButton")
        self.close_button.setToolTip(self.tr("Conclude il patto"))
        self.close_button.clicked.connect(lambda: self.settle_selected("chiudi"))
        row.addWidget(self.close_button)
        self.expiry_bar.hide()
        self._layout.addWidget(self.expiry_bar)

    def selected_row(self) -> lists.PattoRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_expiry(self, *_args) -> None:
        row = self.selected_row()
        if row is None or not row.expired:
            self.expiry_bar.hide()
            return
        self.expiry_label.setText(
            self.tr("«%1» è scaduto il %2 ed è ancora in corso: rinnovalo o chiudilo.")
            .replace("%1", row.title).replace("%2", formats.day(row.end_on)))
        self.expiry_bar.show()

    def settle_selected(self, choice: str) -> None:
        row = self.selected_row()
        if row is None or not row.expired:
            return
        if choice == "chiudi":
            ask(self, self.tr("Concludere il patto «%1»?").replace("%1", row.title),
                self.tr("Concludi"), lambda: self._settle(row.id, choice),
                details=self.tr("Il patto resta nello storico della persona e non si modifica "
                                "più."), name="closeExpiredBox")
        else:
            self._settle(row.id, choice)

    def _settle(self, patto_id: str, choice: str) -> None:
        def done(result) -> None:
            if result.successor_id:
                self.window().open_patto(result.successor_id)

        ops.settle_expired(self, self.store, patto_id, choice).success(done).run_in_background()

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
        self.model.set_source(patti_fetch(self.search_field.text().strip(),
                                          self.only_expired.isChecked()))

    def empty_text(self) -> str:
        if self.only_expired.isChecked():
            return self.tr("Nessun patto scaduto ancora in corso.")
        if self.search_field.text().strip():
            return self.tr("Nessun patto corrisponde alla ricerca.")
        return self.tr("Non ci sono ancora patti in questo database.")


PAGE = PattiPage
