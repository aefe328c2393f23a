"""Persone: find a person as you type (name without accents, partial codice
fiscale, comune), or browse everyone alphabetically."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.core.model import Comune, Person
from desktop.core.search import search_people
from desktop.ui.models import Column, RowsModel, age_on, fmt_date
from desktop.ui.ops import QueryOp
from desktop.ui.pages.base import Page, set_column_widths

SEARCH_LIMIT = 200


@dataclass(frozen=True)
class PersonRow:
    id: str
    last_name: str
    first_name: str
    codice_fiscale: str | None
    birth_date: dt.date | None
    comune: str | None


def _rows_query():
    return (
        select(Person.id, Person.last_name, Person.first_name, Person.codice_fiscale,
               Person.birth_date, Comune.name)
        .outerjoin(Comune, Comune.id == Person.residence_comune_id)
    )


def list_people(session, offset: int, limit: int) -> list[PersonRow]:
    q = _rows_query().order_by(Person.last_name, Person.first_name, Person.id)
    return [PersonRow(*r) for r in session.execute(q.offset(offset).limit(limit))]


def find_people(text: str):
    """A fetch for RowsModel: the FTS hits for ``text``, best first, in one batch."""

    def fetch(session, offset: int, limit: int) -> list[PersonRow]:
        if offset:
            return []
        hits = search_people(session, text, limit=SEARCH_LIMIT)
        if not hits:
            return []
        rank = {h.id: i for i, h in enumerate(hits)}
        rows = [PersonRow(*r) for r in session.execute(_rows_query().where(Person.id.in_(rank)))]
        return sorted(rows, key=lambda r: rank[r.id])

    return fetch


class PersonePage(Page):
    watches = frozenset({"person", "comune"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        today = dt.date.today()
        self.build_header(with_search=self.tr("Cerca per nome, codice fiscale o comune"))
        columns = [
            Column(self.tr("Cognome Nome"), lambda r: f"{r.last_name} {r.first_name}"),
            Column(self.tr("Codice fiscale"), lambda r: r.codice_fiscale),
            Column(self.tr("Data di nascita"), lambda r: fmt_date(r.birth_date)),
            Column(self.tr("Comune"), lambda r: r.comune),
            Column(self.tr("Età"), lambda r: age_on(r.birth_date, today),
                   Qt.AlignmentFlag.AlignRight),
        ]
        self.model = RowsModel(columns, store, parent=self)
        self.table = self.build_table(self.model, stretch_column=0)
        set_column_widths(self.table, {1: 190, 2: 130, 3: 220, 4: 70})
        self.footer = self.build_footer()
        self.total: int | None = None
        self._search_timer = self.debounce(self._run_search)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.model.loaded.connect(self._update_footer)
        self.table.activated.connect(self._open_person)  # double-click or Enter

    def _open_person(self, index) -> None:
        self.window().open_person(self.model.row_at(index.row()).id)

    def title(self) -> str:
        return self.tr("Persone")

    def subtitle(self) -> str:
        return self.tr("Le persone seguite dal servizio: anagrafica e cartella sociale.")

    def query(self) -> str:
        return self.search_field.text().strip()

    def load(self) -> None:
        self._run_search()
        (QueryOp(self, self.store, lambda store, ctx: _count_people(store))
         .success(self._set_total)
         .run_in_background())

    def _run_search(self) -> None:
        self._search_timer.stop()
        text = self.query()
        self.model.set_source(find_people(text) if text else list_people)

    def _set_total(self, total: int) -> None:
        self.total = total
        self._update_footer()

    def _update_footer(self) -> None:
        text = self.query()
        if text:
            n = self.model.rowCount()
            if n >= SEARCH_LIMIT:
                self.footer.setText(self.tr("Primi %n risultati: affina la ricerca.", "", n))
            else:
                self.footer.setText(self.tr("%n risultati", "", n))
        elif self.total is not None:
            self.footer.setText(self.tr("%n persone in ordine alfabetico", "", self.total))

    def empty_text(self) -> str:
        if self.query():
            return self.tr("Nessuna persona corrisponde a «%1».").replace("%1", self.query())
        return self.tr("Non ci sono ancora persone in questo database.")


def _count_people(store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Person)) or 0


PAGE = PersonePage
