"""«Sostegni»: what, who (a resource of the map or an informal provider), how
often, where, when, what it costs and for which goal; a linked resource shows
its attivazione, which can be moved on from here."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.patti.form import AttivazioneInfo, Choice, EditorData, Form, Reference, new_row
from desktop.ui.patto_editor.pickers import ResourcePicker
from desktop.ui.patto_editor.sections.base import Section, add_button
from desktop.ui.patto_editor.sections.goals import goal_choices
from desktop.ui.patto_editor.widgets import (
    ChoiceBox, DateEdit, MoneyEdit, RowList, RowWidget, line_edit,
)


ATTIVAZIONE_ACTIONS = {"in_attesa": QT_TRANSLATE_NOOP("SupportRow", "in attesa"),
                       "concordata": QT_TRANSLATE_NOOP("SupportRow", "concordata"),
                       "attiva": QT_TRANSLATE_NOOP("SupportRow", "attiva"),
                       "conclusa": QT_TRANSLATE_NOOP("SupportRow", "conclusa"),
                       "rifiutata": QT_TRANSLATE_NOOP("SupportRow", "rifiutata")}


class SupportRow(RowWidget):
    pick_requested = Signal(object)
    advance_requested = Signal(str, str)  # attivazione id, new status
    request_requested = Signal(str)  # support id: ask for the attivazione now

    def __init__(self, row: dict, ref: Reference, goals: list[Choice],
                 parent: QWidget | None = None):
        super().__init__(row, parent)
        self._ref = ref
        self._attivazione: AttivazioneInfo | None = None
        self._saved_service: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 6, 10)
        layout.setSpacing(6)

        first = QHBoxLayout()
        self.what = line_edit(row["what"])
        self.what.setObjectName("supportWhat")
        self.what.setAccessibleName(self.tr("Sostegno"))
        self.what.setPlaceholderText(self.tr("Il sostegno (per esempio: tutor abitativo)"))
        first.addWidget(self.what, 1)
        first.addWidget(QLabel(self.tr("per")))
        self.goal = ChoiceBox(goals, empty=self.tr("nessun obiettivo"))
        self.goal.setFixedWidth(300)
        self.goal.setAccessibleName(self.tr("Per l'obiettivo"))
        self.goal.set_code(row["goal_id"])
        first.addWidget(self.goal)
        first.addWidget(self.remove_button)
        layout.addLayout(first)

        second = QHBoxLayout()
        second.setSpacing(8)
        resource_label = QLabel(self.tr("Risorsa"))
        second.addWidget(resource_label)
        self.resource = QPushButton()
        resource_label.setBuddy(self.resource)
        self.resource.setObjectName("resourceButton")
        self.resource.setToolTip(self.tr("Scegli il servizio nella mappa delle risorse"))
        self.resource.clicked.connect(lambda: self.pick_requested.emit(self))
        second.addWidget(self.resource)
        self.clear_resource = QToolButton()
        self.clear_resource.setText("✕")
        self.clear_resource.setAutoRaise(True)
        self.clear_resource.setToolTip(self.tr("Scollega la risorsa"))
        self.clear_resource.setAccessibleName(self.tr("Scollega la risorsa"))
        self.clear_resource.clicked.connect(lambda: self.set_service(None, ""))
        second.addWidget(self.clear_resource)
        self.provider = line_edit(row["provider_text"])
        self.provider.setPlaceholderText(self.tr("oppure chi lo offre (rete informale, volontari…)"))
        self.provider.setAccessibleName(self.tr("Chi lo offre, senza una risorsa della mappa"))
        second.addWidget(self.provider, 1)
        self.formal = QCheckBox(self.tr("Formale"))
        self.formal.setChecked(bool(row["formal"]))
        second.addWidget(self.formal)
        layout.addLayout(second)

        third = QHBoxLayout()
        third.setSpacing(8)
        self.frequency = ChoiceBox(ref.frequencies, empty="", free_text=True)
        self.frequency.lineEdit().setPlaceholderText(self.tr("Frequenza"))
        self.frequency.set_code(row["frequency"] or None)
        self.frequency.setFixedWidth(190)
        self.frequency.setAccessibleName(self.tr("Frequenza"))
        self.place = line_edit(row["place"])
        self.place.setPlaceholderText(self.tr("Dove"))
        self.place.setAccessibleName(self.tr("Dove"))
        self.from_on, self.to_on = DateEdit(), DateEdit()
        self.from_on.setText(row["from_on"])
        self.to_on.setText(row["to_on"])
        self.cost = MoneyEdit()
        self.cost.setObjectName("supportCost")
        self.cost.setText(row["cost"])
        self.cost.setFixedWidth(110)
        self.from_on.setAccessibleName(self.tr("Dal"))
        self.to_on.setAccessibleName(self.tr("Al"))
        self.cost.setAccessibleName(self.tr("Costo in euro"))
        third.addWidget(self.frequency)
        third.addWidget(self.place, 1)
        third.addWidget(QLabel(self.tr("dal")))
        third.addWidget(self.from_on)
        third.addWidget(QLabel(self.tr("al")))
        third.addWidget(self.to_on)
        third.addWidget(QLabel(self.tr("costo €")))
        third.addWidget(self.cost)
        layout.addLayout(third)

        self.activation = QFrame()
        self.activation.setObjectName("activationStrip")
        strip = QHBoxLayout(self.activation)
        strip.setContentsMargins(8, 4, 4, 4)
        strip.setSpacing(6)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        strip.addWidget(self.status_chip)
        self.status_text = QLabel()
        self.status_text.setObjectName("cardNote")
        strip.addWidget(self.status_text, 1)
        self.advance_buttons: dict[str, QPushButton] = {}
        for status, label in ATTIVAZIONE_ACTIONS.items():
            button = QPushButton(self.tr("→ %1").replace("%1", self.tr(label)))
            button.setObjectName(f"advance_{status}")
            button.setProperty("role", "small")
            button.setToolTip(self.tr("Segna l'attivazione come «%1»").replace("%1", self.tr(label)))
            button.clicked.connect(lambda _=False, s=status: self._advance(s))
            strip.addWidget(button)
            self.advance_buttons[status] = button
        self.request_button = QPushButton(self.tr("Richiedi l'attivazione"))
        self.request_button.setObjectName("requestAttivazione")
        self.request_button.setProperty("role", "small")
        self.request_button.clicked.connect(lambda: self.request_requested.emit(self.row["id"]))
        strip.addWidget(self.request_button)
        layout.addWidget(self.activation)

        self.watch(self.what, self.goal, self.provider, self.formal, self.frequency, self.place,
                   self.from_on, self.to_on, self.cost)
        self._show_service()

    def set_service(self, service_id: str | None, name: str) -> None:
        self.row.update(service_id=service_id, service_name=name)
        self._show_service()
        self.changed.emit()

    def _show_service(self) -> None:
        name = self.row.get("service_name") or ""
        self.resource.setText(name or self.tr("Scegli dalla mappa…"))
        self.resource.setProperty("linked", bool(self.row.get("service_id")))
        self.resource.style().unpolish(self.resource)
        self.resource.style().polish(self.resource)
        self.clear_resource.setVisible(bool(self.row.get("service_id")) and self.resource.isEnabled())
        self._show_attivazione()

    def set_context(self, saved_service: str | None, info: AttivazioneInfo | None) -> None:
        """The resource as saved and its latest attivazione."""
        self._saved_service, self._attivazione = saved_service, info
        self._show_attivazione()

    def _show_attivazione(self) -> None:
        info, service_id = self._attivazione, self.row.get("service_id")
        self.activation.setVisible(bool(service_id))
        if not service_id:
            return
        buttons = set()
        if service_id != self._saved_service:
            status, chip = "nuova", self.tr("Da richiedere")
            text = self.tr("L'attivazione sarà richiesta al salvataggio.")
        elif info is None or info.service_id != service_id:
            status, chip = "nuova", self.tr("Non richiesta")
            text = self.tr("Nessuna attivazione registrata per questa risorsa.")
            buttons = {"request"}
        else:
            status, chip = info.status, self._ref.attivazione_labels.get(info.status, info.status)
            since = formats.day(info.since)
            text = self.tr("Attivazione · dal %1").replace("%1", since) if since else ""
            buttons = set(info.next_statuses)
        self.status_chip.setText(chip)
        self.status_chip.setProperty("status", status)
        self.status_text.setText(text)
        for name, button in self.advance_buttons.items():
            button.setVisible(name in buttons)
        self.request_button.setVisible("request" in buttons)
        self.status_chip.style().unpolish(self.status_chip)
        self.status_chip.style().polish(self.status_chip)

    def _advance(self, status: str) -> None:
        if self._attivazione is not None:
            self.advance_requested.emit(self._attivazione.id, status)

    def attivazione_status(self) -> str | None:
        """The status shown for the linked resource ("nuova" before saving)."""
        return self.status_chip.property("status") if self.activation.isVisibleTo(self) else None

    def set_goals(self, goals: list[Choice]) -> None:
        self.goal.blockSignals(True)
        self.goal.set_choices(goals)
        self.goal.blockSignals(False)

    def value(self) -> dict:
        return {**self.row, "what": self.what.text(), "goal_id": self.goal.code(),
                "provider_text": self.provider.text(), "formal": self.formal.isChecked(),
                "frequency": self.frequency.code() or "", "place": self.place.text(),
                "from_on": self.from_on.text(), "to_on": self.to_on.text(),
                "cost": self.cost.text()}

    def editable_widgets(self) -> list[QWidget]:
        return [self.what, self.goal, self.resource, self.provider, self.formal, self.frequency,
                self.place, self.from_on, self.to_on, self.cost]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.clear_resource.setVisible(not read_only and bool(self.row.get("service_id")))


class SupportsSection(Section):
    """What, who (a resource of the map or an informal provider), how often,
    where, when, what it costs, and for which goal; each linked resource shows
    its attivazione, which can be moved on from here."""

    advance_requested = Signal(str, str)
    request_requested = Signal(str)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(store, parent)
        intro = QLabel(self.tr(
            "I sostegni e gli interventi del patto. Collegare una risorsa della mappa crea "
            "un'attivazione, da richiesta ad attiva."))
        intro.setObjectName("cardNote")
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self._goals: list[Choice] = []
        self._goal_axes: dict[str, str] = {}
        self._attivazioni: dict[str, AttivazioneInfo] = {}
        self._saved: dict[str, str | None] = {}  # support id -> service as saved
        self.rows = RowList(self._make_row, self.tr("Nessun sostegno per ora."))
        self.rows.changed.connect(self.changed)
        self.layout_.addWidget(self.rows)
        self.add = add_button(self.tr("+ Aggiungi un sostegno"), "addSupport")
        self.add.clicked.connect(self.add_support)
        self.layout_.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)
        self.picker: ResourcePicker | None = None

    def _make_row(self, row: dict) -> SupportRow:
        widget = SupportRow(row, self.reference, self._goals)
        widget.set_context(self._saved.get(row["id"]), self._attivazioni.get(row["id"]))
        widget.pick_requested.connect(self.pick_resource)
        widget.advance_requested.connect(self.advance_requested)
        widget.request_requested.connect(self.request_requested)
        return widget

    def add_support(self) -> SupportRow:
        row = self.rows.add(new_row("supports"))
        row.what.setFocus()
        return row

    def pick_resource(self, row: SupportRow) -> ResourcePicker:
        goal_axis = self._goal_axes.get(row.goal.code())
        self.picker = ResourcePicker(self.store, self.reference.axes, goal_axis, self)
        self.picker.chosen.connect(lambda service: row.set_service(service.id, service.name))
        self.picker.open()
        return self.picker

    def set_goals(self, goals: list[Choice], axes: dict[str, str]) -> None:
        """Keep the goal choices in step with the goals tab (unsaved ones too)."""
        self._goals, self._goal_axes = goals, axes
        for widget in self.rows.widgets():
            widget.set_goals(goals)

    def fill(self, form: Form, data: EditorData) -> None:
        self.reference = data.reference
        self._remember(data)
        self._goals = goal_choices(form["goals"], data.reference)
        self._goal_axes = {g["id"]: g["axis"] for g in form["goals"]}
        self.rows.set_rows(form["supports"])

    def _remember(self, data: EditorData) -> None:
        self._attivazioni = data.attivazioni
        self._saved = {s["id"]: s["service_id"] for s in data.form["supports"]}

    def update_context(self, data: EditorData) -> None:
        self._remember(data)
        for widget in self.rows.widgets():
            widget.set_context(self._saved.get(widget.row["id"]),
                               self._attivazioni.get(widget.row["id"]))

    def collect(self, form: Form) -> None:
        form["supports"] = self.rows.rows()

    def set_read_only(self, read_only: bool) -> None:
        self.rows.set_read_only(read_only)
        self.add.setVisible(not read_only)
