"""Accessi: the audit log, newest first. Who read, printed, exported or changed
a cartella, when, in which role and why; the search narrows it to one person
(«chi ha visto la mia cartella»), and «Verifica il registro» checks that no row
was removed or altered. Enter on a row opens that person's scheda."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.core import formats
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import audit as ops
from desktop.ui.operations import failure_message
from desktop.ui.pages.base import Page, set_column_widths


class AccessiPage(Page):
    watches = frozenset({"audit_event", "person", "operator"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        header = self.build_header(
            with_search=self.tr("Cerca la persona: nome, codice fiscale o comune"))
        self.verify_button = QPushButton(self.tr("Verifica il registro"))
        self.verify_button.setObjectName("verifyAuditButton")
        self.verify_button.setToolTip(self.tr(
            "Controlla che nessuna riga del registro sia stata tolta o alterata"))
        self.verify_button.clicked.connect(self.verify)
        header.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignBottom)
        columns = [
            Column(self.tr("Quando"), lambda r: formats.day_time(r.local_at)),
            Column(self.tr("Persona"), lambda r: r.person),
            Column(self.tr("Operatore"), lambda r: r.operator),
            Column(self.tr("Ruolo"), lambda r: r.role or ""),
            Column(self.tr("Azione"), lambda r: r.action_label),
            Column(self.tr("Cosa"), lambda r: r.what),
            Column(self.tr("Scopo"), lambda r: r.purpose or ""),
        ]
        self.model = RowsModel(columns, store, parent=self)
        self.table = self.build_table(self.model, stretch_column=6)
        set_column_widths(self.table, {0: 150, 1: 180, 2: 170, 3: 200, 4: 100, 5: 110})
        self.footer = self.build_footer()
        self._timer = self.debounce(self.load)
        self.search_field.textChanged.connect(self._timer.start)
        self.table.activated.connect(self._open_person)

    def showEvent(self, event) -> None:
        """Every read adds rows without announcing a change (reads are not
        operations that write): the page reads the log again each time it shows."""
        self._dirty = True
        super().showEvent(event)

    def subtitle(self) -> str:
        return self.tr("Chi ha visto, stampato, esportato o modificato le cartelle, dal più "
                       "recente.")

    def load(self) -> None:
        self._timer.stop()
        self.model.set_source(ops.browse_accesses(self.search_field.text().strip()))

    def empty_text(self) -> str:
        if self.search_field.text().strip():
            return self.tr("Nessun accesso registrato per le persone cercate.")
        return self.tr("Il registro degli accessi è ancora vuoto.")

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.footer.setText(self.tr("Verifica del registro in corso…"))
        ops.verify_log(self, self.store) \
            .success(self._verified) \
            .failure(self._verify_failed) \
            .run_in_background()

    def _verified(self, report) -> None:
        self.verify_button.setEnabled(True)
        self.footer.setText(report.explain())

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.footer.setText(failure_message(exc))

    def _open_person(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is not None and row.person:
            self.window().open_person(row.person_id)


PAGE = AccessiPage
