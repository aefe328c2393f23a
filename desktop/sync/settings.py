"""Where this database syncs to, and how often: kept in the database itself
(``replica_meta``), so the setting travels with the file and not with the computer.

The WebDAV password goes to the OS keyring, under the same entry
:func:`desktop.sync.targets.webdav_password` reads. Where no keyring exists it
is kept in the encrypted database instead, as the team key is.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.sync import secrets
from desktop.sync.errors import SyncError, TargetError
from desktop.sync.targets import FolderTarget, Target, WebDavTarget, webdav_password

META_TARGET = "sync_target"
META_INTERVAL = "sync_interval_minutes"
META_WEBDAV_PASSWORD = "sync_webdav_password"
DEFAULT_INTERVAL = 5  # minutes between background syncs


@dataclass(frozen=True)
class TargetSettings:
    kind: str          # "folder" or "webdav"
    folder: str = ""
    url: str = ""
    user: str = ""
    group_access: bool = False  # folder: colleagues of one group read and write it


def target_settings(store) -> TargetSettings | None:
    stored = store.meta(META_TARGET)
    if not stored:
        return None
    data = json.loads(stored)
    return TargetSettings(data.get("kind", ""), data.get("folder", ""), data.get("url", ""),
                          data.get("user", ""), bool(data.get("group_access", False)))


def save_folder(store, folder: str, *, group_access: bool = False) -> TargetSettings:
    """``group_access``: what Tessere writes there is readable and writable by the
    folder's group too (a team share where each colleague logs in as a different
    user); otherwise by this user only."""
    folder = folder.strip()
    if not folder:
        raise SyncError("Indica la cartella condivisa in cui sincronizzare.")
    settings = TargetSettings("folder", folder=folder, group_access=group_access)
    store.set_meta(META_TARGET, json.dumps(settings.__dict__))
    return settings


def save_webdav(store, url: str, user: str, password: str | None) -> TargetSettings:
    """``password`` None keeps the one already saved for this url and user."""
    url, user = url.strip(), user.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise SyncError("L'indirizzo del server deve iniziare con https:// (o http://).")
    if not user:
        raise SyncError("Indica l'utente del server WebDAV.")
    if password:
        _save_password(store, url, user, password)
    elif _password(store, url, user) is None:
        raise SyncError("Indica la password del server WebDAV.")
    settings = TargetSettings("webdav", url=url, user=user)
    store.set_meta(META_TARGET, json.dumps(settings.__dict__))
    return settings


def _entry(url: str, user: str) -> str:
    return f"webdav-{user}@{url}"


def _save_password(store, url: str, user: str, password: str) -> None:
    if not secrets.to_keyring(_entry(url, user), password):
        store.set_meta(META_WEBDAV_PASSWORD, json.dumps({_entry(url, user): password}))


def _password(store, url: str, user: str) -> str | None:
    found = webdav_password(url, user)
    if found:
        return found
    stored = store.meta(META_WEBDAV_PASSWORD)
    return json.loads(stored).get(_entry(url, user)) if stored else None


def make_target(store, settings: TargetSettings | None = None) -> Target | None:
    """The configured target, or None when sync is not set up."""
    settings = settings or target_settings(store)
    if settings is None:
        return None
    if settings.kind == "folder":
        return FolderTarget(settings.folder, group_access=settings.group_access)
    if settings.kind == "webdav":
        password = _password(store, settings.url, settings.user)
        if password is None:
            raise TargetError("Manca la password del server WebDAV: inseriscila nelle impostazioni.",
                              retry_later=False)
        return WebDavTarget(settings.url, settings.user, password)
    return None


def interval_minutes(store) -> int:
    stored = store.meta(META_INTERVAL)
    return max(1, int(stored)) if stored and stored.isdigit() else DEFAULT_INTERVAL


def set_interval_minutes(store, minutes: int) -> None:
    store.set_meta(META_INTERVAL, str(max(1, int(minutes))))
