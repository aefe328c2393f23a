"""The economic picture of a person: the nucleo familiare (as the ISEE counts it)
and the ISEE declarations with their validity. Benefits received are ``Measure``
rows (pensione, assegno di inclusione, indennità, voucher)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Syncable, fk
from .people import Person


class HouseholdMember(Syncable, Base):
    __tablename__ = "household_member"

    person_id: Mapped[str] = fk("person.id", nullable=False)
    member_person_id: Mapped[str | None] = fk("person.id")  # when followed too
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    relationship_code: Mapped[str] = mapped_column(String(40))  # catalogue household_relation
    cohabiting: Mapped[bool] = mapped_column(Boolean, default=True)
    since_on: Mapped[dt.date | None] = mapped_column(Date)
    until_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None]

    person: Mapped[Person] = relationship(foreign_keys=[person_id])


class IseeDeclaration(Syncable, Base):
    """An ISEE attestation: its value, the kind (ordinario, corrente,
    sociosanitario, minorenni), when it was issued and until when it is valid."""

    __tablename__ = "isee_declaration"

    person_id: Mapped[str] = fk("person.id", nullable=False)
    kind: Mapped[str] = mapped_column(String(30), default="ordinario")  # catalogue isee_kind
    value_cents: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    protocol: Mapped[str | None] = mapped_column(String(60))  # INPS-ISEE-…
    household_size: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None]

    person: Mapped[Person] = relationship()
