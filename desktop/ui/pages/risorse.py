"""Risorse: the services of the resource map, filtered by axis, comune, target
group and free places on top of the text search, with the card of the selected
service beside the list (entries not verified for a year are flagged).

Keyboard: Ctrl+F goes to the search, ↓ from the search to the list, and the
card follows the arrows through the list.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter,
)

from desktop.core import formats
from desktop.core.risorse.freshness import STALE_AFTER_DAYS
from desktop.core.risorse.ricerca import find_services
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import risorse as operations
from desktop.ui.pages.base import Page, set_column_widths
from desktop.core.catalogues import catalogue_labels
from desktop.ui.risorsa_detail import ServicePanel

MAX_SERVICES = 5000


def services_fetch(text: str, *, axis: str | None = None, comune_id: str | None = None,
                   target_group: str | None = None, available_only: bool = False):
    def fetch(session, offset: int, limit: int):
        if offset:
            return []  # find_services answers in one go (bounded by MAX_SERVICES)
        labels = catalogue_labels(session, "axis")
        rows = find_services(session, text=text or None, axis=axis, comune_id=comune_id,
                             target_group=target_group, available_only=available_only,
                             limit=MAX_SERVICES)
        return [(r, labels.get(("axis", r.axis), r.axis.capitalize())) for r in rows]

    return fetch


class RisorsePage(Page):
    watches = frozenset({"service", "organisation", "location", "service_at_location",
                         "service_taxonomy", "contact", "schedule", "attivazione"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.build_header(with_search=self.tr("Cerca un servizio o un ente"))
        self._build_filters()
        stale = self.tr("da verificare")
        columns = [  # the ente is on the card (and found by the search)
            Column(self.tr("Servizio"), lambda r: r[0].name,
                   tooltip=lambda r: f"{r[0].name} — {r[0].organisation}"),
            Column(self.tr("Asse"), lambda r: r[1]),
            Column(self.tr("Comuni"), lambda r: r[0].comuni),
            Column(self.tr("Posti"), self._places, Qt.AlignmentFlag.AlignRight,
                   tooltip=lambda r: self.tr("Posti liberi / capienza")),
            Column(self.tr("Verifica"),
                   lambda r: stale if r[0].stale else formats.day(r[0].last_verified_on),
                   tooltip=self._verified_tooltip),
        ]
        self.model = RowsModel(columns, store, batch=MAX_SERVICES, warn=lambda r: r[0].stale,
                               parent=self)
        self.table = self.build_table(self.model, stretch_column=0)
        set_column_widths(self.table, {1: 100, 2: 120, 3: 72, 4: 105})
        self.table.setToolTip(
            self.tr("↑ ↓ per scorrere: la scheda a destra segue la selezione"))
        self.detail = ServicePanel(store)
        self.detail.open_person.connect(lambda pid: self.window().open_person(pid))
        self.detail.open_patto.connect(lambda pid: self.window().open_patto(pid))
        self._place_beside_list(self.detail)
        self.footer = self.build_footer()

        self._selected_id: str | None = None
        self._choices_loaded = False
        self._timer = self.debounce(self.load)
        self._detail_timer = self.debounce(self._show_current, 60)
        self.search_field.textChanged.connect(self._timer.start)
        self.search_field.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.loaded.connect(self._after_load)

    # ------------------------------------------------------------ layout
    def _build_filters(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(10)

        def combo(label: str, everything: str, name: str) -> QComboBox:
            caption = QLabel(label)
            box = QComboBox()
            box.setObjectName(name)
            box.addItem(everything, None)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
            caption.setBuddy(box)
            box.currentIndexChanged.connect(self.load)
            row.addWidget(caption)
            row.addWidget(box)
            return box

        self.axis_filter = combo(self.tr("&Asse"), self.tr("Tutti gli assi"), "axisFilter")
        self.comune_filter = combo(self.tr("C&omune"), self.tr("Tutti i comuni"), "comuneFilter")
        self.comune_filter.setMaxVisibleItems(20)
        self.target_filter = combo(self.tr("&Destinatari"), self.tr("Tutti"), "targetFilter")
        self.available_filter = QCheckBox(self.tr("Solo con &posti liberi"))
        self.available_filter.setObjectName("availableFilter")
        self.available_filter.setToolTip(self.tr(
            "Nasconde i servizi al completo (nessun posto libero); restano quelli senza un "
            "numero di posti"))
        self.available_filter.toggled.connect(self.load)
        row.addSpacing(6)
        row.addWidget(self.available_filter)
        self.clear_filters = QPushButton(self.tr("Azzera filtri"))
        self.clear_filters.setObjectName("linkButton")
        self.clear_filters.clicked.connect(self.reset_filters)
        row.addWidget(self.clear_filters)
        row.addStretch(1)
        self._layout.addLayout(row)

    def _place_beside_list(self, panel) -> None:
        """Move the table (with its empty state) into a splitter, the card on the right."""
        table_box = self.table.parentWidget()
        self._layout.removeWidget(table_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("risorseSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(table_box)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        panel.setMinimumWidth(340)
        self._layout.addWidget(splitter, 1)
        self.splitter = splitter

    @staticmethod
    def _places(row) -> str:
        service = row[0]
        if service.available_places is None:
            return ""
        if service.capacity:
            return f"{service.available_places} / {service.capacity}"
        return str(service.available_places)

    def _verified_tooltip(self, row) -> str:
        service = row[0]
        if service.last_verified_on is None:
            return self.tr("Mai verificata")
        text = self.tr("Ultima verifica il %1").replace("%1", formats.day(service.last_verified_on))
        return text + (" — " + self.tr("da verificare") if service.stale else "")

    # --------------------------------------------------------- interface
    def subtitle(self) -> str:
        return self.tr("La mappa delle risorse del territorio. In evidenza le schede non "
                       "verificate da più di %n giorni.", "", STALE_AFTER_DAYS)

    def load(self) -> None:
        self._timer.stop()
        if not self._choices_loaded:
            self._load_choices()
        self.model.set_source(services_fetch(
            self.search_field.text().strip(), axis=self.axis_filter.currentData(),
            comune_id=self.comune_filter.currentData(),
            target_group=self.target_filter.currentData(),
            available_only=self.available_filter.isChecked()))

    def refresh(self, changes, initiator: object | None = None) -> None:
        if changes.touches({"location", "service_at_location", "service"}):
            self._choices_loaded = False  # a new comune may have appeared
        super().refresh(changes, initiator)

    def filtered(self) -> bool:
        return bool(self.search_field.text().strip() or self.available_filter.isChecked()
                    or any(box.currentData() for box in self._filter_boxes()))

    def reset_filters(self) -> None:
        for box in self._filter_boxes():
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.available_filter.blockSignals(True)
        self.available_filter.setChecked(False)
        self.available_filter.blockSignals(False)
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.load()

    def empty_text(self) -> str:
        if self.filtered():
            return self.tr("Nessun servizio corrisponde alla ricerca e ai filtri scelti.")
        return self.tr("La mappa delle risorse è ancora vuota.")

    def selected_service_id(self) -> str | None:
        return self._selected_id

    # ------------------------------------------------------------ filters
    def _filter_boxes(self) -> tuple[QComboBox, QComboBox, QComboBox]:
        return self.axis_filter, self.comune_filter, self.target_filter

    def _load_choices(self) -> None:
        self._choices_loaded = True

        operations.load_filter_choices(None, self.store).success(self._fill_choices).run_in_background()

    def _fill_choices(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        for box, key in ((self.axis_filter, "axis"), (self.comune_filter, "comune"),
                         (self.target_filter, "target_group")):
            keep = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value, label in choices[key]:
                box.addItem(label, value)
            box.setCurrentIndex(max(box.findData(keep), 0) if keep else 0)
            box.blockSignals(False)

    # ------------------------------------------------- list and its card
    def eventFilter(self, watched, event) -> bool:
        if (watched is self.search_field and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _after_load(self) -> None:
        """Keep the same service selected across reloads, else the first one."""
        count = self.model.rowCount()
        stale = sum(1 for r in range(count) if self.model.row_at(r)[0].stale)
        text = self.tr("1 servizio") if count == 1 else self.tr("%n servizi", "", count)
        if stale:
            text += " · " + self.tr("%n da verificare", "", stale)
        self.footer.setText(text)
        row = next((r for r in range(count) if self.model.row_at(r)[0].id == self._selected_id), 0)
        if count:
            same = self.model.row_at(row)[0].id == self.detail.service_id
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            if same:
                self.detail.reload()  # same service: its card may have changed
        else:
            self._selected_id = None
            self.detail.show_service(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selected_id = self.model.row_at(current.row())[0].id
            self._detail_timer.start()

    def _show_current(self) -> None:
        if self._selected_id != self.detail.service_id:
            self.detail.show_service(self._selected_id)


PAGE = RisorsePage
