"""Sincronizzazione: where this database sends and receives the team's changes.

Left, what matters day to day: the state with "Sincronizza ora", the conflicts
to resolve (each side by side: tengo il mio / tengo il loro / modifico) and the
history of syncs. Right, the settings: the target (a shared folder, or a WebDAV
server whose password goes to the OS keyring), the team ("crea squadra" shows
the recovery code, "unisciti alla squadra" takes it) and the other computers
seen. The syncing itself is the main window's
:class:`~desktop.ui.sync_controller.SyncController`: the page asks it and
listens to it, so the button and the background timer never sync twice at once.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QScrollArea,
    QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.errors import TessereError
from desktop.sync import crypto, engine, root, settings
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import CollectionOp, QueryOp, failure_message
from desktop.ui.pages.base import Page
from desktop.ui.sync_controller import SyncController, SyncState, local_time, read_state

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


# ---------------------------------------------------------------- reading (worker)
@dataclass
class Side:
    caption: str
    text: str
    choice: str  # the engine's choice that keeps this side: "mio" (the value held here) or "loro"


@dataclass
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


@dataclass
class PageData:
    state: SyncState
    target: settings.TargetSettings | None
    conflicts: list[ConflictItem]


def _models() -> dict[str, type]:
    from desktop.core.model import syncable_models

    return {m.__tablename__: m for m in syncable_models()}


def _record_label(session, table: str, row_id: str) -> str:
    from desktop.core.model import Person

    obj = session.get(_models()[table], row_id)
    if obj is None:
        return ""
    if isinstance(obj, Person):
        return f"{obj.last_name} {obj.first_name}"
    person_id = getattr(obj, "person_id", None)
    if person_id:
        person = session.get(Person, person_id)
        if person is not None:
            return f"{person.last_name} {person.first_name}"
    for attr in ("title", "name", "label", "code"):
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value:
            return value
    return ""


def _editor_for(column: sa.Column | None) -> str | None:
    if column is None:
        return None
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return "bool"
    if isinstance(kind, sa.DateTime):
        return None
    if isinstance(kind, sa.Date):
        return "date"
    if isinstance(kind, sa.Integer):
        return "money" if column.name.endswith("_cents") else "int"
    if isinstance(kind, sa.Text) or (isinstance(kind, sa.String) and (kind.length or 0) > 200):
        return "multiline"
    if isinstance(kind, sa.String):
        return "text"
    return None


def show_value(column: sa.Column | None, value) -> str:
    """A wire value as people read it."""
    if value is None or value == "":
        return _tr("(vuoto)")
    editor = _editor_for(column)
    if editor == "bool":
        return _tr("Sì") if value else _tr("No")
    if editor == "date":
        return formats.day(value)
    if editor == "money":
        return formats.money(value)
    if column is not None and isinstance(column.type, sa.DateTime) and isinstance(value, str):
        return formats.day_time(dt.datetime.fromisoformat(value))
    if isinstance(value, dict) and "$b64" in value:
        return _tr("(contenuto di un file)")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _computer(replica: str | None) -> str:
    return _tr("computer %1").replace("%1", (replica or "?")[:6])


def _sides(c: engine.ConflictView, me: str, column) -> tuple[Side, Side, object]:
    held = show_value(column, c.ours)
    other = show_value(column, c.theirs)
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


def describe_conflicts(store) -> list[ConflictItem]:
    items = []
    conflicts = engine.list_conflicts(store)
    with store.read() as session:
        for c in conflicts:
            table = _models()[c.table_name].__table__
            column = table.c[c.field] if c.field and c.field in table.c else None
            record = _record_label(session, c.table_name, c.row_id)
            heading = TABLE_LABELS.get(c.table_name, c.table_name.replace("_", " ").capitalize())
            if record:
                heading += f" · {record}"
            if c.field:
                heading += " — " + FIELD_LABELS.get(c.field, c.field.replace("_", " ").capitalize())
            left, right, start = _sides(c, store.replica_id, column)
            editor = _editor_for(column) if c.kind == "modifica" else None
            items.append(ConflictItem(c.id, c.kind, heading, left, right, editor, start))
    return items


def load_page(store) -> PageData:
    return PageData(read_state(store), settings.target_settings(store), describe_conflicts(store))


def _history_rows(session, offset: int, limit: int) -> list[engine.HistoryEntry]:
    from desktop.core.model import ReplicaMeta

    row = session.get(ReplicaMeta, engine.META_HISTORY)
    return engine.parse_history(row.value if row else None)[offset:offset + limit]


@dataclass
class PeerRow:
    replica_id: str
    bundles: int
    applied_at: dt.datetime | None
    operator: str


def _peer_rows(session, offset: int, limit: int) -> list[PeerRow]:
    from desktop.core.model import ChangeLog, Operator, SyncPeer

    out = []
    peers = session.execute(sa.select(SyncPeer.replica_id, SyncPeer.applied_bundle, SyncPeer.applied_at)
                            .order_by(SyncPeer.applied_at.desc()).offset(offset).limit(limit)).all()
    for replica, bundles, applied_at in peers:
        operator_id = session.scalar(sa.select(ChangeLog.operator_id).where(
            ChangeLog.replica_id == replica, ChangeLog.operator_id.is_not(None))
            .order_by(ChangeLog.seq.desc()).limit(1))
        operator = session.get(Operator, operator_id) if operator_id else None
        out.append(PeerRow(replica, bundles, applied_at, operator.full_name if operator else ""))
    return out


def _when(instant: dt.datetime | None) -> str:
    local = local_time(instant.isoformat()) if instant else None
    return formats.day_time(local)


# ---------------------------------------------------------------- widgets
def _card(title: str, note: str = "") -> tuple[QFrame, QVBoxLayout]:
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


def _message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _say(label: QLabel, text: str, ok: bool = False) -> None:
    label.setObjectName("okLabel" if ok else "errorLabel")
    label.setStyleSheet("")  # re-polish with the new object name
    label.setText(text)
    label.setVisible(bool(text))


def _small_table(model: RowsModel, height: int, stretch: int) -> QTableView:
    view = QTableView()
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


class ConflictWidget(QFrame):
    """One conflict: both values side by side and the three choices."""

    def __init__(self, page: "SincronizzazionePage", item: ConflictItem):
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
        self.message = _message_label()
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
        from desktop.core.anagrafica import parse_date

        editor = self.item.editor
        if editor == "bool":
            return self.editor.isChecked()
        text = (self.editor.toPlainText() if editor == "multiline" else self.editor.text()).strip()
        if not text:
            return None
        if editor == "date":
            return parse_date(text, self.item.id).isoformat()
        if editor == "money":
            return formats.parse_money(text)
        if editor == "int":
            try:
                return int(text)
            except ValueError:
                raise ValueError(self.tr("Scrivi un numero intero.")) from None
        return text

    def _save_edit(self) -> None:
        try:
            value = self.edited_value()
        except (ValueError, TessereError) as exc:
            _say(self.message, str(exc))
            return
        self.page.resolve(self, "modifica", value)

    def set_busy(self, busy: bool) -> None:
        self.setEnabled(not busy)


class SincronizzazionePage(Page):
    watches = frozenset()  # reloads after every sync and every change (pending count)

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.setStyleSheet(STYLE)
        self._controller: SyncController | None = None  # only when shown outside the main window
        self._listening: SyncController | None = None
        self.data: PageData | None = None
        self.conflict_widgets: list[ConflictWidget] = []
        self.build_header()
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 6, 0)
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(14)
        settings_column = QWidget()
        settings_column.setMinimumWidth(380)
        right = QVBoxLayout(settings_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(14)
        columns.addLayout(left, 3)
        columns.addWidget(settings_column, 2)
        left.addWidget(self._build_state())
        left.addWidget(self._build_conflicts())
        left.addWidget(self._build_history())
        left.addStretch(1)
        right.addWidget(self._build_target())
        right.addWidget(self._build_team())
        right.addWidget(self._build_peers())
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self._layout.addWidget(scroll, 1)

    def title(self) -> str:
        return self.tr("Sincronizzazione")

    def subtitle(self) -> str:
        return self.tr("Scambio delle modifiche con l'équipe, cifrate, attraverso una cartella "
                       "condivisa o un server.")

    # ------------------------------------------------------------- building
    def _build_state(self) -> QFrame:
        frame, layout = _card(self.tr("Stato"))
        self.state_label = QLabel()
        self.state_label.setObjectName("stateTitle")
        layout.addWidget(self.state_label)
        self.details_label = QLabel()
        self.details_label.setObjectName("muted")
        self.details_label.setWordWrap(True)
        layout.addWidget(self.details_label)
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sincronizza ora"))
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        row.addWidget(self.sync_button)
        self.confirm_root_button = QPushButton(self.tr("Usa questa cartella"))
        self.confirm_root_button.setToolTip(self.tr(
            "La cartella sembra vuota o sostituita. Confermala solo se è davvero quella della "
            "squadra: questo computer vi ripubblicherà tutte le sue modifiche."))
        self.confirm_root_button.clicked.connect(self.confirm_root)
        self.confirm_root_button.hide()
        row.addWidget(self.confirm_root_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.sync_message = _message_label()
        layout.addWidget(self.sync_message)
        return frame

    def _build_conflicts(self) -> QFrame:
        frame, layout = _card(self.tr("Conflitti da risolvere"), self.tr(
            "Quando due persone cambiano lo stesso dato prima di sincronizzare, vale l'ultima "
            "modifica ma l'altra resta qui: scegli quale tenere."))
        self.conflicts_card = frame
        self.conflicts_box = QVBoxLayout()
        self.conflicts_box.setSpacing(10)
        layout.addLayout(self.conflicts_box)
        self.no_conflicts = QLabel(self.tr("Nessun conflitto da risolvere."))
        self.no_conflicts.setObjectName("okLabel")
        layout.addWidget(self.no_conflicts)
        return frame

    def _build_history(self) -> QFrame:
        frame, layout = _card(self.tr("Cronologia delle sincronizzazioni"))
        self.history_model = RowsModel([
            Column(self.tr("Quando"), lambda e: _when(e.at)),
            Column(self.tr("Inviate"), lambda e: e.published, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Ricevute"), lambda e: e.applied, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Conflitti"), lambda e: e.conflicts or "", Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Esito"), lambda e: (self.tr("Riuscita") if e.ok else self.tr("Non riuscita"))
                   + (f" — {e.message}" if e.message else ""), tooltip=lambda e: e.message or None),
        ], self.store, batch=50)
        self.history_view = _small_table(self.history_model, 190, stretch=4)
        layout.addWidget(self.history_view)
        return frame

    def _build_target(self) -> QFrame:
        frame, layout = _card(self.tr("Dove sincronizzare"), self.tr(
            "Una cartella condivisa (rete, Nextcloud, chiavetta) oppure un server WebDAV. "
            "Le modifiche viaggiano cifrate con la chiave della squadra."))
        kinds = QVBoxLayout()
        kinds.setSpacing(2)
        self.folder_radio = QRadioButton(self.tr("Cartella condivisa"))
        self.webdav_radio = QRadioButton(self.tr("Server WebDAV / Nextcloud"))
        self.kind_group = QButtonGroup(self)
        for radio in (self.folder_radio, self.webdav_radio):
            self.kind_group.addButton(radio)
            kinds.addWidget(radio)
        self.folder_radio.setChecked(True)
        layout.addLayout(kinds)

        self.folder_box = QWidget()
        folder_column = QVBoxLayout(self.folder_box)
        folder_column.setContentsMargins(0, 0, 0, 0)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("Cartella condivisa"))
        folder_row.addWidget(self.folder_edit, 1)
        choose = QPushButton(self.tr("Scegli…"))
        choose.clicked.connect(self._choose_folder)
        folder_row.addWidget(choose)
        folder_column.addLayout(folder_row)
        self.group_access_box = QCheckBox(self.tr("Cartella di gruppo"))
        self.group_access_box.setToolTip(self.tr(
            "Per una cartella in cui i colleghi entrano con utenti diversi dello stesso gruppo. "
            "Senza questa scelta i pacchetti che Tessere scrive sono leggibili solo dal tuo "
            "utente. Sono comunque cifrati con la chiave della squadra."))
        folder_column.addWidget(self.group_access_box)
        layout.addWidget(self.folder_box)

        self.webdav_box = QWidget()
        grid = QGridLayout(self.webdav_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://cloud.esempio.it/remote.php/dav/files/utente/tessere")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for row, (label, edit) in enumerate(((self.tr("Indirizzo"), self.url_edit),
                                             (self.tr("Utente"), self.user_edit),
                                             (self.tr("Password"), self.password_edit))):
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(edit, row, 1)
        layout.addWidget(self.webdav_box)
        self.webdav_box.hide()
        self.folder_radio.toggled.connect(self._kind_changed)

        every = QHBoxLayout()
        every.addWidget(QLabel(self.tr("Sincronizza da solo ogni")))
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 240)
        self.interval_spin.setValue(settings.DEFAULT_INTERVAL)
        self.interval_spin.setSuffix(self.tr(" minuti"))
        every.addWidget(self.interval_spin)
        every.addStretch(1)
        layout.addLayout(every)

        row = QHBoxLayout()
        self.save_target_button = QPushButton(self.tr("Salva impostazioni"))
        self.save_target_button.clicked.connect(self.save_target)
        row.addWidget(self.save_target_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.target_message = _message_label()
        layout.addWidget(self.target_message)
        return frame

    def _build_team(self) -> QFrame:
        frame, layout = _card(self.tr("Squadra"))
        self.team_label = QLabel()
        self.team_label.setWordWrap(True)
        layout.addWidget(self.team_label)

        self.create_box = QWidget()
        create_layout = QVBoxLayout(self.create_box)
        create_layout.setContentsMargins(0, 0, 0, 0)
        self.create_button = QPushButton(self.tr("Crea squadra"))
        self.create_button.clicked.connect(self.create_team)
        create_row = QHBoxLayout()
        create_row.addWidget(self.create_button)
        create_row.addWidget(QLabel(self.tr("sul primo computer della squadra")), 1)
        create_layout.addLayout(create_row)
        join_label = QLabel(self.tr("Oppure unisciti alla squadra con il codice avuto da un collega:"))
        join_label.setWordWrap(True)
        create_layout.addWidget(join_label)
        join_row = QHBoxLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Codice della squadra"))
        self.code_edit.returnPressed.connect(self.join_team)
        join_row.addWidget(self.code_edit, 1)
        self.join_button = QPushButton(self.tr("Unisciti alla squadra"))
        self.join_button.clicked.connect(self.join_team)
        join_row.addWidget(self.join_button)
        create_layout.addLayout(join_row)
        layout.addWidget(self.create_box)

        self.show_code_button = QPushButton(self.tr("Mostra il codice della squadra"))
        self.show_code_button.clicked.connect(self.show_code)
        code_row = QHBoxLayout()
        code_row.addWidget(self.show_code_button)
        code_row.addStretch(1)
        layout.addLayout(code_row)
        self.code_label = QLabel()
        self.code_label.setObjectName("teamCode")
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.hide()
        layout.addWidget(self.code_label)
        self.code_note = QLabel(self.tr(
            "Scrivi questo codice sugli altri computer della squadra («Unisciti alla squadra») "
            "e conservalo in un posto sicuro: chi lo ha può leggere i dati sincronizzati."))
        self.code_note.setObjectName("muted")
        self.code_note.setWordWrap(True)
        self.code_note.hide()
        layout.addWidget(self.code_note)
        self.team_message = _message_label()
        layout.addWidget(self.team_message)
        return frame

    def _build_peers(self) -> QFrame:
        frame, layout = _card(self.tr("Computer della squadra visti"))
        self.peers_model = RowsModel([
            Column(self.tr("Computer"), lambda p: f"{p.replica_id[:6]} · {p.operator}" if p.operator
                   else p.replica_id[:6], tooltip=lambda p: p.replica_id),
            Column(self.tr("Ricevuti"), lambda p: p.bundles, Qt.AlignmentFlag.AlignRight,
                   tooltip=lambda p: self.tr("%1 pacchetti ricevuti").replace("%1", str(p.bundles))),
            Column(self.tr("Ultimo arrivo"), lambda p: _when(p.applied_at)),
        ], self.store, batch=50)
        layout.addWidget(_small_table(self.peers_model, 130, stretch=2))
        return frame

    # --------------------------------------------------------------- loading
    def controller(self) -> SyncController:
        """The main window's controller (a page shown alone gets its own)."""
        found = getattr(self.window(), "sync_controller", None)
        if found is None:
            if self._controller is None:
                self._controller = SyncController(self.store, self)
                self._controller.start()
            found = self._controller
        if self._listening is not found:
            found.finished.connect(self._sync_finished)
            found.running_changed.connect(self._running_changed)
            found.state_changed.connect(lambda _text: self._show_state())
            self._listening = found
        return found

    def refresh(self, changes, initiator: object | None = None) -> None:
        self._dirty = True
        if self.isVisible():
            self._reload()

    def load(self) -> None:
        self.controller()
        (QueryOp(self, self.store, lambda store, ctx: load_page(store))
         .success(self._show)
         .run_in_background())
        self.history_model.set_source(_history_rows)
        self.peers_model.set_source(_peer_rows)

    def _show(self, data: PageData) -> None:
        first = self.data is None
        self.data = data
        if first or not self._editing_target():
            self._show_target(data.target, data.state.interval)
        self._show_team(data.state.in_team)
        self._show_state()
        self._show_conflicts(data.conflicts)

    def _editing_target(self) -> bool:
        return any(w.hasFocus() for w in (self.folder_edit, self.url_edit, self.user_edit,
                                          self.password_edit))

    def _show_target(self, target: settings.TargetSettings | None, interval: int) -> None:
        self.interval_spin.setValue(interval)
        if target is None:
            return
        if target.kind == "webdav":
            self.webdav_radio.setChecked(True)
            self.url_edit.setText(target.url)
            self.user_edit.setText(target.user)
            self.password_edit.clear()
            self.password_edit.setPlaceholderText(self.tr("salvata nel portachiavi"))
        else:
            self.folder_radio.setChecked(True)
            self.folder_edit.setText(target.folder)
            self.group_access_box.setChecked(target.group_access)

    def _show_team(self, in_team: bool) -> None:
        self.create_box.setVisible(not in_team)
        self.show_code_button.setVisible(in_team and self.code_label.isHidden())
        if in_team:
            self.team_label.setText(self.tr("Questo computer fa parte della squadra."))
        else:
            self.team_label.setText(self.tr(
                "Questo computer non fa ancora parte di una squadra: creala qui se è il primo, "
                "altrimenti unisciti con il codice."))

    def _show_state(self) -> None:
        if self.data is None:
            return
        controller = self.controller()
        state = controller.state or self.data.state
        self.state_label.setText(controller.text or controller.describe(state))
        problem = bool(controller.offline or controller.failed or state.conflicts or state.gaps)
        if self.state_label.property("problem") != problem:
            self.state_label.setProperty("problem", problem)
            self.state_label.setStyleSheet("")
        parts = []
        if state.last_sync is not None:
            parts.append(self.tr("Ultima sincronizzazione: %1").replace(
                "%1", formats.day_time(state.last_sync)))
        else:
            parts.append(self.tr("Mai sincronizzato"))
        if state.pending == 1:
            parts.append(self.tr("1 modifica di questo computer da inviare"))
        else:
            parts.append(self.tr("%1 modifiche di questo computer da inviare").replace(
                "%1", str(state.pending)))
        if self.data.target is not None:
            where = self.data.target.folder if self.data.target.kind == "folder" else self.data.target.url
            parts.append(self.tr("Destinazione: %1").replace("%1", where))
        self.details_label.setText(" · ".join(parts) + "".join(
            "\n" + gap for gap in state.gaps))
        ready = state.configured and state.in_team
        self.sync_button.setEnabled(ready and not controller.running)
        self.sync_button.setToolTip("" if ready else self.tr(
            "Prima scegli dove sincronizzare e crea la squadra (o unisciti)."))

    def _show_conflicts(self, items: list[ConflictItem]) -> None:
        """Keeps the widgets of conflicts still open, so a value being typed in
        "modifico" survives a background sync."""
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

    # --------------------------------------------------------------- actions
    def sync_now(self) -> None:
        _say(self.sync_message, "")
        if not self.controller().sync_now():
            _say(self.sync_message, self.tr("Una sincronizzazione è già in corso."))

    def _running_changed(self, running: bool) -> None:
        self.sync_button.setEnabled(not running)
        if running:
            self.sync_button.setText(self.tr("Sincronizzazione in corso…"))
        else:
            self.sync_button.setText(self.tr("Sincronizza ora"))

    def confirm_root(self) -> None:
        """The user vouches for a root that looks emptied or swapped; then sync."""
        def confirm(store, ctx):
            target = settings.make_target(store)
            if target is not None:
                root.confirm_root(store, target)

        self.confirm_root_button.hide()
        (CollectionOp(self, self.store, confirm)
         .success(lambda _none: self.sync_now())
         .failure(lambda exc: _say(self.sync_message, failure_message(exc)))
         .run_in_background())

    def _sync_finished(self, outcome) -> None:
        report = outcome.report if outcome is not None else None
        self.confirm_root_button.setVisible(bool(report and report.root_unconfirmed))
        if outcome is None:
            text = self.controller().failed or ""
        elif outcome.offline:
            text = outcome.offline + " " + self.tr("Le modifiche restano al sicuro su questo computer.")
        else:
            report = outcome.report
            text = " ".join(report.errors + report.held + report.warnings) if report else ""
        _say(self.sync_message, text)
        self._dirty = True
        if self.isVisible():
            self._reload()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Cartella di sincronizzazione"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _kind_changed(self) -> None:
        self.folder_box.setVisible(self.folder_radio.isChecked())
        self.webdav_box.setVisible(self.webdav_radio.isChecked())

    def save_target(self) -> None:
        minutes = self.interval_spin.value()
        if self.folder_radio.isChecked():
            folder, group_access = self.folder_edit.text(), self.group_access_box.isChecked()

            def save(store, ctx):
                result = settings.save_folder(store, folder, group_access=group_access)
                settings.set_interval_minutes(store, minutes)
                return result
        else:
            url, user, password = self.url_edit.text(), self.user_edit.text(), self.password_edit.text()

            def save(store, ctx):
                result = settings.save_webdav(store, url, user, password or None)
                settings.set_interval_minutes(store, minutes)
                return result

        (CollectionOp(self, self.store, save)
         .success(self._target_saved)
         .failure(lambda exc: _say(self.target_message, failure_message(exc)))
         .run_in_background())

    def _target_saved(self, target: settings.TargetSettings) -> None:
        self.password_edit.clear()
        _say(self.target_message, self.tr("Impostazioni salvate."), ok=True)
        self.controller().settings_changed()
        self._reload()

    def create_team(self) -> None:
        (CollectionOp(self, self.store, lambda store, ctx: engine.create_team(store))
         .success(self._team_code_shown)
         .failure(lambda exc: _say(self.team_message, failure_message(exc)))
         .run_in_background())

    def join_team(self) -> None:
        code = self.code_edit.text()
        try:
            crypto.key_from_code(code)  # a mistyped code is told at once
        except TessereError as exc:
            _say(self.team_message, str(exc))
            return
        (CollectionOp(self, self.store, lambda store, ctx: engine.join_team(store, code))
         .success(lambda _none: self._team_joined())
         .failure(lambda exc: _say(self.team_message, failure_message(exc)))
         .run_in_background())

    def _team_joined(self) -> None:
        self.code_edit.clear()
        _say(self.team_message, self.tr("Questo computer ora fa parte della squadra."), ok=True)
        self.controller().settings_changed()
        self._reload()

    def show_code(self) -> None:
        (QueryOp(self, self.store, lambda store, ctx: engine.team_code(store))
         .success(self._team_code_shown)
         .failure(lambda exc: _say(self.team_message, failure_message(exc)))
         .run_in_background())

    def _team_code_shown(self, code: str) -> None:
        _say(self.team_message, "")
        self.code_label.setText(code)
        self.code_label.show()
        self.code_note.show()
        self.show_code_button.hide()
        self.controller().settings_changed()
        self._reload()

    def resolve(self, widget: ConflictWidget, choice: str, value=None) -> None:
        widget.set_busy(True)
        conflict_id = widget.item.id

        def failed(exc: BaseException) -> None:
            widget.set_busy(False)
            _say(widget.message, failure_message(exc))

        (CollectionOp(self, self.store,
                      lambda store, ctx: engine.resolve_conflict(store, conflict_id, choice, value))
         .success(lambda _none: self._resolved())
         .failure(failed)
         .run_in_background())

    def _resolved(self) -> None:
        self.controller().refresh()
        self._reload()


PAGE = SincronizzazionePage
