"""Patti: the patti this person is a beneficiary of (alone or in a group
project), newest first. Enter opens one in the patto editor; «Nuovo patto…»
opens the editor's new-patto dialog with this person as beneficiary.

Patti are not removed from here: a patto ends by its lifecycle (concluso,
rinnovato), never by a delete in a list.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core import formats
from desktop.core.model import Operator, Patto, PattoBeneficiary, Person
from desktop.ui.models import Column
from desktop.core.catalogues import catalogue_labels
from desktop.ui.operations import QueryOp
from desktop.ui.scheda.tab_base import SchedaTab


@dataclass(frozen=True)
class PattoRow:
    id: str
    title: str
    kind_label: str
    state_label: str
    version: int
    case_manager: str
    start_on: dt.date | None
    end_on: dt.date | None


class PattiTab(SchedaTab):
    watches = frozenset({"patto", "patto_beneficiary", "patto_version", "operator"})

    def __init__(self, store, person_id: str, parent=None):
        super().__init__(store, person_id, parent)
        self.add_button(self.tr("Nuovo patto…"), self.new_patto, name="newPatto")
        self.add_button(self.tr("Apri"), lambda: self.activate(self.selected()), name="openPatto",
                        needs_row=True, tooltip=self.tr("Apri il patto (Invio)"))
        columns = [
            Column(self.tr("Titolo"), lambda r: r.title),
            Column(self.tr("Tipo"), lambda r: r.kind_label),
            Column(self.tr("Stato"), lambda r: r.state_label),
            Column(self.tr("Versione"), lambda r: r.version, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Periodo"), lambda r: " – ".join(
                d for d in (formats.day(r.start_on), formats.day(r.end_on)) if d)),
            Column(self.tr("Case manager"), lambda r: r.case_manager),
        ]
        self.build_rows_table(columns, stretch=0, fit=(2, 3, 4), widths={1: 230, 5: 160},
                              removable=False)

    def title(self) -> str:
        return self.tr("Patti")

    def empty_text(self) -> str:
        return self.tr("Nessun patto per questa persona. «Nuovo patto…» ne avvia uno da un "
                       "modello: PTRI con Budget di Salute, patto per l'inclusione, progetto di "
                       "vita con PIS o progetto personalizzato.")

    def fetch(self, session, offset: int, limit: int) -> list[PattoRow]:
        labels = catalogue_labels(session, "patto_kind", "patto_state")
        rows = session.execute(
            select(Patto.id, Patto.title, Patto.kind, Patto.state, Patto.current_version,
                   Operator.first_name + " " + Operator.last_name, Patto.start_on, Patto.end_on)
            .join(PattoBeneficiary, PattoBeneficiary.patto_id == Patto.id)
            .outerjoin(Operator, Operator.id == Patto.case_manager_id)
            .where(PattoBeneficiary.person_id == self.person_id)
            .order_by(Patto.created_at.desc(), Patto.id)
            .offset(offset).limit(limit))
        return [
            PattoRow(pid, title, labels.get(("patto_kind", kind), kind),
                     labels.get(("patto_state", state), state), version or 1, manager or "",
                     start, end)
            for pid, title, kind, state, version, manager, start, end in rows
        ]

    def activate(self, row: PattoRow | None) -> None:
        if row is not None:
            self.window().open_patto(row.id)

    def new_patto(self) -> None:
        """The patto editor's own «Nuovo patto» dialog, with this person already
        among the beneficiaries (others can join for a group project)."""
        person_id = self.person_id

        def read_name(store, ctx) -> str:
            with store.read() as s:
                person = s.get(Person, person_id)
                return f"{person.first_name} {person.last_name}" if person else ""

        QueryOp(self, self.store, read_name).success(self._open_new_patto).run_in_background()

    def _open_new_patto(self, name: str) -> None:
        from desktop.ui.patto_editor import NewPattoDialog

        dialog = NewPattoDialog(self.store, self, beneficiaries=[(self.person_id, name)])
        dialog.created.connect(lambda patto_id: self.window().open_patto(patto_id))
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()
        dialog.title.setFocus(Qt.FocusReason.OtherFocusReason)


TAB = PattiTab
