"""The parts of the UVM session form that a plain form row cannot hold: the
members (an operator of the team, or someone named, each with organisation
and role) and the instruments (the assessment templates, or a name typed)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QTableWidget, QToolButton, QVBoxLayout, QWidget,
)

from desktop.core.cartella.uvm import FormChoices, MemberFields, MemberRow

WHO, ORGANISATION, ROLE, REMOVE = range(4)


class MembersTable(QWidget):
    """One row per member, in order: who (a team operator picked, or a name
    typed), organisation, role, and a button to take the row away."""

    changed = Signal()

    def __init__(self, choices: FormChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("membersTable")
        self.table.setAccessibleName(self.tr("Partecipanti alla seduta"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Partecipante"), self.tr("Organizzazione"), self.tr("Ruolo nella seduta"), ""])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        for column, mode in ((WHO, QHeaderView.ResizeMode.Stretch),
                             (ORGANISATION, QHeaderView.ResizeMode.Stretch),
                             (ROLE, QHeaderView.ResizeMode.Stretch),
                             (REMOVE, QHeaderView.ResizeMode.Fixed)):
            header.setSectionResizeMode(column, mode)
        self.table.setColumnWidth(REMOVE, 34)
        self.table.setMinimumHeight(150)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_operator_button = QPushButton(self.tr("Aggiungi operatore dell'équipe"))
        self.add_operator_button.setObjectName("addOperatorMember")
        self.add_operator_button.clicked.connect(lambda: self.add_operator())
        self.add_named_button = QPushButton(self.tr("Aggiungi partecipante esterno"))
        self.add_named_button.setObjectName("addNamedMember")
        self.add_named_button.clicked.connect(lambda: self.add_named())
        for button in (self.add_operator_button, self.add_named_button):
            button.setAutoDefault(False)  # Enter in the form saves, it adds no row
        buttons.addWidget(self.add_operator_button)
        buttons.addWidget(self.add_named_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # ------------------------------------------------------------ rows
    def _combo(self, items: list[tuple[str, str]], empty: str | None, current: str | None,
               name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        if empty is not None:
            box.addItem(empty, None)
        for code, label in items:
            box.addItem(label, code)
        index = box.findData(current) if current else (0 if empty is not None else -1)
        box.setCurrentIndex(max(index, 0))
        box.currentIndexChanged.connect(self.changed)
        return box

    def _add_row(self, who: QWidget, organisation_id: str | None, role: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, WHO, who)
        self.table.setCellWidget(row, ORGANISATION, self._combo(
            self.choices.organisations, self.tr("(nessuna)"), organisation_id,
            "memberOrganisation"))
        role_edit = QLineEdit(role)
        role_edit.setObjectName("memberRole")
        role_edit.setPlaceholderText(self.tr("es. case manager, medico di base"))
        role_edit.setMaxLength(120)
        role_edit.textChanged.connect(self.changed)
        self.table.setCellWidget(row, ROLE, role_edit)
        remove = QToolButton()
        remove.setObjectName("removeMember")
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Togli dalla seduta"))
        remove.setAccessibleName(self.tr("Togli dalla seduta"))
        remove.clicked.connect(lambda: self._remove(remove))
        self.table.setCellWidget(row, REMOVE, remove)
        for column in (WHO, ORGANISATION, ROLE):  # a cell's widget has no label of its own
            self.table.cellWidget(row, column).setAccessibleName(
                self.table.horizontalHeaderItem(column).text())
        self.table.resizeRowToContents(row)
        self.changed.emit()
        return row

    def add_operator(self, operator_id: str | None = None, organisation_id: str | None = None,
                     role: str = "") -> int:
        """A team operator; their organisation is proposed when they are picked."""
        box = self._combo(self.choices.operators, None, operator_id, "memberOperator")
        row = self._add_row(box, organisation_id or self.choices.operator_organisations.get(
            box.currentData()), role)
        box.currentIndexChanged.connect(lambda: self._operator_picked(box))
        return row

    def add_named(self, name: str = "", organisation_id: str | None = None, role: str = "") -> int:
        edit = QLineEdit(name)
        edit.setObjectName("memberName")
        edit.setPlaceholderText(self.tr("Nome e cognome"))
        edit.setMaxLength(200)
        edit.textChanged.connect(self.changed)
        row = self._add_row(edit, organisation_id, role)
        edit.setFocus()
        return row

    def _row_of(self, widget: QWidget, column: int) -> int:
        return next(r for r in range(self.table.rowCount())
                    if self.table.cellWidget(r, column) is widget)

    def _operator_picked(self, box: QComboBox) -> None:
        organisation = self.choices.operator_organisations.get(box.currentData())
        combo = self.table.cellWidget(self._row_of(box, WHO), ORGANISATION)
        if organisation:
            combo.setCurrentIndex(max(combo.findData(organisation), 0))

    def _remove(self, button: QToolButton) -> None:
        self.table.removeRow(self._row_of(button, REMOVE))
        self.changed.emit()

    def set_members(self, members: tuple[MemberRow, ...]) -> None:
        for m in members:
            if m.operator_id:
                self.add_operator(m.operator_id, m.organisation_id, m.role)
            else:
                self.add_named(m.name, m.organisation_id, m.role)

    def members(self) -> tuple[MemberFields, ...]:
        out = []
        for row in range(self.table.rowCount()):
            who = self.table.cellWidget(row, WHO)
            organisation = self.table.cellWidget(row, ORGANISATION).currentData()
            role = self.table.cellWidget(row, ROLE).text()
            if isinstance(who, QComboBox):
                out.append(MemberFields(operator_id=who.currentData(),
                                        organisation_id=organisation, role=role))
            else:
                out.append(MemberFields(name=who.text(), organisation_id=organisation, role=role))
        return tuple(out)


class InstrumentsList(QWidget):
    """The templates to tick, and a name typed for an instrument Tessere has no form for."""

    def __init__(self, choices: FormChoices, chosen: tuple[str, ...] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.list = QListWidget()
        self.list.setObjectName("instrumentsList")
        self.list.setAccessibleName(self.tr("Strumenti usati"))
        self.list.setFixedHeight(96)
        layout.addWidget(self.list)
        known = {code for code, _ in choices.instruments}
        for code, name in choices.instruments:
            self._add(code, name, code in chosen)
        for name in chosen:
            if name not in known:
                self._add(name, name, True)
        other = QHBoxLayout()
        self.other = QLineEdit()
        self.other.setObjectName("otherInstrument")
        self.other.setAccessibleName(self.tr("Altro strumento"))
        self.other.setPlaceholderText(self.tr("Altro strumento (es. scala ADL, colloquio con la "
                                              "famiglia)"))
        add = QPushButton(self.tr("Aggiungi"))
        add.setAccessibleName(self.tr("Aggiungi lo strumento"))
        add.setObjectName("addInstrument")
        add.setAutoDefault(False)
        add.clicked.connect(self.add_other)
        other.addWidget(self.other, 1)
        other.addWidget(add)
        layout.addLayout(other)

    def _add(self, code: str, name: str, checked: bool) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def add_other(self) -> None:
        name = self.other.text().strip()
        if name:
            self._add(name, name, True)
            self.other.clear()

    def instruments(self) -> tuple[str, ...]:
        """The ticked ones, and a name typed but not yet added (it is meant)."""
        items = (self.list.item(i) for i in range(self.list.count()))
        ticked = [item.data(Qt.ItemDataRole.UserRole) for item in items
                  if item.checkState() == Qt.CheckState.Checked]
        return tuple(ticked + [self.other.text().strip()])
