"""Damaged, foreign, newer or clock-skewed bundles: refused or held with a clear
Italian message, and nothing from them applied."""
from __future__ import annotations

import pytest

from desktop.core import hlc
from desktop.core.model import Person
from desktop.sync import crypto, engine
from desktop.sync.root import MARK
from desktop.sync.status import status
from desktop.sync.team import create_team, team_key

from .conftest import digest


@pytest.fixture
def published(team, folder):
    a, b = team.replica(), team.replica()
    for name in ("Bianchi", "Verdi"):
        with a.session() as s:
            s.add(Person(first_name="Lucia", last_name=name))
        assert engine.sync_once(a, folder).ok
    return a, b, folder.root / a.replica_id


def _refused(b, folder, before, pattern):
    report = engine.sync_once(b, folder)
    assert report.applied == 0 and report.errors
    assert any(pattern in e for e in report.errors), report.errors
    assert digest(b) == before and status(b).replicas == {}


def test_truncated(published, folder):
    a, b, d = published
    before = digest(b)
    data = (d / "00000001").read_bytes()
    (d / "00000001").write_bytes(data[: len(data) - 7])
    _refused(b, folder, before, "alterato o è incompleto")
    (d / "00000001").write_bytes(data[:20])
    _refused(b, folder, before, "troncato")


def test_bit_flipped(published, folder):
    a, b, d = published
    before = digest(b)
    data = bytearray((d / "00000001").read_bytes())
    data[-20] ^= 0x04
    (d / "00000001").write_bytes(bytes(data))
    _refused(b, folder, before, "alterato")


def test_header_swapped_between_bundles(published, folder):
    a, b, d = published
    before = digest(b)
    one, two = (d / "00000001").read_bytes(), (d / "00000002").read_bytes()
    h1, head1, _ = crypto.read_header(one, "1")
    _h2, head2, rest2 = crypto.read_header(two, "2")
    # bundle 2's sealed body under bundle 1's header: the AAD no longer matches
    (d / "00000001").write_bytes(one[:8] + head1 + rest2)
    _refused(b, folder, before, "alterato")
    # a whole bundle moved to another number: the header does not belong there
    (d / "00000001").write_bytes(two)
    _refused(b, folder, before, "non gli appartiene")


def test_wrong_key(published, folder, tmp_path):
    from desktop.core.store import Store

    a, b, d = published
    with Store.open(tmp_path / "other.db", passphrase="p", create=True) as other:
        create_team(other)  # another team
        before = digest(other)
        files = sorted(folder.root.rglob("*"))
        report = engine.sync_once(other, folder)
        assert report.applied == 0
        assert any("appartiene a un'altra squadra" in e for e in report.errors)
        assert digest(other) == before
        assert sorted(folder.root.rglob("*")) == files  # nothing written into their root
        (folder.root / MARK).unlink()  # a root from before the mark: the bundles say it
        report = engine.sync_once(other, folder)
        assert report.applied == 0
        assert any("chiave di un'altra squadra" in e for e in report.errors)
        assert digest(other) == before


def test_newer_schema_is_held(published, folder):
    a, b, d = published
    key = team_key(a)
    header, payload = crypto.open_sealed(key, (d / "00000001").read_bytes(), "1")
    header = {k: v for k, v in header.items() if k not in ("format", "key")}
    (d / "00000001").write_bytes(crypto.seal(key, dict(header, schema=9999), payload))
    before = digest(b)
    report = engine.sync_once(b, folder)
    assert report.applied == 0 and report.ok
    assert "Aggiorna Tessere" in report.held[0]
    assert digest(b) == before


def test_clock_a_year_ahead_is_held_not_winning(published, folder):
    a, b, d = published
    key = team_key(a)
    header, payload = crypto.open_sealed(key, (d / "00000002").read_bytes(), "2")
    header = {k: v for k, v in header.items() if k not in ("format", "key")}
    year = 365 * 24 * 3600 * 1000
    for op in payload:
        stamp = hlc.Timestamp.parse(op[0])
        op[0] = str(hlc.Timestamp(stamp.wall_ms + year, stamp.counter, stamp.replica))
    (d / "00000002").write_bytes(crypto.seal(key, header, payload))
    report = engine.sync_once(b, folder)
    assert report.bundles_applied == 1  # bundle 1 is fine
    assert "orologio avanti di 36" in report.held[0]
    # our own clock did not jump a year ahead either
    assert hlc.Timestamp.parse(b.clock.now()).wall_ms < hlc.wall_clock_ms() + hlc.MAX_DRIFT_MS


def test_sync_root_holds_no_plaintext(published, folder):
    a, b, d = published
    for f in d.iterdir():
        data = f.read_bytes()
        assert b"Lucia" not in data and b"Bianchi" not in data and b"person" not in data
