"""«Persona e patto»: the beneficiaries (several for a group project), the
frame of the patto with the UVM that authorised it, and the voices: the
person's own wishes in their own box, apart from what the family expects."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton,
    QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.patti.form import EditorData, Form
from desktop.ui.operations import failure_message
from desktop.ui.operations import uvm as uvm_ops
from desktop.ui.patto_editor.pickers import PersonSearch
from desktop.ui.patto_editor.sections.base import Section, card
from desktop.ui.patto_editor.widgets import ChoiceBox, DateEdit, set_read_only, text_area


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
            remove.setAccessibleName(remove.toolTip())
            remove.setVisible(not self._read_only)
            remove.clicked.connect(lambda _=False, pid=person["person_id"]: self.remove(pid))
            line.addWidget(remove)
            self._layout.addWidget(row)


class UvmLink(QWidget):
    """The UVM session that authorised the patto, with a picker to link one of
    the beneficiaries' approving sessions or to unlink; a written link answers
    with the patto as it is now. A budget beyond the authorised one is a warning."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.data: EditorData | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.line = QLabel()
        self.line.setObjectName("uvmLine")
        self.line.setWordWrap(True)
        layout.addWidget(self.line)
        picker = QHBoxLayout()
        self.picker = QComboBox()
        self.picker.setObjectName("uvmPicker")
        self.picker.setAccessibleName(self.tr("Seduta UVM da collegare"))
        self.link_button = QPushButton(self.tr("Collega"))
        self.link_button.setObjectName("linkUvm")
        self.link_button.clicked.connect(self.link)
        self.unlink_button = QPushButton(self.tr("Scollega"))
        self.unlink_button.setObjectName("unlinkUvm")
        self.unlink_button.clicked.connect(self.unlink)
        picker.addWidget(self.picker, 1)
        picker.addWidget(self.link_button)
        picker.addWidget(self.unlink_button)
        layout.addLayout(picker)
        self.warning = QLabel()
        self.warning.setObjectName("uvmWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a3412;")
        layout.addWidget(self.warning)

    def show_data(self, data: EditorData) -> None:
        self.data = data
        uvm = data.uvm
        if uvm is None:
            self.line.setText(self.tr("Nessuna UVM collegata a questo patto."))
        else:
            text = self.tr("Autorizzato dall'UVM del %1").replace("%1", formats.day(uvm.held_on))
            if uvm.budget_authorised_cents is not None:
                text += self.tr(" (budget autorizzato %1)").replace(
                    "%1", formats.money(uvm.budget_authorised_cents))
            self.line.setText(text)
        choices = [c for c in data.uvm_choices if c.authorises]
        self.picker.clear()
        for index, choice in enumerate(choices):  # the budget goes in the tooltip: short lines
            self.picker.addItem(self.tr("UVM del %1 — %2").replace(
                "%1", formats.day(choice.held_on)).replace("%2", choice.decision_label), choice.id)
            self.picker.setItemData(index, choice.label, Qt.ItemDataRole.ToolTipRole)
        if uvm is not None:
            self.picker.setCurrentIndex(max(self.picker.findData(uvm.id), 0))
        if not choices:
            self.picker.addItem(self.tr("Nessuna UVM approvata per i beneficiari: registrala "
                                        "nella scheda della persona."), None)
        editable = not data.read_only
        self.picker.setVisible(editable)
        self.picker.setEnabled(bool(choices))
        self.link_button.setVisible(editable)
        self.link_button.setEnabled(bool(choices))
        self.unlink_button.setVisible(editable and uvm is not None)
        self.warning.setText(self.tr("Attenzione: %1").replace("%1", data.uvm_warning)
                             if data.uvm_warning else "")
        self.warning.setVisible(bool(data.uvm_warning))

    def link(self) -> None:
        if self.picker.currentData() is not None:
            self._write(self.picker.currentData())

    def unlink(self) -> None:
        self._write(None)

    def _write(self, uvm_session_id: str | None) -> None:
        self.link_button.setEnabled(False)
        (uvm_ops.link_uvm(self, self.store, self.data.patto_id, uvm_session_id)
         .success(self.show_data)
         .failure(self._failed)
         .run_in_background())

    def _failed(self, exc: BaseException) -> None:
        self.warning.setText(failure_message(exc))
        self.warning.setVisible(True)
        self.link_button.setEnabled(True)


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
        self.start_on.setAccessibleName(self.tr("Inizio del periodo"))
        self.end_on.setAccessibleName(self.tr("Fine del periodo"))
        grid.addRow(self.tr("Titolo"), self.title)
        grid.addRow(self.tr("Tipo di patto"), self.kind)
        grid.addRow(self.tr("Intensità"), self.intensity)
        self.phase_label = QLabel(self.tr("Fase BdS"))
        self.phase_label.setBuddy(self.phase)
        grid.addRow(self.phase_label, self.phase)
        grid.addRow(self.tr("Periodo"), period)
        grid.addRow(self.tr("Case manager"), self.case_manager)
        self.uvm = UvmLink(store)
        grid.addRow(self.tr("UVM"), self.uvm)
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
        for area, name in ((self.wishes, self.tr("Cosa desidera la persona")),
                           (self.family, self.tr("Le aspettative della famiglia")),
                           (self.strengths, self.tr("Punti di forza")),
                           (self.blocks, self.tr("Ostacoli all'autonomia"))):
            area.setAccessibleName(name)  # the card's title is no label of the field
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

    def update_context(self, data: EditorData) -> None:
        self.uvm.show_data(data)

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
