"""Patti: the patti this person is a beneficiary of (alone or in a group
project), newest first. Enter opens one in the patto editor; «Nuovo patto…»
opens the editor's new-patto dialog with this person as beneficiary.

Patti are not removed from here: a patto ends by its lifecycle (concluso,
rinnovato), never by a delete in a list.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core import formats
from desktop.core.patti.lists import PersonPattoRow, patti_of_person
from desktop.ui.models import Column
from desktop.ui.operations import patti as ops
from desktop.ui.scheda.tab_base import SchedaTab


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
            Column(self.tr("Stato"), lambda r: (
                self.tr("%1 · scaduto").replace("%1", r.state_label) if r.expired
                else r.state_label)),
            Column(self.tr("Versione"), lambda r: r.version, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Periodo"), lambda r: " – ".join(
                d for d in (formats.day(r.start_on), formats.day(r.end_on)) if d)),
            Column(self.tr("Case manager"), lambda r: r.case_manager),
        ]
        self.build_rows_table(columns, stretch=0, fit=(2, 3, 4), widths={1: 230, 5: 160},
                              removable=False, warn=lambda r: r.expired)

    def title(self) -> str:
        return self.tr("Patti")

    def empty_text(self) -> str:
        return self.tr("Nessun patto per questa persona. «Nuovo patto…» ne avvia uno da un "
                       "modello: PTRI con Budget di Salute, patto per l'inclusione, progetto di "
                       "vita con PIS o progetto personalizzato.")

    def fetch(self, session, offset: int, limit: int) -> list[PersonPattoRow]:
        return patti_of_person(session, self.person_id, offset, limit)

    def activate(self, row: PersonPattoRow | None) -> None:
        if row is not None:
            self.window().open_patto(row.id)

    def new_patto(self) -> None:
        """The patto editor's own «Nuovo patto» dialog, with this person already
        among the beneficiaries (others can join for a group project)."""
        ops.beneficiary_name(self, self.store, self.person_id) \
            .success(self._open_new_patto).run_in_background()

    def _open_new_patto(self, name: str) -> None:
        from desktop.ui.patto_editor import NewPattoDialog

        dialog = NewPattoDialog(self.store, self, beneficiaries=[(self.person_id, name)])
        dialog.created.connect(lambda patto_id: self.window().open_patto(patto_id))
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()
        dialog.title.setFocus(Qt.FocusReason.OtherFocusReason)


TAB = PattiTab
