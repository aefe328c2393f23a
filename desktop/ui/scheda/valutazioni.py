"""Valutazioni: structured forms filled over time, read back and compared.

Pick a template, fill it (``valutazioni_form``), read the history, compare two
dates answer by answer with the differences marked (on scales, higher is
better). Templates, history, comparison and saving are core reads and writes
(``core.cartella.valutazioni``), run as named operations. «Modelli…» opens the
template editor; a filling is saved with the version its form showed.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QScrollArea,
    QSplitter, QStackedWidget, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from desktop.core.cartella.valutazioni import AssessmentRow, Comparison, TemplateInfo
from desktop.core.formats import day
from desktop.ui.operations import OpChanges, failure_message
from desktop.ui.operations import cartella as ops
from desktop.ui.operations import templates as template_ops
from desktop.ui.scheda.valutazioni_form import AssessmentForm, reading_html
from desktop.ui.template_editor import open_template_editor

ASSESSMENT_TABLES = frozenset({"assessment", "operator", "team_template"})
DEFAULT_TEMPLATE = "scheda_patti"


MARK_COLOURS = {1: ("#e7f6ec", "#166534"), -1: ("#fdecec", "#991b1b"), 0: ("#fff7e0", "#92400e")}


class ValutazioniTab(QWidget):
    """Pick a template, fill it, read the history, compare two dates."""

    def __init__(self, store, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.person_id = person_id
        self.templates: list[TemplateInfo] = []
        self.history: list[AssessmentRow] = []
        self.form: AssessmentForm | None = None
        self._form_template: TemplateInfo | None = None  # the version the open form shows
        self.comparison: Comparison | None = None
        self._form_dirty = False
        self._dirty = True
        self._select_id: str | None = None
        self._history_request = 0  # reads may end out of order: only the latest counts
        self._build()

    def title(self) -> str:
        return self.tr("Valutazioni")

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        template_label = QLabel(self.tr("Modello:"))
        bar.addWidget(template_label)
        self.template_box = QComboBox()
        template_label.setBuddy(self.template_box)
        self.template_box.setObjectName("templateBox")
        self.template_box.setMinimumWidth(320)
        self.template_box.currentIndexChanged.connect(self._template_changed)
        bar.addWidget(self.template_box)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("Nuova valutazione"))
        self.new_button.clicked.connect(self.new_assessment)
        self.compare_button = QPushButton(self.tr("Confronta"))
        self.compare_button.setToolTip(self.tr("Confronta le due date selezionate"))
        self.compare_button.setEnabled(False)
        self.compare_button.clicked.connect(self.compare_selected)
        self.templates_button = QPushButton(self.tr("Modelli…"))
        self.templates_button.setObjectName("editTemplates")
        self.templates_button.setToolTip(self.tr("Crea o modifica i modelli di valutazione"))
        self.templates_button.clicked.connect(self.edit_templates)
        bar.addWidget(self.new_button)
        bar.addWidget(self.compare_button)
        bar.addWidget(self.templates_button)
        layout.addLayout(bar)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Storico"))
        caption.setObjectName("sectionTitle")
        left_layout.addWidget(caption)
        self.history_list = QListWidget()
        self.history_list.setObjectName("historyList")
        self.history_list.setAccessibleName(self.tr("Storico delle valutazioni"))
        self.history_list.setAccessibleDescription(self.tr(
            "Seleziona due date (Maiusc+frecce, oppure Ctrl+Spazio su ciascuna) e premi "
            "«Confronta»"))
        self.history_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.history_list.itemSelectionChanged.connect(self._selection_changed)
        left_layout.addWidget(self.history_list, 1)
        hint = QLabel(self.tr("Seleziona due date (Ctrl+clic) e premi «Confronta»."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        left_layout.addWidget(hint)

        self.pages = QStackedWidget()
        self.reader = QTextBrowser()
        self.reader.setObjectName("assessmentReader")
        self.reader.setAccessibleName(self.tr("Valutazione scelta"))
        self.pages.addWidget(self.reader)
        self._form_page: QWidget | None = None  # built on first use, like the comparison
        self._compare_page: QWidget | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([250, 800])
        layout.addWidget(splitter, 1)

    def _form_view(self) -> QWidget:
        """The form page, built the first time it is needed (opening a scheda
        should not pay for forms nobody fills)."""
        if self._form_page is None:
            self._form_page = self._build_form_page()
            self.pages.addWidget(self._form_page)
        return self._form_page

    def _compare_view(self) -> QWidget:
        if self._compare_page is None:
            self._compare_page = self._build_compare_page()
            self.pages.addWidget(self._compare_page)
        return self._compare_page

    def _build_form_page(self) -> QWidget:
        page = QFrame()
        page.setObjectName("entryCard")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(18, 14, 18, 14)
        top = QHBoxLayout()
        self.form_title = QLabel()
        self.form_title.setObjectName("cardTitle")
        top.addWidget(self.form_title, 1)
        date_label = QLabel(self.tr("&Data:"))
        self.date = QDateEdit()
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())  # an assessment is of what was seen
        date_label.setBuddy(self.date)
        top.addWidget(date_label)
        top.addWidget(self.date)
        layout.addLayout(top)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("assessmentScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        notes_label = QLabel(self.tr("&Note"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(54)
        self.notes.textChanged.connect(self._form_changed)
        notes_label.setBuddy(self.notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        self.form_error = QLabel()
        self.form_error.setObjectName("errorLabel")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        layout.addWidget(self.form_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annulla"))
        self.cancel_button.clicked.connect(self.leave_form)
        self.save_button = QPushButton(self.tr("Salva valutazione"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        return page

    def _build_compare_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.compare_title = QLabel()
        self.compare_title.setObjectName("cardTitle")
        top.addWidget(self.compare_title, 1)
        self.only_differences = QCheckBox(self.tr("Solo le differenze"))
        self.only_differences.toggled.connect(self._show_comparison)
        top.addWidget(self.only_differences)
        layout.addLayout(top)
        self.compare_summary = QLabel()
        self.compare_summary.setObjectName("muted")
        layout.addWidget(self.compare_summary)
        self.compare_table = QTableWidget(0, 4)
        self.compare_table.setObjectName("dataTable")
        self.compare_table.verticalHeader().hide()
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.setWordWrap(True)
        self.compare_table.setShowGrid(False)
        header = self.compare_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.compare_table.setColumnWidth(column, 190)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.compare_table, 1)
        return page

    # ------------------------------------------------------------- loading
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load()

    def refresh(self, changes: OpChanges, initiator: object | None = None) -> None:
        if changes.touches(ASSESSMENT_TABLES):
            if changes.touches(frozenset({"team_template"})):
                self.templates = []  # a template added, changed or retired: read them again
            self._dirty = True
            if self.isVisible():
                self.load()

    def load(self) -> None:
        self._dirty = False
        if not self.templates:
            ops.assessment_templates(self, self.store).success(self._templates_loaded) \
                .run_in_background()
        else:
            self._load_history()

    def _templates_loaded(self, templates: list[TemplateInfo]) -> None:
        self.templates = templates
        current = self.template_box.currentData() or DEFAULT_TEMPLATE
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for t in templates:
            self.template_box.addItem(t.name, t.code)
        self.template_box.setCurrentIndex(max(self.template_box.findData(current), 0))
        self.template_box.blockSignals(False)
        self._template_changed()

    def current_template(self) -> TemplateInfo | None:
        code = self.template_box.currentData()
        return next((t for t in self.templates if t.code == code), None)

    def _template_changed(self) -> None:
        template = self.current_template()
        if template is not None:
            self.template_box.setToolTip(template.description)
        self.history_list.clear()
        self._load_history()

    def _load_history(self) -> None:
        code = self.template_box.currentData()
        if code is None:
            return
        self._history_request += 1
        request = self._history_request
        ops.assessment_history(self, self.store, self.person_id, code).success(
            lambda rows: self._history_loaded(code, rows, request)).run_in_background()

    def _history_loaded(self, code: str, rows: list[AssessmentRow], request: int) -> None:
        if code != self.template_box.currentData() or request != self._history_request:
            return  # another template picked, or a newer read asked, meanwhile
        keep = self._select_id or next((i.data(Qt.ItemDataRole.UserRole)
                                        for i in self.history_list.selectedItems()), None)
        self._select_id = None
        self.history = rows
        self.history_list.blockSignals(True)
        self.history_list.clear()
        for row in rows:
            text = day(row.assessed_on) + (f"  ·  {row.operator}" if row.operator else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.history_list.addItem(item)
        self.history_list.blockSignals(False)
        if not rows:
            self.reader.setHtml(self._empty_html())
            if self.form is None:
                self.pages.setCurrentWidget(self.reader)
            self._selection_changed()
            return
        target = next((i for i, r in enumerate(rows) if r.id == keep), 0)
        self.history_list.setCurrentRow(target)

    def _empty_html(self) -> str:
        template = self.current_template()
        name = html.escape(template.name) if template else ""
        return self.tr("<h3>%1</h3><p style='color:#6b7280'>Nessuna valutazione con questo "
                       "modello. Premi «Nuova valutazione» per compilarla.</p>") \
            .replace("%1", name)

    # ------------------------------------------------------------ history
    def selected_rows(self) -> list[AssessmentRow]:
        ids = {i.data(Qt.ItemDataRole.UserRole) for i in self.history_list.selectedItems()}
        return [r for r in self.history if r.id in ids]

    def _selection_changed(self) -> None:
        selected = self.selected_rows()
        self.compare_button.setEnabled(len(selected) == 2 and self.form is None)
        if self.form is not None:
            return
        if len(selected) == 1:
            template = self.current_template()
            self.reader.setHtml(reading_html(template, selected[0]))
            self.pages.setCurrentWidget(self.reader)

    def compare_selected(self) -> None:
        selected = self.selected_rows()
        if len(selected) != 2:
            return
        first, second = (r.id for r in selected)
        ops.compare_assessments(self, self.store, first, second).success(self._compared) \
            .run_in_background()

    def _compared(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.pages.setCurrentWidget(self._compare_view())
        self._show_comparison()

    def _show_comparison(self) -> None:
        c = self.comparison
        if c is None:
            return
        before, after = day(c.earlier.assessed_on), day(c.later.assessed_on)
        self.compare_title.setText(self.tr("Confronto tra il %1 e il %2")
                                   .replace("%1", before).replace("%2", after))
        diffs = c.differences
        counts = {d: sum(1 for line in diffs if line.direction == d) for d in (1, -1, 0)}
        self.compare_summary.setText(
            self.tr("Nessuna differenza tra le due valutazioni.") if not diffs else
            self.tr("%1 risposte diverse: %2 migliorate, %3 peggiorate, %4 cambiate.")
            .replace("%1", str(len(diffs))).replace("%2", str(counts[1]))
            .replace("%3", str(counts[-1])).replace("%4", str(counts[0])))
        lines = diffs if self.only_differences.isChecked() else c.lines
        table = self.compare_table
        table.setHorizontalHeaderLabels([self.tr("Domanda"), before, after, ""])
        table.setRowCount(0)
        section = None
        for line in lines:
            if line.section != section:
                section = line.section
                r = table.rowCount()
                table.insertRow(r)
                item = QTableWidgetItem(section)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(QColor("#0f4c5c")))
                table.setItem(r, 0, item)
                table.setSpan(r, 0, 1, 4)
            r = table.rowCount()
            table.insertRow(r)
            mark = self._mark(line.direction) if line.changed else ""
            background, foreground = MARK_COLOURS[line.direction]
            for column, text in enumerate((line.question, line.before, line.after, mark)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if line.changed:
                    item.setBackground(QBrush(QColor(background)))
                    if column >= 2:
                        item.setForeground(QBrush(QColor(foreground)))
                table.setItem(r, column, item)
        table.resizeRowsToContents()

    def _mark(self, direction: int) -> str:
        return {1: self.tr("▲ migliorato"), -1: self.tr("▼ peggiorato")}.get(
            direction, self.tr("● cambiato"))

    # --------------------------------------------------------------- form
    def new_assessment(self) -> None:
        template = self.current_template()
        if template is None or self.form is not None:
            return
        self.pages.setCurrentWidget(self._form_view())
        self._form_template = template
        self.form = AssessmentForm(template.definition)
        self.form.changed.connect(self._form_changed)
        self.scroll.setWidget(self.form)
        self.form_title.setText(self.tr("Nuova valutazione: %1").replace("%1", template.name))
        self.date.setDate(QDate.currentDate())
        self.notes.blockSignals(True)
        self.notes.clear()
        self.notes.blockSignals(False)
        self.form_error.hide()
        self._form_dirty = False
        self._set_editing(True)
        first = next(iter(self.form.widgets.values()), None)
        if first is not None:
            first.setFocus()

    def _set_editing(self, editing: bool) -> None:
        self.template_box.setEnabled(not editing)
        self.new_button.setEnabled(not editing)
        self.save_button.setEnabled(editing)
        self.compare_button.setEnabled(not editing and len(self.selected_rows()) == 2)

    def _form_changed(self) -> None:
        self._form_dirty = True
        self.form_error.hide()

    def save(self) -> None:
        if self.form is None:
            return
        self.save_button.setEnabled(False)
        (template_ops.save_assessment(self, self.store, self.person_id, self._form_template,
                                      self.form.answers(), self.date.date().toPython(),
                                      self.notes.toPlainText())
         .success(self._saved)
         .failure(lambda exc: (self.save_button.setEnabled(True),
                               self._form_error(failure_message(exc))))
         .run_in_background())

    def _form_error(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.show()

    def _saved(self, assessment_id: str) -> None:
        """The history reloads on its own (the write is broadcast): select the new one."""
        self._select_id = assessment_id
        self._close_form()

    def _close_form(self) -> None:
        form, self.form = self.form, None
        self._form_dirty = False
        self._set_editing(False)
        self.pages.setCurrentWidget(self.reader)
        if form is not None:
            self.scroll.takeWidget()
            form.deleteLater()
        self._selection_changed()

    def edit_templates(self):
        """The template editor, open on the template chosen here."""
        return open_template_editor(self, self.store, self.template_box.currentData())

    def leave_form(self) -> None:
        if self.can_close():
            self.history_list.setFocus()

    def can_close(self) -> bool:
        """A form with answers not yet saved asks before it is dropped."""
        if self.form is None:
            return True
        if self._form_dirty:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Tessere"),
                              self.tr("La valutazione che stai compilando non è salvata."),
                              QMessageBox.StandardButton.NoButton, self)
            box.setObjectName("unsavedAssessmentBox")
            discard = box.addButton(self.tr("Scarta"), QMessageBox.ButtonRole.DestructiveRole)
            stay = box.addButton(self.tr("Continua a compilare"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(stay)
            box.setEscapeButton(stay)
            box.exec()
            if box.clickedButton() is not discard:
                return False
        self._close_form()
        return True


TAB = ValutazioniTab
