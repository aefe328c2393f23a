"""What the accessibility tests look at: every input and button a user can reach
in a window, and the name and description a screen reader announces for it
(Qt's own accessible interface: the accessible name, else the buddy label,
else the button's text; the description, else the tooltip)."""
from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QCalendarWidget, QComboBox,
    QHeaderView, QLineEdit, QPlainTextEdit, QScrollBar, QTabBar, QTextEdit, QWidget,
)

# Inputs and buttons (check boxes, radio and tool buttons are buttons; date
# edits and spin boxes are QAbstractSpinBox; lists, tables and trees item views).
CONTROLS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton,
            QAbstractItemView)
# Qt's own parts of a composite widget: the line edit of an editable combo or a
# spin box, a combo's popup list, a tab bar's scroll arrows, a calendar's grid.
COMPOSITES = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QCalendarWidget, QScrollBar)


def _part_of_qt_widget(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    if isinstance(widget, QHeaderView):
        return True
    if isinstance(widget, QAbstractButton) and isinstance(parent, QAbstractItemView):
        return True  # a table's corner button
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The inputs and buttons under ``root``, hidden ones included (they show later)."""
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, CONTROLS) and not _part_of_qt_widget(w, root)]


def accessible_text(widget: QWidget, kind: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(kind) or "").strip() if interface is not None else ""


def name_of(widget: QWidget) -> str:
    """What a screen reader calls the control. A combo box is called by its name or
    its label (on Linux Qt names it by its current value, «Tutti» or «—», and
    gives the label as a relation): its value alone is no name."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName().strip() or label_of(widget)
    return accessible_text(widget, QAccessible.Text.Name)


def label_of(widget: QWidget) -> str:
    """The text of the label that names ``widget`` (its buddy), if any."""
    interface = QAccessible.queryAccessibleInterface(widget)
    labels = [other.text(QAccessible.Text.Name) for other, relation in
              (interface.relations() if interface is not None else [])
              if relation & QAccessible.RelationFlag.Label]
    return (labels[0] or "").strip() if labels else ""


def description_of(widget: QWidget) -> str:
    return accessible_text(widget, QAccessible.Text.Description)


def describe(widget: QWidget) -> str:
    """Enough to find the widget in the code."""
    path, parent = [], widget.parentWidget()
    while parent is not None and len(path) < 3:
        path.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    hint = widget.toolTip() or (widget.placeholderText() if isinstance(widget, QLineEdit) else "")
    return (f"{type(widget).__name__} {widget.objectName()!r} in {'/'.join(reversed(path))}"
            + (f" ({hint!r})" if hint else ""))


def unnamed(root: QWidget) -> list[str]:
    """The controls under ``root`` a screen reader would announce without a name."""
    return [describe(w) for w in controls(root) if not name_of(w)]
