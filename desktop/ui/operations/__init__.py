"""Background operations, after Anki's ``aqt/operations`` (CollectionOp / QueryOp).

The GUI thread never waits on the database: an operation runs a function
taking the :class:`~desktop.core.store.Store` on a worker thread and calls back
on the GUI thread. A write (:class:`CollectionOp`) ends with an :class:`OpChanges`
naming the tables it touched, read back from the change log the store keeps
anyway, so the main window can tell each page what to refresh without anyone
declaring it by hand. A read (:class:`QueryOp`) changes nothing.

The function receives an :class:`OpContext`; ``ctx.progress(done, total, label)``
is marshalled to the GUI thread through a queued signal and raises
:class:`OperationCancelled` once the user asked to stop, so any core function
that accepts a ``progress`` callback is cancellable without knowing about Qt.

    CollectionOp(self, lambda store, ctx: do_things(store, progress=ctx.progress)) \\
        .with_progress(self.tr("Importazione…"), cancellable=True) \\
        .success(lambda result: ...) \\
        .run_in_background()

Named operations live in this package's modules (``operations.patti``,
``operations.diario``…): one small function per user action, taking the widget
that asks and the store and returning an operation that wraps exactly one core
call, built with :func:`write` or :func:`read`. Widgets add ``.success()`` and
``.run_in_background()``; they never open a session or name a table, so every
rule, role and audit the core enforces holds for the window as for the CLI::

    def close_entry(parent, store, entry_id: str) -> CollectionOp:
        return write(parent, store, diario.close_entry, entry_id)
"""
from __future__ import annotations

import logging
import threading
import time
import traceback
from dataclasses import dataclass
from typing import Any, Callable, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
import shiboken6

from desktop.core.errors import TessereError, explain

log = logging.getLogger(__name__)
T = TypeVar("T")

GENERIC_FAILURE = "Si è verificato un errore imprevisto. L'operazione non è stata completata."
_PROGRESS_INTERVAL = 0.05  # seconds between progress signals: the GUI needs no more
_MODAL_DELAY_MS = 400  # a modal progress dialog appears only for work that lasts


class OperationCancelled(TessereError):
    """Raised inside the worker by ``ctx.progress`` once the user cancelled."""

    def __init__(self) -> None:
        super().__init__(_tr("Operazione annullata."))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ops", text)


@dataclass(frozen=True)
class OpChanges:
    """What an operation changed: the names of the tables it wrote to."""

    tables: frozenset[str] = frozenset()
    everything: bool = False  # e.g. a different database was opened

    def touches(self, tables: frozenset[str] | set[str]) -> bool:
        return self.everything or bool(self.tables & set(tables))

    def __or__(self, other: "OpChanges") -> "OpChanges":
        return OpChanges(self.tables | other.tables, self.everything or other.everything)

    @classmethod
    def all(cls) -> "OpChanges":
        return cls(everything=True)


class OpContext:
    """Handed to the operation's function on the worker thread."""

    def __init__(self, emit_progress: Callable[[int, int, str], None]):
        self._emit = emit_progress
        self._cancel = threading.Event()
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise OperationCancelled()

    def progress(self, done: int, total: int = 0, label: str = "") -> None:
        self.check()
        now = time.monotonic()
        if now - self._last >= _PROGRESS_INTERVAL or (total and done >= total):
            self._last = now
            self._emit(int(done), int(total), str(label))


class OpHost(Protocol):
    """What a window offers to operations (the main window implements it)."""

    def op_started(self, op: "_Op") -> None: ...
    def op_progress(self, op: "_Op", done: int, total: int, label: str) -> None: ...
    def op_finished(self, op: "_Op") -> None: ...
    def on_operation_did_execute(self, changes: OpChanges, initiator: object | None) -> None: ...


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(bool, object)  # ok, result or exception


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        # The last references to the operation (and, through its callbacks, to
        # widgets) must go on the GUI thread: a widget whose wrapper dies on a
        # worker is deleted later by shiboken, which can crash the application.
        fn, self._fn = self._fn, None
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001 - everything is reported on the GUI thread
            del fn
            traceback.clear_frames(exc.__traceback__)  # their locals hold the operation
            self._report(False, exc)
        else:
            del fn
            self._report(True, result)

    def _report(self, ok: bool, payload: Any) -> None:
        try:
            self._signals.done.emit(ok, payload)
        except RuntimeError:
            pass  # the application is shutting down: nobody is left to tell


