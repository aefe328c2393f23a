"""The «Squadra» card: "crea squadra" shows the recovery code, "unisciti alla
squadra" takes it, and the code can be shown again."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import TessereError
from desktop.sync.team import check_code
from desktop.ui.operations import failure_message
from desktop.ui.operations import sync as ops
from desktop.ui.pages.sincronizzazione.widgets import card, message_label, say


class TeamSection:
    """The page's team card (a section of ``SincronizzazionePage``)."""

    def _build_team(self) -> QFrame:
        frame, layout = card(self.tr("Squadra"))
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
        self.code_edit.setAccessibleName(self.tr("Codice della squadra"))
        self.code_edit.setAccessibleDescription(join_label.text())
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
        self.team_message = message_label()
        layout.addWidget(self.team_message)
        return frame

    def _show_team(self, in_team: bool) -> None:
        self.create_box.setVisible(not in_team)
        self.show_code_button.setVisible(in_team and self.code_label.isHidden())
        if in_team:
            self.team_label.setText(self.tr("Questo computer fa parte della squadra."))
        else:
            self.team_label.setText(self.tr(
                "Questo computer non fa ancora parte di una squadra: creala qui se è il primo, "
                "altrimenti unisciti con il codice."))

    def create_team(self) -> None:
        (ops.create_team(self, self.store)
         .success(self._team_code_shown)
         .failure(lambda exc: say(self.team_message, failure_message(exc)))
         .run_in_background())

    def join_team(self) -> None:
        code = self.code_edit.text()
        try:
            check_code(code)  # a mistyped code is told at once
        except TessereError as exc:
            say(self.team_message, str(exc))
            return
        (ops.join_team(self, self.store, code)
         .success(lambda _none: self._team_joined())
         .failure(lambda exc: say(self.team_message, failure_message(exc)))
         .run_in_background())

    def _team_joined(self) -> None:
        self.code_edit.clear()
        say(self.team_message, self.tr("Questo computer ora fa parte della squadra."), ok=True)
        self.controller().settings_changed()
        self._reload()

    def show_code(self) -> None:
        (ops.team_code(self, self.store)
         .success(self._team_code_shown)
         .failure(lambda exc: say(self.team_message, failure_message(exc)))
         .run_in_background())

    def _team_code_shown(self, code: str) -> None:
        say(self.team_message, "")
        self.code_label.setText(code)
        self.code_label.show()
        self.code_note.show()
        self.show_code_button.hide()
        self.controller().settings_changed()
        self._reload()
