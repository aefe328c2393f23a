"""Rete: the person's network (family, friends, neighbours, co-users, informal
supports), each member with the relation, the part they play (resource, risk,
conflict) and how to reach them. Risks and conflicts stand out."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.core.errors import ValidationError
from desktop.core.model import NetworkMember
from desktop.ui.models import Column
from desktop.core.catalogues import catalogue_labels
from desktop.ui.scheda.tab_base import FormDialog, SchedaTab, combo_code

WATCHED_ROLES = ("rischio", "conflitto")


@dataclass(frozen=True)
class MemberRow:
    id: str
    name: str
    relation: str
    relation_label: str
    role: str
    role_label: str
    contact: str
    notes: str


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
                              warn=lambda r: r.role in WATCHED_ROLES)

    def title(self) -> str:
        return self.tr("Rete")

    def empty_text(self) -> str:
        return self.tr("Nessuno nella rete di questa persona. Aggiungi familiari, amici, "
                       "vicini e sostegni informali con «Aggiungi persona…».")

    def fetch(self, session, offset: int, limit: int) -> list[MemberRow]:
        labels = catalogue_labels(session, "network_relation", "network_role")
        members = session.scalars(
            select(NetworkMember).where(NetworkMember.person_id == self.person_id)
            .order_by(NetworkMember.name, NetworkMember.id).offset(offset).limit(limit))
        return [
            MemberRow(m.id, m.name,
                      m.relation, labels.get(("network_relation", m.relation), m.relation),
                      m.role, labels.get(("network_role", m.role), m.role), m.contact or "",
                      m.notes or "")
            for m in members
        ]

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
            self.tr("Salva") if row else self.tr("Aggiungi"), lambda: self._member_write(fields, row))
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

    def _member_write(self, fields: dict, row: MemberRow | None):
        values = {
            "name": fields["name"].text().strip(),
            "relation": combo_code(fields["relation"]),
            "role": combo_code(fields["role"]),
            "contact": fields["contact"].text().strip() or None,
            "notes": fields["notes"].toPlainText().strip() or None,
        }
        if not values["name"]:
            raise ValidationError(self.tr("Scrivi il nome della persona della rete."), "name")
        person_id, member_id = self.person_id, row.id if row else None

        def write(store, ctx) -> None:
            with store.session() as s:
                member = s.get(NetworkMember, member_id) if member_id else None
                if member_id and member is None:
                    raise ValidationError("Questa persona non è più nella rete: forse è stata "
                                          "eliminata da un collega.")
                if member is None:
                    member = NetworkMember(person_id=person_id)
                    s.add(member)
                for field, value in values.items():
                    setattr(member, field, value)

        return write

    # ------------------------------------------------------------ removal
    def removal_question(self, row: MemberRow) -> str:
        return self.tr("Togliere «%1» dalla rete di questa persona?").replace("%1", row.name)

    def removal(self, row: MemberRow):
        def write(store, ctx) -> None:
            with store.session() as s:
                member = s.get(NetworkMember, row.id)
                if member is not None:
                    s.delete(member)

        return write


TAB = ReteTab
