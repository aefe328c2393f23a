"""Territory as data: ente → distretto/ambito → sub-ambito/area → comune."""
from __future__ import annotations

from sqlalchemy import Float, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Syncable, fk


class TerritorialUnit(Syncable, Base):
    """A node of the territorial hierarchy; its kind says which level it is."""

    __tablename__ = "territorial_unit"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[str | None] = fk("territorial_unit.id")

    parent: Mapped["TerritorialUnit | None"] = relationship(remote_side="TerritorialUnit.id")


class Comune(Syncable, Base):
    """An Italian municipality. ``codice_catastale`` is the Belfiore code used in
    the codice fiscale, taken from python-codicefiscale's data; ``istat_code`` is
    filled only where the seed data carries it."""

    __tablename__ = "comune"

    codice_catastale: Mapped[str] = mapped_column(String(4), unique=True)
    istat_code: Mapped[str | None] = mapped_column(String(6))
    name: Mapped[str] = mapped_column(String(120), index=True)
    province: Mapped[str] = mapped_column(String(2))
    latitude: Mapped[float | None] = mapped_column(Float)  # GeoNames, via comuni_coordinate.csv
    longitude: Mapped[float | None] = mapped_column(Float)
    territorial_unit_id: Mapped[str | None] = fk("territorial_unit.id")

    territorial_unit: Mapped[TerritorialUnit | None] = relationship()
