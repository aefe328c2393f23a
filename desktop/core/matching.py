"""The same person in two records: candidate pairs with their evidence and a
score, and the links a person decides on them (``PersonLink``). Used by the
coordinator across districts; nothing is ever merged.

**Candidates.** A pair is compared only when the two records share a block:
the codice fiscale with omocodia undone (``rules.codice_fiscale.base_code``),
four overlapping parts of it (a code mistyped in one character keeps at least
one part whole), the birth date with a surname's initial, or a surname key with
the first name's initial and the birth year (each surname of a double surname
on its own). So the
comparisons grow with the people, not with their square; a block larger than
``MAX_BLOCK`` (a very common surname without a birth date) is left out and
counted.

**Score.** An identical code (after omocodia) is the same person unless the
names disagree. Otherwise the names (accents folded, surnames in any order, a
double surname against one of its parts: rapidfuzz's token ratios), the birth
date (equal, or one digit or day and month swapped), the birthplace, the sex and
a code one character away weigh in. Every reason is said in Italian.
"""
from __future__ import annotations

import datetime as dt
import itertools
import time
from dataclasses import dataclass, field
from typing import Iterable

import sqlalchemy as sa
from rapidfuzz import fuzz
from sqlalchemy.orm import Session

from desktop.core.access import out_of_reach
from desktop.core.batch import collector_paused
from desktop.core.errors import ValidationError
from desktop.core.model import Comune, Person, PersonLink, utcnow
from desktop.core.rules.codice_fiscale import base_code
from desktop.core.search import fold

MAX_BLOCK = 200
THRESHOLD = 0.75        # below this a pair is not shown
DECISIONS = {"confermato": "stessa persona", "respinto": "persone diverse",
             "da_verificare": "da verificare"}


@dataclass(frozen=True)
class Record:
    """What the matching reads of a person record."""

    id: str
    first_name: str
    last_name: str
    birth_date: dt.date | None
    birth_place: str | None  # comune or foreign state
    sex: str | None
    code: str | None         # base_code of the codice fiscale
    group: str | None = None  # e.g. the district: pairs within one group are skipped
    codice_fiscale: str | None = None  # as written, to show

    @property
    def names(self) -> str:
        return fold(f"{self.last_name} {self.first_name}")


@dataclass(frozen=True)
class CandidatePair:
    a: Record
    b: Record
    score: float
    evidence: tuple[str, ...]


@dataclass
class Stats:
    people: int = 0
    blocks: int = 0
    comparisons: int = 0
    skipped_blocks: int = 0
    seconds: float = 0.0
    by_key: dict[str, int] = field(default_factory=dict)


def read_records(session: Session, groups: dict[str, str] | None = None, *,
                 ids: list[str] | None = None, where=None) -> list[Record]:
    """Every person the session sees (or those ``ids``, or those ``where``
    lets through), with ``groups`` (person id -> group)."""
    birth = sa.orm.aliased(Comune)
    query = (sa.select(Person.id, Person.first_name, Person.last_name, Person.birth_date,
                       sa.func.coalesce(birth.name, Person.birth_country), Person.sex,
                       Person.codice_fiscale)
             .outerjoin(birth, birth.id == Person.birth_comune_id))
    if ids is not None:
        query = query.where(Person.id.in_(ids))
    if where is not None:
        query = query.where(where)
    rows = session.execute(query).all()
    groups = groups or {}
    return [Record(r[0], r[1] or "", r[2] or "", r[3], r[4], r[5], base_code(r[6]),
                   groups.get(r[0]), r[6]) for r in rows]


def surname_keys(last_name: str) -> list[str]:
    """A key per surname of a double surname: the folded letters, vowels after
    the first dropped, four at most (so Rossi and Rosi, Bianchi and Bianki meet)."""
    keys = []
    for word in fold(last_name).replace("'", " ").split():
        if len(word) < 3 or word in ("de", "di", "del", "della", "da", "la", "lo"):
            continue
        squeezed = word[0] + "".join(c for c in word[1:] if c not in "aeiouhy")
        squeezed = squeezed.replace("k", "c").replace("j", "i")
        keys.append(squeezed[:4])
    return keys or [fold(last_name)[:4]]


