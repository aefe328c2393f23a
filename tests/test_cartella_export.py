"""`tessere cartella esporta`: one person's whole cartella as JSON, checked
against the records of a real demo database."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import func, select

from desktop.__main__ import main
from desktop.core.cartella.documenti import DocumentFields, attach
from desktop.core.model import DiaryEntry, Document, Patto, PattoBeneficiary, Person
from desktop.core.store import Store
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from desktop.demo import build

    path = tmp_path_factory.mktemp("cartella") / "demo.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store:
        build(store, size="small", seed=7, today=dt.date(2026, 11, 20))
        with store.session() as s:  # someone with a patto has a document, whatever the draw
            beneficiary = s.scalar(select(PattoBeneficiary.person_id)
                                   .order_by(PattoBeneficiary.person_id).limit(1))
            attach(s, content=b"Relazione sociale.\n", filename="relazione.txt",
                   person_id=beneficiary, fields=DocumentFields(doc_type="relazione"))
    return path


@pytest.fixture
def cli(demo_db, monkeypatch, capsys, no_keyring):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)

    def run(*argv):
        code = main(["cartella", *argv, "--db", str(demo_db)])
        out = capsys.readouterr()
        return code, out.out, " ".join(out.err.split())

    return run


def someone_with_documents_and_a_patto(demo_db):
    with Store.open(demo_db, passphrase=PASSPHRASE) as store, store.read() as s:
        person = s.scalars(
            select(Person).where(Person.id.in_(select(Document.person_id)),
                                 Person.id.in_(select(PattoBeneficiary.person_id)))
            .order_by(Person.id)).first()
        assert person is not None, "the demo should hold such a person"
        diary = s.scalar(select(func.count()).select_from(DiaryEntry)
                         .where(DiaryEntry.person_id == person.id))
        patti = s.scalar(select(func.count()).select_from(PattoBeneficiary)
                         .where(PattoBeneficiary.person_id == person.id))
        document = s.scalars(select(Document).where(Document.person_id == person.id)).first()
        return person.codice_fiscale, person.id, diary, patti, document.id, document.sha256


def test_the_export_holds_every_record_of_the_person(cli, demo_db, tmp_path):
    cf, person_id, diary, patti, document_id, sha = someone_with_documents_and_a_patto(demo_db)
    target = tmp_path / "cartella.json"
    code, _, err = cli("esporta", cf, "-o", str(target))
    assert code == 0 and str(target) in err
    assert target.stat().st_mode & 0o777 == 0o600  # everything about a person: owner only
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "tessere-cartella/1"
    assert data["person"]["id"] == person_id and data["person"]["codice_fiscale"] == cf
    assert len(data["diary_entry"]) == diary > 0
    assert len(data["patto"]) == patti > 0
    assert all(p["patto_version"] for p in data["patto"])  # every patto has its versions
    assert all(e["person_id"] == person_id for e in data["diary_entry"] + data["measure"])
    times = [e["occurred_at"] for e in data["diary_entry"]]
    assert times == sorted(times)
    document = next(d for d in data["document"] if d["id"] == document_id)
    assert "content" not in document  # attachments only when asked
    assert data["catalogues"]["diary_entry_type"]  # codes come with their labels
    # the cartella's process: every patto of the demo went through a UVM, with its members
    uvm_ids = {u["id"] for u in data["uvm_session"]}
    assert uvm_ids and all(u["person_id"] == person_id for u in data["uvm_session"])
    assert {m["uvm_session_id"] for m in data["uvm_member"]} == uvm_ids
    assert all(r["person_id"] == person_id
               for r in data["household_member"] + data["isee_declaration"])


def test_attachments_are_included_when_asked_and_intact(cli, demo_db):
    cf, _, _, _, document_id, sha = someone_with_documents_and_a_patto(demo_db)
    code, out, _ = cli("esporta", cf, "--documenti")
    assert code == 0
    document = next(d for d in json.loads(out)["document"] if d["id"] == document_id)
    assert hashlib.sha256(base64.b64decode(document["content"]["$b64"])).hexdigest() == sha


def test_a_person_can_be_named_by_id_and_stdout_is_plain_json(cli, demo_db):
    _, person_id, *_ = someone_with_documents_and_a_patto(demo_db)
    code, out, _ = cli("esporta", person_id)
    assert code == 0 and json.loads(out)["person"]["id"] == person_id


def test_unknown_person_and_missing_folder_are_explained_and_leave_nothing(cli, demo_db, tmp_path):
    code, out, err = cli("esporta", "RSSMRA80A01H501U")
    assert code != 0 and out == "" and "Nessuna persona con codice fiscale RSSMRA80A01H501U" in err
    cf, *_ = someone_with_documents_and_a_patto(demo_db)
    target = tmp_path / "manca" / "cartella.json"
    code, out, err = cli("esporta", cf, "-o", str(target))
    assert code == 1 and "La cartella" in err and "non esiste" in err
    assert not (tmp_path / "manca").exists()
