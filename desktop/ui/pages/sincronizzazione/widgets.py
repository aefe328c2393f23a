"""The page's style and the small widgets its sections share: cards, inline
messages, compact tables."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QLabel, QTableView, QVBoxLayout

from desktop.ui.models import RowsModel

STYLE = """
#conflict { background: #ffffff; border: 1px solid #f3c98b; border-left: 4px solid #d97706;
            border-radius: 8px; }
#conflictTitle { font-weight: 600; font-size: 11pt; }
#valueBox { background: #f8fafc; border: 1px solid #e2e6ec; border-radius: 6px; }
#valueBox[side="ours"] { background: #f0f7f6; border-color: #b9dcd7; }
#valueCaption { color: #4b5563; font-size: 9pt; font-weight: 600; }
#valueText { font-size: 10.5pt; }
#teamCode { font-family: monospace; font-size: 12pt; background: #ffffff; color: #0f4c5c;
            border: 1px dashed #9fb7c0; border-radius: 6px; padding: 8px 10px; }
#stateTitle { font-size: 15pt; font-weight: 600; color: #0f4c5c; }
#stateTitle[problem="true"] { color: #b45309; }
#okLabel { color: #0f766e; }
#smallTable { border: 1px solid #e2e6ec; border-radius: 6px; background: #ffffff;
              alternate-background-color: #f8fafc; }
#smallTable::item { padding: 0 6px; }
QPushButton:disabled { color: #9ca3af; background: #f3f4f6; border-color: #e5e7eb; }
"""


def card(title: str, note: str = "") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    layout.addWidget(heading)
    frame.heading = heading
    if note:
        label = QLabel(note)
        label.setObjectName("muted")
        label.setWordWrap(True)
        layout.addWidget(label)
    return frame, layout


def message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def say(label: QLabel, text: str, ok: bool = False) -> None:
    label.setObjectName("okLabel" if ok else "errorLabel")
    label.style().unpolish(label)  # the style sheet's rule for the new name applies
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def small_table(model: RowsModel, height: int, stretch: int, name: str) -> QTableView:
    """A short read-only table; ``name`` is what a screen reader calls it."""
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setObjectName("smallTable")
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setHighlightSections(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    model.loaded.connect(lambda: [view.resizeColumnToContents(c) for c in range(model.columnCount())
                                  if c != stretch])
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFixedHeight(height)
    return view
