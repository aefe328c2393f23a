"""Crash-safe drafts of an editor, written to the encrypted database
(desktop.core.drafts) on a worker while the user types."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import QObject

from desktop.core import drafts
from desktop.ui.operations import CollectionOp, QueryOp, log_failure


class DraftWriter:
    """Saves and discards one editor's draft strictly in order on a worker, so
    a late autosave can never bring back a draft that was just discarded. Plain
    Python, not a widget: it outlives an editor that closed meanwhile."""

    def __init__(self, store, editor: str, record_id: str | None):
        self._store, self._editor, self._record_id = store, editor, record_id
        self._queue: list[Callable[[Any], None]] = []
        self._busy = False

    @property
    def idle(self) -> bool:
        return not self._busy and not self._queue

    def save(self, state: dict[str, Any]) -> None:
        state = dict(state, saved_at=dt.datetime.now().isoformat(timespec="seconds"))
        self._push(lambda store: drafts.save(store, self._editor, self._record_id, state))

    def discard(self) -> None:
        self._push(lambda store: drafts.discard(store, self._editor, self._record_id))

    def load(self, done: Callable[[dict[str, Any] | None], None], owner: QObject) -> None:
        """``done(draft or None)``, unless ``owner`` (the editor) closed meanwhile."""
        QueryOp(owner, self._store, lambda store, ctx: drafts.load(
            store, self._editor, self._record_id)).success(done).failure(log_failure) \
            .run_in_background()

    def _push(self, job: Callable[[Any], None]) -> None:
        self._queue.append(job)
        self._next()

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        job = self._queue.pop(0)
        self._busy = True

        def finished(_result=None) -> None:
            self._busy = False
            self._next()

        def failed(exc: BaseException) -> None:
            log_failure(exc)
            finished()

        (CollectionOp(None, self._store, lambda store, ctx: job(store))
         .success(finished).failure(failed).run_in_background())
