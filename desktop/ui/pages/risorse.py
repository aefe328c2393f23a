"""Risorse: the services of the resource map, filtered by axis, comune, target
group and free places on top of the text search, with the card of the selected
service beside the list (entries not verified within the threshold are flagged).

Three views: the list; «Per comune», services under each comune where they have
a place (no base map of the comuni works offline, so the grouped list is the
map); «Da verificare», services and enti due for a check, oldest first. Those
who manage the directory add and edit services and enti («Nuovo servizio»,
«Modifica») and confirm an entry unchanged («Confermato oggi»).

Keyboard: Ctrl+F goes to the search, ↓ from the search to the list, and the
card follows the arrows through the list.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpinBox, QSplitter, QStackedWidget, QTreeWidget, QTreeWidgetItem,
)

from desktop.core import formats
from desktop.core.access import may
from desktop.core.risorse.freshness import STALE_AFTER_MONTHS
from desktop.core.risorse.ricerca import find_services
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import risorse as operations
from desktop.ui.pages.base import Page, set_column_widths, set_tree_columns
from desktop.core.catalogues import catalogue_labels
from desktop.ui.risorsa_detail import ServicePanel
from desktop.ui.risorse_editor import OrganisationDialog, ServiceDialog

MAX_SERVICES = 5000
VIEWS = (("list", "Elenco"), ("comune", "Per comune"), ("stale", "Da verificare"))
ENTRY_ROLE = Qt.ItemDataRole.UserRole  # (kind, id) of a tree row
WARNING_BACKGROUND = "#fff4e5"


def services_fetch(text: str, *, axis: str | None = None, comune_id: str | None = None,
                   target_group: str | None = None, available_only: bool = False,
                   include_inactive: bool = False):
    def fetch(session, offset: int, limit: int):
        if offset:
            return []  # find_services answers in one go (bounded by MAX_SERVICES)
        labels = catalogue_labels(session, "axis")
        rows = find_services(session, text=text or None, axis=axis, comune_id=comune_id,
                             target_group=target_group, available_only=available_only,
                             include_inactive=include_inactive, limit=MAX_SERVICES)
        return [(r, labels.get(("axis", r.axis), r.axis.capitalize())) for r in rows]

    return fetch


class RisorsePage(Page):
    watches = frozenset({"service", "organisation", "location", "service_at_location",
                         "service_taxonomy", "contact", "schedule", "attivazione"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self._stale_months = STALE_AFTER_MONTHS
        self.can_manage = may(store.access, "manage_resources")
        self.build_header(with_search=self.tr("Cerca un servizio o un ente"))
        self._build_filters()
        self._build_actions()
        stale = self.tr("da verificare")
        retired = self.tr(" (non attivo)")
        columns = [  # the ente is on the card (and found by the search)
            Column(self.tr("Servizio"), lambda r: r[0].name + ("" if r[0].active else retired),
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
        self.tree = self._build_tree()
        self._place_beside_list(self.detail)
        self.footer = self.build_footer()

        self._selected_id: str | None = None
        self._tree_entry: tuple[str, str] | None = None
        self._choices_loaded = False
        self._timer = self.debounce(self.load)
        self._detail_timer = self.debounce(self._show_current, 60)
        self.search_field.textChanged.connect(self._timer.start)
        self.search_field.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.loaded.connect(self._after_load)
        self.tree.currentItemChanged.connect(self._tree_current_changed)
        self.tree.itemActivated.connect(lambda *_: self.edit_entry())
        self.table.activated.connect(lambda *_: self.edit_entry())  # Enter opens the editor
        self._update_actions()

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
            box.setMinimumContentsLength(10)  # wider where there is room, no wider than 1366 px
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            box.setMaximumWidth(box.fontMetrics().averageCharWidth() * 28)
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

    def _build_actions(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(10)
        caption = QLabel(self.tr("&Vista"))
        self.view_choice = QComboBox()
        self.view_choice.setObjectName("viewChoice")
        for code, label in VIEWS:
            self.view_choice.addItem(self.tr(label), code)
        self.view_choice.setItemData(1, self.tr(
            "Nessuna mappa dei comuni funziona senza rete: i servizi sono raggruppati per il "
            "comune delle loro sedi, con quanti ce ne sono in ciascuno"), Qt.ItemDataRole.ToolTipRole)
        self.view_choice.setItemData(2, self.tr(
            "Servizi ed enti non verificati da oltre la soglia, dai più vecchi"),
            Qt.ItemDataRole.ToolTipRole)
        self.view_choice.setToolTip(self.tr(
            "«Per comune» è la mappa che si può mostrare senza rete: un elenco raggruppato per "
            "comune"))
        caption.setBuddy(self.view_choice)
        self.view_choice.currentIndexChanged.connect(self._view_changed)
        row.addWidget(caption)
        row.addWidget(self.view_choice)
        self.inactive_filter = QCheckBox(self.tr("Anche i non attivi"))
        self.inactive_filter.setObjectName("inactiveFilter")
        self.inactive_filter.setToolTip(self.tr("Mostra anche i servizi ritirati"))
        self.inactive_filter.toggled.connect(self.load)
        row.addWidget(self.inactive_filter)
        self.threshold_caption = QLabel(self.tr("Da verificare dopo"))
        self.threshold = QSpinBox()
        self.threshold.setObjectName("staleThreshold")
        self.threshold.setRange(1, 120)
        self.threshold.setValue(self._stale_months)  # not the minimum while the saved one loads
        self.threshold.setSuffix(self.tr(" mesi"))
        self.threshold.setToolTip(self.tr(
            "Dopo quanti mesi senza verifica una scheda è «da verificare» (su questo computer)"))
        self.threshold_caption.setBuddy(self.threshold)
        self.threshold.editingFinished.connect(self._threshold_changed)
        row.addWidget(self.threshold_caption)
        row.addWidget(self.threshold)
        row.addStretch(1)
        self.new_button = QPushButton(self.tr("N&uovo servizio"))
        self.new_button.setObjectName("newService")
        self.new_button.clicked.connect(self.new_service)
        self.edit_button = QPushButton(self.tr("&Modifica"))
        self.edit_button.setObjectName("editEntry")
        self.edit_button.clicked.connect(self.edit_entry)
        self.confirm_button = QPushButton(self.tr("Confermato o&ggi"))
        self.confirm_button.setObjectName("confirmVerified")
        self.confirm_button.clicked.connect(self.confirm_entry)
        for button in (self.new_button, self.edit_button, self.confirm_button):
            row.addWidget(button)
        self._layout.addLayout(row)
        self.inactive_filter.setVisible(self.can_manage)  # once inside the page, not a window
        for widget in (self.threshold_caption, self.threshold):
            widget.setVisible(self.can_manage)

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("groupTree")
        tree.setAccessibleName(self.tr("Servizi raggruppati"))
        tree.setColumnCount(4)
        tree.setHeaderLabels([self.tr("Servizio"), self.tr("Ente"), self.tr("Posti"),
                              self.tr("Verifica")])
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setAlternatingRowColors(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        set_tree_columns(tree, {1: 190, 2: 64, 3: 96})
        return tree

    def _place_beside_list(self, panel) -> None:
        """Move the table (with its empty state) into a splitter, the card on the right;
        the grouped views share the table's place."""
        table_box = self.table.parentWidget()
        self._layout.removeWidget(table_box)
        self.views = QStackedWidget()
        self.views.addWidget(table_box)
        self.views.addWidget(self.tree)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("risorseSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.views)
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
                       "verificate da più di %n mesi.", "", self._stale_months)

    def view(self) -> str:
        return self.view_choice.currentData()

    def load(self) -> None:
        self._timer.stop()
        if not self._choices_loaded:
            self._load_choices()
        filters = dict(axis=self.axis_filter.currentData(),
                       comune_id=self.comune_filter.currentData(),
                       target_group=self.target_filter.currentData(),
                       available_only=self.available_filter.isChecked(),
                       include_inactive=self.can_manage and self.inactive_filter.isChecked())
        text = self.search_field.text().strip()
        if self.view() == "list":
            self.model.set_source(services_fetch(text, **filters))
        elif self.view() == "comune":
            (operations.load_by_comune(self, self.store, text=text or None, limit=MAX_SERVICES,
                                       **filters)
             .success(self._fill_by_comune).run_in_background())
        else:
            operations.load_stale(self, self.store).success(self._fill_stale).run_in_background()

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

        operations.load_filter_choices(self, self.store).success(self._fill_choices).run_in_background()
        operations.load_stale_months(self, self.store).success(self._months_loaded).run_in_background()

    def _months_loaded(self, months: int) -> None:
        self._stale_months = months
        self.subtitle_label.setText(self.subtitle())
        self.threshold.blockSignals(True)
        self.threshold.setValue(months)
        self.threshold.blockSignals(False)

    def _threshold_changed(self) -> None:
        months = self.threshold.value()
        if months != self._stale_months and self.can_manage:
            (operations.set_stale_months(self, self.store, months)
             .success(lambda _: (self._months_loaded(months), self.load()))
             .run_in_background())

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
            self._update_actions()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selected_id = self.model.row_at(current.row())[0].id
            self._detail_timer.start()

    def _show_current(self) -> None:
        if self._selected_id != self.detail.service_id:
            self.detail.show_service(self._selected_id)
        self._update_actions()

    # ------------------------------------------------------ grouped views
    def _view_changed(self) -> None:
        grouped = self.view() != "list"
        self.views.setCurrentIndex(1 if grouped else 0)
        for widget in (*self._filter_boxes(), self.available_filter, self.inactive_filter,
                       self.clear_filters):
            widget.setEnabled(self.view() != "stale")  # due entries are all shown
        self._tree_entry = None
        self.tree.clear()
        self.load()
        self._update_actions()

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{title} ({count})"])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(item)
        return item

    def _entry_item(self, parent: QTreeWidgetItem, kind: str, entry_id: str,
                    texts: list[str], stale: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, texts)
        item.setData(0, ENTRY_ROLE, (kind, entry_id))
        for column, text in enumerate(texts[:2]):  # name and ente: the whole text, if elided
            item.setToolTip(column, text)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if stale:
            for column in range(4):
                item.setBackground(column, QBrush(QColor(WARNING_BACKGROUND)))
        return item

    def _fill_by_comune(self, groups) -> None:
        if self.view() != "comune":
            return
        keep = self._tree_entry
        self.tree.clear()
        services = set()
        for group in groups:
            top = self._group(group.name, len(group.services))
            for row in group.services:
                services.add(row.id)
                places = self._places((row,))
                self._entry_item(top, "service", row.id, [
                    row.name + ("" if row.active else self.tr(" (non attivo)")),
                    row.organisation, places,
                    self.tr("da verificare") if row.stale else formats.day(row.last_verified_on)],
                    row.stale)
        self.tree.expandAll()
        comuni = sum(1 for g in groups if g.comune_id)
        self.footer.setText(self.tr("%n comuni", "", comuni) + " · "
                            + self.tr("%n servizi", "", len(services)))
        self._restore_tree(keep)

    def _fill_stale(self, entries) -> None:
        if self.view() != "stale":
            return
        keep = self._tree_entry
        self.tree.clear()
        services = [e for e in entries if e.kind == "service"]
        enti = [e for e in entries if e.kind == "organisation"]
        for title, rows in ((self.tr("Servizi da verificare"), services),
                            (self.tr("Enti da verificare"), enti)):
            top = self._group(title, len(rows))
            for entry in rows:
                item = self._entry_item(top, entry.kind, entry.id, [
                    entry.name, entry.organisation or "", "",
                    formats.day(entry.last_verified_on) or self.tr("mai")], True)
                item.setToolTip(3, self.tr("Ultima verifica di %1").replace(
                    "%1", entry.verified_by) if entry.verified_by else self.tr("Mai verificata"))
        self.tree.expandAll()
        self.footer.setText(self.tr("Da verificare: %1 servizi e %2 enti, dai più vecchi")
                            .replace("%1", str(len(services))).replace("%2", str(len(enti))))
        self._restore_tree(keep)

    def _restore_tree(self, keep: tuple[str, str] | None) -> None:
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            for child in range(group.childCount()):
                item = group.child(child)
                if keep is not None and item.data(0, ENTRY_ROLE) == tuple(keep):
                    self.tree.setCurrentItem(item)
                    return
        self._tree_entry = None
        self._selected_id = None  # the card showed a service this view does not list
        self.detail.show_service(None)
        self._update_actions()

    def _tree_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        entry = current.data(0, ENTRY_ROLE) if current is not None else None
        self._tree_entry = tuple(entry) if entry else None
        if self._tree_entry and self._tree_entry[0] == "service":
            self._selected_id = self._tree_entry[1]
            self._detail_timer.start()
        elif self._tree_entry:
            self.detail.show_service(None)
        self._update_actions()

    # ------------------------------------------------------------ actions
    def current_entry(self) -> tuple[str, str] | None:
        """(kind, id) of what the buttons act on: the service of the list, or the
        service or ente chosen in a grouped view."""
        if self.view() == "list":
            return ("service", self._selected_id) if self._selected_id else None
        return self._tree_entry

    def _update_actions(self) -> None:
        entry = self.current_entry() is not None
        refused = self.tr("Il tuo ruolo non permette di gestire la mappa delle risorse: "
                          "chiedi a chi la gestisce")
        self.new_button.setEnabled(self.can_manage)
        self.edit_button.setEnabled(self.can_manage and entry)
        self.confirm_button.setEnabled(self.can_manage and entry)
        if not self.can_manage:
            for button in (self.new_button, self.edit_button, self.confirm_button):
                button.setToolTip(refused)
        else:
            self.new_button.setToolTip(self.tr("Aggiungi un servizio alla mappa"))
            self.edit_button.setToolTip(self.tr(
                "Modifica la scheda scelta; salvare conta come verifica di oggi"))
            self.confirm_button.setToolTip(self.tr(
                "La scheda scelta è ancora giusta: risulta verificata oggi da te"))

    def new_service(self) -> None:
        if self.can_manage:
            self._open_editor(ServiceDialog(self, self.store))

    def edit_entry(self) -> None:
        entry = self.current_entry()
        if not self.can_manage or entry is None:
            return
        kind, entry_id = entry
        self._open_editor(ServiceDialog(self, self.store, entry_id) if kind == "service"
                          else OrganisationDialog(self, self.store, entry_id))

    def _open_editor(self, dialog) -> None:
        def saved(entry_id: str) -> None:
            if isinstance(dialog, ServiceDialog):
                self._selected_id = entry_id
            self._tree_entry = ("service" if isinstance(dialog, ServiceDialog)
                                else "organisation", entry_id)

        dialog.on_saved = saved
        dialog.open()
        self.editor = dialog  # for the tests and for a second look

    def confirm_entry(self) -> None:
        entry = self.current_entry()
        if not self.can_manage or entry is None:
            return
        operations.confirm_verified(self, self.store, *entry).run_in_background()


PAGE = RisorsePage
