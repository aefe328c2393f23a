"""The scheda's UVM tab and the patto editor's UVM link on a real encrypted
database, driven like a user would: a session recorded with two members from
two organisations, then linked from the patto editor with its budget warning."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from desktop.core.model import BudgetLine, Goal, Operator, Organisation, Patto, Person, UvmSession
from desktop.core.patti import lifecycle
from desktop.ui.scheda import uvm
from tests.ui.test_scheda_tabs import (  # noqa: F401 - fixtures and helpers shared with the tabs
    LOAD_TIMEOUT, TabHost, error_of, field, open_tab, person_id, pick, rows, submit, type_into,
    wait_reload, window,
)

HELD = dt.date.today() - dt.timedelta(days=7)
REVIEW = dt.date.today() + dt.timedelta(days=90)


def team(store) -> dict:
    with store.session() as s:
        comune = Organisation(name="Comune di Cremona", kind="comune")
        asst = Organisation(name="ASST di Cremona", kind="asl")
        s.add_all([comune, asst])
        s.flush()
        carla = Operator(first_name="Carla", last_name="Verdi", role="assistente sociale",
                         organisation_id=comune.id)
        s.add(carla)
    return {"comune": comune.id, "asst": asst.id, "carla": carla.id}


def record_session(qtbot, tab, ids) -> str:
    qtbot.mouseClick(tab.findChild(QPushButton, "addUvm"), Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    type_into(qtbot, dialog, "held_on", HELD.strftime("%d/%m/%Y"))
    submit(qtbot, dialog)
    assert error_of(dialog) == "Scegli la decisione dell'UVM."  # never approved by default
    pick(dialog, "decision", "approvato")
    submit(qtbot, dialog)
    assert "almeno un partecipante" in error_of(dialog)

    members = field(dialog, "members")
    qtbot.mouseClick(members.add_operator_button, Qt.MouseButton.LeftButton)
    who = members.table.cellWidget(0, 0)
    who.setCurrentIndex(who.findData(ids["carla"]))
    assert members.table.cellWidget(0, 1).currentData() == ids["comune"]  # proposed
    qtbot.keyClicks(members.table.cellWidget(0, 2), "case manager")
    qtbot.mouseClick(members.add_named_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(members.table.cellWidget(1, 0), "Paolo Rossi")
    organisation = members.table.cellWidget(1, 1)
    organisation.setCurrentIndex(organisation.findData(ids["asst"]))
    submit(qtbot, dialog)
    assert "Partecipante n. 2" in error_of(dialog) and "ruolo" in error_of(dialog)
    qtbot.keyClicks(members.table.cellWidget(1, 2), "medico di base")

    instruments = field(dialog, "instruments")
    first = instruments.list.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    name = first.text()
    qtbot.keyClicks(instruments.other, "Colloquio con la famiglia")
    type_into(qtbot, dialog, "budget", "4.500,00")
    type_into(qtbot, dialog, "next_review_on", REVIEW.strftime("%d/%m/%Y"))
    type_into(qtbot, dialog, "place", "Sede del distretto")
    submit(qtbot, dialog)
    wait_reload(qtbot, tab, 1)
    return name


def test_a_session_with_two_organisations_is_recorded_and_authorises_a_patto(
        qtbot, window, store, person_id):
    ids = team(store)
    tab = open_tab(qtbot, window, store, uvm, person_id)
    qtbot.waitUntil(lambda: tab.choices is not None, timeout=LOAD_TIMEOUT)
    instrument = record_session(qtbot, tab, ids)
    [row] = rows(tab)
    assert row[:4] == [HELD.strftime("%d/%m/%Y"), "Progetto approvato", "4.500,00\xa0€",
                       REVIEW.strftime("%d/%m/%Y")]
    assert row[4] == ("Carla Verdi (Comune di Cremona) — case manager; "
                      "Paolo Rossi (ASST di Cremona) — medico di base")
    tab.table.selectRow(0)  # the panel under the table shows the whole session
    qtbot.waitUntil(lambda: tab.detail.isVisible())
    assert f"Strumenti: {instrument}, Colloquio con la famiglia" in tab.detail.toPlainText()
    with store.read() as s:
        session = s.scalar(select(UvmSession))
        assert [m.organisation_id for m in session.members] == [ids["comune"], ids["asst"]]
        uvm_id = session.id

    with store.session() as s:  # a patto committing more than the UVM authorised
        patto = lifecycle.new_patto(s, kind="ptri_bds", title="Casa mia",
                                    beneficiaries=[s.get(Person, person_id)])
        patto.goals.append(Goal(axis="abitare", title="Vivere da sola"))
        patto.budget_lines.append(BudgetLine(funding_source="fsn", committed_cents=480000))
        patto_id = patto.id
    editor = window.open_patto(patto_id)
    qtbot.waitUntil(lambda: editor.data is not None and not editor._busy, timeout=LOAD_TIMEOUT)
    link = editor.general.uvm
    assert link.line.text() == "Nessuna UVM collegata a questo patto."
    assert link.picker.currentData() == uvm_id
    qtbot.mouseClick(link.link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: link.line.text().startswith("Autorizzato"), timeout=LOAD_TIMEOUT)
    assert link.line.text() == (f"Autorizzato dall'UVM del {HELD:%d/%m/%Y} "
                                "(budget autorizzato 4.500,00\xa0€)")
    assert link.warning.isVisibleTo(editor) and "4.800,00" in link.warning.text()
    with store.read() as s:
        assert s.get(Patto, patto_id).uvm_session_id == uvm_id
    qtbot.mouseClick(link.unlink_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: link.line.text() == "Nessuna UVM collegata a questo patto.",
                    timeout=LOAD_TIMEOUT)
    assert not link.warning.isVisibleTo(editor)
    with store.read() as s:
        assert s.get(Patto, patto_id).uvm_session_id is None
    qtbot.mouseClick(link.link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: link.line.text().startswith("Autorizzato"), timeout=LOAD_TIMEOUT)

    # Back to the UVM tab (the view already open comes forward): the patto is there.
    window.show_detail(TabHost(store, uvm, person_id, window.stack))
    qtbot.waitUntil(lambda: [r[5] for r in rows(tab)] == ["Casa mia"], timeout=LOAD_TIMEOUT)
