"""Persone: find a person as you type (name without accents, partial codice
fiscale, comune), narrow the list with filters, or browse everyone
alphabetically; Down moves from the search into the list and Enter opens the
selected person (the first one if none is), keyboard only; «Nuova persona»
opens the anagrafica editor. «Possibili doppioni»
appears when records of the team may be one person (after a sync, say): it
narrows the list to them, and «Rivedi» decides on each pair."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton

from desktop.core import formats
from desktop.core.persone import NONE, SEARCH_LIMIT, TABLES, FilterChoices, PeopleFilter
from desktop.ui.models import Column, RowsModel, age_on
from desktop.ui.operations import duplicati as duplicate_ops
from desktop.ui.operations import persone as operations
from desktop.ui.pages.base import Page, set_column_widths


SUSPECT_TABLES = frozenset({"person", "person_link"})  # what the duplicate pairs read


class PersonePage(Page):
    watches = TABLES

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        today = dt.date.today()
        header = self.build_header(with_search=self.tr("Cerca per nome, codice fiscale o comune"))
        self.new_button = QPushButton(self.tr("Nuova persona"))
        self.new_button.setObjectName("newPersonButton")
        self.new_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_button.setToolTip(self.tr("Nuova persona (Ctrl+Shift+N)"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_person)
        header.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)
        self._build_filters()
        columns = [
            Column(self.tr("Cognome Nome"), lambda r: f"{r.last_name} {r.first_name}"),
            Column(self.tr("Codice fiscale"), lambda r: r.codice_fiscale),
            Column(self.tr("Data di nascita"), lambda r: formats.day(r.birth_date)),
            Column(self.tr("Comune"), lambda r: r.comune),
            Column(self.tr("Età"), lambda r: age_on(r.birth_date, today),
                   Qt.AlignmentFlag.AlignRight),
        ]
        self.model = RowsModel(columns, store, parent=self)
        self.table = self.build_table(self.model, stretch_column=0)
        set_column_widths(self.table, {1: 190, 2: 130, 3: 220, 4: 70})
        self.footer = self.build_footer()
        self.total: int | None = None
        self._search_timer = self.debounce(self._run_search)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_field.installEventFilter(self)
        self.search_field.setAccessibleDescription(self.tr(
            "Cerca per nome, codice fiscale o comune. Freccia giù scorre l'elenco, Invio apre "
            "la persona scelta (o la prima), Ctrl+F torna qui."))
        self._open_when_loaded = False  # Enter came before the results of what was typed
        self._rest_pending = False  # the count and the choices wait for the rows (load)
        self._suspects_stale = True  # the pairs are counted again only when people change
        self.model.loaded.connect(self._update_footer)
        self.model.loaded.connect(self._load_rest)
        self.model.loaded.connect(self._open_pending)
        self.table.activated.connect(self._open_person)  # double-click or Enter

    def _build_filters(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.district_filter = self._filter_combo(self.tr("Tutti i distretti"),
                                                  self.tr("Distretto o ambito di residenza"))
        self.case_filter = self._filter_combo(self.tr("Presa in carico: tutte"),
                                              self.tr("Presa in carico aperta"))
        self.case_filter.addItem(self.tr("Con presa in carico aperta"), True)
        self.case_filter.addItem(self.tr("Senza presa in carico aperta"), False)
        self.manager_filter = self._filter_combo(self.tr("Tutti i case manager"),
                                                 self.tr("Case manager"))
        self.patto_filter = self._filter_combo(self.tr("Patto in corso: tutti"),
                                               self.tr("Tipo di patto in corso"))
        for combo in (self.district_filter, self.case_filter, self.manager_filter,
                      self.patto_filter):
            row.addWidget(combo)
        self.duplicates_filter = QPushButton(self.tr("Possibili doppioni"))
        self.duplicates_filter.setObjectName("duplicatesFilter")
        self.duplicates_filter.setCheckable(True)
        self.duplicates_filter.setAutoDefault(False)
        self.duplicates_filter.setToolTip(self.tr(
            "Solo le persone che potrebbero avere due schede (per esempio registrate su due "
            "computer prima di sincronizzare)"))
        self.duplicates_filter.setStyleSheet(
            "QPushButton { color: #9a3412; } QPushButton:checked { background: #fff4e5; "
            "border: 1px solid #fcd9a8; }")
        self.duplicates_filter.toggled.connect(self._filters_changed)
        self.duplicates_filter.hide()
        self.review_button = QPushButton(self.tr("Rivedi i doppioni…"))
        self.review_button.setObjectName("reviewDuplicatesButton")
        self.review_button.setAutoDefault(False)
        self.review_button.clicked.connect(self.review_duplicates)
        self.review_button.hide()
        row.addWidget(self.duplicates_filter)
        row.addWidget(self.review_button)
        self.clear_filters_button = QPushButton(self.tr("Azzera filtri"))
        self.clear_filters_button.setObjectName("linkButton")
        self.clear_filters_button.setAutoDefault(False)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.clear_filters_button.hide()
        row.addWidget(self.clear_filters_button)
        row.addStretch(1)
        self._layout.addLayout(row)

    def _filter_combo(self, any_label: str, tooltip: str) -> QComboBox:
        combo = QComboBox()
        combo.setToolTip(tooltip)
        combo.setAccessibleName(tooltip)
        combo.addItem(any_label, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(280)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    # ------------------------------------------------------------- actions
    def new_person(self) -> None:
        from desktop.ui.person_dialog import edit_person

        edit_person(self, self.store, None, on_saved=self._person_created)

    def _person_created(self, person_id: str) -> None:
        self.window().open_person(person_id)

    def _open_person(self, index) -> None:
        self.window().open_person(self.model.row_at(index.row()).id)

    def eventFilter(self, watched, event) -> bool:
        """In the search: Down moves into the results, Enter opens the selected one."""
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                current = self.table.currentIndex()
                self.table.setCurrentIndex(current if current.isValid()
                                           else self.model.index(0, 0))
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    def open_selected(self) -> None:
        """The scheda of the selected person, or of the first found; if the list
        does not show what was typed yet, once it does."""
        if self._search_timer.isActive():
            self._run_search()
        if not self.model.has_loaded:
            self._open_when_loaded = True
            return
        if self.model.rowCount():
            current = self.table.currentIndex()
            self._open_person(current if current.isValid() else self.model.index(0, 0))

    def _open_pending(self) -> None:
        if self._open_when_loaded:
            self._open_when_loaded = False
            self.open_selected()

    def review_duplicates(self) -> None:
        from desktop.ui.duplicati.review import review_duplicates

        self.duplicates_review = review_duplicates(self, self.store)

    def clear_filters(self) -> None:
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.duplicates_filter.blockSignals(True)
        self.duplicates_filter.setChecked(False)
        self.duplicates_filter.blockSignals(False)
        self._filters_changed()

    # ----------------------------------------------------------------- data
    def subtitle(self) -> str:
        return self.tr("Le persone seguite dal servizio: anagrafica e cartella sociale.")

    def query(self) -> str:
        return self.search_field.text().strip()

    def filters(self) -> PeopleFilter:
        return PeopleFilter(
            district=self.district_filter.currentData(),
            open_case=self.case_filter.currentData(),
            case_manager=self.manager_filter.currentData(),
            patto_kind=self.patto_filter.currentData(),
            duplicates=self.duplicates_filter.isChecked(),
        )

    def _filter_combos(self) -> list[QComboBox]:
        return [self.district_filter, self.case_filter, self.manager_filter, self.patto_filter]

    def load(self) -> None:
        """The rows first: the count and the filters' choices follow once they
        are in (on the two workers they would slow the first rows down)."""
        self._rest_pending = True
        self._run_search()

    def _load_rest(self) -> None:
        if self._rest_pending:
            self._rest_pending = False
            self._count()
            (operations.filter_choices(self, self.store).success(self._set_choices)
             .run_in_background())
            if self._suspects_stale:
                self._suspects_stale = False
                duplicate_ops.suspects(self, self.store).success(self._set_suspects) \
                    .run_in_background()

    def refresh(self, changes, initiator: object | None = None) -> None:
        """A patto or a presa in carico changing reloads the list, not the
        comparison of every person with every other."""
        if changes.touches(SUSPECT_TABLES):
            self._suspects_stale = True
        super().refresh(changes, initiator)

    def _set_suspects(self, pairs: list) -> None:
        """The flag: how many pairs wait for a decision (none: no button)."""
        self.duplicates_filter.setText(self.tr("Possibili doppioni (%1)").replace(
            "%1", str(len(pairs))))
        self.duplicates_filter.setVisible(bool(pairs) or self.duplicates_filter.isChecked())
        self.review_button.setVisible(bool(pairs))

    def _filters_changed(self, *_args) -> None:
        self.clear_filters_button.setVisible(self.filters().is_active())
        self._run_search()
        self._count()

    def _count(self) -> None:
        filters = self.filters()
        (operations.count_people(self, self.store, filters)
         .success(lambda total: self._set_total(filters, total))
         .run_in_background())

    def _run_search(self) -> None:
        self._search_timer.stop()
        self._open_when_loaded = False  # a new search: Enter is asked again
        text, filters = self.query(), self.filters()
        self.model.set_source(operations.find_people(text, filters) if text
                              else operations.browse_people(filters))

    def _set_choices(self, choices: FilterChoices) -> None:
        self._refill(self.district_filter,
                     [("   " * depth + label, unit_id) for unit_id, label, depth in choices.districts])
        self._refill(self.manager_filter,
                     [(self.tr("Senza case manager"), NONE)]
                     + [(name, oid) for oid, name in choices.case_managers])
        self._refill(self.patto_filter,
                     [(self.tr("Nessun patto in corso"), NONE)]
                     + [(label, code) for code, label in choices.patto_kinds])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        """New choices, keeping the current one if it is still there."""
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current is not None and index < 0:
            combo.currentIndexChanged.emit(0)  # the chosen value is gone

    def _set_total(self, filters: PeopleFilter, total: int) -> None:
        if filters == self.filters():
            self.total = total
            self._update_footer()

    def _update_footer(self) -> None:
        text = self.query()
        if text:
            n = self.model.rowCount()
            if n >= SEARCH_LIMIT:
                self.footer.setText(self.tr("Primi %n risultati: affina la ricerca.", "", n))
            else:
                self.footer.setText(self.tr("Un risultato") if n == 1
                                    else self.tr("%n risultati", "", n))
        elif self.total is not None and self.filters().is_active():
            self.footer.setText(self.tr("Una persona corrisponde ai filtri") if self.total == 1
                                else self.tr("%n persone corrispondono ai filtri", "", self.total))
        elif self.total is not None:
            self.footer.setText(self.tr("Una persona") if self.total == 1
                                else self.tr("%n persone in ordine alfabetico", "", self.total))

    def empty_text(self) -> str:
        if self.query():
            return self.tr("Nessuna persona corrisponde a «%1».").replace("%1", self.query())
        if self.filters().is_active():
            return self.tr("Nessuna persona corrisponde ai filtri scelti.")
        return self.tr("Non ci sono ancora persone in questo database.")


PAGE = PersonePage
