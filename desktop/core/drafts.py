"""Unsaved editor state kept inside the encrypted database, so a crash or a
flat battery loses nothing. Drafts are local to the installation (never synced)
and are offered back the next time the same editor opens."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select

from desktop.core.model import ReplicaMeta

PREFIX = "draft:"


def _key(editor: str, record_id: str | None) -> str:
    return f"{PREFIX}{editor}:{record_id or 'nuovo'}"


def save(store, editor: str, record_id: str | None, state: dict[str, Any]) -> None:
    payload = json.dumps(state, ensure_ascii=False, default=str)
    with store.session(capture=False) as s:
        s.merge(ReplicaMeta(key=_key(editor, record_id), value=payload))


def load(store, editor: str, record_id: str | None) -> dict[str, Any] | None:
    with store.read() as s:
        row = s.get(ReplicaMeta, _key(editor, record_id))
        return json.loads(row.value) if row else None


def discard(store, editor: str, record_id: str | None) -> None:
    with store.session(capture=False) as s:
        s.execute(delete(ReplicaMeta).where(ReplicaMeta.key == _key(editor, record_id)))


def pending(store) -> list[str]:
    """Keys of every draft left behind, e.g. to offer them after a crash."""
    with store.read() as s:
        return list(s.scalars(select(ReplicaMeta.key).where(ReplicaMeta.key.startswith(PREFIX))))
