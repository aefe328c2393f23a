"""One person once: the records that may already be the person being
registered, the pairs of the team's records that look like one person, and the
merge that says so (reversibly). The blocking and the score are
:mod:`desktop.core.matching`'s, the same the coordinator uses across districts.

**Before saving** a new person, :func:`possible_duplicates` proposes the people
the operator sees with the same codice fiscale (omocodia undone), or a similar
name with the same birth date and birthplace. A record with that code the
operator may not see is only counted: its name would leak a cartella.

**After a sync** the people that arrived are checked against the local ones
(:func:`duplicate_suspects` with their ids, only their blocks are compared)
and the sync report says how many pairs wait for a decision. The flag is
*computed, not stored*: an undecided suspect pair is one the matching proposes
and nobody decided on (``matching.decided_pairs``). A «da verificare»
``PersonLink`` written by the system would sync to every laptop, where two
laptops that received the same pair would write it twice (or, with a
deterministic id, raise a sync conflict on two rows written apart), and it
would need the resolve_conflicts permission that no sync has; a pure function
of the synced data gives every laptop the same answer after the same sync,
and a decision taken on one (a synced ``PersonLink``) clears the flag on all.

**Merging** is ``matching.decide(confermato)``: both records stay as they are,
the Persone list shows the one created first (``core.persone.merged_away``),
and :func:`unmerge` removes the link, which restores everything exactly.
"""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any, Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.core import matching
from desktop.core.access import access_of, may
from desktop.core.anagrafica import save_person_confirmed
from desktop.core.errors import ValidationError
from desktop.core.model import Comune, Person, PersonLink, TerritorialUnit, people
from desktop.core.persone import merged_away
from desktop.core.rules.codice_fiscale import base_code
from desktop.core.search import fold

HIDDEN_HINT = ("esiste già una persona con questo codice fiscale in un altro distretto: "
               "chiedi al coordinatore")
_OMOCODIA_LETTERS = "LMNPQRSTUV"
_DIGIT_SLOTS = (6, 7, 9, 10, 12, 13, 14)


@dataclass(frozen=True)
class PersonCard:
    """A person record as the prompt and the review show it."""

    person_id: str
    full_name: str  # "Cognome Nome"
    birth_date: dt.date | None
    birthplace: str | None
    codice_fiscale: str | None
    district: str | None


@dataclass(frozen=True)
class Proposal:
    """A record that may be the person being registered, and why."""

    person: PersonCard
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class DuplicateCheck:
    """What the prompt shows before a new person is saved."""

    proposals: list[Proposal]
    hidden_same_code: int = 0  # records with the code the operator may not see

    @property
    def hint(self) -> str | None:
        return HIDDEN_HINT[0].upper() + HIDDEN_HINT[1:] + "." if self.hidden_same_code else None

    def __bool__(self) -> bool:
        return bool(self.proposals or self.hidden_same_code)


@dataclass(frozen=True)
class Suspect:
    """Two records of the team that may be one person, not yet decided."""

    a: PersonCard
    b: PersonCard
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MergedWith:
    """A record confirmed as the same person as the one whose scheda is open."""

    link_id: str
    person: PersonCard
    in_list: bool  # the other record is the one the Persone list shows


# ------------------------------------------------------------------ reading
def _candidates(session: Session, ids: Iterable[str]) -> dict[str, PersonCard]:
    ids = list(set(ids))
    if not ids:
        return {}
    birth = sa.orm.aliased(Comune)
    rows = session.execute(
        sa.select(Person.id, Person.last_name, Person.first_name, Person.birth_date,
                  sa.func.coalesce(birth.name, Person.birth_country), Person.codice_fiscale,
                  TerritorialUnit.name)
        .outerjoin(birth, birth.id == Person.birth_comune_id)
        .outerjoin(TerritorialUnit, TerritorialUnit.id == Person.home_territorial_unit_id)
        .where(Person.id.in_(ids)))
    return {r[0]: PersonCard(r[0], f"{r[1]} {r[2]}", r[3], r[4], r[5], r[6]) for r in rows}


