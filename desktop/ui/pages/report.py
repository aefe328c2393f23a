"""Report: how many records of each type the database holds (the indicators
and exports of desktop.reports will join them here)."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from desktop.ui.models import Column, RowsModel
from desktop.ui.pages.base import Page, set_column_widths

TABLE_LABELS = {
    "territorial_unit": "Unità territoriali", "comune": "Comuni", "organisation": "Enti",
    "operator": "Operatori", "person": "Persone", "network_member": "Membri della rete",
    "case_episode": "Prese in carico", "diary_entry": "Voci di diario",
    "assessment": "Valutazioni", "measure": "Misure", "document": "Documenti",
    "deadline": "Scadenze", "patto": "Patti", "patto_beneficiary": "Beneficiari dei patti",
    "goal": "Obiettivi", "support": "Sostegni", "budget_line": "Voci di budget",
    "commitment": "Impegni", "signatory": "Firmatari", "verification": "Verifiche",
    "patto_version": "Versioni dei patti", "service": "Servizi", "location": "Sedi",
    "service_at_location": "Servizi nelle sedi", "contact": "Contatti", "schedule": "Orari",
    "service_taxonomy": "Classificazioni dei servizi", "attivazione": "Attivazioni",
}


def counts_fetch(session, offset: int, limit: int):
    from desktop.core.inspect import counts

    if offset:
        return []
    return sorted(counts(session).items(), key=lambda kv: TABLE_LABELS.get(kv[0], kv[0]))


class ReportPage(Page):
    watches = frozenset(TABLE_LABELS)

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.build_header()
        locale = QLocale()
        columns = [
            Column(self.tr("Tipo di record"),
                   lambda kv: self.tr(TABLE_LABELS[kv[0]]) if kv[0] in TABLE_LABELS else kv[0]),
            Column(self.tr("Numero"), lambda kv: locale.toString(kv[1]), Qt.AlignmentFlag.AlignRight),
        ]
        self.model = RowsModel(columns, store, batch=1000, parent=self)
        self.table = self.build_table(self.model, stretch_column=0)
        set_column_widths(self.table, {1: 140})

    def subtitle(self) -> str:
        return self.tr("Quanti record contiene questo database, per tipo.")

    def load(self) -> None:
        self.model.set_source(counts_fetch)


PAGE = ReportPage
