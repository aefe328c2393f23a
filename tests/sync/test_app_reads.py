"""What the app reads and does through ``desktop.sync`` (headless): conflicts named
by their record and typed by their field, history and peers a page at a time, one
sync as the window runs it, and the frozen-row rule that the merge reads from
the models."""
from __future__ import annotations

import pytest

from desktop.core.errors import ValidationError
from desktop.core.model import DiaryEntry, Operator, PattoVersion, Person
from desktop.sync import engine, merge, settings
from desktop.sync.conflicts import list_conflicts, typed_value
from desktop.sync.history import history, history_rows
from desktop.sync.status import overview, peers

from .conftest import sync_all


def _person(store, **kw) -> str:
    with store.session() as s:
        person = Person(first_name="Mario", last_name="Rossi", **kw)
        s.add(person)
        s.flush()
        return person.id


def test_a_conflict_names_its_record_and_how_its_value_is_typed(team, folder):
    a, b = team.replica(), team.replica()
    pid = _person(a)
    sync_all([a, b], folder)
    for store, notes in ((a, "da A"), (b, "da B")):
        with store.session() as s:
            s.get(Person, pid).notes = notes
    sync_all([a, b], folder)
    (conflict,) = list_conflicts(b)
    assert (conflict.record, conflict.field, conflict.value_kind) == ("Rossi Mario", "notes", "text")
    assert overview(b).conflicts == [conflict]


def test_a_typed_value_reads_as_its_kind():
    assert typed_value("date", " 31/12/2025 ") == "2025-12-31"
    assert typed_value("money", "1.234,56") == 123456
    assert typed_value("int", "42") == 42
    assert typed_value("text", "  ") is None
    with pytest.raises(ValidationError, match="numero intero"):
        typed_value("int", "quaranta")
    with pytest.raises(ValidationError):
        typed_value("date", "31/02/2025")


def test_history_and_peers_a_page_at_a_time(team, folder):
    a, b = team.replica(), team.replica()
    with a.session() as s:
        operator = Operator(first_name="Anna", last_name="Ferri", role="assistente sociale")
        s.add(operator)
        s.flush()
        a.operator_id = operator.id  # who signs this laptop's changes
    _person(a)
    sync_all([a, b], folder)
    with b.read() as s:
        assert history_rows(s, 0, 50) == history(b) and len(history(b)) == 2
        assert history_rows(s, 1, 50) == history(b)[1:]
        (peer,) = peers(s)
    assert (peer.replica_id, peer.bundles, peer.operator) == (a.replica_id, 1, "Anna Ferri")


def test_the_app_syncs_only_once_a_target_and_a_team_are_set(team, tmp_path):
    a = team.replica()
    _person(a)
    outcome = engine.sync_when_ready(a, manual=True)
    assert outcome.report is None and not outcome.state.configured
    settings.save_folder(a, str(tmp_path / "chiavetta-non-inserita"))
    outcome = engine.sync_when_ready(a, manual=False)  # a cheap check, not a failed sync
    assert outcome.report is None and "non è raggiungibile" in outcome.message
    assert history(a) == []
    (tmp_path / "condivisa").mkdir()
    settings.save_folder(a, str(tmp_path / "condivisa"))
    outcome = engine.sync_when_ready(a, manual=False)
    assert outcome.report.ok and outcome.state.pending == 0 and outcome.message == ""


def test_the_merge_reads_the_frozen_rule_the_models_declare():
    assert merge.freeze_rule("diary_entry") is DiaryEntry.__freezes__
    assert merge.freeze_rule("patto_version") is PattoVersion.__freezes__
    assert merge.freeze_rule("person") is None
    closed = DiaryEntry.__freezes__
    assert closed.holds({"status": "chiusa"}) and not closed.holds({"status": "bozza"})
    assert DiaryEntry().frozen_reason({"status": "chiusa"}) == closed.message
    signed = PattoVersion.__freezes__
    assert signed.holds({"signed_at": "2026-05-05T12:00:00"}) and not signed.holds({"signed_at": None})
    assert PattoVersion().frozen_reason({}) is None
