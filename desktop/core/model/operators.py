"""Organisations (enti, ETS, companies) and the operators who work for them."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Syncable, fk
from .territory import Comune, TerritorialUnit


class Organisation(Syncable, Base):
    """Any body in the network; HSDS calls the providers of services organizations."""

    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # catalogue organisation_kind
    tax_code: Mapped[str | None] = mapped_column(String(16))
    description: Mapped[str | None]
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(300))
    comune_id: Mapped[str | None] = fk("comune.id")
    territorial_unit_id: Mapped[str | None] = fk("territorial_unit.id")
    last_verified_on: Mapped[dt.date | None] = mapped_column(Date)
    # An operator: no foreign key, since operators point at their organisation and a
    # key back would make a cycle that sync's parents-first order cannot sort.
    last_verified_by_id: Mapped[str | None] = mapped_column(String(36))

    comune: Mapped[Comune | None] = relationship()
    territorial_unit: Mapped[TerritorialUnit | None] = relationship()


class Operator(Syncable, Base):
    """A social worker, educator, nurse, psychiatrist or third-sector worker."""

    __tablename__ = "operator"

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(80))  # assistente sociale, educatore, ...
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    organisation_id: Mapped[str | None] = fk("organisation.id")
    territorial_unit_id: Mapped[str | None] = fk("territorial_unit.id")

    organisation: Mapped[Organisation | None] = relationship()
    territorial_unit: Mapped[TerritorialUnit | None] = relationship()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
