"""Agenda: this week's verifications, scadenze and planned home visits, with
whatever is overdue from before highlighted at the top."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from desktop.core.agenda import agenda_items, week_of
from desktop.ui.models import Column, RowsModel, fmt_date
from desktop.ui.pages.base import Page, set_column_widths

AGENDA_LIMIT = 5000


class AgendaPage(Page):
    watches = frozenset({"verification", "deadline", "diary_entry", "patto", "person"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.build_header()
        kinds = {"verifica": self.tr("Verifica"), "scadenza": self.tr("Scadenza"),
                 "visita": self.tr("Visita")}
        late = self.tr("in ritardo")
        locale = QLocale()
        columns = [
            Column(self.tr("Giorno"), lambda i: (
                f"{locale.dayName(i.day.isoweekday(), QLocale.FormatType.ShortFormat)} "
                f"{fmt_date(i.day)}")),
            Column(self.tr("Ora"), lambda i: i.time.strftime("%H:%M") if i.time else ""),
            Column(self.tr("Tipo"), lambda i: kinds.get(i.kind, i.kind)),
            Column(self.tr("Persona"), lambda i: i.person_name),
            Column(self.tr("Descrizione"), lambda i: i.title),
            Column(self.tr("Stato"), lambda i: late if i.overdue else ""),
        ]
        self.model = RowsModel(columns, store, batch=AGENDA_LIMIT, warn=lambda i: i.overdue,
                               parent=self)
        self.table = self.build_table(self.model, stretch_column=4)
        set_column_widths(self.table, {0: 130, 1: 60, 2: 100, 3: 220, 5: 100})

    def title(self) -> str:
        return self.tr("Agenda")

    def subtitle(self) -> str:
        start, end = week_of(dt.date.today())
        return self.tr("Settimana dal %1 al %2: verifiche, scadenze e visite domiciliari "
                       "pianificate. Gli impegni scaduti sono in evidenza.") \
            .replace("%1", fmt_date(start)).replace("%2", fmt_date(end))

    def load(self) -> None:
        operator_id = self.store.operator_id
        start, end = week_of(dt.date.today())

        def fetch(session, offset: int, limit: int):
            if offset:
                return []
            items = agenda_items(session, start, end, operator_id=operator_id)
            return items[:limit]

        self.model.set_source(fetch)

    def empty_text(self) -> str:
        return self.tr("Nessun impegno in agenda questa settimana.")


PAGE = AgendaPage
