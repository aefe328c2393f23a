"""The conflicts card: each conflict side by side (tengo il mio / tengo il loro /
modifico). The values come from ``desktop.sync.conflicts``; this module only
words them and lays them out."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.errors import TessereError
from desktop.sync.conflicts import ConflictView, typed_value
from desktop.ui.operations import failure_message
from desktop.ui.operations import sync as ops
from desktop.ui.pages.sincronizzazione.widgets import card, message_label, say

TABLE_LABELS = {
    "person": "Persona", "network_member": "Rete della persona", "case_episode": "Presa in carico",
    "diary_entry": "Voce di diario", "assessment": "Valutazione", "measure": "Misura",
    "document": "Documento", "deadline": "Scadenza", "patto": "Patto", "goal": "Obiettivo del patto",
    "support": "Sostegno del patto", "budget_line": "Voce di budget", "commitment": "Impegno",
    "signatory": "Firmatario", "verification": "Verifica", "patto_version": "Versione del patto",
    "service": "Servizio", "location": "Sede", "contact": "Contatto", "schedule": "Orario",
    "attivazione": "Attivazione", "organisation": "Ente", "operator": "Operatore",
}
FIELD_LABELS = {
    "first_name": "Nome", "last_name": "Cognome", "birth_date": "Data di nascita",
    "codice_fiscale": "Codice fiscale", "phone": "Telefono", "email": "Email",
    "address": "Indirizzo", "notes": "Note", "text": "Testo", "title": "Titolo", "name": "Nome",
    "description": "Descrizione", "status": "Stato", "occurred_at": "Data e ora",
    "due_on": "Scadenza", "start_on": "Inizio", "end_on": "Fine", "amount_cents": "Importo",
    "sex": "Sesso", "relationship": "Relazione", "role": "Ruolo",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SincronizzazionePage", text)


@dataclass(frozen=True)
class Side:
    caption: str
    text: str
    choice: str  # the engine's choice that keeps this side: "mio" (the value held here) or "loro"


@dataclass(frozen=True)
class ConflictItem:
    """A conflict as the page shows it: on the left the value this computer wrote
    (or, if it wrote neither, the value it holds now), on the right the other one."""

    id: str
    kind: str             # modifica / bloccato / eliminazione
    heading: str          # "Persona · Rossi Mario — Note"
    left: Side
    right: Side
    editor: str | None    # how "modifico" edits it: text, multiline, date, int, money, bool
    start_value: object   # what the editor starts from (the left value, wire form)


def show_value(kind: str | None, value) -> str:
    """A wire value, of a ``desktop.sync.conflicts.value_kind``, as people read it."""
    if value is None or value == "":
        return _tr("(vuoto)")
    if kind == "bool":
        return _tr("Sì") if value else _tr("No")
    if kind == "date":
        return formats.day(value)
    if kind == "money":
        return formats.money(value)
    if kind == "datetime" and isinstance(value, str):
        return formats.day_time(dt.datetime.fromisoformat(value))
    if isinstance(value, dict) and "$b64" in value:
        return _tr("(contenuto di un file)")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _computer(replica: str | None) -> str:
    return _tr("computer %1").replace("%1", (replica or "?")[:6])


def _sides(c: ConflictView, me: str) -> tuple[Side, Side, object]:
    held = show_value(c.value_kind, c.ours)
    other = show_value(c.value_kind, c.theirs)
    if c.kind == "bloccato":
        return (Side(_tr("CHIUSO O FIRMATO (valore attuale)"), held, "mio"),
                Side(_tr("MODIFICA ARRIVATA (%1)").replace("%1", _computer(c.their_replica)), other, ""),
                c.ours)
    if c.kind == "eliminazione":
        held = _tr("Tenuto, con le modifiche fatte dopo")
        other = _tr("Eliminato")
    mine = _tr("IL MIO (questo computer)")
    theirs = _tr("IL LORO (%1)")
    if c.their_replica == me:  # this computer's value lost the merge: it is the one kept aside
        return (Side(mine, other, "loro"),
                Side(theirs.replace("%1", _computer(c.our_replica)), held, "mio"), c.theirs)
    left_caption = mine if c.our_replica in (me, None) else _tr("ATTUALE (%1)").replace(
        "%1", _computer(c.our_replica))
    return (Side(left_caption, held, "mio"),
            Side(theirs.replace("%1", _computer(c.their_replica)), other, "loro"), c.ours)


def describe_conflicts(conflicts: list[ConflictView], me: str) -> list[ConflictItem]:
    items = []
    for c in conflicts:
        heading = TABLE_LABELS.get(c.table_name, c.table_name.replace("_", " ").capitalize())
        if c.record:
            heading += f" · {c.record}"
        if c.field:
            heading += " — " + FIELD_LABELS.get(c.field, c.field.replace("_", " ").capitalize())
        left, right, start = _sides(c, me)
        editor = c.value_kind if c.kind == "modifica" and c.value_kind != "datetime" else None
        items.append(ConflictItem(c.id, c.kind, heading, left, right, editor, start))
    return items


class ConflictWidget(QFrame):
    """One conflict: both values side by side and the three choices."""

    def __init__(self, page: "ConflictsSection", item: ConflictItem):
        super().__init__()
        self.page, self.item = page, item
        self.setObjectName("conflict")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        title = QLabel(item.heading)
        title.setObjectName("conflictTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        if item.kind == "bloccato":
            note = QLabel(self.tr("Il record è chiuso o firmato qui: la modifica arrivata non può "
                                  "entrare. Se serve, registra una correzione."))
        elif item.kind == "eliminazione":
            note = QLabel(self.tr("Un collega ha eliminato questo record mentre qui veniva "
                                  "modificato: è stato tenuto, nulla è andato perso."))
        else:
            note = None
        if note is not None:
            note.setObjectName("muted")
            note.setWordWrap(True)
            layout.addWidget(note)

        sides = QHBoxLayout()
        sides.setSpacing(10)
        sides.addWidget(self._side(item.left, "ours"), 1)
        sides.addWidget(self._side(item.right, "theirs"), 1)
        layout.addLayout(sides)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.mine_button = QPushButton(self.tr("Tengo il mio"))
        self.theirs_button = QPushButton(self.tr("Tengo il loro"))
        self.edit_button = QPushButton(self.tr("Modifico…"))
        self.mine_button.clicked.connect(lambda: self.page.resolve(self, item.left.choice))
        self.theirs_button.clicked.connect(lambda: self.page.resolve(self, item.right.choice))
        self.edit_button.clicked.connect(self._open_editor)
        if item.kind == "bloccato":  # a closed or signed record does not change
            self.mine_button.setText(self.tr("Ho visto, resta com'è"))
            self.theirs_button.hide()
        if item.editor is None:
            self.edit_button.setEnabled(False)
            self.edit_button.setVisible(item.kind == "modifica")
            self.edit_button.setToolTip(self.tr("Questo dato si modifica dalla sua scheda."))
        for button in (self.mine_button, self.theirs_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.editor_row = QWidget()
        editor_layout = QHBoxLayout(self.editor_row)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        self.editor = self._make_editor()
        editor_layout.addWidget(self.editor, 1)
        self.save_button = QPushButton(self.tr("Salva questo valore"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save_edit)
        editor_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        self.editor_row.hide()
        layout.addWidget(self.editor_row)
        self.message = message_label()
        layout.addWidget(self.message)

    def _side(self, side: Side, style: str) -> QFrame:
        box = QFrame()
        box.setObjectName("valueBox")
        box.setProperty("side", style)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 10)
        inner.setSpacing(4)
        head = QLabel(side.caption)
        head.setObjectName("valueCaption")
        head.setWordWrap(True)
        head.setMinimumWidth(120)
        inner.addWidget(head)
        value = QLabel(side.text)
        value.setObjectName("valueText")
        value.setWordWrap(True)
        value.setMinimumWidth(120)  # long texts wrap instead of widening the page
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(value)
        inner.addStretch(1)
        return box

    def _make_editor(self) -> QWidget:
        raw = self.item.start_value
        if self.item.editor == "bool":
            box = QCheckBox(self.tr("Sì"))
            box.setChecked(bool(raw))
            return box
        if self.item.editor == "multiline":
            edit = QPlainTextEdit("" if raw is None else str(raw))
            edit.setFixedHeight(80)
            return edit
        edit = QLineEdit()
        if self.item.editor == "date":
            edit.setPlaceholderText(self.tr("gg/mm/aaaa"))
            edit.setText(formats.day(raw) if raw else "")
        elif self.item.editor == "money":
            edit.setText(formats.money(raw).replace("€", "").strip() if raw is not None else "")
        else:
            edit.setText("" if raw is None else str(raw))
        return edit

    def _open_editor(self) -> None:
        self.editor_row.show()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def edited_value(self):
        """The typed value in wire form; ValueError/TessereError with an Italian message."""
        if self.item.editor == "bool":
            return self.editor.isChecked()
        text = self.editor.toPlainText() if self.item.editor == "multiline" else self.editor.text()
        return typed_value(self.item.editor, text, self.item.id)

    def _save_edit(self) -> None:
        try:
            value = self.edited_value()
        except (ValueError, TessereError) as exc:
            say(self.message, str(exc))
            return
        self.page.resolve(self, "modifica", value)

    def set_busy(self, busy: bool) -> None:
        self.setEnabled(not busy)


class ConflictsSection:
    """The page's conflicts card (a section of ``SincronizzazionePage``)."""

    def _build_conflicts(self) -> QFrame:
        frame, layout = card(self.tr("Conflitti da risolvere"), self.tr(
            "Quando due persone cambiano lo stesso dato prima di sincronizzare, vale l'ultima "
            "modifica ma l'altra resta qui: scegli quale tenere."))
        self.conflicts_card = frame
        self.conflict_widgets: list[ConflictWidget] = []
        self.conflicts_box = QVBoxLayout()
        self.conflicts_box.setSpacing(10)
        layout.addLayout(self.conflicts_box)
        self.no_conflicts = QLabel(self.tr("Nessun conflitto da risolvere."))
        self.no_conflicts.setObjectName("okLabel")
        layout.addWidget(self.no_conflicts)
        return frame

    def _show_conflicts(self, conflicts: list[ConflictView]) -> None:
        """Keeps the widgets of conflicts still open, so a value being typed in
        "modifico" survives a background sync."""
        items = describe_conflicts(conflicts, self.store.replica_id)
        kept = {w.item.id: w for w in self.conflict_widgets}
        wanted = {item.id for item in items}
        for conflict_id, widget in kept.items():
            if conflict_id not in wanted:
                self.conflicts_box.removeWidget(widget)
                widget.deleteLater()
        self.conflict_widgets = []
        for position, item in enumerate(items):
            widget = kept.get(item.id)
            if widget is None:
                widget = ConflictWidget(self, item)
                self.conflicts_box.insertWidget(position, widget)
            widget.set_busy(False)
            self.conflict_widgets.append(widget)
        self.no_conflicts.setVisible(not items)
        title = self.tr("Conflitti da risolvere")
        self.conflicts_card.heading.setText(f"{title} ({len(items)})" if items else title)

    def resolve(self, widget: ConflictWidget, choice: str, value=None) -> None:
        widget.set_busy(True)

        def failed(exc: BaseException) -> None:
            widget.set_busy(False)
            say(widget.message, failure_message(exc))

        (ops.resolve_conflict(self, self.store, widget.item.id, choice, value)
         .success(lambda _none: self._resolved())
         .failure(failed)
         .run_in_background())

    def _resolved(self) -> None:
        self.controller().refresh()
        self._reload()
