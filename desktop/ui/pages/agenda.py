"""Agenda: the operator's week — verifications due, scadenze and planned home
visits — one day after the other, with what is overdue standing out, older
overdue items in their own «In ritardo» list, and the visit pack of the chosen
day printable from here.

The print buttons are added when the page is first shown: the PDF modules
load reportlab, which the start of the application should not wait for.

The items are fetched in the background into :attr:`AgendaPage.model` (one row
per item, this week's and the older overdue ones, as the texts users read); the
day list and the «In ritardo» list arrange those rows each time they arrive. Double-click
(or Enter) opens the patto of a verification, else the person.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from desktop.core import formats
from desktop.core.agenda import AgendaItem, agenda_items, week_of
from desktop.core.profile import OperatorChoice
from desktop.ui.models import (
    MUTED_TEXT, WARNING_BACKGROUND, WARNING_TEXT, Column, RowsModel,
)
from desktop.ui.operations import profile
from desktop.ui.pages.base import Page, set_tree_columns

AGENDA_LIMIT = 5000
ITEM = Qt.ItemDataRole.UserRole  # the AgendaItem of a row
DAY = Qt.ItemDataRole.UserRole + 1  # the date of a day heading
TODAY_TEXT = QColor("#0f4c5c")
DAY_BACKGROUND = QColor("#f3f5f8")
TODAY_BACKGROUND = QColor("#dbeaf0")
ALL_OPERATORS = ""  # combo data for «Tutti gli operatori»


class AgendaPage(Page):
    watches = frozenset({"verification", "deadline", "diary_entry", "patto", "patto_beneficiary",
                         "person", "operator"})

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.build_header()
        self.today = dt.date.today()
        self.week_start = week_of(self.today)[0]
        self.selected_day = self.today
        self.operator_id: str | None = store.operator_id  # None: everyone's agenda
        self._operators_loaded = False
        self._operator_names: dict[str, str] = {}
        self._pack: tuple[dt.date, str | None] = (self.selected_day, self.operator_id)
        self._progress_text = self.tr("Pacchetto visite: %1 di %2…")
        self._locale = QLocale()
        self._kinds = {"verifica": self.tr("Verifica"), "scadenza": self.tr("Scadenza"),
                       "visita": self.tr("Visita"), "fine_patto": self.tr("Fine patto")}
        late = self.tr("in ritardo")
        columns = [
            Column(self.tr("Giorno"), lambda i: (
                f"{self._locale.dayName(i.day.isoweekday(), QLocale.FormatType.ShortFormat)} "
                f"{formats.day(i.day)}")),
            Column(self.tr("Ora"), lambda i: i.time.strftime("%H:%M") if i.time else ""),
            Column(self.tr("Tipo"), lambda i: self._kinds.get(i.kind, i.kind)),
            Column(self.tr("Persona"), lambda i: i.person_name),
            Column(self.tr("Descrizione"), lambda i: i.title),
            Column(self.tr("Stato"), lambda i: late if i.overdue else ""),
        ]
        self.model = RowsModel(columns, store, batch=AGENDA_LIMIT, warn=lambda i: i.overdue,
                               parent=self)
        self._build_toolbar()
        self._build_lists()
        self._build_pack_bar()
        self.model.loaded.connect(self._rebuild)
        self.model.failed.connect(self._failed)
        self._show_week_label()

    # ------------------------------------------------------------ layout
    def _build_toolbar(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.prev_button = QPushButton(self.tr("◀ Precedente"))
        self.prev_button.setToolTip(self.tr("Settimana precedente (Ctrl+PgSu)"))
        self.prev_button.clicked.connect(lambda: self.go_to_week(self.week_start - dt.timedelta(7)))
        self.today_button = QPushButton(self.tr("Oggi"))
        self.today_button.setToolTip(self.tr("Torna alla settimana di oggi (Ctrl+Home)"))
        self.today_button.clicked.connect(self.go_to_today)
        self.next_button = QPushButton(self.tr("Successiva ▶"))
        self.next_button.setToolTip(self.tr("Settimana successiva (Ctrl+PgGiù)"))
        self.next_button.clicked.connect(lambda: self.go_to_week(self.week_start + dt.timedelta(7)))
        for button in (self.prev_button, self.today_button, self.next_button):
            row.addWidget(button)
        for keys, button in (("Ctrl+PgUp", self.prev_button), ("Ctrl+PgDown", self.next_button),
                             ("Ctrl+Home", self.today_button)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.week_label.setStyleSheet("#weekLabel { font-size: 13pt; font-weight: 600; "
                                      "padding-left: 10px; }")
        self.week_label.setWordWrap(True)  # two lines in a narrow window, never cut
        row.addWidget(self.week_label, 1)
        caption = QLabel(self.tr("&Operatore"))
        self.operator_filter = QComboBox()
        self.operator_filter.setObjectName("operatorFilter")
        self.operator_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.operator_filter.setMinimumContentsLength(14)
        self.operator_filter.setMaxVisibleItems(20)
        self.operator_filter.addItem(self.tr("Tutti gli operatori"), ALL_OPERATORS)
        self.operator_filter.currentIndexChanged.connect(self._operator_chosen)
        caption.setBuddy(self.operator_filter)
        row.addWidget(caption)
        row.addWidget(self.operator_filter)
        self._layout.addLayout(row)

    def _build_lists(self) -> None:
        self.week_tree = QTreeWidget()
        self.week_tree.setObjectName("weekTree")
        self.week_tree.setAccessibleName(self.tr("Impegni della settimana"))
        self.week_tree.setColumnCount(5)
        self.week_tree.setHeaderLabels([self.tr("Ora"), self.tr("Tipo"), self.tr("Persona"),
                                        self.tr("Descrizione"), self.tr("Stato")])
        self.week_tree.setRootIsDecorated(False)
        self.week_tree.setItemsExpandable(False)
        self.week_tree.setUniformRowHeights(True)
        self.week_tree.setAlternatingRowColors(False)
        self.week_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_tree.setIndentation(0)
        header = self.week_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        set_tree_columns(self.week_tree, {0: 90, 1: 90, 2: 180, 4: 90})
        self.week_tree.setStyleSheet("#weekTree { border: 1px solid #e2e6ec; border-radius: 6px; "
                                     "selection-background-color: #d7ece9; "
                                     "selection-color: #0b3b36; }"
                                     "#weekTree::item { padding: 4px 6px; }")
        self.week_tree.currentItemChanged.connect(self._day_item_changed)
        self.week_tree.itemActivated.connect(lambda item, _col: self._open(item.data(0, ITEM)))

        overdue_box = QFrame()
        overdue_box.setObjectName("overdueBox")
        overdue_box.setStyleSheet("#overdueBox { border: 1px solid #f3c9a8; border-radius: 6px; "
                                  "background: #fffaf5; }")
        box = QVBoxLayout(overdue_box)
        box.setContentsMargins(12, 10, 12, 10)
        self.overdue_title = QLabel()
        self.overdue_title.setObjectName("overdueTitle")
        self.overdue_title.setStyleSheet(f"#overdueTitle {{ color: {WARNING_TEXT.name()}; "
                                         "font-size: 12pt; font-weight: 600; }")
        box.addWidget(self.overdue_title)
        hint = QLabel(self.tr("Impegni delle settimane precedenti non ancora svolti."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.overdue_list = QListWidget()
        self.overdue_list.setObjectName("overdueList")
        self.overdue_list.setAccessibleName(self.tr("Impegni arretrati"))
        self.overdue_list.setAccessibleDescription(hint.text())
        self.overdue_list.setFrameShape(QFrame.Shape.NoFrame)
        self.overdue_list.setWordWrap(True)
        self.overdue_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.overdue_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overdue_list.setStyleSheet("#overdueList { background: #fffaf5; "
                                        "selection-background-color: #fde7d3; "
                                        "selection-color: #7c2d12; }"
                                        "#overdueList::item { padding: 5px 0px; "
                                        "border-bottom: 1px solid #f3e1d2; }")
        self.overdue_list.itemActivated.connect(lambda item: self._open(item.data(ITEM)))
        box.addWidget(self.overdue_list, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.week_tree)
        splitter.addWidget(overdue_box)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        overdue_box.setMinimumWidth(260)
        self.splitter = splitter
        self._layout.addWidget(splitter, 1)

    def _build_pack_bar(self) -> None:
        bar = QFrame()
        bar.setObjectName("card")
        row = QHBoxLayout(bar)
        row.setContentsMargins(14, 8, 10, 8)
        self.pack_label = QLabel()
        self.pack_label.setWordWrap(True)
        row.addWidget(self.pack_label, 1)
        self._pack_row = row
        self.save_pack_button: QPushButton | None = None
        self.open_pack_button: QPushButton | None = None
        self._layout.addWidget(bar)

    def _add_print_buttons(self) -> None:
        from desktop.ui import print_actions

        self.save_pack_button, self.open_pack_button = print_actions.add_print_buttons(
            self._pack_row, self, self.store, build=self._build_pack,
            file_name=self._pack_file_name)
        self.save_pack_button.setToolTip(self.tr(
            "Salva il pacchetto delle visite del giorno scelto: elenco, schede delle persone, "
            "patti e fogli per le note"))
        self.open_pack_button.setToolTip(self.tr("Apri il pacchetto delle visite del giorno scelto "
                                                 "per stamparlo"))

    def showEvent(self, event) -> None:
        if self.open_pack_button is None:
            self._add_print_buttons()
        super().showEvent(event)

    # --------------------------------------------------------- interface
    def subtitle(self) -> str:
        return self.tr("Verifiche dei patti, scadenze e visite domiciliari pianificate, giorno per "
                       "giorno. Gli impegni scaduti e non svolti sono in evidenza.")

    def load(self) -> None:
        if not self._operators_loaded:
            self._operators_loaded = True
            profile.active_operators(self, self.store).success(self._fill_operators) \
                .run_in_background()
        self.today = dt.date.today()
        start, end = self.week_start, self.week_start + dt.timedelta(days=6)
        operator_id, today = self.operator_id, self.today

        def fetch(session, offset: int, limit: int):
            if offset:
                return []
            items = agenda_items(session, start, end, operator_id=operator_id, today=today,
                                 fold_verification_deadlines=True)
            return items[:limit]

        self.model.set_source(fetch)

    def go_to_week(self, day: dt.date) -> None:
        """Show the week holding ``day``; the chosen day moves by whole weeks."""
        start = week_of(day)[0]
        self.selected_day = self.selected_day + (start - self.week_start)
        self.week_start = start
        self._show_week_label()
        self._reload()

    def go_to_today(self) -> None:
        self.selected_day = self.today = dt.date.today()
        self.week_start = week_of(self.today)[0]
        self._show_week_label()
        self._reload()

    def set_operator(self, operator_id: str | None) -> None:
        """Whose agenda: an operator's id, or None for everyone's."""
        self.operator_id = operator_id
        index = self.operator_filter.findData(operator_id or ALL_OPERATORS)
        if index >= 0:
            self.operator_filter.blockSignals(True)
            self.operator_filter.setCurrentIndex(index)
            self.operator_filter.blockSignals(False)
        self._reload()

    def day_heading(self, day: dt.date) -> QTreeWidgetItem | None:
        for n in range(self.week_tree.topLevelItemCount()):
            item = self.week_tree.topLevelItem(n)
            if item.data(0, DAY) == day:
                return item
        return None

    def items_on(self, day: dt.date) -> list[AgendaItem]:
        heading = self.day_heading(day)
        if heading is None:
            return []
        children = (heading.child(n).data(0, ITEM) for n in range(heading.childCount()))
        return [item for item in children if item is not None]

    def overdue_items(self) -> list[AgendaItem]:
        return [self.overdue_list.item(n).data(ITEM) for n in range(self.overdue_list.count())]

    # ----------------------------------------------------------- filling
    def _show_week_label(self) -> None:
        end = self.week_start + dt.timedelta(days=6)
        text = self.tr("%1 – %2").replace("%1", formats.day(self.week_start)) \
            .replace("%2", formats.day(end))
        if self.week_start <= dt.date.today() <= end:
            text += " · " + self.tr("questa settimana")
        self.week_label.setText(text)
        self._update_pack()

    def _fill_operators(self, choices: list[OperatorChoice]) -> None:
        operators = [(o.id, o.full_name) for o in choices]
        box = self.operator_filter
        box.blockSignals(True)
        box.clear()
        self._operator_names = dict(operators)
        mine = next((name for oid, name in operators if oid == self.store.operator_id), None)
        if mine is not None:
            box.addItem(self.tr("%1 (io)").replace("%1", mine), self.store.operator_id)
        box.addItem(self.tr("Tutti gli operatori"), ALL_OPERATORS)
        box.insertSeparator(box.count())
        for oid, name in operators:
            if oid != self.store.operator_id:
                box.addItem(name, oid)
        box.setCurrentIndex(max(box.findData(self.operator_id or ALL_OPERATORS), 0))
        box.blockSignals(False)
        self._update_pack()

    def refresh(self, changes, initiator: object | None = None) -> None:
        if changes.touches({"operator"}):
            self._operators_loaded = False
        super().refresh(changes, initiator)

    def _operator_chosen(self, index: int) -> None:
        self.operator_id = self.operator_filter.itemData(index) or None
        self._reload()

    def _rebuild(self) -> None:
        model = self.model
        rows = [(model.row_at(r), [model.data(model.index(r, c))
                                   for c in range(model.columnCount())])
                for r in range(model.rowCount())]
        self._fill_week([(i, texts) for i, texts in rows if i.day >= self.week_start])
        self._fill_overdue([(i, texts) for i, texts in rows if i.day < self.week_start])
        self._update_pack()

    def _fill_week(self, rows: list[tuple[AgendaItem, list[str]]]) -> None:
        tree = self.week_tree
        tree.blockSignals(True)
        tree.clear()
        selected: QTreeWidgetItem | None = None
        for offset in range(7):
            day = self.week_start + dt.timedelta(days=offset)
            on_day = [(item, texts) for item, texts in rows if item.day == day]
            heading = self._heading(day, len(on_day))
            tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for item, texts in on_day:
                heading.addChild(self._row(item, texts[1:]))  # the day is the heading
            heading.setExpanded(True)
            if day == self.selected_day:
                selected = heading
        tree.blockSignals(False)
        if selected is None:
            selected = tree.topLevelItem(0)
            self.selected_day = selected.data(0, DAY)
        tree.setCurrentItem(selected)
        tree.scrollToItem(selected, QAbstractItemView.ScrollHint.PositionAtTop)

    def _heading(self, day: dt.date, count: int) -> QTreeWidgetItem:
        name = self._locale.toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
        parts = [name[:1].upper() + name[1:]]
        if day == self.today:
            parts.append(self.tr("oggi"))
        if count:
            parts.append(self.tr("1 impegno") if count == 1
                         else self.tr("%1 impegni").replace("%1", str(count)))
        else:
            parts.append(self.tr("nessun impegno"))
        heading = QTreeWidgetItem([" · ".join(parts)])
        heading.setData(0, DAY, day)
        font = QFont(self.week_tree.font())
        font.setBold(True)
        heading.setFont(0, font)
        today = day == self.today
        heading.setBackground(0, QBrush(TODAY_BACKGROUND if today else DAY_BACKGROUND))
        heading.setForeground(0, QBrush(TODAY_TEXT if today or count else MUTED_TEXT))
        return heading

    def _row(self, item: AgendaItem, texts: list[str]) -> QTreeWidgetItem:
        """Ora, Tipo, Persona, Descrizione, Stato; late ones in the warning colours."""
        row = QTreeWidgetItem(texts)
        row.setData(0, ITEM, item)
        for column, text in enumerate(texts):  # the whole text of an elided cell
            row.setToolTip(column, text)
        row.setToolTip(3, item.title)
        if item.overdue:
            for column in range(len(texts)):
                row.setForeground(column, QBrush(WARNING_TEXT))
                row.setBackground(column, QBrush(WARNING_BACKGROUND))
            font = QFont(self.week_tree.font())
            font.setBold(True)
            row.setFont(4, font)
        return row

    def _fill_overdue(self, rows: list[tuple[AgendaItem, list[str]]]) -> None:
        self.overdue_list.clear()
        self.overdue_title.setText(self.tr("In ritardo (%1)").replace("%1", str(len(rows))))
        if not rows:
            empty = QListWidgetItem(self.tr("Nessun impegno in ritardo."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.overdue_list.addItem(empty)
            return
        for item, texts in sorted(rows, key=lambda r: r[0].day, reverse=True):  # newest first
            day, _time, kind, person, title, _state = texts
            entry = QListWidgetItem(f"{day} · {kind} · {person}\n{title}")
            entry.setData(ITEM, item)
            entry.setForeground(QBrush(WARNING_TEXT))
            entry.setToolTip(self.tr("Doppio clic per aprire"))
            self.overdue_list.addItem(entry)

    def _failed(self, message: str) -> None:
        self.week_tree.clear()
        self.week_tree.addTopLevelItem(QTreeWidgetItem([message]))
        self.overdue_list.clear()

    # ------------------------------------------------------- interaction
    def _day_item_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            return
        heading = current if current.parent() is None else current.parent()
        day = heading.data(0, DAY)
        if day is not None:
            self.selected_day = day
            self._update_pack()

    def _open(self, item: AgendaItem | None) -> None:
        if item is None:
            return
        if item.kind in ("verifica", "fine_patto") and item.patto_id:
            self.window().open_patto(item.patto_id)
        elif item.person_id:
            self.window().open_person(item.person_id)

    # ------------------------------------------------------- visit pack
    def _update_pack(self) -> None:
        day = self.selected_day
        self._pack = (day, self.operator_id)
        visits = sum(1 for i in self.items_on(day) if i.kind == "visita")
        name = self._locale.toString(QDate(day.year, day.month, day.day), "dddd")
        when = f"{name} {formats.day(day)}"
        count = (self.tr("nessuna visita pianificata") if visits == 0 else
                 self.tr("1 visita pianificata") if visits == 1 else
                 self.tr("%1 visite pianificate").replace("%1", str(visits)))
        self.pack_label.setText(
            self.tr("<b>Pacchetto visite di %1</b> — %2. Elenco delle visite, scheda di ogni "
                    "persona, patto da portare e fogli per le note.")
            .replace("%1", when).replace("%2", count))

    def _build_pack(self, session, progress) -> bytes:
        """Runs on the worker: the pack of the day and operator chosen when the
        button was pressed (``_pack`` is replaced, never changed in place)."""
        from desktop.pdf.visit_pack import visit_pack_pdf

        day, operator_id = self._pack
        text = self._progress_text

        def step(done: int, total: int, _name: str) -> None:
            progress(done, total, text.replace("%1", str(min(done + 1, total)))
                     .replace("%2", str(total)))

        return visit_pack_pdf(session, day, operator_id, progress=step)

    def _pack_file_name(self) -> str:
        from desktop.ui.print_actions import safe_file_name

        day, operator_id = self._pack
        who = self._operator_names.get(operator_id, "") if operator_id else self.tr("tutti")
        return safe_file_name(f"visite {day.isoformat()} {who}")


PAGE = AgendaPage
