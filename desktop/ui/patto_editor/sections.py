"""The sections of the patto editor, one per tab: the person and the frame of
the patto, goals per axis, supports, budget with live totals, impegni and
signatories, verifications.

Each section fills itself from the form (``fill``), writes its part back
(``collect``), says ``changed`` on every edit and knows which of its fields a
signature freezes (``set_read_only``). Amounts spent and verifications stay open
on a signed patto, as the store allows.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.anagrafica import parse_date
from desktop.ui.patto_editor.form import (
    AttivazioneInfo, Choice, EditorData, Form, Reference, new_row, totals,
)
from desktop.ui.patto_editor.pickers import PersonSearch, ResourcePicker
from desktop.ui.patto_editor.widgets import (
    CheckedEdit, ChoiceBox, Columns, DateEdit, MoneyEdit, RowList, RowWidget, header_row,
    line_edit, place, set_read_only, text_area,
)

SIGNATORY_ROLES = ("beneficiario", "amministratore di sostegno", "familiare", "case manager",
                   "assistente sociale", "educatore professionale", "psichiatra", "psicologo",
                   "infermiere", "referente dell'ente del Terzo Settore", "tutor")
PARTIES = ("La persona", "Famiglia", "Servizio sociale", "CSM", "Case manager",
           "Ente del Terzo Settore", "Rete informale")


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def card(title: str, subtitle: str = "", accent: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A titled white box; ``accent`` tints it (the person's own voice)."""
    frame = QFrame()
    frame.setObjectName("sectionCard")
    if accent:
        frame.setProperty("accent", accent)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("cardHeading")
    layout.addWidget(heading)
    if subtitle:
        note = QLabel(subtitle)
        note.setObjectName("cardNote")
        note.setWordWrap(True)
        layout.addWidget(note)
    return frame, layout


def add_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setProperty("role", "add")
    return button


