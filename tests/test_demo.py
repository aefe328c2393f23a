"""The demo dataset: realistic, valid, deterministic, encrypted on disk."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import func, select

from desktop.__main__ import main
from desktop import demo
from desktop.core.inspect import digest
from desktop.core.model import (
    Comune, DiaryEntry, Patto, PattoVersion, Person, Service, ServiceTaxonomy,
)
from desktop.core.rules.codice_fiscale import cross_check
from desktop.core.store import Store
from desktop.core.cartella.valutazioni import check_answers
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 11, 20)


def _build(path, seed=11):
    store = Store.open(path, passphrase=PASSPHRASE, create=True)
    demo.build(store, size="small", seed=seed, today=TODAY)
    return store


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    store = _build(folder / "a.db")
    yield store
    store.close()


def test_counts_in_range(built):
    with built.read() as s:
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        assert count(Person) == 200
        assert 1500 <= count(DiaryEntry) <= 6000
        assert 50 <= count(Patto) <= 80
        assert count(Service) == 80
        assert count(ServiceTaxonomy) >= 80


def test_same_seed_same_digest_other_seed_differs(built, tmp_path):
    again = _build(tmp_path / "b.db")
    other = _build(tmp_path / "c.db", seed=12)
    try:
        with built.read() as s1, again.read() as s2, other.read() as s3:
            assert digest(s1)[0] == digest(s2)[0]
            assert digest(s1)[0] != digest(s3)[0]
    finally:
        again.close()
        other.close()


def test_codici_fiscali_valid_and_consistent(built):
    with built.read() as s:
        people = s.scalars(select(Person)).all()
        codes = {c.id: c.codice_catastale for c in s.scalars(select(Comune).where(
            Comune.id.in_({p.birth_comune_id for p in people if p.birth_comune_id})))}
    with_cf = [p for p in people if p.codice_fiscale]
    without = [p for p in people if not p.codice_fiscale]
    assert len(with_cf) > 150 and without, "some people lack a CF, with a reason"
    assert all(p.codice_fiscale_missing_reason for p in without)
    for p in with_cf:
        check = cross_check(p.codice_fiscale, first_name=p.first_name, last_name=p.last_name,
                            birth_date=p.birth_date, sex=p.sex,
                            birthplace_code=codes.get(p.birth_comune_id))
        assert check.ok, (p.full_name, check.mismatches)
    assert any(p.birth_country for p in with_cf), "foreign-born people have codes too"
    assert any(not p.first_name.isascii() or not p.last_name.isascii() for p in people)


def test_every_patto_state_and_kind(built):
    from desktop.core.patti import STATE_LABELS as PATTO_STATES

    with built.read() as s:
        pairs = set(s.execute(select(Patto.kind, Patto.state)).all())
        kinds = set(s.scalars(select(Patto.kind)))
        versions = s.scalar(select(func.max(PattoVersion.number)))
        unsigned_after_signature = s.scalar(select(func.count()).select_from(Patto).where(
            Patto.state != "bozza", Patto.locked.is_(False)))
    assert {st for _, st in pairs} == set(PATTO_STATES)
    assert kinds == {"ptri_bds", "patto_inclusione", "progetto_vita_pis", "progetto_personalizzato"}
    assert len(pairs) == len(kinds) * len(PATTO_STATES)
    assert versions >= 2
    assert unsigned_after_signature == 0


def test_diary_shapes(built):
    with built.read() as s:
        statuses = dict(s.execute(select(DiaryEntry.status, func.count())
                                  .group_by(DiaryEntry.status)).all())
        corrections = s.scalars(select(DiaryEntry).where(DiaryEntry.corrects_id.is_not(None))).all()
        planned = s.scalars(select(DiaryEntry).where(DiaryEntry.status == "pianificata")).all()
        corrected_status = {s.get(DiaryEntry, c.corrects_id).status for c in corrections}
    assert statuses["chiusa"] > statuses.get("bozza", 0) > 0
    assert corrections and corrected_status == {"chiusa"}
    assert planned and all(e.occurred_at.date() > TODAY for e in planned)


def test_assessments_match_their_templates(built):
    from desktop.core.model import Assessment, AssessmentTemplate

    with built.read() as s:
        templates = {t.code: t.definition for t in s.scalars(select(AssessmentTemplate))}
        for a in s.scalars(select(Assessment)):
            assert check_answers(templates[a.template_code], a.answers) == a.answers


def test_file_is_encrypted_and_names_not_in_clear(built):
    with built.read() as s:
        names = s.execute(select(Person.first_name, Person.last_name).limit(8)).all()
    built.engine.dispose()  # checkpoint the WAL into the main file
    raw = built.path.read_bytes()
    for suffix in ("-wal",):
        extra = built.path.with_name(built.path.name + suffix)
        if extra.exists():
            raw += extra.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for first, last in names:
        assert f"{first} {last}".encode("utf-8") not in raw
        assert last.encode("utf-8") not in raw


def test_cli_demo_then_info(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "cli.db"
    assert main(["demo", "--size", "small", "--seed", "3", "--today", "2026-11-20",
                 "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Fatto in" in out and "200 persone" in out
    assert main(["info", "--db", str(path)]) == 0
    info = capsys.readouterr().out
    assert any(line.startswith("Persone") and line.split()[-1] == "200"
               for line in info.splitlines())
    assert "DIMOSTRATIVO" in info
    # A second run refuses: the demo database already holds its people.
    assert main(["demo", "--size", "small", "--db", str(path)]) == 1
    assert "contiene già i dati dimostrativi" in capsys.readouterr().err


def test_cli_rejects_bad_date(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    with pytest.raises(SystemExit):
        main(["demo", "--today", "20/11/2026", "--db", str(tmp_path / "x.db")])
    assert "AAAA-MM-GG" in capsys.readouterr().err
    assert not os.path.exists(tmp_path / "x.db")
