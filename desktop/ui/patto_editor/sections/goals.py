"""«Obiettivi»: outcome-oriented goals grouped by axis, with indicators and
the stage of the path today and the one expected."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desktop.core.patti.form import Choice, EditorData, Form, Reference, new_row
from desktop.ui.patto_editor.sections.base import Section, add_button, card
from desktop.ui.patto_editor.widgets import ChoiceBox, RowList, RowWidget, line_edit, text_area


class GoalRow(RowWidget):
    propose_requested = Signal(str, str)  # goal id, title: «Proponi risorse…»

    def __init__(self, row: dict, stages: list[Choice], parent: QWidget | None = None):
        super().__init__(row, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 6, 10)
        layout.setSpacing(6)
        first = QHBoxLayout()
        self.title = line_edit(row["title"])
        self.title.setObjectName("goalTitle")
        self.title.setAccessibleName(self.tr("Obiettivo"))
        self.title.setPlaceholderText(self.tr(
            "L'obiettivo, come esito da raggiungere (per esempio: vivere in un appartamento "
            "proprio)"))
        first.addWidget(self.title, 1)
        self.propose_button = QPushButton(self.tr("Proponi risorse…"))
        self.propose_button.setObjectName("proposeResources")
        self.propose_button.setToolTip(self.tr(
            "Le risorse della mappa adatte a questo obiettivo, con i motivi"))
        self.propose_button.clicked.connect(
            lambda: self.propose_requested.emit(self.row["id"], self.title.text()))
        first.addWidget(self.propose_button)
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
        caption.setBuddy(self.indicators)
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

    propose_requested = Signal(str, str)  # goal id, title

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
            rows = RowList(lambda row, a=axis.code: self._goal_row(row, ref.stages.get(a, [])),
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

    def _goal_row(self, row: dict, stages: list[Choice]) -> GoalRow:
        goal = GoalRow(row, stages)
        goal.propose_requested.connect(self.propose_requested)
        return goal

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
