"""The cartella sociale: presa in carico, diario, valutazioni, misure, documenti, scadenze."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, FreezeRule, Syncable, fk
from .operators import Operator, Organisation
from .people import Person

# The phases of a presa in carico in the order they are lived (the regional
# guidelines' process); ``attivazione`` is the delivery the screens call «Erogazione».
CASE_PHASES = (
    "segnalazione", "orientamento", "valutazione", "progettazione", "attivazione",
    "monitoraggio", "verifica", "chiusura",
)


class CaseEpisode(Syncable, Base):
    """A presa in carico, with the date each phase began so waits can be measured."""

    __tablename__ = "case_episode"

    person_id: Mapped[str] = fk("person.id", nullable=False)
    origin: Mapped[str] = mapped_column(String(40))  # catalogue case_origin
    referred_by: Mapped[str | None] = mapped_column(String(200))  # who exactly sent the person
    responsible_operator_id: Mapped[str | None] = fk("operator.id")
    territorial_unit_id: Mapped[str | None] = fk("territorial_unit.id")
    phase: Mapped[str] = mapped_column(String(20), default="segnalazione")
    segnalazione_on: Mapped[dt.date | None] = mapped_column(Date)
    orientamento_on: Mapped[dt.date | None] = mapped_column(Date)
    valutazione_on: Mapped[dt.date | None] = mapped_column(Date)
    progettazione_on: Mapped[dt.date | None] = mapped_column(Date)
    attivazione_on: Mapped[dt.date | None] = mapped_column(Date)
    monitoraggio_on: Mapped[dt.date | None] = mapped_column(Date)
    verifica_on: Mapped[dt.date | None] = mapped_column(Date)
    chiusura_on: Mapped[dt.date | None] = mapped_column(Date)
    closure_reason: Mapped[str | None] = mapped_column(String(200))  # free text; the screens suggest case_closure_reason
    notes: Mapped[str | None]

    person: Mapped[Person] = relationship()
    responsible_operator: Mapped[Operator | None] = relationship()

    @property
    def is_open(self) -> bool:
        return self.chiusura_on is None


class DiaryEntry(Syncable, Base):
    """A diary entry. Once closed it is frozen; a correction is a new entry that
    points to the one it corrects."""

    __tablename__ = "diary_entry"
    __table_args__ = (Index("ix_diary_entry_person_time", "person_id", "occurred_at"),)
    __freezes__ = FreezeRule(
        "status", "La voce di diario è chiusa e non si può modificare: aggiungi una correzione.",
        "chiusa")

    person_id: Mapped[str] = fk("person.id", nullable=False, index=False)  # ix_diary_entry_person_time
    case_episode_id: Mapped[str | None] = fk("case_episode.id")
    entry_type: Mapped[str] = mapped_column(String(40))  # catalogue diary_entry_type
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    author_id: Mapped[str | None] = fk("operator.id")
    organisation_id: Mapped[str | None] = fk("organisation.id")
    place: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    confidentiality: Mapped[str] = mapped_column(String(20), default="ordinario")
    status: Mapped[str] = mapped_column(String(12), default="bozza")
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    corrects_id: Mapped[str | None] = fk("diary_entry.id")

    person: Mapped[Person] = relationship()
    author: Mapped[Operator | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    corrects: Mapped["DiaryEntry | None"] = relationship(remote_side="DiaryEntry.id")


class Assessment(Syncable, Base):
    """A valutazione: one filling of a form template, kept with its history."""

    __tablename__ = "assessment"

    person_id: Mapped[str] = fk("person.id", nullable=False)
    template_code: Mapped[str] = mapped_column(String(60))
    template_version: Mapped[int] = mapped_column(Integer, default=1)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    operator_id: Mapped[str | None] = fk("operator.id")
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str | None]
    confidentiality: Mapped[str] = mapped_column(String(20), default="ordinario")

    person: Mapped[Person] = relationship()


class Measure(Syncable, Base):
    """An income or support measure (ADI, SFL, pensione, FNA, ...) and its status."""

    __tablename__ = "measure"

    person_id: Mapped[str] = fk("person.id", nullable=False)
    measure_type: Mapped[str] = mapped_column(String(40))  # catalogue measure_type
    status: Mapped[str] = mapped_column(String(20), default="presentata")
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    start_on: Mapped[dt.date | None] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    monthly_amount_cents: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None]

    person: Mapped[Person] = relationship()


class Document(Syncable, Base):
    """An attachment; its content lives inside the encrypted database, never on disk."""

    __tablename__ = "document"

    person_id: Mapped[str | None] = fk("person.id")
    patto_version_id: Mapped[str | None] = fk("patto_version.id")
    doc_type: Mapped[str] = mapped_column(String(40))  # catalogue document_type
    title: Mapped[str] = mapped_column(String(200))
    document_date: Mapped[dt.date | None] = mapped_column(Date)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_by_id: Mapped[str | None] = fk("operator.id")
    confidentiality: Mapped[str] = mapped_column(String(20), default="ordinario")


class Deadline(Syncable, Base):
    """A scadenza: verification dates, court deadlines, age transitions, follow-ups."""

    __tablename__ = "deadline"

    person_id: Mapped[str] = fk("person.id", nullable=False)
    kind: Mapped[str] = mapped_column(String(40))  # catalogue deadline_kind
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    description: Mapped[str] = mapped_column(String(300), default="")
    operator_id: Mapped[str | None] = fk("operator.id")
    patto_id: Mapped[str | None] = fk("patto.id")
    done_on: Mapped[dt.date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship()


class TeamTemplate(Syncable, Base):
    """An assessment template the team added or edited in the app. Seeded templates
    (``AssessmentTemplate``) are the same on every replica and never travel; the
    team's own do. Editing one adds a version, so past assessments keep the wording
    they were filled with; ``retired_on`` hides it from new assessments."""

    __tablename__ = "team_template"

    code: Mapped[str] = mapped_column(String(60), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(200))
    definition: Mapped[dict[str, Any]] = mapped_column(default=dict)
    author_id: Mapped[str | None] = fk("operator.id")
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    retired_on: Mapped[dt.date | None] = mapped_column(Date)
