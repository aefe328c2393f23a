"""Who may do what: roles, operator accounts and their assignments (synced, so a
new laptop of the team knows its colleagues), and this computer's own count of
wrong passwords (not synced: a lockout protects one keyboard).

No unique constraints on the synced tables: two administrators offline may both
create «mrossi» or grant the same role, and a sync must never fail on that.
``core.accounts`` refuses duplicates where it can see them and reads the rest
as one (a role granted twice is granted once)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Syncable, fk
from .operators import Operator
from .territory import TerritorialUnit


class Role(Syncable, Base):
    """A role and what it grants: permissions (``core.access.PERMISSIONS``), the
    confidentiality levels it may read, and how far it sees (``scope``: the
    assigned districts, the whole ambito, or only the partner's own people)."""

    __tablename__ = "role"

    code: Mapped[str] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(120))
    permissions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    confidentiality: Mapped[list[Any]] = mapped_column(JSON, default=list)
    scope: Mapped[str] = mapped_column(String(20), default="distretto")
    description: Mapped[str | None]


class Account(Syncable, Base):
    """How an operator signs in: a user name and an argon2id hash. Disabling an
    account (never deleting it) keeps the audit's names readable."""

    __tablename__ = "account"

    operator_id: Mapped[str] = fk("operator.id", nullable=False)
    username: Mapped[str] = mapped_column(String(80), index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    operator: Mapped[Operator] = relationship()


class OperatorRole(Syncable, Base):
    """One role held by an operator (an operator may hold several)."""

    __tablename__ = "operator_role"
    operator_id: Mapped[str] = fk("operator.id", nullable=False)
    role_id: Mapped[str] = fk("role.id", nullable=False)

    role: Mapped[Role] = relationship()


class OperatorDistrict(Syncable, Base):
    """A district (or ambito, or area) assigned to an operator: they see the
    people whose home is in it or in any unit below it."""

    __tablename__ = "operator_district"
    operator_id: Mapped[str] = fk("operator.id", nullable=False)
    territorial_unit_id: Mapped[str] = fk("territorial_unit.id", nullable=False)

    territorial_unit: Mapped[TerritorialUnit] = relationship()


class LoginFailure(Base):
    """Wrong passwords typed on this computer for one user name, and until when
    the account stays locked here. Local: never synced."""

    __tablename__ = "login_failure"

    username: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
