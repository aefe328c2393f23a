"""Patti: the patti this person is a beneficiary of (alone or in a group
project), newest first. Enter opens one in the patto editor; «Nuovo patto…»
starts one from a template (the patto_kind catalogue) for this person.

Patti are not removed from here: a patto ends by its lifecycle (concluso,
rinnovato), never by a delete in a list.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core.errors import ValidationError
from desktop.core.model import Operator, Patto, PattoBeneficiary, Person
from desktop.core.profile import current_operator
from desktop.core.rules import patti as patti_rules
from desktop.ui.models import Column, fmt_date
from desktop.ui.pages.labels import catalogue_labels
from desktop.ui.scheda.tab_base import FormDialog, SchedaTab, combo_code


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


def create_patto(store, person_id: str, kind: str, title: str) -> str:
    """A new patto in bozza for ``person_id``, authored by the current operator
    and placed in the person's district; returns its id."""
    operator = current_operator(store)
    with store.session() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise ValidationError("La persona non esiste più in questo database.")
        patto = patti_rules.new_patto(
            s, kind=kind, title=title, beneficiaries=[person],
            author_id=operator.id if operator else None,
            territorial_unit_id=person.home_territorial_unit_id)
        return patto.id


class PattiTab(SchedaTab):
    watches = frozenset({"patto", "patto_beneficiary", "patto_version", "operator"})
    catalogues = ("patto_kind",)

    def __init__(self, store, person_id: str, parent=None):
        super().__init__(store, person_id, parent)
        self.add_button(self.tr("Nuovo patto…"), self.new_patto, name="newPatto",
                        needs_choices=True)
        self.add_button(self.tr("Apri"), lambda: self.activate(self.selected()), name="openPatto",
                        needs_row=True, tooltip=self.tr("Apri il patto (Invio)"))
        columns = [
            Column(self.tr("Titolo"), lambda r: r.title),
            Column(self.tr("Tipo"), lambda r: r.kind_label),
            Column(self.tr("Stato"), lambda r: r.state_label),
            Column(self.tr("Versione"), lambda r: r.version, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Periodo"), lambda r: " – ".join(
                d for d in (fmt_date(r.start_on), fmt_date(r.end_on)) if d)),
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

    def new_patto(self) -> FormDialog:
        fields = {}
        dialog = FormDialog(self, self.tr("Nuovo patto"), self.tr("Crea e apri"),
                            lambda: self._patto_write(fields))
        fields["kind"] = dialog.combo(self.tr("Modello:"), "kind", self.choices["patto_kind"])
        fields["title"] = dialog.line(self.tr("Titolo:"), "title",
                                      placeholder=self.tr("es. Casa e lavoro: verso l'autonomia"))
        dialog.accepted.connect(lambda: self.window().open_patto(dialog.result_value))
        self.open_form(dialog)
        fields["title"].setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

    def _patto_write(self, fields: dict):
        title = fields["title"].text().strip()
        if not title:
            raise ValidationError(self.tr("Dai un titolo al patto."), "title")
        kind, person_id = combo_code(fields["kind"]), self.person_id
        return lambda store, ctx: create_patto(store, person_id, kind, title)


TAB = PattiTab
