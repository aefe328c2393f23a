"""Assessment templates made in the app on a real encrypted store: a new one,
a new version (of the team's and of a seeded one), retiring, an assessment
keeping its wording after a new version, invalid definitions refused in
Italian, and the JSON round trip of ``tessere modelli``."""
from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from desktop.__main__ import main
from desktop.core.cartella import templates, valutazioni
from desktop.core.errors import ValidationError
from desktop.core.model import Person
from tests.conftest import PASSPHRASE

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


def definition(**changes) -> dict:
    value = {
        "name": "Autonomie quotidiane",
        "description": "Le autonomie della persona nella vita di ogni giorno.",
        "sections": [{"label": "Casa", "questions": [
            {"code": "pulizie", "label": "Si occupa delle pulizie?", "type": "scale",
             "scale": {"min": 1, "max": 5, "labels": {"1": "Mai", "5": "Sempre"}}},
            {"code": "spesa", "label": "Chi fa la spesa?", "type": "choice",
             "options": [{"label": "Da sola"}, {"label": "Con aiuto"}]},
            {"code": "note", "label": "Osservazioni", "type": "text"},
            {"code": "farmaci", "label": "Gestisce i farmaci?", "type": "bool"},
        ]}],
    }
    value.update(changes)
    return value


@pytest.fixture
def person(store):
    with store.session() as s:
        anna = Person(first_name="Anna", last_name="Bianchi")
        s.add(anna)
    return anna.id


def test_a_new_template_is_usable_beside_the_seeded_ones(store):
    with store.session() as s:
        info = templates.save_template(s, definition())
    assert (info.code, info.version, info.team) == ("autonomie_quotidiane", 1, True)
    spesa = info.definition["sections"][0]["questions"][1]
    assert [o["code"] for o in spesa["options"]] == ["da_sola", "con_aiuto"]
    with store.read() as s:
        usable = {t.code: t for t in templates.usable_templates(s)}
        offered = [t.code for t in valutazioni.list_templates(s)]
    assert "autonomie_quotidiane" in usable and "scheda_patti" in usable
    assert offered == [t.code for t in sorted(usable.values(), key=lambda t: t.name.casefold())]


def test_an_assessment_keeps_its_wording_after_a_new_version(store, person):
    with store.session() as s:
        templates.save_template(s, definition())
        first = valutazioni.save_assessment(s, person, "autonomie_quotidiane",
                                            {"pulizie": 2, "spesa": "con_aiuto"}, YESTERDAY)
    edited = definition(name="Autonomie della vita quotidiana")
    edited["sections"][0]["questions"][0]["label"] = "Tiene in ordine la casa?"
    del edited["sections"][0]["questions"][1]  # the question on shopping goes
    with store.session() as s:
        info = templates.save_template(s, edited, "autonomie_quotidiane")
        second = valutazioni.save_assessment(s, person, "autonomie_quotidiane", {"pulizie": 4},
                                             dt.date.today())
    assert info.version == 2
    with store.read() as s:
        newest, oldest = valutazioni.list_history(s, person, "autonomie_quotidiane")
        comparison = valutazioni.comparison(s, first, second)
        usable = {t.code: t for t in templates.usable_templates(s)}
    assert usable["autonomie_quotidiane"].version == 2
    assert (oldest.template_version, oldest.template_name) == (1, "Autonomie quotidiane")
    labels = [q["label"] for q in oldest.definition["sections"][0]["questions"]]
    assert "Si occupa delle pulizie?" in labels and "Chi fa la spesa?" in labels
    assert newest.template_name == "Autonomie della vita quotidiana"
    lines = {line.question: line for line in comparison.lines}
    assert lines["Tiene in ordine la casa?"].before == "2"
    assert lines["Tiene in ordine la casa?"].direction == 1
    assert lines["Chi fa la spesa?"].before == "Con aiuto"  # in the old version's words


