"""The main window on a real encrypted database, driven like a user would."""
from __future__ import annotations

import datetime as dt
import logging
import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desktop.core.errors import ValidationError
from desktop.core.model import Comune, DiaryEntry, Person
from desktop.core.rules import codice_fiscale as cf
from desktop.core import patti as patti_rules
from desktop.core.store import Store
from desktop.ui.app import build_main_window
from desktop.ui.models import Column, RowsModel
from desktop.ui.operations import GENERIC_FAILURE, CollectionOp, OpChanges
from tests.conftest import PASSPHRASE

PEOPLE = [
    ("Nicolò", "Bianchi", "M", dt.date(1980, 1, 1)),
    ("Ștefan", "Țurcanu", "M", dt.date(1975, 6, 12)),
    ("Giulia", "Rossi", "F", dt.date(1992, 11, 30)),
]


def add_people(store: Store) -> dict[str, Person]:
    with store.session() as s:
        roma = s.scalar(select(Comune).where(Comune.name == "Roma"))
        people = {}
        for first, last, sex, born in PEOPLE:
            code = cf.compute(first_name=first, last_name=last, sex=sex, birth_date=born,
                              birthplace="Roma")
            person = Person(first_name=first, last_name=last, sex=sex, birth_date=born,
                            codice_fiscale=code, residence_comune_id=roma.id)
            s.add(person)
            people[first] = person
    return people


@pytest.fixture
def people(store):
    return add_people(store)


@pytest.fixture
def window(qtbot, store, people):
    win = build_main_window(store)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    persone = win.pages[0]
    qtbot.waitUntil(lambda: persone.model.rowCount() == len(PEOPLE))
    yield win
    win.close()


def shown_names(page) -> list[str]:
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def search(qtbot, page, text: str) -> None:
    page.search_field.clear()
    qtbot.keyClicks(page.search_field, text)
    qtbot.waitUntil(lambda: page.model.has_loaded and page.query() == text.strip(), timeout=5000)
    qtbot.wait(200)  # the debounce fires after typing stops
    qtbot.waitUntil(lambda: page.model.has_loaded)


def test_lists_people_alphabetically_with_italian_dates(qtbot, window):
    page = window.pages[0]
    qtbot.waitUntil(lambda: page.footer.text() != "")  # the count arrives on its own
    assert shown_names(page) == ["Bianchi Nicolò", "Rossi Giulia", "Țurcanu Ștefan"]
    row = [page.model.data(page.model.index(0, c)) for c in range(5)]
    assert row[2] == "01/01/1980"
    assert row[3] == "Roma"
    assert int(row[4]) >= 46
    assert "3 persone" in page.footer.text()


def test_typing_without_accents_finds_accented_names(qtbot, window):
    page = window.pages[0]
    search(qtbot, page, "nicolo")
    qtbot.waitUntil(lambda: shown_names(page) == ["Bianchi Nicolò"])
    search(qtbot, page, "turcanu")
    qtbot.waitUntil(lambda: shown_names(page) == ["Țurcanu Ștefan"])
    search(qtbot, page, "zzzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert "zzzz" in page.empty_text()


def test_codice_fiscale_prefix_and_fragment_find_the_person(qtbot, window, people):
    page = window.pages[0]
    code = people["Giulia"].codice_fiscale
    search(qtbot, page, code[:8].lower())
    qtbot.waitUntil(lambda: shown_names(page) == ["Rossi Giulia"])
    search(qtbot, page, code[6:11])  # birth year and month, inside the code
    qtbot.waitUntil(lambda: "Rossi Giulia" in shown_names(page))


def test_ctrl_f_focuses_the_search_of_the_current_page(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.pages[0].table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages[0].search_field.hasFocus())
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.page("RisorsePage").search_field.hasFocus())