class Section(QWidget):
    changed = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.reference: Reference | None = None
        self.setObjectName("sectionPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 12, 12, 12)
        self.layout_.setSpacing(14)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.changed.connect(self._show_live_errors)

    def fill(self, form: Form, data: EditorData) -> None:
        raise NotImplementedError

    def collect(self, form: Form) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def update_context(self, data: EditorData) -> None:
        """Things shown but not edited here (attivazioni, signing dates)."""

    def live_errors(self) -> list[str]:
        """The typing mistakes in this section right now, in Italian."""
        return [w.error() for w in self.findChildren(CheckedEdit)
                if w.isVisibleTo(self) and w.error()]

    def _show_live_errors(self) -> None:
        errors = self.live_errors()
        self.message.setText(errors[0] if errors else "")
        self.message.setVisible(bool(errors))


# ------------------------------------------------------------------ la persona
class BeneficiaryList(QWidget):
    """The people the patto is for, each removable; a group project has several."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._people: list[dict] = []
        self._read_only = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._render()

    def set_people(self, people: list[dict]) -> None:
        self._people = [dict(p) for p in people]
        self._render()

    def people(self) -> list[dict]:
        return [dict(p) for p in self._people]

    def add(self, person_id: str, name: str) -> None:
        if any(p["person_id"] == person_id for p in self._people):
            return
        self._people.append({"person_id": person_id, "name": name})
        self._render()
        self.changed.emit()

    def remove(self, person_id: str) -> None:
        self._people = [p for p in self._people if p["person_id"] != person_id]
        self._render()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._render()

    def _render(self) -> None:
        while self._layout.count():
            self._layout.takeAt(0).widget().deleteLater()
        if not self._people:
            empty = QLabel(self.tr("Nessun beneficiario: aggiungine almeno uno."))
            empty.setObjectName("emptyRows")
            self._layout.addWidget(empty)
        for person in self._people:
            row = QFrame()
            row.setObjectName("personChip")
            line = QHBoxLayout(row)
            line.setContentsMargins(10, 4, 4, 4)
            name = QLabel(person["name"])
            name.setObjectName("personName")
            line.addWidget(name, 1)
            remove = QToolButton()
            remove.setObjectName("removeRow")
            remove.setText("✕")
            remove.setAutoRaise(True)
            remove.setToolTip(self.tr("Togli %1 dai beneficiari").replace("%1", person["name"]))
            remove.setVisible(not self._read_only)
            remove.clicked.connect(lambda _=False, pid=person["person_id"]: self.remove(pid))
            line.addWidget(remove)
            self._layout.addWidget(row)


class GeneralSection(Section):
    """Beneficiaries, the frame of the patto, and the voices: the person's own
    wishes in their own box, apart from what the family expects."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(store, parent)
        top = QHBoxLayout()
        top.setSpacing(14)

        people_card, people = card(self.tr("Beneficiari"), self.tr(
            "Per un progetto di gruppo (per esempio un appartamento condiviso) aggiungi "
            "tutte le persone."))
        self.beneficiaries = BeneficiaryList()
        people.addWidget(self.beneficiaries)
        self.person_search = PersonSearch(store, self.tr("Aggiungi un beneficiario: cerca per "
                                                         "nome o codice fiscale…"))
        self.person_search.picked.connect(self.beneficiaries.add)
        people.addWidget(self.person_search)
        people.addStretch(1)
        top.addWidget(people_card, 4)

        frame_card, frame = card(self.tr("Il patto"))
        grid = QFormLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.title.setObjectName("pattoTitle")
        self.title.setPlaceholderText(self.tr("Un titolo che la persona riconosca"))
        self.kind = ChoiceBox(empty=None)
        self.intensity = ChoiceBox()
        self.phase = ChoiceBox()
        self.start_on, self.end_on = DateEdit(), DateEdit()
        period = QHBoxLayout()
        period.addWidget(self.start_on)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end_on)
        period.addStretch(1)
        self.case_manager = ChoiceBox()
        grid.addRow(self.tr("Titolo"), self.title)
        grid.addRow(self.tr("Tipo di patto"), self.kind)
        grid.addRow(self.tr("Intensità"), self.intensity)
        self.phase_label = QLabel(self.tr("Fase BdS"))
        grid.addRow(self.phase_label, self.phase)
        grid.addRow(self.tr("Periodo"), period)
        grid.addRow(self.tr("Case manager"), self.case_manager)
        frame.addLayout(grid)
        self.kind_hint = QLabel()
        self.kind_hint.setObjectName("cardNote")
        self.kind_hint.setWordWrap(True)
        frame.addWidget(self.kind_hint)
        top.addWidget(frame_card, 6)
        self.layout_.addLayout(top)

        voices = QHBoxLayout()
        voices.setSpacing(14)
        wish_card, wish = card(self.tr("Cosa desidera la persona"), self.tr(
            "Con le sue parole. Nel patto stampato viene per prima."), accent="person")
        self.wishes = text_area(self.tr("Che cosa vuole la persona, che cosa vuole cambiare…"), 4)
        self.wishes.setObjectName("personWishes")
        wish.addWidget(self.wishes)
        family_card, family = card(self.tr("Le aspettative della famiglia"), self.tr(
            "Tenute distinte dai desideri della persona."), accent="family")
        self.family = text_area(self.tr("Che cosa si aspettano i familiari, se ci sono…"), 4)
        self.family.setObjectName("familyExpectations")
        family.addWidget(self.family)
        voices.addWidget(wish_card, 1)
        voices.addWidget(family_card, 1)
        self.layout_.addLayout(voices)

        more = QHBoxLayout()
        more.setSpacing(14)
        strengths_card, strengths = card(self.tr("Punti di forza"))
        self.strengths = text_area(self.tr("Risorse, competenze, relazioni su cui contare…"), 3)
        strengths.addWidget(self.strengths)
        blocks_card, blocks = card(self.tr("Ostacoli all'autonomia"))
        self.blocks = text_area(self.tr("Che cosa blocca oggi l'autonomia…"), 3)
        blocks.addWidget(self.blocks)
        more.addWidget(strengths_card, 1)
        more.addWidget(blocks_card, 1)
        self.layout_.addLayout(more)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

        self.beneficiaries.changed.connect(self._beneficiaries_changed)
        for edit in (self.title,):
            edit.textChanged.connect(self.changed)
        for edit in (self.start_on, self.end_on):
            edit.edited.connect(self.changed)
        for area in (self.wishes, self.family, self.strengths, self.blocks):
            area.textChanged.connect(self.changed)
        for box in (self.kind, self.intensity, self.phase, self.case_manager):
            box.currentIndexChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _beneficiaries_changed(self) -> None:
        self.person_search.exclude = {p["person_id"] for p in self.beneficiaries.people()}
        self.changed.emit()

    def _kind_changed(self) -> None:
        if self.reference is None:
            return
        kind = self.kind.code()
        hint = next((c.hint for c in self.reference.kinds if c.code == kind), "")
        self.kind_hint.setText(hint)
        bds = kind == "ptri_bds" or bool(self.phase.code())
        self.phase.setVisible(bds)
        self.phase_label.setVisible(bds)

    def fill(self, form: Form, data: EditorData) -> None:
        ref = self.reference = data.reference
        self.kind.set_choices(ref.kinds)
        self.intensity.set_choices(ref.intensities)
        self.phase.set_choices(ref.phases)
        self.case_manager.set_choices(ref.operators)
        self.blockSignals(True)
        self.title.setText(form["title"])
        self.title.setCursorPosition(0)
        self.kind.set_code(form["kind"])
        self.intensity.set_code(form["intensity"])
        self.phase.set_code(form["phase"])
        self.case_manager.set_code(form["case_manager_id"])
        self.start_on.setText(form["start_on"])
        self.end_on.setText(form["end_on"])
        self.wishes.setPlainText(form["person_wishes"])
        self.family.setPlainText(form["family_expectations"])
        self.strengths.setPlainText(form["strengths"])
        self.blocks.setPlainText(form["blocks"])
        self.beneficiaries.set_people(form["beneficiaries"])
        self.person_search.exclude = {p["person_id"] for p in form["beneficiaries"]}
        self.blockSignals(False)
        self._kind_changed()

    def collect(self, form: Form) -> None:
        form.update(
            title=self.title.text(), kind=self.kind.code(), intensity=self.intensity.code(),
            phase=self.phase.code(), case_manager_id=self.case_manager.code(),
            start_on=self.start_on.text(), end_on=self.end_on.text(),
            person_wishes=self.wishes.toPlainText(),
            family_expectations=self.family.toPlainText(),
            strengths=self.strengths.toPlainText(), blocks=self.blocks.toPlainText(),
            beneficiaries=self.beneficiaries.people(),
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.title, self.start_on, self.end_on, self.wishes, self.family,
                       self.strengths, self.blocks, self.kind, self.intensity, self.phase,
                       self.case_manager):
            set_read_only(widget, read_only)
        self.beneficiaries.set_read_only(read_only)
        self.person_search.setVisible(not read_only)


