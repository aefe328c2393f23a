"""The Diario tab: the timeline on the left, the reader or the editor on the right."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListView,
    QMessageBox, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from desktop.core.cartella.diario import TABLES, DiaryChoices, DiaryRow
from desktop.core.formats import day_time
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import OpChanges
from desktop.ui.operations import diario as operations
from desktop.ui.questions import ask
from desktop.ui.scheda.diario.editor import EntryEditor
from desktop.ui.scheda.diario.timeline import EntryView, TimelineDelegate, summary

BATCH = 500  # a whole diary in one query for all but the longest cartelle
SEARCH_PAUSE_MS = 250  # the timeline follows the search box once typing pauses


class DiarioTab(QWidget):
    """The Diario tab of the scheda persona (see the module docstring)."""

    def __init__(self, store, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.person_id = person_id
        self.lookups: DiaryChoices | None = None
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
        type_label = QLabel(self.tr("Tipo:"))
        bar.addWidget(type_label)
        self.filter = QComboBox()
        type_label.setBuddy(self.filter)
        self.filter.setObjectName("diaryFilter")
        self.filter.addItem(self.tr("Tutti i tipi"), None)
        self.filter.setMinimumWidth(200)
        self.filter.currentIndexChanged.connect(self._load_rows)
        bar.addWidget(self.filter)
        self.search = QLineEdit()
        self.search.setObjectName("diarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Cerca nel testo…"))
        self.search.setAccessibleName(self.tr("Cerca nel diario"))
        self.search.setAccessibleDescription(self.tr(
            "Mostra solo le voci che contengono tutte le parole scritte, anche solo l'inizio, "
            "senza badare ad accenti e maiuscole"))
        self.search.setMinimumWidth(180)
        self._search_pause = QTimer(self)
        self._search_pause.setSingleShot(True)
        self._search_pause.setInterval(SEARCH_PAUSE_MS)
        self._search_pause.timeout.connect(self._load_rows)
        self.search.textChanged.connect(lambda _text: self._search_pause.start())
        bar.addWidget(self.search)
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
        self.timeline.setAccessibleName(self.tr("Voci del diario"))
        self.timeline.setAccessibleDescription(self.tr(
            "Frecce per scorrere, Invio modifica la voce scelta, Ctrl+N scrive una nuova voce"))
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
        if changes.touches(TABLES):
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
        operations.choices(self, self.store).success(self._lookups_loaded).run_in_background()

    def _load_rows(self) -> None:
        row = self.current_row()
        if row is not None and self._select_id is None:
            self._select_id = row.id
        self.model.set_source(operations.timeline(self.person_id, self.filter.currentData(),
                                                  self.search.text().strip() or None))

    def _lookups_loaded(self, lookups: DiaryChoices) -> None:
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
        if self.search.text().strip():
            text = (self.tr("%1 trovate").replace("%1", text) if n != 1
                    else self.tr("1 voce trovata"))
            self.count.setText(text if n else self.tr("Nessuna voce trovata"))
        else:
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
        """Show ``entry_id`` (a correction link); clears the type filter and the
        search if they hide it."""
        index = self._row_index(entry_id)
        if index is not None:
            self.timeline.setCurrentIndex(self.model.index(index, 0))
            self.timeline.scrollTo(self.model.index(index, 0))
            return
        self._select_id = entry_id
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
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
        if row is None or not row.closable:
            return
        self._ask("closeEntryBox", QMessageBox.Icon.Question,
                  self.tr("Chiudere la voce del %1?").replace("%1", day_time(row.occurred_at)),
                  self.tr("Una voce chiusa non si può più modificare: eventuali errori si "
                          "rettificano aggiungendo una correzione."),
                  self.tr("Chiudi voce"), lambda: self._close_entry(row.id))

    def _close_entry(self, entry_id: str) -> None:
        self._select_id = entry_id
        operations.close_entry(self, self.store, entry_id).run_in_background()

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

