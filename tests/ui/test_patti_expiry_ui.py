"""A patto past its end date that still runs, at the desk: it stands out on the
Patti page and in the scheda, «Solo scaduti» keeps it, the page proposes
«Rinnova» (the successor opens in the editor) or «Chiudi» (after a question),
and the agenda lists it among the overdue items."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.model import Patto
from desktop.ui.app import build_main_window
from tests.test_patti_expiry import make_patto

TODAY = dt.date.today()


@pytest.fixture
def patti(store):
    return {
        "late": make_patto(store, state="attivo", end_on=TODAY - dt.timedelta(days=12),
                           title="Casa a Vergato"),
        "running": make_patto(store, state="attivo", end_on=TODAY + dt.timedelta(days=200),
                              title="Lavoro in serra"),
    }


@pytest.fixture
def window(qtbot, store, patti):
    win = build_main_window(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def open_patti(qtbot, win):
    page = win.page("PattiPage")
    win.switch_to(1)
    qtbot.waitUntil(lambda: page.model.has_loaded and page.model.rowCount() == 2)
    return page


def state_of(store, patto_id: str) -> str:
    with store.read() as s:
        return s.get(Patto, patto_id).state


def select(qtbot, page, title: str) -> None:
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).title == title)
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.waitUntil(lambda: page.selected_row().title == title)


def test_an_expired_patto_stands_out_and_is_renewed_from_the_list(qtbot, window, patti, store):
    page = open_patti(qtbot, window)
    states = {page.model.row_at(r).title: page.model.data(page.model.index(r, 3))
              for r in range(page.model.rowCount())}
    assert states == {"Casa a Vergato": "Attivo · scaduto", "Lavoro in serra": "Attivo"}
    assert page.model.data(page.model.index(
        next(r for r in range(2) if page.model.row_at(r).expired), 0),
        Qt.ItemDataRole.ForegroundRole) is not None  # drawn as a warning
    select(qtbot, page, "Lavoro in serra")
    assert not page.expiry_bar.isVisible()
    select(qtbot, page, "Casa a Vergato")
    assert page.expiry_bar.isVisible()
    assert f"scaduto il {(TODAY - dt.timedelta(days=12)):%d/%m/%Y}" in page.expiry_label.text()

    page.only_expired.setChecked(True)
    qtbot.waitUntil(lambda: page.model.has_loaded and page.model.rowCount() == 1)
    select(qtbot, page, "Casa a Vergato")
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.details) and window.details[-1].key != "")
    with store.read() as s:
        old = s.get(Patto, patti["late"])
        assert old.state == "rinnovato"
        assert window.details[-1].key.endswith(old.renewed_by_id)
    qtbot.waitUntil(lambda: page.model.has_loaded and page.model.rowCount() == 0)
    assert "Nessun patto scaduto" in page.empty_text()


def test_closing_an_expired_patto_asks_first(qtbot, window, patti, store):
    page = open_patti(qtbot, window)
    select(qtbot, page, "Casa a Vergato")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "closeExpiredBox")
    qtbot.waitUntil(lambda: box.isVisible())
    assert state_of(store, patti["late"]) == "attivo"  # nothing happens before the answer
    next(b for b in box.buttons() if b.text() == "Concludi").click()
    qtbot.waitUntil(lambda: state_of(store, patti["late"]) == "concluso")
    qtbot.waitUntil(lambda: not page.expiry_bar.isVisible())


def test_the_agenda_and_the_scheda_flag_the_expired_patto(qtbot, window, patti):
    agenda = window.page("AgendaPage")
    window.switch_to(3)
    qtbot.waitUntil(lambda: agenda.model.has_loaded and bool(agenda.overdue_items()))
    late, = [i for i in agenda.overdue_items() if i.kind == "fine_patto"]
    assert late.patto_id == patti["late"]
    assert "rinnovalo o chiudilo" in late.title
    texts = [agenda.overdue_list.item(n).text() for n in range(agenda.overdue_list.count())]
    assert any("Fine patto" in t and "Casa a Vergato" in t for t in texts)


def test_the_editor_of_an_expired_patto_proposes_renewing_it(qtbot, window, patti, store):
    from PySide6.QtWidgets import QPushButton

    editor = window.open_patto(patti["late"])
    qtbot.waitUntil(lambda: editor.data is not None and editor.expiry_banner.isVisible())
    assert f"finito il {(TODAY - dt.timedelta(days=12)):%d/%m/%Y}" in editor.expiry_banner.label.text()
    renew = next(b for b in editor.expiry_banner.findChildren(QPushButton) if b.text() == "Rinnova")
    qtbot.mouseClick(renew, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.confirm_box.isVisible())
    assert state_of(store, patti["late"]) == "attivo"  # nothing before the answer
    next(b for b in editor.confirm_box.buttons() if b.text() == "Rinnova").click()
    qtbot.waitUntil(lambda: state_of(store, patti["late"]) == "rinnovato")
    with store.read() as s:
        successor = s.get(Patto, patti["late"]).renewed_by_id
    qtbot.waitUntil(lambda: window.details[-1].key.endswith(successor))
    qtbot.waitUntil(lambda: not editor.expiry_banner.isVisible())


def test_a_running_patto_within_its_period_shows_no_expiry(qtbot, window, patti):
    editor = window.open_patto(patti["running"])
    qtbot.waitUntil(lambda: editor.data is not None)
    assert editor.data.expired_on is None and not editor.expiry_banner.isVisible()