def test_a_seeded_template_gets_a_team_version_and_can_be_retired(store, person):
    with store.read() as s:
        seeded = templates.find(s, "scheda_patti")
    changed = copy.deepcopy(seeded.definition)
    changed["name"] = seeded.name + " (équipe)"
    with store.session() as s:
        info = templates.save_template(s, changed, "scheda_patti")
    assert (info.version, info.team) == (seeded.version + 1, True)
    with store.session() as s:
        templates.retire_template(s, "scheda_patti")
        templates.retire_template(s, "qualita_della_vita")  # seeded, never edited
    with store.read() as s:
        codes = {t.code for t in templates.usable_templates(s)}
        assert templates.find(s, "scheda_patti", seeded.version).name == seeded.name
    assert "scheda_patti" not in codes and "qualita_della_vita" not in codes
    with store.session() as s:
        with pytest.raises(ValidationError, match="ritirato"):
            valutazioni.save_assessment(s, person, "qualita_della_vita", {"x": 1}, YESTERDAY)


@pytest.mark.parametrize("broken, words", [
    (definition(name="  "), "Dai un nome"),
    (definition(sections=[]), "non ha domande"),
    (definition(sections=[{"label": "Vuota", "questions": []}]), "non ha domande"),
    (definition(sections=[{"label": "", "questions": [{"label": "a", "type": "text"}]}]),
     "non ha un titolo"),
    (definition(sections=[{"label": "S", "questions": [
        {"code": "a", "label": "Uno", "type": "text"},
        {"code": "a", "label": "Due", "type": "bool"}]}]), "compare due volte"),
    (definition(sections=[{"label": "S", "questions": [
        {"label": "Scala", "type": "scale", "scale": {"min": 1}}]}]), "minimo e di un massimo"),
    (definition(sections=[{"label": "S", "questions": [
        {"label": "Scala", "type": "scale", "scale": {"min": 5, "max": 5}}]}]),
     "minore del massimo"),
    (definition(sections=[{"label": "S", "questions": [
        {"label": "Scelta", "type": "choice", "options": [{"label": "Sola"}]}]}]),
     "almeno due opzioni"),
    (definition(sections=[{"label": "S", "questions": [
        {"label": "Strana", "type": "slider"}]}]), "tipo di domanda non previsto"),
    (definition(sections=[{"label": "S", "questions": [{"label": " ", "type": "text"}]}]),
     "scrivi il testo della domanda"),
])
def test_invalid_definitions_are_refused_in_italian(store, broken, words):
    with pytest.raises(ValidationError, match=words):
        templates.check_definition(broken)
    with store.session() as s:
        with pytest.raises(ValidationError):
            templates.save_template(s, broken)


def test_the_cli_exports_and_imports_a_template(store, tmp_path, monkeypatch, no_keyring, capsys):
    with store.session() as s:
        templates.save_template(s, definition())
    path = store.path
    store.close()
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    exported = tmp_path / "modello.json"

    assert main(["modelli", "esporta", "autonomie_quotidiane", "--file", str(exported),
                 "--db", str(path)]) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert (data["code"], data["version"], data["name"]) == (
        "autonomie_quotidiane", 1, "Autonomie quotidiane")
    data["sections"][0]["questions"][2]["label"] = "Osservazioni dell'operatore"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["modelli", "importa", str(exported), "--db", str(path)]) == 0
    assert "versione 2" in capsys.readouterr().out

    assert main(["modelli", "elenco", "--json", "--db", str(path)]) == 0
    listed = {t["code"]: t for t in json.loads(capsys.readouterr().out)}
    assert listed["autonomie_quotidiane"]["version"] == 2

    data.update(code="nuovo_modello", name="")
    exported.write_text(json.dumps(data), encoding="utf-8")
    assert main(["modelli", "importa", str(exported), "--db", str(path)]) != 0
    assert "Dai un nome" in capsys.readouterr().err
    (tmp_path / "rotto.json").write_text("{non json", encoding="utf-8")
    assert main(["modelli", "importa", str(tmp_path / "rotto.json"), "--db", str(path)]) != 0
    assert "non è un JSON valido" in capsys.readouterr().err


def test_saving_or_importing_the_same_wording_again_adds_no_version(store):
    with store.session() as s:
        exported = templates.export_definition(s, "scheda_patti")
        again = templates.import_definition(s, exported)
        assert again.version == templates.find(s, "scheda_patti").version
        assert [v.version for v in templates.versions(s, "scheda_patti")] == [again.version]
        changed = dict(exported, name=exported["name"] + " (rivista)")
        assert templates.import_definition(s, changed).version == again.version + 1
