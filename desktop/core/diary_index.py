"""The diary's full-text index, filled from a queue (migration 0013).

Every diary write queues its entry's rowid in ``diary_fts_pending`` (SQL
triggers, so no writer can forget it). A short queue is indexed when the write
commits (:func:`index_if_few`, called by ``Store.session``), so what a worker
writes is found at once; a long one (a sync bringing thousands of entries, a
new laptop's join, the coordinator's merge) is left to :func:`index_pending`,
which runs in bulk, a batch per short transaction, in the background. Until it
has run, searching also scans the queued entries with :func:`words_match`, which
finds what FTS5's ``unicode61 remove_diacritics 2`` tokenizer would in Latin
script (held to it by a property test): slower, and said to the user
(:func:`pending_count`). In other scripts it may find a few more entries, or
fewer (Cyrillic letters with a breve, stray combining marks), until they are
indexed: FTS5 folds diacritics of Latin letters only.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Callable

from sqlalchemy import text

PENDING = "diary_fts_pending"
FEW = 200             # a queue this short is indexed when its write commits
BATCH = 5_000         # entries per transaction of the bulk indexing (~0.1 s)
SQL_FUNCTION = "tessere_words_match"

_WORD = re.compile(r"\w+")
_NOT_TOKEN = frozenset({"Mn", "Mc", "Me"})


def pending_count(conn, person_id: str | None = None) -> int:
    """Entries written but not yet in the index (0 once the indexing caught up);
    with ``person_id``, only that person's."""
    if person_id is None:
        return conn.execute(text(f"SELECT count(*) FROM {PENDING}")).scalar_one()
    return conn.execute(text(
        f"SELECT count(*) FROM {PENDING} p JOIN diary_entry d ON d.rowid = p.rowid "
        "WHERE d.person_id = :person"), {"person": person_id}).scalar_one()


def queued(store) -> int:
    """:func:`pending_count` in a read of its own."""
    with store.system_read() as s:
        return pending_count(s.connection())


def _index_up_to(conn, last: int) -> None:
    conn.execute(text(
        f"INSERT INTO diary_fts(rowid, text) SELECT d.rowid, d.text FROM {PENDING} p "
        f"JOIN diary_entry d ON d.rowid = p.rowid WHERE p.rowid <= :last"), {"last": last})
    conn.execute(text(f"DELETE FROM {PENDING} WHERE rowid <= :last"), {"last": last})


def index_if_few(conn) -> None:
    """Index the queue inside the caller's transaction when it holds at most
    ``FEW`` entries; a longer one waits for :func:`index_pending`."""
    rowids = conn.execute(text(f"SELECT rowid FROM {PENDING} ORDER BY rowid LIMIT :n"),
                          {"n": FEW + 1}).scalars().all()
    if rowids and len(rowids) <= FEW:
        _index_up_to(conn, rowids[-1])


def index_pending(store, progress: Callable[[int, int, str], None] | None = None,
                  batch: int = BATCH) -> int:
    """Index every queued entry, ``batch`` at a time, each batch its own short
    write so the user's own writes are never held up for long; returns how many
    were indexed. Stopping half-way (cancel, crash) loses nothing: the rest stays
    queued and searchable by scan."""
    total = queued(store)
    done = 0
    while True:
        with store.session(capture=False) as s:
            conn = s.connection()
            last = _batch_end(conn, batch)
            if last is None:
                return done
            done += conn.execute(text(f"SELECT count(*) FROM {PENDING} WHERE rowid <= :last"),
                                 {"last": last}).scalar_one()
            _index_up_to(conn, last)
        total = max(total, done)  # entries queued meanwhile are indexed too
        if progress:
            progress(done, total, "Indicizzazione del diario")


def _batch_end(conn, batch: int) -> int | None:
    """The last rowid of the next batch; the whole rest when what would remain is
    short enough for the commit to index (``index_if_few``), so it is counted here."""
    beyond = conn.execute(text(f"SELECT rowid FROM {PENDING} ORDER BY rowid LIMIT 1 OFFSET :k"),
                          {"k": batch + FEW}).scalar()
    if beyond is None:
        return conn.execute(text(f"SELECT max(rowid) FROM {PENDING}")).scalar()
    return conn.execute(text(f"SELECT rowid FROM {PENDING} ORDER BY rowid LIMIT 1 OFFSET :k"),
                        {"k": batch - 1}).scalar()


def rebuild(conn) -> None:
    """Index every entry again from scratch and empty the queue (after VACUUM)."""
    conn.execute(text("DELETE FROM diary_fts"))
    conn.execute(text("INSERT INTO diary_fts(rowid, text) SELECT rowid, text FROM diary_entry"))
    conn.execute(text(f"DELETE FROM {PENDING}"))


# ----------------------------------------------------------- the scan's matcher
def _fold(value: str) -> str:
    """Lower case, diacritics removed: FTS5's ``remove_diacritics 2``."""
    lowered = value.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(c for c in decomposed if unicodedata.category(c) not in _NOT_TOKEN)


def _tokens(folded: str) -> list[str]:
    """unicode61's tokens of text already folded (:func:`_fold`): runs of
    letters, digits and private-use characters."""
    if folded.isascii():
        return [t for t in re.split(r"[^a-z0-9]+", folded) if t]
    out, word = [], []
    for c in folded:
        if unicodedata.category(c)[0] in "LN" or unicodedata.category(c) == "Co":
            word.append(c)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


@functools.lru_cache(maxsize=64)
def _phrases(user_text: str) -> tuple[tuple[str, ...], ...]:
    """What ``search.fts_query`` asks for: each typed word a phrase of tokens,
    its last token a prefix."""
    phrases = (tuple(_tokens(_fold(word))) for word in _WORD.findall(user_text or ""))
    return tuple(p for p in phrases if p)


def _has_phrase(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    head, last = phrase[:-1], phrase[-1]
    n = len(head)
    for i in range(len(tokens) - n):
        if tokens[i + n].startswith(last) and tuple(tokens[i:i + n]) == head:
            return True
    return False


def words_match(body: str | None, user_text: str) -> bool:
    """True when ``body`` holds every word of ``user_text`` as a prefix of one
    of its words, as the full-text index would answer ``fts_query(user_text)``
    (in Latin script: see the module's docstring)."""
    phrases = _phrases(user_text)
    if not phrases or not body:
        return False
    folded = _fold(body)
    if not all(p[0] in folded for p in phrases):  # most entries fail here, cheaply
        return False
    tokens = _tokens(folded)
    return all(_has_phrase(tokens, p) for p in phrases)


def register(dbapi_conn) -> None:
    """Make :func:`words_match` callable from SQL on this connection."""
    dbapi_conn.create_function(SQL_FUNCTION, 2, lambda body, typed: int(words_match(body, typed)),
                               deterministic=True)
