"""Diary entries are never silently edited: closing freezes, corrections are new entries."""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.core.errors import TransitionError, ValidationError
from desktop.core.model import DiaryEntry, utcnow

MAX_TEXT_CHARS = 200_000


def check_text(text: str) -> str:
    if text is None or not text.strip():
        raise ValidationError("Il testo della voce di diario è vuoto.", "text")
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError(
            f"Il testo è troppo lungo ({len(text):,} caratteri; al massimo {MAX_TEXT_CHARS:,}): "
            "allega il materiale lungo come documento.".replace(",", "."),
            "text",
        )
    return text


def status_for(entry_type: str, occurred_at: dt.datetime, now: dt.datetime | None = None) -> str:
    """The status of an open entry from its (local, wall-clock) date: only a home
    visit may lie in the future, as a planned visit the agenda picks up."""
    if occurred_at <= (now or dt.datetime.now()):
        return "bozza"
    if entry_type != "visita_domiciliare":
        raise ValidationError(
            "Solo una visita domiciliare si può pianificare nel futuro: controlla data e ora.",
            "occurred_at")
    return "pianificata"


def close(entry: DiaryEntry) -> None:
    if entry.status == "chiusa":
        raise TransitionError("La voce di diario è già chiusa.")
    if entry.status == "pianificata":
        raise TransitionError(
            "Una visita pianificata si chiude dopo averla svolta: aggiorna data e resoconto.")
    check_text(entry.text)
    entry.status = "chiusa"
    entry.closed_at = utcnow()


def correct(session: Session, entry: DiaryEntry, *, text: str, author_id: str | None,
            occurred_at: dt.datetime | None = None) -> DiaryEntry:
    """A correction: a new draft entry that points to the closed one it corrects."""
    if entry.status != "chiusa":
        raise TransitionError("Una voce ancora aperta si modifica direttamente, senza correzione.")
    correction = DiaryEntry(
        person_id=entry.person_id, case_episode_id=entry.case_episode_id,
        entry_type=entry.entry_type, occurred_at=occurred_at or utcnow(),
        author_id=author_id, organisation_id=entry.organisation_id, place=entry.place,
        text=check_text(text), confidentiality=entry.confidentiality, status="bozza",
        corrects_id=entry.id,
    )
    session.add(correction)
    return correction
