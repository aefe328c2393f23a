"""The record of processing activities (art. 30 GDPR): read from the real
database (roles, organisations, consents, territory, volumes), honest about the
security measures (each names files that exist), printed in Italian with the
DejaVu fonts only, and written by ``tessere privacy registro`` all or nothing."""
from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.__main__ import main
from desktop.core import formats
from desktop.core.model import (
    CatalogueItem, Consent, DiaryEntry, Operator, Organisation, Patto, Person, Role,
    TerritorialUnit,
)
from desktop.core.store import Store
from desktop.pdf.registro import processing_register_pdf
from desktop.reports.registro import processing_register
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    from desktop.demo import build

    path = tmp_path_factory.mktemp("registro") / "demo.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store:
        build(store, size="small", seed=3, today=TODAY)
    return path


@pytest.fixture(scope="module")
def content(demo_db) -> dict:
    with Store.open(demo_db, passphrase=PASSPHRASE) as store, store.read() as s:
        return processing_register(s, today=TODAY)


@pytest.fixture(scope="module")
def pdf_text(content) -> str:
    return _text(processing_register_pdf(content))


def _text(data: bytes) -> str:
    """The PDF's text with every run of spaces and line breaks made one space
    (table cells wrap their lines)."""
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    return " ".join(" ".join(pages).split())


def _flat(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture
def cli_env(monkeypatch, no_keyring):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)


# ------------------------------------------------------------------ the content
def test_the_register_is_read_from_the_database(demo_db, content):
    with Store.open(demo_db, passphrase=PASSPHRASE) as store, store.read() as s:
        role_names = set(s.scalars(select(Role.name)))
        people = s.scalar(select(func.count()).select_from(Person))
        patti = s.scalar(select(func.count()).select_from(Patto))
        diary = s.scalar(select(func.count()).select_from(DiaryEntry))
        organisations = s.scalar(select(func.count()).select_from(Organisation))
        units = s.scalar(select(func.count()).select_from(TerritorialUnit))
        levels = list(s.scalars(select(CatalogueItem.code)
                                .where(CatalogueItem.catalogue == "confidentiality_level")))
        sensitive = s.scalar(select(func.count()).select_from(DiaryEntry)
                             .where(DiaryEntry.confidentiality == "sensibile"))
        consents = dict(s.execute(
            select(Organisation.name, func.count(Consent.id))
            .join(Consent, Consent.organisation_id == Organisation.id)
            .where(Consent.withdrawn_on.is_(None)).group_by(Organisation.name)).all())
        regions = set(s.scalars(select(TerritorialUnit.name)
                                .where(TerritorialUnit.kind == "regione")))

    assert {r["name"] for r in content["roles"]} == role_names and len(role_names) >= 5
    coordinator = next(r for r in content["roles"] if r["code"] == "coordinatore")
    assert coordinator["scope"] == "ambito" and "view_audit" in coordinator["permissions"]
    assert "consultare il registro degli accessi" in coordinator["permission_labels"]

    counts = content["counts"]
    assert (counts["people"], counts["patti"], counts["diary_entries"]) == (people, patti, diary)
    assert people > 0 and counts["organisations"] == organisations
    assert content["organisations"]["total"] == organisations
    assert len(content["territory"]["units"]) == units

    by_level = {lvl["code"]: lvl for lvl in content["confidentiality_levels"]}
    assert set(levels) <= set(by_level)
    assert by_level["sensibile"]["records"]["diary_entries"] == sensitive > 0
    assert by_level["sensibile"]["special_category"] == "art. 9"
    assert by_level["giudiziario"]["special_category"] == "art. 10"
    assert "Educatore" in by_level["ordinario"]["readable_by"]
    assert "Educatore" not in by_level["sensibile"]["readable_by"]

    in_force: dict[str, int] = {}  # by name: two organisations may share one
    for row in content["recipients"]["items"]:
        in_force[row["name"]] = in_force.get(row["name"], 0) + row["consents_in_force"]
    assert consents and {k: v for k, v in in_force.items() if v} == consents

    assert content["database"]["demo"] is True
    assert content["controller"] == {"name": None, "to_fill": True,
                                     "holding_organisations": content["controller"][
                                         "holding_organisations"]}
    assert content["dpo"]["to_fill"] and content["retention"]["to_fill"]
    assert content["retention"]["period"] is None
    assert content["regional_law"]["to_fill"]  # the seeds name no regional law
    assert set(content["regional_law"]["regions"]) == regions
    assert json.loads(json.dumps(content, ensure_ascii=False)) == content