def test_pages_switch_by_shortcut_and_navigation(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    expected = ["PersonePage", "PattiPage", "RisorsePage", "AgendaPage",
                "SincronizzazionePage", "ReportPage", "IndicatoriPage", "CoordinamentoPage",
                "AccessiPage"]
    assert [type(p).__name__ for p in window.pages] == expected
    for number, name in enumerate(expected, start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert type(window.current_page()).__name__ == name
    window.nav.setCurrentRow(1)
    assert type(window.current_page()).__name__ == "PattiPage"
    report = window.page("ReportPage")
    window.switch_to(5)
    qtbot.waitUntil(lambda: report.model.rowCount() > 0)
    counts = {report.model.data(report.model.index(r, 0)): report.model.data(report.model.index(r, 1))
              for r in range(report.model.rowCount())}
    assert counts["Persone"] == "3"


def test_only_the_page_on_screen_is_built_the_others_when_first_shown(qtbot, window, store):
    from desktop.ui.pages import PAGES

    assert list(window._built) == [0]  # the navigation lists them all meanwhile
    assert [window.nav.item(n).text() for n in range(window.nav.count())] == [
        "Persone", "Patti", "Risorse", "Agenda", "Sincronizzazione", "Report", "Indicatori",
        "Coordinamento", "Accessi"]
    with store.session() as s:  # a change to a page not built yet: it reads it when shown
        s.add(Person(first_name="Anna", last_name="Neri"))
    window.on_operation_did_execute(OpChanges(frozenset({"person"})), None)
    window.switch_to(5)
    report = window.current_page()
    assert type(report).__name__ == "ReportPage" and list(window._built) == [0, 5]
    qtbot.waitUntil(lambda: report.model.rowCount() > 0)
    counts = {report.model.data(report.model.index(r, 0)): report.model.data(report.model.index(r, 1))
              for r in range(report.model.rowCount())}
    assert counts["Persone"] == str(len(PEOPLE) + 1)
    assert [type(p).__name__ for p in window.pages] == [entry.name for entry in PAGES]
    assert [p.title() for p in window.pages] == [
        window.nav.item(n).text() for n in range(window.nav.count())]


def test_patti_and_agenda_pages_show_the_records(qtbot, store, window, people):
    today = dt.date.today()
    with store.session() as s:
        nicolo = s.get(Person, people["Nicolò"].id)
        patti_rules.new_patto(s, kind="patto_inclusione", title="Casa e lavoro",
                              beneficiaries=[nicolo])
        s.add(DiaryEntry(person_id=nicolo.id, entry_type="visita_domiciliare",
                         occurred_at=dt.datetime.combine(today, dt.time(10, 30)),
                         place="a casa", status="pianificata"))
    window.on_operation_did_execute(OpChanges(frozenset({"patto", "diary_entry"})), None)
    patti = window.page("PattiPage")
    window.switch_to(1)
    qtbot.waitUntil(lambda: patti.model.rowCount() == 1)
    row = [patti.model.data(patti.model.index(0, c)) for c in range(5)]
    assert row == ["Casa e lavoro", "Patto per l'inclusione", "Bianchi Nicolò", "Bozza", "1"]
    agenda = window.page("AgendaPage")
    window.switch_to(3)
    qtbot.waitUntil(lambda: agenda.model.rowCount() == 1)
    assert agenda.model.data(agenda.model.index(0, 3)) == "Nicolò Bianchi"
    assert agenda.model.data(agenda.model.index(0, 1)) == "10:30"


def test_a_write_operation_refreshes_the_people_list(qtbot, store, window):
    page = window.pages[0]

    def add(store, ctx):
        with store.session() as s:
            s.add(Person(first_name="Ada", last_name="Abate"))

    seen: list[OpChanges] = []
    original = window.on_operation_did_execute
    window.on_operation_did_execute = lambda changes, initiator: (seen.append(changes),
                                                                   original(changes, initiator))
    CollectionOp(window, store, add).run_in_background()
    qtbot.waitUntil(lambda: shown_names(page)[:1] == ["Abate Ada"])
    assert "person" in seen[0].tables


def test_a_write_from_a_dialog_that_closed_still_refreshes_the_list(qtbot, store, window):
    """The dialog asked, then went away before the worker finished: the pages
    still hear what changed, and nobody calls back into the deleted dialog."""
    from PySide6.QtWidgets import QDialog

    page = window.pages[0]
    release = threading.Event()

    def add(store, ctx):
        release.wait(10)
        with store.session() as s:
            s.add(Person(first_name="Bice", last_name="Abbati"))

    dialog = QDialog(window)
    answered = []
    CollectionOp(dialog, store, add).success(answered.append).run_in_background()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    release.set()
    qtbot.waitUntil(lambda: shown_names(page)[:1] == ["Abbati Bice"])
    assert answered == []


def _failure_box(window):
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "opFailureBox" and w.isVisible()]
    return boxes[0] if boxes else None


def test_a_failing_operation_shows_its_message_and_the_window_stays_usable(
        qtbot, store, window, caplog):
    def fails(store, ctx):
        raise ValidationError("La data di nascita è nel futuro.")

    CollectionOp(window, store, fails).run_in_background()
    qtbot.waitUntil(lambda: _failure_box(window) is not None)
    box = _failure_box(window)
    assert box.text() == "La data di nascita è nel futuro."
    box.accept()

    def crashes(store, ctx):
        raise RuntimeError("Bianchi Nicolò BNCNCL80A01H501X")  # personal data in a message

    with caplog.at_level(logging.ERROR):
        CollectionOp(window, store, crashes).run_in_background()
        qtbot.waitUntil(lambda: _failure_box(window) is not None)
    box = _failure_box(window)
    assert box.text() == GENERIC_FAILURE
    box.accept()
    assert "RuntimeError" in caplog.text and "Bianchi" not in caplog.text

    page = window.pages[0]
    search(qtbot, page, "rossi")
    qtbot.waitUntil(lambda: shown_names(page) == ["Rossi Giulia"])


def test_progress_is_shown_in_the_status_bar_and_cancel_stops_the_operation(qtbot, store, window):
    started = threading.Event()

    def long_work(store, ctx):
        for i in range(10_000):
            ctx.progress(i, 10_000, "Elaborazione")
            started.set()
            threading.Event().wait(0.01)

    failures: list[BaseException] = []
    op = (CollectionOp(window, store, long_work)
          .with_progress("Elaborazione di prova", cancellable=True)
          .failure(failures.append)
          .run_in_background())
    qtbot.waitUntil(lambda: window.op_bar.isVisible() and window.op_cancel.isVisible())
    assert started.wait(5)
    qtbot.mouseClick(window.op_cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(failures))
    assert type(failures[0]).__name__ == "OperationCancelled"
    assert not window.op_bar.isVisible()
    assert op.ctx.cancelled


def test_results_of_an_older_query_never_replace_newer_ones(qtbot, store):
    release = threading.Event()

    def slow(session, offset, limit):
        release.wait(5)
        return ["vecchio"] if not offset else []

    def fast(session, offset, limit):
        return ["nuovo"] if not offset else []

    model = RowsModel([Column("x", lambda r: r)], store)
    model.set_source(slow)
    model.set_source(fast)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    release.set()
    qtbot.wait(300)
    assert [model.row_at(r) for r in range(model.rowCount())] == ["nuovo"]


def test_screenshot_writes_a_png_of_the_window(qtbot, tmp_path, monkeypatch):
    from desktop.__main__ import main

    path = tmp_path / "shot.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as s:
        add_people(s)
    out = tmp_path / "shot.png"
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(path), "--screenshot", str(out)]) == 0
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 800)
    assert len({image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}) > 3


