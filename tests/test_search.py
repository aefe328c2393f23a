"""Search: accent-insensitive names, codice fiscale prefixes and fragments, comuni."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.core.model import Comune, DiaryEntry, Person
from desktop.core.rules.codice_fiscale import compute
from desktop.core.search import rebuild_index, search_diary, search_people


def populate(store):
    with store.session() as s:
        sospiro = s.scalar(select(Comune).where(Comune.name == "Sospiro"))
        people = [
            Person(first_name="Nicolò", last_name="Bianchi", residence_comune_id=sospiro.id,
                   codice_fiscale=compute(first_name="Nicolò", last_name="Bianchi", sex="M",
                                          birth_date=dt.date(1988, 4, 2), birthplace="Cremona")),
            Person(first_name="Ștefan", last_name="Țurcanu"),
            Person(first_name="Ëndrit", last_name="Çela"),
            Person(first_name="Nicola", last_name="Neri"),
        ]
        s.add_all(people)
        s.flush()
        s.add(DiaryEntry(person_id=people[0].id, entry_type="colloquio",
                         occurred_at=dt.datetime(2026, 11, 2, 9), text="Parlato del tirocinio in cooperativa"))
        return [p.id for p in people]


def names(hits):
    return sorted(h.full_name for h in hits)


def test_accents_and_prefixes(store):
    populate(store)
    with store.read() as s:
        assert names(search_people(s, "nicolo")) == ["Nicolò Bianchi"]
        assert names(search_people(s, "nicol")) == ["Nicola Neri", "Nicolò Bianchi"]
        assert names(search_people(s, "stefan turc")) == ["Ștefan Țurcanu"]
        assert names(search_people(s, "endrit cela")) == ["Ëndrit Çela"]
        assert names(search_people(s, "sospiro")) == ["Nicolò Bianchi"]
        assert search_people(s, "   ") == []
        assert search_people(s, '"; DROP TABLE person; --') == []


def test_codice_fiscale_prefix_and_fragment(store):
    populate(store)
    with store.read() as s:
        code = s.scalar(select(Person.codice_fiscale).where(Person.last_name == "Bianchi"))
        assert names(search_people(s, code[:7])) == ["Nicolò Bianchi"]
        assert names(search_people(s, code[6:11].lower())) == ["Nicolò Bianchi"]


def test_index_follows_edits_and_deletes(store):
    ids = populate(store)
    with store.session() as s:
        bianchi = s.get(Person, ids[0])
        dropped_code, bianchi.codice_fiscale = bianchi.codice_fiscale, None
        s.get(Person, ids[1]).last_name = "Popescu"
        s.delete(s.get(Person, ids[2]))
    with store.read() as s:
        assert names(search_people(s, "popescu")) == ["Ștefan Popescu"]
        assert search_people(s, "turcanu") == []
        assert search_people(s, "cela") == []
        assert dropped_code and search_people(s, dropped_code[6:11]) == []


def test_diary_search_and_rebuild(store):
    populate(store)
    with store.read() as s:
        assert len(search_diary(s, "tirocini")) == 1
    with store.session() as s:
        rebuild_index(s)
    with store.read() as s:
        assert len(search_diary(s, "cooperativa")) == 1
        assert names(search_people(s, "nicolo")) == ["Nicolò Bianchi"]