def test_every_security_measure_names_code_that_exists(content):
    measures = {m["code"]: m for m in content["security_measures"]}
    assert {"cifratura_database", "sincronizzazione_cifrata", "account_password",
            "blocco_automatico", "ruoli_ambito", "registro_accessi",
            "backup_cifrati"} <= set(measures)
    for measure in measures.values():
        assert measure["sources"], measure["code"]
        for source in measure["sources"]:
            assert (ROOT / source).is_file(), f"{measure['code']}: {source} does not exist"
    assert measures["cifratura_database"]["status"].startswith("attiva (SQLCipher ")
    assert "nessuna riga" in measures["registro_accessi"]["status"]  # the demo reads nobody
    # No account yet in the demo: the register says the roles are not in force.
    assert measures["account_password"]["status"].startswith("NON ANCORA IN USO")
    assert "nessun account" in measures["blocco_automatico"]["status"]
    assert any("nessun account" in line or "alcun account" in line for line in content["limits"])


def test_the_titolare_and_dpo_given_are_kept(demo_db):
    with Store.open(demo_db, passphrase=PASSPHRASE) as store, store.read() as s:
        content = processing_register(s, controller="  Comune di Castelverde  ",
                                      dpo="Studio Verdi, dpo@example.it", today=TODAY)
    assert content["controller"]["name"] == "Comune di Castelverde"
    assert not content["controller"]["to_fill"]
    assert content["dpo"] == {"name": "Studio Verdi, dpo@example.it", "to_fill": False}
    text = _text(processing_register_pdf(content))
    assert "Comune di Castelverde" in text and "Studio Verdi, dpo@example.it" in text


def test_a_consent_and_an_organisation_in_a_small_database(store):
    with store.session() as s:
        coop = Organisation(name="Cooperativa La Prova", kind="coop_a")
        person = Person(first_name="Anna", last_name="Verdi")
        s.add_all([coop, person])
        s.flush()
        s.add(Consent(person_id=person.id, organisation_id=coop.id, given_on=TODAY,
                      given_by="la persona"))
        s.add(Consent(person_id=person.id, organisation_id=coop.id, given_on=TODAY,
                      given_by="la persona", withdrawn_on=TODAY, withdrawal_reason="trasloco"))
    with store.read() as s:
        content = processing_register(s, today=TODAY)
    assert content["counts"]["people"] == 1 and content["counts"]["consents"] == 2
    (row,) = content["recipients"]["items"]
    assert (row["name"], row["consents_in_force"], row["consents_withdrawn"]) == \
        ("Cooperativa La Prova", 1, 1)
    assert row["sector"] == "terzo_settore"
    assert content["database"]["demo"] is False
    assert not any("dimostrativo" in line for line in content["limits"])
    text = _text(processing_register_pdf(content))
    assert "Cooperativa La Prova" in text and "DATABASE DIMOSTRATIVO" not in text


def test_accounts_and_the_auto_lock_are_read_from_the_database(store):
    from desktop.core import accounts

    with store.session() as s:
        unit = s.scalar(select(TerritorialUnit).where(TerritorialUnit.kind == "distretto"))
        operator = Operator(first_name="Marta", last_name="Rossi", role="assistente sociale",
                            territorial_unit_id=unit.id)
        s.add_all([operator, Person(first_name="Anna", last_name="Verdi",
                                    home_territorial_unit_id=unit.id)])
    accounts.create_first_administrator(store, username="m.rossi",
                                        password="una-password-lunga", operator_id=operator.id)
    store.sign_out()
    with store.read() as s:
        content = processing_register(s, today=TODAY)
    measures = {m["code"]: m for m in content["security_measures"]}
    assert measures["account_password"]["status"] == "attiva: 1 account"
    assert measures["blocco_automatico"]["status"].startswith(
        f"dopo {accounts.IDLE_LOCK_MINUTES} minuti")
    assert not any("alcun account" in line for line in content["limits"])
    held = {r["code"]: r["operators"] for r in content["roles"]}
    assert held["amministratore"] == 1 and held["assistente_sociale"] == 1
    assert content["counts"]["people"] == 1 and not content["database"]["scoped_to_operator"]

    store.set_meta(accounts.IDLE_KEY, "0")
    with store.read() as s:
        off = {m["code"]: m for m in processing_register(s)["security_measures"]}
    assert off["blocco_automatico"]["status"].startswith("DISATTIVATO")

    # A signed-in operator's session counts only whom they may see, and says so.
    accounts.sign_in(store, "m.rossi", "una-password-lunga")
    with store.read() as s:
        scoped = processing_register(s, today=TODAY)
    assert scoped["database"]["scoped_to_operator"]
    assert any("operatore collegato" in line for line in scoped["limits"])
    assert "Generato da un operatore collegato" in _text(processing_register_pdf(scoped))


