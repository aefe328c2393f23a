"""Patti past their end date that still run: flagged in the lists and the
agenda, renewed or closed through the lifecycle, from the CLI too."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop.__main__ import main
from desktop.core import patti as rules
from desktop.core.agenda import agenda_items
from desktop.core.errors import ValidationError
from desktop.core.model import Goal, Patto, Person, Signatory
from desktop.core.patti import expiry, lists
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 12, 7)


def make_patto(store, *, state: str, end_on: dt.date, title: str = "Casa a Vergato") -> str:
    with store.session() as s:
        person = Person(first_name="Lucia", last_name="Fabbri")
        s.add(person)
        s.flush()
        patto = rules.new_patto(s, kind="patto_inclusione", title=title, beneficiaries=[person],
                                start_on=end_on - dt.timedelta(days=365), end_on=end_on)
        patto.goals.append(Goal(axis="abitare", title="Una casa in affitto"))
        patto.signatories.append(Signatory(name="Lucia Fabbri", role="Beneficiaria"))
        if state != "bozza":
            rules.sign(patto, signed_on=end_on - dt.timedelta(days=365))
            for action in {"firmato": [], "attivo": ["activate"],
                           "in_verifica": ["activate", "start_verification"],
                           "sospeso": ["suspend"]}[state]:
                rules.perform(s, patto, action)
        return patto.id


@pytest.mark.parametrize("state,end_on,expired", [
    ("attivo", TODAY - dt.timedelta(days=1), True),
    ("firmato", TODAY - dt.timedelta(days=30), True),
    ("in_verifica", TODAY - dt.timedelta(days=3), True),
    ("attivo", TODAY, False),                         # ends today: not yet expired
    ("sospeso", TODAY - dt.timedelta(days=3), False),  # suspended: not running
    ("bozza", TODAY - dt.timedelta(days=3), False),    # never signed
])
def test_a_running_patto_past_its_end_is_expired_in_the_lists(store, state, end_on, expired):
    patto_id = make_patto(store, state=state, end_on=end_on)
    with store.read() as s:
        row, = lists.patti(s, today=TODAY)
        assert row.expired is expired
        assert [r.id for r in lists.patti(s, only_expired=True, today=TODAY)] == \
            ([patto_id] if expired else [])
        person_id = s.get(Patto, patto_id).beneficiaries[0].person_id
        assert lists.patti_of_person(s, person_id, today=TODAY)[0].expired is expired


def test_renewing_an_expired_active_patto_closes_it_and_opens_its_successor(store):
    patto_id = make_patto(store, state="attivo", end_on=TODAY - dt.timedelta(days=10))
    with store.session() as s:
        successor_id = expiry.settle_expired(s, patto_id, "rinnova", today=TODAY)
    with store.read() as s:
        old, new = s.get(Patto, patto_id), s.get(Patto, successor_id)
        assert (old.state, old.renewed_by_id) == ("rinnovato", successor_id)
        assert new.state == "bozza" and [g.title for g in new.goals] == ["Una casa in affitto"]
        assert lists.patti(s, only_expired=True, today=TODAY) == []


def test_an_expired_patto_in_verification_is_renewed_directly(store):
    patto_id = make_patto(store, state="in_verifica", end_on=TODAY - dt.timedelta(days=2))
    with store.session() as s:
        successor_id = expiry.settle_expired(s, patto_id, "rinnova", today=TODAY)
    with store.read() as s:
        assert s.get(Patto, patto_id).state == "rinnovato"
        assert s.get(Patto, successor_id).state == "bozza"


@pytest.mark.parametrize("state", ["firmato", "attivo", "in_verifica"])
def test_closing_an_expired_patto_concludes_it(store, state):
    patto_id = make_patto(store, state=state, end_on=TODAY - dt.timedelta(days=2))
    with store.session() as s:
        assert expiry.settle_expired(s, patto_id, "chiudi", today=TODAY) is None
    with store.read() as s:
        assert s.get(Patto, patto_id).state == "concluso"


def test_a_patto_that_has_not_expired_is_not_settled_that_way(store):
    patto_id = make_patto(store, state="attivo", end_on=TODAY + dt.timedelta(days=20))
    with store.session() as s, pytest.raises(ValidationError, match="non è scaduto"):
        expiry.settle_expired(s, patto_id, "chiudi", today=TODAY)
    with store.session() as s, pytest.raises(ValidationError, match="Scelta sconosciuta"):
        expiry.settle_expired(s, patto_id, "archivia", today=TODAY)
    with store.read() as s:
        assert s.get(Patto, patto_id).state == "attivo"


def test_the_agenda_shows_an_expired_patto_as_overdue_and_one_ending_on_its_day(store):
    late = make_patto(store, state="attivo", end_on=TODAY - dt.timedelta(days=40), title="Lavoro")
    soon = make_patto(store, state="attivo", end_on=TODAY + dt.timedelta(days=2), title="Casa")
    make_patto(store, state="bozza", end_on=TODAY - dt.timedelta(days=5), title="Bozza")
    with store.read() as s:
        items = [i for i in agenda_items(s, TODAY, TODAY + dt.timedelta(days=6), today=TODAY)
                 if i.kind == "fine_patto"]
    assert [(i.patto_id, i.overdue, i.title) for i in items] == [
        (late, True, "Patto «Lavoro» scaduto: rinnovalo o chiudilo"),
        (soon, False, "Scade il patto «Casa»"),
    ]


def test_the_command_line_lists_and_settles_expired_patti(store, capsys, monkeypatch):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    patto_id = make_patto(store, state="attivo", end_on=dt.date.today() - dt.timedelta(days=3))
    path = str(store.path)
    store.close()
    assert main(["patto", "scaduti", "--db", path]) == 0
    out = capsys.readouterr().out
    assert patto_id in out and "1 patti scaduti ancora in corso." in out
    assert main(["patto", "rinnova-scaduto", patto_id, "--db", path]) == 0
    assert "il nuovo patto in bozza è" in capsys.readouterr().out
    assert main(["patto", "scaduti", "--db", path]) == 0
    assert "Nessun patto scaduto ancora in corso." in capsys.readouterr().out
    assert main(["patto", "chiudi-scaduto", patto_id, "--db", path]) == 2  # bad input
    assert "non è scaduto" in capsys.readouterr().err
