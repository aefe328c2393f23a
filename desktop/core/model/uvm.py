"""The UVM (unità di valutazione multidimensionale) or équipe session: who met,
from which organisations and in which role, with which instruments, what they
decided and the budget they authorised. The patto it authorised points to it."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Syncable, fk
from .operators import Operator, Organisation
from .people import Person


class UvmSession(Syncable, Base):
    __tablename__ = "uvm_session"

    person_id: Mapped[str] = fk("person.id", nullable=False)
    case_episode_id: Mapped[str | None] = fk("case_episode.id")
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    # The instruments used: assessment template codes, or a free name.
    instruments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    decision: Mapped[str] = mapped_column(String(40), default="")  # catalogue uvm_decision
    decision_text: Mapped[str | None] = mapped_column(Text)
    budget_authorised_cents: Mapped[int | None] = mapped_column(Integer)
    next_review_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by_id: Mapped[str | None] = fk("operator.id")

    person: Mapped[Person] = relationship()
    members: Mapped[list["UvmMember"]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="UvmMember.position")


class UvmMember(Syncable, Base):
    """One member of a UVM session: an operator of the team, or someone named
    with their organisation (the GP, the school's teacher)."""

    __tablename__ = "uvm_member"

    uvm_session_id: Mapped[str] = fk("uvm_session.id", nullable=False, ondelete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    operator_id: Mapped[str | None] = fk("operator.id")
    name: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[str | None] = fk("organisation.id")
    role: Mapped[str] = mapped_column(String(120), default="")

    session: Mapped[UvmSession] = relationship(back_populates="members")
    operator: Mapped[Operator | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
