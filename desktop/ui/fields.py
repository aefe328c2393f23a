"""Small input pieces the dialogs and the first-run wizard share."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton


def password_field(name: str, accessible: str | None = None,
                   placeholder: str | None = None) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    if accessible:
        field.setAccessibleName(accessible)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def path_row(field: QLineEdit, browse: QPushButton, name: str = "") -> QHBoxLayout:
    """A path to type, and the button that chooses it. A layout is no label's
    buddy: ``name`` is what a screen reader calls the field and the button."""
    if name:
        field.setAccessibleName(name)
        browse.setAccessibleDescription(name)
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(browse)
    return row
