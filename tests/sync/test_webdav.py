"""A real WebDAV server (wsgidav) on loopback; faults injected by a WSGI middleware
in front of it: the server misbehaving, not a stand-in for the client."""
from __future__ import annotations

from desktop.core.model import Person
from desktop.sync import engine

from .conftest import digest, sync_all


def _add(store, name):
    with store.session() as s:
        s.add(Person(first_name="Giulia", last_name=name))


def _visible_bundles(dav):
    return sorted(p.relative_to(dav.path).as_posix() for p in dav.path.rglob("*")
                  if p.is_file() and not p.name.startswith(".tmp-"))


def test_sync_through_webdav(team, webdav):
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    _add(b, "Conti")
    target = webdav.target()
    sync_all([a, b], target)
    assert digest(a) == digest(b)
    assert len(_visible_bundles(webdav)) == 2


def test_server_stops_mid_upload_then_retry(team, webdav):
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    webdav.faults.mode = "cut-put"
    report = engine.sync_once(a, webdav.target())
    assert not report.ok and report.retry_later and "riproverà" in report.errors[0]
    assert webdav.faults.hits and _visible_bundles(webdav) == []
    assert engine.pending_changes(a) == 1
    webdav.faults.mode = None
    sync_all([a, b], webdav.target())
    assert digest(a) == digest(b) and engine.pending_changes(a) == 0


def test_401_507_and_timeout_say_so_and_retry_later(team, webdav):
    a, b = team.replica(), team.replica()
    _add(a, "Ferri")
    for mode, words in (("401", "credenziali"), ("507", "spazio"), ("timeout", "non risponde")):
        webdav.faults.mode = mode
        report = engine.sync_once(a, webdav.target(timeout=0.5))
        assert report.retry_later and words in report.errors[0], report.errors
        assert _visible_bundles(webdav) == []
    webdav.faults.mode = None
    sync_all([a, b], webdav.target())
    assert digest(a) == digest(b)


def test_password_from_keyring_or_environment(file_keyring, webdav, monkeypatch):
    from desktop.sync.targets import WebDavTarget, save_webdav_password

    monkeypatch.delenv("TESSERE_WEBDAV_PASSWORD", raising=False)
    save_webdav_password(webdav.url, "squadra", "segreta")
    WebDavTarget(webdav.url, "squadra").check_reachable()
    file_keyring.delete_password("Tessere", f"webdav-squadra@{webdav.url}")
    monkeypatch.setenv("TESSERE_WEBDAV_PASSWORD", "sbagliata")
    import pytest

    from desktop.sync.errors import TargetError

    with pytest.raises(TargetError, match="credenziali"):
        WebDavTarget(webdav.url, "squadra").check_reachable()
