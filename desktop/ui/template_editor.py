"""The assessment template editor: a template's name, description and
questions (section, text, type, scale bounds and labels, options), with a
preview of the form as the Valutazioni tab will show it.

Saving never changes a template in place: it adds a version (or a new
template), so past assessments keep the wording they were filled with.
Retiring hides a template from new assessments. The definition is checked
by ``core.cartella.templates.check_definition`` as it is typed, so the
message is there before «Salva» is pressed."""
from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QSplitter, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from desktop.core.cartella.templates import KINDS, TemplateInfo, check_definition
from desktop.core.errors import ValidationError
from desktop.ui.operations import failure_message
from desktop.ui.operations import templates as ops
from desktop.ui.questions import ask
from desktop.ui.scheda.valutazioni_form import AssessmentForm
from desktop.ui.screen_fit import FittedDialog, footer, scrolling_body

NEW = "__nuovo__"


def blank_question(section: str) -> dict[str, Any]:
    return {"section": section, "code": "", "label": "", "type": "scale",
            "scale": {"min": 1, "max": 5, "labels": {}}, "options": []}


def flatten(definition: dict[str, Any]) -> list[dict[str, Any]]:
    """The questions one after the other, each knowing its section."""
    return [dict(copy.deepcopy(q), section=s["label"])
            for s in definition.get("sections", []) for q in s.get("questions", [])]


def build(name: str, description: str, confidentiality: str,
          rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The definition from the rows: sections in the order they first appear."""
    sections: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        q = {k: v for k, v in row.items() if k in ("code", "label", "type")}
        if row["type"] == "scale":
            q["scale"] = row.get("scale") or {}
        elif row["type"] == "choice":
            q["options"] = row.get("options") or []
        sections.setdefault(row["section"].strip(), []).append(q)
    return {"name": name, "description": description, "confidentiality": confidentiality,
            "sections": [{"label": label, "questions": qs} for label, qs in sections.items()]}


def labels_text(labels: dict[str, str]) -> str:
    return "\n".join(f"{k} = {v}" for k, v in sorted(labels.items(), key=lambda kv: int(kv[0])))


def parse_labels(text: str) -> dict[str, str]:
    """«1 = Mai» per line; a line without «=» is ignored (it is being typed)."""
    out = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip().lstrip("-").isdigit() and value.strip():
            out[str(int(key.strip()))] = value.strip()
    return out


class QuestionPanel(QWidget):
    """The selected question: section, text, type and what the type needs."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.row: dict[str, Any] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.section = QLineEdit()
        self.section.setObjectName("questionSection")
        self.label = QPlainTextEdit()
        self.label.setObjectName("questionLabel")
        self.label.setFixedHeight(56)
        self.label.setTabChangesFocus(True)
        self.kind = QComboBox()
        self.kind.setObjectName("questionType")
        for code, label in KINDS.items():
            self.kind.addItem(label, code)
        self.low, self.high = QSpinBox(), QSpinBox()
        self.low.setObjectName("scaleMin")
        self.high.setObjectName("scaleMax")
        self.low.setAccessibleName(self.tr("Scala: valore minimo"))
        self.high.setAccessibleName(self.tr("Scala: valore massimo"))
        for box in (self.low, self.high):
            box.setRange(-100, 100)
        bounds = QWidget()
        line = QHBoxLayout(bounds)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(self.tr("da")))
        line.addWidget(self.low)
        line.addWidget(QLabel(self.tr("a")))
        line.addWidget(self.high)
        line.addStretch(1)
        self.scale_labels = QPlainTextEdit()
        self.scale_labels.setObjectName("scaleLabels")
        self.scale_labels.setPlaceholderText(self.tr("Una per riga, per esempio:\n1 = Mai\n"
                                                     "5 = Sempre"))
        self.scale_labels.setFixedHeight(84)
        self.options = QPlainTextEdit()
        self.options.setObjectName("choiceOptions")
        self.options.setPlaceholderText(self.tr("Un'opzione per riga"))
        self.options.setFixedHeight(96)
        form.addRow(self.tr("Sezione:"), self.section)
        form.addRow(self.tr("Domanda:"), self.label)
        form.addRow(self.tr("Tipo:"), self.kind)
        self.bounds_row, self.labels_row = bounds, self.scale_labels
        form.addRow(self.tr("Scala:"), bounds)
        form.addRow(self.tr("Etichette:"), self.scale_labels)
        form.addRow(self.tr("Opzioni:"), self.options)
        self.form = form
        self.section.textEdited.connect(self._store)
        self.label.textChanged.connect(self._store)
        self.kind.currentIndexChanged.connect(self._store)
        for box in (self.low, self.high):
            box.valueChanged.connect(self._store)
        self.scale_labels.textChanged.connect(self._store)
        self.options.textChanged.connect(self._store)

    def show_row(self, row: dict[str, Any] | None) -> None:
        self.row = None  # no echo while filling
        self.setEnabled(row is not None)
        row = row or blank_question("")
        self.section.setText(row["section"])
        self.label.setPlainText(row["label"])
        self.kind.setCurrentIndex(max(self.kind.findData(row["type"]), 0))
        scale = row.get("scale") or {}
        self.low.setValue(scale.get("min", 1) if isinstance(scale.get("min"), int) else 1)
        self.high.setValue(scale.get("max", 5) if isinstance(scale.get("max"), int) else 5)
        self.scale_labels.setPlainText(labels_text(scale.get("labels") or {}))
        self.options.setPlainText("\n".join(o["label"] for o in row.get("options") or []))
        self._show_kind(row["type"])
        self.row = row if self.isEnabled() else None

    def _show_kind(self, kind: str) -> None:
        for widget, wanted in ((self.bounds_row, "scale"), (self.labels_row, "scale"),
                               (self.options, "choice")):
            self.form.setRowVisible(widget, kind == wanted)

    def _store(self, *args) -> None:
        row = self.row
        kind = self.kind.currentData()
        self._show_kind(kind)
        if row is None:
            return
        row.update(section=self.section.text(), label=self.label.toPlainText(), type=kind)
        row["scale"] = {"min": self.low.value(), "max": self.high.value(),
                        "labels": parse_labels(self.scale_labels.toPlainText())}
        kept = {o["label"]: o.get("code", "") for o in row.get("options") or []}
        row["options"] = [{"code": kept.get(text.strip(), ""), "label": text.strip()}
                          for text in self.options.toPlainText().splitlines() if text.strip()]
        self.edited.emit()


