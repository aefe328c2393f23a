"""The diary's timeline: each entry as a card on a vertical rail, and the
selected entry in full with what can be done to it (edit, close, correct)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from desktop.core.cartella.diario import DiaryRow
from desktop.core.formats import day_time
from desktop.ui.models import RowsModel


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
        self.text.setAccessibleName(self.tr("Testo della voce scelta"))
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
        self.close_button.setEnabled(row.closable)
        self.close_button.setToolTip(
            self.tr("Una visita pianificata si chiude dopo averla svolta")
            if row.status == "pianificata" else
            self.tr("Congela la voce: poi si rettifica solo aggiungendo una correzione"))
        self.correct_button.setVisible(row.closed)
