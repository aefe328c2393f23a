"""Sincronizzazione: where the sync engine will show its state and targets.
Until it is configured the page says so, and how many changes wait."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from desktop.ui.ops import QueryOp
from desktop.ui.pages.base import Page


class SincronizzazionePage(Page):
    watches = frozenset()  # every change adds to the change log: refreshed on show

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.build_header()
        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 18, 20, 18)
        inner.setSpacing(8)
        self.state_label = QLabel(self.tr("La sincronizzazione non è configurata."))
        self.state_label.setObjectName("cardTitle")
        inner.addWidget(self.state_label)
        explain = QLabel(self.tr(
            "Questo database lavora da solo, sul computer. Quando sarà configurata una "
            "cartella condivisa o un server (WebDAV / Nextcloud), Tessere invierà e riceverà "
            "le modifiche dell'équipe in automatico, appena c'è connessione."))
        explain.setWordWrap(True)
        inner.addWidget(explain)
        self.pending_label = QLabel()
        self.pending_label.setObjectName("muted")
        inner.addWidget(self.pending_label)
        self._layout.addWidget(card)
        self._layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Sincronizzazione")

    def subtitle(self) -> str:
        return self.tr("Scambio delle modifiche con l'équipe e con il coordinamento.")

    def refresh(self, changes) -> None:
        self._dirty = True
        if self.isVisible():
            self._reload()

    def load(self) -> None:
        (QueryOp(self, self.store, lambda store, ctx: _pending(store))
         .success(self._show_pending)
         .run_in_background())

    def _show_pending(self, count: int) -> None:
        self.pending_label.setText(
            self.tr("Modifiche registrate in questo database: %n", "", count))


def _pending(store) -> int:
    from sqlalchemy import func, select

    from desktop.core.model import ChangeLog

    with store.read() as s:
        return s.scalar(select(func.count()).select_from(ChangeLog)) or 0


PAGE = SincronizzazionePage
