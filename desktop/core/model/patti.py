"""Patti: the signed individual project, its content, versions and verifications.

The child rows (goals, supports, budget, impegni, signatories) are the working copy
of the patto's current version. Signing snapshots them into a frozen PattoVersion
and locks the working copy; "modifica in itinere" unlocks it under a new version.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, FreezeRule, Syncable, fk
from .operators import Operator, Organisation
from .people import Person

AXES = ("abitare", "lavoro", "socialita")


class Patto(Syncable, Base):
    __tablename__ = "patto"
    __frozen_exempt__ = frozenset({"state", "locked", "current_version", "renewed_by_id"})

    kind: Mapped[str] = mapped_column(String(40))  # catalogue patto_kind
    title: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20), default="bozza", index=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    intensity: Mapped[str | None] = mapped_column(String(10))  # bassa / media / alta
    phase: Mapped[str | None] = mapped_column(String(10))  # pre_bds / bds / post_bds
    case_manager_id: Mapped[str | None] = fk("operator.id")
    territorial_unit_id: Mapped[str | None] = fk("territorial_unit.id")
    person_wishes: Mapped[str | None] = mapped_column(Text)
    family_expectations: Mapped[str | None] = mapped_column(Text)
    blocks: Mapped[str | None] = mapped_column(Text)
    strengths: Mapped[str | None] = mapped_column(Text)
    start_on: Mapped[dt.date | None] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    renewed_by_id: Mapped[str | None] = fk("patto.id")
    uvm_session_id: Mapped[str | None] = fk("uvm_session.id")  # the UVM that authorised it
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    case_manager: Mapped[Operator | None] = relationship()
    beneficiaries: Mapped[list["PattoBeneficiary"]] = relationship(
        back_populates="patto", cascade="all, delete-orphan", order_by="PattoBeneficiary.position"
    )
    goals: Mapped[list["Goal"]] = relationship(
        back_populates="patto", cascade="all, delete-orphan", order_by="Goal.position"
    )
    supports: Mapped[list["Support"]] = relationship(
        back_populates="patto", cascade="all, delete-orphan", order_by="Support.position"
    )
    budget_lines: Mapped[list["BudgetLine"]] = relationship(
        back_populates="patto", cascade="all, delete-orphan", order_by="BudgetLine.position"
    )
    commitments: Mapped[list["Commitment"]] = relationship(
        back_populates="patto", cascade="all, delete-orphan", order_by="Commitment.position"
    )
    signatories: Mapped[list["Signatory"]] = relationship(
        back_populates="patto", cascade="all, delete-orphan", order_by="Signatory.position"
    )
    verifications: Mapped[list["Verification"]] = relationship(
        back_populates="patto", cascade="all, delete-orphan", order_by="Verification.scheduled_on"
    )
    versions: Mapped[list["PattoVersion"]] = relationship(
        back_populates="patto", cascade="all, delete-orphan", order_by="PattoVersion.number"
    )

    def frozen_reason(self, previous: dict[str, Any]) -> str | None:
        if previous.get("locked"):
            return (
                "Il patto è firmato: per cambiarlo usa «Modifica in itinere», "
                "che crea una nuova versione."
            )
        return None


class _PattoPart(Syncable):
    """A row of the patto's working copy: frozen while the patto is locked."""

    def frozen_reason(self, previous: dict[str, Any]) -> str | None:
        patto = getattr(self, "patto", None)
        if patto is not None and patto.locked:
            return (
                "Il patto è firmato: per cambiarlo usa «Modifica in itinere», "
                "che crea una nuova versione."
            )
        return None


class PattoBeneficiary(_PattoPart, Base):
    """One of the people the patto is for (several for a group project)."""

    __tablename__ = "patto_beneficiary"
    __table_args__ = (UniqueConstraint("patto_id", "person_id"),)

    patto_id: Mapped[str] = fk("patto.id", nullable=False)
    person_id: Mapped[str] = fk("person.id", nullable=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    patto: Mapped[Patto] = relationship(back_populates="beneficiaries")
    person: Mapped[Person] = relationship()


class Goal(_PattoPart, Base):
    """An obiettivo on one axis, with its indicators and the stage reached."""

    __tablename__ = "goal"

    patto_id: Mapped[str] = fk("patto.id", nullable=False)
    axis: Mapped[str] = mapped_column(String(12))  # abitare / lavoro / socialita
    title: Mapped[str] = mapped_column(String(300))
    indicators: Mapped[str | None] = mapped_column(Text)
    stage: Mapped[str | None] = mapped_column(String(40))  # from the axis' stage list
    target_stage: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)

    patto: Mapped[Patto] = relationship(back_populates="goals")


