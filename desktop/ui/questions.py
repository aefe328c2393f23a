"""Questions that do not block the event loop.

A confirmation opened with ``exec()`` would stop background operations from
reporting while the user thinks; these boxes are window-modal and ``open()``ed,
and call back when the action is chosen. The action button is the default, so
Enter confirms and Esc keeps things as they are.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, text: str, action: str, on_yes: Callable[[], None], *,
        details: str = "", icon: QMessageBox.Icon = QMessageBox.Icon.Question,
        destructive: bool = False, name: str = "confirmBox") -> QMessageBox:
    """Open the question and return the box (tests find it by ``name``)."""
    box = QMessageBox(icon, QCoreApplication.translate("questions", "Tessere"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    if details:
        box.setInformativeText(details)
    role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    yes = box.addButton(action, role)
    box.addButton(QCoreApplication.translate("questions", "Annulla"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.open()
    return box
