"""A real WebDAV server (wsgidav) on loopback; faults injected by a WSGI middleware
in front of it: the server misbehaving, not a stand-in for the client."""
from __future__ import annotations

import pytest

from desktop.core.model import Person
from desktop.sync import engine
from desktop.sync.status import pending_changes
from desktop.sync.status import status as sync_status

from desktop.__main__ import main
from desktop.sync.root import MARK

from .conftest import PASSPHRASE, digest, sync_all


def _add(store, name):
    with store.session() as s:
        s.add(Person(first_name="Giulia", last_name=name))


def _visible_bundles(dav):
    return sorted(p.relative_to(dav.path).as_posix() for p in dav.path.rglob("*")
                  if p.is_file() and not p.name.startswith(".tmp-") and p.name != MARK)


def test_sync_through_webdav(team, webdav):
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    _add(b, "Conti")
    target = webdav.target()
    sync_all([a, b], target)
    assert digest(a) == digest(b)
    assert len(_visible_bundles(webdav)) == 2
    assert (webdav.path / MARK).is_file()  # the team's mark, sealed with its key


def test_server_stops_mid_upload_then_retry(team, webdav):
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    webdav.faults.mode = "cut-put"
    report = engine.sync_once(a, webdav.target())
    assert not report.ok and report.retry_later and "riproverà" in report.errors[0]
    assert webdav.faults.hits and _visible_bundles(webdav) == []
    assert pending_changes(a) == 1
    webdav.faults.mode = None
    sync_all([a, b], webdav.target())
    assert digest(a) == digest(b) and pending_changes(a) == 0


def test_timeout_and_server_errors_say_so_and_retry_later(team, webdav):
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    for mode, words in (("timeout", "non risponde"), ("500", "errore (500)")):
        webdav.faults.mode = mode
        report = engine.sync_once(a, webdav.target(timeout=0.5))
        assert report.retry_later and words in report.errors[0], report.errors
        assert "riproverà" in report.errors[0]
        assert _visible_bundles(webdav) == []
    webdav.faults.mode = None
    sync_all([a, b], webdav.target())
    assert digest(a) == digest(b)


# What a write refused for good says, and the exit code of ``tessere sync``: retrying
# alone cannot help, so the user is told what to do and the code is 1.
REFUSALS = {
    "401": ("credenziali: controlla utente e password", 1),
    "403": ("Non hai il permesso di scrivere", 1),
    "404": ("non esiste sul server WebDAV", 1),
    "507": ("Il server WebDAV è pieno", 1),
}


@pytest.mark.parametrize("status", sorted(REFUSALS))
def test_a_refused_write_says_why_and_asks_the_user_to_act(team, webdav, status, capsys,
                                                          monkeypatch):
    a = team.replica()
    _add(a, "Ferri")
    webdav.faults.mode = f"{status}-writes"
    report = engine.sync_once(a, webdav.target())
    words, code = REFUSALS[status]
    assert not report.ok and not report.retry_later
    assert any(words in e for e in report.errors), report.errors
    assert not any("riproverà" in e for e in report.errors)
    assert _visible_bundles(webdav) == [] and pending_changes(a) == 1  # nothing lost
    assert sync_status(a).last_sync is None  # not "synced"
    monkeypatch.setenv("TESSERE_WEBDAV_PASSWORD", "segreta")
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    argv = ["sync", "--db", str(a.path), "--webdav", webdav.url, "--user", "squadra"]
    assert main(argv) == code
    assert words in " ".join(capsys.readouterr().out.split())


def test_a_read_only_share_still_brings_the_others_changes(team, webdav):
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    sync_all([a], webdav.target())
    _add(b, "Conti")
    report = engine.sync_once(b, webdav.target(url=webdav.read_only_url))
    assert report.applied == 1 and not report.ok  # received, and the refusal is said
    assert any("permesso di scrivere" in e for e in report.errors)
    assert pending_changes(b) == 1


def test_wrong_password_exits_1_unreachable_exits_3(team, webdav, monkeypatch, capsys):
    a = team.replica()
    _add(a, "Ferri")
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TESSERE_WEBDAV_PASSWORD", "sbagliata")
    base = ["sync", "--db", str(a.path), "--user", "squadra", "--webdav"]
    assert main([*base, webdav.url]) == 1
    assert "credenziali" in capsys.readouterr().out
    monkeypatch.setenv("TESSERE_WEBDAV_PASSWORD", "segreta")
    assert main([*base, "http://127.0.0.1:9/tessere/"]) == 3  # nothing listens on port 9
    assert "non è raggiungibile" in capsys.readouterr().out


def test_password_from_keyring_or_environment(file_keyring, webdav, monkeypatch):
    from desktop.sync.targets import WebDavTarget, save_webdav_password

    monkeypatch.delenv("TESSERE_WEBDAV_PASSWORD", raising=False)
    save_webdav_password(webdav.url, "squadra", "segreta")
    WebDavTarget(webdav.url, "squadra").check_reachable()
    file_keyring.delete_password("Tessere", f"webdav-squadra@{webdav.url}")
    monkeypatch.setenv("TESSERE_WEBDAV_PASSWORD", "sbagliata")
    from desktop.sync.errors import TargetError

    with pytest.raises(TargetError, match="credenziali"):
        WebDavTarget(webdav.url, "squadra").check_reachable()


@pytest.mark.parametrize("mode", ["drop-move", "short-put", "portal", "redirect"])
def test_a_lying_server_never_counts_as_published(team, webdav, mode):
    """2xx for a MOVE that did not happen, a truncated upload, a captive portal's
    page, a redirect: the bundle does not count as sent and is sent again later."""
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    webdav.lies["mode"] = mode
    report = engine.sync_once(a, webdav.target())
    assert not report.ok and report.retry_later, report.errors
    assert "riproverà" in report.errors[0]
    assert pending_changes(a) == 1  # still waiting, nothing lost
    webdav.lies["mode"] = None
    sync_all([a, b], webdav.target())
    assert digest(a) == digest(b) and pending_changes(a) == 0


def test_a_folder_under_a_bundles_name_on_the_server_is_skipped(team, webdav):
    a, b, c = team.replica(), team.replica(), team.replica()
    _add(a, "Ferri")
    _add(b, "Conti")
    sync_all([a, b], webdav.target())
    (webdav.path / b.replica_id / "00000002").mkdir()
    report = engine.sync_once(c, webdav.target())
    assert report.applied == 2 and not report.retry_later
    assert any("non è un file" in e for e in report.errors)
