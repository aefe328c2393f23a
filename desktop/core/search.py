"""Full-text search over people and diary text (FTS5, accent-insensitive), and
matching what a user types against names and choices."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.model import Person
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
        raise ValidationError(f"Nessuna persona con codice fiscale {code} in questo database.")
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


_PERSON_SELECT = """
    SELECT p.id, p.first_name || ' ' || p.last_name, p.codice_fiscale, p.birth_date, c.name
    FROM person p LEFT JOIN comune c ON c.id = p.residence_comune_id
"""


def search_people(session: Session, user_text: str, limit: int = 50) -> list[PersonHit]:
    """People matching every word (name, codice fiscale prefix, comune); a
    fragment with digits is also looked for anywhere inside codici fiscali."""
    query = fts_query(user_text)
    if query is None:
        return []
    rows = session.execute(
        text(
            _PERSON_SELECT
            + " JOIN (SELECT rowid AS rid, rank FROM person_fts WHERE person_fts MATCH :q"
            " ORDER BY rank LIMIT :limit) f ON f.rid = p.rowid ORDER BY f.rank"
        ),
        {"q": query, "limit": limit},
    ).all()
    hits = [PersonHit(*row) for row in rows]
    fragment = user_text.strip()
    if len(hits) < limit and _CF_FRAGMENT.match(fragment):
        seen = {h.id for h in hits}
        # The trigram index answers "inside the code" without scanning everyone.
        more = session.execute(
            text(_PERSON_SELECT + " JOIN (SELECT rowid AS rid FROM person_cf_fts"
                 " WHERE codice_fiscale LIKE :frag LIMIT :limit) t ON t.rid = p.rowid"),
            {"frag": f"%{fragment.upper()}%", "limit": limit},
        ).all()
        hits += [PersonHit(*row) for row in more if row[0] not in seen][: limit - len(hits)]
    return hits


def search_diary(session: Session, user_text: str, person_id: str | None = None,
                 limit: int = 100) -> list[str]:
    """Ids of diary entries whose text matches, best first."""
    query = fts_query(user_text)
    if query is None:
        return []
    sql = (
        "SELECT d.id FROM diary_fts f JOIN diary_entry d ON d.rowid = f.rowid"
        " WHERE diary_fts MATCH :q"
    )
    params: dict = {"q": query, "limit": limit}
    if person_id:
        sql += " AND d.person_id = :pid"
        params["pid"] = person_id
    sql += " ORDER BY f.rank LIMIT :limit"
    return [row[0] for row in session.execute(text(sql), params)]


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
    session.execute(text("DELETE FROM diary_fts"))
    session.execute(text("INSERT INTO diary_fts(rowid, text) SELECT rowid, text FROM diary_entry"))
