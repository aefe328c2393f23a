"""Coordinamento: the districts this database merges, when each was last merged
and with what outcome; «Unisci i distretti» brings what changed, in the
background with progress and «Annulla». Below, the same person followed by two
districts (``desktop.ui.coordinator_review``)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.core import formats
from desktop.ui.coordinator_review import PairsReview
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import coordinamento as ops
from desktop.ui.operations import show_failure
from desktop.ui.pages.base import Page, set_column_widths

KINDS = {"cartella": "Cartella", "webdav": "WebDAV"}


def outcome(row) -> str:
    """The last merge in a few words: what came, or why it did not."""
    last = row.last_merge or {}
    if row.last_merge_at is None:
        return "Mai unito"
    if last.get("errors"):
        return " ".join(last["errors"])
    text = f"{formats.number(last.get('applied', 0))} modifiche, " \
           f"{formats.number(last.get('new_records', 0))} nuovi record"
    return "; ".join([text, *last.get("warnings", [])])


class CoordinamentoPage(Page):
    watches = frozenset({"person", "person_link"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        header = self.build_header()
        self.add_button = QPushButton(self.tr("Aggiungi distretto…"))
        self.add_button.setObjectName("addDistrictButton")
        self.add_button.clicked.connect(self.add_district)
        self.merge_button = QPushButton(self.tr("Unisci i distretti"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setToolTip(self.tr(
            "Porta in questo database ciò che è cambiato nei distretti da l'ultima unione"))
        self.merge_button.clicked.connect(self.merge)
        for button in (self.add_button, self.merge_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        columns = [
            Column(self.tr("Distretto"), lambda r: r.name),
            Column(self.tr("Dove"), lambda r: f"{KINDS.get(r.kind, r.kind)}: {r.location}",
                   tooltip=lambda r: r.location),
            Column(self.tr("Record"), lambda r: formats.number(r.records),
                   Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Ultima unione"), lambda r: formats.day_time(r.last_merge_at)
                   if r.last_merge_at else "—"),
            Column(self.tr("Esito"), outcome, tooltip=outcome),
        ]
        self.model = RowsModel(columns, store, parent=self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(splitter, 1)
        self.table = self.build_table(self.model, stretch_column=4, into=top_layout)
        set_column_widths(self.table, {0: 190, 1: 260, 2: 90, 3: 140})
        self.review = PairsReview(store, self)
        splitter.addWidget(top)
        splitter.addWidget(self.review)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.footer = self.build_footer()

    def subtitle(self) -> str:
        return self.tr("I distretti che questo database unisce e le persone seguite da più "
                       "distretti.")

    def empty_text(self) -> str:
        return self.tr("Nessun distretto: con «Aggiungi distretto…» indica la cartella di "
                       "sincronizzazione della squadra di un distretto e il suo codice.")

    def load(self) -> None:
        self.model.set_source(ops.browse_districts)
        self.review.load()

    def add_district(self) -> None:
        from desktop.ui.coordinator_dialogs import AddDistrictDialog

        self.dialog = AddDistrictDialog(self.store, self)
        self.dialog.accepted.connect(lambda: (self.footer.setText(self.tr(
            "Distretto aggiunto: con «Unisci i distretti» ne porti qui i dati.")), self.load()))
        self.dialog.open()

    def merge(self) -> None:
        self.merge_button.setEnabled(False)
        self.footer.setText(self.tr("Unione dei distretti in corso…"))
        ops.merge(self, self.store) \
            .with_progress(self.tr("Unione dei distretti…"), cancellable=True) \
            .success(self._merged) \
            .failure(self._merge_failed) \
            .run_in_background()

    def _merged(self, outcome) -> None:
        self.merge_button.setEnabled(True)
        reports = outcome.districts
        if not reports:
            self.footer.setText(self.tr("Nessun distretto da unire."))
        else:
            failed = [r.district for r in reports if not r.ok]
            text = self.tr("Unione finita: %1 modifiche ricevute, %2 nuovi record.") \
                .replace("%1", formats.number(sum(r.applied for r in reports))) \
                .replace("%2", formats.number(sum(r.new_records for r in reports)))
            if failed:
                text += " " + self.tr("Da rivedere (vedi «Esito»): %1.").replace(
                    "%1", ", ".join(failed))
            if outcome.region is not None:
                text += " " + self.tr("Archivio PostgreSQL: %1").replace(
                    "%1", outcome.region.summary())
            self.footer.setText(text)
        self.load()

    def _merge_failed(self, exc: BaseException) -> None:
        self.merge_button.setEnabled(True)
        self.footer.setText("")
        show_failure(self, exc)
        self.load()


PAGE = CoordinamentoPage
