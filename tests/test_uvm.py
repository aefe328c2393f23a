"""UVM / équipe sessions on a real encrypted store: the checks, the session
authorising a patto and the refusals, the budget warning, the next review
in the agenda, and ``tessere uvm``."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop.__main__ import main
from desktop.core.agenda import agenda_items
from desktop.core.cartella import scadenze, uvm
from desktop.core.cartella.uvm import MemberFields, SessionFields
from desktop.core.errors import ValidationError
from desktop.core.model import (
    BudgetLine, Deadline, Goal, Operator, Organisation, Patto, Person, Signatory, UvmSession,
)
from desktop.core.patti import editing, lifecycle
from desktop.core.patti.form import load_editor
from desktop.core.store import Store
from desktop.pdf.patto import patto_pdf
from tests.conftest import PASSPHRASE

TODAY = dt.date.today()
HELD = TODAY - dt.timedelta(days=10)


@pytest.fixture
def world(store):
    """Anna with a patto in bozza (4.800 € committed); Ugo; a team operator of
    the Comune and a GP's practice."""
    with store.session() as s:
        anna = Person(first_name="Anna", last_name="Bianchi")
        ugo = Person(first_name="Ugo", last_name="Neri")
        comune = Organisation(name="Comune di Cremona", kind="comune")
        asst = Organisation(name="ASST di Cremona", kind="asl")
        s.add_all([anna, ugo, comune, asst])
        s.flush()
        carla = Operator(first_name="Carla", last_name="Verdi", role="assistente sociale",
                         organisation_id=comune.id)
        s.add(carla)
        patto = lifecycle.new_patto(s, kind="ptri_bds", title="Casa mia", beneficiaries=[anna])
        patto.goals.append(Goal(axis="abitare", title="Vivere da sola"))
        patto.signatories.append(Signatory(name="Anna Bianchi", role="beneficiario"))
        patto.budget_lines.append(BudgetLine(funding_source="fsn", committed_cents=480000))
        s.flush()
        return {"anna": anna.id, "ugo": ugo.id, "comune": comune.id, "asst": asst.id,
                "carla": carla.id, "patto": patto.id}


def session_fields(world, **changes) -> SessionFields:
    values = dict(
        held_on=HELD, decision="approvato", place="Sede distrettuale",
        members=(MemberFields(operator_id=world["carla"], role="case manager"),
                 MemberFields(name="Dott. Paolo Rossi", organisation_id=world["asst"],
                              role="medico di medicina generale")),
        instruments=("scheda_patti", "Colloquio con la famiglia"),
        decision_text="Progetto abitativo approvato", budget_authorised_cents=450000,
        next_review_on=TODAY + dt.timedelta(days=90))
    values.update(changes)
    return SessionFields(**values)


def record(store, world, person="anna", **changes) -> str:
    with store.session() as s:
        return uvm.save_session(s, world[person], session_fields(world, **changes))


# ------------------------------------------------------------------ checks
@pytest.mark.parametrize("changes, field, words", [
    (dict(held_on=None), "held_on", "indica la data"),
    (dict(held_on=TODAY + dt.timedelta(days=1)), "held_on", "nel futuro"),
    (dict(decision=""), "decision", "decisione"),
    (dict(budget_authorised_cents=-1), "budget", "negativo"),
    (dict(next_review_on=HELD), "next_review_on", "dopo la seduta"),
    (dict(members=()), "members", "almeno un partecipante"),
    (dict(members=(MemberFields(role="educatore"),)), "members", "scrivi il nome"),
    (dict(members=(MemberFields(name="Maria Neri"),)), "members", "ruolo"),
])
def test_what_cannot_be_recorded_is_refused_naming_the_field(world, changes, field, words):
    with pytest.raises(ValidationError) as refused:
        uvm.check_session(session_fields(world, **changes))
    assert refused.value.field == field and words in str(refused.value)