class TemplateEditor(FittedDialog):
    """Choose a template (or «Nuovo modello»), edit its questions, look at the
    preview, save a new version; ``saved`` says which code changed."""

    saved = Signal(str)

    def __init__(self, store, parent: QWidget | None = None, code: str | None = None):
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Modelli di valutazione"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1000, 680)
        self.store = store
        self.templates: list[TemplateInfo] = []
        self.rows: list[dict[str, Any]] = []
        self._wanted = code
        self.confirm_box: QMessageBox | None = None
        self._build()
        self.reload()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        margins = (11, 11, 11, 11)
        outer, layout = scrolling_body(self, margins, 6)
        top = QHBoxLayout()
        picker_label = QLabel(self.tr("Modello:"))
        top.addWidget(picker_label)
        self.picker = QComboBox()
        picker_label.setBuddy(self.picker)
        self.picker.setObjectName("templatePicker")
        self.picker.setMinimumWidth(360)
        self.picker.currentIndexChanged.connect(self._picked)
        top.addWidget(self.picker, 1)
        self.retire_button = QPushButton(self.tr("Ritira modello…"))
        self.retire_button.setObjectName("retireTemplate")
        self.retire_button.setToolTip(self.tr("Non sarà più proposto per le nuove valutazioni; "
                                              "quelle fatte restano leggibili."))
        self.retire_button.clicked.connect(self.retire)
        top.addWidget(self.retire_button)
        layout.addLayout(top)

        head = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.name.setMaxLength(200)
        self.description = QPlainTextEdit()
        self.description.setObjectName("templateDescription")
        self.description.setFixedHeight(50)
        self.description.setTabChangesFocus(True)
        self.confidentiality = QComboBox()
        self.confidentiality.setObjectName("templateConfidentiality")
        self.confidentiality.addItem(self.tr("Ordinaria"), "ordinario")
        self.confidentiality.addItem(self.tr("Sanitaria (dati sulla salute)"), "sanitario")
        head.addRow(self.tr("Nome:"), self.name)
        head.addRow(self.tr("Descrizione:"), self.description)
        head.addRow(self.tr("Riservatezza:"), self.confidentiality)
        layout.addLayout(head)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("templateTabs")
        questions = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.question_list = QTreeWidget()  # sections, and their questions under them
        self.question_list.setObjectName("questionList")
        self.question_list.setAccessibleName(self.tr("Sezioni e domande"))
        self.question_list.setHeaderHidden(True)
        self.question_list.currentItemChanged.connect(lambda *_: self._select(self.current_row()))
        left_layout.addWidget(self.question_list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Aggiungi domanda"))
        self.add_button.setObjectName("addQuestion")
        self.add_button.clicked.connect(self.add_question)
        self.remove_button = QPushButton(self.tr("Togli"))
        self.remove_button.setObjectName("removeQuestion")
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button, self.down_button = QPushButton("↑"), QPushButton("↓")
        self.up_button.setToolTip(self.tr("Sposta su"))
        self.down_button.setToolTip(self.tr("Sposta giù"))
        self.up_button.setAccessibleName(self.tr("Sposta su la domanda"))
        self.down_button.setAccessibleName(self.tr("Sposta giù la domanda"))
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.panel = QuestionPanel()
        self.panel.edited.connect(self._question_edited)
        questions.addWidget(left)
        questions.addWidget(self.panel)
        questions.setSizes([420, 560])
        self.tabs.addTab(questions, self.tr("Domande"))
        self.preview = QScrollArea()
        self.preview.setObjectName("templatePreview")
        self.preview.setWidgetResizable(True)
        self.preview.setStyleSheet(  # section headings as the Valutazioni tab shows them
            "#sectionTitle { font-weight: 600; color: #0f4c5c; font-size: 11pt; "
            "padding-top: 4px; }")
        self.tabs.addTab(self.preview, self.tr("Anteprima"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        self.version_note = QLabel()
        self.version_note.setObjectName("muted")
        self.version_note.setWordWrap(True)
        bottom.addWidget(self.version_note, 1)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("savedNote")
        bottom.addWidget(self.saved_note)
        self.save_button = QPushButton(self.tr("Salva"))
        self.save_button.setObjectName("saveTemplate")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Chiudi"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        footer(outer, margins, self.message, bottom)
        self.name.textEdited.connect(self._check)
        self.description.textChanged.connect(self._check)

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        ops.usable_templates(self, self.store).success(self._loaded).run_in_background()

    def _loaded(self, templates: list[TemplateInfo]) -> None:
        self.templates = templates
        wanted = self._wanted or self.picker.currentData()
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItem(self.tr("Nuovo modello…"), NEW)
        for t in templates:
            origin = self.tr("équipe") if t.team else self.tr("Tessere")
            self.picker.addItem(f"{t.name} (v{t.version}, {origin})", t.code)
        self.picker.setCurrentIndex(max(self.picker.findData(wanted), 0) if wanted else 0)
        self.picker.blockSignals(False)
        self._wanted = None
        self._picked()

    def current(self) -> TemplateInfo | None:
        code = self.picker.currentData()
        return next((t for t in self.templates if t.code == code), None)

    def _picked(self) -> None:
        template = self.current()
        if self.sender() is self.picker:
            self.saved_note.clear()
        definition = template.definition if template else {}
        self.name.setText(template.name if template else "")
        self.description.blockSignals(True)
        self.description.setPlainText(definition.get("description", ""))
        self.description.blockSignals(False)
        self.confidentiality.setCurrentIndex(
            max(self.confidentiality.findData(definition.get("confidentiality", "ordinario")), 0))
        self.rows = flatten(definition) if template else [blank_question(self.tr("Domande"))]
        self.retire_button.setEnabled(template is not None)
        self.save_button.setText(self.tr("Salva come versione %1").replace(
            "%1", str(template.version + 1)) if template else self.tr("Crea modello"))
        self.version_note.setText(self.tr(
            "Le valutazioni già fatte restano con le parole della versione con cui sono state "
            "compilate.") if template else "")
        self._fill_list(0)

    def _fill_list(self, select: int) -> None:
        tree = self.question_list
        tree.blockSignals(True)
        tree.clear()
        self._items: list[QTreeWidgetItem] = []
        sections: dict[str, QTreeWidgetItem] = {}
        for index, row in enumerate(self.rows):
            name = self._section_name(row)
            parent = sections.get(name)
            if parent is None:
                parent = sections[name] = QTreeWidgetItem(tree, [name])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setExpanded(True)
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
            item = QTreeWidgetItem(parent, [self._item_text(row)])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self._items.append(item)
        tree.blockSignals(False)
        self.select_question(min(select, len(self.rows) - 1))
        self._check()

    def _section_name(self, row: dict[str, Any]) -> str:
        return row["section"].strip() or self.tr("(sezione senza titolo)")

    def _item_text(self, row: dict[str, Any]) -> str:
        label = " ".join(row["label"].split()) or self.tr("(domanda senza testo)")
        return f"{label} · {KINDS.get(row['type'], row['type'])}"

    def current_row(self) -> int:
        item = self.question_list.currentItem()
        index = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return index if isinstance(index, int) else -1

    def select_question(self, index: int) -> None:
        if 0 <= index < len(self._items):
            self.question_list.setCurrentItem(self._items[index])
        self._select(self.current_row())

    def question_texts(self) -> list[str]:
        """«Sezione › domanda · tipo», in order (what the tree shows)."""
        return [f"{item.parent().text(0)} › {item.text(0)}" for item in self._items]

    # ------------------------------------------------------------ editing
    def _select(self, index: int) -> None:
        self.panel.show_row(self.rows[index] if 0 <= index < len(self.rows) else None)

    def _question_edited(self) -> None:
        index = self.current_row()
        if 0 <= index < len(self.rows):
            if self._section_name(self.rows[index]) != self._items[index].parent().text(0):
                self._fill_list(index)  # moved to another section
                return
            self._items[index].setText(0, self._item_text(self.rows[index]))
        self._check()

    def add_question(self) -> None:
        index = self.current_row()
        section = self.rows[index]["section"] if 0 <= index < len(self.rows) else self.tr("Domande")
        self.rows.insert(index + 1, blank_question(section))
        self._fill_list(index + 1)
        self.panel.label.setFocus()

    def remove_question(self) -> None:
        index = self.current_row()
        if 0 <= index < len(self.rows):
            del self.rows[index]
            self._fill_list(index)

    def move_question(self, step: int) -> None:
        index = self.current_row()
        other = index + step
        if 0 <= index < len(self.rows) and 0 <= other < len(self.rows):
            self.rows[index], self.rows[other] = self.rows[other], self.rows[index]
            self._fill_list(other)

    def definition(self) -> dict[str, Any]:
        return build(self.name.text(), self.description.toPlainText(),
                     self.confidentiality.currentData(), self.rows)

    def _check(self, *args) -> dict[str, Any] | None:
        """The definition as it will be stored, or None with the message shown."""
        try:
            clean = check_definition(self.definition())
        except ValidationError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return None
        self.message.hide()
        return clean

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            clean = self._check()
            if clean is not None:
                self.preview.setWidget(AssessmentForm(clean))
            else:
                note = QLabel(self.tr("Correggi il modello per vederne l'anteprima."))
                note.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.preview.setWidget(note)

    # ------------------------------------------------------------ saving
    def save(self) -> None:
        clean = self._check()
        if clean is None:
            return
        template = self.current()
        self.save_button.setEnabled(False)
        (ops.save_template(self, self.store, clean, template.code if template else None)
         .success(self._saved)
         .failure(self._failed)
         .run_in_background())

    def _saved(self, info: TemplateInfo) -> None:
        self.save_button.setEnabled(True)
        self.saved_note.setText(self.tr("Salvato «%1», versione %2.").replace(
            "%1", info.name).replace("%2", str(info.version)))
        self._wanted = info.code
        self.saved.emit(info.code)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(failure_message(exc))
        self.message.show()

    def retire(self) -> None:
        template = self.current()
        if template is None:
            return
        self.confirm_box = ask(
            self, self.tr("Ritirare il modello «%1»? Non sarà più proposto per le nuove "
                          "valutazioni; quelle già fatte restano leggibili.").replace(
                              "%1", template.name),
            self.tr("Ritira"), lambda: self._retire(template.code), destructive=True)

    def _retire(self, code: str) -> None:
        (ops.retire_template(self, self.store, code)
         .success(lambda _r: (self.saved.emit(code), self.reload()))
         .failure(self._failed)
         .run_in_background())


def open_template_editor(parent: QWidget, store, code: str | None = None) -> TemplateEditor:
    """The editor as a window of its own over ``parent`` (non-blocking)."""
    editor = TemplateEditor(store, parent, code)
    editor.open()
    return editor