# ------------------------------------------------------------------ obiettivi
class GoalRow(RowWidget):
    def __init__(self, row: dict, stages: list[Choice], parent: QWidget | None = None):
        super().__init__(row, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 6, 10)
        layout.setSpacing(6)
        first = QHBoxLayout()
        self.title = line_edit(row["title"])
        self.title.setObjectName("goalTitle")
        self.title.setPlaceholderText(self.tr(
            "L'obiettivo, come esito da raggiungere (per esempio: vivere in un appartamento "
            "proprio)"))
        first.addWidget(self.title, 1)
        first.addWidget(self.remove_button)
        layout.addLayout(first)
        second = QHBoxLayout()
        second.setSpacing(10)
        indicators = QVBoxLayout()
        indicators.setSpacing(2)
        caption = QLabel(self.tr("Indicatori"))
        caption.setObjectName("columnHeader")
        indicators.addWidget(caption)
        self.indicators = text_area(self.tr("Da che cosa vedremo che l'obiettivo è raggiunto"), 2)
        self.indicators.setPlainText(row["indicators"])
        indicators.addWidget(self.indicators)
        second.addLayout(indicators, 1)
        stages_box = QFormLayout()
        stages_box.setVerticalSpacing(6)
        self.stage = ChoiceBox(stages)
        self.stage.set_code(row["stage"])
        self.target = ChoiceBox(stages)
        self.target.set_code(row["target_stage"])
        for box in (self.stage, self.target):
            box.setFixedWidth(300)
        stages_box.addRow(self.tr("Stadio attuale"), self.stage)
        stages_box.addRow(self.tr("Stadio atteso"), self.target)
        second.addLayout(stages_box)
        layout.addLayout(second)
        self.watch(self.title, self.indicators, self.stage, self.target)

    def value(self) -> dict:
        return {**self.row, "title": self.title.text(),
                "indicators": self.indicators.toPlainText(), "stage": self.stage.code(),
                "target_stage": self.target.code()}

    def editable_widgets(self) -> list[QWidget]:
        return [self.title, self.indicators, self.stage, self.target]