# ------------------------------------------------------------------ the PDF
def test_the_pdf_carries_the_database_content(content, pdf_text):
    for role in content["roles"]:
        assert _flat(role["name"]) in pdf_text, role["name"]
    recipient = content["recipients"]["items"][0]["name"]
    assert _flat(recipient) in pdf_text
    holder = content["controller"]["holding_organisations"][0]["name"]
    assert _flat(holder) in pdf_text
    people = formats.number(content["counts"]["people"])
    assert f"Persone {people}" in pdf_text  # the volumes table
    assert "Persone in carico" in pdf_text
    assert "Registro delle attività di trattamento" in pdf_text
    assert "da compilare a cura del titolare" in pdf_text
    assert "Regione Emilia-Romagna" in pdf_text
    assert "Art. 2-sexies d.lgs. 196/2003" in pdf_text and "D.Lgs. 147/2017" in pdf_text
    assert "Database dimostrativo" in pdf_text
    for measure in content["security_measures"]:
        assert _flat(measure["title"]) in pdf_text


def test_the_pdf_draws_every_glyph_in_dejavu(content):
    data = processing_register_pdf(content)
    faces: set[str] = set()

    def visitor(text, cm, tm, font, size):
        if text.strip():
            faces.add(str((font or {}).get("/BaseFont", "?")))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visitor)
    assert faces and all("DejaVu" in face for face in faces), faces


# ------------------------------------------------------------------ the command
def test_the_command_writes_the_pdf_and_the_json(demo_db, tmp_path, cli_env, capsys):
    pdf, js = tmp_path / "registro.pdf", tmp_path / "registro.json"
    code = main(["privacy", "registro", "--db", str(demo_db), "--pdf", str(pdf),
                 "--json", str(js), "--titolare", "Comune di Prova", "--dpo", "Studio DPO"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert str(pdf) in out and str(js) in out
    assert "i termini di conservazione" in err and "--titolare" not in err
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["format"] == "tessere-registro-trattamenti"
    assert data["controller"]["name"] == "Comune di Prova" and data["dpo"]["name"] == "Studio DPO"
    assert data["counts"]["people"] > 0
    assert pdf.read_bytes().startswith(b"%PDF") and "Comune di Prova" in _text(pdf.read_bytes())
    assert pdf.stat().st_mode & 0o077 == 0 and js.stat().st_mode & 0o077 == 0


def test_without_files_the_json_goes_to_standard_output(demo_db, cli_env, capsys):
    assert main(["--db", str(demo_db), "privacy", "registro"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["controller"]["to_fill"] and data["counts"]["people"] > 0


def test_a_folder_that_does_not_exist_writes_nothing(demo_db, tmp_path, cli_env, capsys):
    missing = tmp_path / "non-esiste" / "registro.pdf"
    js = tmp_path / "registro.json"
    code = main(["privacy", "registro", "--db", str(demo_db), "--json", str(js),
                 "--pdf", str(missing)])
    err = capsys.readouterr().err
    assert code == 1
    assert "tessere: La cartella" in err and "non esiste" in err and "non-esiste" in err
    assert not js.exists() and not missing.parent.exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # no half-written .part either


def test_a_folder_given_as_the_file_is_refused(demo_db, tmp_path, cli_env, capsys):
    assert main(["privacy", "registro", "--db", str(demo_db), "--pdf", str(tmp_path)]) == 1
    assert "è una cartella" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_same_file_twice_is_a_usage_error(demo_db, tmp_path, cli_env, capsys):
    same = tmp_path / "registro"
    assert main(["privacy", "registro", "--db", str(demo_db), "--pdf", str(same),
                 "--json", str(tmp_path / "." / "registro")]) == 2
    assert "stesso file" in capsys.readouterr().err
    assert not same.exists()


def test_a_failed_second_file_takes_back_the_first(demo_db, tmp_path, cli_env, capsys,
                                                   monkeypatch):
    import desktop.cli.privacy as privacy
    from desktop.core.files import FileWriteError

    real = privacy.write_atomically

    def full_disk(data, path, *, what="il file"):
        if str(path).endswith(".json"):
            raise FileWriteError(f"Spazio su disco esaurito: {what} non è stato salvato.")
        return real(data, path, what=what)

    monkeypatch.setattr(privacy, "write_atomically", full_disk)
    pdf, js = tmp_path / "registro.pdf", tmp_path / "registro.json"
    assert main(["privacy", "registro", "--db", str(demo_db), "--pdf", str(pdf),
                 "--json", str(js)]) == 1
    assert "Spazio su disco esaurito" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