def test_screenshot_with_a_wrong_passphrase_fails_cleanly(qtbot, tmp_path, monkeypatch, capsys):
    from desktop.__main__ import main

    path = tmp_path / "shot.db"
    Store.open(path, passphrase=PASSPHRASE, create=True).close()
    monkeypatch.setenv("TESSERE_PASSPHRASE", "sbagliata-sbagliata")
    assert main(["--db", str(path), "--screenshot", str(tmp_path / "x.png")]) == 1
    assert "passphrase non è corretta" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_the_frame_is_on_screen_before_the_database_opens(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer

    from desktop.core.profile import create_profile, districts
    from desktop.ui.access_dialogs import FirstAdministratorDialog
    from desktop.ui.app import open_main_window
    from desktop.ui.main_window import MainWindow

    path = tmp_path / "avvio.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store:
        add_people(store)
        with store.read() as s:
            district = districts(s)[0].id
        create_profile(store, first_name="Beatrice", last_name="Rizzo",
                       role="assistente sociale", territorial_unit_id=district)
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    frames = []

    def shown():
        # Windows of earlier tests may linger until deleted: only empty frames count.
        frames.extend((w.isVisible(), w.opening_label.text())
                      for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and shiboken6.isValid(w) and not w.pages)

    answered = []

    def make_administrator():
        # The database holds people and no account yet: the first start asks for one.
        box = QApplication.activeModalWidget()
        if isinstance(box, FirstAdministratorDialog):
            answered.append(box.cancel_button.text())
            box.username.setText("b.rizzo")
            box.password.setText("una-password-lunga")
            box.confirm.setText("una-password-lunga")
            box.ok_button.click()
            return
        QTimer.singleShot(50, make_administrator)

    QTimer.singleShot(50, make_administrator)
    window, store = open_main_window(path, on_shown=shown)
    qtbot.addWidget(window)
    try:
        assert answered == ["Esci"]  # required: there is no «Più tardi» with people inside
        assert store.access.username == "b.rizzo" and window.idle_lock.minutes == 10
        assert frames == [(True, "Apertura del database…")]
        assert [p.title() for p in window.pages][:2] == ["Persone", "Patti"]
        assert "Beatrice Rizzo" in window.operator_label.text()
        page = window.pages[0]
        qtbot.waitUntil(lambda: page.model.rowCount() == len(PEOPLE))
        assert window.windowTitle() == "Tessere — avvio.db"
    finally:
        window.close()
        store.close()


def test_a_table_closed_before_its_rows_arrive_is_left_alone(qtbot, store):
    """Leaving a scheda while its rows load: the answer finds no model and is
    dropped (it used to raise 'Internal C++ object already deleted')."""
    from PySide6.QtWidgets import QWidget

    from desktop.ui.operations import wait_for_ops

    release = threading.Event()

    def fetch(session, offset, limit):
        release.wait(10)
        return [("riga",)]

    owner = QWidget()
    model = RowsModel([Column("Voce", lambda r: r[0])], store, parent=owner)
    model.set_source(fetch)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(model))
    release.set()
    assert wait_for_ops()
    qtbot.wait(100)  # the queued answer is delivered here; pytest-qt fails on any exception