def goal_choices(goals: list[dict], ref: Reference | None) -> list[Choice]:
    """The goals as a support offers them: "Abitare · title"."""
    labels = {c.code: c.label for c in ref.axes} if ref else {}
    return [Choice(g["id"], f"{labels.get(g['axis'], g['axis'])} · {g['title'] or '…'}")
            for g in goals]


class GoalsSection(Section):
    """Goals grouped by axis (Abitare / Lavoro / Socialità), stages from the
    axis catalogue."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(store, parent)
        intro = QLabel(self.tr(
            "Obiettivi orientati all'esito, per asse. Per ciascuno: gli indicatori e lo "
            "stadio del percorso, oggi e quello atteso."))
        intro.setObjectName("cardNote")
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.lists: dict[str, RowList] = {}
        self.groups: dict[str, QFrame] = {}
        self._order: list[str] = []
        self.add_buttons: dict[str, QPushButton] = {}
        self._groups = QVBoxLayout()
        self._groups.setSpacing(14)
        self.layout_.addLayout(self._groups)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    def _build_groups(self, ref: Reference) -> None:
        for axis in ref.axes:
            group, layout = card(axis.label, axis.hint)
            group.setProperty("axis", axis.code)
            rows = RowList(lambda row, a=axis.code: GoalRow(row, ref.stages.get(a, [])),
                           self.tr("Nessun obiettivo su questo asse."))
            rows.changed.connect(self.changed)
            layout.addWidget(rows)
            add = add_button(self.tr("+ Aggiungi un obiettivo"), f"addGoal_{axis.code}")
            add.clicked.connect(lambda _=False, a=axis.code: self.add_goal(a))
            layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
            self.lists[axis.code] = rows
            self.add_buttons[axis.code] = add
            self.groups[axis.code] = group
            self._groups.addWidget(group)

    def add_goal(self, axis: str) -> GoalRow:
        goal = new_row("goals", axis=axis)
        self._order.append(goal["id"])
        row = self.lists[axis].add(goal)
        row.title.setFocus()
        return row

    def fill(self, form: Form, data: EditorData) -> None:
        if self.reference is None:
            self._build_groups(data.reference)
        self.reference = data.reference
        self._order = [g["id"] for g in form["goals"]]
        template_axes = data.reference.kind_axes.get(form["kind"], list(self.lists))
        for axis, rows in self.lists.items():
            goals = [g for g in form["goals"] if g["axis"] == axis]
            rows.set_rows(goals)
            self.groups[axis].setVisible(axis in template_axes or bool(goals))

    def collect(self, form: Form) -> None:
        form["goals"] = self.rows()

    def set_read_only(self, read_only: bool) -> None:
        for axis, rows in self.lists.items():
            rows.set_read_only(read_only)
            self.add_buttons[axis].setVisible(not read_only)

    def rows(self) -> list[dict]:
        """The goals in the patto's order (shown grouped by axis), new ones last."""
        goals = {g["id"]: g for rows in self.lists.values() for g in rows.rows()}
        return [goals[i] for i in self._order if i in goals]

    def choices(self) -> list[Choice]:
        return goal_choices(self.rows(), self.reference)


