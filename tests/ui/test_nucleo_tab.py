"""The «Nucleo e ISEE» tab and the benefit-trap banner of the Misure tab on a
real encrypted database, driven like a user would (buttons, typed text)."""
from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.core import formats
from desktop.core.cartella import trappola
from desktop.core.cartella.misure import MeasureFields, save_measure
from desktop.ui.models import WARNING_TEXT
from desktop.ui.operations import running_ops
from desktop.ui.scheda import misure, nucleo
from tests.ui.test_scheda_tabs import (  # noqa: F401 - fixtures person_id and window
    LOAD_TIMEOUT, error_of, open_tab, person_id, pick, rows, submit, type_into,
    wait_reload, window,
)

YEAR = dt.date.today().year
SHOTS = os.environ.get("TESSERE_SHOTS", "/tmp")


def click(qtbot, tab, name: str) -> None:
    qtbot.mouseClick(tab.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def isee_rows(tab) -> list[list[str]]:
    model = tab.isee_model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_member_and_an_expired_isee_are_recorded_and_flagged(qtbot, window, store, person_id):
    window.resize(1366, 768)
    tab = open_tab(qtbot, window, store, nucleo, person_id)
    assert tab.title() == "Nucleo e ISEE"
    click(qtbot, tab, "addHousehold")
    dialog = tab.dialog
    type_into(qtbot, dialog, "first_name", "Marco")
    type_into(qtbot, dialog, "last_name", "Ferri")
    pick(dialog, "relationship_code", "figlio_figlia")
    type_into(qtbot, dialog, "birth_date", f"02/04/{YEAR + 1}")
    submit(qtbot, dialog)
    assert error_of(dialog) == "La data di nascita è nel futuro."
    type_into(qtbot, dialog, "birth_date", "02/04/2008")
    submit(qtbot, dialog)
    wait_reload(qtbot, tab, 1)
    assert rows(tab)[0][:4] == ["Marco Ferri", "Figlio/a", "02/04/2008", "sì"]

    click(qtbot, tab, "addIsee")
    dialog = tab.dialog
    type_into(qtbot, dialog, "value_cents", "8.432,10")
    type_into(qtbot, dialog, "issued_on", f"10/02/{YEAR - 1}")
    submit(qtbot, dialog)  # no end date: the law's one
    qtbot.waitUntil(lambda: tab.isee_model.rowCount() == 1, timeout=LOAD_TIMEOUT)
    row = isee_rows(tab)[0]
    assert row[:4] == ["ISEE ordinario", "8.432,10\xa0€", f"10/02/{YEAR - 1}",
                       f"scaduto il 31/12/{YEAR - 1}"]
    brush = tab.isee_model.data(tab.isee_model.index(0, 3), Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == WARNING_TEXT

    click(qtbot, tab, "addIsee")
    dialog = tab.dialog
    pick(dialog, "kind", "corrente")
    type_into(qtbot, dialog, "value_cents", "5.100")
    type_into(qtbot, dialog, "issued_on", dt.date.today().strftime("%d/%m/%Y"))
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.isee_model.rowCount() == 2, timeout=LOAD_TIMEOUT)
    current = isee_rows(tab)[0]
    assert current[0] == "ISEE corrente" and current[3].startswith("valido fino al")
    assert tab.isee_model.data(tab.isee_model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is None
    qtbot.waitUntil(lambda: running_ops() == 0)
    window.grab().save(f"{SHOTS}/nucleo.png")


def test_the_misure_banner_warns_before_and_after_a_work_measure(qtbot, window, store,
                                                                 person_id):
    window.resize(1366, 768)
    with store.session() as s:
        save_measure(s, person_id, MeasureFields("pensione_invalidita", "in_fruizione",
                                                 start_on=dt.date(2019, 5, 1),
                                                 monthly_amount_cents=33600))
    tab = open_tab(qtbot, window, store, misure, person_id)
    qtbot.waitUntil(lambda: running_ops() == 0)
    assert not tab.trap.isVisible()

    click(qtbot, tab, "addMeasure")
    dialog = tab.dialog
    pick(dialog, "measure_type", "indennita_tirocinio")
    pick(dialog, "status", "in_fruizione")
    type_into(qtbot, dialog, "start_on", f"01/01/{YEAR}")
    type_into(qtbot, dialog, "end_on", f"31/12/{YEAR}")
    type_into(qtbot, dialog, "amount", "500,00")  # 6.000 € a year: said before saving
    qtbot.waitUntil(lambda: dialog.trap.isVisible(), timeout=LOAD_TIMEOUT)
    assert "6.000,00" in dialog.trap.text() and "sospensione" in dialog.trap.text()
    dialog.grab().save(f"{SHOTS}/misure-trap-dialog.png")
    submit(qtbot, dialog)
    wait_reload(qtbot, tab, 2)
    qtbot.waitUntil(lambda: tab.trap.isVisible(), timeout=LOAD_TIMEOUT)
    text = tab.trap.text()
    assert "Assegno mensile di invalidità civile parziale" in text
    with store.read() as s:
        used, rules = trappola.thresholds(s, YEAR)
    limit = next(r for r in rules if r.key == "invalidita_parziale")
    assert "6.000,00" in text and formats.money(limit.threshold_cents) in text
    assert "L'assegno mensile spetta se il reddito personale annuo" in text
    assert f"Soglie {used}" in text
    assert ("provvisorie" in text) == limit.provisional
    qtbot.waitUntil(lambda: running_ops() == 0)
    window.grab().save(f"{SHOTS}/misure-trap.png")


def test_the_patto_editor_shows_the_beneficiarys_benefit_trap(qtbot, window, store, person_id):
    from desktop.core import patti
    from desktop.core.model import Person

    with store.session() as s:
        save_measure(s, person_id, MeasureFields("naspi", "in_fruizione"))
        save_measure(s, person_id, MeasureFields(
            "contratto_lavoro", "presentata", start_on=dt.date(YEAR, 1, 1),
            monthly_amount_cents=90000))  # 10.800 € a year
        patto = patti.new_patto(s, kind="ptri_bds", title="Lavoro in cooperativa",
                                beneficiaries=[s.get(Person, person_id)])
        s.flush()
        patto_id = patto.id
    editor = window.open_patto(patto_id)
    qtbot.waitUntil(lambda: editor.trap_banner.isVisible(), timeout=LOAD_TIMEOUT)
    text = editor.trap_banner.text()
    assert "Lucia Ferri" in text and "NASpI" in text and "10.800,00" in text
    assert "8.500,00" in text and "decadenza" in text
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: running_ops() == 0)
    window.grab().save(f"{SHOTS}/patto-trap.png")


def test_the_scheda_header_says_the_isee_expired(qtbot, window, store, person_id):
    from desktop.core.cartella.nucleo import IseeFields, save_isee

    with store.session() as s:
        save_isee(s, person_id, IseeFields("ordinario", 743210, dt.date(YEAR - 1, 3, 10)))
    view = window.open_person(person_id)
    qtbot.waitUntil(lambda: "scaduto" in view.facts.isee.text(), timeout=LOAD_TIMEOUT)
    assert "7.432,10" in view.facts.isee.text()
    assert view.facts.isee.toolTip() == f"ISEE ordinario, scaduto il 31/12/{YEAR - 1}"
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: running_ops() == 0)
    window.grab().save(f"{SHOTS}/scheda-isee.png")
