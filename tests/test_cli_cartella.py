"""``tessere diario`` and ``tessere persone`` on a demo database: the same rules
and the same filters as the window, in plain aligned text or JSON for scripts."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from desktop.__main__ import main
from desktop.core import persone
from desktop.core.model import Person
from desktop.core.store import Store
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One small demo district, built once and copied for each test."""
    from desktop.demo import build

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store:
        build(store, size="small", seed=5, today=TODAY)
    return path


@pytest.fixture
def db(demo_file, tmp_path, monkeypatch, no_keyring):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def tessere(db, capsys):
    """Runs a command on the demo database: (exit code, stdout, stderr)."""
    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--db", str(db)])
        out = capsys.readouterr()
        return code, out.out, " ".join(out.err.split())

    return run


def a_person(db) -> tuple[str, str, str]:
    with Store.open(db, passphrase=PASSPHRASE) as store, store.read() as s:
        person = s.query(Person).filter(Person.codice_fiscale.isnot(None)) \
            .order_by(Person.last_name).first()
        return person.id, person.codice_fiscale, person.last_name


# ------------------------------------------------------------------ diario
def test_an_entry_is_added_listed_and_closed(tessere, db):
    person_id, code, _ = a_person(db)
    status, out, _ = tessere("diario", "aggiungi", code, "--tipo", "colloquio",
                             "--testo", "Colloquio dalla riga di comando.", "--luogo", "Sede")
    assert status == 0 and "aggiunta" in out and "(aperta)" in out
    entry_id = out.split()[1]

    status, out, _ = tessere("diario", "elenco", person_id, "--json")
    entries = {e["id"]: e for e in json.loads(out)}
    assert entries[entry_id]["status"] == "bozza" and entries[entry_id]["place"] == "Sede"
    assert entries[entry_id]["text"] == "Colloquio dalla riga di comando."

    assert tessere("diario", "chiudi", entry_id)[0] == 0
    status, _, err = tessere("diario", "chiudi", entry_id)  # as in the window: once only
    assert status == 1 and "già chiusa" in err
    status, out, _ = tessere("diario", "elenco", code)
    header, *lines = out.splitlines()
    assert header.split()[:4] == ["Quando", "Tipo", "Stato", "Autore"]
    line = next(line for line in lines if entry_id in line)
    assert "chiusa" in line and "Colloquio" in line
    assert line.index(entry_id) == header.index("Id")  # aligned columns


def test_closing_at_once_the_type_filter_and_what_is_refused(tessere, db):
    person_id, code, _ = a_person(db)
    status, out, _ = tessere("diario", "aggiungi", code, "--tipo", "telefonata",
                             "--testo", "Telefonata alla sorella.", "--chiudi")
    assert status == 0 and "(chiusa)" in out
    status, out, _ = tessere("diario", "elenco", code, "--tipo", "Telefonata", "--json")
    rows = json.loads(out)
    assert rows and {r["type"] for r in rows} == {"telefonata"}
    assert next(r for r in rows if r["text"] == "Telefonata alla sorella.")["status"] == "chiusa"

    later = (dt.datetime.now() + dt.timedelta(days=2)).strftime("%Y-%m-%d 10:00")
    status, _, err = tessere("diario", "aggiungi", code, "--tipo", "colloquio", "--testo", "x",
                             "--data", later)
    assert status == 2 and "Solo una visita domiciliare" in err
    status, out, _ = tessere("diario", "aggiungi", code, "--tipo", "visita domiciliare",
                             "--testo", "Visita programmata.", "--data", later)
    assert status == 0
    status, _, err = tessere("diario", "chiudi", out.split()[1])
    assert status == 1 and "dopo averla svolta" in err
    status, _, err = tessere("diario", "aggiungi", code, "--tipo", "pettegolezzo", "--testo", "x")
    assert status == 2 and "nessuna voce tra i tipi di voce" in err
    status, _, err = tessere("diario", "aggiungi", code, "--tipo", "colloquio", "--testo", "x",
                             "--data", "ieri")
    assert status == 2 and "non è una data valida" in err
    status, _, err = tessere("diario", "elenco", "NESSUNO")
    assert status == 2 and "né l'id di una persona" in err


