"""Operator profile, documents inside the database, assessments with history."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import profile
from desktop.core.cartella import documenti, valutazioni
from desktop.core.errors import TessereError, ValidationError
from desktop.core.files import write_atomically
from desktop.core.model import ChangeLog, Document, Person
from desktop.core.store import Store

from .conftest import PASSPHRASE


def test_profile_signs_changes_and_survives_reopen(store):
    with store.read() as s:
        units = profile.districts(s)
        appennino = next(u for u in units if u.code == "DIST-APPENNINO")
    with pytest.raises(ValidationError):
        profile.create_profile(store, first_name="", last_name="Neri", role="educatrice",
                               territorial_unit_id=appennino.id)
    operator_id = profile.create_profile(
        store, first_name="Chiara", last_name="Neri", role="Assistente sociale",
        territorial_unit_id=appennino.id, organisation_name="Unione dei Comuni dell'Appennino Bolognese")
    with store.session() as s:
        s.add(Person(first_name="Anna", last_name="Verdi", codice_fiscale_missing_reason="x"))
    with store.read() as s:
        assert s.scalars(select(ChangeLog.operator_id).where(ChangeLog.table_name == "person")).all() == [operator_id]
    store.close()
    with Store.open(store.path, passphrase=PASSPHRASE) as again:
        assert again.operator_id == operator_id
        assert profile.current_operator(again).full_name == "Chiara Neri"


def test_documents_stay_inside_and_export_atomically(store, tmp_path):
    source = tmp_path / "decreto.pdf"
    source.write_bytes(b"%PDF-1.4 decreto di nomina dell'amministratore di sostegno")
    with store.session() as s:
        person = Person(first_name="Anna", last_name="Verdi", codice_fiscale_missing_reason="x")
        s.add(person)
        s.flush()
        doc = documenti.attach(s, path=source, person_id=person.id,
                               fields=documenti.DocumentFields(doc_type="decreto"))
        assert doc.mime_type == "application/pdf" and doc.size_bytes == source.stat().st_size
    source.unlink()
    store.close()
    assert b"decreto di nomina" not in store.path.read_bytes()
    with Store.open(store.path, passphrase=PASSPHRASE) as again, again.read() as s:
        doc = s.scalar(select(Document))
        out = documenti.export(doc, tmp_path / "copia.pdf")
        with pytest.raises(TessereError) as err:
            documenti.export(doc, tmp_path / "manca" / "f.pdf")
    assert out.read_bytes().startswith(b"%PDF-1.4 decreto")
    assert "non esiste" in str(err.value)
    with pytest.raises(ValidationError):
        with store.session() as s:
            documenti.attach(s, path=tmp_path / "inesistente.pdf", person_id="x")


def test_full_disk_is_reported_and_leaves_nothing(tmp_path, monkeypatch):
    """ENOSPC surfaces at write or fsync time; the old file must survive it."""
    import os

    target = tmp_path / "out.pdf"
    target.write_bytes(b"vecchio")

    def no_space(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(TessereError) as err:
        write_atomically(b"nuovo contenuto", target, what="il documento")
    assert "Spazio su disco esaurito: il documento «out.pdf»" in str(err.value)
    assert target.read_bytes() == b"vecchio"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_assessment_history_and_compare(store):
    with store.session() as s:
        person = Person(first_name="Anna", last_name="Verdi", codice_fiscale_missing_reason="x")
        s.add(person)
        s.flush()
        with pytest.raises(ValidationError):
            valutazioni.record(s, person_id=person.id, template_code="scheda_patti",
                               answers={"consapevolezza_capacita": 99}, assessed_on=dt.date(2026, 1, 1))
        first = valutazioni.record(s, person_id=person.id, template_code="scheda_patti",
                                   answers={"consapevolezza_capacita": 2, "risorse": "La sorella"},
                                   assessed_on=dt.date(2026, 1, 10))
        second = valutazioni.record(s, person_id=person.id, template_code="scheda_patti",
                                    answers={"consapevolezza_capacita": 4, "risorse": "La sorella"},
                                    assessed_on=dt.date(2026, 6, 10))
        assert [a.id for a in valutazioni.history(s, person.id, "scheda_patti")] == [first.id, second.id]
        changes = valutazioni.compare(s, first, second)
        assert len(changes) == 1 and changes[0].direction == 1
