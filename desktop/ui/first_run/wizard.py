"""The wizard: its pages in order, «Salta questo passo», and waiting for a
step's operations with the page held still."""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Callable, Iterator

from PySide6.QtWidgets import QWidget, QWizard

from desktop.ui.first_run.database import ProtectionPage, WelcomePage
from desktop.ui.first_run.people import AdministratorPage, DonePage, ProfilePage
from desktop.ui.first_run.step import NEW, StepPage
from desktop.ui.first_run.team import SyncPage, TeamPage
from desktop.ui.operations import wait_for
from desktop.ui.operations import first_run as ops
from desktop.ui.operations.first_run import SetupState
from desktop.ui.screen_fit import FittedWizard


class FirstRunWizard(FittedWizard):
    """``path``: the database to create on a first start (``create_database(path,
    passphrase or None)`` makes it); or ``store``: the open database, from the menu."""

    def __init__(self, path: Path | None = None, store=None,
                 create_database: Callable[[Path, str | None], object] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Tessere — configurazione guidata"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 520)
        self.path, self.store, self.create_database = path, store, create_database
        self.choice = NEW
        self.state: SetupState | None = None
        self.skipping = False
        if store is None:
            self.welcome = WelcomePage(path)
            self.protection = ProtectionPage()
            self.addPage(self.welcome)
            self.addPage(self.protection)
        self.team, self.sync_step = TeamPage(), SyncPage()
        self.profile, self.administrator = ProfilePage(), AdministratorPage()
        for page in (self.team, self.sync_step, self.profile, self.administrator, DonePage()):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        B = QWizard.WizardButton  # every step writes something: there is no going back
        self.setButtonLayout([B.Stretch, B.CustomButton1, B.NextButton, B.CommitButton,
                              B.FinishButton, B.CancelButton])
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Salta questo passo"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Avanti >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Indietro"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Inizia a lavorare"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annulla"))
        self.customButtonClicked.connect(self._skip)
        self.currentIdChanged.connect(self._page_changed)

    def step_pages(self) -> list[StepPage]:
        return [self.page(i) for i in self.pageIds()]

    def _page_changed(self, _id: int) -> None:
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Avanti >"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Avanti >"))
        page = self.currentPage()
        if page is not None and page.objectName() == "protectionPage":
            self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Crea il database"))
        self.update_skip_button()

    def update_skip_button(self) -> None:
        page = self.currentPage()
        visible = isinstance(page, StepPage) and page.skippable and getattr(page, "can_skip", True)
        self.button(QWizard.WizardButton.CustomButton1).setVisible(visible)

    def _skip(self, which: int) -> None:
        if which != QWizard.WizardButton.CustomButton1.value:
            return
        self.skipping = True
        try:
            self.next()
        finally:
            self.skipping = False

    def refresh_state(self) -> SetupState | None:
        if self.store is None:
            return None
        ok, result = self.wait_for(ops.setup_state(self, self.store))
        self.state = result if ok else self.state
        return self.state

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        """The page and the buttons wait while a step works, so it cannot run
        twice (the progress dialog, a window of its own, stays usable)."""
        widgets = [self.currentPage()] + [self.button(b) for b in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton, QWizard.WizardButton.CustomButton1)]
        enabled = [w.isEnabled() for w in widgets if w is not None]
        for widget in widgets:
            if widget is not None:
                widget.setEnabled(False)
        try:
            yield
        finally:
            for widget, was in zip([w for w in widgets if w is not None], enabled):
                widget.setEnabled(was)

    def wait_for(self, op) -> tuple[bool, object]:
        """Runs ``op`` in the background, the page waiting: (True, result) or
        (False, exception)."""
        with self.busy():
            return wait_for(op)
