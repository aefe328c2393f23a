"""File › Importa risorse (HSDS) driven like a user on a real encrypted database:
the package chosen, its preview listed with statuses and messages, filtered,
imported in the background, and the new service found on the Risorse page."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.app import build_main_window
from desktop.ui.hsds_dialogs import ImportResourcesDialog

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "hsds_example"


def test_import_with_preview_then_the_service_is_on_the_risorse_page(qtbot, store):
    win = build_main_window(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert win.import_resources_action.text() == "&Importa risorse (HSDS)…"

    win.import_resources_action.trigger()
    dialog = win.import_resources_dialog
    assert isinstance(dialog, ImportResourcesDialog) and not dialog.import_button.isEnabled()
    dialog.choose(EXAMPLE)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.table.rowCount() == 7
    assert "Nuove: 6" in dialog.counts.text() and "Scartate: 1" in dialog.counts.text()
    names = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert {"Example Organization Inc.", "Community Counselling"} <= names
    assert any("programs.csv" in line for line in dialog.notes.text().splitlines())

    dialog.filter.setCurrentIndex(dialog.filter.findData("rejected"))
    assert dialog.visible_statuses() == ["rejected"]
    row = next(r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r))
    assert "attributes.csv, riga 2" in dialog.table.item(row, 5).text()
    dialog.table.setCurrentCell(row, 0)
    assert "campo «link_id»" in dialog.detail.text()

    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert dialog.result.new == 6 and "6 voci nuove" in dialog.outcome.text()
    dialog.close()

    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = win.page("RisorsePage")
    qtbot.waitUntil(lambda: page.model.has_loaded and page.model.rowCount() == 1, timeout=10_000)
    assert page.model.data(page.model.index(0, 0)) == "Community Counselling"
    win.close()


def over_the_window(qtbot, store, dialog_class):
    """The dialog as File › … opens it: over the main window, which shows the
    operations' progress (a dialog alone gets a progress dialog of its own)."""
    win = build_main_window(store)
    qtbot.addWidget(win)
    dialog = dialog_class(store, win)
    return dialog


def test_a_second_preview_of_the_same_package_has_nothing_to_import(qtbot, store):
    dialog = over_the_window(qtbot, store, ImportResourcesDialog)
    dialog.choose(EXAMPLE)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    dialog.choose(EXAMPLE)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert not dialog.import_button.isEnabled() and "Nulla da importare" in dialog.outcome.text()


def test_a_package_that_is_not_one_is_said_in_the_dialog(qtbot, store, tmp_path):
    (tmp_path / "rotto.json").write_text("{ no")
    dialog = over_the_window(qtbot, store, ImportResourcesDialog)
    dialog.choose(tmp_path / "rotto.json")
    qtbot.waitUntil(lambda: "non è un JSON valido" in dialog.outcome.text(), timeout=10_000)
    assert dialog.plan is None and not dialog.import_button.isEnabled()


def test_without_manage_resources_the_menu_entries_are_disabled(qtbot, store):
    from sqlalchemy import select

    from desktop.core import accounts
    from desktop.core.model import Operator, Organisation

    with store.session() as s:
        organisation = Organisation(name="Comune di Cremona", kind="comune")
        s.add(organisation)
        s.flush()
        for first in ("Anna", "Bruno"):
            s.add(Operator(first_name=first, last_name="Rossi", role="educatore",
                           organisation_id=organisation.id))
    with store.read() as s:
        boss, educator = s.scalars(select(Operator.id).order_by(Operator.first_name))
    accounts.create_first_administrator(store, username="capo", password="Password-lunga-1",
                                        operator_id=boss)
    with store.session() as s:
        accounts.create_account(s, operator_id=educator, username="edu",
                                password="Password-lunga-2", roles=["educatore"], districts=[],
                                must_change=False)
    accounts.sign_in(store, "edu", "Password-lunga-2")
    win = build_main_window(store)
    qtbot.addWidget(win)
    for action in (win.import_resources_action, win.export_resources_action):
        assert not action.isEnabled()
        assert "non permette di gestire la mappa" in action.statusTip()
    win.close()


def test_export_writes_the_package_and_says_where_and_how_many(qtbot, store, tmp_path):
    from desktop.ui.hsds_dialogs import ExportResourcesDialog

    dialog = over_the_window(qtbot, store, ExportResourcesDialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Scegli prima la cartella" in dialog.outcome.text()
    dialog.folder_field.setText(str(tmp_path))
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Esportati in" in dialog.outcome.text(), timeout=10_000)
    assert str(tmp_path) in dialog.outcome.text() and "0 servizi" in dialog.outcome.text()
    assert (tmp_path / "servizi_hsds.json").exists()
