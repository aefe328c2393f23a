"""Mappa delle risorse, named after Open Referral HSDS (service, location,
service_at_location, contact, schedule, taxonomy), plus attivazioni."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Syncable, fk
from .operators import Operator, Organisation
from .territory import Comune


class Service(Syncable, Base):
    """What an organisation offers (HSDS service)."""

    __tablename__ = "service"

    organisation_id: Mapped[str] = fk("organisation.id", nullable=False)
    name: Mapped[str] = mapped_column(String(200), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    axis: Mapped[str] = mapped_column(String(12))  # abitare / lavoro / socialita / trasversale
    status: Mapped[str] = mapped_column(String(12), default="active")  # HSDS: active / inactive
    target_groups: Mapped[list[Any]] = mapped_column(default=list)  # catalogue target_group codes
    access_conditions: Mapped[list[Any]] = mapped_column(default=list)  # catalogue access_condition
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    fees_description: Mapped[str | None] = mapped_column(String(300))
    cost_cents: Mapped[int | None] = mapped_column(Integer)
    languages: Mapped[list[Any] | None] = mapped_column(default=list)  # ISO 639-1 codes
    minimum_age: Mapped[int | None] = mapped_column(Integer)
    maximum_age: Mapped[int | None] = mapped_column(Integer)
    application_process: Mapped[str | None] = mapped_column(Text)
    # Places offered to the network; the free ones are this minus the attivazioni
    # concordate or attive (computed, never typed, so replicas cannot double-book).
    capacity: Mapped[int | None] = mapped_column(Integer)
    formal: Mapped[bool] = mapped_column(Boolean, default=True)
    scale: Mapped[str | None] = mapped_column(String(20))  # catalogue resource_scale
    sharing_level: Mapped[str | None] = mapped_column(String(20))  # pubblico / rete / riservato
    hosts_prepared: Mapped[bool | None] = mapped_column(Boolean)
    email: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(300))
    last_verified_on: Mapped[dt.date | None] = mapped_column(Date)
    last_verified_by_id: Mapped[str | None] = fk("operator.id")

    organisation: Mapped[Organisation] = relationship()
    last_verified_by: Mapped[Operator | None] = relationship()
    taxonomy: Mapped[list["ServiceTaxonomy"]] = relationship(cascade="all, delete-orphan")
    locations: Mapped[list["ServiceAtLocation"]] = relationship(cascade="all, delete-orphan")


class ServiceTaxonomy(Syncable, Base):
    """Links a service to a term of the resource_taxonomy catalogue."""

    __tablename__ = "service_taxonomy"
    __table_args__ = (UniqueConstraint("service_id", "term_code"),)

    service_id: Mapped[str] = fk("service.id", nullable=False)
    term_code: Mapped[str] = mapped_column(String(60))


class Location(Syncable, Base):
    __tablename__ = "location"

    organisation_id: Mapped[str | None] = fk("organisation.id")
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    comune_id: Mapped[str | None] = fk("comune.id")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    transit: Mapped[str | None] = mapped_column(String(200))  # bus lines, stops
    distance_from_hub_km: Mapped[float | None] = mapped_column(Float)
    accessible: Mapped[bool | None] = mapped_column(Boolean)
    accessibility_notes: Mapped[str | None] = mapped_column(String(300))

    comune: Mapped[Comune | None] = relationship()


class ServiceAtLocation(Syncable, Base):
    __tablename__ = "service_at_location"
    __table_args__ = (UniqueConstraint("service_id", "location_id"),)

    service_id: Mapped[str] = fk("service.id", nullable=False)
    location_id: Mapped[str] = fk("location.id", nullable=False)

    location: Mapped[Location] = relationship()


class Contact(Syncable, Base):
    __tablename__ = "contact"

    organisation_id: Mapped[str | None] = fk("organisation.id")
    service_id: Mapped[str | None] = fk("service.id")
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))


class Schedule(Syncable, Base):
    """Opening hours (HSDS schedule, weekly form)."""

    __tablename__ = "schedule"

    service_id: Mapped[str | None] = fk("service.id")
    service_at_location_id: Mapped[str | None] = fk("service_at_location.id")
    byday: Mapped[str] = mapped_column(String(20))  # MO,TU,WE,...
    opens_at: Mapped[str | None] = mapped_column(String(5))  # HH:MM
    closes_at: Mapped[str | None] = mapped_column(String(5))
    description: Mapped[str | None] = mapped_column(String(200))


class Attivazione(Syncable, Base):
    """A person or patto linked to a resource, and how far the link has got."""

    __tablename__ = "attivazione"

    service_id: Mapped[str] = fk("service.id", nullable=False)
    person_id: Mapped[str | None] = fk("person.id")
    patto_id: Mapped[str | None] = fk("patto.id")
    support_id: Mapped[str | None] = fk("support.id")
    status: Mapped[str] = mapped_column(String(12), default="richiesta", index=True)
    intermediary_id: Mapped[str | None] = fk("operator.id")
    requested_on: Mapped[dt.date | None] = mapped_column(Date)
    queued_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # joined the waiting list (UTC)
    agreed_on: Mapped[dt.date | None] = mapped_column(Date)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    refusal_reason: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)

    service: Mapped[Service] = relationship()
