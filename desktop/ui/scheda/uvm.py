"""UVM: the person's UVM / équipe sessions, latest first — who met (from
which organisations, in which role), the instruments, the decision, the
budget authorised, the next review and the patti each authorised. A session
is recorded once held; its next review shows in the agenda as a scadenza."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QTextBrowser

from desktop.core import formats
from desktop.core.cartella.uvm import (
    FormChoices, SessionFields, UvmRow, check_session, list_sessions,
)
from desktop.core.errors import ValidationError
from desktop.ui.models import Column
from desktop.ui.operations import uvm as ops
from desktop.ui.scheda.tab_base import FormDialog, SchedaTab, combo_code, read_date
from desktop.ui.scheda.uvm_form import InstrumentsList, MembersTable


class UvmTab(SchedaTab):
    watches = frozenset({"uvm_session", "uvm_member", "patto", "operator", "organisation",
                         "team_template"})

    def __init__(self, store, person_id: str, parent=None):
        super().__init__(store, person_id, parent)
        self.choices: FormChoices | None = None
        self.add_button(self.tr("Registra seduta UVM…"), self.add_session, name="addUvm",
                        needs_choices=True)
        self.add_button(self.tr("Modifica…"), lambda: self.edit_session(self.selected()),
                        name="editUvm", needs_row=True, tooltip=self.tr("Modifica (Invio)"))
        self.add_button(self.tr("Elimina"), self.remove_selected, name="removeUvm",
                        needs_row=True, tooltip=self.tr("Elimina (Canc)"))
        columns = [
            Column(self.tr("Data"), lambda r: formats.day(r.held_on)),
            Column(self.tr("Decisione"), lambda r: r.decision_label),
            Column(self.tr("Budget autorizzato"), lambda r: r.budget_text or "—"),
            Column(self.tr("Prossima rivalutazione"),
                   lambda r: formats.day(r.next_review_on) or "—"),
            Column(self.tr("Partecipanti"), lambda r: r.members_text),
            Column(self.tr("Patti autorizzati"), lambda r: ", ".join(p.title for p in r.patti)),
        ]
        self.build_rows_table(columns, stretch=4, fit=(0, 2, 3), widths={1: 250, 5: 180},
                              warn=lambda r: not r.authorises)
        # The selected session in full: members, instruments and decision do not fit a cell.
        self.detail = QTextBrowser()
        self.detail.setObjectName("uvmDetail")
        self.detail.setAccessibleName(self.tr("Seduta scelta"))
        self.detail.setMaximumHeight(190)
        self._layout.addWidget(self.detail)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._show_detail)

    def title(self) -> str:
        return self.tr("UVM")

    def empty_text(self) -> str:
        return self.tr("Nessuna seduta UVM per questa persona. Registra la valutazione "
                       "multidimensionale con «Registra seduta UVM…» dopo che si è tenuta.")

    def _show_detail(self, *args) -> None:
        row = self.selected()
        self.detail.setVisible(row is not None)
        if row is not None:
            self.detail.setHtml(detail_html(row))

    def load(self) -> None:
        self.model.set_source(self.fetch)
        ops.form_choices(self, self.store).success(self._choices_loaded).run_in_background()

    def fetch(self, session, offset: int, limit: int) -> list[UvmRow]:
        return list_sessions(session, self.person_id, offset, limit)

    # -------------------------------------------------------------- forms
    def activate(self, row: UvmRow) -> None:
        self.edit_session(row)

    def add_session(self) -> FormDialog | None:
        return self._open(None)

    def edit_session(self, row: UvmRow | None) -> FormDialog | None:
        if row is not None and self.choices is not None:
            return self._open(row)
        return None

    def _open(self, row: UvmRow | None) -> FormDialog:
        fields: dict = {}
        dialog = FormDialog(
            self, self.tr("Modifica seduta UVM") if row else self.tr("Registra seduta UVM"),
            self.tr("Salva") if row else self.tr("Registra"), lambda: self._save(fields, row))
        dialog.setObjectName("uvmDialog")
        dialog.setMinimumWidth(820)
        fields["held_on"] = dialog.date_line(self.tr("Data della seduta:"), "held_on",
                                             row.held_on if row else None)
        fields["place"] = dialog.line(self.tr("Luogo:"), "place", row.place if row else "",
                                      placeholder=self.tr("es. sede del distretto"))
        fields["members"] = dialog.add_row(self.tr("Partecipanti:"), MembersTable(self.choices),
                                           "members")
        if row is not None:
            fields["members"].set_members(row.members)
        fields["instruments"] = dialog.add_row(
            self.tr("Strumenti usati:"),
            InstrumentsList(self.choices, row.instruments if row else ()), "instruments")
        decisions = self.choices.decisions if row else [  # chosen on purpose, never by default
            ("", self.tr("— scegli la decisione —"))] + self.choices.decisions
        fields["decision"] = dialog.combo(self.tr("Decisione:"), "decision", decisions,
                                          row.decision if row else "")
        fields["text"] = dialog.text_area(self.tr("La decisione per esteso:"), "decision_text",
                                          row.decision_text if row else "")
        fields["budget"] = dialog.line(
            self.tr("Budget autorizzato:"), "budget",
            row.budget_text if row else "", placeholder=self.tr("es. 4.500,00"), max_length=20)
        fields["review"] = dialog.date_line(self.tr("Prossima rivalutazione:"), "next_review_on",
                                            row.next_review_on if row else None)
        note = QLabel(self.tr("La prossima rivalutazione compare nell'agenda come scadenza."))
        note.setObjectName("muted")
        dialog.form.addRow("", note)
        return self.open_form(dialog)

    def _save(self, fields: dict, row: UvmRow | None):
        budget_text = fields["budget"].text().strip()
        try:
            budget = formats.parse_money(budget_text) if budget_text else None
        except ValueError as exc:
            raise ValidationError(str(exc), "budget") from None
        values = check_session(SessionFields(  # answers at once; the core checks again
            held_on=read_date(fields["held_on"], self.tr("Data della seduta"), required=True),
            decision=combo_code(fields["decision"]), members=fields["members"].members(),
            place=fields["place"].text(), instruments=fields["instruments"].instruments(),
            decision_text=fields["text"].toPlainText(), budget_authorised_cents=budget,
            next_review_on=read_date(fields["review"], self.tr("Prossima rivalutazione"))))
        return ops.save_session(self, self.store, self.person_id, values, row.id if row else None)

    # ------------------------------------------------------------ removal
    def removal_question(self, row: UvmRow) -> str:
        return self.tr("Eliminare la seduta UVM del %1?").replace("%1", formats.day(row.held_on))

    def removal(self, row: UvmRow):
        return ops.remove_session(self, self.store, row.id)


def detail_html(row: UvmRow) -> str:
    """One session as the panel under the table shows it."""
    def esc(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    where = f" · {esc(row.place)}" if row.place else ""
    parts = [f"<p style='margin:0'><b>UVM del {formats.day(row.held_on)}</b>{where} — "
             f"{esc(row.decision_label)}</p>"]
    if row.decision_text:
        parts.append(f"<p style='margin:4px 0'>{esc(row.decision_text)}</p>")
    parts.append("<p style='margin:4px 0'><span style='color:#4b5563'>Partecipanti:</span><br>"
                 + "<br>".join(esc(m.text) for m in row.members) + "</p>")
    if row.instrument_names:
        parts.append("<p style='margin:4px 0'><span style='color:#4b5563'>Strumenti:</span> "
                     + esc(", ".join(row.instrument_names)) + "</p>")
    return "".join(parts)


TAB = UvmTab
