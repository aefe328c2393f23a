"""The history of syncs and the other computers of the team seen, two small
tables fed batch by batch from ``desktop.sync``."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame

from desktop.core import formats
from desktop.sync.status import local_time
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import sync as ops
from desktop.ui.pages.sincronizzazione.widgets import card, small_table


def when(instant: dt.datetime | None) -> str:
    """A stored (UTC) instant on this computer's clock."""
    local = local_time(instant.isoformat()) if instant else None
    return formats.day_time(local)


class HistorySection:
    """The page's history and peers cards (sections of ``SincronizzazionePage``)."""

    def _build_history(self) -> QFrame:
        frame, layout = card(self.tr("Cronologia delle sincronizzazioni"))
        self.history_model = RowsModel([
            Column(self.tr("Quando"), lambda e: when(e.at)),
            Column(self.tr("Inviate"), lambda e: e.published, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Ricevute"), lambda e: e.applied, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Conflitti"), lambda e: e.conflicts or "", Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Esito"), lambda e: (self.tr("Riuscita") if e.ok else self.tr("Non riuscita"))
                   + (f" — {e.message}" if e.message else ""), tooltip=lambda e: e.message or None),
        ], self.store, batch=50)
        self.history_view = small_table(self.history_model, 190, stretch=4,
                                        name=self.tr("Cronologia delle sincronizzazioni"))
        layout.addWidget(self.history_view)
        return frame

    def _build_peers(self) -> QFrame:
        frame, layout = card(self.tr("Computer della squadra visti"))
        self.peers_model = RowsModel([
            Column(self.tr("Computer"), lambda p: f"{p.replica_id[:6]} · {p.operator}" if p.operator
                   else p.replica_id[:6], tooltip=lambda p: p.replica_id),
            Column(self.tr("Ricevuti"), lambda p: p.bundles, Qt.AlignmentFlag.AlignRight,
                   tooltip=lambda p: self.tr("%1 pacchetti ricevuti").replace("%1", str(p.bundles))),
            Column(self.tr("Ultimo arrivo"), lambda p: when(p.applied_at)),
        ], self.store, batch=50)
        layout.addWidget(small_table(self.peers_model, 130, stretch=2,
                                     name=self.tr("Computer della squadra visti")))
        return frame

    def _load_tables(self) -> None:
        self.history_model.set_source(ops.history_rows)
        self.peers_model.set_source(ops.peer_rows)
