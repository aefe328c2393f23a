"""Named operations of the Diario tab: one per user action, each wrapping one
core call of ``desktop.core.cartella.diario``. The author of what is written is
the operator of this installation (``store.operator_id``)."""
from __future__ import annotations

import datetime as dt

from desktop.core import diary_index
from desktop.core.cartella import diario
from desktop.ui.operations import CollectionOp, QueryOp, read, write


def timeline(person_id: str, entry_type: str | None = None, words: str | None = None):
    """A RowsModel fetch: the person's entries, newest first, of one type or all,
    holding ``words`` when given."""
    def fetch(session, offset: int, limit: int) -> list[diario.DiaryRow]:
        return diario.timeline(session, person_id, entry_type, offset, limit, words=words)

    return fetch


def choices(parent, store) -> QueryOp[diario.DiaryChoices]:
    """The filter's and the editor's choices."""
    return read(parent, store, diario.diary_choices, store.operator_id)


def add_entry(parent, store, person_id: str, fields: diario.EntryFields) -> CollectionOp[str]:
    return write(parent, store, diario.add_entry, person_id, fields, author_id=store.operator_id)


def edit_entry(parent, store, entry_id: str, fields: diario.EntryFields) -> CollectionOp[str]:
    return write(parent, store, diario.edit_entry, entry_id, fields)


def correct_entry(parent, store, entry_id: str, text: str,
                  occurred_at: dt.datetime) -> CollectionOp[str]:
    return write(parent, store, diario.correct_entry, entry_id, text=text,
                 author_id=store.operator_id, occurred_at=occurred_at)


def close_entry(parent, store, entry_id: str) -> CollectionOp[None]:
    return write(parent, store, diario.close_entry, entry_id)


def queued_for_index(parent, store) -> QueryOp[int]:
    """How many entries wait to enter the full-text index."""
    return QueryOp(parent, store, lambda store, ctx: diary_index.queued(store))


def index_queued(parent, store) -> CollectionOp[int]:
    """Index the queued entries in bulk, with progress; writes no record, so no
    page reloads for it."""
    return CollectionOp(parent, store,
                        lambda store, ctx: diary_index.index_pending(store, ctx.progress))
