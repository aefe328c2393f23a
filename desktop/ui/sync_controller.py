"""Background sync: every few minutes while the target is reachable, and on
demand; never two at once. It keeps the status bar's sync label true
("Offline: 23 modifiche in attesa", "Sincronizzazione…", "Sincronizzato alle 14:02",
"2 conflitti da risolvere").

A sync runs as a :class:`~desktop.ui.operations.CollectionOp` (``operations.sync.sync``,
around ``desktop.sync.engine.sync_when_ready``): the changes it applied
reach the change log, so the main window tells every page what to refresh
(``on_operation_did_execute``) like after any other write.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.sync.engine import SyncOutcome
from desktop.sync.status import SyncState
from desktop.ui.operations import failure_message
from desktop.ui.operations import sync as ops


class SyncController(QObject):
    state_changed = Signal(str)      # the text of the status bar label
    running_changed = Signal(bool)
    finished = Signal(object)        # SyncOutcome, after every sync that ran or was tried

    def __init__(self, store, window: QWidget):
        super().__init__(window)
        self.store = store  # the window is our Qt parent: no Python reference back to it
        self.running = False
        self.state: SyncState | None = None
        self.offline: str | None = None   # the last attempt found the target unreachable
        self.failed: str | None = None    # the last sync ended with an error
        self.text = ""
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)

    # ---------------------------------------------------------------- driving
    def start(self) -> None:
        """Read the settings and, if a target is configured, sync now and then every
        few minutes."""
        self.refresh(then=lambda state: self._schedule(state, sync_now=True))

    def settings_changed(self) -> None:
        """The page saved a target, created or joined a team: the timer follows."""
        self.offline = self.failed = None
        self.refresh(then=lambda state: self._schedule(state, sync_now=False))

    def sync_now(self) -> bool:
        """On demand; False if a sync is already running."""
        return self._run(manual=True)

    def note_changes(self, _changes) -> None:
        """Something was written: the count of changes waiting may have moved."""
        if not self.running:
            self.refresh()

    def refresh(self, then=None) -> None:
        def shown(state: SyncState) -> None:
            self._show(state)
            if then is not None:
                then(state)

        ops.state(self.parent(), self.store).success(shown).failure(lambda exc: None).run_in_background()

    def _schedule(self, state: SyncState, sync_now: bool = False) -> None:
        if not (state.configured and state.in_team):
            self._timer.stop()
            return
        if not self._timer.isActive() or self._timer.interval() != state.interval * 60_000:
            self._timer.start(state.interval * 60_000)
        if sync_now:
            self._run(manual=False)

    def _tick(self) -> None:
        self._run(manual=False)

    def _run(self, manual: bool) -> bool:
        if self.running:
            return False
        self.running = True
        self.running_changed.emit(True)
        self._set_text(self.tr("Sincronizzazione…"))
        (ops.sync(self.parent(), self.store, manual=manual)
         .with_progress(self.tr("Sincronizzazione…"), cancellable=True)
         .success(self._done)
         .failure(self._crashed)
         .run_in_background())
        return True

    def _done(self, outcome: SyncOutcome) -> None:
        self.running = False
        self.offline = outcome.offline
        failed = outcome.report is not None and not outcome.report.ok and not outcome.offline
        self.failed = outcome.message if failed else None
        self._show(outcome.state)
        self._schedule(outcome.state)
        self.running_changed.emit(False)
        self.finished.emit(outcome)

    def _crashed(self, exc: BaseException) -> None:
        self.running = False
        self.failed = failure_message(exc)
        if self.state is not None:
            self._show(self.state)
        self.running_changed.emit(False)
        self.finished.emit(None)

    # ---------------------------------------------------------------- the label
    def _show(self, state: SyncState) -> None:
        self.state = state
        if not self.running:
            self._set_text(self.describe(state))

    def describe(self, state: SyncState) -> str:
        if not (state.configured and state.in_team):
            return self.tr("Sincronizzazione non configurata")
        if self.offline:
            if state.pending == 0:
                return self.tr("Offline")
            if state.pending == 1:
                return self.tr("Offline: 1 modifica in attesa")
            return self.tr("Offline: %1 modifiche in attesa").replace("%1", str(state.pending))
        if self.failed:
            return self.tr("Sincronizzazione non riuscita")
        if state.gaps:
            if len(state.gaps) == 1:
                return self.tr("Mancano pacchetti di un computer della squadra")
            return self.tr("Mancano pacchetti di %1 computer della squadra").replace(
                "%1", str(len(state.gaps)))
        if state.conflicts:
            if state.conflicts == 1:
                return self.tr("1 conflitto da risolvere")
            return self.tr("%1 conflitti da risolvere").replace("%1", str(state.conflicts))
        if state.last_sync is None:
            return self.tr("Non ancora sincronizzato")
        if state.last_sync.date() == dt.date.today():
            text = self.tr("Sincronizzato alle %1").replace("%1", state.last_sync.strftime("%H:%M"))
        else:
            text = (self.tr("Sincronizzato il %1 alle %2")
                    .replace("%1", state.last_sync.strftime("%d/%m/%Y"))
                    .replace("%2", state.last_sync.strftime("%H:%M")))
        if state.pending:
            text += self.tr(" · %1 in attesa").replace("%1", str(state.pending))
        return text

    def _set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.state_changed.emit(text)