def _code_variants(code: str) -> list[str]:
    """The first 15 characters of every omocodia variant of ``code`` (digits
    replaced by their letters in any of the seven slots)."""
    base = base_code(code)
    if base is None:
        return []
    found = []
    for chosen in itertools.product((False, True), repeat=len(_DIGIT_SLOTS)):
        chars = list(base)
        for slot, letter in zip(_DIGIT_SLOTS, chosen):
            if letter:
                chars[slot] = _OMOCODIA_LETTERS[int(chars[slot])]
        found.append("".join(chars))
    return found


def _same_code(code: str | None):
    """A condition on the person table: a codice fiscale of the same person."""
    variants = _code_variants(code) if code else []
    table = Person.__table__
    return sa.func.substr(table.c.codice_fiscale, 1, 15).in_(variants) if variants else None


def possible_duplicates(session: Session, fields: dict[str, Any], *,
                        exclude_id: str | None = None) -> DuplicateCheck:
    """The people the operator sees who may be the one in ``fields`` (the
    editor's values): same codice fiscale, or a similar name with the same birth
    date and birthplace; best first. Records with that code out of the
    operator's reach are only counted."""
    place = fields.get("birth_country")
    if fields.get("birth_comune_id"):
        comune = session.get(Comune, fields["birth_comune_id"])
        place = comune.name if comune is not None else None
    code = (fields.get("codice_fiscale") or "").strip().upper() or None
    new = matching.Record("", (fields.get("first_name") or "").strip(),
                          (fields.get("last_name") or "").strip(), fields.get("birth_date"),
                          place, fields.get("sex"), base_code(code), codice_fiscale=code)
    same_code = _same_code(code)
    wanted = []
    if same_code is not None:
        wanted.append(same_code)
    if new.birth_date is not None:
        wanted.append(Person.birth_date == new.birth_date)
    if not wanted:
        return DuplicateCheck([])
    query = sa.select(Person.id).where(sa.or_(*wanted))
    if exclude_id:
        query = query.where(Person.id != exclude_id)
    ids = list(session.scalars(query))
    proposals = []
    for record in matching.read_records(session, ids=ids):
        score, reasons = matching.compare(new, record)
        same = new.code is not None and new.code == record.code
        alike = (new.birth_date == record.birth_date and new.birth_place and record.birth_place
                 and fold(new.birth_place) == fold(record.birth_place)
                 and score >= matching.THRESHOLD)
        if same or alike:
            proposals.append((record.id, score, reasons))
    shown = _candidates(session, [p[0] for p in proposals])
    proposals = sorted((Proposal(shown[i], score, reasons) for i, score, reasons in proposals
                        if i in shown), key=lambda p: (-p.score, p.person.full_name))
    hidden = 0
    if same_code is not None and access_of(session) is not None:
        # Over the bare table: the operator's scope is not applied, only a count leaves.
        table = Person.__table__
        everyone = session.execute(sa.select(table.c.id).where(
            same_code, table.c.id != (exclude_id or ""))).scalars().all()
        hidden = len(set(everyone) - set(ids))
    return DuplicateCheck(proposals, hidden)


def duplicate_suspects(session: Session, person_ids: Iterable[str] | None = None
                       ) -> list[Suspect]:
    """The pairs of the people the session sees that look like one person and
    nobody decided on yet, best first; with ``person_ids``, only the pairs with
    one of them (the people a sync brought)."""
    only = set(person_ids) if person_ids is not None else None
    if only is not None and not only:
        return []
    records = matching.read_records(session, where=None if only is None
                                    else _may_share_a_block(session, only))
    found, _stats = matching.candidates(records, decided=matching.decided_pairs(session),
                                        only=only)
    shown = _candidates(session, [r.id for c in found for r in (c.a, c.b)])
    return [Suspect(shown[c.a.id], shown[c.b.id], c.score, c.evidence) for c in found
            if c.a.id in shown and c.b.id in shown]


