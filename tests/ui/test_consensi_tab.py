"""The scheda's «Consensi» tab and the header's privacy fact, driven like a user
would on a real encrypted database: register, refuse a future date, withdraw."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from desktop.core.anagrafica import PersonHeader
from desktop.core.formats import day
from desktop.core.model import Consent, Organisation
from desktop.ui.scheda import consensi
from desktop.ui.scheda.header import HeaderFacts
from tests.ui.test_scheda_tabs import (  # noqa: F401 - window and person_id are fixtures
    LOAD_TIMEOUT, column, error_of, field, open_tab, person_id, pick, select_row, submit,
    type_into, wait_reload, window,
)


def test_a_consent_is_registered_refused_in_the_future_and_withdrawn(qtbot, window, store,
                                                                     person_id):
    with store.session() as s:
        coop = Organisation(name="Cooperativa Il Sorriso", kind="cooperativa_sociale")
        s.add(coop)
    tab = open_tab(qtbot, window, store, consensi, person_id)
    add = tab.findChild(QPushButton, "addConsent")
    qtbot.waitUntil(add.isEnabled, timeout=LOAD_TIMEOUT)  # the organisations are loaded
    assert tab.model.rowCount() == 0
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    pick(dialog, "organisation_id", coop.id)
    type_into(qtbot, dialog, "given_on", day(dt.date.today() + dt.timedelta(days=2)))
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: "futuro" in error_of(dialog), timeout=LOAD_TIMEOUT)
    assert field(dialog, "given_by").text() == "la persona"  # nothing typed is lost

    type_into(qtbot, dialog, "given_on", day(dt.date.today()))
    submit(qtbot, dialog)
    wait_reload(qtbot, tab, 1)
    assert column(tab, 0) == ["Cooperativa Il Sorriso"] and column(tab, 3) == ["in vigore"]

    select_row(qtbot, tab, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)  # Del withdraws: consents are never deleted
    qtbot.waitUntil(lambda: tab.dialog is not None)
    withdrawal = tab.dialog
    assert "Cooperativa Il Sorriso" in withdrawal.windowTitle()
    type_into(qtbot, withdrawal, "reason", "Revoca scritta consegnata allo sportello.")
    submit(qtbot, withdrawal)
    qtbot.waitUntil(lambda: tab.model.has_loaded and column(tab, 3)[:1]
                    == [f"revocato il {day(dt.date.today())}"], timeout=LOAD_TIMEOUT)
    with store.read() as s:
        kept = s.scalars(select(Consent)).all()
    assert len(kept) == 1 and kept[0].withdrawal_reason == "Revoca scritta consegnata allo sportello."


def test_the_header_says_what_privacy_lacks(qtbot):
    facts = HeaderFacts()
    qtbot.addWidget(facts)
    base = dict(id="p", full_name="Lucia Ferri", age=47, codice_fiscale=None, comune=None,
                case_manager=None, active_patto_id=None, active_patto_title=None,
                active_patto_state=None, open_case_phase=None)
    facts.show_info(PersonHeader(**base, privacy_gaps=(
        "Informativa privacy non registrata", "Manca il consenso alla condivisione con CSM")))
    assert "2 mancanze" in facts.privacy.text()
    assert facts.privacy.toolTip().startswith("Informativa privacy non registrata\n")
    assert "condivisione con CSM" in facts.privacy.toolTip()
    facts.show_info(PersonHeader(**base))
    assert facts.privacy.text() == "in regola"