def thread_pool() -> QThreadPool:
    """The pool operations run on; two workers suit SQLite (readers + one writer)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
    return _POOL


def housekeeping_pool() -> QThreadPool:
    """One worker of its own for long bookkeeping nobody waits for (the diary's
    bulk indexing after a join: tens of seconds), so it never holds one of the
    two workers a page load or a save is queued behind."""
    global _HOUSEKEEPING
    if _HOUSEKEEPING is None:
        _HOUSEKEEPING = QThreadPool()
        _HOUSEKEEPING.setMaxThreadCount(1)
    return _HOUSEKEEPING


_POOL: QThreadPool | None = None
_HOUSEKEEPING: QThreadPool | None = None
_RUNNING: set["_Op"] = set()  # keeps Python wrappers alive until their callbacks ran


def running_ops() -> int:
    return len(_RUNNING)


def wait_for_ops(timeout_ms: int = 10_000) -> bool:
    """Let the workers finish (used when closing the window and the store)."""
    return all([thread_pool().waitForDone(timeout_ms),
                housekeeping_pool().waitForDone(timeout_ms)])


class _Op(QObject, Generic[T]):
    def __init__(self, parent: QObject | None, store, fn: Callable):
        """``parent``: who asked — its window hosts the progress and hears about
        changes, and once Qt has deleted it the callbacks are dropped."""
        super().__init__(None)  # lifetime is managed by _RUNNING, not by a parent
        self._parent = parent
        self._window: OpHost | None = None  # the main window, found when the op starts
        self._store = store
        self._fn = fn
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._modal = False
        self._cancellable = False
        self._dialog: QProgressDialog | None = None
        self._dialog_timer: QTimer | None = None
        self._pool = thread_pool
        self.label = ""
        self.ctx: OpContext | None = None

    # ------------------------------------------------------------- builders
    def success(self, cb: Callable[[T], None]) -> "_Op[T]":
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> "_Op[T]":
        """Replaces the default message box (the callback gets the exception)."""
        self._failure = cb
        return self

    def with_progress(self, label: str, *, modal: bool = False,
                      cancellable: bool = False) -> "_Op[T]":
        self._label = label
        self.label = label
        self._modal = modal
        self._cancellable = cancellable
        return self

    def as_housekeeping(self) -> "_Op[T]":
        """Runs on the bookkeeping worker (``housekeeping_pool``), not on the two
        the user's own operations share."""
        self._pool = housekeeping_pool
        return self

    @property
    def cancellable(self) -> bool:
        return self._cancellable

    def cancel(self) -> None:
        if self.ctx is not None:
            self.ctx._cancel.set()

    # --------------------------------------------------------------- running
    def run_in_background(self) -> "_Op[T]":
        signals = _Signals(self)
        signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.ctx = OpContext(signals.progress.emit)
        self._signals = signals
        _RUNNING.add(self)
        self._window = self._host()  # still told what changed if the parent goes first
        if self._label is not None:
            host = self._window
            if self._modal or host is None:
                self._schedule_dialog()
            else:
                host.op_started(self)
        self._pool().start(_Job(self._work, signals))
        return self

    def _work(self) -> Any:
        return self._fn(self._store, self.ctx)

    def _host(self) -> OpHost | None:
        """The main window, also when the operation started in a dialog over it
        or in a non-widget object (a model) owned by a widget."""
        widget = self._parent
        while (widget is not None and shiboken6.isValid(widget)
               and not isinstance(widget, QWidget)):
            widget = widget.parent()
        while widget is not None and shiboken6.isValid(widget):
            window = widget.window()
            if hasattr(window, "op_started"):
                return window
            widget = window.parentWidget()
        window = self._window
        return window if window is not None and shiboken6.isValid(window) else None

    def _parent_gone(self) -> bool:
        """The widget that asked was closed meanwhile: nobody is left to answer."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _schedule_dialog(self) -> None:
        dialog = QProgressDialog(self._label or "", _tr("Annulla") if self._cancellable else "",
                                 0, 0, self._parent)
        dialog.setWindowTitle(_tr("Tessere"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        dialog.hide()
        self._dialog = dialog
        self._dialog_timer = QTimer(self)
        self._dialog_timer.setSingleShot(True)
        self._dialog_timer.timeout.connect(dialog.show)
        self._dialog_timer.start(_MODAL_DELAY_MS)

    def _live_dialog(self) -> QProgressDialog | None:
        """The progress dialog, unless Qt already deleted it with its parent
        (a window closed while its operation was still running)."""
        if self._dialog is not None and not shiboken6.isValid(self._dialog):
            self._dialog = None
        return self._dialog

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        dialog = self._live_dialog()
        if dialog is not None:
            # setValue runs pending events (the dialog is modal), among them possibly
            # this operation's end, which closes the dialog: it goes last.
            if label:
                dialog.setLabelText(label)
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
        else:
            host = self._host()
            if host is not None and self._label is not None:
                host.op_progress(self, done, total, label)

    @Slot(bool, object)
    def _on_done(self, ok: bool, payload: Any) -> None:
        try:
            self._close_progress()
            if ok:
                self._finish(payload)
            else:
                self._fail(payload)
        finally:
            _RUNNING.discard(self)

    def _close_progress(self) -> None:
        if self._dialog_timer is not None:
            self._dialog_timer.stop()
        if self._live_dialog() is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        elif self._label is not None:
            host = self._host()
            if host is not None:
                host.op_finished(self)

    def _finish(self, result: Any) -> None:
        if self._success is not None and not self._parent_gone():
            self._success(result)

    def _fail(self, exc: BaseException) -> None:
        if not isinstance(exc, TessereError):
            log_failure(exc)
        if self._parent_gone():
            return
        if self._failure is not None:
            self._failure(exc)
        elif not isinstance(exc, OperationCancelled):
            show_failure(self._parent, exc)


class QueryOp(_Op[T]):
    """A read: ``fn(store, ctx) -> result``; nothing is broadcast."""


class CollectionOp(_Op[T]):
    """A write: ``fn(store, ctx) -> result``. When it succeeds, the tables it
    touched (from the change log, plus an OpChanges the function may return
    itself) are broadcast by the host window before the success callback."""

    def __init__(self, parent: QWidget | None, store, fn: Callable, *,
                 initiator: object | None = None):
        super().__init__(parent, store, fn)
        self._initiator = initiator

    def _work(self) -> Any:
        before = _last_change_seq(self._store)
        result = self._fn(self._store, self.ctx)
        changes = _tables_changed_since(self._store, before)
        if isinstance(result, OpChanges):
            changes = changes | result
        return result, changes

    def _finish(self, payload: Any) -> None:
        result, changes = payload
        host = self._host()
        if host is not None and (changes.tables or changes.everything):
            host.on_operation_did_execute(changes, self._initiator)
        if self._success is not None and not self._parent_gone():
            self._success(result)


def _last_change_seq(store) -> int:
    # Imported here: the window's frame is on screen before SQLAlchemy loads.
    from desktop.core.changes import last_seq

    with store.read() as s:
        return last_seq(s)


def _tables_changed_since(store, seq: int) -> OpChanges:
    from desktop.core.changes import tables_changed_since

    with store.read() as s:
        return OpChanges(tables_changed_since(s, seq))


def log_failure(exc: BaseException) -> None:
    """Log where it failed, never the message: database errors quote the values
    (names, codici fiscali) they were given."""
    frames = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}"
                       for f in traceback.extract_tb(exc.__traceback__))
    log.error("Operazione fallita: %s\n%s", type(exc).__name__, frames)


def failure_message(exc: BaseException) -> str:
    if isinstance(exc, TessereError):
        return str(exc)
    explained = explain(exc) if isinstance(exc, Exception) else None
    return str(explained) if explained is not None else _tr(GENERIC_FAILURE)


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Tessere"), failure_message(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("opFailureBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, does not block the event loop


def write(parent: QWidget | None, store, core_fn: Callable[..., T], *args: Any,
          **kwargs: Any) -> CollectionOp[T]:
    """The named write: ``core_fn(session, *args, **kwargs)`` in one transaction.
    ``parent`` is also the initiator, so the widget that asked may skip reloading
    what it already shows."""
    def run(store, ctx: OpContext) -> T:
        with store.session() as s:
            return core_fn(s, *args, **kwargs)

    return CollectionOp(parent, store, run, initiator=parent)


def wait_for(op: "_Op[T]") -> tuple[bool, Any]:
    """Runs ``op`` and waits for it with the event loop running, for a step
    that needs the result before it goes on (opening the database, a wizard's
    page): (True, result) or (False, the exception)."""
    loop = QEventLoop()
    outcome: list[tuple[bool, Any]] = []
    op.success(lambda result: (outcome.append((True, result)), loop.quit()))
    op.failure(lambda exc: (outcome.append((False, exc)), loop.quit()))
    op.run_in_background()
    if not outcome:
        loop.exec()
    return outcome[0]


def read(parent: QObject | None, store, core_fn: Callable[..., T], *args: Any,
         **kwargs: Any) -> QueryOp[T]:
    """The named read: ``core_fn(session, *args, **kwargs)`` in a read session."""
    def run(store, ctx: OpContext) -> T:
        with store.read() as s:
            return core_fn(s, *args, **kwargs)

    return QueryOp(parent, store, run)