def _blocks(record: Record) -> Iterable[tuple[str, str]]:
    """Each key narrow enough that a block holds few people however many there
    are (a bare birth date, or the name letters with the birthplace, would gather
    more strangers as the population grows, and the comparisons with them)."""
    surnames = surname_keys(record.last_name)
    if record.code:
        code = record.code
        yield "cf", code
        yield "cf-a", code[:11]             # a typo in the birthplace
        yield "cf-b", code[6:]              # a typo in the name letters
        yield "cf-c", code[:8] + code[11:]  # a typo in the birth month or day
        yield "cf-d", code[:6] + code[8:]   # a typo in the birth year
    if record.birth_date:
        for letter in {key[:1] for key in surnames}:
            yield "nascita", f"{record.birth_date.isoformat()}|{letter}"
    initial = fold(record.first_name)[:1]
    year = str(record.birth_date.year) if record.birth_date else "?"
    for key in surnames:
        yield "nome", f"{key}|{initial}|{year}"


def candidates(records: list[Record], *, decided: set[tuple[str, str]] = frozenset(),
               threshold: float = THRESHOLD, only: set[str] | None = None
               ) -> tuple[list[CandidatePair], Stats]:
    """The candidate pairs, best first, leaving out those already ``decided``
    (sorted id pairs) and pairs within one group; with ``only``, just the pairs
    with one of those records (the blocks of the others are not compared)."""
    with collector_paused():
        started = time.perf_counter()
        found, stats = _candidates(records, decided, threshold, only)
        stats.seconds = time.perf_counter() - started
    return found, stats


def _candidates(records: list[Record], decided: set[tuple[str, str]], threshold: float,
                only: set[str] | None = None) -> tuple[list[CandidatePair], Stats]:
    stats = Stats(people=len(records))
    blocks: dict[tuple[str, str], list[int]] = {}
    for n, record in enumerate(records):
        for key in _blocks(record):
            blocks.setdefault(key, []).append(n)
    seen: set[tuple[int, int]] = set()
    found = []
    for (kind, _value), members in blocks.items():
        if len(members) < 2 or (only is not None
                                and not any(records[n].id in only for n in members)):
            continue
        stats.blocks += 1
        if len(members) > MAX_BLOCK:
            stats.skipped_blocks += 1
            continue
        for i, j in itertools.combinations(members, 2):
            a, b = records[i], records[j]
            if (i, j) in seen or (a.group is not None and a.group == b.group):
                continue
            if only is not None and a.id not in only and b.id not in only:
                continue
            seen.add((i, j))
            if tuple(sorted((a.id, b.id))) in decided:
                continue
            stats.comparisons += 1
            stats.by_key[kind] = stats.by_key.get(kind, 0) + 1
            score, evidence = compare(a, b)
            if score >= threshold:
                found.append(CandidatePair(*sorted((a, b), key=lambda r: r.id), score, evidence))
    found.sort(key=lambda c: (-c.score, c.a.id, c.b.id))
    return found, stats


def _name_similarity(a: Record, b: Record) -> float:
    """0–1: surnames and names in any order; a double surname against one of
    its parts counts almost as equal."""
    left, right = a.names, b.names
    return max(fuzz.token_sort_ratio(left, right), 0.95 * fuzz.token_set_ratio(left, right)) / 100


def _dates(a: dt.date | None, b: dt.date | None) -> tuple[float, str | None]:
    if a is None or b is None:
        return 0.3, None
    if a == b:
        return 1.0, "stessa data di nascita"
    if (a.year, a.month, a.day) == (b.year, b.day, b.month):
        return 0.7, "data di nascita con giorno e mese scambiati"
    left, right = a.strftime("%Y%m%d"), b.strftime("%Y%m%d")
    if sum(x != y for x, y in zip(left, right)) == 1:
        return 0.7, "date di nascita diverse per una cifra"
    return 0.0, "date di nascita diverse"


