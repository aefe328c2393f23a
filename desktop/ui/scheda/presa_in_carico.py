"""Presa in carico: the person's episodes (the open one first), and for the
selected one its phase track with dates, the wait in words and a button for
each transition the core says is possible now. Every transition asks its date
(and, to close, the reason) in a small form; the core refuses a wrong phase or
a wrong date and the form says why."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.cartella.presa_in_carico import EpisodeChoices, EpisodeFields, EpisodeRow
from desktop.core.errors import ValidationError
from desktop.ui.models import Column
from desktop.ui.operations import presa_in_carico as ops
from desktop.ui.scheda.tab_base import FormDialog, SchedaTab, combo_code, read_date

STYLE = """
#episodeCard { background: #f8fafc; border: 1px solid #e2e6ec; border-radius: 8px; }
#episodeTitle { font-size: 11pt; font-weight: 600; color: #0f4c5c; }
#episodeWait { font-size: 10.5pt; font-weight: 600; color: #111827; }
#episodeWait[waiting="true"] { color: #9a3412; }
#phaseStep { border-radius: 6px; background: #ffffff; border: 1px dashed #cfd6df; }
#phaseStep QLabel { color: #6b7280; background: transparent; border: none; }
#phaseStep[state="done"] { background: #e6f4f1; border: 1px solid #9fd3c9; }
#phaseStep[state="done"] QLabel { color: #0b3b36; }
#phaseStep[state="current"] { background: #0f766e; border: 1px solid #0f766e; }
#phaseStep[state="current"] QLabel { color: #ffffff; }
#phaseStep[state="skipped"] { background: #f3f4f6; border: 1px solid #e5e7eb; }
#stepName { font-weight: 600; }
#dateHint { color: #6b7280; }
"""

# What each place on the track says under the phase's name when it has no date.
NO_DATE = {"skipped": "non svolta", "to_come": "da fare", "current": "", "done": ""}
STATE_WORDS = {"done": "svolta", "current": "fase attuale", "to_come": "da fare",
               "skipped": "non svolta"}


class PhaseBox(QFrame):
    """One phase on the track: its name, its date, and where it stands."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("phaseStep")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(96)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(2)
        self.name = QLabel()
        self.name.setObjectName("stepName")
        self.name.setWordWrap(True)
        self.date = QLabel()
        self.date.setObjectName("stepDate")
        box.addWidget(self.name)
        box.addWidget(self.date)
        box.addStretch(1)
        self.state = ""

    def show_step(self, label: str, on: dt.date | None, state: str) -> None:
        self.state = state
        self.name.setText(label)
        if on is None:
            self.date.setText(self.tr(NO_DATE[state]))
        elif state == "to_come":  # entered once, to be lived again after a riprogettazione
            self.date.setText(f"({formats.day(on)})")
        else:
            self.date.setText(formats.day(on))
        words = self.tr(STATE_WORDS[state])
        self.setAccessibleName(f"{label}: {words}" + (f", {formats.day(on)}" if on else ""))
        self.setToolTip(self.tr("Fase già svolta il %1; si ripete dopo la riprogettazione")
                        .replace("%1", formats.day(on)) if on and state == "to_come" else words)
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        for label_widget in (self.name, self.date):
            self.style().unpolish(label_widget)
            self.style().polish(label_widget)