class Support(_PattoPart, Base):
    """A sostegno / intervento: what, who, how often, where, from/to, which goal."""

    __tablename__ = "support"

    patto_id: Mapped[str] = fk("patto.id", nullable=False)
    goal_id: Mapped[str | None] = fk("goal.id")
    what: Mapped[str] = mapped_column(String(300))
    service_id: Mapped[str | None] = fk("service.id")  # a resource from the map
    provider_organisation_id: Mapped[str | None] = fk("organisation.id")
    provider_text: Mapped[str | None] = mapped_column(String(200))  # informal supports
    frequency: Mapped[str | None] = mapped_column(String(60))
    place: Mapped[str | None] = mapped_column(String(200))
    from_on: Mapped[dt.date | None] = mapped_column(Date)
    to_on: Mapped[dt.date | None] = mapped_column(Date)
    formal: Mapped[bool] = mapped_column(Boolean, default=True)
    cost_cents: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    patto: Mapped[Patto] = relationship(back_populates="supports")
    goal: Mapped[Goal | None] = relationship()
    provider_organisation: Mapped[Organisation | None] = relationship()


class BudgetLine(_PattoPart, Base):
    """Money or in-kind value from one funding source, committed vs spent."""

    __tablename__ = "budget_line"
    __frozen_exempt__ = frozenset({"spent_cents"})

    patto_id: Mapped[str] = fk("patto.id", nullable=False)
    funding_source: Mapped[str] = mapped_column(String(40))  # catalogue funding_source
    axis: Mapped[str | None] = mapped_column(String(12))
    support_id: Mapped[str | None] = fk("support.id")
    description: Mapped[str] = mapped_column(String(300), default="")
    in_kind: Mapped[bool] = mapped_column(Boolean, default=False)
    committed_cents: Mapped[int] = mapped_column(Integer, default=0)
    spent_cents: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)

    patto: Mapped[Patto] = relationship(back_populates="budget_lines")


class Commitment(_PattoPart, Base):
    """An impegno: what one party commits to."""

    __tablename__ = "commitment"

    patto_id: Mapped[str] = fk("patto.id", nullable=False)
    party: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    patto: Mapped[Patto] = relationship(back_populates="commitments")


class Signatory(_PattoPart, Base):
    __tablename__ = "signatory"
    __frozen_exempt__ = frozenset({"signed_on"})

    patto_id: Mapped[str] = fk("patto.id", nullable=False)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(120))  # beneficiario, case manager, ...
    organisation_id: Mapped[str | None] = fk("organisation.id")
    person_id: Mapped[str | None] = fk("person.id")
    operator_id: Mapped[str | None] = fk("operator.id")
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)

    patto: Mapped[Patto] = relationship(back_populates="signatories")
    organisation: Mapped[Organisation | None] = relationship()


class Verification(Syncable, Base):
    """A scheduled verifica and, once held, its outcome. Outcomes are recorded on a
    signed patto, so verifications are not part of the frozen working copy."""

    __tablename__ = "verification"

    patto_id: Mapped[str] = fk("patto.id", nullable=False)
    scheduled_on: Mapped[dt.date] = mapped_column(Date, index=True)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    adequacy: Mapped[str | None] = mapped_column(String(14))
    goals_reached: Mapped[bool | None] = mapped_column(Boolean)
    outcome: Mapped[str | None] = mapped_column(Text)
    operator_id: Mapped[str | None] = fk("operator.id")

    patto: Mapped[Patto] = relationship(back_populates="verifications")


class PattoVersion(Syncable, Base):
    """One version of a patto. Signing stores the canonical content and its
    fingerprint, after which the row never changes."""

    __tablename__ = "patto_version"
    __table_args__ = (UniqueConstraint("patto_id", "number"),)
    __freezes__ = FreezeRule("signed_at", "Questa versione del patto è firmata e non si può modificare.")

    patto_id: Mapped[str] = fk("patto.id", nullable=False)
    number: Mapped[int] = mapped_column(Integer)
    created_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(500), default="")
    author_id: Mapped[str | None] = fk("operator.id")
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    content: Mapped[dict[str, Any] | None] = mapped_column()
    fingerprint: Mapped[str | None] = mapped_column(String(64))

    patto: Mapped[Patto] = relationship(back_populates="versions")
