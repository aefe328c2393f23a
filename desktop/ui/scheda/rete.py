"""Rete: the person's network (family, friends, neighbours, co-users, informal
supports), each member with the relation, the part they play (resource, risk,
conflict) and how to reach them. Risks and conflicts stand out."""
from __future__ import annotations

from desktop.core.cartella.rete import MemberFields, MemberRow, check_member, list_members
from desktop.ui.models import Column
from desktop.ui.operations import cartella as ops
from desktop.ui.scheda.tab_base import FormDialog, SchedaTab, combo_code


class ReteTab(SchedaTab):
    watches = frozenset({"network_member"})
    catalogues = ("network_relation", "network_role")

    def __init__(self, store, person_id: str, parent=None):
        super().__init__(store, person_id, parent)
        self.add_button(self.tr("Aggiungi persona…"), self.add_member, name="addMember",
                        needs_choices=True)
        self.add_button(self.tr("Modifica…"), lambda: self.edit_member(self.selected()),
                        name="editMember", needs_row=True, tooltip=self.tr("Modifica (Invio)"))
        self.add_button(self.tr("Elimina"), self.remove_selected, name="removeMember",
                        needs_row=True, tooltip=self.tr("Elimina (Canc)"))
        columns = [
            Column(self.tr("Nome"), lambda r: r.name),
            Column(self.tr("Relazione"), lambda r: r.relation_label),
            Column(self.tr("Ruolo nella rete"), lambda r: r.role_label),
            Column(self.tr("Contatto"), lambda r: r.contact),
            Column(self.tr("Note"), lambda r: r.notes.replace("\n", " ")),
        ]
        self.build_rows_table(columns, stretch=4, fit=(2,), widths={0: 210, 1: 190, 3: 200},
                              warn=lambda r: r.watched)

    def title(self) -> str:
        return self.tr("Rete")

    def empty_text(self) -> str:
        return self.tr("Nessuno nella rete di questa persona. Aggiungi familiari, amici, "
                       "vicini e sostegni informali con «Aggiungi persona…».")

    def fetch(self, session, offset: int, limit: int) -> list[MemberRow]:
        return list_members(session, self.person_id, offset, limit)

    # -------------------------------------------------------------- forms
    def activate(self, row: MemberRow) -> None:
        self.edit_member(row)

    def add_member(self) -> None:
        self._open(None)

    def edit_member(self, row: MemberRow | None) -> None:
        if row is not None and self.choices is not None:
            self._open(row)

    def _open(self, row: MemberRow | None) -> None:
        dialog = FormDialog(
            self, self.tr("Modifica persona della rete") if row else self.tr("Aggiungi alla rete"),
            self.tr("Salva") if row else self.tr("Aggiungi"), lambda: self._save(fields, row))
        fields = {}
        fields["name"] = dialog.line(self.tr("Nome e cognome:"), "name", row.name if row else "",
                    placeholder=self.tr("es. Maria Rossi"))
        fields["relation"] = dialog.combo(self.tr("Relazione:"), "relation",
                                          self.choices["network_relation"],
                                          row.relation if row else None)
        fields["role"] = dialog.combo(self.tr("Ruolo nella rete:"), "role",
                                      self.choices["network_role"], row.role if row else "risorsa")
        fields["contact"] = dialog.line(self.tr("Contatto:"), "contact", row.contact if row else "",
                    placeholder=self.tr("telefono, email o indirizzo"))
        fields["notes"] = dialog.text_area(self.tr("Note:"), "notes", row.notes if row else "")
        self.open_form(dialog)

    def _save(self, fields: dict, row: MemberRow | None):
        values = check_member(MemberFields(  # answers at once; the core checks again
            name=fields["name"].text(), relation=combo_code(fields["relation"]),
            role=combo_code(fields["role"]), contact=fields["contact"].text(),
            notes=fields["notes"].toPlainText()))
        return ops.save_member(self, self.store, self.person_id, values, row.id if row else None)

    # ------------------------------------------------------------ removal
    def removal_question(self, row: MemberRow) -> str:
        return self.tr("Togliere «%1» dalla rete di questa persona?").replace("%1", row.name)

    def removal(self, row: MemberRow):
        return ops.remove_member(self, self.store, row.id)


TAB = ReteTab
