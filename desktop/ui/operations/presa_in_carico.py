"""Named operations of the «Presa in carico» tab: one per user action, each
wrapping one core call of ``desktop.core.cartella.presa_in_carico``; which
transitions are possible is the core's answer (``EpisodeRow.actions``)."""
from __future__ import annotations

import datetime as dt

from desktop.core.cartella import presa_in_carico as pic
from desktop.ui.operations import CollectionOp, QueryOp, read, write


def episodes(person_id: str):
    """A RowsModel fetch: the person's prese in carico, the open one first."""
    def fetch(session, offset: int, limit: int) -> list[pic.EpisodeRow]:
        return pic.list_episodes(session, person_id, offset, limit)

    return fetch


def choices(parent, store) -> QueryOp[pic.EpisodeChoices]:
    """Origins, usual closure reasons and operators, for the forms."""
    return read(parent, store, pic.episode_choices)


def open_episode(parent, store, person_id: str, fields: pic.EpisodeFields) -> CollectionOp[str]:
    return write(parent, store, pic.open_episode, person_id, fields)


def edit_episode(parent, store, episode_id: str, fields: pic.EpisodeFields) -> CollectionOp[str]:
    return write(parent, store, pic.edit_episode, episode_id, fields)


def perform(parent, store, episode_id: str, action: str, on: dt.date,
            reason: str | None = None) -> CollectionOp[str]:
    return write(parent, store, pic.perform, episode_id, action, on=on, reason=reason)
