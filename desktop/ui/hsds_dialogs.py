"""File › Importa risorse (HSDS) and Esporta risorse (HSDS): the resource directory
in and out as Open Referral HSDS 3.0.

The import shows the preview first (computed in the background): every entry
with its status, the fields that differ and the message of a rejected row, the
counts, a filter by status. «Importa» writes in the background, in one
transaction, and the dialog ends with a summary. Nothing touches the data but
the named operations in ``desktop.ui.operations.hsds``."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFileDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.core.risorse.hsds import STATUSES, ImportPlan, ImportResult
from desktop.ui.operations import hsds as ops
from desktop.ui.screen_fit import FittedDialog

STATUS_COLOURS = {"new": "#dcfce7", "changed": "#dbeafe", "conflicting": "#ffedd5",
                  "rejected": "#fee2e2"}


def may_manage_resources(parent: QWidget, store) -> bool:
    """The window's answer before the core's: without the permission, say so."""
    access = store.access
    if access is None or access.can("manage_resources"):
        return True
    QMessageBox.information(parent, parent.tr("Mappa delle risorse"), parent.tr(
        "Il tuo ruolo non permette di gestire la mappa delle risorse: importare ed esportare "
        "in HSDS spetta a chi la gestisce. Se ti serve, chiedi all'amministratore."))
    return False


class ImportResourcesDialog(FittedDialog):
    COLUMNS = ("Stato", "Voce", "Nome", "Dove", "Campi diversi", "Messaggio")

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Importa risorse (HSDS 3.0)"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Scegli un pacchetto HSDS 3.0 (Open Referral): una cartella con datapackage.json e "
            "i CSV, uno .zip che li contenga o un file .json di servizi. Prima vedi cosa "
            "cambierebbe; nulla viene scritto finché non premi «Importa»."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        chooser = QHBoxLayout()
        self.path_field = QLineEdit()
        self.path_field.setReadOnly(True)
        self.path_field.setPlaceholderText(self.tr("Nessun pacchetto scelto"))
        self.path_field.setAccessibleName(self.tr("Pacchetto da importare"))
        chooser.addWidget(self.path_field, 1)
        file_button = QPushButton(self.tr("Scegli file…"))
        file_button.clicked.connect(self._choose_file)
        folder_button = QPushButton(self.tr("Scegli cartella…"))
        folder_button.clicked.connect(self._choose_folder)
        chooser.addWidget(file_button)
        chooser.addWidget(folder_button)
        layout.addLayout(chooser)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.hide()
        layout.addWidget(self.notes)

        summary = QHBoxLayout()
        self.counts = QLabel()
        summary.addWidget(self.counts, 1)
        show_label = QLabel(self.tr("Mostra:"))
        summary.addWidget(show_label)
        self.filter = QComboBox()
        show_label.setBuddy(self.filter)
        self.filter.addItem(self.tr("Tutte le voci"), None)
        for code, label in STATUSES.items():
            self.filter.addItem(label, code)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        summary.addWidget(self.filter)
        layout.addLayout(summary)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("Anteprima dell'importazione"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(len(self.COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.detail = QLabel()  # the whole message of the chosen entry, cut in the table
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.currentCellChanged.connect(self._show_detail)
        layout.addWidget(self.detail)

        self.accept_conflicts = QCheckBox(self.tr(
            "Accetta i conflitti: nelle voci in conflitto prevale il file"))
        self.accept_conflicts.hide()
        layout.addWidget(self.accept_conflicts)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("Importa"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        close = buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    # ---------------------------------------------------------- choosing
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pacchetto HSDS"), str(Path.home()),
            self.tr("Pacchetti HSDS (*.zip *.json datapackage.json *.csv)"))
        if path:
            self.choose(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Cartella del pacchetto HSDS"),
                                                str(Path.home()))
        if path:
            self.choose(path)

    def choose(self, path: str | Path) -> None:
        """Shows ``path`` and computes its preview in the background."""
        if Path(path).name == "datapackage.json":
            path = Path(path).parent
        self.path_field.setText(str(path))
        self.plan = None
        self.result = None
        self.table.setRowCount(0)
        self.detail.clear()
        self.counts.clear()
        self.outcome.clear()
        self.notes.hide()
        self.import_button.setEnabled(False)
        self.busy.show()
        (ops.preview_import(self, self.store, str(path))
         .with_progress(self.tr("Lettura del pacchetto HSDS…"))
         .success(self.show_plan)
         .failure(self._failed)
         .run_in_background())

    def _failed(self, error: BaseException) -> None:
        from desktop.ui.operations import failure_message

        self.busy.hide()
        self.outcome.setText(failure_message(error))

    # ---------------------------------------------------------- preview
    def show_plan(self, plan: ImportPlan) -> None:
        self.busy.hide()
        self.plan = plan
        if plan.notes:
            self.notes.setText("\n".join(f"• {note}" for note in plan.notes))
            self.notes.show()
        counts = plan.counts()
        self.counts.setText(self.tr("Nuove: %1 · Modificate: %2 · Invariate: %3 · "
                                    "In conflitto: %4 · Scartate: %5")
                            .replace("%1", str(counts["new"]))
                            .replace("%2", str(counts["changed"]))
                            .replace("%3", str(counts["unchanged"]))
                            .replace("%4", str(counts["conflicting"]))
                            .replace("%5", str(counts["rejected"])))
        order = {code: position for position, code in enumerate(
            ("conflicting", "rejected", "new", "changed", "unchanged"))}
        entries = sorted(plan.entries, key=lambda e: order[e.status])
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (STATUSES[entry.status], entry.kind, entry.name,
                     f"{entry.source}, {entry.where}", ", ".join(entry.fields), entry.message)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, entry.status)
                    if entry.status in STATUS_COLOURS:
                        item.setBackground(QColor(STATUS_COLOURS[entry.status]))
                self.table.setItem(row, column, item)
        self._apply_filter()
        self.accept_conflicts.setVisible(counts["conflicting"] > 0)
        writable = counts["new"] + counts["changed"] + counts["conflicting"]
        self.import_button.setEnabled(writable > 0)
        if not writable:
            self.outcome.setText(self.tr("Nulla da importare: la mappa ha già tutto quello "
                                         "che il pacchetto contiene."))

    def _show_detail(self, row: int, *_ignored) -> None:
        item = self.table.item(row, len(self.COLUMNS) - 1) if row >= 0 else None
        self.detail.setText(item.text() if item is not None else "")

    def visible_statuses(self) -> list[str]:
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
                for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _apply_filter(self) -> None:
        wanted = self.filter.currentData()
        for row in range(self.table.rowCount()):
            status = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            self.table.setRowHidden(row, wanted is not None and status != wanted)

    # ---------------------------------------------------------- import
    def run_import(self) -> None:
        if self.plan is None:
            return
        self.import_button.setEnabled(False)
        self.busy.show()
        (ops.apply_import(self, self.store, self.plan, self.accept_conflicts.isChecked())
         .with_progress(self.tr("Importazione delle risorse…"))
         .success(self._imported)
         .failure(self._import_failed)
         .run_in_background())

    def _imported(self, result: ImportResult) -> None:
        self.busy.hide()
        self.result = result
        self.outcome.setText(self.tr("Importazione fatta: %1 voci nuove, %2 modificate, "
                                     "%3 scartate (vedi l'elenco).")
                             .replace("%1", str(result.new)).replace("%2", str(result.changed))
                             .replace("%3", str(result.rejected)))

    def _import_failed(self, error: BaseException) -> None:
        self._failed(error)
        self.import_button.setEnabled(True)


class ExportResourcesDialog(FittedDialog):
    """Where and in which of the standard's two forms."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Esporta risorse (HSDS 3.0)"))
        self.resize(620, 220)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Esporta organizzazioni, servizi, sedi, contatti e orari nel formato aperto HSDS "
            "3.0 (Open Referral), leggibile da altri sistemi e da un'altra installazione di "
            "Tessere."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        chooser = QHBoxLayout()
        self.folder_field = QLineEdit()
        self.folder_field.setPlaceholderText(self.tr("Cartella di destinazione"))
        self.folder_field.setAccessibleName(self.tr("Cartella di destinazione"))
        chooser.addWidget(self.folder_field, 1)
        browse = QPushButton(self.tr("Scegli cartella…"))
        browse.clicked.connect(self._choose_folder)
        chooser.addWidget(browse)
        layout.addLayout(chooser)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Formato"))
        self.format.addItem(self.tr("Tabelle CSV con datapackage.json"), "csv")
        self.format.addItem(self.tr("Un file JSON di servizi (forma annidata)"), "json")
        layout.addWidget(self.format)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("Esporta"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.run_export)
        close = buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Cartella di destinazione"),
                                                str(Path.home()))
        if path:
            self.folder_field.setText(path)

    def run_export(self) -> None:
        folder = self.folder_field.text().strip()
        if not folder:
            self.outcome.setText(self.tr("Scegli prima la cartella di destinazione."))
            return
        self.export_button.setEnabled(False)
        (ops.export_package(self, self.store, folder, self.format.currentData())
         .with_progress(self.tr("Esportazione delle risorse…"))
         .success(self._exported)
         .failure(self._failed)
         .run_in_background())

    def _exported(self, result) -> None:
        self.export_button.setEnabled(True)
        self.outcome.setText(self.tr("Esportati in «%1»: %2 organizzazioni, %3 servizi, %4 sedi "
                                     "(%5 file).")
                             .replace("%1", result.folder)
                             .replace("%2", str(result.counts.get("organization", 0)))
                             .replace("%3", str(result.counts.get("service", 0)))
                             .replace("%4", str(result.counts.get("location", 0)))
                             .replace("%5", str(len(result.files))))

    def _failed(self, error: BaseException) -> None:
        from desktop.ui.operations import failure_message

        self.export_button.setEnabled(True)
        self.outcome.setText(failure_message(error))
