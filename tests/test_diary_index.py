"""The diary's full-text index fills from a queue (``core.diary_index``): the
scan of queued entries finds exactly what the index finds, a short queue is
indexed when its write commits, a long one in bulk, and nothing is ever missed
by a search in between."""
from __future__ import annotations

import datetime as dt

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import insert, text

from desktop.core import diary_index
from desktop.core.ids import new_id
from desktop.core.model import DiaryEntry, Operator, Person
from desktop.core.search import fts_query, search_diary

ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEZ0123456789") + list("àèéìòùÀÈÉÒçñßøŞșȘțüöÄ")
    + list("αβγδΩжЖщ") + list(" ,.;:'\"-_/()!?\n\t€%") + ["\u0301", "\u0327", "İ", "ǅ", "ﬁ"])
WORDS = st.text(ALPHABET, min_size=1, max_size=40)


@pytest.fixture(scope="module")
def fts():
    conn = sqlcipher3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = \"unicode61 remove_diacritics 2\")")
    return conn


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=WORDS, typed=st.one_of(WORDS, st.builds(lambda w, n: w[:n], WORDS, st.integers(1, 6))))
def test_the_scan_finds_what_the_index_finds(fts, body, typed):
    query = fts_query(typed)
    if query is None:
        assert not diary_index.words_match(body, typed)
        return
    fts.execute("DELETE FROM t")
    fts.execute("INSERT INTO t(rowid, text) VALUES (1, ?)", (body,))
    found = bool(fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()[0])
    assert diary_index.words_match(body, typed) == found, (body, typed, query)


SENTENCES = ["Colloquio con la sorella per l'inserimento in cooperativa.",
             "Visita domiciliare: la casa è in ordine, riferisce più serenità.",
             "Tirocinio avviato presso la falegnameria di Pieve.",
             "Incontro al CSM con l'équipe; si valuta l'ADI.",
             "Telefonata: perché non si è presentata all'Inps?"]
QUESTIONS = ["cooperativa", "casa", "tiroc", "equipe", "perche", "la", "inps pres", "csm adi", "nessuno"]


def _people_and_author(store) -> tuple[list[str], str]:
    people, author = [new_id() for _ in range(3)], new_id()
    with store.session() as s:
        s.execute(insert(Operator), [{"id": author, "first_name": "Anna", "last_name": "Rota",
                                      "role": "assistente sociale"}])
        s.execute(insert(Person), [{"id": pid, "first_name": f"Nome{i}", "last_name": "Prova"}
                                   for i, pid in enumerate(people)])
    return people, author


def _entries(people, author, n, start=0):
    at = dt.datetime(2026, 11, 2, 9, 0)
    return [{"id": new_id(), "person_id": people[i % len(people)], "author_id": author,
             "entry_type": "colloquio", "occurred_at": at + dt.timedelta(minutes=i),
             "status": "bozza", "confidentiality": "ordinario",
             "text": f"{SENTENCES[i % len(SENTENCES)]} Nota {i}."} for i in range(start, start + n)]


def _answers(store, person=None):
    with store.read() as s:
        return {q: sorted(search_diary(s, q, person, limit=10_000)) for q in QUESTIONS}


def _pending(store) -> int:
    with store.read() as s:
        return diary_index.pending_count(s.connection())


def test_a_long_queue_is_searched_by_scan_and_answers_the_same_once_indexed(store):
    people, author = _people_and_author(store)
    with store.session() as s:
        s.execute(insert(DiaryEntry), _entries(people, author, diary_index.FEW * 3))
    assert _pending(store) == diary_index.FEW * 3  # too many to index at commit
    by_scan, one_person = _answers(store), _answers(store, people[1])
    assert len(by_scan["cooperativa"]) == diary_index.FEW * 3 // 5 and by_scan["nessuno"] == []
    steps = []
    assert diary_index.index_pending(store, lambda done, total, label: steps.append((done, total)),
                                     batch=150) == diary_index.FEW * 3
    assert _pending(store) == 0 and steps[-1] == (600, 600) and len(steps) == 3
    assert _answers(store) == by_scan and _answers(store, people[1]) == one_person
    with store.read() as s:  # now from the index alone
        assert s.scalar(text("SELECT count(*) FROM diary_fts WHERE diary_fts MATCH 'tiroc*'")) == 120


def test_a_short_queue_is_indexed_when_its_write_commits(store):
    people, author = _people_and_author(store)
    with store.session() as s:
        s.execute(insert(DiaryEntry), _entries(people, author, 7))
    assert _pending(store) == 0
    with store.read() as s:
        assert len(search_diary(s, "falegnameria")) == 1


def test_an_edited_or_removed_entry_is_found_by_its_new_words_only(store):
    people, author = _people_and_author(store)
    rows = _entries(people, author, 3)
    with store.session() as s:
        s.execute(insert(DiaryEntry), rows)
    with store.session() as s:
        s.get(DiaryEntry, rows[0]["id"]).text = "Accompagnamento al mercato settimanale."
        s.delete(s.get(DiaryEntry, rows[1]["id"]))
    with store.read() as s:
        assert search_diary(s, "mercato") == [rows[0]["id"]]
        assert search_diary(s, "cooperativa") == [] and search_diary(s, "visita") == []
        assert s.scalar(text("SELECT count(*) FROM diary_fts")) == 2


def test_an_indexing_stopped_half_way_loses_nothing(store):
    people, author = _people_and_author(store)
    with store.session() as s:
        s.execute(insert(DiaryEntry), _entries(people, author, 1000))
    before = _answers(store)

    def stop(done, total, label):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        diary_index.index_pending(store, stop, batch=400)
    assert _pending(store) == 600  # the first batch committed, the rest still queued
    assert _answers(store) == before
    diary_index.index_pending(store)
    assert _pending(store) == 0 and _answers(store) == before
