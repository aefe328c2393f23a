"""Full-text search over people and diary text (FTS5, accent-insensitive), and
matching what a user types against names and choices."""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import (
    Float, Integer, Select, String, bindparam, func, literal_column, select, text, type_coerce,
)
from sqlalchemy.orm import Session

from desktop.core import diary_index
from desktop.core.access import Access, access_of, out_of_reach, person_condition
from desktop.core.errors import ValidationError
from desktop.core.model import Comune, Person
from desktop.core.rules import codice_fiscale as cf

_TOKEN = re.compile(r"\w+", re.UNICODE)
_CF_FRAGMENT = re.compile(r"^(?=.*\d)[A-Za-z0-9]{4,16}$")


def fold(text: str | None) -> str:
    """Lower case without accents, single spaces: what users type to find a name."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def match_choice(choices: list[tuple[str, str]], typed: str, what: str, *,
                 anywhere: bool = False) -> str:
    """The code of the choice ``typed`` names: its code, its label, or the only
    label that starts with it (or, ``anywhere``, holds it), accents and case
    aside (``what`` names the list in the message, e.g. "i distretti");
    ValidationError otherwise."""
    key = fold(typed)
    for code, label in choices:
        if typed == code or key == fold(label):
            return code
    matching = [(code, label) for code, label in choices if key and (
        key in fold(label) if anywhere else fold(label).startswith(key))]
    if len(matching) == 1:
        return matching[0][0]
    if matching:
        raise ValidationError(f"«{typed}» corrisponde a più voci tra {what}: scrivilo per intero "
                              f"({_some(label for _, label in matching)}).")
    offered = _some(label for _, label in choices) or "nessuna voce"
    raise ValidationError(f"«{typed}» non corrisponde a nessuna voce tra {what}: {offered}.")


def _some(labels, most: int = 10) -> str:
    """At most ``most`` labels, so a long list (the organisations of an ambito) stays readable."""
    labels = list(labels)
    more = f", … (e altre {len(labels) - most})" if len(labels) > most else ""
    return ", ".join(labels[:most]) + more


def person_with_code(session: Session, typed: str) -> Person | None:
    """The person whose codice fiscale was typed (any case, spaces allowed); None
    when ``typed`` is not shaped like a codice fiscale, an Italian refusal when
    nobody in this database has it."""
    code = cf.normalise(typed)
    if len(code) != 16 or not code.isalnum():
        return None
    person = session.scalar(select(Person).where(Person.codice_fiscale == code))
    if person is None:
        raise ValidationError(f"Nessuna persona con codice fiscale {code} in questo database"
                              f"{out_of_reach(session)}.")
    return person


def fts_query(user_text: str) -> str | None:
    """Every word must match as a prefix: "nico ross" → '"nico"* "ross"*'."""
    tokens = _TOKEN.findall(user_text or "")
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


@dataclass(frozen=True)
class PersonHit:
    id: str
    full_name: str
    codice_fiscale: str | None
    birth_date: str | None
    comune: str | None


_P = Person.__table__.alias("p")
_C = Comune.__table__.alias("c")
_PERSON_COLUMNS = (_P.c.id, _P.c.first_name + " " + _P.c.last_name, _P.c.codice_fiscale,
                   type_coerce(_P.c.birth_date, String), _C.c.name)


# A scoped search first asks the index for this many of its best matches: when
# there are fewer, that is every match, and filtering them costs what an
# unscoped search does; only a common word needs the full ranking.
_SCOPED_FIRST_LOOK = 400


def _people(session: Session, found: str, params: dict, limit: int, *,
            ranked: bool) -> list[PersonHit]:
    """The people whose rowid the full-text query ``found`` yields (as ``rid``,
    with ``rank`` when ``ranked``), best first. For a signed-in operator only the
    people they may see (``core.access``): the condition is applied before the
    limit, so a district's operator gets their own first ``limit``, not fewer."""
    access = access_of(session)
    if access is None:
        return _ranked_people(session, found + " LIMIT :limit", {**params, "limit": limit},
                              ranked=ranked)
    rowids = list(session.scalars(text(found + " LIMIT :look"),
                                  {**params, "look": _SCOPED_FIRST_LOOK}))
    if len(rowids) < _SCOPED_FIRST_LOOK:  # every match: keep the visible, in the index's order
        order = {rowid: n for n, rowid in enumerate(rowids)}
        rows = session.execute(_visible_among(access), {"rowids": json.dumps(rowids)}).all()
        rows.sort(key=lambda row: order[row[0]])
        return [PersonHit(*row[1:]) for row in rows[:limit]]
    # LIMIT -1 keeps SQLite from folding the full-text query into a scan of the people.
    return _ranked_people(session, found + " LIMIT -1", params, ranked=ranked,
                          condition=person_condition(access, _P), limit=limit)


@functools.lru_cache(maxsize=16)
def _visible_among(access: Access) -> Select:
    """The people ``access`` sees among some rowids (a JSON list): one statement
    per operator, so SQLAlchemy computes its cache key once, not at every search."""
    rowids = func.json_each(bindparam("rowids")).table_valued("value")
    return (select(literal_column("p.rowid"), *_PERSON_COLUMNS)
            .select_from(_P.outerjoin(_C, _C.c.id == _P.c.residence_comune_id))
            .where(literal_column("p.rowid").in_(select(rowids.c.value)),
                   person_condition(access, _P)))


