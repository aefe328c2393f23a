"""«Proponi risorse…» on a goal: the resources of the map ranked for it, each
with the reasons for and against in Italian (desktop.core.risorse.proposte);
«Collega» adds a support of the goal tied to the chosen service, which becomes
an attivazione (richiesta, or in lista d'attesa when the service is full)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.ui.operations import attivazioni as ops
from desktop.ui.operations import failure_message
from desktop.ui.screen_fit import FittedDialog

AGAINST = QColor("#9a3412")


class ProposalsDialog(FittedDialog):
    """The ranked proposals for one goal; ``linked`` once a support was added."""

    linked = Signal(object)  # the core's Accepted

    def __init__(self, store, goal_id: str, goal_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("proposalsDialog")
        self.store, self.goal_id = store, goal_id
        self.proposals: list = []
        self.outcome = ""  # what the last «Collega» did, kept across the reload
        self.setWindowTitle(self.tr("Risorse proposte per l'obiettivo"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        title = QLabel(f"<b>{goal_title or self.tr('Obiettivo')}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Le risorse attive della mappa, dalla più adatta: stesso asse, vicinanza alla "
            "residenza, destinatari, età ammessa, posti liberi o lista d'attesa. In rosso i "
            "motivi contro e i requisiti da verificare. «Collega» aggiunge un sostegno "
            "all'obiettivo e chiede l'attivazione."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("proposalsTable")
        self.table.setAccessibleName(self.tr("Risorse proposte"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Risorsa"), self.tr("Punteggio"), self.tr("A favore"), self.tr("Contro")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 300)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self.tr("Cerco le risorse adatte…"))
        self.status.setObjectName("proposalsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.link_button = buttons.addButton(self.tr("Collega"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.link_button.setObjectName("linkProposal")
        self.link_button.setEnabled(False)
        self.link_button.clicked.connect(self.link)
        close = buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection)
        self.load()

    def load(self) -> None:
        (ops.propose_for_goal(self, self.store, self.goal_id)
         .success(self._show)
         .failure(lambda exc: self.status.setText(failure_message(exc)))
         .run_in_background())

    def _show(self, proposals: list) -> None:
        self.proposals = proposals
        self.table.setRowCount(len(proposals))
        for row, p in enumerate(proposals):
            s = p.service
            where = f"\n{s.comuni}" if s.comuni else ""
            name = QTableWidgetItem(f"{s.name}\n{s.organisation}{where}")
            name.setData(Qt.ItemDataRole.UserRole, s.id)
            score = QTableWidgetItem(f"{p.score:.0f}")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            pro = QTableWidgetItem("\n".join(f"✓ {r}" for r in p.reasons))
            con = QTableWidgetItem("\n".join(f"✗ {r}" for r in p.against))
            con.setForeground(AGAINST)
            for column, item in enumerate((name, score, pro, con)):
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        count = (self.tr("Nessuna risorsa attiva nella mappa.") if not proposals
                 else self.tr("%1 risorse proposte.").replace("%1", str(len(proposals))))
        self.status.setText(f"{self.outcome} {count}".strip())

    def names(self) -> list[str]:
        return [p.service.name for p in self.proposals]

    def select(self, name: str) -> None:
        self.table.selectRow(self.names().index(name))
        self._selection()

    def _chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return self.proposals[rows[0].row()] if rows else None

    def _selection(self) -> None:
        chosen = self._chosen()
        self.link_button.setEnabled(chosen is not None and not chosen.linked)
        if chosen is not None and chosen.linked:
            self.status.setText(self.tr("«%1» è già collegata a questo obiettivo.")
                                .replace("%1", chosen.service.name))

    def link(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        self.link_button.setEnabled(False)
        name = chosen.service.name

        def done(accepted) -> None:
            if accepted.position is not None:
                text = self.tr("«%1» collegata: il servizio è al completo, la persona è in "
                               "lista d'attesa in posizione %2.").replace("%1", name) \
                    .replace("%2", str(accepted.position))
            else:
                text = self.tr("«%1» collegata: attivazione richiesta.").replace("%1", name)
            self.outcome = text
            self.status.setText(text)
            self.linked.emit(accepted)
            self.load()

        def failed(exc: BaseException) -> None:
            self.status.setText(failure_message(exc))
            self._selection()

        (ops.accept_proposal(self, self.store, self.goal_id, chosen.service.id)
         .success(done).failure(failed).run_in_background())
