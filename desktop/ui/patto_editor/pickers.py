"""Finding people and resources from inside the editor, as you type.

``PersonSearch`` (beneficiaries, the new-patto dialog) uses the people search of
core.search; ``ResourcePicker`` searches the resource map (core.risorse.find_services)
so a support can be tied to a service. Both query on a worker, debounced.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialogButtonBox, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QTableView, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.risorse.ricerca import find_services
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import patti as ops
from desktop.core.patti.form import Choice
from desktop.ui.patto_editor.widgets import ChoiceBox
from desktop.ui.screen_fit import FittedDialog

DEBOUNCE_MS = 150


def _debounce(parent: QWidget, callback) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(DEBOUNCE_MS)
    timer.timeout.connect(callback)
    return timer


class PersonSearch(QWidget):
    """A search field with the matching people underneath; Enter or a
    double-click picks one (``picked(person_id, full_name)``)."""

    picked = Signal(str, str)

    def __init__(self, store, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.exclude: set[str] = set()
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.field = QLineEdit()
        self.field.setObjectName("personSearch")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(placeholder or self.tr(
            "Cerca per nome, cognome o codice fiscale…"))
        layout.addWidget(self.field)
        self.field.setAccessibleName(self.tr("Cerca la persona"))
        self.field.setAccessibleDescription(self.tr(
            "%1. Freccia giù scorre i risultati, Invio sceglie.").replace(
            "%1", self.field.placeholderText()))
        self.results = QListWidget()
        self.results.setObjectName("personResults")
        self.results.setAccessibleName(self.tr("Persone trovate"))
        self.results.setFixedHeight(140)
        self.results.hide()
        layout.addWidget(self.results)
        self._timer = _debounce(self, self._search)
        self.field.textChanged.connect(self._timer.start)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(self._pick)

    def eventFilter(self, watched, event) -> bool:
        """Enter picks the highlighted person (and does not press the dialog's
        default button); Down moves into the results."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._pickable():
                self._pick_first()
                return True
            if event.key() == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _pickable(self) -> bool:
        item = self.results.currentItem() or self.results.item(0)
        return item is not None and bool(item.data(Qt.ItemDataRole.UserRole))

    def _search(self) -> None:
        text = self.field.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._show([], generation)
            return

        ops.find_people(self, self.store, text) \
            .success(lambda hits: self._show(hits, generation)) \
            .run_in_background()

    def _show(self, hits, generation: int) -> None:
        if generation != self._generation:
            return  # an answer to an older keystroke
        self.results.clear()
        for hit in hits:
            if hit.id in self.exclude:
                continue
            details = " · ".join(x for x in (hit.codice_fiscale, hit.comune,
                                             formats.day(hit.birth_date)) if x)
            item = QListWidgetItem(f"{hit.full_name}   {details}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.id, hit.full_name))
            self.results.addItem(item)
        if self.field.text().strip() and not self.results.count():
            item = QListWidgetItem(self.tr("Nessuna persona trovata"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.results.setVisible(self.results.count() > 0)
        if self.results.count():
            self.results.setCurrentRow(0)

    def result_names(self) -> list[str]:
        return [self.results.item(i).data(Qt.ItemDataRole.UserRole)[1]
                for i in range(self.results.count())
                if self.results.item(i).data(Qt.ItemDataRole.UserRole)]

    def _pick_first(self) -> None:
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._pick(item)

    def _pick(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        self.field.clear()
        self.results.clear()
        self.results.hide()
        self.picked.emit(*data)


class ResourcePicker(FittedDialog):
    """The resource map, searchable by text, axis and availability; «Collega»
    hands the chosen service (a core.risorse.ServiceRow) to ``chosen``."""

    chosen = Signal(object)

    def __init__(self, store, axes: list[Choice], axis: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("resourcePicker")
        self.store = store
        self.setWindowTitle(self.tr("Collega una risorsa della mappa"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        intro = QLabel(self.tr(
            "Scegli il servizio che offrirà il sostegno. Al salvataggio il collegamento "
            "diventa un'attivazione «richiesta», da seguire fino a quando è attiva."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("resourceSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Cerca per servizio, ente o descrizione…"))
        self.search.setAccessibleName(self.tr("Cerca la risorsa"))
        self.search.setAccessibleDescription(self.search.placeholderText())
        filters.addWidget(self.search, 1)
        self.axis = ChoiceBox(axes, empty=self.tr("Tutti gli assi"))
        self.axis.setAccessibleName(self.tr("Asse"))
        self.axis.set_code(axis)
        filters.addWidget(self.axis)
        self.available = QCheckBox(self.tr("Solo con posti disponibili"))
        filters.addWidget(self.available)
        layout.addLayout(filters)

        axis_labels = {c.code: c.label for c in axes}
        columns = [
            Column(self.tr("Servizio"), lambda r: r.name),
            Column(self.tr("Ente"), lambda r: r.organisation),
            Column(self.tr("Asse"), lambda r: axis_labels.get(r.axis, (r.axis or "").capitalize())),
            Column(self.tr("Comuni"), lambda r: r.comuni),
            Column(self.tr("Posti"), lambda r: "" if r.available_places is None else
                   f"{r.available_places}/{r.capacity}" if r.capacity else r.available_places,
                   Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Verificata il"), lambda r: formats.day(r.last_verified_on) or "—",
                   tooltip=lambda r: self.tr("Informazioni da verificare: l'ultimo controllo "
                                             "supera la soglia dell'équipe") if r.stale else None),
        ]
        self.model = RowsModel(columns, store, warn=lambda r: r.stale, parent=self)
        self.table = QTableView()
        self.table.setObjectName("dataTable")
        self.table.setAccessibleName(self.tr("Servizi della mappa"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in {1: 230, 2: 150, 3: 150, 4: 60, 5: 100}.items():
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        self.buttons = QDialogButtonBox()
        self.link_button = self.buttons.addButton(self.tr("Collega al sostegno"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.link_button.setDefault(True)
        self.link_button.setEnabled(False)
        self.buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._timer = _debounce(self, self.load)
        self.search.textChanged.connect(self._timer.start)
        self.axis.currentIndexChanged.connect(self._timer.start)
        self.available.toggled.connect(self._timer.start)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.link_button.setEnabled(self.table.currentIndex().isValid()))
        self.table.activated.connect(lambda _index: self._accept())
        self.load()

    def load(self) -> None:
        self._timer.stop()
        text, axis, available = self.search.text().strip(), self.axis.code(), self.available.isChecked()

        def fetch(session, offset: int, limit: int):
            return find_services(session, text=text or None, axis=axis, available_only=available,
                                 limit=offset + limit)[offset:]

        self.link_button.setEnabled(False)
        self.model.set_source(fetch)

    def _accept(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.chosen.emit(self.model.row_at(index.row()))
        self.accept()
