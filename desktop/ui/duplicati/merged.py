"""The line under a merged scheda's header: «Unita alla scheda di … [Apri]
[Annulla l'unione]», one per record confirmed as the same person; hidden when
there is none."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.operations import OpChanges, show_failure
from desktop.ui.operations import duplicati as ops
from desktop.ui.person_dialog.duplicates import facts_of
from desktop.ui.questions import ask

TABLES = frozenset({"person_link", "person"})
STYLE = "#mergedLine { background: #eef6f5; border: 1px solid #b9dcd6; border-radius: 6px; }"


class MergedLine(QFrame):
    def __init__(self, store, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergedLine")
        self.setStyleSheet(STYLE)
        self.store = store
        self.person_id = person_id
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(12, 6, 12, 6)
        self.rows.setSpacing(4)
        self.merged: list = []
        self.hide()
        self.load()

    def load(self) -> None:
        ops.merged_with(self, self.store, self.person_id).success(self._show).run_in_background()

    def refresh(self, changes: OpChanges) -> None:
        if changes.touches(TABLES):
            self.load()

    def _show(self, merged: list) -> None:
        self.merged = merged
        while self.rows.count():
            item = self.rows.takeAt(0)
            while item.layout() is not None and item.layout().count():
                child = item.layout().takeAt(0)
                if child.widget() is not None:
                    child.widget().deleteLater()
        for link in merged:
            row = QHBoxLayout()
            facts = facts_of(link.person, self.tr)
            text = QLabel(self.tr("Unita alla scheda di %1 (%2)").replace(
                "%1", link.person.full_name).replace("%2", facts[:1].lower() + facts[1:]))
            text.setWordWrap(True)
            text.setObjectName("mergedText")
            row.addWidget(text, 1)
            open_button = QPushButton(self.tr("Apri"))
            open_button.setObjectName("openMergedButton")
            open_button.clicked.connect(lambda _=False, pid=link.person.person_id:
                                        self.window().open_person(pid))
            undo_button = QPushButton(self.tr("Annulla l'unione"))
            undo_button.setObjectName("unmergeButton")
            undo_button.clicked.connect(lambda _=False, m=link: self._ask_unmerge(m))
            row.addWidget(open_button)
            row.addWidget(undo_button)
            self.rows.addLayout(row)
        self.setVisible(bool(merged))

    def _ask_unmerge(self, link) -> None:
        self.unmerge_box = ask(
            self, self.tr("Annullare l'unione con la scheda di %1?").replace(
                "%1", link.person.full_name),
            self.tr("Annulla l'unione"), lambda: self.unmerge(link.link_id),
            details=self.tr("Le due schede tornano separate, come prima dell'unione, e la "
                            "coppia torna tra i possibili doppioni."), name="unmergeBox")

    def unmerge(self, link_id: str) -> None:
        ops.unmerge(self, self.store, link_id).failure(lambda exc: show_failure(self, exc)) \
            .run_in_background()
