"""The scheda persona: one person's cartella, opened over the list it came from.

A header says who the person is (read in the background, see ``header``);
tabs hold the records: Diario, Presa in carico, Valutazioni, Patti, Rete, Misure, Documenti,
Scadenze. Each tab module defines ``TAB``, a widget built as
``TAB(store, person_id, parent)`` with ``title()`` and ``refresh(changes)``,
and optionally ``can_close()``. Tabs read nothing until they are first shown,
so opening a scheda costs the header and the visible tab only; the tabs after
the first are even built only once the scheda is on screen.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QTabWidget, QToolButton,
    QVBoxLayout, QWidget,
)

from desktop.pdf.cartella import cartella_pdf
from desktop.ui.detail import DetailView
from desktop.ui.duplicati.merged import MergedLine
from desktop.core.anagrafica import PersonHeader
from desktop.core.audit import ART_15, PURPOSES, with_purpose
from desktop.ui.operations import OpChanges, failure_message
from desktop.ui.operations import persone as operations
from desktop.ui.print_actions import add_print_buttons, safe_file_name
from desktop.ui.scheda.header import HEADER_TABLES, HeaderFacts, subtitle_for

__all__ = ["SchedaPersona", "tab_classes"]

STYLE = """
QPushButton:disabled { color: #9ca3af; border-color: #e2e6ec; }
#factsCard, #entryCard { background: #f8fafc; border: 1px solid #e2e6ec; border-radius: 8px; }
#factCaption { color: #6b7280; font-size: 9pt; }
#factValue { font-size: 11pt; font-weight: 600; color: #111827; }
#timelineFrame { background: #ffffff; border: 1px solid #e2e6ec; border-radius: 8px; }
#timeline { background: #ffffff; }
#entryText { background: transparent; border: none; font-size: 11pt; }
#entryEditorText, #assessmentReader { border: 1px solid #cfd6df; border-radius: 6px;
                                     background: #ffffff; }
#draftBanner { background: #fff7e0; border: 1px solid #f5d78e; border-radius: 6px; }
#sectionTitle { font-weight: 600; color: #0f4c5c; font-size: 11pt; padding-top: 4px; }
#assessmentScroll, #assessmentScroll > QWidget, #assessmentForm { background: transparent; }
#historyList { border: 1px solid #e2e6ec; border-radius: 6px; }
#historyList::item { padding: 6px 8px; }
#historyList::item:selected { background: #d7ece9; color: #0b3b36; }
QTabWidget::pane { border: none; border-top: 1px solid #e2e6ec; }
QTabBar::tab { padding: 7px 16px; border: none; border-bottom: 2px solid transparent;
               color: #4b5563; background: transparent; }
QTabBar::tab:selected { color: #0f4c5c; border-bottom: 2px solid #0f766e; font-weight: 600; }
QTabBar::tab:hover { color: #111827; }
#entryEditorText:focus, #assessmentReader:focus { border: 2px solid #0f766e; }
QTabBar::tab:selected:focus { background: #e3f1ee; border: 1px solid #0f766e; }
"""


def tab_classes() -> list[type[QWidget]]:
    """The tabs in the order they appear."""
    from desktop.ui.scheda import (
        consensi, diario, documenti, misure, nucleo, patti_tab, presa_in_carico, rete, scadenze,
        uvm, valutazioni,
    )

    return [m.TAB for m in (diario, presa_in_carico, valutazioni, uvm, patti_tab, rete, nucleo,
                            misure, documenti, scadenze, consensi)]


class SchedaPersona(DetailView):
    """The detail view of one person (key ``person:<id>``)."""

    def __init__(self, store, person_id: str, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.setObjectName("schedaPersona")
        self.setStyleSheet(STYLE)
        self.person_id = person_id
        self.key = f"person:{person_id}"
        self.info: PersonHeader | None = None
        self.include_confidential = False
        self.title_label, self.subtitle_label = self.build_title_row(
            self.tr("Scheda persona"), self.tr("Caricamento…"))
        self._build_actions()
        self.facts = HeaderFacts()
        self.facts.patto_activated.connect(self._open_patto)
        self._layout.addWidget(self.facts)
        self.merged_line = MergedLine(store, person_id)  # «Unita alla scheda di …»
        self._layout.addWidget(self.merged_line)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("schedaTabs")
        self.tabs.setDocumentMode(True)
        # Opened, the scheda gives the keyboard to its tabs: arrows or Ctrl+Tab and
        # Ctrl+PgDown move between them, Tab enters the one shown.
        self.setFocusProxy(self.tabs)
        self.add_tab_keys(self.tabs)
        first, *self._tabs_to_build = tab_classes()
        self._add_tab(first)
        QTimer.singleShot(0, self, self._build_next_tab)
        self._layout.addWidget(self.tabs, 1)
        self.new_entry_action = QAction(self.tr("Nuova voce di diario"), self)
        self.new_entry_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_entry_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_entry_action.triggered.connect(self.new_diary_entry)
        self.addAction(self.new_entry_action)
        self.load_header()

    def _build_actions(self) -> None:
        """"Modifica anagrafica" and the cartella PDF, right of the name."""
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.edit_button = QPushButton(self.tr("Modifica anagrafica"))
        self.edit_button.setObjectName("editPersonButton")
        self.edit_button.clicked.connect(self._edit_person)
        buttons.addWidget(self.edit_button)
        self.privacy_button = QToolButton()
        self.privacy_button.setObjectName("privacyButton")
        self.privacy_button.setText(self.tr("Privacy"))
        self.privacy_button.setAccessibleName(self.tr("Diritti della persona"))
        self.privacy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        privacy_menu = QMenu(self.privacy_button)
        self.restrict_action = privacy_menu.addAction(self.tr("Limita il trattamento (art. 18)…"))
        self.restrict_action.triggered.connect(self.restrict_person)
        self.lift_action = privacy_menu.addAction(self.tr("Revoca la limitazione (art. 18)…"))
        self.lift_action.triggered.connect(self.lift_restriction)
        self.lift_action.setVisible(False)
        self.erase_action = privacy_menu.addAction(self.tr("Cancella la persona (art. 17)…"))
        self.erase_action.triggered.connect(self.erase_person)
        self.privacy_button.setMenu(privacy_menu)
        buttons.addWidget(self.privacy_button)
        buttons.addSpacing(12)
        person_id = self.person_id
        self.save_pdf_button, self.open_pdf_button = add_print_buttons(
            buttons, self, self.store,
            build=lambda session, progress: self._cartella_pdf(session, person_id),
            file_name=lambda: safe_file_name(self.tr("Cartella %1").replace("%1", self.title())))
        self.confidential_box = QCheckBox(self.tr("Includi voci riservate nel PDF"))
        self.confidential_box.setToolTip(self.tr(
            "Stampa anche le voci di diario riservate e sensibili (sono omesse se non spunti)"))
        self.confidential_box.toggled.connect(lambda on: setattr(self, "include_confidential", on))
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addLayout(buttons)
        column.addWidget(self.confidential_box, 0, Qt.AlignmentFlag.AlignRight)
        # Why the cartella is printed: it goes in the audit log; a request of the
        # person (art. 15 GDPR) also prints who consulted the cartella.
        purpose_row = QHBoxLayout()
        purpose_row.addStretch(1)
        purpose_label = QLabel(self.tr("Scopo della stampa:"))
        self.purpose_box = QComboBox()
        self.purpose_box.setObjectName("printPurpose")
        self.purpose_box.setEditable(True)
        self.purpose_box.addItems(list(PURPOSES))
        self.purpose_box.setAccessibleName(self.tr("Scopo della stampa"))
        self.purpose_box.setToolTip(self.tr(
            "Resta nel registro degli accessi. «Richiesta dell'interessato» aggiunge al PDF "
            "chi ha consultato la cartella."))
        purpose_label.setBuddy(self.purpose_box)
        self.purpose_box.currentTextChanged.connect(lambda text: setattr(self, "print_purpose", text))
        self.print_purpose = self.purpose_box.currentText()
        purpose_row.addWidget(purpose_label)
        purpose_row.addWidget(self.purpose_box)
        column.addLayout(purpose_row)
        self.title_row.addLayout(column)
        self.title_row.setAlignment(column, Qt.AlignmentFlag.AlignTop)

    def _cartella_pdf(self, session, person_id: str) -> bytes:
        """On the worker: the values were copied from the widgets when they changed."""
        purpose = self.print_purpose
        with_purpose(session, purpose)
        return cartella_pdf(session, person_id, include_confidential=self.include_confidential,
                            with_accesses=purpose == ART_15)

    # ---------------------------------------------------------------- header
    def title(self) -> str:
        return self.info.full_name if self.info else self.tr("Scheda persona")

    def load_header(self) -> None:
        operations.person_header(self, self.store, self.person_id) \
            .success(self._header_loaded) \
            .failure(lambda exc: self.subtitle_label.setText(failure_message(exc))) \
            .run_in_background()
        self.facts.load_isee(self.store, self.person_id)

    def _header_loaded(self, info: PersonHeader) -> None:
        self.info = info
        self.title_label.setText(info.full_name)
        self.subtitle_label.setText(subtitle_for(info, self.tr))
        self.facts.show_info(info)
        restricted = info.restricted_on is not None
        self.restrict_action.setVisible(not restricted)
        self.lift_action.setVisible(restricted)

    # ------------------------------------------------------------------ tabs
    def _add_tab(self, cls: type[QWidget]) -> None:
        tab = cls(self.store, self.person_id, self.tabs)
        self.tabs.addTab(tab, tab.title())

    def _build_next_tab(self) -> None:
        """The tabs after the first are built once the scheda is on screen, one
        per turn of the event loop, so the first paint and the first rows never
        wait for them (a user cannot reach a tab within those few frames)."""
        if self._tabs_to_build:
            self._add_tab(self._tabs_to_build.pop(0))
            QTimer.singleShot(0, self, self._build_next_tab)

    def tab_widgets(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def tab(self, title: str) -> QWidget:
        return next(t for t in self.tab_widgets() if t.title() == title)

    def new_diary_entry(self) -> None:
        """Ctrl+N anywhere in the scheda: the Diario tab, with a new entry open."""
        diario = self.tab_widgets()[0]
        self.tabs.setCurrentWidget(diario)
        diario.new_entry()

    # ------------------------------------------------------------- actions
    def _edit_person(self) -> None:
        from desktop.ui.person_dialog import edit_person

        edit_person(self, self.store, self.person_id)

    def erase_person(self) -> None:
        from desktop.ui.privacy_dialogs import EraseDialog

        self.privacy_dialog = EraseDialog(self.store, self.person_id, self.title(), self)
        self.privacy_dialog.finished.connect(self._erase_finished)
        self.privacy_dialog.open()

    def _erase_finished(self, result: int) -> None:
        from desktop.ui.privacy_dialogs import EraseDialog

        if result == EraseDialog.RESTRICT_INSTEAD:
            self.restrict_person()
        elif result == EraseDialog.DialogCode.Accepted:
            window = self.window()
            window.statusBar().showMessage(self.tr("Cartella cancellata."), 8000)
            window.close_detail(self)

    def restrict_person(self) -> None:
        from desktop.ui.privacy_dialogs import RestrictDialog

        self.privacy_dialog = RestrictDialog(self.store, self.person_id, self.title(), self)
        self.privacy_dialog.accepted.connect(lambda: self.window().statusBar().showMessage(
            self.tr("Trattamento limitato: la persona è nascosta a chi non ha il permesso."),
            8000))
        self.privacy_dialog.open()

    def lift_restriction(self) -> None:
        from desktop.ui.privacy_dialogs import LiftRestrictionDialog

        self.privacy_dialog = LiftRestrictionDialog(self.store, self.person_id, self.title(),
                                                    self)
        self.privacy_dialog.accepted.connect(lambda: self.window().statusBar().showMessage(
            self.tr("Limitazione revocata: la persona torna visibile a chi segue il suo "
                    "distretto."), 8000))
        self.privacy_dialog.open()

    def _open_patto(self, patto_id: str) -> None:
        self.window().open_patto(patto_id)

    # ------------------------------------------------------------ DetailView
    def refresh(self, changes: OpChanges, initiator: object | None = None) -> None:
        if changes.touches(HEADER_TABLES):
            self.load_header()
        self.merged_line.refresh(changes)
        for tab in self.tab_widgets():
            tab.refresh(changes, initiator)

    def can_close(self) -> bool:
        """Each tab with something unsaved asks; the first that says no keeps the scheda."""
        for tab in self.tab_widgets():
            ask = getattr(tab, "can_close", None)
            if ask is not None and not ask():
                self.tabs.setCurrentWidget(tab)
                return False
        return True
