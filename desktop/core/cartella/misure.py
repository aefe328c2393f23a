"""Misure: the income and support measures of a person (ADI, SFL, pensione,
FNA, bonus affitto…) with their status, dates and monthly amount, so the whole
picture is in one place before a work trial or a new measure changes it.

The rules live here, for the window and the CLI alike: a period cannot end
before it starts, an amount is never negative, and a measure a colleague
removed meanwhile is not silently created again."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import records
from desktop.core.catalogues import catalogue_labels
from desktop.core.errors import ValidationError
from desktop.core.model import Measure
from desktop.core.audit import audited, first_page

ENDED = ("respinta", "terminata")  # statuses of a measure no longer in force
GONE = "Questa misura non esiste più: forse è stata eliminata da un collega."


@dataclass(frozen=True)
class MeasureRow:
    id: str
    measure_type: str
    type_label: str
    status: str
    status_label: str
    applied_on: dt.date | None
    start_on: dt.date | None
    end_on: dt.date | None
    monthly_amount_cents: int | None
    notes: str


@dataclass(frozen=True)
class MeasureFields:
    """What the user says about a measure; codes come from the catalogues."""

    measure_type: str
    status: str = "presentata"
    applied_on: dt.date | None = None
    start_on: dt.date | None = None
    end_on: dt.date | None = None
    monthly_amount_cents: int | None = None
    notes: str | None = None


def check_period(start: dt.date | None, end: dt.date | None, field: str = "end_on") -> None:
    if start and end and end < start:
        raise ValidationError("La data di fine non può precedere la data di inizio.", field)


def check_measure(fields: MeasureFields) -> MeasureFields:
    """The fields as they will be stored, or a ValidationError naming the field
    (forms call it before saving, to answer at once)."""
    if not fields.measure_type:
        raise ValidationError("Scegli la misura.", "measure_type")
    if not fields.status:
        raise ValidationError("Scegli lo stato della misura.", "status")
    check_period(fields.start_on, fields.end_on)
    if fields.monthly_amount_cents is not None and fields.monthly_amount_cents < 0:
        raise ValidationError("L'importo non può essere negativo.", "amount")
    return replace(fields, notes=(fields.notes or "").strip() or None)


@audited("read", person=lambda a, r: a["person_id"], table="measure", when=first_page)
def list_measures(session: Session, person_id: str, offset: int = 0,
                  limit: int | None = None) -> list[MeasureRow]:
    """Measures in force first, then the ended ones, most recent first."""
    labels = catalogue_labels(session, "measure_type", "measure_status")
    measures = session.scalars(
        select(Measure).where(Measure.person_id == person_id)
        .order_by(Measure.status.in_(ENDED),
                  Measure.start_on.is_(None), Measure.start_on.desc(),
                  Measure.applied_on.desc(), Measure.id)
        .offset(offset).limit(limit))
    return [
        MeasureRow(m.id, m.measure_type,
                   labels.get(("measure_type", m.measure_type), m.measure_type),
                   m.status, labels.get(("measure_status", m.status), m.status),
                   m.applied_on, m.start_on, m.end_on, m.monthly_amount_cents, m.notes or "")
        for m in measures
    ]


def save_measure(session: Session, person_id: str, fields: MeasureFields,
                 measure_id: str | None = None) -> str:
    """A new measure of the person, or ``measure_id`` changed; returns its id."""
    return records.save(session, Measure, measure_id, GONE, check_measure(fields),
                        person_id=person_id)


def change_status(session: Session, measure_id: str, status: str) -> None:
    if not status:
        raise ValidationError("Scegli lo stato della misura.", "status")
    records.existing(session, Measure, measure_id, GONE).status = status


def remove_measure(session: Session, measure_id: str) -> None:
    records.remove(session, Measure, measure_id)
