"""What every page of the wizard shares: the step's commit and skip, its
message, and the small widgets they are made of."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget, QWizardPage,
)

from desktop.ui.fields import path_row
from desktop.ui.pages.sincronizzazione.widgets import say
from desktop.ui.screen_fit import BodyScroll

if TYPE_CHECKING:
    from desktop.ui.first_run.wizard import FirstRunWizard

NEW, EXISTING, DEMO = "nuovo", "esistente", "demo"


def wrapped_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def choice_radio(text: str, group: QButtonGroup, layout, description: str = "") -> QRadioButton:
    button = QRadioButton(text)
    button.setAccessibleName(text)
    if description:
        button.setAccessibleDescription(description)
        button.setToolTip(description)
    group.addButton(button)
    layout.addWidget(button)
    return button


class StepPage(QWizardPage):
    """One step. ``commit`` does the step's work when the user goes on;
    «Salta questo passo» goes on without it. ``outcome`` is the line the last
    page shows for it."""

    skippable = True

    def __init__(self, title: str, intro: str):
        super().__init__()
        self.setTitle(title)
        self.setCommitPage(True)  # each step writes: going back would undo nothing
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        self.box = QVBoxLayout(body)
        outer.addWidget(BodyScroll(body))  # a small screen scrolls the step, not the buttons
        self.box.setSpacing(10)
        self.intro = wrapped_label(intro, "pageSubtitle")  # wraps, where a wizard's subtitle clips
        self.box.addWidget(self.intro)
        self.message = wrapped_label(name="errorLabel")
        self.message.hide()
        self.outcome = ""

    def add_message(self) -> None:
        self.box.addStretch(1)
        self.box.addWidget(self.message)

    def wizard(self) -> "FirstRunWizard":
        return super().wizard()

    @property
    def store(self):
        return self.wizard().store

    def say(self, text: str, ok: bool = False) -> None:
        say(self.message, text, ok)

    def validatePage(self) -> bool:
        if self.wizard().skipping:
            self.outcome = self.skipped_outcome()
            return True
        self.say("")
        return self.commit()

    def commit(self) -> bool:
        return True

    def skipped_outcome(self) -> str:
        return self.tr("%1: saltato.").replace("%1", self.title())


def indented_path(field: QLineEdit, button_text: str, choose, layout) -> QWidget:
    """A path field under its choice, with the button that chooses it."""
    browse = QPushButton(button_text)
    browse.clicked.connect(choose)
    row = QWidget()
    row.setLayout(path_row(field, browse))
    row.layout().setContentsMargins(24, 0, 0, 0)
    layout.addWidget(row)
    return row
