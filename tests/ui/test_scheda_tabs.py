"""The scheda tabs Patti, Rete, Misure, Documenti and Scadenze on a real
encrypted database, driven like a user would: buttons, typed text, Enter, Del.

Each tab sits in the real main window inside a minimal detail view that passes
the window's change broadcasts on to it, as the scheda persona does.
"""
from __future__ import annotations

import datetime as dt
import os
import secrets
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QWidget
from sqlalchemy import select

from desktop.core.cartella import documenti as core_documenti
from desktop.core import profile
from desktop.core.model import (
    Deadline, Document, Measure, NetworkMember, Patto, PattoBeneficiary, Person, Tombstone,
)
from desktop.ui.app import build_main_window
from desktop.ui.detail import DetailView
from desktop.ui.models import WARNING_TEXT
from desktop.ui.operations import running_ops
from desktop.ui.scheda import documenti, misure, patti_tab, rete, scadenze

LOAD_TIMEOUT = 20_000  # ms; a fresh pool connection derives the SQLCipher key first


class TabHost(DetailView):
    """Hosts one tab in the main window and hands it every change broadcast."""

    key = "test:tab"

    def __init__(self, store, module, person_id: str, parent=None):
        super().__init__(store, parent)
        self.tab = module.TAB(store, person_id, self)
        self._layout.addWidget(self.tab)

    def title(self) -> str:
        return self.tab.title()

    def refresh(self, changes, initiator=None) -> None:
        self.tab.refresh(changes, initiator)


@pytest.fixture
def person_id(store) -> str:
    with store.session() as s:
        person = Person(first_name="Lucia", last_name="Ferri", sex="F",
                        birth_date=dt.date(1979, 3, 14))
        s.add(person)
    return person.id


@pytest.fixture
def operator_id(store) -> str:
    with store.read() as s:
        district = profile.districts(s)[0]
    return profile.create_profile(store, first_name="Anna", last_name="Neri",
                                  role="assistente sociale", territorial_unit_id=district.id)


@pytest.fixture
def window(qtbot, store):
    win = build_main_window(store)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


def open_tab(qtbot, window, store, module, person_id):
    host = window.show_detail(TabHost(store, module, person_id, window.stack))
    tab = host.tab
    qtbot.waitUntil(lambda: tab.model.has_loaded and (not tab.catalogues or tab.choices is not None),
                    timeout=LOAD_TIMEOUT)
    return tab


def rows(tab) -> list[list[str]]:
    model = tab.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def column(tab, number: int) -> list[str]:
    return [row[number] for row in rows(tab)]


def field(dialog, name: str):
    return dialog.findChild(QWidget, name)


def pick(dialog, name: str, code: str) -> None:
    combo = field(dialog, name)
    combo.setCurrentIndex(combo.findData(code))


def type_into(qtbot, dialog, name: str, text: str) -> None:
    edit = field(dialog, name)
    edit.clear()
    qtbot.keyClicks(edit, text)


