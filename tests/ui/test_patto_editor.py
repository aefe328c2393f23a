"""The patto editor on a real encrypted database, driven as a social worker would:
create a PTRI con Budget di Salute, fill it, link resources, watch the totals,
sign it, amend it, compare the versions, print it."""
from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QRadioButton
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core import drafts
from desktop.core.model import (
    Attivazione, BudgetLine, Goal, Organisation, Patto, Person, Service, Signatory, Support,
    Verification,
)
from desktop.core.profile import create_profile, districts
from desktop.core import patti as rules
from desktop.ui import print_actions
from desktop.ui.app import build_main_window
from desktop.ui.patto_editor import PattoEditor

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------ fixtures
@pytest.fixture
def world(store):
    """Two people, a social worker's profile and a few services on the map."""
    with store.read() as s:
        district = districts(s)[0].id
    create_profile(store, first_name="Anna", last_name="Conti", role="assistente sociale",
                   territorial_unit_id=district, organisation_name="Comune di Vergato")
    with store.session() as s:
        people = {
            "stefan": Person(first_name="Ștefan", last_name="Țurcanu", sex="M",
                             birth_date=dt.date(1975, 6, 12)),
            "giulia": Person(first_name="Giulia", last_name="Rossi", sex="F",
                             birth_date=dt.date(1992, 11, 30)),
        }
        s.add_all(people.values())
        coop = Organisation(name="Cooperativa La Quercia", kind="cooperativa_a")
        s.add(coop)
        s.flush()
        services = {
            axis: Service(organisation_id=coop.id, name=name, axis=axis,
                          capacity=2, last_verified_on=dt.date.today())
            for axis, name in (("abitare", "Gruppo appartamento Il Melo"),
                               ("lavoro", "Tirocini in cooperativa di tipo B"),
                               ("socialita", "Orto sociale del quartiere"))
        }
        s.add_all(services.values())
        s.flush()
        return {"people": {k: p.id for k, p in people.items()},
                "services": {k: v.id for k, v in services.items()}}


def show_window(qtbot, store):
    win = build_main_window(store)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def close_window(win) -> None:
    """Close without waiting for an answer if a failed test left unsaved edits
    (the window is not given to qtbot, whose teardown would wait on the prompt)."""
    if any(view.is_dirty() for view in win.details):
        answer_next_box("Non salvare")
    win.close()
    win.deleteLater()


@pytest.fixture
def window(qtbot, store, world):
    win = show_window(qtbot, store)
    yield win
    close_window(win)


def make_patto(store, world, *, sign: bool = False) -> str:
    """A BdS patto in bozza with goals on the three axes, supports, two sources."""
    with store.session() as s:
        person = s.get(Person, world["people"]["stefan"])
        patto = rules.new_patto(s, kind="ptri_bds", title="Casa, lavoro e amici",
                                beneficiaries=[person], author_id=store.operator_id,
                                person_wishes="Vivere da solo vicino a mia sorella.")
        for position, (axis, title) in enumerate((("abitare", "Vivere in autonomia"),
                                                  ("lavoro", "Un tirocinio retribuito"),
                                                  ("socialita", "Un gruppo il sabato"))):
            patto.goals.append(Goal(axis=axis, title=title, position=position))
        s.flush()
        patto.supports.append(Support(what="Tutor abitativo", goal_id=patto.goals[0].id,
                                      formal=True, cost_cents=120000))
        patto.budget_lines.append(BudgetLine(funding_source="dsm_ausl", axis="abitare",
                                             description="Tutor abitativo",
                                             committed_cents=123456))
        patto.budget_lines.append(BudgetLine(funding_source="comune_servizi_sociali",
                                             axis="lavoro", description="Borsa lavoro",
                                             committed_cents=80000, position=1))
        patto.signatories.append(Signatory(name="Ștefan Țurcanu", role="beneficiario"))
        patto.signatories.append(Signatory(name="Anna Conti", role="case manager", position=1))
        s.flush()
        if sign:
            rules.sign(patto)
        return patto.id


def open_editor(qtbot, window, patto_id: str) -> PattoEditor:
    editor = window.open_patto(patto_id)
    qtbot.waitUntil(lambda: editor.data is not None and not editor._busy, timeout=10_000)
    return editor


def show_tab(editor: PattoEditor, section) -> None:
    editor.tabs.setCurrentIndex(editor.tab_of(section))