def _ranked_people(session: Session, found: str, params: dict, *, ranked: bool,
                   condition=None, limit: int | None = None) -> list[PersonHit]:
    columns = {"rid": Integer, "rank": Float} if ranked else {"rid": Integer}
    hits = text(found).bindparams(**params).columns(**columns).subquery("f")
    query = (select(*_PERSON_COLUMNS)
             .select_from(_P.outerjoin(_C, _C.c.id == _P.c.residence_comune_id)
                          .join(hits, hits.c.rid == literal_column("p.rowid"))))
    if condition is not None:
        query = query.where(condition).limit(limit)
    if ranked:
        query = query.order_by(hits.c.rank)
    return [PersonHit(*row) for row in session.execute(query)]


def search_people(session: Session, user_text: str, limit: int = 50) -> list[PersonHit]:
    """People matching every word (name, codice fiscale prefix, comune); a
    fragment with digits is also looked for anywhere inside codici fiscali."""
    query = fts_query(user_text)
    if query is None:
        return []
    hits = _people(session, "SELECT rowid AS rid, rank FROM person_fts WHERE person_fts MATCH :q"
                   " ORDER BY rank", {"q": query}, limit, ranked=True)
    fragment = user_text.strip()
    if len(hits) < limit and _CF_FRAGMENT.match(fragment):
        seen = {h.id for h in hits}
        # The trigram index answers "inside the code" without scanning everyone.
        more = _people(session, "SELECT rowid AS rid FROM person_cf_fts"
                       " WHERE codice_fiscale LIKE :frag", {"frag": f"%{fragment.upper()}%"},
                       limit, ranked=False)
        hits += [hit for hit in more if hit.id not in seen][: limit - len(hits)]
    return hits


def search_diary(session: Session, user_text: str, person_id: str | None = None,
                 limit: int = 100) -> list[str]:
    """Ids of diary entries whose text matches, best first. Entries still queued
    for the index (``core.diary_index``) are scanned and come after the ranked
    ones, newest first: a slower path, with the same answers in Latin script."""
    query = fts_query(user_text)
    if query is None:
        return []
    person = " AND d.person_id = :pid" if person_id else ""
    sql = (
        "SELECT id FROM ("
        " SELECT d.id, 0 AS queued, f.rank AS rank, NULL AS at"
        " FROM diary_fts f JOIN diary_entry d ON d.rowid = f.rowid"
        f" WHERE diary_fts MATCH :q{person}"
        " UNION ALL"
        " SELECT d.id, 1, NULL, d.occurred_at"
        # CROSS JOIN keeps the queue outside: only queued entries are read and matched.
        f" FROM {diary_index.PENDING} p CROSS JOIN diary_entry d ON d.rowid = p.rowid"
        f" WHERE {diary_index.SQL_FUNCTION}(d.text, :typed){person}"
        ") ORDER BY queued, rank, at DESC LIMIT :limit"
    )
    params = {"q": query, "typed": user_text, "limit": limit, "pid": person_id}
    return [row[0] for row in session.execute(text(sql), params)]


def diary_condition(user_text: str):
    """A condition on ``diary_entry`` rows holding every word of ``user_text``:
    in the index's answer, or queued for it and matched one by one. It is asked
    of each row the rest of the query selects (a person's timeline reads that
    person's entries only), and the matcher runs only on queued ones."""
    return text(
        "(diary_entry.rowid IN (SELECT rowid FROM diary_fts WHERE diary_fts MATCH :diary_q)"
        f" OR CASE WHEN EXISTS (SELECT 1 FROM {diary_index.PENDING} p"
        " WHERE p.rowid = diary_entry.rowid)"
        f" THEN {diary_index.SQL_FUNCTION}(diary_entry.text, :diary_typed) ELSE 0 END)"
    ).bindparams(diary_q=fts_query(user_text) or '""', diary_typed=user_text)


def rebuild_index(session: Session) -> None:
    """Re-derive the indexes from their tables (after VACUUM or a bulk import)."""
    session.execute(text("DELETE FROM person_fts"))
    session.execute(text(
        "INSERT INTO person_fts(rowid, full_name, codice_fiscale, comune) "
        "SELECT p.rowid, p.first_name || ' ' || p.last_name, coalesce(p.codice_fiscale, ''), "
        "coalesce(r.name, '') || ' ' || coalesce(d.name, '') FROM person p "
        "LEFT JOIN comune r ON r.id = p.residence_comune_id "
        "LEFT JOIN comune d ON d.id = p.domicile_comune_id"
    ))
    session.execute(text("DELETE FROM person_cf_fts"))
    session.execute(text(
        "INSERT INTO person_cf_fts(rowid, codice_fiscale) "
        "SELECT rowid, codice_fiscale FROM person WHERE codice_fiscale IS NOT NULL"))
    diary_index.rebuild(session.connection())
