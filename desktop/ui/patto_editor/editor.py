"""The patto editor: one patto, from its template, over the list it came from.

The editor works on a form (desktop.core.patti.form) filled by a background
query; nothing is written until «Salva» (Ctrl+S), which applies the whole form
through one named operation (desktop.ui.operations.patti). Unsaved work is kept
as a draft in the encrypted database a moment after each edit and offered back
if the program stopped before saving. The lifecycle buttons (actions.py) follow
the core: only the moves the state allows are shown; signing freezes the
version, so the editor turns read-only (amounts spent and verifications stay
open) until a «Modifica in itinere» opens the next version. Every write answers
with the patto as it is now, so the editor that made it does not reload.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMessageBox, QPushButton, QSizePolicy, QTabWidget, QWidget,
)

from desktop.core import formats
from desktop.core.patti import ACTIONS, STATE_LABELS
from desktop.core.patti.form import EditorData, Form, Problem, canonical, problems
from desktop.pdf.patto import patto_pdf
from desktop.ui.detail import DetailView
from desktop.ui.drafts import DraftWriter
from desktop.ui.operations import OpChanges, failure_message, log_failure
from desktop.ui.operations import nucleo as trap_ops
from desktop.ui.operations import patti as ops
from desktop.ui.patto_editor.actions import ACTION_LABELS, LifecycleActions
from desktop.ui.patto_editor.dialogs import ReasonDialog
from desktop.ui.patto_editor.sections import (
    BudgetSection, GeneralSection, GoalsSection, PeopleSection, Section, SupportsSection,
    VerificationsSection, scrolled,
)
from desktop.ui.patto_editor.style import EDITOR_QSS
from desktop.ui.patto_editor.versions import VersionsSection
from desktop.ui.patto_editor.widgets import Banner
from desktop.ui.print_actions import add_print_buttons, safe_file_name
from desktop.ui.scheda.nucleo import show_trap, trap_banner

DRAFT_EDITOR = "patto"
DRAFT_DELAY_MS = 1200
WATCHES = frozenset({"patto", "patto_beneficiary", "goal", "support", "budget_line",
                     "commitment", "signatory", "verification", "patto_version", "attivazione"})


class PattoEditor(DetailView, LifecycleActions):
    """Edit the patto ``patto_id``; ``key`` is ``patto:<id>``."""

    def __init__(self, store, patto_id: str, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.patto_id = patto_id
        self.key = f"patto:{patto_id}"
        self.setObjectName("pattoEditor")
        self.setStyleSheet(EDITOR_QSS)
        self.data: EditorData | None = None
        self._baseline: Form | None = None
        self._filling = False
        self._busy = False
        self._drafts = DraftWriter(store, DRAFT_EDITOR, patto_id)
        self._draft: dict | None = None  # the draft found on opening, offered once loaded
        self.confirm_box: QMessageBox | None = None
        self.reason_dialog: ReasonDialog | None = None

        self.title_label, self.subtitle_label = self.build_title_row(self.tr("Patto"),
                                                                     self.tr("Caricamento…"))
        self._full_title = self.tr("Patto")
        for label in (self.title_label, self.subtitle_label):  # long titles are elided
            label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())
        self.subtitle_label.setWordWrap(False)
        self.title_label.installEventFilter(self)
        self.state_chip = QLabel()
        self.state_chip.setObjectName("stateChip")
        self.state_chip.hide()
        self.title_row.addWidget(self.state_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        self.title_row.addSpacing(8)
        self.save_pdf_button, self.open_pdf_button = add_print_buttons(
            self.title_row, self, store,
            build=lambda session, progress: patto_pdf(session, patto_id),
            file_name=self._pdf_name)
        for button in (self.save_pdf_button, self.open_pdf_button):
            button.clicked.connect(self._pdf_note)

        self._build_actions()
        self.notice = Banner("notice")
        self.locked_banner = Banner("lockedBanner")
        self.draft_banner = Banner("draftBanner")
        self.trap_banner = trap_banner()  # the beneficiaries' benefit trap, if any
        self.expiry_banner = Banner("expiryBanner")  # past its end date: renew or close
        for banner in (self.draft_banner, self.locked_banner, self.expiry_banner, self.notice,
                       self.trap_banner):
            self._layout.addWidget(banner)
        self._build_tabs()

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._save_draft)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(lambda: self.save())
        self._set_enabled(False)
        self._load_draft_then_patto()

    # ------------------------------------------------------------------ layout
    def _build_actions(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.sign_button = self._action_button(self.tr("Firma"), "sign", self.sign)
        self.sign_button.setToolTip(self.tr(
            "Firma la versione corrente: da quel momento non si può più cambiare"))
        row.addWidget(self.sign_button)
        self.transition_buttons: dict[str, QPushButton] = {}
        for action in ACTIONS:
            button = self._action_button(self.tr(ACTION_LABELS[action]), action,
                                         lambda _=False, a=action: self.transition(a))
            self.transition_buttons[action] = button
            row.addWidget(button)
        divider = QLabel()
        divider.setObjectName("divider")
        divider.setFixedWidth(1)
        row.addWidget(divider)
        self.amend_button = self._action_button(self.tr("Modifica in itinere…"), "amend",
                                                self.amend)
        self.amend_button.setToolTip(self.tr(
            "Apre una nuova versione modificabile, con il motivo del cambiamento"))
        row.addWidget(self.amend_button)
        self.compare_button = self._action_button(self.tr("Confronta versioni"), "compare",
                                                  self.compare_versions)
        row.addWidget(self.compare_button)
        row.addStretch(1)
        self.dirty_label = QLabel(self.tr("● Modifiche non salvate"))
        self.dirty_label.setObjectName("dirtyLabel")
        self.dirty_label.hide()
        row.addWidget(self.dirty_label)
        self.save_button = QPushButton(self.tr("Salva"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Salva le modifiche (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        row.addWidget(self.save_button)
        self._layout.addLayout(row)

    def _action_button(self, text: str, name: str, slot: Callable) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"action_{name}")
        button.setProperty("role", "lifecycle")
        button.clicked.connect(slot)
        return button

    def _build_tabs(self) -> None:
        self.general = GeneralSection(self.store)
        self.goals = GoalsSection(self.store)
        self.supports = SupportsSection(self.store)
        self.budget = BudgetSection(self.store)
        self.people = PeopleSection(self.store, self._suggested_signatories)
        self.verifications = VerificationsSection(self.store)
        self.versions = VersionsSection()
        self.sections: list[Section] = [self.general, self.goals, self.supports, self.budget,
                                        self.people, self.verifications]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(True)
        self.add_tab_keys(self.tabs)
        for section in self.sections:
            self.tabs.addTab(scrolled(section), "")
            section.changed.connect(self._changed)
        self.tabs.addTab(self.versions, "")
        self.goals.changed.connect(self._goals_changed)
        self.supports.advance_requested.connect(self.advance_attivazione)
        self.supports.request_requested.connect(self.request_attivazione)
        self.goals.propose_requested.connect(self.propose_resources)
        self.versions.compare_requested.connect(self._run_compare)
        self._layout.addWidget(self.tabs, 1)
        self._update_tab_titles()

    def _update_tab_titles(self, form: Form | None = None) -> None:
        count = (lambda key: len(form[key])) if form else (lambda key: 0)
        titles = [
            self.tr("Persona e patto"),
            self.tr("Obiettivi (%1)").replace("%1", str(count("goals"))),
            self.tr("Sostegni (%1)").replace("%1", str(count("supports"))),
            self.tr("Budget (%1)").replace("%1", str(count("budget"))),
            self.tr("Impegni e firme"),
            self.tr("Verifiche (%1)").replace("%1", str(count("verifications"))),
            self.tr("Versioni (%1)").replace("%1", str(len(self.data.versions) if self.data else 0)),
        ]
        for index, text in enumerate(titles):
            self.tabs.setTabText(index, text)

    def tab_of(self, section: QWidget) -> int:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is section or getattr(page, "widget", lambda: None)() is section:
                return index
        return -1

    # ------------------------------------------------------------------ DetailView
    def title(self) -> str:
        return self.data.form["title"] if self.data else self.tr("Patto")

    def refresh(self, changes: OpChanges, initiator: object | None = None) -> None:
        """Reload for changes made elsewhere; the editor's own writes already
        answered with the patto as it is now."""
        if (self._busy or self.data is None or self._initiated_here(initiator)
                or not changes.touches(WATCHES)):
            return
        self.load()

    def _initiated_here(self, initiator: object | None) -> bool:
        if initiator is self:
            return True
        return (isinstance(initiator, QWidget) and shiboken6.isValid(initiator)
                and self.isAncestorOf(initiator))

    def can_close(self) -> bool:
        """Unsaved changes: Salva / Non salvare / Annulla."""
        if not self.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Tessere"), self.tr(
            "Il patto «%1» ha modifiche non salvate.").replace("%1", self.form()["title"]),
            parent=self)
        box.setObjectName("unsavedBox")
        box.setInformativeText(self.tr("Vuoi salvarle prima di chiudere?"))
        save = box.addButton(self.tr("Salva"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Non salvare"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Annulla"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        self.confirm_box = box
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self._save_and_wait()
        if clicked is discard:
            self._discard_draft()
            self._baseline = self.form()
            return True
        return False

    # ------------------------------------------------------------------ loading
    def _load_draft_then_patto(self) -> None:
        """A draft left by a crash is read first, so it is offered with the patto."""
        def found(draft: dict | None) -> None:
            self._draft = draft
            self.load()

        def failed(exc: BaseException) -> None:
            log_failure(exc)
            found(None)

        ops.load_draft(self, self.store, DRAFT_EDITOR, self.patto_id) \
            .success(found).failure(failed).run_in_background()

    def load(self) -> None:
        ops.load_patto(self, self.store, self.patto_id) \
            .success(self._loaded).failure(self._load_failed).run_in_background()

    def _load_failed(self, exc: BaseException) -> None:
        self.subtitle_label.setText("")
        self.notice.show_message(failure_message(exc), "error", closable=False)

    def _loaded(self, data: EditorData) -> None:
        first = self.data is None
        current = None if first else self.form()
        unchanged_by_user = first or canonical(current) == canonical(self._baseline)
        self.data = data
        if first or (unchanged_by_user and canonical(current) != canonical(data.form)):
            self._fill(data.form)
        self._baseline = data.form
        for section in self.sections:
            section.update_context(data)
        self._show_frame()
        self._set_enabled(True)
        self._changed()
        draft, self._draft = self._draft, None
        if first and draft:
            self._offer_draft(draft)
        trap_ops.patto_benefit_warnings(self, self.store, self.patto_id) \
            .success(lambda w: show_trap(self.trap_banner, w, names=True)) \
            .failure(log_failure).run_in_background()

    def _fill(self, form: Form) -> None:
        self._filling = True
        try:
            for section in self.sections:
                section.fill(form, self.data)
            self._goals_changed()
        finally:
            self._filling = False
        for section in self.sections:
            section._show_live_errors()

    def _show_frame(self) -> None:
        """Title, subtitle, state, the buttons the state allows, read-only mode."""
        data = self.data
        ref = data.reference
        self._full_title = data.form["title"] or self.tr("Patto senza titolo")
        self._elide_title()
        version = data.version
        status = (self.tr("firmata il %1").replace("%1", formats.day(version.signed_at))
                  if version.signed_at else self.tr("in preparazione"))
        kind = ref.label(ref.kinds, data.form["kind"])
        self.subtitle_label.setText(" · ".join(x for x in (
            kind, data.beneficiary_names,
            self.tr("versione %1, %2").replace("%1", str(data.current_version)).replace("%2", status),
        ) if x))
        self.state_chip.setText(STATE_LABELS.get(data.state, data.state))
        self.state_chip.setProperty("state", data.state)
        self.state_chip.style().unpolish(self.state_chip)
        self.state_chip.style().polish(self.state_chip)
        self.state_chip.show()

        read_only = self.read_only()
        for section in self.sections:
            section.set_read_only(read_only)
        self.sign_button.setVisible(data.can_sign)
        self.sign_button.setProperty("primary", data.state == "bozza" or not data.locked)
        for action in ACTIONS:
            allowed = action in data.actions
            button = self.transition_buttons[action]
            button.setVisible(allowed)
            button.setEnabled(allowed)
        self.amend_button.setVisible(data.can_amend)
        self.compare_button.setEnabled(len(data.versions) > 1)
        self.versions.set_versions(data.versions)
        if read_only and data.locked:
            self.locked_banner.show_message(self.tr(
                "Versione %1 firmata il %2: il contenuto è bloccato. Restano aggiornabili lo "
                "speso del budget e le verifiche. Per cambiare il resto usa «Modifica in "
                "itinere».").replace("%1", str(data.current_version))
                .replace("%2", formats.day(version.signed_at)), "locked", closable=False)
        elif read_only:
            self.locked_banner.show_message(self.tr(
                "Il patto è %1: non si modifica più.").replace(
                "%1", STATE_LABELS[data.state].lower()), "locked", closable=False)
        elif in_force := data.version_in_force:
            # An amendment in preparation: the signed version still governs the
            # patto (its state, activation, suspension) until this one is signed.
            self.locked_banner.show_message(self.tr(
                "In vigore resta la versione %1, firmata il %2. La versione %3 è in "
                "preparazione: vale solo dopo la firma.").replace("%1", str(in_force.number))
                .replace("%2", formats.day(in_force.signed_at))
                .replace("%3", str(data.current_version)), "info", closable=False)
        else:
            self.locked_banner.hide()
        if data.expired_on is not None:
            self.expiry_banner.show_message(self.tr(
                "Il periodo del patto è finito il %1 ma il patto è ancora in corso: rinnovalo "
                "o chiudilo.").replace("%1", formats.day(data.expired_on)),
                "warning", [(self.tr("Rinnova"), lambda: self.settle_expired("rinnova")),
                            (self.tr("Chiudi"), lambda: self.settle_expired("chiudi"))],
                closable=False)
        else:
            self.expiry_banner.hide()
        for button in (self.sign_button, *self.transition_buttons.values()):
            button.style().unpolish(button)
            button.style().polish(button)

    def _elide_title(self) -> None:
        label = self.title_label
        label.setText(label.fontMetrics().elidedText(self._full_title, Qt.TextElideMode.ElideRight,
                                                     max(label.width(), 200)))
        label.setToolTip(self._full_title if label.text() != self._full_title else "")

    def eventFilter(self, watched, event) -> bool:
        if watched is self.title_label and event.type() == QEvent.Type.Resize:
            self._elide_title()
        return super().eventFilter(watched, event)

    def read_only(self) -> bool:
        return bool(self.data and self.data.read_only)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.sign_button, self.amend_button, self.compare_button,
                       *self.transition_buttons.values()):
            button.setEnabled(enabled and (button is not self.compare_button or
                                           bool(self.data and len(self.data.versions) > 1)))
        self.save_button.setEnabled(enabled and self.is_dirty())
        self.tabs.setEnabled(self.data is not None)

    # ------------------------------------------------------------------ the form
    def form(self) -> Form:
        form: Form = {}
        for section in self.sections:
            section.collect(form)
        return form

    def is_dirty(self, form: Form | None = None) -> bool:
        """Whether the form differs from what is saved (amounts and dates by value)."""
        if self._baseline is None:
            return False
        return canonical(form or self.form()) != canonical(self._baseline)

    def _changed(self) -> None:
        if self._filling or self.data is None:
            return
        form = self.form()
        dirty = self.is_dirty(form)
        self.dirty_label.setVisible(dirty)
        self.save_button.setEnabled(dirty and not self._busy)
        self._update_tab_titles(form)
        if dirty:
            self._draft_timer.start()

    def _goals_changed(self) -> None:
        """Supports choose among the goals as typed, saved or not."""
        self.supports.set_goals(self.goals.choices(),
                                {g["id"]: g["axis"] for g in self.goals.rows()})

    def _suggested_signatories(self) -> list[dict]:
        """The beneficiaries and the case manager, as signatories."""
        form = self.form()
        rows = [{"name": p["name"], "role": "beneficiario", "person_id": p["person_id"]}
                for p in form["beneficiaries"]]
        manager = self.data.reference.operator_details.get(form["case_manager_id"])
        if manager is not None:
            rows.append({"name": manager[0], "role": "case manager",
                         "operator_id": form["case_manager_id"], "organisation_id": manager[1]})
        return rows

    def show_problems(self, found: list[Problem], intro: str) -> None:
        """List what to fix and bring the first one into view."""
        shown = "".join(f"<li>{p}</li>" for p in found[:6])
        more = self.tr("<p>…e altri %n.</p>", "", len(found) - 6) if len(found) > 6 else ""
        self.notice.show_message(f"<b>{intro}</b><ul style='margin:2px 0'>{shown}</ul>{more}",
                                 "error")
        section = {"general": self.general, "beneficiaries": self.general, "goals": self.goals,
                   "supports": self.supports, "budget": self.budget,
                   "commitments": self.people, "signatories": self.people,
                   "verifications": self.verifications}[found[0].section]
        self.tabs.setCurrentIndex(self.tab_of(section))

    # ------------------------------------------------------------------ saving
    def save(self, then: Callable[[], None] | None = None,
             failed: Callable[[], None] | None = None) -> bool:
        """Write the form (Ctrl+S). False if something must be fixed first."""
        if self._busy or self.data is None:
            return False
        form = self.form()
        if not self.is_dirty(form):
            return False
        found = problems(form)
        if found:
            self.show_problems(found, self.tr("Il patto non è stato salvato: correggi prima"))
            return False

        def saved(_result) -> None:
            self.notice.show_message(self.tr("Patto salvato."), "success")
            if then is not None:
                then()

        self._write(self.tr("Salvataggio del patto…"),
                    ops.save_patto(self, self.store, self.patto_id, form), form, saved, failed)
        return True

    def _save_and_wait(self) -> bool:
        """Save while can_close() waits; the event loop keeps painting meanwhile."""
        loop = QEventLoop()
        outcome: dict[str, bool] = {}

        def done(ok: bool) -> None:
            outcome["ok"] = ok
            loop.quit()

        if not self.save(then=lambda: done(True), failed=lambda: done(False)):
            return False
        if "ok" not in outcome:
            loop.exec()
        return outcome["ok"]

    # ------------------------------------------------------------------ drafts
    def _save_draft(self) -> None:
        if self._busy or not self.is_dirty():
            return
        self._drafts.save({"form": self.form(), "version": self.data.current_version})

    def _discard_draft(self) -> None:
        self._draft_timer.stop()
        self._drafts.discard()

    def _offer_draft(self, draft: dict) -> None:
        form = draft.get("form")
        if not form or draft.get("version") != self.data.current_version or \
                canonical(form) == canonical(self.data.form):
            self._discard_draft()
            return
        when = draft.get("saved_at", "")
        try:
            when = formats.day_time(dt.datetime.fromisoformat(when))
        except ValueError:
            pass
        self.draft_banner.show_message(
            self.tr("Ci sono modifiche non salvate del %1, rimaste in sospeso quando il "
                    "programma si è chiuso. Vuoi riprenderle?").replace("%1", when),
            "warning", [(self.tr("Ripristina"), lambda: self.restore_draft(form)),
                        (self.tr("Scarta"), self._reject_draft)], closable=False)

    def restore_draft(self, form: Form) -> None:
        self.draft_banner.hide()
        self._fill(form)
        self._changed()

    def _reject_draft(self) -> None:
        self.draft_banner.hide()
        self._discard_draft()

    # ------------------------------------------------------------------ printing
    def _pdf_name(self) -> str:
        names = self.data.beneficiary_names if self.data else ""
        version = self.data.current_version if self.data else 1
        return safe_file_name(f"patto {names} v{version}")

    def _pdf_note(self) -> None:
        if self.is_dirty():
            self.notice.show_message(self.tr(
                "Il PDF mostra l'ultima versione salvata: salva per includere le modifiche."),
                "info")
