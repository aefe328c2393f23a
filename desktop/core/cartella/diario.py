"""The diario: a person's dated entries, written, closed, corrected and read.

Entries are never silently edited. An open entry (a bozza, or a home visit
planned in the future) can be changed; closing freezes it; a closed entry is
corrected by a new entry pointing to it. A new entry belongs to the person's
open presa in carico, if any. The window (scheda persona) and the CLI
(``tessere diario``) both go through these functions.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from desktop.core.catalogues import catalogue_choices
from desktop.core.errors import TransitionError, ValidationError
from desktop.core.audit import audited, first_page
from desktop.core.model import (
    CaseEpisode, CatalogueItem, DiaryEntry, Operator, Organisation, Person, utcnow,
)

MAX_TEXT_CHARS = 200_000
PREVIEW_CHARS = 240
HOME_VISIT = "visita_domiciliare"
TABLES = frozenset({"diary_entry", "operator", "organisation"})  # what a timeline shows


# ------------------------------------------------------------------ rules
def check_text(text: str | None) -> str:
    """The text, or ValidationError when it is empty or too long to keep."""
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
    if entry_type != HOME_VISIT:
        raise ValidationError(
            "Solo una visita domiciliare si può pianificare nel futuro: controlla data e ora.",
            "occurred_at")
    return "pianificata"


def check_correction(original_text: str, text: str) -> str:
    """A correction must say something new: an unchanged copy is refused."""
    check_text(text)
    if text.strip() == (original_text or "").strip():
        raise ValidationError(
            "La correzione è uguale alla voce che corregge: scrivi che cosa cambia.", "text")
    return text


def case_episode_for(session: Session, person_id: str) -> str | None:
    """The presa in carico a new entry of the person belongs to: the open one."""
    return session.scalar(
        select(CaseEpisode.id)
        .where(CaseEpisode.person_id == person_id, CaseEpisode.chiusura_on.is_(None))
        .order_by(CaseEpisode.segnalazione_on.desc(), CaseEpisode.id).limit(1))


# ----------------------------------------------------------------- writes
@dataclass(frozen=True)
class EntryFields:
    """What the user writes in an entry."""

    entry_type: str
    occurred_at: dt.datetime  # local wall-clock time
    text: str
    place: str | None = None
    organisation_id: str | None = None
    confidentiality: str = "ordinario"


def _entry(session: Session, entry_id: str, missing: str) -> DiaryEntry:
    entry = session.get(DiaryEntry, entry_id)
    if entry is None:
        raise ValidationError(missing)
    return entry


def _check_choices(session: Session, fields: EntryFields) -> None:
    known = catalogue_choices(session, "diary_entry_type", "confidentiality_level")
    if fields.entry_type not in {code for code, _ in known["diary_entry_type"]}:
        raise ValidationError(f"«{fields.entry_type}» non è un tipo di voce di diario.",
                              "entry_type")
    if fields.confidentiality not in {code for code, _ in known["confidentiality_level"]}:
        raise ValidationError(f"«{fields.confidentiality}» non è un livello di riservatezza.",
                              "confidentiality")
    if fields.organisation_id and session.get(Organisation, fields.organisation_id) is None:
        raise ValidationError("L'ente indicato non esiste più.", "organisation_id")


def _apply(entry: DiaryEntry, fields: EntryFields, status: str) -> None:
    entry.entry_type = fields.entry_type
    entry.occurred_at = fields.occurred_at
    entry.place = (fields.place or "").strip() or None
    entry.organisation_id = fields.organisation_id
    entry.confidentiality = fields.confidentiality
    entry.text = check_text(fields.text)
    entry.status = status


def add_entry(session: Session, person_id: str, fields: EntryFields, *,
              author_id: str | None) -> str:
    """A new open entry of the person, in their open presa in carico; its id."""
    if session.get(Person, person_id) is None:
        raise ValidationError("La persona non esiste più (forse è stata eliminata).")
    check_text(fields.text)
    _check_choices(session, fields)
    status = status_for(fields.entry_type, fields.occurred_at)
    entry = DiaryEntry(person_id=person_id, author_id=author_id,
                       case_episode_id=case_episode_for(session, person_id))
    _apply(entry, fields, status)
    session.add(entry)
    session.flush()
    return entry.id


def edit_entry(session: Session, entry_id: str, fields: EntryFields) -> str:
    """Change an open entry (a closed one is corrected instead); its id."""
    entry = _entry(session, entry_id, "La voce non esiste più (forse è stata eliminata "
                                      "su un altro computer).")
    if entry.status == "chiusa":
        raise TransitionError("La voce è chiusa e non si può modificare: aggiungi una correzione.")
    check_text(fields.text)
    _check_choices(session, fields)
    _apply(entry, fields, status_for(fields.entry_type, fields.occurred_at))
    session.flush()
    return entry.id


def close_entry(session: Session, entry_id: str) -> None:
    """Freeze an entry: from now on it is corrected only by a new entry."""
    entry = _entry(session, entry_id, "La voce non esiste più.")
    if entry.status == "chiusa":
        raise TransitionError("La voce di diario è già chiusa.")
    if entry.status == "pianificata":
        raise TransitionError(
            "Una visita pianificata si chiude dopo averla svolta: aggiorna data e resoconto.")
    check_text(entry.text)
    entry.status = "chiusa"
    entry.closed_at = utcnow()
    session.flush()


def correct_entry(session: Session, entry_id: str, *, text: str, author_id: str | None,
                  occurred_at: dt.datetime | None = None) -> str:
    """A correction: a new draft entry pointing to the closed one it corrects,
    with its type, place, organisation and confidentiality; its id."""
    entry = _entry(session, entry_id, "La voce da correggere non esiste più.")
    if entry.status != "chiusa":
        raise TransitionError("Una voce ancora aperta si modifica direttamente, senza correzione.")
    check_correction(entry.text, text)
    correction = DiaryEntry(
        person_id=entry.person_id, case_episode_id=entry.case_episode_id,
        entry_type=entry.entry_type, occurred_at=occurred_at or utcnow(),
        author_id=author_id, organisation_id=entry.organisation_id, place=entry.place,
        text=text, confidentiality=entry.confidentiality, status="bozza",
        corrects_id=entry.id,
    )
    session.add(correction)
    session.flush()
    return correction.id


# ------------------------------------------------------------------ reads
@dataclass(frozen=True)
class DiaryRow:
    """One entry as the timeline shows it, labels and links already joined."""

    id: str
    occurred_at: dt.datetime
    entry_type: str
    type_label: str
    author: str | None
    organisation_id: str | None
    organisation: str | None
    place: str | None
    confidentiality: str
    confidentiality_label: str
    status: str
    closed_at: dt.datetime | None
    text: str
    corrects_id: str | None
    corrects_at: dt.datetime | None
    corrected_by_id: str | None
    corrected_by_at: dt.datetime | None

    @property
    def closed(self) -> bool:
        return self.status == "chiusa"

    @property
    def closable(self) -> bool:
        """Only a bozza closes: a planned visit is first carried out (and rewritten)."""
        return self.status == "bozza"

    @property
    def preview(self) -> str:
        """The start of the text on one line (timeline cards, ``tessere diario elenco``)."""
        return " ".join(self.text[:PREVIEW_CHARS].split())


def _timeline_query(person_id: str, entry_type: str | None, words: str | None = None):
    author = aliased(Operator)
    org = aliased(Organisation)
    kind = aliased(CatalogueItem)
    level = aliased(CatalogueItem)
    original = aliased(DiaryEntry)
    fix = aliased(DiaryEntry)
    latest_fix = (select(fix.id).where(fix.corrects_id == DiaryEntry.id)
                  .order_by(fix.occurred_at.desc()).limit(1)
                  .correlate(DiaryEntry).scalar_subquery())
    latest_fix_at = (select(func.max(fix.occurred_at)).where(fix.corrects_id == DiaryEntry.id)
                     .correlate(DiaryEntry).scalar_subquery())
    q = (
        select(DiaryEntry.id, DiaryEntry.occurred_at, DiaryEntry.entry_type,
               func.coalesce(kind.label, DiaryEntry.entry_type),
               (author.first_name + " " + author.last_name), DiaryEntry.organisation_id, org.name,
               DiaryEntry.place, DiaryEntry.confidentiality,
               func.coalesce(level.label, DiaryEntry.confidentiality), DiaryEntry.status,
               DiaryEntry.closed_at, DiaryEntry.text, DiaryEntry.corrects_id, original.occurred_at,
               latest_fix, latest_fix_at)
        .outerjoin(kind, and_(kind.catalogue == "diary_entry_type",
                              kind.code == DiaryEntry.entry_type))
        .outerjoin(level, and_(level.catalogue == "confidentiality_level",
                               level.code == DiaryEntry.confidentiality))
        .outerjoin(author, author.id == DiaryEntry.author_id)
        .outerjoin(org, org.id == DiaryEntry.organisation_id)
        .outerjoin(original, original.id == DiaryEntry.corrects_id)
        .where(DiaryEntry.person_id == person_id)
        .order_by(DiaryEntry.occurred_at.desc(), DiaryEntry.id)
    )
    if entry_type:
        q = q.where(DiaryEntry.entry_type == entry_type)
    if words and words.strip():
        from desktop.core.search import diary_condition  # with the codice fiscale rules: not at start
        q = q.where(diary_condition(words))
    return q


@audited("read", person=lambda a, r: a["person_id"], table="diary_entry", when=first_page)
def timeline(session: Session, person_id: str, entry_type: str | None = None,
             offset: int = 0, limit: int | None = None, words: str | None = None) -> list[DiaryRow]:
    """The person's entries, newest first, optionally of one type or holding
    ``words`` (each as the start of a word, accents aside), a page at a time;
    labels, author, organisation and correction links in one statement."""
    q = _timeline_query(person_id, entry_type, words).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [DiaryRow(*r) for r in session.execute(q)]


@dataclass(frozen=True)
class DiaryChoices:
    """What the filter and the editor offer."""

    types: list[tuple[str, str]]
    levels: list[tuple[str, str]]
    organisations: list[tuple[str, str]]
    operator_organisation_id: str | None  # the default organisation of a new entry


def diary_choices(session: Session, operator_id: str | None) -> DiaryChoices:
    """Entry types, confidentiality levels and organisations, with the
    organisation of the operator writing (``operator_id``) as the default."""
    choices = catalogue_choices(session, "diary_entry_type", "confidentiality_level")
    organisations = [(oid, name) for oid, name in session.execute(
        select(Organisation.id, Organisation.name).order_by(Organisation.name))]
    operator = session.get(Operator, operator_id) if operator_id else None
    return DiaryChoices(choices["diary_entry_type"], choices["confidentiality_level"],
                        organisations, operator.organisation_id if operator else None)
