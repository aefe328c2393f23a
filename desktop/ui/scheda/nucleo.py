"""Nucleo e ISEE: the household as the ISEE counts it, and the ISEE declarations
with their validity (an expired or expiring one stands out), beside the Misure
so the economic picture is read as one. ``trap_text`` words the benefit-trap
warnings for the Misure tab and the patto editor alike."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desktop.core import formats
from desktop.core.cartella.nucleo import (
    VALID, HouseholdFields, HouseholdRow, IseeFields, IseeRow, check_household_member,
    check_isee, list_household, list_isee,
)
from desktop.core.cartella.trappola import BenefitWarning
from desktop.core.errors import ValidationError
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import nucleo as ops
from desktop.ui.pages.base import set_column_widths
from desktop.ui.scheda.tab_base import ROWS_BATCH, FormDialog, SchedaTab, combo_code, read_date

TRAP_STYLE = ("QLabel { background: #fffbeb; border: 1px solid #fde68a; "
              "border-radius: 6px; padding: 8px 12px; color: #7c2d12; }")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def trap_text(warnings: list[BenefitWarning], *, names: bool = False, tr=lambda t: t) -> str:
    """The warnings as rich text: rule, amounts, consequence, and which year's
    thresholds were used (provisional or not). ``names`` for a patto of several."""
    lines = [f"<b>{_escape(tr('Attenzione: trappola assistenziale'))}</b>"]
    for w in warnings:
        who = f"{_escape(w.person_name)} — " if names else ""
        lines.append(f"• {who}<b>{_escape(w.title)}</b>: {_escape(w.amounts)}"
                     f"<br><span style='color:#57534e'>{_escape(w.rule)} "
                     f"{_escape(w.year_note)}</span>")
    return "<br>".join(lines)


def trap_banner() -> QLabel:
    """An empty, hidden banner for ``trap_text``."""
    label = QLabel()
    label.setObjectName("trapBanner")
    label.setStyleSheet(TRAP_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_trap(banner: QLabel, warnings: list[BenefitWarning], **kw) -> None:
    banner.setText(trap_text(warnings, **kw) if warnings else "")
    banner.setVisible(bool(warnings))


class NucleoTab(SchedaTab):
    watches = frozenset({"household_member", "isee_declaration"})
    catalogues = ("household_relation", "isee_kind")

    def __init__(self, store, person_id: str, parent=None):
        super().__init__(store, person_id, parent)
        self.add_button(self.tr("Aggiungi componente…"), self.add_member, name="addHousehold",
                        needs_choices=True)
        self.add_button(self.tr("Modifica…"), lambda: self.edit_member(self.selected()),
                        name="editHousehold", needs_row=True, tooltip=self.tr("Modifica (Invio)"))
        self.add_button(self.tr("Elimina"), self.remove_selected, name="removeHousehold",
                        needs_row=True, tooltip=self.tr("Elimina (Canc)"))
        columns = [
            Column(self.tr("Nome"), lambda r: r.name),
            Column(self.tr("Relazione"), lambda r: r.relationship_label),
            Column(self.tr("Nato/a il"), lambda r: formats.day(r.birth_date)),
            Column(self.tr("Convivente"), lambda r: self.tr("sì") if r.cohabiting else self.tr("no")),
            Column(self.tr("Dal"), lambda r: formats.day(r.since_on)),
            Column(self.tr("Al"), lambda r: formats.day(r.until_on)),
            Column(self.tr("Note"), lambda r: r.notes.replace("\n", " ")),
        ]
        self.build_rows_table(columns, stretch=6, fit=(1, 2, 3, 4, 5), widths={0: 220})
        self.table.setAccessibleName(self.tr("Componenti del nucleo"))
        self._build_isee()

    def _build_isee(self) -> None:
        title = QLabel(self.tr("ISEE"))
        title.setObjectName("sectionTitle")
        self._layout.addWidget(title)
        row = QHBoxLayout()
        row.setSpacing(8)
        self._isee_row_buttons: list[QPushButton] = []
        for text, slot, name, needs_row in (
                (self.tr("Registra ISEE…"), self.add_isee, "addIsee", False),
                (self.tr("Modifica…"), lambda: self.edit_isee(self.selected_isee()), "editIsee",
                 True),
                (self.tr("Elimina"), self.remove_selected_isee, "removeIsee", True)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setEnabled(False)
            row.addWidget(button)
            if needs_row:
                self._isee_row_buttons.append(button)
            else:
                self._choice_buttons.append(button)
        row.addStretch(1)
        self._layout.addLayout(row)
        right = Qt.AlignmentFlag.AlignRight
        self.isee_model = RowsModel([
            Column(self.tr("Tipo"), lambda r: r.kind_label),
            Column(self.tr("Valore"), lambda r: formats.money(r.value_cents), right),
            Column(self.tr("Rilasciato il"), lambda r: formats.day(r.issued_on)),
            Column(self.tr("Validità"), lambda r: r.validity_text),
            Column(self.tr("Componenti"), lambda r: "" if r.household_size is None
                   else str(r.household_size), right),
            Column(self.tr("Protocollo"), lambda r: r.protocol),
            Column(self.tr("Note"), lambda r: r.notes.replace("\n", " ")),
        ], self.store, batch=ROWS_BATCH, warn=lambda r: r.status != VALID, parent=self)
        box = QVBoxLayout()
        self._layout.addLayout(box, 1)
        self.isee_table = self.build_table(
            self.isee_model, stretch_column=6, into=box, name=self.tr("Attestazioni ISEE"),
            empty=lambda: self.tr("Nessuna attestazione ISEE registrata: «Registra ISEE…» ne "
                                  "aggiunge una, con il valore e la scadenza."))
        set_column_widths(self.isee_table, {0: 200, 3: 200})
        self.isee_model.loaded.connect(lambda: [self.isee_table.resizeColumnToContents(c)
                                                for c in (1, 2, 4)])
        self.isee_table.activated.connect(
            lambda index: self.edit_isee(self.isee_model.row_at(index.row())))
        self.isee_table.selectionModel().selectionChanged.connect(self._isee_selection)
        self.isee_model.modelReset.connect(self._isee_selection)
        self.isee_table.installEventFilter(self)

    def title(self) -> str:
        return self.tr("Nucleo e ISEE")

    def empty_text(self) -> str:
        return self.tr("Nessun componente del nucleo registrato. Aggiungili con "
                       "«Aggiungi componente…».")

    def fetch(self, session, offset: int, limit: int) -> list[HouseholdRow]:
        return list_household(session, self.person_id, offset, limit)

    def fetch_isee(self, session, offset: int, limit: int) -> list[IseeRow]:
        return list_isee(session, self.person_id, offset, limit)

    def load(self) -> None:
        super().load()
        self.isee_model.set_source(self.fetch_isee)

    def eventFilter(self, watched, event) -> bool:
        """Del on the ISEE table removes the selected declaration (after confirmation)."""
        if (watched is getattr(self, "isee_table", None) and event.type() == QEvent.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.Delete)):
            self.remove_selected_isee()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------- members
    def activate(self, row: HouseholdRow) -> None:
        self.edit_member(row)

    def add_member(self) -> None:
        self._open_member(None)

    def edit_member(self, row: HouseholdRow | None) -> None:
        if row is not None and self.choices is not None:
            self._open_member(row)

    def _open_member(self, row: HouseholdRow | None) -> None:
        fields = {}
        dialog = FormDialog(
            self, self.tr("Modifica componente del nucleo") if row
            else self.tr("Aggiungi al nucleo"),
            self.tr("Salva") if row else self.tr("Aggiungi"), lambda: self._save_member(fields, row))
        fields["first"] = dialog.line(self.tr("Nome:"), "first_name", row.first_name if row else "",
                                      max_length=100)
        fields["last"] = dialog.line(self.tr("Cognome:"), "last_name", row.last_name if row else "",
                                     max_length=100)
        fields["relation"] = dialog.combo(self.tr("Relazione:"), "relationship_code",
                                          self.choices["household_relation"],
                                          row.relationship_code if row else None)
        fields["born"] = dialog.date_line(self.tr("Nato/a il:"), "birth_date",
                                          row.birth_date if row else None)
        cohabiting = QCheckBox(self.tr("vive con la persona"))
        cohabiting.setChecked(row.cohabiting if row else True)
        fields["cohabiting"] = dialog.add_row(self.tr("Convivente:"), cohabiting, "cohabiting")
        fields["since"] = dialog.date_line(self.tr("Nel nucleo dal:"), "since_on",
                                           row.since_on if row else None)
        fields["until"] = dialog.date_line(self.tr("Fino al:"), "until_on",
                                           row.until_on if row else None)
        fields["notes"] = dialog.text_area(self.tr("Note:"), "notes", row.notes if row else "")
        self.open_form(dialog)

    def _save_member(self, fields: dict, row: HouseholdRow | None):
        values = check_household_member(HouseholdFields(  # at once; the core checks again
            first_name=fields["first"].text(), last_name=fields["last"].text(),
            relationship_code=combo_code(fields["relation"]),
            birth_date=read_date(fields["born"], self.tr("Data di nascita")),
            cohabiting=fields["cohabiting"].isChecked(),
            since_on=read_date(fields["since"], self.tr("Ingresso nel nucleo")),
            until_on=read_date(fields["until"], self.tr("Uscita dal nucleo")),
            member_person_id=row.member_person_id if row else None,
            notes=fields["notes"].toPlainText()), person_id=self.person_id)
        return ops.save_household_member(self, self.store, self.person_id, values,
                                         row.id if row else None)

    def removal_question(self, row: HouseholdRow) -> str:
        return self.tr("Togliere «%1» dal nucleo familiare?").replace("%1", row.name)

    def removal(self, row: HouseholdRow):
        return ops.remove_household_member(self, self.store, row.id)

    # ---------------------------------------------------------------- ISEE
    def selected_isee(self) -> IseeRow | None:
        index = self.isee_table.currentIndex()
        if not index.isValid() or not self.isee_table.selectionModel().isRowSelected(index.row()):
            return None
        return self.isee_model.row_at(index.row())

    def _isee_selection(self, *args) -> None:
        for button in self._isee_row_buttons:
            button.setEnabled(self.selected_isee() is not None)

    def add_isee(self) -> None:
        self._open_isee(None)

    def edit_isee(self, row: IseeRow | None) -> None:
        if row is not None and self.choices is not None:
            self._open_isee(row)

    def _open_isee(self, row: IseeRow | None) -> None:
        fields = {}
        dialog = FormDialog(
            self, self.tr("Modifica attestazione ISEE") if row else self.tr("Registra ISEE"),
            self.tr("Salva") if row else self.tr("Registra"), lambda: self._save_isee(fields, row))
        fields["kind"] = dialog.combo(self.tr("Tipo:"), "kind", self.choices["isee_kind"],
                                      row.kind if row else "ordinario")
        fields["value"] = dialog.line(self.tr("Valore ISEE:"), "value_cents",
                                      formats.money(row.value_cents) if row else "",
                                      placeholder=self.tr("es. 8.432,10"), max_length=20)
        fields["issued"] = dialog.date_line(self.tr("Rilasciato il:"), "issued_on",
                                            row.issued_on if row else None)
        fields["until"] = dialog.date_line(self.tr("Valido fino al:"), "valid_until",
                                           row.valid_until if row else None)
        fields["until"].setPlaceholderText(self.tr("vuoto: 31/12 dell'anno; 6 mesi se corrente"))
        fields["size"] = dialog.line(self.tr("Componenti:"), "household_size",
                                     str(row.household_size) if row and row.household_size
                                     else "", max_length=2)
        fields["protocol"] = dialog.line(self.tr("Protocollo:"), "protocol",
                                         row.protocol if row else "",
                                         placeholder="INPS-ISEE-…", max_length=60)
        fields["notes"] = dialog.text_area(self.tr("Note:"), "notes", row.notes if row else "")
        self.open_form(dialog)

    def _save_isee(self, fields: dict, row: IseeRow | None):
        values = check_isee(IseeFields(
            kind=combo_code(fields["kind"]), value_cents=self._amount(fields["value"]),
            issued_on=read_date(fields["issued"], self.tr("Data di rilascio"), required=True),
            valid_until=read_date(fields["until"], self.tr("Scadenza")),
            household_size=self._size(fields["size"]), protocol=fields["protocol"].text(),
            notes=fields["notes"].toPlainText()))
        return ops.save_isee(self, self.store, self.person_id, values, row.id if row else None)

    @staticmethod
    def _amount(edit: QLineEdit) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return formats.parse_money(text)
        except ValueError as exc:
            raise ValidationError(str(exc), "value_cents") from None

    def _size(self, edit: QLineEdit) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        if not text.isdigit():
            raise ValidationError(self.tr("Componenti: scrivi un numero."), "household_size")
        return int(text)

    def remove_selected_isee(self) -> None:
        row = self.selected_isee()
        if row is None:
            return
        question = self.tr("Eliminare l'attestazione ISEE del %1?").replace(
            "%1", formats.day(row.issued_on))
        self.confirm(question, self.tr("Elimina"),
                     lambda: ops.remove_isee(self, self.store, row.id).run_in_background())


TAB = NucleoTab