def _may_share_a_block(session: Session, ids: set[str]):
    """A condition on the people that keeps every one who can share a block of
    ``matching`` with one of ``ids`` (so a sync that brought a few people reads
    a few of the population, not all of it):
    - by birth date: the same date;
    - by name: the same birth year (or none), first letter of a surname's key
      and first letter of the first name (both in ``matching``'s name key); or,
      with the same year, a surname with a character other than A-Z and 0-9 or
      a first name that does not start with one, whose letters SQL cannot
      foresee (accents, two words, an apostrophe);
    - by code: the same name letters, or the same date and place characters, of
      the codice fiscale; and every code with omocodia letters in its digit
      places, which only the Python side reads as digits (they are few).
    Each term is one that an index of ``person`` answers (``BLOCK_*`` in
    ``desktop.core.model.people``, the same SQL text: SQLite uses an
    expression's index only for the same expression), so the people are
    found by lookups, not by reading them all: first letters as they stand,
    with their cases and spellings (k for c, j for i) listed here."""
    arrived = matching.read_records(session, ids=list(ids))
    dates = {r.birth_date for r in arrived if r.birth_date}
    keyed = {(r.birth_date.isoformat()[:4] if r.birth_date else "?", key[:1], fold(r.first_name)[:1])
             for r in arrived for key in matching.surname_keys(r.last_name)}
    letters = {r.code[:6] for r in arrived if r.code}
    rests = {r.code[6:15] for r in arrived if r.code}
    sql = sa.literal_column
    terms = [Person.id.in_(ids),
             sql(people.BLOCK_NAME).in_({f"{y}|{s}|{f}" for y, initial, first in keyed
                                         for s in _spellings(initial)
                                         for f in {first, first.upper()}}),
             sa.and_(sa.text(people.BLOCK_UNFORESEEN),
                     sql(people.BLOCK_YEAR).in_({y for y, _s, _f in keyed})),
             sa.and_(sa.text(people.BLOCK_OMOCODIA), Person.codice_fiscale > "")]
    # An empty IN is no lookup: SQLite would read everyone to answer it.
    terms += [term for values, term in (
        (dates, Person.birth_date.in_(dates)),
        (letters, sql(people.BLOCK_CODE_LETTERS).in_(letters)),
        (rests, sql(people.BLOCK_CODE_REST).in_(rests))) if values]
    return sa.or_(*terms)


def _spellings(initial: str) -> set[str]:
    """The first letters of a plain A-Z surname whose key starts with ``initial``
    (``matching.surname_keys`` spells k as c and j as i)."""
    out = {initial, initial.upper()}
    if initial == "c":
        out |= {"k", "K"}
    elif initial == "i":
        out |= {"j", "J"}
    return out


def suspect_ids(session: Session) -> list[str]:
    """The people of an undecided suspect pair (the filter «Possibili doppioni»)."""
    return sorted({p.person_id for s in duplicate_suspects(session) for p in (s.a, s.b)})


def merged_with(session: Session, person_id: str) -> list[MergedWith]:
    """The records confirmed as the same person as ``person_id`` (directly)."""
    links = session.execute(
        sa.select(PersonLink.id, PersonLink.person_a_id, PersonLink.person_b_id)
        .where(PersonLink.decision == "confermato",
               sa.or_(PersonLink.person_a_id == person_id, PersonLink.person_b_id == person_id))
        .order_by(PersonLink.decided_at)).all()
    others = {link_id: (b if a == person_id else a) for link_id, a, b in links}
    shown = _candidates(session, others.values())
    away = merged_away(session)
    return [MergedWith(link_id, shown[other], other not in away)
            for link_id, other in others.items() if other in shown]


# ------------------------------------------------------------------ deciding
def merge(session: Session, a_id: str, b_id: str) -> str:
    """The two records are one person: a confirmed link (the id), undone by
    :func:`unmerge`."""
    return matching.decide(session, a_id, b_id, "confermato").id


def keep_apart(session: Session, a_id: str, b_id: str) -> str:
    """The two records are two people: never proposed again."""
    return matching.decide(session, a_id, b_id, "respinto").id


def unmerge(session: Session, link_id: str) -> None:
    """Take back a merge (or a «persone diverse»): the link goes, nothing else changed."""
    matching.undo(session, link_id)


def save_new_person(session: Session, values: dict[str, Any], *,
                    accepted: list[str] | tuple[str, ...] = (),
                    apart_from: Iterable[str] = ()) -> str:
    """«È un'altra persona: salva»: the new person, and (for an operator who
    may decide on pairs) a «persone diverse» with each record the prompt
    proposed, so the pair is not flagged again after a sync."""
    person_id = save_person_confirmed(session, values, None, accepted=accepted)
    if may(access_of(session), "resolve_conflicts"):
        for other in apart_from:
            try:
                keep_apart(session, person_id, other)
            except ValidationError:
                continue  # gone or out of reach meanwhile: nothing to keep apart from
    return person_id