# ------------------------------------------------------------------ sostegni
ATTIVAZIONE_ACTIONS = {"concordata": QT_TRANSLATE_NOOP("SupportRow", "concordata"),
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
        self.what.setPlaceholderText(self.tr("Il sostegno (per esempio: tutor abitativo)"))
        first.addWidget(self.what, 1)
        first.addWidget(QLabel(self.tr("per")))
        self.goal = ChoiceBox(goals, empty=self.tr("nessun obiettivo"))
        self.goal.setFixedWidth(300)
        self.goal.set_code(row["goal_id"])
        first.addWidget(self.goal)
        first.addWidget(self.remove_button)
        layout.addLayout(first)

        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(QLabel(self.tr("Risorsa")))
        self.resource = QPushButton()
        self.resource.setObjectName("resourceButton")
        self.resource.setToolTip(self.tr("Scegli il servizio nella mappa delle risorse"))
        self.resource.clicked.connect(lambda: self.pick_requested.emit(self))
        second.addWidget(self.resource)
        self.clear_resource = QToolButton()
        self.clear_resource.setText("✕")
        self.clear_resource.setAutoRaise(True)
        self.clear_resource.setToolTip(self.tr("Scollega la risorsa"))
        self.clear_resource.clicked.connect(lambda: self.set_service(None, ""))
        second.addWidget(self.clear_resource)
        self.provider = line_edit(row["provider_text"])
        self.provider.setPlaceholderText(self.tr("oppure chi lo offre (rete informale, volontari…)"))
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
        self.place = line_edit(row["place"])
        self.place.setPlaceholderText(self.tr("Dove"))
        self.from_on, self.to_on = DateEdit(), DateEdit()
        self.from_on.setText(row["from_on"])
        self.to_on.setText(row["to_on"])
        self.cost = MoneyEdit()
        self.cost.setObjectName("supportCost")
        self.cost.setText(row["cost"])
        self.cost.setFixedWidth(110)
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


# ------------------------------------------------------------------ budget
# The description says what the money is for: it gets the room, the combos
# show their choice in full in the drop-down and as a tooltip.
BUDGET_COLUMNS: Columns = [("Fonte di finanziamento", 180), ("Asse", 140), ("Descrizione", None),
                           ("", 84), ("Impegnato €", 100), ("Speso €", 100)]


class BudgetRow(RowWidget):
    def __init__(self, row: dict, ref: Reference, parent: QWidget | None = None):
        super().__init__(row, parent)
        self.setObjectName("budgetRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(8)
        self.source = ChoiceBox(ref.sources, empty=self.tr("Scegli la fonte…"))
        self.source.set_code(row["funding_source"])
        self.source.currentTextChanged.connect(self.source.setToolTip)
        self.source.setToolTip(self.source.currentText())
        self.axis = ChoiceBox(ref.axes, empty=self.tr("Trasversale"))
        self.axis.set_code(row["axis"])
        self.description = line_edit(row["description"])
        self.description.setPlaceholderText(self.tr("Per che cosa"))
        self.description.setMinimumWidth(220)
        self.description.textChanged.connect(self.description.setToolTip)
        self.description.setToolTip(self.description.text())
        self.in_kind = QCheckBox(self.tr("in natura"))
        self.in_kind.setToolTip(self.tr("Valore di beni o tempo donati, non denaro"))
        self.in_kind.setChecked(bool(row["in_kind"]))
        self.committed = MoneyEdit()
        self.committed.setObjectName("committed")
        self.committed.setText(row["committed"])
        self.spent = MoneyEdit()
        self.spent.setObjectName("spent")
        self.spent.setText(row["spent"])
        place(layout, [self.source, self.axis, self.description, self.in_kind, self.committed,
                       self.spent], BUDGET_COLUMNS)
        layout.addWidget(self.remove_button)
        self.watch(self.source, self.axis, self.description, self.in_kind, self.committed,
                   self.spent)

    def value(self) -> dict:
        return {**self.row, "funding_source": self.source.code(), "axis": self.axis.code(),
                "description": self.description.text(), "in_kind": self.in_kind.isChecked(),
                "committed": self.committed.text(), "spent": self.spent.text()}

    def editable_widgets(self) -> list[QWidget]:
        # What was spent stays open after signing: spending happens while the patto runs.
        return [self.source, self.axis, self.description, self.in_kind, self.committed]


class TotalsPanel(QWidget):
    """Totals per funding source and per axis (rules.budget_totals over what is
    typed), updated on every keystroke."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        source_card, source = card(self.tr("Per fonte di finanziamento"))
        self.source_grid = QGridLayout()
        self.source_grid.setHorizontalSpacing(16)
        self.source_grid.setVerticalSpacing(4)
        source.addLayout(self.source_grid)
        source.addStretch(1)
        axis_card, axis = card(self.tr("Per asse"))
        self.axis_grid = QGridLayout()
        self.axis_grid.setHorizontalSpacing(16)
        self.axis_grid.setVerticalSpacing(4)
        axis.addLayout(self.axis_grid)
        axis.addStretch(1)
        total_card, total = card(self.tr("Totale impegnato"))
        self.total = QLabel()
        self.total.setObjectName("bigNumber")
        total.addWidget(self.total)
        self.total_note = QLabel()
        self.total_note.setObjectName("cardNote")
        self.total_note.setWordWrap(True)
        total.addWidget(self.total_note)
        total.addStretch(1)
        layout.addWidget(source_card, 5)
        layout.addWidget(axis_card, 3)
        layout.addWidget(total_card, 3)
        self._by_source: dict[str, tuple[str, str]] = {}
        self._by_axis: dict[str, str] = {}

    def show_totals(self, rows: list[dict], ref: Reference) -> None:
        result, skipped = totals(rows)
        sources = {c.code: c.label for c in ref.sources}
        self._by_source = {
            sources.get(code, code) or self.tr("Fonte da scegliere"):
                (formats.money(cents), formats.money(result.spent_by_source.get(code, 0)))
            for code, cents in result.committed_by_source.items()}
        _fill_grid(self.source_grid, [self.tr("Fonte"), self.tr("Impegnato"), self.tr("Speso")],
                   [(name, *values) for name, values in self._by_source.items()])
        axes = {c.code: c.label for c in ref.axes}
        order = [c.code for c in ref.axes] + ["trasversale"]
        self._by_axis = {axes.get(code, self.tr("Trasversale")):
                         formats.money(result.committed_by_axis[code])
                         for code in order if code in result.committed_by_axis}
        _fill_grid(self.axis_grid, [self.tr("Asse"), self.tr("Impegnato")],
                   list(self._by_axis.items()))
        self.total.setText(formats.money(result.committed_total))
        notes = [self.tr("speso %1").replace("%1", formats.money(result.spent_total))]
        if result.in_kind_total:
            notes.append(self.tr("di cui in natura %1").replace(
                "%1", formats.money(result.in_kind_total)))
        if skipped:
            notes.append(self.tr("%n righe con un importo da correggere non sono contate", "",
                                 skipped))
        self.total_note.setText(" · ".join(notes))

    def by_source(self) -> dict[str, tuple[str, str]]:
        """What the panel shows per source: label -> (impegnato, speso)."""
        return dict(self._by_source)

    def by_axis(self) -> dict[str, str]:
        return dict(self._by_axis)


def _fill_grid(grid: QGridLayout, headers: list[str], rows: list[tuple[str, ...]]) -> None:
    while grid.count():
        grid.takeAt(0).widget().deleteLater()
    for column, text in enumerate(headers):
        label = QLabel(text)
        label.setObjectName("columnHeader")
        if column:
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(label, 0, column)
    if not rows:
        empty = QLabel("—")
        empty.setObjectName("cardNote")
        grid.addWidget(empty, 1, 0)
    for r, values in enumerate(rows, start=1):
        for column, text in enumerate(values):
            label = QLabel(text)
            label.setObjectName("totalCell" if column else "totalName")
            if column:
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
            else:
                label.setWordWrap(True)
            grid.addWidget(label, r, column)
    grid.setColumnStretch(0, 1)


class BudgetSection(Section):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.totals = TotalsPanel()
        self.layout_.addWidget(self.totals)
        lines_card, lines = card(self.tr("Voci di budget"), self.tr(
            "Ogni voce con la sua fonte, in denaro o in natura: impegnato e speso. Gli importi "
            "si scrivono all'italiana (1.234,56). Lo speso resta aggiornabile anche a patto "
            "firmato."))
        lines.addWidget(header_row(BUDGET_COLUMNS))
        self.rows = RowList(lambda row: BudgetRow(row, self.reference),
                            self.tr("Nessuna voce di budget."))
        self.rows.changed.connect(self.changed)
        lines.addWidget(self.rows)
        lines.addWidget(self.message)
        self.add = add_button(self.tr("+ Aggiungi una voce"), "addBudgetLine")
        self.add.clicked.connect(self.add_line)
        lines.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(lines_card)
        self.layout_.addStretch(1)
        self.changed.connect(self._update_totals)

    def add_line(self) -> BudgetRow:
        row = self.rows.add(new_row("budget"))
        row.source.setFocus()
        return row

    def _update_totals(self) -> None:
        if self.reference is not None:
            self.totals.show_totals(self.rows.rows(), self.reference)

    def fill(self, form: Form, data: EditorData) -> None:
        self.reference = data.reference
        self.rows.set_rows(form["budget"])
        self._update_totals()

    def collect(self, form: Form) -> None:
        form["budget"] = self.rows.rows()

    def set_read_only(self, read_only: bool) -> None:
        self.rows.set_read_only(read_only)
        self.add.setVisible(not read_only)


# ------------------------------------------------------------------ impegni e firme
COMMITMENT_COLUMNS: Columns = [("Chi si impegna", 220), ("A che cosa", None)]
SIGNATORY_COLUMNS: Columns = [("Nome e cognome", 230), ("Ruolo", 220), ("Ente", None),
                              ("Firmato il", 90)]


def _texts(values) -> list[Choice]:
    return [Choice(v, v) for v in values]


class CommitmentRow(RowWidget):
    def __init__(self, row: dict, parent: QWidget | None = None):
        super().__init__(row, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(8)
        self.party = ChoiceBox(_texts(PARTIES), empty="", free_text=True)
        self.party.set_code(row["party"] or None)
        self.text = line_edit(row["text"])
        self.text.setObjectName("commitmentText")
        self.text.setPlaceholderText(self.tr("L'impegno, in poche parole"))
        place(layout, [self.party, self.text], COMMITMENT_COLUMNS)
        layout.addWidget(self.remove_button)
        self.watch(self.party, self.text)

    def value(self) -> dict:
        return {**self.row, "party": self.party.code() or "", "text": self.text.text()}

    def editable_widgets(self) -> list[QWidget]:
        return [self.party, self.text]


class SignatoryRow(RowWidget):
    def __init__(self, row: dict, ref: Reference, parent: QWidget | None = None):
        super().__init__(row, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(8)
        self.name = line_edit(row["name"])
        self.name.setObjectName("signatoryName")
        self.role = ChoiceBox(_texts(SIGNATORY_ROLES), empty="", free_text=True)
        self.role.set_code(row["role"] or None)
        self.organisation = ChoiceBox(ref.organisations, empty=self.tr("—"))
        self.organisation.set_code(row["organisation_id"])
        self.signed = QLabel("")
        self.signed.setObjectName("cardNote")
        place(layout, [self.name, self.role, self.organisation, self.signed], SIGNATORY_COLUMNS)
        layout.addWidget(self.remove_button)
        self.watch(self.name, self.role, self.organisation)

    def value(self) -> dict:
        return {**self.row, "name": self.name.text(), "role": self.role.code() or "",
                "organisation_id": self.organisation.code()}

    def editable_widgets(self) -> list[QWidget]:
        return [self.name, self.role, self.organisation]


class PeopleSection(Section):
    """Impegni (who commits to what) and the signatories (name, role, ente)."""

    def __init__(self, store, suggest: Callable[[], list[dict]], parent: QWidget | None = None):
        super().__init__(store, parent)
        self._suggest = suggest
        self._signed_on: dict = {}
        commitments_card, commitments = card(self.tr("Impegni"), self.tr(
            "Che cosa si impegna a fare ciascuna parte: la persona, la famiglia, i servizi, "
            "gli enti."))
        commitments.addWidget(header_row(COMMITMENT_COLUMNS))
        self.commitments = RowList(CommitmentRow, self.tr("Nessun impegno scritto."))
        self.commitments.changed.connect(self.changed)
        commitments.addWidget(self.commitments)
        self.add_commitment = add_button(self.tr("+ Aggiungi un impegno"), "addCommitment")
        self.add_commitment.clicked.connect(
            lambda: self.commitments.add(new_row("commitments")).text.setFocus())
        commitments.addWidget(self.add_commitment, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(commitments_card)

        signatories_card, signatories = card(self.tr("Firmatari"), self.tr(
            "Chi firma il patto: la persona (e chi la rappresenta) e i membri dell'équipe, "
            "con ruolo ed ente."))
        signatories.addWidget(header_row(SIGNATORY_COLUMNS))
        self.signatories = RowList(lambda row: SignatoryRow(row, self.reference),
                                   self.tr("Nessun firmatario."))
        self.signatories.changed.connect(self.changed)
        signatories.addWidget(self.signatories)
        buttons = QHBoxLayout()
        self.add_signatory = add_button(self.tr("+ Aggiungi un firmatario"), "addSignatory")
        self.add_signatory.clicked.connect(
            lambda: self.signatories.add(new_row("signatories")).name.setFocus())
        buttons.addWidget(self.add_signatory)
        self.add_suggested = add_button(self.tr("Aggiungi i beneficiari e il case manager"),
                                        "addSuggestedSignatories")
        self.add_suggested.clicked.connect(self.add_suggested_signatories)
        buttons.addWidget(self.add_suggested)
        buttons.addStretch(1)
        signatories.addLayout(buttons)
        self.layout_.addWidget(signatories_card)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    def add_suggested_signatories(self) -> None:
        present = {(r["name"].strip().lower()) for r in self.signatories.rows()}
        for row in self._suggest():
            if row["name"].strip().lower() not in present:
                self.signatories.add(new_row("signatories", **row))

    def fill(self, form: Form, data: EditorData) -> None:
        self.reference = data.reference
        self.commitments.set_rows(form["commitments"])
        self.signatories.set_rows(form["signatories"])
        self.update_context(data)

    def update_context(self, data: EditorData) -> None:
        for widget in self.signatories.widgets():
            widget.signed.setText(formats.day(data.signed_on.get(widget.row["id"])) or "—")

    def collect(self, form: Form) -> None:
        form["commitments"] = self.commitments.rows()
        form["signatories"] = self.signatories.rows()

    def set_read_only(self, read_only: bool) -> None:
        for rows in (self.commitments, self.signatories):
            rows.set_read_only(read_only)
        for button in (self.add_commitment, self.add_signatory, self.add_suggested):
            button.setVisible(not read_only)


# ------------------------------------------------------------------ verifiche
VERIFICATION_COLUMNS: Columns = [("Prevista il", 118), ("Svolta il", 118), ("Adeguatezza", 140),
                                 ("Obiettivi raggiunti", 140), ("Esito", None)]
REACHED = [Choice("si", "Sì"), Choice("no", "No")]


class VerificationRow(RowWidget):
    def __init__(self, row: dict, ref: Reference, parent: QWidget | None = None):
        super().__init__(row, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(8)
        self.scheduled, self.held = DateEdit(), DateEdit()
        self.scheduled.setObjectName("scheduledOn")
        self.held.setObjectName("heldOn")
        self.scheduled.setText(row["scheduled_on"])
        self.held.setText(row["held_on"])
        self.scheduled.edited.connect(self._mark_overdue)
        self.held.edited.connect(self._mark_overdue)
        self.adequacy = ChoiceBox(ref.adequacy)
        self.adequacy.setObjectName("adequacy")
        self.adequacy.set_code(row["adequacy"])
        self.reached = ChoiceBox(REACHED)
        reached = row["goals_reached"]
        self.reached.set_code(None if reached is None else "si" if reached else "no")
        self.outcome = line_edit(row["outcome"])
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("Com'è andata, che cosa cambia nel progetto"))
        place(layout, [self.scheduled, self.held, self.adequacy, self.reached, self.outcome],
              VERIFICATION_COLUMNS)
        layout.addWidget(self.remove_button)
        self.watch(self.scheduled, self.held, self.adequacy, self.reached, self.outcome)
        self._mark_overdue()

    def _mark_overdue(self) -> None:
        """A verification whose date has passed with no outcome stands out."""
        due = None if self.scheduled.error() or not self.scheduled.text().strip() else \
            parse_date(self.scheduled.text())
        overdue = bool(due and due < dt.date.today() and not self.held.text().strip())
        if bool(self.scheduled.property("overdue")) != overdue:
            self.scheduled.setProperty("overdue", overdue)
            self.scheduled.style().unpolish(self.scheduled)
            self.scheduled.style().polish(self.scheduled)
        if not self.scheduled.error():
            self.scheduled.setToolTip(self.tr("Verifica scaduta: registra com'è andata")
                                      if overdue else "")

    def value(self) -> dict:
        reached = self.reached.code()
        return {**self.row, "scheduled_on": self.scheduled.text(), "held_on": self.held.text(),
                "adequacy": self.adequacy.code(),
                "goals_reached": None if reached is None else reached == "si",
                "outcome": self.outcome.text()}

    def set_read_only(self, read_only: bool) -> None:
        """Verifications are recorded on a signed patto: they never freeze."""


class VerificationsSection(Section):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(store, parent)
        box, layout = card(self.tr("Verifiche"), self.tr(
            "Il calendario delle verifiche e il loro esito. Restano aperte anche a patto "
            "firmato: l'esito alimenta la riprogettazione."))
        layout.addWidget(header_row(VERIFICATION_COLUMNS))
        self.rows = RowList(lambda row: VerificationRow(row, self.reference),
                            self.tr("Nessuna verifica in calendario."))
        self.rows.changed.connect(self.changed)
        layout.addWidget(self.rows)
        layout.addWidget(self.message)
        self.add = add_button(self.tr("+ Programma una verifica"), "addVerification")
        self.add.clicked.connect(lambda: self.rows.add(new_row("verifications")).scheduled.setFocus())
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(box)
        self.layout_.addStretch(1)

    def fill(self, form: Form, data: EditorData) -> None:
        self.reference = data.reference
        self.rows.set_rows(form["verifications"])

    def collect(self, form: Form) -> None:
        form["verifications"] = self.rows.rows()

    def set_read_only(self, read_only: bool) -> None:
        """Always open (see VerificationRow)."""