class PresaInCaricoTab(SchedaTab):
    watches = frozenset({"case_episode", "operator"})

    def __init__(self, store, person_id: str, parent=None):
        super().__init__(store, person_id, parent)
        self.setStyleSheet(STYLE)
        self.row: EpisodeRow | None = None  # the episode shown in the card
        self._keep_id: str | None = None  # the episode to select again after a reload
        self.new_button = self.add_button(self.tr("Nuova presa in carico…"), self.new_episode,
                                          name="newEpisode")
        self.new_button.setEnabled(False)
        self.add_button(self.tr("Modifica…"), lambda: self.edit_episode(self.selected()),
                        name="editEpisode", needs_row=True, needs_choices=True,
                        tooltip=self.tr("Origine, chi ha inviato la persona, responsabile, note "
                                        "(Invio)"))
        columns = [
            Column(self.tr("Segnalazione"), lambda r: formats.day(r.segnalazione_on)),
            Column(self.tr("Fase"), lambda r: r.phase_label if r.is_open
                   else self.tr("Chiusa il %1").replace("%1", formats.day(r.steps[-1].on))),
            Column(self.tr("Inviata da"), lambda r: r.origin_label
                   + (f" — {r.referred_by}" if r.referred_by else "")),
            Column(self.tr("Responsabile"), lambda r: r.responsible_operator),
            Column(self.tr("Attesa"), lambda r: r.wait_text),
        ]
        self.build_rows_table(columns, stretch=2, fit=(0, 1, 3, 4), removable=False)
        self.table.parentWidget().setMaximumHeight(150)
        self.model.loaded.connect(self._reselect)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.modelReset.connect(self._show_selected)
        self._build_card()
        self._layout.addStretch(1)

    def _build_card(self) -> None:
        self.card = QFrame()
        self.card.setObjectName("episodeCard")
        box = QVBoxLayout(self.card)
        box.setContentsMargins(16, 12, 16, 14)
        box.setSpacing(10)
        self.card_title = QLabel()
        self.card_title.setObjectName("episodeTitle")
        self.card_facts = QLabel()
        self.card_facts.setObjectName("episodeFacts")
        self.card_facts.setWordWrap(True)
        box.addWidget(self.card_title)
        box.addWidget(self.card_facts)
        track = QHBoxLayout()
        track.setSpacing(6)
        self.steps: list[PhaseBox] = []
        for _ in range(8):
            step = PhaseBox()
            track.addWidget(step)
            self.steps.append(step)
        box.addLayout(track)
        self.wait_label = QLabel()
        self.wait_label.setObjectName("episodeWait")
        self.wait_label.setWordWrap(True)
        box.addWidget(self.wait_label)
        self.more_label = QLabel()
        self.more_label.setObjectName("episodeMore")
        self.more_label.setWordWrap(True)
        box.addWidget(self.more_label)
        self.card_actions = QHBoxLayout()
        self.card_actions.setSpacing(8)
        self.card_actions.addStretch(1)  # the buttons go before it
        box.addLayout(self.card_actions)
        self.action_buttons: list[QPushButton] = []
        self.card.hide()
        self._layout.addWidget(self.card)

    def title(self) -> str:
        return self.tr("Presa in carico")

    def empty_text(self) -> str:
        return self.tr("Nessuna presa in carico. Registra la segnalazione con «Nuova presa in "
                       "carico…»: da lì si misura l'attesa.")

    # ------------------------------------------------------------ loading
    def load(self) -> None:
        self.model.set_source(ops.episodes(self.person_id))
        if self.choices is None:
            ops.choices(self, self.store).success(self._choices_loaded).run_in_background()

    def _choices_loaded(self, choices: EpisodeChoices) -> None:
        super()._choices_loaded(choices)
        self._update_new_button()

    def _rows(self) -> list[EpisodeRow]:
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def _update_new_button(self) -> None:
        open_one = any(r.is_open for r in self._rows())
        self.new_button.setEnabled(self.choices is not None and self.model.has_loaded
                                   and not open_one)
        self.new_button.setToolTip(self.tr("C'è già una presa in carico aperta: chiudila prima "
                                           "di aprirne una nuova.") if open_one else "")

    def _reselect(self) -> None:
        """After a (re)load: the episode shown before, else the first (the open one)."""
        rows = self._rows()
        self._update_new_button()
        if not rows:
            return
        index = next((i for i, r in enumerate(rows) if r.id == self._keep_id), 0)
        self.table.selectRow(index)

    def _show_selected(self, *args) -> None:
        row = self.selected()
        if row is None and not self.model.has_loaded:
            return  # reloading: the card keeps the episode until its new state arrives
        if row is None:
            self.row = None
            self.card.hide()
            return
        self._keep_id = row.id
        self.show_episode(row)

    def show_episode(self, row: EpisodeRow) -> None:
        self.row = row
        if row.is_open:
            self.card_title.setText(self.tr("Presa in carico aperta — fase «%1»")
                                    .replace("%1", row.phase_label))
        else:
            self.card_title.setText(self.tr("Presa in carico chiusa il %1")
                                    .replace("%1", formats.day(row.steps[-1].on)))
        sent = row.origin_label + (f" ({row.referred_by})" if row.referred_by else "")
        facts = [self.tr("Inviata da: %1").replace("%1", sent),
                 self.tr("Responsabile: %1").replace(
                     "%1", row.responsible_operator or self.tr("non indicato"))]
        if row.twin_open:
            facts.append(self.tr("Attenzione: risulta aperta anche un'altra presa in carico "
                                 "(aperte su due portatili senza connessione). Chiudi quella "
                                 "di troppo con il motivo «registrata due volte»."))
        self.card_facts.setText("   ·   ".join(facts))
        for widget, step in zip(self.steps, row.steps):
            state = "done" if step.state == "current" and not row.is_open else step.state
            widget.show_step(step.label, step.on, state)
        self.wait_label.setText(row.wait_text)
        self.wait_label.setProperty("waiting", "true" if row.still_waiting else "false")
        self.wait_label.style().unpolish(self.wait_label)
        self.wait_label.style().polish(self.wait_label)
        more = []
        if row.delivery_days is not None:
            more.append(self.tr("Dalla progettazione all'erogazione: %1 giorni")
                        .replace("%1", str(row.delivery_days)))
        if row.closure_reason:
            more.append(self.tr("Motivo della chiusura: %1").replace("%1", row.closure_reason))
        if row.notes:
            more.append(self.tr("Note: %1").replace("%1", row.notes))
        self.more_label.setText("\n".join(more))
        self.more_label.setVisible(bool(more))
        self._build_action_buttons(row)
        self.card.show()

    def _build_action_buttons(self, row: EpisodeRow) -> None:
        for button in self.action_buttons:
            self.card_actions.removeWidget(button)
            button.deleteLater()
        self.action_buttons = []
        for name, label in row.actions:  # exactly what the core allows now
            button = QPushButton(label + "…")
            button.setObjectName(f"action_{name}")
            button.clicked.connect(lambda _=False, n=name, t=label: self.ask_transition(n, t))
            self.card_actions.insertWidget(len(self.action_buttons), button)
            self.action_buttons.append(button)

    # -------------------------------------------------------------- forms
    def ask_transition(self, action: str, label: str) -> FormDialog | None:
        row = self.row
        if row is None:
            return None
        fields: dict = {}
        dialog = FormDialog(self, label, label, lambda: self._transition(row, action, label,
                                                                         fields))
        fields["on"] = dialog.date_line(self.tr("Data:"), "on", dt.date.today())
        if row.latest_on:
            hint = QLabel(self.tr("Una data dal %1 (l'ultima registrata) a oggi.")
                          .replace("%1", formats.day(row.latest_on)))
            hint.setObjectName("dateHint")
            dialog.form.addRow("", hint)
        if action == "chiudi":
            reason = QComboBox()
            reason.setEditable(True)
            reason.addItems(self.choices.closure_reasons if self.choices else [])
            reason.setCurrentIndex(-1)
            reason.lineEdit().setPlaceholderText(self.tr("Scegli o scrivi il motivo"))
            reason.lineEdit().setMaxLength(200)
            fields["reason"] = dialog.add_row(self.tr("Motivo della chiusura:"), reason, "reason")
        return self.open_form(dialog)

    def _transition(self, row: EpisodeRow, action: str, label: str, fields: dict):
        on = read_date(fields["on"], self.tr("Data"), required=True)
        reason = None
        if "reason" in fields:
            reason = fields["reason"].currentText().strip()
            if not reason:
                raise ValidationError(self.tr("Indica il motivo della chiusura."), "reason")
        return ops.perform(self, self.store, row.id, action, on, reason)

    def activate(self, row: EpisodeRow) -> None:
        self.edit_episode(row)

    def new_episode(self) -> None:
        if self.choices is not None:
            self._open(None)

    def edit_episode(self, row: EpisodeRow | None) -> None:
        if row is not None and self.choices is not None:
            self._open(row)

    def _open(self, row: EpisodeRow | None) -> FormDialog:
        fields: dict = {}
        dialog = FormDialog(
            self, self.tr("Modifica presa in carico") if row else self.tr("Nuova presa in carico"),
            self.tr("Salva") if row else self.tr("Apri"), lambda: self._save(fields, row))
        fields["origin"] = dialog.combo(self.tr("Origine:"), "origin", self.choices.origins,
                                        row.origin if row else None)
        fields["referred_by"] = dialog.line(
            self.tr("Inviata da (chi esattamente):"), "referred_by",
            row.referred_by if row else "", placeholder=self.tr("es. Istituto comprensivo di "
                                                                "Vergato"))
        fields["reported"] = dialog.date_line(self.tr("Data della segnalazione:"),
                                              "segnalazione_on",
                                              row.segnalazione_on if row else dt.date.today())
        operators = [("", self.tr("(nessuno)")), *self.choices.operators]
        current = (row.responsible_operator_id if row else self.store.operator_id) or ""
        fields["operator"] = dialog.combo(self.tr("Operatore responsabile:"),
                                          "responsible_operator_id", operators, current)
        fields["notes"] = dialog.text_area(self.tr("Note:"), "notes", row.notes if row else "")
        return self.open_form(dialog)

    def _save(self, fields: dict, row: EpisodeRow | None):
        values = EpisodeFields(
            origin=combo_code(fields["origin"]),
            segnalazione_on=read_date(fields["reported"], self.tr("Data della segnalazione"),
                                      required=True),
            referred_by=fields["referred_by"].text(),
            responsible_operator_id=combo_code(fields["operator"]) or None,
            notes=fields["notes"].toPlainText())
        if row is None:
            self._keep_id = None  # show the new one (the open one comes first)
            return ops.open_episode(self, self.store, self.person_id, values)
        return ops.edit_episode(self, self.store, row.id, values)


TAB = PresaInCaricoTab
