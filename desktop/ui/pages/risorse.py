"""Risorse: the services of the resource map, with available places and when
they were last verified (entries not verified for a year are flagged)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.risorse import STALE_AFTER_DAYS, find_services
from desktop.ui.models import Column, RowsModel, fmt_date
from desktop.ui.pages.base import Page, set_column_widths
from desktop.ui.pages.labels import catalogue_labels

MAX_SERVICES = 5000


def services_fetch(text: str):
    def fetch(session, offset: int, limit: int):
        if offset:
            return []  # find_services answers in one go (bounded by MAX_SERVICES)
        labels = catalogue_labels(session, "axis")
        rows = find_services(session, text=text or None, limit=MAX_SERVICES)
        return [(r, labels.get(("axis", r.axis), r.axis.capitalize())) for r in rows]

    return fetch


class RisorsePage(Page):
    watches = frozenset({"service", "organisation", "location", "service_at_location"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.build_header(with_search=self.tr("Cerca un servizio o un ente"))
        stale = self.tr("da verificare")
        columns = [
            Column(self.tr("Servizio"), lambda r: r[0].name),
            Column(self.tr("Asse"), lambda r: r[1]),
            Column(self.tr("Ente"), lambda r: r[0].organisation),
            Column(self.tr("Comuni"), lambda r: r[0].comuni),
            Column(self.tr("Posti liberi"), self._places, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Ultima verifica"),
                   lambda r: (fmt_date(r[0].last_verified_on) or self.tr("mai"))
                   + (f" · {stale}" if r[0].stale else "")),
        ]
        self.model = RowsModel(columns, store, batch=MAX_SERVICES, warn=lambda r: r[0].stale,
                               parent=self)
        self.table = self.build_table(self.model, stretch_column=0)
        set_column_widths(self.table, {1: 140, 2: 200, 3: 150, 4: 95, 5: 200})
        self._timer = self.debounce(self.load)
        self.search_field.textChanged.connect(self._timer.start)

    @staticmethod
    def _places(row) -> str:
        service = row[0]
        if service.available_places is None:
            return ""
        if service.capacity:
            return f"{service.available_places} / {service.capacity}"
        return str(service.available_places)

    def title(self) -> str:
        return self.tr("Risorse")

    def subtitle(self) -> str:
        return self.tr("La mappa delle risorse del territorio. In evidenza le schede non "
                       "verificate da più di %n giorni.", "", STALE_AFTER_DAYS)

    def load(self) -> None:
        self._timer.stop()
        self.model.set_source(services_fetch(self.search_field.text().strip()))

    def empty_text(self) -> str:
        if self.search_field.text().strip():
            return self.tr("Nessun servizio corrisponde alla ricerca.")
        return self.tr("La mappa delle risorse è ancora vuota.")


PAGE = RisorsePage
