"""Replicas as real encrypted databases in tmp dirs, a shared folder, and a real
WebDAV server (wsgidav on cheroot) on 127.0.0.1 with an optional fault injector."""
from __future__ import annotations

import threading
import time

import pytest

from desktop.core.store import Store
from desktop.sync import engine
from desktop.sync.targets import FolderTarget, WebDavTarget
from desktop.sync.team import create_team, join_team

PASSPHRASE = "prova-passphrase-di-test"


class Team:
    def __init__(self, tmp_path):
        self.tmp = tmp_path
        self.stores: list[Store] = []
        self.code = None

    def replica(self, name: str | None = None) -> Store:
        name = name or f"r{len(self.stores)}"
        store = Store.open(self.tmp / f"{name}.db", passphrase=PASSPHRASE, create=True)
        if self.code is None:
            self.code = create_team(store)
        else:
            join_team(store, self.code)
        self.stores.append(store)
        return store

    def close(self):
        for s in self.stores:
            s.close()


@pytest.fixture
def team(tmp_path, no_keyring):
    t = Team(tmp_path)
    yield t
    t.close()


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "sync-root"
    root.mkdir()
    return FolderTarget(root)


def digest(store) -> str:
    from desktop.core import inspect

    with store.read() as s:
        return inspect.digest(s)[0]


class Faults:
    """What the server does wrong next: None, "401" (every request), "500",
    "<status>-writes" (401, 403, 404 or 507 to PUT, MKCOL, MOVE, DELETE), "timeout",
    "cut-put"."""

    def __init__(self):
        self.mode = None
        self.hits = 0


class _Cut:
    """A request body that stops halfway, as when the server goes away mid-upload."""

    def __init__(self, stream, length):
        self.stream, self.left = stream, max(1, length // 2)

    def read(self, size=-1):
        if self.left <= 0:
            raise ConnectionResetError("upload interrupted")
        size = self.left if size is None or size < 0 else min(size, self.left)
        data = self.stream.read(size)
        self.left -= len(data)
        return data

    def readline(self, *a):
        return self.read(*a)


def fault_middleware(app, faults: Faults):
    def wrapped(environ, start_response):
        mode, method = faults.mode, environ["REQUEST_METHOD"]
        if mode == "401":
            faults.hits += 1
            start_response("401 Unauthorized", [("Content-Type", "text/plain"),
                                                ("WWW-Authenticate", 'Basic realm="x"')])
            return [b"no"]
        if mode and mode.endswith("-writes") and method in ("PUT", "MKCOL", "MOVE", "DELETE"):
            faults.hits += 1
            status = mode.split("-")[0]
            reason = {"401": "Unauthorized", "403": "Forbidden", "404": "Not Found",
                      "507": "Insufficient Storage"}[status]
            start_response(f"{status} {reason}", [("Content-Type", "text/plain")])
            return [b"no"]
        if mode == "500":
            faults.hits += 1
            start_response("500 Internal Server Error", [("Content-Type", "text/plain")])
            return [b"broken"]
        if mode == "timeout":
            faults.hits += 1
            time.sleep(1.5)
        if mode == "cut-put" and method == "PUT":
            faults.hits += 1
            length = int(environ.get("CONTENT_LENGTH") or 0)
            environ["wsgi.input"] = _Cut(environ["wsgi.input"], length)
        return app(environ, start_response)

    return wrapped


@pytest.fixture
def webdav(tmp_path):
    from cheroot import wsgi
    from wsgidav.wsgidav_app import WsgiDAVApp

    root = tmp_path / "dav"
    root.mkdir()
    config = {
        # The same folder again as a share given read-only, as Nextcloud does.
        "provider_mapping": {"/": str(root),
                             "/sola-lettura": {"root": str(root), "readonly": True}},
        "simple_dc": {"user_mapping": {"*": {"squadra": {"password": "segreta"}}}},
        "http_authenticator": {"accept_basic": True, "accept_digest": False,
                               "default_to_digest": False},
        "verbose": 0,
        "logging": {"enable": False},
        "lock_storage": True,
    }
    faults = Faults()
    lies: dict = {}
    app = lying_middleware(fault_middleware(WsgiDAVApp(config), faults), lies)
    server = wsgi.Server(("127.0.0.1", 0), app, numthreads=4)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    port = server.bind_addr[1]

    class Dav:
        url = f"http://127.0.0.1:{port}/"
        read_only_url = f"http://127.0.0.1:{port}/sola-lettura/"
        path = root

        def __init__(self):
            self.faults = faults
            self.lies = lies

        def target(self, timeout=5.0, url=None):
            return WebDavTarget(url or self.url, "squadra", "segreta", timeout=timeout)

    yield Dav()
    server.stop()
    thread.join(timeout=5)


def sync_all(stores, target, rounds=2):
    for _ in range(rounds):
        for s in stores:
            report = engine.sync_once(s, target)
            assert report.ok, report.errors


def lying_middleware(app, lies: dict):
    """A server that lies: ``lies["mode"]`` is "drop-move" (answers 201 to a MOVE it
    does not do), "short-put" (keeps half of each upload, answers 201), "portal"
    (answers every request with a captive portal's HTML page) or "redirect"."""
    def wrapped(environ, start_response):
        mode, method = lies.get("mode"), environ["REQUEST_METHOD"]
        if mode == "drop-move" and method == "MOVE":
            start_response("201 Created", [("Content-Type", "text/plain")])
            return [b""]
        if mode == "short-put" and method == "PUT":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            body = environ["wsgi.input"].read(length)
            environ["wsgi.input"] = __import__("io").BytesIO(body[: length // 2])
            environ["CONTENT_LENGTH"] = str(length // 2)
        if mode == "portal":
            start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
            return [b"<html><body>Accedi alla rete Wi-Fi dell'ospedale</body></html>"]
        if mode == "redirect":
            start_response("302 Found", [("Location", "http://127.0.0.1:9/login")])
            return [b""]
        return app(environ, start_response)

    return wrapped
