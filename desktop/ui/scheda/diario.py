"""Diario: the person's timeline of dated entries, newest first, and the editor.

Entries are never silently edited. An open entry (bozza, or a planned home
visit) can be changed; "Chiudi voce" freezes it (rules.diary.close); a closed
entry is corrected by a new entry pointing to it (rules.diary.correct). The
whole timeline of a person comes from one query (:func:`diary_fetch`).

The editor sits beside the timeline, so earlier entries stay readable while
writing. What is typed is saved as a draft in the encrypted database a moment
after typing stops (core.drafts) and offered back the next time the same
editor opens: a crash or a flat battery loses nothing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QModelIndex, QRect, QSize, Qt, QTimer, Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateTimeEdit, QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QListView, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QStackedWidget,
    QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)
from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from desktop.core.errors import ValidationError
from desktop.core.formats import day_time
from desktop.core.model import CaseEpisode, CatalogueItem, DiaryEntry, Operator, Organisation
from desktop.core.profile import current_operator
from desktop.core.rules import diary as diary_rules
from desktop.ui.drafts import DraftWriter
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import CollectionOp, OpChanges, QueryOp, failure_message
from desktop.ui.questions import ask


DIARY_TABLES = frozenset({"diary_entry", "operator", "organisation"})
BATCH = 500  # a whole diary in one query for all but the longest cartelle
PREVIEW_CHARS = 240
DRAFT_DELAY_MS = 600  # autosave once typing pauses this long
HOME_VISIT = "visita_domiciliare"


# ------------------------------------------------------------------ reading
@dataclass(frozen=True)
class DiaryRow:
    id: str
    occurred_at: dt.datetime
    entry_type: str
    type_label: str
    author: str | None
    organisation_id: str | None
    organisation: str | None
    place: str | None
    confidentiality: str
    confidentiality_label: str
    status: str
    closed_at: dt.datetime | None
    text: str
    corrects_id: str | None
    corrects_at: dt.datetime | None
    corrected_by_id: str | None
    corrected_by_at: dt.datetime | None

    @property
    def closed(self) -> bool:
        return self.status == "chiusa"

    @property
    def preview(self) -> str:
        return " ".join(self.text[:PREVIEW_CHARS].split())


def diary_fetch(person_id: str, entry_type: str | None = None):
    """A RowsModel fetch: the person's entries, newest first, with labels, author,
    organisation and correction links joined in the same statement."""
    author = aliased(Operator)
    org = aliased(Organisation)
    kind = aliased(CatalogueItem)
    level = aliased(CatalogueItem)
    original = aliased(DiaryEntry)
    fix = aliased(DiaryEntry)
    latest_fix = (select(fix.id).where(fix.corrects_id == DiaryEntry.id)
                  .order_by(fix.occurred_at.desc()).limit(1)
                  .correlate(DiaryEntry).scalar_subquery())
    latest_fix_at = (select(func.max(fix.occurred_at)).where(fix.corrects_id == DiaryEntry.id)
                     .correlate(DiaryEntry).scalar_subquery())
    q = (
        select(DiaryEntry.id, DiaryEntry.occurred_at, DiaryEntry.entry_type,
               func.coalesce(kind.label, DiaryEntry.entry_type),
               (author.first_name + " " + author.last_name), DiaryEntry.organisation_id, org.name,
               DiaryEntry.place, DiaryEntry.confidentiality,
               func.coalesce(level.label, DiaryEntry.confidentiality), DiaryEntry.status,
               DiaryEntry.closed_at, DiaryEntry.text, DiaryEntry.corrects_id, original.occurred_at,
               latest_fix, latest_fix_at)
        .outerjoin(kind, and_(kind.catalogue == "diary_entry_type",
                              kind.code == DiaryEntry.entry_type))
        .outerjoin(level, and_(level.catalogue == "confidentiality_level",
                               level.code == DiaryEntry.confidentiality))
        .outerjoin(author, author.id == DiaryEntry.author_id)
        .outerjoin(org, org.id == DiaryEntry.organisation_id)
        .outerjoin(original, original.id == DiaryEntry.corrects_id)
        .where(DiaryEntry.person_id == person_id)
        .order_by(DiaryEntry.occurred_at.desc(), DiaryEntry.id)
    )
    if entry_type:
        q = q.where(DiaryEntry.entry_type == entry_type)

    def fetch(session, offset: int, limit: int) -> list[DiaryRow]:
        return [DiaryRow(*r) for r in session.execute(q.offset(offset).limit(limit))]

    return fetch


@dataclass(frozen=True)
class Lookups:
    """Choices for the filter and the editor, read once per tab."""

    types: list[tuple[str, str]]
    levels: list[tuple[str, str]]
    organisations: list[tuple[str, str]]
    operator_organisation_id: str | None


def read_lookups(store) -> Lookups:
    operator = current_operator(store)
    with store.read() as s:
        def items(catalogue: str) -> list[tuple[str, str]]:
            return list(s.execute(
                select(CatalogueItem.code, CatalogueItem.label)
                .where(CatalogueItem.catalogue == catalogue).order_by(CatalogueItem.position)))
        organisations = list(s.execute(select(Organisation.id, Organisation.name)
                                       .order_by(Organisation.name)))
        return Lookups(items("diary_entry_type"), items("confidentiality_level"),
                       [tuple(o) for o in organisations],
                       operator.organisation_id if operator else None)


STATUS_LABELS = {"bozza": QT_TRANSLATE_NOOP("diario", "Bozza"),
                 "chiusa": QT_TRANSLATE_NOOP("diario", "Chiusa"),
                 "pianificata": QT_TRANSLATE_NOOP("diario", "Pianificata")}


def status_label(status: str) -> str:
    return QCoreApplication.translate("diario", STATUS_LABELS.get(status, status))


# ----------------------------------------------------------------- timeline
STATUS_COLOURS = {  # dot, chip background, chip text
    "chiusa": ("#64748b", "#eef1f5", "#374151"),
    "bozza": ("#d97706", "#fef3c7", "#92400e"),
    "pianificata": ("#2563eb", "#dbeafe", "#1e40af"),
}
LEVEL_COLOURS = {"riservato": ("#ffedd5", "#9a3412"), "sensibile": ("#fee2e2", "#991b1b")}


class TimelineDelegate(QStyledItemDelegate):
    """Paints an entry as a card on a vertical rail: when and what, the state
    and confidentiality as chips, who and where, a preview, and the link
    between a correction and the entry it corrects."""

    PAD = 10
    RAIL_X = 20

    def __init__(self, model: RowsModel, parent=None):
        super().__init__(parent)
        self._model = model

    def _lines(self, row: DiaryRow) -> int:
        return 3 + bool(row.corrects_id or row.corrected_by_id)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).height() + 4
        return QSize(0, self._lines(self._model.row_at(index.row())) * line
                     + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: DiaryRow = self._model.row_at(index.row())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(r, QColor("#dcefeb"))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(r, QColor("#f5f7fa"))
        else:
            painter.fillRect(r, QColor("#ffffff"))
        dot, chip_bg, chip_fg = STATUS_COLOURS.get(row.status, STATUS_COLOURS["chiusa"])
        x = r.left() + self.RAIL_X
        painter.setPen(QPen(QColor("#d5dbe3"), 2))
        painter.drawLine(x, r.top(), x, r.bottom())
        base = QFont(option.font)
        fm = QFontMetrics(base)
        line = fm.height() + 4
        top = r.top() + self.PAD
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(QColor(dot))
        painter.drawEllipse(x - 6, top + line // 2 - 6, 12, 12)
        painter.setBrush(Qt.BrushStyle.NoBrush)

        left = x + 18
        right = r.right() - 12
        # chips on the right of the first line
        chip_font = QFont(base)
        chip_font.setPointSizeF(base.pointSizeF() * 0.85)
        painter.setFont(chip_font)
        chips = [(status_label(row.status), chip_bg, chip_fg)]
        if row.confidentiality in LEVEL_COLOURS:
            chips.append((row.confidentiality_label, *LEVEL_COLOURS[row.confidentiality]))
        cfm = QFontMetrics(chip_font)
        for text, bg, fg in chips:
            width = cfm.horizontalAdvance(text) + 14
            rect = QRect(right - width, top + 1, width, line - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bg))
            painter.drawRoundedRect(rect, (line - 2) / 2, (line - 2) / 2)
            painter.setPen(QColor(fg))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            right -= width + 6
        painter.setBrush(Qt.BrushStyle.NoBrush)

        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#111827"))
        when = day_time(row.occurred_at)
        bfm = QFontMetrics(bold)
        painter.drawText(QRect(left, top, right - left, line), Qt.AlignmentFlag.AlignVCenter, when)
        type_x = left + bfm.horizontalAdvance(when) + 12
        painter.setFont(base)
        painter.setPen(QColor("#0f4c5c"))
        painter.drawText(QRect(type_x, top, max(right - type_x, 0), line),
                         Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(row.type_label, Qt.TextElideMode.ElideRight,
                                       max(right - type_x, 0)))

        width = r.right() - 12 - left
        who = "  ·  ".join(p for p in (row.author, row.place) if p) or "—"
        painter.setPen(QColor("#6b7280"))
        painter.drawText(QRect(left, top + line, width, line), Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(who, Qt.TextElideMode.ElideRight, width))
        painter.setPen(QColor("#1f2937"))
        painter.drawText(QRect(left, top + 2 * line, width, line), Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(row.preview, Qt.TextElideMode.ElideRight, width))
        link = link_text(row)
        if link:
            painter.setPen(QColor("#0f766e" if row.corrects_id else "#9a3412"))
            painter.drawText(QRect(left, top + 3 * line, width, line),
                             Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(link, Qt.TextElideMode.ElideRight, width))
        painter.setPen(QPen(QColor("#eef1f5"), 1))
        painter.drawLine(left, r.bottom(), r.right(), r.bottom())
        painter.restore()


def link_text(row: DiaryRow) -> str:
    """The line that ties a correction and the entry it corrects together."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("diario", text)

    if row.corrects_id:
        return tr("↳ Correzione della voce del %1").replace("%1", day_time(row.corrects_at))
    if row.corrected_by_id:
        return tr("⚑ Corretta dalla voce del %1").replace("%1", day_time(row.corrected_by_at))
    return ""


