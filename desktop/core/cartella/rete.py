"""Rete: the person's network (family, friends, neighbours, co-users, informal
supports), each member with the relation, the part they play (resource, risk,
conflict) and how to reach them. Risks and conflicts are the ones to watch."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import records
from desktop.core.catalogues import catalogue_labels
from desktop.core.errors import ValidationError
from desktop.core.model import NetworkMember
from desktop.core.audit import audited, first_page

WATCHED_ROLES = ("rischio", "conflitto")
GONE = "Questa persona non è più nella rete: forse è stata eliminata da un collega."


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

    @property
    def watched(self) -> bool:
        """A risk or a conflict: the list makes it stand out."""
        return self.role in WATCHED_ROLES


@dataclass(frozen=True)
class MemberFields:
    name: str
    relation: str
    role: str = "risorsa"
    contact: str | None = None
    notes: str | None = None


def check_member(fields: MemberFields) -> MemberFields:
    """The fields as they will be stored (trimmed, blanks as None), or a
    ValidationError naming the field."""
    name = (fields.name or "").strip()
    if not name:
        raise ValidationError("Scrivi il nome della persona della rete.", "name")
    if not fields.relation:
        raise ValidationError("Scegli la relazione con la persona.", "relation")
    if not fields.role:
        raise ValidationError("Scegli il ruolo nella rete.", "role")
    return MemberFields(name, fields.relation, fields.role, _text(fields.contact), _text(fields.notes))


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


@audited("read", person=lambda a, r: a["person_id"], table="network_member",
         when=first_page)
def list_members(session: Session, person_id: str, offset: int = 0,
                 limit: int | None = None) -> list[MemberRow]:
    """The network by name."""
    labels = catalogue_labels(session, "network_relation", "network_role")
    members = session.scalars(
        select(NetworkMember).where(NetworkMember.person_id == person_id)
        .order_by(NetworkMember.name, NetworkMember.id).offset(offset).limit(limit))
    return [
        MemberRow(m.id, m.name,
                  m.relation, labels.get(("network_relation", m.relation), m.relation),
                  m.role, labels.get(("network_role", m.role), m.role), m.contact or "",
                  m.notes or "")
        for m in members
    ]


def save_member(session: Session, person_id: str, fields: MemberFields,
                member_id: str | None = None) -> str:
    """A new member of the person's network, or ``member_id`` changed; returns its id."""
    return records.save(session, NetworkMember, member_id, GONE, check_member(fields),
                        person_id=person_id)


def remove_member(session: Session, member_id: str) -> None:
    records.remove(session, NetworkMember, member_id)
