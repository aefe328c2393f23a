"""Sincronizzazione: where this database sends and receives the team's changes.

Left, what matters day to day: the state with "Sincronizza ora", the conflicts
to resolve (each side by side: tengo il mio / tengo il loro / modifico,
``conflicts``) and the history of syncs (``history``). Right, the settings: the
target (``target``: a shared folder, or a WebDAV server whose password goes to
the OS keyring), the team (``team``: "crea squadra" shows the recovery code,
"unisciti alla squadra" takes it) and the other computers seen. Each section is
a mixin of the one page; every read and write goes through
``desktop.ui.operations.sync``. The syncing itself is the main window's
:class:`~desktop.ui.sync_controller.SyncController`: the page asks it and
listens to it, so the button and the background timer never sync twice at once.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.core import formats
from desktop.sync.status import Overview
from desktop.ui.operations import failure_message
from desktop.ui.operations import sync as ops
from desktop.ui.pages.base import Page
from desktop.ui.pages.sincronizzazione.conflicts import ConflictsSection
from desktop.ui.pages.sincronizzazione.history import HistorySection
from desktop.ui.pages.sincronizzazione.target import TargetSection
from desktop.ui.pages.sincronizzazione.team import TeamSection
from desktop.ui.pages.sincronizzazione.widgets import STYLE, card, message_label, say
from desktop.ui.sync_controller import SyncController


class SincronizzazionePage(ConflictsSection, HistorySection, TargetSection, TeamSection, Page):
    watches = frozenset()  # reloads after every sync and every change (pending count)

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.setStyleSheet(STYLE)
        self._controller: SyncController | None = None  # only when shown outside the main window
        self._listening: SyncController | None = None
        self.data: Overview | None = None
        self.build_header()
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 6, 0)
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(14)
        settings_column = QWidget()
        settings_column.setMinimumWidth(380)
        right = QVBoxLayout(settings_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(14)
        columns.addLayout(left, 3)
        columns.addWidget(settings_column, 2)
        left.addWidget(self._build_state())
        left.addWidget(self._build_conflicts())
        left.addWidget(self._build_history())
        left.addStretch(1)
        right.addWidget(self._build_target())
        right.addWidget(self._build_team())
        right.addWidget(self._build_peers())
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self._layout.addWidget(scroll, 1)

    def subtitle(self) -> str:
        return self.tr("Scambio delle modifiche con l'équipe, cifrate, attraverso una cartella "
                       "condivisa o un server.")

    def _build_state(self) -> QFrame:
        frame, layout = card(self.tr("Stato"))
        self.state_label = QLabel()
        self.state_label.setObjectName("stateTitle")
        layout.addWidget(self.state_label)
        self.details_label = QLabel()
        self.details_label.setObjectName("muted")
        self.details_label.setWordWrap(True)
        layout.addWidget(self.details_label)
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sincronizza ora"))
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        row.addWidget(self.sync_button)
        self.confirm_root_button = QPushButton(self.tr("Usa questa cartella"))
        self.confirm_root_button.setToolTip(self.tr(
            "La cartella sembra vuota o sostituita. Confermala solo se è davvero quella della "
            "squadra: questo computer vi ripubblicherà tutte le sue modifiche."))
        self.confirm_root_button.clicked.connect(self.confirm_root)
        self.confirm_root_button.hide()
        row.addWidget(self.confirm_root_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.sync_message = message_label()
        layout.addWidget(self.sync_message)
        return frame

    # --------------------------------------------------------------- loading
    def controller(self) -> SyncController:
        """The main window's controller (a page shown alone gets its own)."""
        found = getattr(self.window(), "sync_controller", None)
        if found is None:
            if self._controller is None:
                self._controller = SyncController(self.store, self)
                self._controller.start()
            found = self._controller
        if self._listening is not found:
            found.finished.connect(self._sync_finished)
            found.running_changed.connect(self._running_changed)
            found.state_changed.connect(lambda _text: self._show_state())
            self._listening = found
        return found

    def refresh(self, changes, initiator: object | None = None) -> None:
        self._dirty = True
        if self.isVisible():
            self._reload()

    def load(self) -> None:
        self.controller()
        ops.overview(self, self.store).success(self._show).run_in_background()
        self._load_tables()

    def _show(self, data: Overview) -> None:
        first = self.data is None
        self.data = data
        if first or not self._editing_target():
            self._show_target(data.target, data.state.interval)
        self._show_team(data.state.in_team)
        self._show_state()
        self._show_conflicts(data.conflicts)

    def _show_state(self) -> None:
        if self.data is None:
            return
        controller = self.controller()
        state = controller.state or self.data.state
        self.state_label.setText(controller.text or controller.describe(state))
        problem = bool(controller.offline or controller.failed or state.conflicts or state.gaps)
        if self.state_label.property("problem") != problem:
            self.state_label.setProperty("problem", problem)
            self.state_label.setStyleSheet("")
        parts = []
        if state.last_sync is not None:
            parts.append(self.tr("Ultima sincronizzazione: %1").replace(
                "%1", formats.day_time(state.last_sync)))
        else:
            parts.append(self.tr("Mai sincronizzato"))
        if state.pending == 1:
            parts.append(self.tr("1 modifica di questo computer da inviare"))
        else:
            parts.append(self.tr("%1 modifiche di questo computer da inviare").replace(
                "%1", str(state.pending)))
        if self.data.target is not None:
            where = self.data.target.folder if self.data.target.kind == "folder" else self.data.target.url
            parts.append(self.tr("Destinazione: %1").replace("%1", where))
        self.details_label.setText(" · ".join(parts) + "".join(
            "\n" + gap for gap in state.gaps))
        ready = state.configured and state.in_team
        self.sync_button.setEnabled(ready and not controller.running)
        self.sync_button.setToolTip("" if ready else self.tr(
            "Prima scegli dove sincronizzare e crea la squadra (o unisciti)."))

    # --------------------------------------------------------------- syncing
    def sync_now(self) -> None:
        say(self.sync_message, "")
        if not self.controller().sync_now():
            say(self.sync_message, self.tr("Una sincronizzazione è già in corso."))

    def _running_changed(self, running: bool) -> None:
        self.sync_button.setEnabled(not running)
        if running:
            self.sync_button.setText(self.tr("Sincronizzazione in corso…"))
        else:
            self.sync_button.setText(self.tr("Sincronizza ora"))

    def confirm_root(self) -> None:
        """The user vouches for a root that looks emptied or swapped; then sync."""
        self.confirm_root_button.hide()
        (ops.confirm_root(self, self.store)
         .success(lambda _none: self.sync_now())
         .failure(lambda exc: say(self.sync_message, failure_message(exc)))
         .run_in_background())

    def _sync_finished(self, outcome) -> None:
        report = outcome.report if outcome is not None else None
        self.confirm_root_button.setVisible(bool(report and report.root_unconfirmed))
        if outcome is None:
            text = self.controller().failed or ""
        elif outcome.offline:
            text = outcome.offline + " " + self.tr("Le modifiche restano al sicuro su questo computer.")
        else:
            report = outcome.report
            text = " ".join(report.errors + report.held + report.warnings) if report else ""
        say(self.sync_message, text)
        self._dirty = True
        if self.isVisible():
            self._reload()


PAGE = SincronizzazionePage
