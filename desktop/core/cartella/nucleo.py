"""Nucleo e ISEE: the household as the ISEE counts it and the ISEE declarations
with their validity, so the economic picture (with the Misure) is in one place.

Validity follows the law: an ordinary DSU is valid until 31 December of the
year it is filed (DPCM 159/2013 as amended by DL 4/2019), an ISEE corrente
for six months. A declaration saved without an end date gets the one its
kind implies; an expired one is flagged, never hidden."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import records
from desktop.core.audit import audited, first_page
from desktop.core.catalogues import catalogue_labels
from desktop.core.errors import ValidationError
from desktop.core.model import HouseholdMember, IseeDeclaration, Person

EARLIEST_BIRTH = dt.date(1900, 1, 1)
EXPIRING_DAYS = 30  # an ISEE expiring within this many days is «in scadenza»
CORRENTE_MONTHS = 6
VALID, EXPIRING, EXPIRED = "valido", "in scadenza", "scaduto"
MEMBER_GONE = "Questo componente non è più nel nucleo: forse è stato eliminato da un collega."
ISEE_GONE = "Questa attestazione ISEE non esiste più: forse è stata eliminata da un collega."
_NAME = re.compile(r"^[^\W\d_]+(?:[ '’.-]+[^\W\d_]+)*\.?$")  # letters, with ' - . and spaces


# ------------------------------------------------------------------ nucleo
@dataclass(frozen=True)
class HouseholdRow:
    id: str
    first_name: str
    last_name: str
    birth_date: dt.date | None
    relationship_code: str
    relationship_label: str
    cohabiting: bool
    since_on: dt.date | None
    until_on: dt.date | None
    member_person_id: str | None
    notes: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class HouseholdFields:
    """What the user says about a member; ``member_person_id`` when the member
    has a cartella too (the names then default to that person's)."""

    first_name: str
    last_name: str
    relationship_code: str
    birth_date: dt.date | None = None
    cohabiting: bool = True
    since_on: dt.date | None = None
    until_on: dt.date | None = None
    member_person_id: str | None = None
    notes: str | None = None


def _check_name(value: str, label: str, field: str) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise ValidationError(f"{label} è obbligatorio.", field)
    if len(value) > 100:
        raise ValidationError(f"{label} è troppo lungo (massimo 100 caratteri).", field)
    if not _NAME.match(value):
        raise ValidationError(f"{label} può contenere solo lettere, spazi, apostrofi e "
                              "trattini.", field)
    return value


def check_household_member(fields: HouseholdFields, *, person_id: str | None = None,
                           today: dt.date | None = None) -> HouseholdFields:
    """The fields as they will be stored, or a ValidationError naming the field.
    Names may be left empty only for a member linked to a cartella."""
    today = today or dt.date.today()
    if person_id is not None and fields.member_person_id == person_id:
        raise ValidationError("Un componente del nucleo non può essere la persona stessa.",
                              "member_person_id")
    linked = fields.member_person_id is not None
    first = last = ""
    if not linked or (fields.first_name or "").strip():
        first = _check_name(fields.first_name, "Il nome", "first_name")
    if not linked or (fields.last_name or "").strip():
        last = _check_name(fields.last_name, "Il cognome", "last_name")
    if not fields.relationship_code:
        raise ValidationError("Scegli la relazione con la persona.", "relationship_code")
    born = fields.birth_date
    if born is not None:
        if born > today:
            raise ValidationError("La data di nascita è nel futuro.", "birth_date")
        if born < EARLIEST_BIRTH:
            raise ValidationError("La data di nascita è precedente al 1900: controllala.",
                                  "birth_date")
    if fields.since_on and fields.until_on and fields.until_on < fields.since_on:
        raise ValidationError("La data di uscita dal nucleo non può precedere quella di "
                              "ingresso.", "until_on")
    if born and fields.since_on and fields.since_on < born:
        raise ValidationError("L'ingresso nel nucleo non può precedere la nascita.", "since_on")
    return replace(fields, first_name=first, last_name=last,
                   notes=(fields.notes or "").strip() or None)


@audited("read", person=lambda a, r: a["person_id"], table="household_member",
         when=first_page)
def list_household(session: Session, person_id: str, offset: int = 0,
                   limit: int | None = None) -> list[HouseholdRow]:
    """The members still in the household first, then those who left; by name."""
    labels = catalogue_labels(session, "household_relation")
    members = session.scalars(
        select(HouseholdMember).where(HouseholdMember.person_id == person_id)
        .order_by(HouseholdMember.until_on.is_not(None), HouseholdMember.last_name,
                  HouseholdMember.first_name, HouseholdMember.id)
        .offset(offset).limit(limit))
    return [
        HouseholdRow(m.id, m.first_name or "", m.last_name or "", m.birth_date,
                     m.relationship_code,
                     labels.get(("household_relation", m.relationship_code), m.relationship_code),
                     bool(m.cohabiting), m.since_on, m.until_on, m.member_person_id,
                     m.notes or "")
        for m in members
    ]


def save_household_member(session: Session, person_id: str, fields: HouseholdFields,
                          member_id: str | None = None) -> str:
    """A new member of the person's household, or ``member_id`` changed; returns its id."""
    fields = check_household_member(fields, person_id=person_id)
    if fields.member_person_id is not None:
        linked = session.get(Person, fields.member_person_id)
        if linked is None:
            raise ValidationError("La persona collegata non esiste o non è visibile.",
                                  "member_person_id")
        fields = replace(fields, first_name=fields.first_name or linked.first_name,
                         last_name=fields.last_name or linked.last_name,
                         birth_date=fields.birth_date or linked.birth_date)
    return records.save(session, HouseholdMember, member_id, MEMBER_GONE, fields,
                        person_id=person_id)


def remove_household_member(session: Session, member_id: str) -> None:
    records.remove(session, HouseholdMember, member_id)


# -------------------------------------------------------------------- ISEE
@dataclass(frozen=True)
class IseeRow:
    id: str
    kind: str
    kind_label: str
    value_cents: int
    issued_on: dt.date
    valid_until: dt.date
    protocol: str
    household_size: int | None
    notes: str
    status: str  # valido, in scadenza, scaduto (on the day it was read)

    @property
    def expired(self) -> bool:
        return self.status == EXPIRED

    @property
    def validity_text(self) -> str:
        return validity_text(self.status, self.valid_until)


def validity_text(status: str, valid_until: dt.date) -> str:
    """«valido fino al …», «in scadenza il …», «scaduto il …»."""
    when = valid_until.strftime("%d/%m/%Y")
    return {VALID: f"valido fino al {when}", EXPIRING: f"in scadenza il {when}",
            EXPIRED: f"scaduto il {when}"}[status]


@dataclass(frozen=True)
class IseeFields:
    kind: str
    value_cents: int | None
    issued_on: dt.date | None
    valid_until: dt.date | None = None  # None: the date the kind implies
    protocol: str | None = None
    household_size: int | None = None
    notes: str | None = None


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_valid_until(kind: str, issued_on: dt.date) -> dt.date:
    """An ISEE corrente lasts six months; every other kind rests on an ordinary
    DSU, valid until 31 December of the year it was filed."""
    if kind == "corrente":
        return _add_months(issued_on, CORRENTE_MONTHS) - dt.timedelta(days=1)
    return dt.date(issued_on.year, 12, 31)


def isee_status(row: IseeRow | IseeDeclaration | IseeFields, today: dt.date | None = None) -> str:
    """valido, in scadenza (within 30 days), or scaduto."""
    today = today or dt.date.today()
    if row.valid_until < today:
        return EXPIRED
    if (row.valid_until - today).days <= EXPIRING_DAYS:
        return EXPIRING
    return VALID


def check_isee(fields: IseeFields, today: dt.date | None = None) -> IseeFields:
    """The fields as they will be stored, the end of validity proposed when
    left empty, or a ValidationError naming the field."""
    today = today or dt.date.today()
    if not fields.kind:
        raise ValidationError("Scegli il tipo di ISEE.", "kind")
    if fields.value_cents is None:
        raise ValidationError("Indica il valore dell'ISEE.", "value_cents")
    if fields.value_cents < 0:
        raise ValidationError("Il valore dell'ISEE non può essere negativo.", "value_cents")
    if fields.issued_on is None:
        raise ValidationError("Indica la data di rilascio dell'attestazione.", "issued_on")
    if fields.issued_on > today:
        raise ValidationError("La data di rilascio è nel futuro.", "issued_on")
    valid_until = fields.valid_until or default_valid_until(fields.kind, fields.issued_on)
    if valid_until < fields.issued_on:
        raise ValidationError("La scadenza non può precedere la data di rilascio.", "valid_until")
    if fields.household_size is not None and not 1 <= fields.household_size <= 30:
        raise ValidationError("Il numero dei componenti deve essere tra 1 e 30.",
                              "household_size")
    protocol = (fields.protocol or "").strip().upper() or None
    if protocol and len(protocol) > 60:
        raise ValidationError("Il protocollo è troppo lungo (massimo 60 caratteri).", "protocol")
    return replace(fields, valid_until=valid_until, protocol=protocol,
                   notes=(fields.notes or "").strip() or None)


def _isee_row(d: IseeDeclaration, labels: dict, today: dt.date) -> IseeRow:
    return IseeRow(d.id, d.kind, labels.get(("isee_kind", d.kind), d.kind), d.value_cents,
                   d.issued_on, d.valid_until, d.protocol or "", d.household_size,
                   d.notes or "", isee_status(d, today))


@audited("read", person=lambda a, r: a["person_id"], table="isee_declaration",
         when=first_page)
def list_isee(session: Session, person_id: str, offset: int = 0, limit: int | None = None,
              today: dt.date | None = None) -> list[IseeRow]:
    """The declarations, most recently issued first, each with its status today."""
    today = today or dt.date.today()
    labels = catalogue_labels(session, "isee_kind")
    declarations = session.scalars(
        select(IseeDeclaration).where(IseeDeclaration.person_id == person_id)
        .order_by(IseeDeclaration.issued_on.desc(), IseeDeclaration.id)
        .offset(offset).limit(limit))
    return [_isee_row(d, labels, today) for d in declarations]


@audited("read", person=lambda a, r: a["person_id"], table="isee_declaration")
def current_isee(session: Session, person_id: str, today: dt.date | None = None) -> IseeRow | None:
    """The latest declaration issued by ``today`` (expired or not: its status
    says so), or None."""
    today = today or dt.date.today()
    declaration = session.scalar(
        select(IseeDeclaration).where(IseeDeclaration.person_id == person_id,
                                      IseeDeclaration.issued_on <= today)
        .order_by(IseeDeclaration.issued_on.desc(), IseeDeclaration.valid_until.desc())
        .limit(1))
    if declaration is None:
        return None
    return _isee_row(declaration, catalogue_labels(session, "isee_kind"), today)


def save_isee(session: Session, person_id: str, fields: IseeFields,
              declaration_id: str | None = None) -> str:
    """A new ISEE declaration of the person, or ``declaration_id`` changed; returns its id."""
    return records.save(session, IseeDeclaration, declaration_id, ISEE_GONE,
                        check_isee(fields), person_id=person_id)


def remove_isee(session: Session, declaration_id: str) -> None:
    records.remove(session, IseeDeclaration, declaration_id)
