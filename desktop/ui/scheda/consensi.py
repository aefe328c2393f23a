"""Consensi: with which organisations of the network the person's data may be
shared, given when and by whom, and withdrawn when. A withdrawal is recorded,
never erased: consents are a trail, so there is no «Elimina» here."""
from __future__ import annotations

import datetime as dt

from desktop.core import formats
from desktop.core.cartella.consensi import ConsentFields, ConsentRow, check_consent, list_consents
from desktop.ui.models import Column
from desktop.ui.operations import cartella as ops
from desktop.ui.scheda.tab_base import FormDialog, SchedaTab, combo_code, read_date


class ConsensiTab(SchedaTab):
    watches = frozenset({"consent", "organisation"})

    def __init__(self, store, person_id: str, parent=None):
        super().__init__(store, person_id, parent)
        self.add_button(self.tr("Registra consenso…"), self.add_consent, name="addConsent",
                        needs_choices=True)
        self.add_button(self.tr("Modifica…"), lambda: self.edit_consent(self.selected()),
                        name="editConsent", needs_row=True, tooltip=self.tr("Modifica (Invio)"))
        self.add_button(self.tr("Revoca…"), lambda: self.withdraw(self.selected()),
                        name="withdrawConsent", needs_row=True,
                        tooltip=self.tr("La persona revoca il consenso (resta registrato)"))
        columns = [
            Column(self.tr("Ente"), lambda r: r.organisation),
            Column(self.tr("Dato il"), lambda r: formats.day(r.given_on)),
            Column(self.tr("Da"), lambda r: r.given_by),
            Column(self.tr("Stato"), lambda r: self.tr("in vigore") if r.in_force else
                   self.tr("revocato il %1").replace("%1", formats.day(r.withdrawn_on))),
            Column(self.tr("Note"), lambda r: (r.withdrawal_reason or r.notes).replace("\n", " ")),
        ]
        self.build_rows_table(columns, stretch=4, fit=(1, 3), widths={0: 280, 2: 200},
                              warn=lambda r: not r.in_force)

    def title(self) -> str:
        return self.tr("Consensi")

    def empty_text(self) -> str:
        return self.tr("Nessun consenso alla condivisione registrato. Registra con quali enti "
                       "della rete la persona acconsente a condividere i suoi dati.")

    def load(self) -> None:
        self.model.set_source(self.fetch)
        if self.choices is None:
            ops.consent_choices(self, self.store).success(self._choices_loaded) \
                .run_in_background()

    def fetch(self, session, offset: int, limit: int) -> list[ConsentRow]:
        return list_consents(session, self.person_id, offset, limit)

    # -------------------------------------------------------------- forms
    def activate(self, row: ConsentRow) -> None:
        self.edit_consent(row)

    def add_consent(self) -> None:
        self._open(None)

    def edit_consent(self, row: ConsentRow | None) -> None:
        if row is not None and self.choices is not None:
            self._open(row)

    def _open(self, row: ConsentRow | None) -> None:
        dialog = FormDialog(
            self, self.tr("Modifica consenso") if row else self.tr("Registra consenso"),
            self.tr("Salva") if row else self.tr("Registra"), lambda: self._save(fields, row))
        fields = {}
        fields["organisation"] = dialog.combo(self.tr("Condivisione con:"), "organisation_id",
                                              self.choices["organisation"],
                                              row.organisation_id if row else None)
        fields["given_on"] = dialog.date_line(self.tr("Dato il:"), "given_on",
                                              row.given_on if row else dt.date.today())
        fields["given_by"] = dialog.line(self.tr("Dato da:"), "given_by",
                                         row.given_by if row else self.tr("la persona"),
                                         placeholder=self.tr("la persona, o chi la rappresenta"))
        fields["notes"] = dialog.text_area(self.tr("Note:"), "notes", row.notes if row else "")
        self.open_form(dialog)

    def _save(self, fields: dict, row: ConsentRow | None):
        values = check_consent(ConsentFields(  # answers at once; the core checks again
            organisation_id=combo_code(fields["organisation"]),
            given_on=read_date(fields["given_on"], self.tr("Data del consenso"), required=True),
            given_by=fields["given_by"].text(), notes=fields["notes"].toPlainText()))
        return ops.give_consent(self, self.store, self.person_id, values, row.id if row else None)

    # ---------------------------------------------------------- withdrawal
    def remove_selected(self) -> None:
        """Del withdraws: a consent is never deleted."""
        self.withdraw(self.selected())

    def withdraw(self, row: ConsentRow | None) -> None:
        if row is None or not row.in_force:
            return
        dialog = FormDialog(
            self, self.tr("Revoca del consenso: %1").replace("%1", row.organisation),
            self.tr("Revoca"), lambda: ops.withdraw_consent(
                self, self.store, row.id,
                read_date(fields["on"], self.tr("Data della revoca"), required=True),
                fields["reason"].toPlainText()))
        fields = {"on": dialog.date_line(self.tr("Revocato il:"), "withdrawn_on", dt.date.today()),
                  "reason": dialog.text_area(self.tr("Motivo o modalità:"), "reason", "")}
        self.open_form(dialog)


TAB = ConsensiTab