def test_the_diary_is_searched_by_words_and_says_when_its_index_lags(tessere, db):
    person_id, code, _ = a_person(db)
    assert tessere("diario", "aggiungi", code, "--tipo", "colloquio",
                   "--testo", "Richiesta di contributo per l'affitto arretrato.")[0] == 0
    status, out, err = tessere("diario", "elenco", code, "--cerca", "affitt arretr", "--json")
    assert status == 0 and [r["text"][:9] for r in json.loads(out)] == ["Richiesta"]
    assert "indice" not in err  # one entry written: indexed when it was saved
    with Store.open(db, passphrase=PASSPHRASE) as store, store.session() as s:
        s.connection().exec_driver_sql(  # as after a sync that brought thousands of entries
            "INSERT INTO diary_fts_pending SELECT rowid FROM diary_entry WHERE person_id != ?",
            (person_id,))
        s.connection().exec_driver_sql(  # never both queued and indexed
            "DELETE FROM diary_fts WHERE rowid IN (SELECT rowid FROM diary_fts_pending)")
    status, out, err = tessere("diario", "elenco", code, "--cerca", "affitt arretr", "--json")
    assert status == 0 and "indice" not in err  # others' entries wait: not this person's
    with Store.open(db, passphrase=PASSPHRASE) as store, store.session() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO diary_fts_pending SELECT rowid FROM diary_entry WHERE person_id = ?",
            (person_id,))
        s.connection().exec_driver_sql("DELETE FROM diary_fts")
    status, out, err = tessere("diario", "elenco", code, "--cerca", "affitt arretr", "--json")
    assert status == 0 and [r["text"][:9] for r in json.loads(out)] == ["Richiesta"]
    mine = len(json.loads(tessere("diario", "elenco", code, "--json")[1]))
    assert f"non ancora nell'indice di ricerca: {mine};" in err


# ----------------------------------------------------------------- persone
def test_the_people_list_mirrors_the_page_filters(tessere, db):
    with Store.open(db, passphrase=PASSPHRASE) as store, store.read() as s:
        choices = persone.filter_choices(s)
        district_id, district, _ = next(d for d in choices.districts if d[2] == 0)
        everyone = persone.people(s)
        expected = {
            "all": persone.count_people(s),
            "district": persone.count_people(s, persone.PeopleFilter(district=district_id)),
            "open": persone.count_people(s, persone.PeopleFilter(open_case=True)),
            "none": persone.count_people(s, persone.PeopleFilter(
                case_manager=persone.NONE, patto_kind=persone.NONE)),
        }
    status, out, _ = tessere("persone", "--json")
    assert status == 0 and len(json.loads(out)) == expected["all"] > 0
    for options, key in ((["--distretto", district], "district"), (["--fase", "aperta"], "open"),
                         (["--case-manager", "nessuno", "--patto", "nessuno"], "none")):
        status, out, _ = tessere("persone", *options, "--json")
        assert status == 0 and len(json.loads(out)) == expected[key], options

    status, out, _ = tessere("persone")
    header, *lines = out.splitlines()
    assert header.startswith("Cognome Nome") and len(lines) == expected["all"]
    names = [line[:header.index("Codice fiscale")].strip() for line in lines]
    assert names == [f"{r.last_name} {r.first_name}" for r in everyone]  # alphabetical

    status, _, err = tessere("persone", "--distretto", "Atlantide")
    assert status == 2 and "nessuna voce tra i distretti" in err


def test_the_people_search_finds_a_name(tessere, db):
    person_id, code, last_name = a_person(db)
    status, out, _ = tessere("persone", "--cerca", last_name.lower(), "--json")
    assert status == 0 and person_id in {p["id"] for p in json.loads(out)}
    status, out, _ = tessere("persone", "--cerca", code[3:11])
    assert status == 0 and code in out
    status, out, _ = tessere("persone", "--cerca", "zzzzzz")
    assert status == 0 and out.strip() == "Nessuna persona corrisponde."