def click(qtbot, button: QPushButton) -> None:
    """Click once the button is on screen, laid out and enabled (new rows and
    newly shown tabs get their geometry on the next turn of the event loop)."""
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled()
                    and not button.rect().isEmpty())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(qtbot, widget, text: str) -> None:
    """Key presses, one character at a time (QTest only knows ASCII keys, so
    accented letters arrive as the key events an Italian keyboard sends)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def replace_text(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def choose(combo, label: str) -> None:
    index = combo.findText(label, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, f"«{label}» non è tra le scelte"
    combo.setCurrentIndex(index)


def actions(editor: PattoEditor) -> list[str]:
    """The lifecycle buttons a user can press now, left to right."""
    buttons = [b for b in editor.findChildren(QPushButton)
               if b.property("role") == "lifecycle" and b.isVisible() and b.isEnabled()]
    return [b.text() for b in sorted(buttons, key=lambda b: b.x())]


def ctrl_s(qtbot, editor: PattoEditor) -> None:
    window = editor.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = QApplication.focusWidget()
    if focus is None or not editor.isAncestorOf(focus):
        editor.tabs.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def save(qtbot, editor: PattoEditor) -> None:
    """Ctrl+S, then wait until the editor shows the saved state."""
    ctrl_s(qtbot, editor)

    def saved() -> None:
        assert "salvato" in editor.notice.text(), editor.notice.text()
        assert not editor._busy and not editor.is_dirty()

    qtbot.waitUntil(saved, timeout=10_000)


def confirm(qtbot, editor: PattoEditor, button_text: str) -> None:
    qtbot.waitUntil(lambda: editor.confirm_box is not None and editor.confirm_box.isVisible())
    button = next(b for b in editor.confirm_box.buttons() if b.text() == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_next_box(button_text: str) -> None:
    """Click ``button_text`` in the modal box about to open (it blocks the test)."""
    def click_it() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click_it)
            return
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(20, click_it)


# ------------------------------------------------------------------ the flows
def test_new_bds_patto_with_goals_resources_and_live_budget_totals(qtbot, store, world, window):
    patti = window.page("PattiPage")
    window.switch_to(1)
    click(qtbot, patti.new_button)
    dialog = patti.new_dialog
    qtbot.waitUntil(lambda: dialog.kind() is not None)
    type_text(qtbot, dialog.search.field, "turcanu")
    qtbot.waitUntil(lambda: dialog.search.result_names() == ["Ștefan Țurcanu"])
    qtbot.keyClick(dialog.search.field, Qt.Key.Key_Return)
    assert [p["name"] for p in dialog.people.people()] == ["Ștefan Țurcanu"]
    click(qtbot, dialog.findChild(QRadioButton, "kind_ptri_bds"))
    assert dialog.title.text() == "PTRI con Budget di Salute – Ștefan Țurcanu"
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: isinstance(window.current_detail(), PattoEditor), timeout=10_000)
    editor = window.current_detail()
    qtbot.waitUntil(lambda: editor.data is not None)
    assert editor.state_chip.text() == "Bozza"
    assert actions(editor) == ["Firma"]

    # The person's voice and the family's, in two separate boxes.
    type_text(qtbot, editor.general.wishes, "Vivere da solo, vicino a mia sorella.")
    type_text(qtbot, editor.general.family, "Che prenda le medicine con regolarità.")
    assert editor.general.wishes.parent() is not editor.general.family.parent()

    show_tab(editor, editor.goals)
    goals = {}
    for axis, title, stage in (("abitare", "Vivere in un appartamento proprio", "Abitare supportato"),
                               ("lavoro", "Un tirocinio in cooperativa", "Orientamento"),
                               ("socialita", "Un'attività con altri il sabato", "Isolamento")):
        click(qtbot, editor.goals.add_buttons[axis])
        row = editor.goals.lists[axis].widgets()[-1]
        type_text(qtbot, row.title, title)
        type_text(qtbot, row.indicators, "Verifica a sei mesi")
        choose(row.stage, stage)
        goals[axis] = row
    assert editor.tabs.tabText(editor.tab_of(editor.goals)) == "Obiettivi (3)"

    show_tab(editor, editor.supports)
    for what, goal_label, search in (("Tutor abitativo", "Abitare · Vivere", "melo"),
                                     ("Tirocinio con borsa lavoro", "Lavoro e formazione · Un",
                                      "tirocini")):
        click(qtbot, editor.supports.add)
        row = editor.supports.rows.widgets()[-1]
        type_text(qtbot, row.what, what)
        choose(row.goal, goal_label)
        click(qtbot, row.resource)
        picker = editor.supports.picker
        qtbot.waitUntil(lambda: picker.isVisible() and picker.model.has_loaded)
        type_text(qtbot, picker.search, search)
        qtbot.waitUntil(lambda: picker.model.has_loaded and picker.model.rowCount() == 1)
        picker.table.selectRow(0)
        click(qtbot, picker.link_button)
        assert row.attivazione_status() == "nuova"
        assert "salvataggio" in row.status_text.text()
    assert editor.supports.rows.widgets()[0].resource.text() == "Gruppo appartamento Il Melo"

    show_tab(editor, editor.budget)
    for source, axis, amount in (("DSM-DP", "Abitare", "1.234,56"),
                                 ("Comune / servizi sociali", "Lavoro", "800"),
                                 ("DSM-DP", "Socialità", "265,44")):
        click(qtbot, editor.budget.add)
        line = editor.budget.rows.widgets()[-1]
        choose(line.source, source)
        choose(line.axis, axis)
        type_text(qtbot, line.description, "Voce di prova")
        type_text(qtbot, line.committed, amount)
    totals = editor.budget.totals
    dsm = "DSM-DP / Azienda sanitaria (AUSL, ASST)"
    assert totals.by_source() == {dsm: ("1.500,00\xa0€", "0,00\xa0€"),
                                  "Comune / servizi sociali": ("800,00\xa0€", "0,00\xa0€")}
    assert totals.by_axis() == {"Abitare": "1.234,56\xa0€", "Lavoro e formazione": "800,00\xa0€",
                                "Socialità": "265,44\xa0€"}
    assert totals.total.text() == "2.300,00\xa0€"
    line = editor.budget.rows.widgets()[0]
    type_text(qtbot, line.committed, "4")  # 1.234,564: totals follow every keystroke
    assert "non è un importo valido" not in editor.budget.message.text()
    replace_text(qtbot, line.committed, "1.234,56")
    assert totals.total.text() == "2.300,00\xa0€"

    show_tab(editor, editor.people)
    click(qtbot, editor.people.add_suggested)
    assert [w.value()["role"] for w in editor.people.signatories.widgets()] == [
        "beneficiario", "case manager"]

    save(qtbot, editor)
    with store.read() as s:
        patto = s.get(Patto, editor.patto_id)
        assert patto.person_wishes == "Vivere da solo, vicino a mia sorella."
        assert patto.family_expectations == "Che prenda le medicine con regolarità."
        assert sorted(g.axis for g in patto.goals) == ["abitare", "lavoro", "socialita"]
        assert {g.axis: g.stage for g in patto.goals}["abitare"] == "abitare_supportato"
        assert [s_.service_id for s_ in patto.supports] == [world["services"]["abitare"],
                                                            world["services"]["lavoro"]]
        assert patto.supports[0].goal_id == next(g.id for g in patto.goals if g.axis == "abitare")
        assert rules.budget_totals(patto.budget_lines).committed_by_source == {
            "dsm_ausl": 150000, "comune_servizi_sociali": 80000}
        links = s.scalars(select(Attivazione).where(Attivazione.patto_id == patto.id)).all()
        assert sorted(a.status for a in links) == ["richiesta", "richiesta"]
        assert {a.intermediary_id for a in links} == {store.operator_id}

    show_tab(editor, editor.supports)
    first = editor.supports.rows.widgets()[0]
    qtbot.waitUntil(lambda: first.attivazione_status() == "richiesta")
    assert first.status_chip.text() == "Richiesta"
    click(qtbot, first.advance_buttons["concordata"])
    qtbot.waitUntil(lambda: editor.supports.rows.widgets()[0].attivazione_status() == "concordata")
    with store.read() as s:
        support_id = first.row["id"]
        assert s.scalar(select(Attivazione.status).where(Attivazione.support_id == support_id)) \
            == "concordata"


def test_bad_amount_is_said_inline_and_nothing_is_lost(qtbot, store, world, window):
    patto_id = make_patto(store, world)
    editor = open_editor(qtbot, window, patto_id)
    show_tab(editor, editor.budget)
    line = editor.budget.rows.widgets()[1]
    replace_text(qtbot, line.committed, "80,0x")
    assert editor.budget.message.isVisible()
    assert "«80,0x» non è un importo valido (esempio: 1.234,56)." == editor.budget.message.text()
    assert line.committed.property("invalid") is True
    assert "1 righe con un importo da correggere" in editor.budget.totals.total_note.text()
    assert editor.budget.totals.total.text() == "1.234,56\xa0€"

    ctrl_s(qtbot, editor)
    assert "Budget, riga 2" in editor.notice.text()
    assert line.committed.text() == "80,0x"  # what was typed stays there
    with store.read() as s:
        assert s.get(BudgetLine, line.row["id"]).committed_cents == 80000

    replace_text(qtbot, line.committed, "950")
    assert not editor.budget.message.isVisible()
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: "salvato" in editor.notice.text() and not editor.is_dirty())
    assert editor.budget.rows.widgets()[1].committed.text() == "950,00"
    with store.read() as s:
        assert s.get(BudgetLine, line.row["id"]).committed_cents == 95000


def test_sign_freezes_then_amend_opens_version_2_and_compare_marks_it(qtbot, store, world, window):
    patto_id = make_patto(store, world)
    editor = open_editor(qtbot, window, patto_id)
    click(qtbot, editor.sign_button)
    confirm(qtbot, editor, "Firma")
    qtbot.waitUntil(lambda: editor.state_chip.text() == "Firmato" and not editor._busy)
    assert "Versione 1 firmata" in editor.locked_banner.text()
    assert editor.general.title.isReadOnly() and editor.general.wishes.isReadOnly()
    goal = editor.goals.lists["abitare"].widgets()[0]
    assert goal.title.isReadOnly() and not goal.stage.isEnabled()
    assert not editor.goals.add_buttons["abitare"].isVisibleTo(editor.goals)
    type_text(qtbot, editor.general.wishes, "cambiato")
    assert editor.general.wishes.toPlainText() == "Vivere da solo vicino a mia sorella."
    assert not editor.is_dirty()
    assert actions(editor) == ["Attiva", "Sospendi", "Concludi", "Modifica in itinere…"]

    # Verifications stay open on a signed patto: schedule one and record its outcome.
    show_tab(editor, editor.verifications)
    click(qtbot, editor.verifications.add)
    row = editor.verifications.rows.widgets()[0]
    type_text(qtbot, row.scheduled, "15/03/2026")
    type_text(qtbot, row.held, "18/03/2026")
    choose(row.adequacy, "Parziale")
    type_text(qtbot, row.outcome, "Il tirocinio è partito in ritardo")
    save(qtbot, editor)
    with store.read() as s:
        v = s.scalars(select(Verification).where(Verification.patto_id == patto_id)).one()
        assert (v.scheduled_on, v.held_on, v.adequacy) == (
            dt.date(2026, 3, 15), dt.date(2026, 3, 18), "parziale")
        assert s.get(Patto, patto_id).locked

    click(qtbot, editor.amend_button)
    dialog = editor.reason_dialog
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.ok_button)
    assert dialog.error.isVisible() and dialog.isVisible()
    type_text(qtbot, dialog.reason, "La borsa lavoro aumenta")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: editor.data.current_version == 2 and not editor._busy)
    assert not editor.general.title.isReadOnly()
    assert "versione 2, in preparazione" in editor.subtitle_label.text()
    assert editor.locked_banner.label.text().startswith(
        "In vigore resta la versione 1, firmata il ")  # until version 2 is signed

    show_tab(editor, editor.budget)
    line = editor.budget.rows.widgets()[0]
    replace_text(qtbot, line.committed, "1.500,00")
    save(qtbot, editor)
    click(qtbot, editor.compare_button)
    versions = editor.versions
    qtbot.waitUntil(lambda: versions.comparison is not None)
    assert editor.tabs.currentWidget() is versions
    assert versions.changes_listed() == [
        "Voce di budget «Tutor abitativo» (DSM-DP / Azienda sanitaria (AUSL, ASST)): "
        "impegnato «1.234,56 €» → «1.500,00 €»",
        "Verifiche programmate: «—» → «15/03/2026»"]  # scheduled after version 1 was signed
    marked = versions.marked_rows()
    budget_row = next(r for r in marked if r[0].endswith("Voce di budget"))
    assert "1.234,56" in budget_row[1] and "1.500,00" in budget_row[2]
    assert budget_row[3] == "modificato"
    assert ("● Totale impegnato", "2.034,56\xa0€", "2.300,00\xa0€", "modificato") in marked
    row = next(r for r in range(versions.compare_table.rowCount())
               if versions.compare_table.item(r, 0).text().endswith("Voce di budget"))
    assert versions.compare_table.item(row, 1).background().color().name() == "#fdecea"
    assert versions.compare_table.item(row, 2).background().color().name() == "#e3f4e8"
    assert not any("Obiettiv" in r[0] for r in marked)


def test_a_stale_editor_cannot_change_a_signed_patto(qtbot, store, world, window):
    patto_id = make_patto(store, world)
    editor = open_editor(qtbot, window, patto_id)
    with store.session() as s:  # signed meanwhile, e.g. on another computer of the team
        rules.sign(s.get(Patto, patto_id))
    type_text(qtbot, editor.general.strengths, "Cucina bene")
    ctrl_s(qtbot, editor)
    qtbot.waitUntil(lambda: "Modifica in itinere" in editor.notice.text(), timeout=10_000)
    assert editor.notice.text().startswith("Il patto è firmato")
    assert editor.general.strengths.toPlainText() == "Cucina bene"
    with store.read() as s:
        assert s.get(Patto, patto_id).strengths is None


def test_signing_lists_what_is_missing_and_lifecycle_follows_the_state(
        qtbot, store, world, window):
    with store.session() as s:
        patto_id = rules.new_patto(s, kind="patto_inclusione", title="Solo l'inizio",
                                   beneficiaries=[s.get(Person, world["people"]["giulia"])]).id
    editor = open_editor(qtbot, window, patto_id)
    click(qtbot, editor.sign_button)
    assert editor.notice.text() == ("Il patto non si può ancora firmare: non ci sono obiettivi; "
                                    "non ci sono firmatari.")
    assert editor.confirm_box is None

    patto_id = make_patto(store, world, sign=True)
    editor = open_editor(qtbot, window, patto_id)
    for action, state in (("activate", "Attivo"), ("start_verification", "In verifica"),
                          ("end_verification", "Attivo"), ("suspend", "Sospeso"),
                          ("resume", "Attivo")):
        click(qtbot, editor.transition_buttons[action])
        qtbot.waitUntil(lambda: editor.state_chip.text() == state and not editor._busy)
    assert not editor.transition_buttons["activate"].isVisible()
    click(qtbot, editor.transition_buttons["conclude"])
    confirm(qtbot, editor, "Concludi")
    qtbot.waitUntil(lambda: editor.state_chip.text() == "Concluso" and not editor._busy)
    assert [a for a, b in editor.transition_buttons.items() if b.isVisible()] == ["renew"]
    assert not editor.amend_button.isVisible() and not editor.sign_button.isVisible()
    assert editor.general.title.isReadOnly()
    with store.read() as s:
        assert s.get(Patto, patto_id).state == "concluso"

    click(qtbot, editor.transition_buttons["renew"])
    confirm(qtbot, editor, "Rinnova")
    qtbot.waitUntil(lambda: window.current_detail() is not editor, timeout=10_000)
    successor = window.current_detail()
    qtbot.waitUntil(lambda: successor.data is not None)
    assert successor.patto_id != patto_id and successor.state_chip.text() == "Bozza"
    assert [g["title"] for g in successor.form()["goals"]] == [
        "Vivere in autonomia", "Un tirocinio retribuito", "Un gruppo il sabato"]
    assert not successor.general.title.isReadOnly()


def test_removing_a_linked_support_and_its_goal_keeps_the_attivazione(
        qtbot, store, world, window):
    from desktop.core.risorse.attivazioni import link_support

    patto_id = make_patto(store, world)
    with store.session() as s:
        patto = s.get(Patto, patto_id)
        support = patto.supports[0]
        link_support(s, support, s.get(Service, world["services"]["abitare"]),
                     person_id=world["people"]["stefan"], intermediary_id=None)
        s.flush()
        support_id = support.id
        patto.budget_lines[0].support_id = support_id
    editor = open_editor(qtbot, window, patto_id)
    show_tab(editor, editor.supports)
    row = editor.supports.rows.widgets()[0]
    qtbot.waitUntil(lambda: row.attivazione_status() == "richiesta")
    click(qtbot, row.remove_button)
    show_tab(editor, editor.goals)
    click(qtbot, editor.goals.lists["abitare"].widgets()[0].remove_button)
    assert editor.tabs.tabText(editor.tab_of(editor.goals)) == "Obiettivi (2)"
    save(qtbot, editor)
    with store.read() as s:
        patto = s.get(Patto, patto_id)
        assert patto.supports == [] and sorted(g.axis for g in patto.goals) == ["lavoro",
                                                                              "socialita"]
        assert patto.budget_lines[0].support_id is None
        link = s.scalars(select(Attivazione).where(Attivazione.patto_id == patto_id)).one()
        assert (link.support_id, link.status) == (None, "richiesta")


def test_unsaved_changes_are_asked_about_on_close(qtbot, store, world, window):
    patto_id = make_patto(store, world)
    editor = open_editor(qtbot, window, patto_id)
    replace_text(qtbot, editor.general.title, "Casa e amici")
    assert editor.dirty_label.isVisible()

    answer_next_box("Annulla")
    assert not window.close_detail()
    assert window.current_detail() is editor

    answer_next_box("Salva")
    assert window.close_detail()
    with store.read() as s:
        assert s.get(Patto, patto_id).title == "Casa e amici"

    editor = open_editor(qtbot, window, patto_id)
    replace_text(qtbot, editor.general.title, "Titolo da buttare")
    answer_next_box("Non salvare")
    assert window.close_detail()
    with store.read() as s:
        assert s.get(Patto, patto_id).title == "Casa e amici"


def test_a_draft_survives_a_crash_and_is_offered_back(qtbot, store, world, window):
    patto_id = make_patto(store, world)
    editor = open_editor(qtbot, window, patto_id)
    type_text(qtbot, editor.general.blocks, "Paura di prendere l'autobus")
    qtbot.waitUntil(lambda: (drafts.load(store, "patto", patto_id) or {}).get("form", {})
                    .get("blocks") == "Paura di prendere l'autobus", timeout=10_000)

    # The program dies without asking anything; on the next start the draft is offered.
    again = show_window(qtbot, store)
    restored = open_editor(qtbot, again, patto_id)
    assert "modifiche non salvate" in restored.draft_banner.text()
    assert restored.general.blocks.toPlainText() == ""
    click(qtbot, restored.draft_banner.action_buttons()[0])  # Ripristina
    assert restored.general.blocks.toPlainText() == "Paura di prendere l'autobus"
    assert restored.is_dirty()
    save(qtbot, restored)
    qtbot.waitUntil(lambda: drafts.load(store, "patto", patto_id) is None)
    with store.read() as s:
        assert s.get(Patto, patto_id).blocks == "Paura di prendere l'autobus"
    close_window(again)


def test_apri_pdf_gives_the_printed_patto(qtbot, store, world, window, monkeypatch):
    opened = []
    monkeypatch.setattr(print_actions, "open_url",  # a viewer that opens it
                        lambda url: opened.append(url.toLocalFile()) or True)
    patto_id = make_patto(store, world, sign=True)
    editor = open_editor(qtbot, window, patto_id)
    click(qtbot, editor.open_pdf_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    path = Path(opened[0])
    assert path.name == "patto-stefan-turcanu-v1.pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "Ștefan Țurcanu" in text
    assert "Versione 1" in text
    assert "1.234,56" in text


def test_screenshot_of_the_editor_on_demo_data(qtbot, store):
    """Renders the editor at 1280x800 on the demo data, styled as the application
    runs it; with TESSERE_SCREENSHOTS=1 it refreshes docs/screenshots/patto-editor.png."""
    from desktop import demo
    from desktop.ui.app import create_application

    demo.build(store, size="small", seed=1)
    with store.read() as s:  # an active BdS patto rich in goals, supports and budget
        patto = max(s.scalars(select(Patto)), key=lambda p: (
            p.kind == "ptri_bds", p.state == "attivo", len({g.axis for g in p.goals}),
            p.current_version > 1, bool(p.verifications),
            len(p.supports) + len(p.budget_lines)))
        patto_id = patto.id
    app = QApplication.instance()
    saved = app.styleSheet(), app.style().name(), app.font()
    create_application()
    try:
        win = show_window(qtbot, store)
        win.switch_to(1)
        editor = open_editor(qtbot, win, patto_id)
        show_tab(editor, editor.budget)
        qtbot.wait(200)
        image = win.grab().toImage()
        assert editor.budget.totals.by_source()
        close_window(win)
    finally:
        app.setStyleSheet(saved[0])
        app.setStyle(saved[1])
        app.setFont(saved[2])
    assert (image.width(), image.height()) == (1280, 800)
    assert len({image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}) > 8
    if os.environ.get("TESSERE_SCREENSHOTS") == "1":
        assert image.save(str(ROOT / "docs" / "screenshots" / "patto-editor.png"))