def summary(row: DiaryRow) -> str:
    """One line for screen readers and tooltips."""
    parts = [day_time(row.occurred_at), row.type_label, status_label(row.status),
             row.confidentiality_label, row.author or "", row.place or "", row.preview]
    return " · ".join(p for p in parts if p)


# -------------------------------------------------------------- the reader
class EntryView(QFrame):
    """The selected entry in full, with what can be done to it."""

    edit_requested = Signal()
    close_requested = Signal()
    correct_requested = Signal()
    entry_link = Signal(str)  # the id of a related entry to jump to

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("entryCard")
        self.row: DiaryRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        self.heading = QLabel()
        self.heading.setObjectName("cardTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.meta = QLabel()
        self.meta.setObjectName("muted")
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.meta)
        self.link = QLabel()
        self.link.setObjectName("entryLink")
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.linkActivated.connect(self.entry_link.emit)
        layout.addWidget(self.link)
        self.text = QPlainTextEdit()
        self.text.setObjectName("entryText")
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Modifica"))
        self.edit_button.setToolTip(self.tr("Modifica la voce (Invio sulla voce)"))
        self.edit_button.clicked.connect(self.edit_requested.emit)
        self.close_button = QPushButton(self.tr("Chiudi voce"))
        self.close_button.clicked.connect(self.close_requested.emit)
        self.correct_button = QPushButton(self.tr("Aggiungi una correzione"))
        self.correct_button.clicked.connect(self.correct_requested.emit)
        for button in (self.edit_button, self.close_button, self.correct_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.show_row(None)

    def show_row(self, row: DiaryRow | None) -> None:
        self.row = row
        for widget in (self.meta, self.link, self.text, self.edit_button, self.close_button,
                       self.correct_button):
            widget.setVisible(row is not None)
        if row is None:
            self.heading.setText(self.tr("Seleziona una voce per leggerla per intero."))
            return
        self.heading.setText(f"{row.type_label} · {day_time(row.occurred_at)}")
        state = status_label(row.status)
        if row.closed and row.closed_at:
            state = self.tr("%1 il %2").replace("%1", state).replace("%2", day_time(row.closed_at))
        facts = [
            self.tr("Autore: %1").replace("%1", row.author or self.tr("non indicato")),
            self.tr("Ente: %1").replace("%1", row.organisation) if row.organisation else "",
            self.tr("Luogo: %1").replace("%1", row.place) if row.place else "",
            self.tr("Riservatezza: %1").replace("%1", row.confidentiality_label),
            self.tr("Stato: %1").replace("%1", state),
        ]
        self.meta.setText("  ·  ".join(f for f in facts if f))
        if row.corrects_id:
            self.link.setText(self.tr('Correzione della <a href="%1" style="color:#0f766e">voce '
                                      'del %2</a>')
                              .replace("%1", row.corrects_id)
                              .replace("%2", day_time(row.corrects_at)))
        elif row.corrected_by_id:
            self.link.setText(self.tr('Questa voce è stata corretta: vedi la <a href="%1" '
                                      'style="color:#0f766e">correzione del %2</a>')
                              .replace("%1", row.corrected_by_id)
                              .replace("%2", day_time(row.corrected_by_at)))
        self.link.setVisible(bool(row.corrects_id or row.corrected_by_id))
        self.text.setPlainText(row.text)
        self.close_button.setVisible(not row.closed)
        self.close_button.setEnabled(row.status == "bozza")
        self.close_button.setToolTip(
            self.tr("Una visita pianificata si chiude dopo averla svolta")
            if row.status == "pianificata" else
            self.tr("Congela la voce: poi si rettifica solo aggiungendo una correzione"))
        self.correct_button.setVisible(row.closed)


# ------------------------------------------------------------------ editor
class EntryEditor(QFrame):
    """Writes a new entry, changes an open one, or corrects a closed one."""

    saved = Signal(str)  # the id of the entry written
    finished = Signal()  # the editor is done (saved or left)

    def __init__(self, store, person_id: str, lookups: Lookups, *, entry: DiaryRow | None = None,
                 corrects: DiaryRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("entryCard")
        self.store = store
        self.person_id = person_id
        self.entry = entry
        self.corrects = corrects
        if corrects is not None:
            self.writer = DraftWriter(store, "diario-correzione", corrects.id)
        elif entry is not None:
            self.writer = DraftWriter(store, "diario", entry.id)
        else:
            self.writer = DraftWriter(store, f"diario:{person_id}", None)
        self._draft_checked = False
        self._offered: dict[str, Any] | None = None
        self._saving = False
        self._build(lookups)
        self._fill(lookups.operator_organisation_id)
        self._initial = self.state()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(DRAFT_DELAY_MS)
        self._autosave.timeout.connect(self._save_draft)
        for signal in (self.type_box.currentIndexChanged, self.when.dateTimeChanged,
                       self.place.textChanged, self.organisation.currentIndexChanged,
                       self.level.currentIndexChanged, self.text.textChanged):
            signal.connect(self._changed)
        self.writer.load(self._offer_draft, self)

    # ------------------------------------------------------------ building
    def _build(self, lookups: Lookups) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        self.heading = QLabel(self._heading())
        self.heading.setObjectName("cardTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        self.banner = QFrame()
        self.banner.setObjectName("draftBanner")
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(10, 6, 10, 6)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        banner_row.addWidget(self.banner_label, 1)
        self.restore_button = QPushButton(self.tr("Ripristina"))
        self.restore_button.clicked.connect(self._restore_draft)
        self.drop_button = QPushButton(self.tr("Scarta"))
        self.drop_button.clicked.connect(self._drop_draft)
        banner_row.addWidget(self.restore_button)
        banner_row.addWidget(self.drop_button)
        self.banner.hide()
        layout.addWidget(self.banner)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self.type_box = QComboBox()
        for code, label in lookups.types:
            self.type_box.addItem(label, code)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.plan_hint = QLabel()
        self.plan_hint.setObjectName("muted")
        self.plan_hint.setWordWrap(True)
        when_row = QWidget()  # a widget, so the label's mnemonic has a buddy
        when_layout = QHBoxLayout(when_row)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.when)
        when_layout.addWidget(self.plan_hint, 1)
        when_row.setFocusProxy(self.when)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Domicilio, sede del servizio, telefono…"))
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("— nessuno —"), None)
        for org_id, name in lookups.organisations:
            self.organisation.addItem(name, org_id)
        self.level = QComboBox()
        for code, label in lookups.levels:
            self.level.addItem(label, code)
        for box in (self.type_box, self.organisation, self.level):
            # long organisation names must not widen the editor over the timeline
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
        form.addRow(self.tr("&Tipo"), self.type_box)
        form.addRow(self.tr("&Data e ora"), when_row)
        form.addRow(self.tr("&Luogo"), self.place)
        form.addRow(self.tr("&Ente"), self.organisation)
        form.addRow(self.tr("&Riservatezza"), self.level)
        layout.addLayout(form)
        self.text = QPlainTextEdit()
        self.text.setObjectName("entryEditorText")
        self.text.setPlaceholderText(self.tr("Che cosa è successo, con le parole della persona "
                                             "dove servono…"))
        layout.addWidget(self.text, 1)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.autosave_label = QLabel()
        self.autosave_label.setObjectName("muted")
        buttons.addWidget(self.autosave_label, 1)
        self.cancel_button = QPushButton(self.tr("Annulla"))
        self.cancel_button.clicked.connect(self.leave)
        self.save_button = QPushButton(self.tr("Salva"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Salva la voce (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.type_box.currentIndexChanged.connect(self._update_plan_hint)
        self.when.dateTimeChanged.connect(self._update_plan_hint)

    def _heading(self) -> str:
        if self.corrects is not None:
            return self.tr("Correzione della voce del %1 (%2)") \
                .replace("%1", day_time(self.corrects.occurred_at)) \
                .replace("%2", self.corrects.type_label)
        if self.entry is not None:
            return self.tr("Modifica della voce del %1").replace(
                "%1", day_time(self.entry.occurred_at))
        return self.tr("Nuova voce di diario")

    def _fill(self, default_organisation_id: str | None) -> None:
        source = self.corrects or self.entry
        now = dt.datetime.now().replace(second=0, microsecond=0)
        if source is None:
            self._select(self.type_box, "colloquio")
            self.when.setDateTime(QDateTime(now))
            self._select(self.level, "ordinario")
            self._select(self.organisation, default_organisation_id)
            return
        self._select(self.type_box, source.entry_type)
        self.when.setDateTime(QDateTime(now if self.corrects else source.occurred_at))
        self.place.setText(source.place or "")
        self._select(self.organisation, source.organisation_id)
        self._select(self.level, source.confidentiality)
        self.text.setPlainText(source.text)
        if self.corrects is not None:  # a correction keeps what it corrects, but the text
            for widget in (self.type_box, self.place, self.organisation, self.level):
                widget.setEnabled(False)
            self.text.moveCursor(QTextCursor.MoveOperation.End)  # to add, not to overwrite

    @staticmethod
    def _select(box: QComboBox, code: str | None) -> None:
        index = box.findData(code)
        if index >= 0:
            box.setCurrentIndex(index)

    def _update_plan_hint(self) -> None:
        future = self.when.dateTime().toPython() > dt.datetime.now()
        if not future:
            self.plan_hint.setText("")
        elif self.type_box.currentData() == HOME_VISIT:
            self.plan_hint.setText(self.tr("Visita pianificata: comparirà in agenda e nel "
                                           "pacchetto visite."))
        else:
            self.plan_hint.setText(self.tr("Solo una visita domiciliare si può pianificare "
                                           "nel futuro."))

    # -------------------------------------------------------------- state
    def state(self) -> dict[str, Any]:
        return {
            "entry_type": self.type_box.currentData(),
            "occurred_at": self.when.dateTime().toPython().replace(second=0, microsecond=0)
            .isoformat(),
            "place": self.place.text(),
            "organisation_id": self.organisation.currentData(),
            "confidentiality": self.level.currentData(),
            "text": self.text.toPlainText(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self._select(self.type_box, state.get("entry_type"))
        if state.get("occurred_at"):
            self.when.setDateTime(QDateTime(dt.datetime.fromisoformat(state["occurred_at"])))
        self.place.setText(state.get("place") or "")
        self._select(self.organisation, state.get("organisation_id"))
        self._select(self.level, state.get("confidentiality"))
        self.text.setPlainText(state.get("text") or "")

    def has_unsaved(self) -> bool:
        return self.state() != self._initial

    # -------------------------------------------------------------- drafts
    def _changed(self) -> None:
        self.error.hide()
        if self._draft_checked:
            self._autosave.start()

    def _save_draft(self) -> None:
        if not self._draft_checked or self._saving:
            return
        if self.has_unsaved():
            self.writer.save(self.state())
            self.autosave_label.setText(self.tr("Bozza salvata su questo computer alle %1")
                                        .replace("%1", dt.datetime.now().strftime("%H:%M")))
        elif self._offered is None:
            self.writer.discard()

    def _offer_draft(self, draft: dict[str, Any] | None) -> None:
        self._draft_checked = True
        if self.has_unsaved():  # typed before the check came back
            self._autosave.start()
        if not draft:
            return
        saved_at = draft.pop("saved_at", None)
        if draft == self.state():
            return
        self._offered = draft
        when = day_time(dt.datetime.fromisoformat(saved_at)) if saved_at else ""
        self.banner_label.setText(
            self.tr("C'è un testo non salvato di questa voce, conservato il %1. Vuoi "
                    "ripristinarlo?").replace("%1", when))
        self.banner.show()

    def _restore_draft(self) -> None:
        if self._offered is not None:
            self.set_state(self._offered)
        self._offered = None
        self.banner.hide()
        self.text.setFocus()

    def _drop_draft(self) -> None:
        self._offered = None
        self.banner.hide()
        self.writer.discard()
        self.text.setFocus()

    # --------------------------------------------------------------- saving
    def save(self) -> None:
        if self._saving:
            return
        state = self.state()
        if not state["text"].strip():
            self._show_error(self.tr("Scrivi il testo della voce prima di salvarla."), "text")
            return
        if self.corrects is not None and state["text"].strip() == self.corrects.text.strip():
            self._show_error(self.tr(
                "La correzione è uguale alla voce che corregge: scrivi che cosa cambia."), "text")
            return
        self._saving = True
        self._autosave.stop()
        self.save_button.setEnabled(False)
        person_id = self.person_id
        entry_id = self.entry.id if self.entry else None
        corrects_id = self.corrects.id if self.corrects else None
        (CollectionOp(self, self.store, lambda store, ctx: write_entry(
            store, person_id, state, entry_id, corrects_id))
         .success(self._saved)
         .failure(self._save_failed)
         .run_in_background())

    def _saved(self, entry_id: str) -> None:
        self._saving = False
        self.writer.discard()
        self._initial = self.state()
        self.saved.emit(entry_id)
        self.finished.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._show_error(failure_message(exc), getattr(exc, "field", None))

    def _show_error(self, message: str, field: str | None) -> None:
        self.error.setText(message)
        self.error.show()
        {"occurred_at": self.when, "text": self.text}.get(field or "", self.text).setFocus()

    # -------------------------------------------------------------- leaving
    def leave(self) -> None:
        """"Annulla": asks first when something typed would be lost."""
        if self.may_leave():
            self.finished.emit()

    def may_leave(self) -> bool:
        """True when the editor can go: nothing unsaved, or the user chose to keep
        the text for later or to throw it away."""
        self._autosave.stop()
        if not self.has_unsaved():
            # A draft not yet looked up (or still on offer) is kept for next time.
            if self._draft_checked and self._offered is None:
                self.writer.discard()
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Tessere"),
                          self.tr("La voce che stai scrivendo non è salvata."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("unsavedEntryBox")
        box.setInformativeText(self.tr(
            "«Riprendi dopo» la conserva su questo computer e te la ripropone alla prossima "
            "apertura dell'editor; «Scarta» la cancella."))
        later = box.addButton(self.tr("Riprendi dopo"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Scarta"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Continua a scrivere"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.setEscapeButton(stay)
        box.exec()
        if box.clickedButton() is later:
            self.writer.save(self.state())
            return True
        if box.clickedButton() is discard:
            self.writer.discard()
            return True
        self.text.setFocus()
        return False


def write_entry(store, person_id: str, state: dict[str, Any], entry_id: str | None,
                corrects_id: str | None) -> str:
    """Worker side of "Salva": a new entry, a change to an open one, or a
    correction of a closed one. The author is the operator of this installation."""
    operator = current_operator(store)
    author_id = operator.id if operator else None
    occurred_at = dt.datetime.fromisoformat(state["occurred_at"])
    text = diary_rules.check_text(state["text"])
    with store.session() as s:
        if corrects_id:
            original = s.get(DiaryEntry, corrects_id)
            if original is None:
                raise ValidationError("La voce da correggere non esiste più.")
            entry = diary_rules.correct(s, original, text=text, author_id=author_id,
                                        occurred_at=occurred_at)
        else:
            status = diary_rules.status_for(state["entry_type"], occurred_at)
            if entry_id:
                entry = s.get(DiaryEntry, entry_id)
                if entry is None:
                    raise ValidationError("La voce non esiste più (forse è stata eliminata "
                                          "su un altro computer).")
            else:
                entry = DiaryEntry(person_id=person_id, author_id=author_id,
                                   case_episode_id=s.scalar(
                                       select(CaseEpisode.id)
                                       .where(CaseEpisode.person_id == person_id,
                                              CaseEpisode.chiusura_on.is_(None)).limit(1)))
                s.add(entry)
            entry.entry_type = state["entry_type"]
            entry.occurred_at = occurred_at
            entry.place = state["place"].strip() or None
            entry.organisation_id = state["organisation_id"]
            entry.confidentiality = state["confidentiality"]
            entry.text = text
            entry.status = status
        s.flush()
        return entry.id


def close_entry(store, entry_id: str) -> None:
    with store.session() as s:
        entry = s.get(DiaryEntry, entry_id)
        if entry is None:
            raise ValidationError("La voce non esiste più.")
        diary_rules.close(entry)


# --------------------------------------------------------------------- tab
class DiarioTab(QWidget):
    """The Diario tab of the scheda persona (see the module docstring)."""

    def __init__(self, store, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.person_id = person_id
        self.lookups: Lookups | None = None
        self.editor: EntryEditor | None = None
        self._dirty = True
        self._select_id: str | None = None
        self._when_ready: list[Callable[[], None]] = []
        self.message_box: QMessageBox | None = None  # the question on screen, if any
        self._lookups_requested = False
        self._build()

    def title(self) -> str:
        return self.tr("Diario")

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tipo:")))
        self.filter = QComboBox()
        self.filter.setObjectName("diaryFilter")
        self.filter.addItem(self.tr("Tutti i tipi"), None)
        self.filter.setMinimumWidth(200)
        self.filter.currentIndexChanged.connect(self._load_rows)
        bar.addWidget(self.filter)
        self.count = QLabel()
        self.count.setObjectName("muted")
        bar.addWidget(self.count, 1)
        self.new_button = QPushButton(self.tr("Nuova voce"))
        self.new_button.setToolTip(self.tr("Scrivi una nuova voce di diario (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_entry)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        self.model = RowsModel([Column(self.tr("Voce"), summary)], self.store, batch=BATCH,
                               parent=self)
        self.model.loaded.connect(self._rows_loaded)
        self.model.failed.connect(self.count.setText)
        self.timeline = QListView()
        self.timeline.setObjectName("timeline")
        self.timeline.setModel(self.model)
        self.timeline.setItemDelegate(TimelineDelegate(self.model, self.timeline))
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timeline.setMouseTracking(True)
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.selectionModel().currentChanged.connect(self._current_changed)
        self.timeline.activated.connect(lambda _index: self.edit_selected())

        self.view = EntryView()
        self.view.edit_requested.connect(self.edit_selected)
        self.view.close_requested.connect(self.close_selected)
        self.view.correct_requested.connect(self.correct_selected)
        self.view.entry_link.connect(self.select_entry)
        self.side = QStackedWidget()
        self.side.addWidget(self.view)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        timeline_frame = QFrame()
        timeline_frame.setObjectName("timelineFrame")
        frame_layout = QVBoxLayout(timeline_frame)
        frame_layout.setContentsMargins(1, 1, 1, 1)
        frame_layout.addWidget(self.timeline)
        splitter.addWidget(timeline_frame)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------- loading
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load()

    def refresh(self, changes: OpChanges, initiator: object | None = None) -> None:
        if changes.touches(DIARY_TABLES):
            self._dirty = True
            if self.isVisible():
                self.load()

    def load(self) -> None:
        self._dirty = False
        self._load_rows()

    def _load_lookups(self) -> None:
        """Read the filter's and the editor's choices (once, after the first rows,
        so they never delay them)."""
        if self._lookups_requested:
            return
        self._lookups_requested = True
        (QueryOp(self, self.store, lambda store, ctx: read_lookups(store))
         .success(self._lookups_loaded).run_in_background())

    def _load_rows(self) -> None:
        row = self.current_row()
        if row is not None and self._select_id is None:
            self._select_id = row.id
        self.model.set_source(diary_fetch(self.person_id, self.filter.currentData()))

    def _lookups_loaded(self, lookups: Lookups) -> None:
        self.lookups = lookups
        self.filter.blockSignals(True)
        for code, label in lookups.types:
            self.filter.addItem(label, code)
        self.filter.blockSignals(False)
        pending, self._when_ready = self._when_ready, []
        for action in pending:
            action()

    def _rows_loaded(self) -> None:
        self._load_lookups()
        n = self.model.rowCount()
        text = self.tr("%1 voci").replace("%1", str(n)) if n != 1 else self.tr("1 voce")
        if self.model.canFetchMore():
            text = self.tr("almeno %1").replace("%1", text)
        self.count.setText(text if n else self.tr("Nessuna voce"))
        wanted, self._select_id = self._select_id, None
        target = self._row_index(wanted) if wanted else None
        if target is None and self.current_row() is None and n:
            target = 0
        if target is not None:
            index = self.model.index(target, 0)
            self.timeline.setCurrentIndex(index)
            self.timeline.scrollTo(index)

    def _row_index(self, entry_id: str) -> int | None:
        return next((i for i in range(self.model.rowCount())
                     if self.model.row_at(i).id == entry_id), None)

    def current_row(self) -> DiaryRow | None:
        index = self.timeline.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.view.show_row(self.model.row_at(current.row()))

    def select_entry(self, entry_id: str) -> None:
        """Show ``entry_id`` (a correction link); clears the type filter if it hides it."""
        index = self._row_index(entry_id)
        if index is not None:
            self.timeline.setCurrentIndex(self.model.index(index, 0))
            self.timeline.scrollTo(self.model.index(index, 0))
            return
        self._select_id = entry_id
        if self.filter.currentIndex() != 0:
            self.filter.setCurrentIndex(0)
        else:
            self._load_rows()

    # ------------------------------------------------------------- actions
    def new_entry(self) -> None:
        """Ctrl+N: the editor for a new entry (after the choices have arrived)."""
        self._open_editor()

    def edit_selected(self) -> None:
        row = self.current_row()
        if row is None or self.editor is not None:
            return
        if row.closed:
            self._refuse_edit(row)
        else:
            self._open_editor(entry=row)

    def correct_selected(self) -> None:
        row = self.current_row()
        if row is not None and row.closed and self.editor is None:
            self._open_editor(corrects=row)

    def _refuse_edit(self, row: DiaryRow) -> None:
        self._ask("closedEntryBox", QMessageBox.Icon.Information,
                  self.tr("Questa voce è chiusa e non si può modificare."),
                  self.tr("Il diario conserva le voci chiuse così come sono state scritte. Per "
                          "rettificare qualcosa aggiungi una correzione: è una nuova voce che "
                          "rimanda a questa."),
                  self.tr("Aggiungi una correzione"), lambda: self._open_editor(corrects=row))

    def close_selected(self) -> None:
        row = self.current_row()
        if row is None or row.status != "bozza":
            return
        self._ask("closeEntryBox", QMessageBox.Icon.Question,
                  self.tr("Chiudere la voce del %1?").replace("%1", day_time(row.occurred_at)),
                  self.tr("Una voce chiusa non si può più modificare: eventuali errori si "
                          "rettificano aggiungendo una correzione."),
                  self.tr("Chiudi voce"), lambda: self._close_entry(row.id))

    def _close_entry(self, entry_id: str) -> None:
        self._select_id = entry_id
        (CollectionOp(self, self.store, lambda store, ctx: close_entry(store, entry_id))
         .run_in_background())

    def _ask(self, name: str, icon: QMessageBox.Icon, text: str, details: str, action: str,
             on_yes: Callable[[], None]) -> QMessageBox:
        """A question that does not block the event loop; ``action`` is the default."""
        box = ask(self, text, action, on_yes, details=details, icon=icon, name=name)
        box.finished.connect(lambda _result: setattr(self, "message_box", None))
        self.message_box = box
        return box

    def _open_editor(self, entry: DiaryRow | None = None, corrects: DiaryRow | None = None) -> None:
        if self.editor is not None:
            self.editor.text.setFocus()
            return
        if self.lookups is None:
            self._when_ready.append(lambda: self._open_editor(entry, corrects))
            self._load_lookups()
            return
        editor = EntryEditor(self.store, self.person_id, self.lookups, entry=entry,
                             corrects=corrects, parent=self)
        editor.saved.connect(self._entry_saved)
        editor.finished.connect(self._editor_finished)
        self.editor = editor
        self.side.addWidget(editor)
        self.side.setCurrentWidget(editor)
        self.new_button.setEnabled(False)
        editor.text.setFocus()

    def _entry_saved(self, entry_id: str) -> None:
        self._select_id = entry_id
        if not self.isVisible():
            self._dirty = True

    def _editor_finished(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            self.side.removeWidget(editor)
            editor.deleteLater()
        self.side.setCurrentWidget(self.view)
        self.new_button.setEnabled(True)
        self.timeline.setFocus()

    def can_close(self) -> bool:
        """Asked before the scheda closes: an editor with unsaved text asks the user."""
        if self.editor is None:
            return True
        if not self.editor.may_leave():
            return False
        self._editor_finished()
        return True


TAB = DiarioTab
