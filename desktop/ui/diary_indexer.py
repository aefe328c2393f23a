"""Fills the diary's full-text index in the background after a bulk arrival.

A sync bringing thousands of entries, a new laptop's join or the coordinator's
merge leave their entries queued (``desktop.core.diary_index``): this runs the
bulk indexing as a cancellable operation in the status bar, a batch per short
transaction, on a worker of its own (the user's operations keep their two), so
the user keeps working and searching (the search scans what is still queued)
while it runs. It looks again after every change to the diary
and at start, so an indexing cut short by closing the window resumes."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.ui.operations import diario as ops


class DiaryIndexer(QObject):
    def __init__(self, store, window: QWidget):
        super().__init__(window)
        self.store = store  # the window is our Qt parent: no Python reference back to it
        self._op = None  # the indexing running, if any

    @property
    def running(self) -> bool:
        return self._op is not None

    def check(self) -> None:
        """Index the queue if anything waits in it (never two indexings at once)."""
        if not self.running:
            (ops.queued_for_index(self.parent(), self.store).success(self._found)
             .failure(lambda exc: None).run_in_background())  # bookkeeping: never a message

    def stop(self) -> None:
        """The window closes: the batch under way commits, the rest waits for the next start."""
        if self._op is not None:
            self._op.cancel()

    def _found(self, queued: int) -> None:
        if queued == 0 or self.running:
            return
        self._op = (ops.index_queued(self.parent(), self.store)
                    .with_progress(self.tr("Indicizzazione del diario…"), cancellable=True)
                    .as_housekeeping()
                    .success(self._done)
                    .failure(lambda exc: self._done(0)))
        self._op.run_in_background()

    def _done(self, indexed: int) -> None:
        self._op = None
        if indexed:  # entries a sync queued while this ran were announced to a busy indexer
            self.check()
