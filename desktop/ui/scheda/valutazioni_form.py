"""The form of one assessment template and the page that reads one filling.

The form is generated from the template's definition (data seeded from
db/seeds): a text box for "text", a choice list for "scale", "choice" and
"bool". Answers are worded by ``core.cartella.valutazioni.format_answer``, so
the form, the reading page and the comparison say them the same way.
"""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.cartella.valutazioni import (
    UNANSWERED, AssessmentRow, TemplateInfo, format_answer, questions,
)
from desktop.core.formats import day


class _Choice(QComboBox):
    """A choice list that ignores the mouse wheel unless focused, so scrolling a
    long form never changes an answer by accident."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class AssessmentForm(QWidget):
    """The widgets of one template's definition; ``widgets`` maps question codes."""

    changed = Signal()

    def __init__(self, definition: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("assessmentForm")
        self.questions = questions(definition)
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(6)
        for section in definition["sections"]:
            heading = QLabel(section["label"])
            heading.setObjectName("sectionTitle")
            layout.addWidget(heading)
            for q in section["questions"]:
                label = QLabel(q["label"])
                label.setWordWrap(True)
                widget = self._widget_for(q)
                label.setBuddy(widget)
                if not isinstance(widget, QPlainTextEdit):  # the buddy is the combo's row
                    widget.combo.setAccessibleName(q["label"])
                layout.addWidget(label)
                layout.addWidget(widget)
                self.widgets[q["code"]] = widget
            layout.addSpacing(8)
        layout.addStretch(1)

    def _widget_for(self, q: dict[str, Any]) -> QWidget:
        if q["type"] == "text":
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(58)
            box.textChanged.connect(self.changed.emit)
            return box
        combo = _Choice()
        combo.addItem(UNANSWERED, None)
        if q["type"] == "scale":
            for value in range(q["scale"]["min"], q["scale"]["max"] + 1):
                combo.addItem(format_answer(q, value), value)
        elif q["type"] == "choice":
            for option in q.get("options", []):
                combo.addItem(option["label"], option["code"])
        else:
            combo.addItem(self.tr("Sì"), True)
            combo.addItem(self.tr("No"), False)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(combo)
        line.addStretch(1)
        row.setFocusProxy(combo)
        row.combo = combo
        return row

    def answers(self) -> dict[str, Any]:
        out = {}
        for code, widget in self.widgets.items():
            value = (widget.toPlainText().strip() if isinstance(widget, QPlainTextEdit)
                     else widget.combo.currentData())
            if value not in (None, ""):
                out[code] = value
        return out

    def set_answers(self, answers: dict[str, Any]) -> None:
        for code, widget in self.widgets.items():
            value = answers.get(code)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            else:
                widget.combo.setCurrentIndex(max(widget.combo.findData(value), 0))


def reading_html(template: TemplateInfo, row: AssessmentRow) -> str:
    """One filling as a readable page, in the wording of the version it was
    filled with (``template``'s when the row does not carry one)."""
    who = f" · {html.escape(row.operator)}" if row.operator else ""
    definition = row.definition or template.definition
    parts = [f"<h2 style='margin:0'>{html.escape(row.template_name or template.name)}</h2>",
             f"<p style='color:#6b7280'>{day(row.assessed_on)}{who}</p>"]
    for section in definition["sections"]:
        parts.append(f"<h3 style='color:#0f4c5c;margin-top:14px'>"
                     f"{html.escape(section['label'])}</h3>")
        for q in section["questions"]:
            answer = html.escape(format_answer(q, row.answers.get(q["code"]))).replace("\n", "<br>")
            parts.append(f"<p style='margin:4px 0'><span style='color:#4b5563'>"
                         f"{html.escape(q['label'])}</span><br><b>{answer}</b></p>")
    if row.notes:
        parts.append(f"<h3 style='color:#0f4c5c'>Note</h3><p>{html.escape(row.notes)}</p>")
    return "".join(parts)