def test_a_session_is_listed_with_members_instruments_and_decision(store, world):
    uvm_id = record(store, world)
    with store.read() as s:
        [row] = uvm.list_sessions(s, world["anna"])
        assert uvm.list_sessions(s, world["ugo"]) == []
    assert row.id == uvm_id and row.held_on == HELD
    assert [m.text for m in row.members] == [
        "Carla Verdi (Comune di Cremona) — case manager",
        "Dott. Paolo Rossi (ASST di Cremona) — medico di medicina generale"]
    assert row.instruments == ("scheda_patti", "Colloquio con la famiglia")
    assert row.instrument_names[1] == "Colloquio con la famiglia"
    assert row.instrument_names[0].startswith("Scheda")  # the template's name, not its code
    assert row.decision_label == "Progetto approvato"
    assert row.budget_text == "4.500,00\xa0€"
    assert row.patti == ()


def test_editing_replaces_the_members_in_order(store, world):
    uvm_id = record(store, world)
    fields = session_fields(world, members=(
        MemberFields(name="Luisa Bassi", organisation_id=world["comune"], role="educatrice"),
        MemberFields(operator_id=world["carla"], role="case manager")))
    with store.session() as s:
        uvm.save_session(s, world["anna"], fields, uvm_id)
    with store.read() as s:
        [row] = uvm.list_sessions(s, world["anna"])
    assert [m.name for m in row.members] == ["Luisa Bassi", "Carla Verdi"]


# ------------------------------------------------------------------ next review
def test_the_next_review_is_a_scadenza_in_the_agenda_and_follows_the_session(store, world):
    review = TODAY + dt.timedelta(days=90)
    uvm_id = record(store, world)
    with store.read() as s:
        [deadline] = scadenze.list_deadlines(s, world["anna"])
        items = agenda_items(s, review, review)
    assert (deadline.kind, deadline.due_on) == ("altro", review)
    assert deadline.description == f"Rivalutazione UVM (seduta del {HELD:%d/%m/%Y})"
    assert [i.title for i in items if i.person_id == world["anna"]] == [deadline.description]

    later = review + dt.timedelta(days=30)
    with store.session() as s:
        scadenze.mark_done(s, deadline.id)
        uvm.save_session(s, world["anna"], session_fields(world, next_review_on=later), uvm_id)
    with store.read() as s:
        [moved] = scadenze.list_deadlines(s, world["anna"])
    assert (moved.id, moved.due_on, moved.done_on) == (deadline.id, later, None)

    with store.session() as s:
        uvm.save_session(s, world["anna"], session_fields(world, next_review_on=None), uvm_id)
    with store.read() as s:
        assert scadenze.list_deadlines(s, world["anna"]) == []


def test_a_reminder_the_user_removed_is_not_brought_back(store, world):
    uvm_id = record(store, world)
    with store.session() as s:
        scadenze.remove_deadline(s, uvm.review_deadline_id(uvm_id))
    with store.session() as s:
        uvm.save_session(s, world["anna"], session_fields(world, place="Municipio"), uvm_id)
    with store.read() as s:
        assert s.get(Deadline, uvm.review_deadline_id(uvm_id)) is None


# ------------------------------------------------------------------ the patto
def test_an_approving_session_authorises_the_patto_with_a_budget_warning(store, world):
    uvm_id = record(store, world)
    with store.session() as s:
        data = editing.link_uvm(s, world["patto"], uvm_id)
    assert data.uvm.id == uvm_id
    assert data.uvm.label == f"UVM del {HELD:%d/%m/%Y} — Progetto approvato " \
                             "(budget autorizzato 4.500,00\xa0€)"
    assert "4.800,00" in data.uvm_warning and "4.500,00" in data.uvm_warning
    assert [c.id for c in data.uvm_choices] == [uvm_id]
    with store.read() as s:
        assert [p.title for p in uvm.list_sessions(s, world["anna"])[0].patti] == ["Casa mia"]

    with store.read() as s:  # the printed patto names it too
        printed = PdfReader(io.BytesIO(patto_pdf(s, world["patto"])))
    text = " ".join(" ".join(page.extract_text().split()) for page in printed.pages)
    assert f"UVM del {HELD:%d/%m/%Y} (budget autorizzato 4.500,00 €)" in text.replace("\xa0", " ")

    with store.session() as s:
        s.get(Patto, world["patto"]).budget_lines[0].committed_cents = 400000
    with store.read() as s:
        assert load_editor(s, world["patto"]).uvm_warning is None

    with store.session() as s:
        assert editing.link_uvm(s, world["patto"], None).uvm is None


