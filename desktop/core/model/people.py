"""Anagrafica and rete (the person's network / microcomunità), consents, and
the trail of erasures and restrictions (art. 17 and 18 GDPR)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Syncable, fk
from .territory import Comune


# What the duplicate check after a sync asks of every person
# (``desktop.core.duplicati``), as SQLite indexes it: with each term of that
# question on an index, a sync that brought a few people reads only those who
# may be the same, however many the database holds. The expressions are SQL
# text because SQLite uses an expression's index only for the very same
# expression. SQLite only: the district's laptops ask the question, not the
# region's PostgreSQL store.
BLOCK_YEAR = "substr(coalesce(birth_date, '?'), 1, 4)"  # dates are ISO text in SQLite
BLOCK_NAME = (f"{BLOCK_YEAR} || '|' || substr(last_name, 1, 1) || '|' || "
              "substr(coalesce(first_name, ''), 1, 1)")
BLOCK_UNFORESEEN = "(last_name GLOB '*[^A-Za-z0-9]*' OR first_name GLOB '[^A-Za-z0-9]*')"
BLOCK_OMOCODIA = ("(substr(codice_fiscale, 7, 2) || substr(codice_fiscale, 10, 2) || "
                  "substr(codice_fiscale, 13, 3)) GLOB '*[A-Za-z]*'")
BLOCK_CODE_LETTERS = "substr(codice_fiscale, 1, 6)"
BLOCK_CODE_REST = "substr(codice_fiscale, 7, 9)"


class Person(Syncable, Base):
    __tablename__ = "person"
    __table_args__ = tuple(index.ddl_if(dialect="sqlite") for index in (
        Index("ix_person_block_name", text(BLOCK_NAME)),
        Index("ix_person_block_unforeseen", text(BLOCK_YEAR), sqlite_where=text(BLOCK_UNFORESEEN)),
        Index("ix_person_block_omocodia", "codice_fiscale", sqlite_where=text(BLOCK_OMOCODIA)),
        Index("ix_person_block_code_letters", text(BLOCK_CODE_LETTERS)),
        Index("ix_person_block_code_rest", text(BLOCK_CODE_REST)),
    ))

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str | None] = mapped_column(String(1))  # M / F
    birth_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    birth_comune_id: Mapped[str | None] = fk("comune.id")
    birth_country: Mapped[str | None] = mapped_column(String(80))  # when born abroad
    codice_fiscale: Mapped[str | None] = mapped_column(String(16), index=True)
    codice_fiscale_missing_reason: Mapped[str | None] = mapped_column(String(300))
    citizenship: Mapped[str | None] = mapped_column(String(80))
    residence_comune_id: Mapped[str | None] = fk("comune.id")
    residence_address: Mapped[str | None] = mapped_column(String(200))
    domicile_comune_id: Mapped[str | None] = fk("comune.id")
    domicile_address: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[str | None] = mapped_column(String(200))
    guardian_kind: Mapped[str | None] = mapped_column(String(40))  # amministratore di sostegno, tutore, curatore
    guardian_name: Mapped[str | None] = mapped_column(String(200))
    guardian_contact: Mapped[str | None] = mapped_column(String(200))
    consent_given_on: Mapped[dt.date | None] = mapped_column(Date)
    privacy_notice_on: Mapped[dt.date | None] = mapped_column(Date)
    home_territorial_unit_id: Mapped[str | None] = fk("territorial_unit.id")
    case_manager_id: Mapped[str | None] = fk("operator.id")
    notes: Mapped[str | None]
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Processing restricted (art. 18 GDPR) since this day: kept, but out of every
    # list and search for operators who may not erase (``core.access``, ``core.erasure``).
    restricted_on: Mapped[dt.date | None] = mapped_column(Date)

    birth_comune: Mapped[Comune | None] = relationship(foreign_keys=[birth_comune_id])
    residence_comune: Mapped[Comune | None] = relationship(foreign_keys=[residence_comune_id])
    domicile_comune: Mapped[Comune | None] = relationship(foreign_keys=[domicile_comune_id])
    network: Mapped[list["NetworkMember"]] = relationship(
        back_populates="person", cascade="all, delete-orphan",
        foreign_keys="NetworkMember.person_id",
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def age_on(self, day: dt.date) -> int | None:
        if not self.birth_date:
            return None
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


class NetworkMember(Syncable, Base):
    """Someone in the person's network, with the part they play in it."""

    __tablename__ = "network_member"

    person_id: Mapped[str] = fk("person.id", nullable=False)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(40))  # catalogue network_relation
    role: Mapped[str] = mapped_column(String(20), default="risorsa")  # risorsa / rischio / conflitto / neutro
    contact: Mapped[str | None] = mapped_column(String(200))
    linked_person_id: Mapped[str | None] = fk("person.id")  # a co-utente who has a cartella
    notes: Mapped[str | None]

    person: Mapped[Person] = relationship(back_populates="network", foreign_keys=[person_id])


class Consent(Syncable, Base):
    """The person's consent to share their data with one organisation of the
    network (a cooperative, the CSM, the CPI…), given on a date by the person or
    their guardian, until withdrawn. Withdrawal keeps the record: it is a trail."""

    __tablename__ = "consent"

    person_id: Mapped[str] = fk("person.id", nullable=False)
    organisation_id: Mapped[str] = fk("organisation.id", nullable=False)
    given_on: Mapped[dt.date] = mapped_column(Date)
    given_by: Mapped[str] = mapped_column(String(200))  # la persona, or the guardian by name
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawal_reason: Mapped[str | None]
    notes: Mapped[str | None]
    recorded_by_id: Mapped[str | None] = fk("operator.id")


class Erasure(Syncable, Base):
    """A person erased (``cancellazione``, art. 17 GDPR) or their processing
    restricted (``limitazione``, art. 18): who, when and why, naming the person by
    id only, never by name or codice fiscale. No foreign key: the trail outlives
    the person. Synced, so every replica learns of it. Written once by
    ``desktop.core.erasure`` and edited by nothing; who, when and which person
    are also in the hash-chained audit row that names the entry's id.
    ``removed`` counts the rows erased per table; ``anonymised`` lists by id the
    rows of other people that named the person and were detached from them."""

    __tablename__ = "erasure"

    person_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # cancellazione / limitazione
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    operator_id: Mapped[str | None] = mapped_column(String(36))
    role: Mapped[str | None] = mapped_column(String(80))  # the operator's roles at that moment
    removed: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    anonymised: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class PersonLink(Syncable, Base):
    """Two person records that are one person, or might be, as a person decided
    (``decision``: confermato, respinto, da verificare) on the evidence of the
    matching (``desktop.coordinator.matching``). Nothing is merged: both records
    stay as they are, indicators count a confirmed pair once, and removing the
    link undoes it exactly. ``person_a_id`` sorts before ``person_b_id``."""

    __tablename__ = "person_link"

    person_a_id: Mapped[str] = fk("person.id", nullable=False)
    person_b_id: Mapped[str] = fk("person.id", nullable=False)
    decision: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    decided_by_id: Mapped[str | None] = fk("operator.id")
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime)