def test_first_run_demo_opens_a_separate_marked_database(qtbot, tmp_path, monkeypatch,
                                                         private_data_dir):
    """«Prova con dati dimostrativi» on an empty real database: the window ends up on
    the demo database, which says so in the title and the status bar; the real
    database stays empty and is offered the choice again next time."""
    from PySide6.QtCore import QTimer

    from desktop.paths import default_demo_database
    from desktop.ui.app import open_main_window
    from desktop.ui.dialogs import WelcomeDialog
    from desktop.ui.profile_dialog import ProfileDialog

    path = tmp_path / "reale.db"
    Store.open(path, passphrase=PASSPHRASE, create=True).close()
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    answered = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, WelcomeDialog) and "welcome" not in answered:
            answered.append("welcome")
            box.demo_button.click()
        elif isinstance(box, ProfileDialog):
            answered.append("profile")
            box.later_button.click()
            return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    window, store = open_main_window(path)
    qtbot.addWidget(window)
    try:
        assert answered == ["welcome", "profile"]
        assert store.path == default_demo_database() and store.is_demo
        assert "DATI DIMOSTRATIVI" in window.windowTitle()
        assert window.demo_label.isVisible() and "inventate" in window.demo_label.text()
        page = window.pages[0]
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
    finally:
        window.close()
        store.close()
    with Store.open(path, passphrase=PASSPHRASE) as real:
        assert not real.is_demo and not real.holds_user_data()
        assert real.meta("ui.welcome_done") is None


def test_a_second_start_on_the_same_database_brings_the_first_window_forward(qtbot, tmp_path):
    from desktop.ui.single_instance import SingleInstance

    first = SingleInstance(tmp_path / "uno.db")
    assert first.listen()
    try:
        assert not SingleInstance(tmp_path / "due.db").other_running()  # another file: free
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert SingleInstance(tmp_path / "." / "uno.db").other_running()
    finally:
        first.server.close()
    assert not SingleInstance(tmp_path / "uno.db").other_running()  # gone with its process
    shiboken6.delete(first)


def test_about_names_the_version_the_build_and_the_bundled_licences(qtbot, window):
    from PySide6.QtGui import QAction

    from desktop import version

    action = next(a for a in window.findChildren(QAction) if a.text() == "&Informazioni su Tessere")
    action.trigger()
    box = window.about_box
    qtbot.waitUntil(box.isVisible)
    assert f"Tessere {version()}" in box.text() and "sorgenti; Python" in box.text()
    for name in ("Qt for Python", "SQLCipher", "ReportLab", "DejaVu Sans", "LGPL-3.0"):
        assert name in box.informativeText()
    box.close()
