"""«Sedi e orari»: the places of a service, each with its address, comune,
accessibility, transit and opening hours. The list on the left picks the place
the form on the right edits; what is typed is kept while moving between places."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
    QVBoxLayout, QWidget,
)

from desktop.core.anagrafica import PlaceIndex
from desktop.core.errors import ValidationError
from desktop.core.risorse.editing import LocationValues
from desktop.ui.risorse_editor.widgets import ComuneEdit, HoursTable

ACCESSIBLE = ((None, "Non indicato"), (True, "Sì"), (False, "No"))


class LocationsTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._places: list[LocationValues] = []
        self._typed: list[str | None] = []  # the comune as typed, until it is resolved
        self._shown = -1
        self._index: PlaceIndex | None = None
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget(objectName="locationsList")
        self.list.setAccessibleName(self.tr("Sedi"))
        self.list.setFixedWidth(200)
        self.list.currentRowChanged.connect(self._switch)
        left.addWidget(self.list, 1)
        self.add_button = QPushButton(self.tr("Aggiungi sede"), objectName="addLocation")
        self.add_button.clicked.connect(self.add_place)
        self.remove_button = QPushButton(self.tr("Rimuovi sede"), objectName="removeLocation")
        self.remove_button.clicked.connect(self.remove_place)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        outer.addLayout(left)

        self.form_box = QWidget()
        right = QVBoxLayout(self.form_box)
        right.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setSpacing(6)
        self.name = QLineEdit(objectName="location_name")
        self.name.setPlaceholderText(self.tr("Vuoto: «Sede di» e il comune"))
        self.address = QLineEdit(objectName="location_address")
        self.postal_code = QLineEdit(objectName="location_postal_code")
        self.postal_code.setMaxLength(5)
        self.postal_code.setFixedWidth(80)
        self.comune = ComuneEdit("location_comune_id")
        self.accessible = QComboBox(objectName="location_accessible")
        for value, label in ACCESSIBLE:
            self.accessible.addItem(self.tr(label), value)
        self.accessibility_notes = QLineEdit(objectName="location_accessibility_notes")
        self.transit = QLineEdit(objectName="location_transit")
        self.transit.setPlaceholderText(self.tr("Linee e fermate dei mezzi pubblici"))
        for label, widget in ((self.tr("Nome della sede"), self.name),
                              (self.tr("Indirizzo"), self.address), (self.tr("CAP"), self.postal_code),
                              (self.tr("Comune"), self.comune),
                              (self.tr("Accessibile"), self.accessible),
                              (self.tr("Note sull'accessibilità"), self.accessibility_notes),
                              (self.tr("Mezzi pubblici"), self.transit)):
            form.addRow(label, widget)
        right.addLayout(form)
        hours_row = QHBoxLayout()
        hours_row.addWidget(QLabel(self.tr("<b>Orari di apertura</b>")))
        hours_row.addStretch(1)
        self.add_hours = QPushButton(self.tr("Aggiungi orario"), objectName="addHours")
        self.add_hours.clicked.connect(lambda: self.hours.add_row())
        self.remove_hours = QPushButton(self.tr("Rimuovi orario"), objectName="removeHours")
        self.remove_hours.clicked.connect(lambda: self.hours.remove_current())
        hours_row.addWidget(self.add_hours)
        hours_row.addWidget(self.remove_hours)
        right.addLayout(hours_row)
        self.hours = HoursTable()
        self.hours.setObjectName("location_schedules")
        self.hours.setAccessibleName(self.tr("Orari della sede"))
        right.addWidget(self.hours, 1)
        outer.addWidget(self.form_box, 1)
        self.empty = QLabel(self.tr("Nessuna sede: «Aggiungi sede» per indicare dove si trova il "
                                    "servizio e quando è aperto."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.empty, 1)
        self._update_state()

    def use(self, index: PlaceIndex, model) -> None:
        self._index = index
        self.comune.use(index, model)

    def set_places(self, places: list[LocationValues]) -> None:
        self._places = list(places)
        self._typed = [None] * len(self._places)
        self._shown = -1
        self.list.clear()
        for place in self._places:
            self.list.addItem(self._title(place))
        if self._places:
            self.list.setCurrentRow(0)
        self._update_state()

    def places(self) -> list[LocationValues]:
        """Every place as typed; the comune is resolved here (ValidationError on it)."""
        self._store_shown(resolve=True)
        for row, typed in enumerate(self._typed):
            if typed is not None:  # left with a comune not in the list
                self.select(row)
                self._store_shown(resolve=True)
        return list(self._places)

    def select(self, index: int) -> None:
        if 0 <= index < len(self._places):
            self.list.setCurrentRow(index)

    def add_place(self) -> None:
        self._places.append(LocationValues())
        self._typed.append(None)
        self.list.addItem(self.tr("Nuova sede"))
        self.list.setCurrentRow(len(self._places) - 1)
        self._update_state()
        self.name.setFocus()

    def remove_place(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._shown = -1  # do not write the removed form back
        del self._places[row]
        del self._typed[row]
        self.list.takeItem(row)
        self._update_state()

    # ---------------------------------------------------------------- internals
    def _title(self, place: LocationValues) -> str:
        if place.name:
            return place.name
        found = self._index.by_id(place.comune_id) if self._index else None
        return self.tr("Sede di %1").replace("%1", found.name) if found else self.tr("Nuova sede")

    def _store_shown(self, resolve: bool = False) -> None:
        if not 0 <= self._shown < len(self._places):
            return
        place = self._places[self._shown]
        place.name = self.name.text()
        place.address = self.address.text()
        place.postal_code = self.postal_code.text()
        place.accessible = self.accessible.currentData()
        place.accessibility_notes = self.accessibility_notes.text()
        place.transit = self.transit.text()
        place.schedules = self.hours.rows()
        self._typed[self._shown] = self.comune.text()
        if resolve:
            place.comune_id = self.comune.comune_id()
            self._typed[self._shown] = None
        self.list.item(self._shown).setText(self._title(place))

    def _switch(self, row: int) -> None:
        if row == self._shown:
            return
        if 0 <= self._shown < len(self._places):
            try:
                self._store_shown(resolve=True)
            except ValidationError:  # an unknown comune: kept as typed, checked at «Salva»
                self._store_shown(resolve=False)
        self._shown = row
        if 0 <= row < len(self._places):
            place = self._places[row]
            self.name.setText(place.name or "")
            self.address.setText(place.address or "")
            self.postal_code.setText(place.postal_code or "")
            typed = self._typed[row]
            if typed is not None:
                self.comune.setText(typed)
            else:
                self.comune.set_comune(place.comune_id)
            self.accessible.setCurrentIndex([v for v, _ in ACCESSIBLE].index(place.accessible))
            self.accessibility_notes.setText(place.accessibility_notes or "")
            self.transit.setText(place.transit or "")
            self.hours.set_rows(place.schedules)
        self._update_state()

    def _update_state(self) -> None:
        some = bool(self._places)
        self.form_box.setVisible(some)
        self.empty.setVisible(not some)
        self.remove_button.setEnabled(some)