def _codes(a: str | None, b: str | None) -> tuple[str, str | None]:
    if not a or not b:
        return "missing", None
    if a == b:
        return "same", "stesso codice fiscale"
    differences = [n for n, (x, y) in enumerate(zip(a, b)) if x != y]
    swapped = (len(differences) == 2 and differences[1] == differences[0] + 1
               and a[differences[0]] == b[differences[1]] and a[differences[1]] == b[differences[0]])
    if len(differences) == 1 or swapped:
        return "near", "codici fiscali diversi per un carattere (forse un errore di battitura)"
    return "different", "codici fiscali diversi"


def compare(a: Record, b: Record) -> tuple[float, tuple[str, ...]]:
    """The score (0–1) that ``a`` and ``b`` are one person, and why."""
    evidence = []
    names = _name_similarity(a, b)
    codes, said = _codes(a.code, b.code)
    if said:
        evidence.append(said)
    evidence.append(f"cognome e nome simili al {round(names * 100)}%")
    dates, said = _dates(a.birth_date, b.birth_date)
    if said:
        evidence.append(said)
    place = 0.5
    if a.birth_place and b.birth_place:
        same_place = fold(a.birth_place) == fold(b.birth_place)
        place = 1.0 if same_place else 0.0
        evidence.append("stesso luogo di nascita" if same_place else "luoghi di nascita diversi")
    if codes == "same":
        score = 0.99 if names >= 0.6 else 0.8
    else:
        score = 0.5 * names + 0.3 * dates + 0.1 * place + (0.1 if codes == "near" else 0.0)
        if codes == "different" and dates < 1.0:
            score -= 0.2  # two valid, different codes and different dates: two people
        if codes == "near":
            score = min(score, 0.95)  # a typo is likely, not certain: below an equal code
    if a.sex and b.sex and a.sex != b.sex:
        score *= 0.5
        evidence.append("sesso diverso")
    return round(max(0.0, min(score, 1.0)), 3), tuple(evidence)


# ------------------------------------------------------------------ decisions
def decide(session: Session, a_id: str, b_id: str, decision: str) -> PersonLink:
    """Record the decision on a pair, with the score and the evidence as they
    are now (a new decision replaces the previous one)."""
    if decision not in DECISIONS:
        raise ValidationError(f"Decisione sconosciuta «{decision}»: confermato, respinto o "
                              "da_verificare.", "decisione")
    a_id, b_id = sorted((a_id, b_id))
    if a_id == b_id:
        raise ValidationError("Una persona non si collega a se stessa.", "persona")
    found = {r.id: r for r in read_records(session, ids=[a_id, b_id])}
    for person_id in (a_id, b_id):
        if person_id not in found:
            raise ValidationError(f"Nessuna persona con id «{person_id}»{out_of_reach(session)}.",
                                  "persona")
    score, evidence = compare(found[a_id], found[b_id])
    link = session.scalar(sa.select(PersonLink).where(PersonLink.person_a_id == a_id,
                                                      PersonLink.person_b_id == b_id))
    if link is None:
        link = PersonLink(person_a_id=a_id, person_b_id=b_id)
        session.add(link)
    link.decision, link.score, link.evidence = decision, score, list(evidence)
    link.decided_by_id, link.decided_at = session.info.get("operator_id"), utcnow()
    session.flush()
    return link


def undo(session: Session, link_id: str) -> None:
    """Take a decision back: both records are as they were before it."""
    link = session.get(PersonLink, link_id)
    if link is None:
        raise ValidationError("Questo collegamento non c'è più (forse è già stato annullato).",
                              "collegamento")
    session.delete(link)


def decided_pairs(session: Session) -> set[tuple[str, str]]:
    return set(session.execute(sa.select(PersonLink.person_a_id, PersonLink.person_b_id)))


def same_person(session: Session) -> dict[str, str]:
    """Person id -> the id that stands for all records of that person (the
    smallest of its confirmed group): what indicators count once."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    members = set()
    for a, b in session.execute(sa.select(PersonLink.person_a_id, PersonLink.person_b_id)
                                .where(PersonLink.decision == "confermato")):
        members.update((a, b))
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: root(x) for x in members}