def submit(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def wait_reload(qtbot, tab, count: int) -> None:
    qtbot.waitUntil(lambda: tab.model.has_loaded and tab.model.rowCount() == count,
                    timeout=LOAD_TIMEOUT)


def select_row(qtbot, tab, row: int) -> None:
    tab.table.setFocus()
    tab.table.selectRow(row)
    qtbot.waitUntil(lambda: tab.selected() is not None)


def error_of(dialog) -> str:
    return dialog.error_label.text() if dialog.error_label.isVisible() else ""


def test_tabs_read_nothing_until_shown(qtbot, store, person_id):
    """Opening a scheda builds every tab; only the one shown reads the database."""
    tabs = [module.TAB(store, person_id) for module in (patti_tab, rete, misure, documenti, scadenze)]
    for tab in tabs:
        qtbot.addWidget(tab)
    assert running_ops() == 0
    assert [tab.title() for tab in tabs] == ["Patti", "Rete", "Misure", "Documenti", "Scadenze"]
    tabs[2].show()
    qtbot.waitUntil(lambda: tabs[2].model.has_loaded and tabs[2].choices is not None,
                    timeout=LOAD_TIMEOUT)
    assert all(not tab.model.has_loaded for tab in tabs if tab is not tabs[2])


def test_network_member_is_added_edited_and_removed(qtbot, window, store, person_id):
    tab = open_tab(qtbot, window, store, rete, person_id)
    qtbot.mouseClick(tab.findChild(QPushButton, "addMember"), Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    pick(dialog, "relation", "vicino")
    pick(dialog, "role", "rischio")
    type_into(qtbot, dialog, "contact", "333 123 4567")
    submit(qtbot, dialog)
    assert "nome" in error_of(dialog)  # nothing typed was lost
    assert field(dialog, "contact").text() == "333 123 4567"
    type_into(qtbot, dialog, "name", "Bruno Galli")
    submit(qtbot, dialog)
    wait_reload(qtbot, tab, 1)
    assert rows(tab)[0][:4] == ["Bruno Galli", "Vicino/a di casa", "Fattore di rischio", "333 123 4567"]
    assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color() == WARNING_TEXT

    select_row(qtbot, tab, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter edits
    qtbot.waitUntil(lambda: tab.dialog is not None)
    dialog = tab.dialog
    assert field(dialog, "name").text() == "Bruno Galli"
    pick(dialog, "role", "risorsa")
    field(dialog, "notes").setPlainText("Porta la spesa il martedì.\nHa le chiavi di casa.")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: column(tab, 2) == ["Risorsa"], timeout=LOAD_TIMEOUT)
    with store.read() as s:
        member = s.scalar(select(NetworkMember).where(NetworkMember.person_id == person_id))
        assert (member.name, member.relation, member.role, member.contact) == \
            ("Bruno Galli", "vicino", "risorsa", "333 123 4567")
        assert member.notes == "Porta la spesa il martedì.\nHa le chiavi di casa."
        member_id = member.id

    select_row(qtbot, tab, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.confirm_box is not None)
    assert "Bruno Galli" in tab.confirm_box.text()
    qtbot.mouseClick(tab.confirm_box.defaultButton(), Qt.MouseButton.LeftButton)
    wait_reload(qtbot, tab, 0)
    with store.read() as s:
        assert s.get(NetworkMember, member_id) is None
        assert s.get(Tombstone, ("network_member", member_id)) is not None


def test_measure_end_before_start_is_refused_then_saved(qtbot, window, store, person_id):
    tab = open_tab(qtbot, window, store, misure, person_id)
    qtbot.mouseClick(tab.findChild(QPushButton, "addMeasure"), Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    pick(dialog, "measure_type", "adi")
    type_into(qtbot, dialog, "start_on", "01/03/2024")
    type_into(qtbot, dialog, "end_on", "31/01/2024")
    type_into(qtbot, dialog, "amount", "1.250,50")
    submit(qtbot, dialog)
    assert "La data di fine non può precedere la data di inizio." in error_of(dialog)
    assert dialog.focusWidget() is field(dialog, "end_on")
    type_into(qtbot, dialog, "end_on", "31/02/2025")
    submit(qtbot, dialog)
    assert error_of(dialog) == "Data di fine: Il giorno 31/02/2025 non esiste nel calendario."
    with store.read() as s:
        assert s.scalar(select(Measure)) is None
    assert field(dialog, "start_on").text() == "01/03/2024"  # nothing lost

    type_into(qtbot, dialog, "end_on", "28/02/2025")
    qtbot.keyClick(field(dialog, "end_on"), Qt.Key.Key_Return)  # Enter saves
    wait_reload(qtbot, tab, 1)
    row = rows(tab)[0]
    assert row[:5] == ["Assegno di Inclusione (ADI)", "Presentata",
                       dt.date.today().strftime("%d/%m/%Y"), "01/03/2024", "28/02/2025"]
    assert row[5] == "1.250,50\xa0€"

    select_row(qtbot, tab, 0)
    qtbot.mouseClick(tab.status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status_menu.isVisible())
    action = next(a for a in tab.status_menu.actions() if a.text() == "In fruizione")
    action.trigger()
    qtbot.waitUntil(lambda: column(tab, 1) == ["In fruizione"], timeout=LOAD_TIMEOUT)
    with store.read() as s:
        measure = s.scalar(select(Measure).where(Measure.person_id == person_id))
        assert (measure.status, measure.start_on, measure.end_on, measure.monthly_amount_cents) == \
            ("in_fruizione", dt.date(2024, 3, 1), dt.date(2025, 2, 28), 125050)


def files_containing(root: Path, marker: bytes, since: float) -> list[Path]:
    found = []
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            try:
                if path.stat().st_mtime >= since and marker in path.read_bytes():
                    found.append(path)
            except OSError:
                continue  # vanished or unreadable: not ours
    return found


def test_attached_file_lives_only_in_the_database(qtbot, window, store, person_id, tmp_path):
    marker = secrets.token_hex(16).encode()
    content = marker + os.urandom(3 * 1024 * 1024) + marker  # several read chunks
    source = tmp_path / "in" / "decreto tribunale.pdf"
    source.parent.mkdir()
    source.write_bytes(content)
    started = time.time() - 1

    tab = open_tab(qtbot, window, store, documenti, person_id)
    qtbot.mouseClick(tab.findChild(QPushButton, "attachFile"), Qt.MouseButton.LeftButton)
    chooser = tab.file_dialog
    chooser.selectFile(str(source))
    chooser.accept()
    qtbot.waitUntil(lambda: tab.dialog is not None)
    dialog = tab.dialog
    assert field(dialog, "title").text() == "decreto tribunale"
    pick(dialog, "doc_type", "decreto")
    type_into(qtbot, dialog, "document_date", "12/02/2025")
    submit(qtbot, dialog)
    wait_reload(qtbot, tab, 1)
    assert rows(tab)[0] == ["decreto tribunale", "Decreto / provvedimento dell'autorità giudiziaria",
                            "decreto tribunale.pdf", "3 MB", "12/02/2025"]

    with store.read() as s:
        document = s.scalar(select(Document).where(Document.person_id == person_id))
        assert document.content == content
        assert (document.size_bytes, document.doc_type) == (len(content), "decreto")
    copies = files_containing(tmp_path, marker, started) + \
        files_containing(Path(tempfile.gettempdir()), marker, started)
    assert set(copies) == {source}  # the database file holds it encrypted only

    target = tmp_path / "out" / "copia.pdf"
    target.parent.mkdir()
    select_row(qtbot, tab, 0)
    qtbot.mouseClick(tab.findChild(QPushButton, "exportFile"), Qt.MouseButton.LeftButton)
    chooser = tab.file_dialog
    chooser.selectFile(str(target))
    chooser.accept()
    qtbot.waitUntil(lambda: "copia.pdf" in tab.status.text(), timeout=LOAD_TIMEOUT)
    assert target.read_bytes() == content

    select_row(qtbot, tab, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.confirm_box is not None)
    qtbot.keyClick(tab.confirm_box, Qt.Key.Key_Escape)  # Esc keeps it
    qtbot.waitUntil(lambda: tab.confirm_box is None)
    with store.read() as s:
        assert s.scalar(select(Document.id)) is not None


def add_deadline(qtbot, tab, day: str, text: str) -> None:
    qtbot.mouseClick(tab.findChild(QPushButton, "addDeadline"), Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    pick(dialog, "kind", "scadenza_tribunale")
    type_into(qtbot, dialog, "due_on", day)
    type_into(qtbot, dialog, "description", text)
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=LOAD_TIMEOUT)


def test_past_deadline_stands_out_until_done(qtbot, window, store, person_id, operator_id):
    tab = open_tab(qtbot, window, store, scadenze, person_id)
    qtbot.mouseClick(tab.findChild(QPushButton, "addDeadline"), Qt.MouseButton.LeftButton)
    submit(qtbot, tab.dialog)
    assert "indica la data" in error_of(tab.dialog)
    tab.dialog.reject()
    qtbot.waitUntil(lambda: tab.dialog is None)
    add_deadline(qtbot, tab, "15/01/2020", "Relazione al giudice tutelare")
    add_deadline(qtbot, tab, (dt.date.today() + dt.timedelta(days=30)).strftime("%d/%m/%Y"),
                 "Verifica del tirocinio")
    wait_reload(qtbot, tab, 2)

    overdue, upcoming = rows(tab)
    assert overdue[0] == "15/01/2020" and overdue[3] == "in ritardo"
    assert upcoming[3] == ""
    warned = [tab.model.data(tab.model.index(r, 0), Qt.ItemDataRole.ForegroundRole) for r in range(2)]
    assert warned[0].color() == WARNING_TEXT and warned[1] is None

    select_row(qtbot, tab, 0)
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    today = dt.date.today()
    qtbot.waitUntil(lambda: column(tab, 3) == ["", f"fatta il {today:%d/%m/%Y}"],
                    timeout=LOAD_TIMEOUT)
    assert tab.model.data(tab.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    with store.read() as s:
        done = s.scalar(select(Deadline).where(Deadline.due_on == dt.date(2020, 1, 15)))
        assert done.done_on == today and done.operator_id == operator_id


def test_new_patto_is_created_for_the_person_and_opened(qtbot, window, store, person_id,
                                                        operator_id, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(window, "open_patto", opened.append)  # the editor is another view
    tab = open_tab(qtbot, window, store, patti_tab, person_id)
    assert rows(tab) == []
    qtbot.mouseClick(tab.findChild(QPushButton, "newPatto"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=LOAD_TIMEOUT)
    dialog = tab.dialog
    assert [p["person_id"] for p in dialog.people.people()] == [person_id]
    qtbot.waitUntil(lambda: dialog.findChild(QRadioButton, "kind_ptri_bds") is not None,
                    timeout=LOAD_TIMEOUT)
    dialog.findChild(QRadioButton, "kind_ptri_bds").click()
    assert dialog.title.text().startswith("PTRI con Budget di Salute – ")  # suggested
    dialog.title.clear()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Scrivi un titolo."
    qtbot.keyClicks(dialog.title, "Casa e lavoro")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter creates
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=LOAD_TIMEOUT)

    with store.read() as s:
        patto = s.get(Patto, opened[0])
        assert (patto.kind, patto.title, patto.state, patto.case_manager_id) == \
            ("ptri_bds", "Casa e lavoro", "bozza", operator_id)
        assert patto.versions[0].author_id == operator_id
        assert s.scalars(select(PattoBeneficiary.person_id)
                         .where(PattoBeneficiary.patto_id == patto.id)).all() == [person_id]
    wait_reload(qtbot, tab, 1)
    assert rows(tab)[0][:4] == ["Casa e lavoro", "PTRI con Budget di Salute", "Bozza", "1"]
    select_row(qtbot, tab, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens the patto
    assert opened == [patto.id, patto.id]


def test_too_big_a_file_is_refused_in_the_form(qtbot, window, store, person_id, tmp_path):
    big = tmp_path / "scansione.tiff"
    with big.open("wb") as fh:  # sparse: the size is what counts, not the disk
        fh.truncate(core_documenti.MAX_BYTES + 1)
    tab = open_tab(qtbot, window, store, documenti, person_id)
    qtbot.mouseClick(tab.findChild(QPushButton, "attachFile"), Qt.MouseButton.LeftButton)
    tab.file_dialog.selectFile(str(big))
    tab.file_dialog.accept()
    qtbot.waitUntil(lambda: tab.dialog is not None)
    dialog = tab.dialog
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: "troppo grande" in error_of(dialog), timeout=LOAD_TIMEOUT)
    assert dialog.ok_button.isEnabled() and field(dialog, "title").text() == "scansione"
    with store.read() as s:
        assert s.scalar(select(Document.id)) is None