def test_who_cannot_authorise_the_patto(store, world):
    of_ugo = record(store, world, person="ugo")
    postponed = record(store, world, decision="rinviato")
    with store.session() as s:
        with pytest.raises(ValidationError, match="nessuno dei beneficiari"):
            uvm.authorise_patto(s, world["patto"], of_ugo)
        with pytest.raises(ValidationError, match="non ha approvato.*Rinviato"):
            uvm.authorise_patto(s, world["patto"], postponed)


def test_a_signed_or_closed_patto_keeps_its_authorisation(store, world):
    uvm_id = record(store, world, decision="approvato_con_modifiche")
    other = record(store, world)
    with store.session() as s:
        uvm.authorise_patto(s, world["patto"], uvm_id)
        editing.sign_patto(s, world["patto"])
    with store.session() as s:
        with pytest.raises(ValidationError, match="firmato.*Modifica in itinere"):
            uvm.authorise_patto(s, world["patto"], other)
        with pytest.raises(ValidationError, match="firmato"):
            uvm.authorise_patto(s, world["patto"], None)
    with store.session() as s:  # a modifica in itinere opens it again
        editing.amend_patto(s, world["patto"], "Nuova UVM")
        assert editing.link_uvm(s, world["patto"], other).uvm.id == other
        editing.sign_patto(s, world["patto"])
        lifecycle.perform(s, s.get(Patto, world["patto"]), "conclude")
    with store.session() as s:
        with pytest.raises(ValidationError, match="chiuso"):
            uvm.authorise_patto(s, world["patto"], other)


def test_a_session_that_authorised_a_patto_stays(store, world):
    uvm_id = record(store, world)
    with store.session() as s:
        uvm.authorise_patto(s, world["patto"], uvm_id)
    with store.session() as s:
        with pytest.raises(ValidationError, match="ha autorizzato il patto «Casa mia»"):
            uvm.remove_session(s, uvm_id)
        with pytest.raises(ValidationError, match="restare un'approvazione"):
            uvm.save_session(s, world["anna"], session_fields(world, decision="non_approvato"),
                             uvm_id)
    with store.session() as s:
        uvm.authorise_patto(s, world["patto"], None)
        uvm.remove_session(s, uvm_id)
    with store.read() as s:
        assert s.get(UvmSession, uvm_id) is None
        assert s.get(Deadline, uvm.review_deadline_id(uvm_id)) is None


# ------------------------------------------------------------------ CLI
@pytest.fixture
def cli(store, world, monkeypatch, no_keyring, capsys):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    path = store.path
    store.close()

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--db", str(path)])
        out = capsys.readouterr()
        return code, out.out, " ".join(out.err.split())

    run.path = path
    return run


def test_the_cli_records_lists_and_authorises(cli, world):
    code, out, _ = cli("uvm", "registra", world["anna"], "--data", HELD.isoformat(),
                       "--decisione", "approvato con", "--operatore", "Verdi;case manager",
                       "--membro", "Dott. Paolo Rossi;medico;ASST", "--strumento", "scheda_patti",
                       "--budget", "4.500,00", "--prossima", (TODAY + dt.timedelta(days=60))
                       .isoformat())
    assert code == 0 and "registrata per Anna Bianchi" in out
    code, out, _ = cli("uvm", "elenco", world["anna"], "--json")
    import json
    [row] = json.loads(out)
    assert row["decision"] == "approvato_con_modifiche"
    assert [(m["name"], m["organisation"]) for m in row["members"]] == [
        ("Carla Verdi", "Comune di Cremona"), ("Dott. Paolo Rossi", "ASST di Cremona")]
    code, out, _ = cli("uvm", "autorizza", world["patto"], row["id"])
    assert code == 0 and "autorizzato dall'UVM" in out and "Attenzione" in out

    code, _, err = cli("uvm", "registra", world["anna"], "--data",
                       (TODAY + dt.timedelta(days=3)).isoformat(), "--decisione", "approvato",
                       "--membro", "Maria;educatrice")
    assert code != 0 and "nel futuro" in err
    with Store.open(cli.path, passphrase=PASSPHRASE) as store, store.read() as s:
        assert s.get(Patto, world["patto"]).uvm_session_id == row["id"]
