"""The scheda persona on a real encrypted database, driven like a user would:
diary entries written, closed, refused and corrected; drafts that outlive the
editor; assessments filled twice and compared; the header; a real cartella PDF."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pypdf import PdfReader
from sqlalchemy import insert, select

from desktop.core import diary_index, drafts, profile
from desktop.core.ids import new_id
from desktop.core.model import Assessment, Comune, DiaryEntry, Person
from desktop.core.rules import codice_fiscale as cf
from desktop.ui import print_actions
from desktop.ui.app import build_main_window
from desktop.ui.operations import OpChanges
from desktop.ui.scheda import tab_classes

BORN = dt.date(1980, 1, 1)


@pytest.fixture
def person_id(store) -> str:
    with store.session() as s:
        district = profile.districts(s)[0]
        roma = s.scalar(select(Comune).where(Comune.name == "Roma"))
        person = Person(first_name="Nicolò", last_name="Bianchi", sex="M", birth_date=BORN,
                        codice_fiscale=cf.compute(first_name="Nicolò", last_name="Bianchi",
                                                  sex="M", birth_date=BORN, birthplace="Roma"),
                        residence_comune_id=roma.id)
        s.add(person)
        s.flush()
        person_id, district_id = person.id, district.id
    profile.create_profile(store, first_name="Anna", last_name="Verdi", role="assistente sociale",
                           territorial_unit_id=district_id, organisation_name="Comune di Roma")
    return person_id


@pytest.fixture
def window(qtbot, store, person_id):
    win = build_main_window(store)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for view in win.details:  # a failed test may leave text typed: no question then
        view.can_close = lambda: True
    win.close()
    win.deleteLater()


@pytest.fixture
def scheda(qtbot, window, person_id):
    view = window.open_person(person_id)
    diario = view.tab_widgets()[0]
    qtbot.waitUntil(lambda: view.info is not None and diario.model.has_loaded)
    qtbot.waitUntil(lambda: view.tabs.count() == len(tab_classes()))
    return view


def diario_of(scheda):
    return scheda.tab("Diario")


def rows(tab) -> list:
    return [tab.model.row_at(i) for i in range(tab.model.rowCount())]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def answer_modal(button_text: str, seen: list[str], tries: int = 250) -> None:
    """Click ``button_text`` on the next modal message box (one shown with exec())."""
    def attempt(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            button(box, button_text).click()
        elif left:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))


def select_entry(qtbot, tab, entry_id: str) -> None:
    row = next(i for i, r in enumerate(rows(tab)) if r.id == entry_id)
    index = tab.model.index(row, 0)
    tab.timeline.scrollTo(index)
    qtbot.mouseClick(tab.timeline.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.timeline.visualRect(index).center())
    qtbot.waitUntil(lambda: tab.view.row is not None and tab.view.row.id == entry_id)


def write_entry(qtbot, tab, text: str, *, kind: str = "colloquio",
                when: dt.datetime | None = None, place: str = "") -> None:
    editor = tab.editor
    editor.type_box.setCurrentIndex(editor.type_box.findData(kind))
    if when is not None:
        editor.when.setDateTime(QDateTime(when))
    if place:
        qtbot.keyClicks(editor.place, place)
    qtbot.keyClicks(editor.text, text)


def test_header_shows_age_codice_fiscale_and_comune(scheda):
    today = dt.date.today()
    age = today.year - BORN.year - ((today.month, today.day) < (BORN.month, BORN.day))
    subtitle = scheda.subtitle_label.text().replace("\u00a0", " ")  # no wrap inside a part
    assert scheda.title_label.text() == "Nicolò Bianchi"
    assert f"{age} anni (nato il 01/01/1980)" in subtitle
    assert "CF BNCNCL80A01H501" in subtitle
    assert "Residente a Roma" in subtitle
    assert scheda.facts.patto.text() == "nessuno"
    assert scheda.key == f"person:{scheda.person_id}"
    assert [scheda.tabs.tabText(i) for i in range(scheda.tabs.count())] == [
        "Diario", "Presa in carico", "Valutazioni", "UVM", "Patti", "Rete", "Nucleo e ISEE",
        "Misure", "Documenti", "Scadenze", "Consensi"]


def test_home_visit_closed_then_refused_then_corrected(qtbot, store, scheda):
    tab = diario_of(scheda)
    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: tab.editor is not None)
    visited = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=1)
    write_entry(qtbot, tab, "Casa in ordine; parla del nuovo lavoro.", kind="visita_domiciliare",
                when=visited, place="Domicilio")
    click(qtbot, tab.editor.save_button)
    qtbot.waitUntil(lambda: tab.editor is None and len(rows(tab)) == 1)
    visit = rows(tab)[0]
    assert (visit.type_label, visit.status, visit.author, visit.place, visit.occurred_at) == (
        "Visita domiciliare", "bozza", "Anna Verdi", "Domicilio", visited)

    select_entry(qtbot, tab, visit.id)
    click(qtbot, tab.view.close_button)
    qtbot.waitUntil(lambda: tab.message_box is not None)
    assert tab.message_box.text().startswith("Chiudere la voce del")
    click(qtbot, button(tab.message_box, "Chiudi voce"))
    qtbot.waitUntil(lambda: [r.status for r in rows(tab)] == ["chiusa"])
    qtbot.waitUntil(lambda: tab.view.row.status == "chiusa")

    click(qtbot, tab.view.edit_button)  # editing a closed entry is refused, with the way out
    qtbot.waitUntil(lambda: tab.message_box is not None)
    assert tab.editor is None
    assert tab.message_box.text() == "Questa voce è chiusa e non si può modificare."
    assert "aggiungi una correzione" in tab.message_box.informativeText()
    click(qtbot, button(tab.message_box, "Aggiungi una correzione"))
    qtbot.waitUntil(lambda: tab.editor is not None)
    assert tab.editor.heading.text().startswith("Correzione della voce del")
    assert tab.editor.text.toPlainText() == "Casa in ordine; parla del nuovo lavoro."
    assert not tab.editor.type_box.isEnabled()
    assert tab.editor.text.textCursor().atEnd()  # the cursor waits after the original text
    click(qtbot, tab.editor.save_button)  # an unchanged copy is not a correction
    assert "uguale alla voce che corregge" in tab.editor.error.text()
    assert len(rows(tab)) == 1
    tab.editor.text.selectAll()
    qtbot.keyClicks(tab.editor.text, "Il lavoro risulta un tirocinio, non un'assunzione.")
    click(qtbot, tab.editor.save_button)
    qtbot.waitUntil(lambda: tab.editor is None and len(rows(tab)) == 2)

    correction = next(r for r in rows(tab) if r.id != visit.id)
    original = next(r for r in rows(tab) if r.id == visit.id)
    assert correction.corrects_id == visit.id and correction.status == "bozza"
    assert original.corrected_by_id == correction.id
    qtbot.waitUntil(lambda: tab.view.row.id == correction.id)
    assert "Correzione della" in tab.view.link.text() and visit.id in tab.view.link.text()
    with store.read() as s:
        assert s.get(DiaryEntry, visit.id).text == "Casa in ordine; parla del nuovo lavoro."
        assert s.get(DiaryEntry, correction.id).corrects_id == visit.id
    tab.view.link.linkActivated.emit(visit.id)  # the link leads back to the original
    qtbot.waitUntil(lambda: tab.view.row.id == visit.id)


def test_only_home_visits_may_be_planned_in_the_future(qtbot, scheda):
    tab = diario_of(scheda)
    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: tab.editor is not None)
    tomorrow = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=1)
    write_entry(qtbot, tab, "Portare il modulo ISEE.", kind="colloquio", when=tomorrow)
    click(qtbot, tab.editor.save_button)
    qtbot.waitUntil(lambda: tab.editor.error.isVisible())
    assert "Solo una visita domiciliare" in tab.editor.error.text()
    assert tab.editor.text.toPlainText() == "Portare il modulo ISEE."  # nothing lost
    tab.editor.type_box.setCurrentIndex(tab.editor.type_box.findData("visita_domiciliare"))
    assert "pianificata" in tab.editor.plan_hint.text()
    click(qtbot, tab.editor.save_button)
    qtbot.waitUntil(lambda: tab.editor is None and len(rows(tab)) == 1)
    assert rows(tab)[0].status == "pianificata"
    select_entry(qtbot, tab, rows(tab)[0].id)
    assert not tab.view.close_button.isEnabled()

    tab.filter.setCurrentIndex(tab.filter.findText("Colloquio"))  # the filter by type
    qtbot.waitUntil(lambda: tab.model.has_loaded and rows(tab) == [])
    assert tab.count.text() == "Nessuna voce"
    tab.filter.setCurrentIndex(tab.filter.findText("Visita domiciliare"))
    qtbot.waitUntil(lambda: [r.entry_type for r in rows(tab)] == ["visita_domiciliare"])


def test_ctrl_n_opens_the_new_entry_editor_from_any_tab(qtbot, window, scheda):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    scheda.tabs.setCurrentWidget(scheda.tab("Valutazioni"))
    qtbot.waitUntil(lambda: scheda.tab("Valutazioni").isVisible())
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tab = diario_of(scheda)
    qtbot.waitUntil(lambda: tab.editor is not None)
    assert scheda.tabs.currentWidget() is tab
    assert tab.editor.heading.text() == "Nuova voce di diario"
    qtbot.waitUntil(lambda: tab.editor.text.hasFocus())


def test_a_draft_survives_closing_the_editor_and_is_offered_back(qtbot, store, window, scheda):
    tab = diario_of(scheda)
    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: tab.editor is not None)
    typed = "Telefona la sorella: chiede un colloquio urgente."
    qtbot.keyClicks(tab.editor.text, typed)
    key = (f"diario:{scheda.person_id}", None)
    qtbot.waitUntil(lambda: (drafts.load(store, *key) or {}).get("text") == typed, timeout=5000)

    seen: list[str] = []  # leaving the scheda asks, and "Continua a scrivere" stays
    answer_modal("Continua a scrivere", seen)
    assert not window.close_detail()
    assert seen == ["La voce che stai scrivendo non è salvata."]
    assert window.current_detail() is scheda and tab.editor is not None

    answer_modal("Riprendi dopo", seen)
    click(qtbot, tab.editor.cancel_button)
    qtbot.waitUntil(lambda: tab.editor is None)
    assert len(seen) == 2 and rows(tab) == []
    qtbot.waitUntil(lambda: (drafts.load(store, *key) or {}).get("text") == typed)

    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.banner.isVisible())
    assert tab.editor.text.toPlainText() == ""
    assert "testo non salvato" in tab.editor.banner_label.text()
    click(qtbot, tab.editor.restore_button)
    assert tab.editor.text.toPlainText() == typed
    click(qtbot, tab.editor.save_button)
    qtbot.waitUntil(lambda: tab.editor is None and len(rows(tab)) == 1)
    qtbot.waitUntil(lambda: drafts.load(store, *key) is None)
    assert rows(tab)[0].text == typed


def fill_assessment(qtbot, tab, day: dt.date, motivation: int, resources: str) -> None:
    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: tab.form is not None)
    tab.date.setDate(QDate(day))
    combo = tab.form.widgets["motivazione"].combo
    combo.setCurrentIndex(combo.findData(motivation))
    qtbot.keyClicks(tab.form.widgets["risorse"], resources)
    saved = len(tab.history)
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: tab.form is None and len(tab.history) == saved + 1)


def test_an_assessment_filled_twice_is_compared_with_differences_marked(qtbot, store, scheda):
    scheda.tabs.setCurrentWidget(scheda.tab("Valutazioni"))
    tab = scheda.tab("Valutazioni")
    qtbot.waitUntil(lambda: tab.template_box.count() >= 4)
    assert tab.template_box.currentData() == "scheda_patti"
    assert tab.template_box.currentText() == "Scheda Patti – tre punti di osservazione"
    fill_assessment(qtbot, tab, dt.date(2025, 1, 10), 2, "Cucina bene.")
    fill_assessment(qtbot, tab, dt.date(2025, 6, 10), 4, "Cucina bene.")
    assert [r.assessed_on for r in tab.history] == [dt.date(2025, 6, 10), dt.date(2025, 1, 10)]
    assert tab.history_list.item(0).text() == "10/06/2025  ·  Anna Verdi"
    assert "Motivazione al cambiamento\n4 · Buono" in tab.reader.toPlainText()
    with store.read() as s:
        answers = s.scalars(select(Assessment.answers).order_by(Assessment.assessed_on)).all()
    assert answers == [{"motivazione": 2, "risorse": "Cucina bene."},
                       {"motivazione": 4, "risorse": "Cucina bene."}]

    assert not tab.compare_button.isEnabled()
    for row, modifier in ((0, Qt.KeyboardModifier.NoModifier),
                          (1, Qt.KeyboardModifier.ControlModifier)):
        rect = tab.history_list.visualItemRect(tab.history_list.item(row))
        qtbot.mouseClick(tab.history_list.viewport(), Qt.MouseButton.LeftButton, modifier,
                         rect.center())
    assert tab.compare_button.isEnabled()
    click(qtbot, tab.compare_button)
    qtbot.waitUntil(lambda: tab.comparison is not None and tab.compare_table.isVisible())
    assert tab.compare_title.text() == "Confronto tra il 10/01/2025 e il 10/06/2025"
    assert tab.compare_summary.text() == \
        "1 risposte diverse: 1 migliorate, 0 peggiorate, 0 cambiate."
    table = tab.compare_table
    shown = {table.item(r, 0).text(): [table.item(r, c).text() if table.item(r, c) else ""
                                       for c in range(1, 4)] for r in range(table.rowCount())}
    assert shown["Motivazione al cambiamento"] == ["2 · Basso", "4 · Buono", "▲ migliorato"]
    assert shown[next(k for k in shown if k.startswith("Risorse personali"))] == [
        "Cucina bene.", "Cucina bene.", ""]
    tab.only_differences.setChecked(True)
    assert table.rowCount() == 2  # the section and the one answer that changed


def test_apri_pdf_builds_the_cartella_with_or_without_confidential_entries(
        qtbot, store, monkeypatch, scheda):
    with store.session() as s:
        s.add(DiaryEntry(person_id=scheda.person_id, entry_type="nota", status="chiusa",
                         occurred_at=dt.datetime(2025, 3, 4, 10), confidentiality="riservato",
                         text="Nota riservata sul percorso."))
    opened: list[str] = []
    monkeypatch.setattr(print_actions, "open_url",  # a viewer that opens it
                        lambda url: opened.append(url.toLocalFile()) or True)

    def pdf_text() -> str:
        count = len(opened)
        click(qtbot, scheda.open_pdf_button)
        qtbot.waitUntil(lambda: len(opened) == count + 1, timeout=15_000)
        with open(opened[-1], "rb") as fh:
            data = fh.read()
        assert data.startswith(b"%PDF")
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)

    text = pdf_text()
    assert "Bianchi" in text and "Nota riservata" not in text
    assert opened[-1].endswith("cartella-nicolo-bianchi.pdf")
    click(qtbot, scheda.confidential_box)
    assert "Nota riservata sul percorso." in pdf_text()


def test_the_header_follows_changes_to_the_person(qtbot, store, window, scheda):
    from desktop.ui.operations import CollectionOp

    def rename(store, ctx):
        with store.session() as s:
            s.get(Person, scheda.person_id).first_name = "Nicola"

    CollectionOp(window, store, rename).run_in_background()
    qtbot.waitUntil(lambda: scheda.title_label.text() == "Nicola Bianchi")
    assert window.open_person(scheda.person_id) is scheda  # the same scheda comes back


def test_printing_for_the_persons_request_adds_who_consulted_and_logs_the_purpose(
        qtbot, store, monkeypatch, scheda):
    from sqlalchemy import select

    from desktop.core.audit import ART_15
    from desktop.core.model import AuditEvent

    opened: list[str] = []
    monkeypatch.setattr(print_actions, "open_url",  # a viewer that opens it
                        lambda url: opened.append(url.toLocalFile()) or True)
    scheda.purpose_box.setCurrentText(ART_15)
    click(qtbot, scheda.open_pdf_button)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=15_000)
    text = "\n".join(page.extract_text() for page in PdfReader(opened[0]).pages)
    assert "Chi ha consultato la cartella" in text
    with store.read() as s:
        printed = s.scalar(select(AuditEvent).where(AuditEvent.action == "print"))
    assert printed.purpose == ART_15 and printed.person_id == scheda.person_id


def test_the_diary_search_box_narrows_the_timeline_and_a_bulk_arrival_is_indexed_behind(
        qtbot, store, window, scheda, person_id):
    at = dt.datetime(2026, 10, 1, 9, 0)
    with store.session() as s:  # as a sync bringing many entries: left queued for the index
        s.execute(insert(DiaryEntry), [
            {"id": new_id(), "person_id": person_id, "entry_type": "colloquio",
             "occurred_at": at + dt.timedelta(hours=i), "status": "bozza",
             "confidentiality": "ordinario",
             "text": "Sfratto: udienza rinviata." if i % 100 == 0 else f"Colloquio numero {i}."}
            for i in range(diary_index.FEW + 100)])
    window.on_operation_did_execute(OpChanges(frozenset({"diary_entry"})), None)
    tab = diario_of(scheda)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    qtbot.keyClicks(tab.search, "SFRATT udienz")
    qtbot.waitUntil(lambda: len(rows(tab)) == 3, timeout=5000)
    assert tab.count.text() == "3 voci trovate"
    window._start_sync()  # the indexer starts with the background sync, a little after opening

    def queued() -> int:
        with store.read() as s:
            return diary_index.pending_count(s.connection())

    qtbot.waitUntil(lambda: queued() == 0, timeout=10_000)
    tab.search.clear()
    qtbot.keyClicks(tab.search, "nessuna parola simile")
    qtbot.waitUntil(lambda: tab.count.text() == "Nessuna voce trovata", timeout=5000)
    tab.search.setText("udienza")
    qtbot.waitUntil(lambda: len(rows(tab)) == 3, timeout=5000)



def test_the_bulk_indexing_leaves_both_workers_to_the_user(qtbot, monkeypatch, store, window,
                                                           person_id):
    """After a join the indexing runs for tens of seconds: meanwhile two of the
    user's operations must still run side by side (a page load and a save)."""
    import threading

    from desktop.ui.operations import QueryOp

    with store.session() as s:
        s.execute(insert(DiaryEntry), [
            {"id": new_id(), "person_id": person_id, "entry_type": "colloquio",
             "occurred_at": dt.datetime(2026, 10, 1, 9, 0) + dt.timedelta(hours=i),
             "status": "bozza", "confidentiality": "ordinario", "text": f"Colloquio {i}."}
            for i in range(diary_index.FEW + 100)])
    release, indexing = threading.Event(), threading.Event()
    real = diary_index.index_pending

    def held(store, progress=None):  # the indexing, held at its start until the user is served
        indexing.set()
        release.wait(10)
        return real(store, progress)

    monkeypatch.setattr(diary_index, "index_pending", held)
    window._start_sync()
    qtbot.waitUntil(indexing.is_set, timeout=10_000)
    both = threading.Barrier(2, timeout=5)  # each waits for the other: needs two free workers
    done: list[int] = []
    for n in range(2):
        QueryOp(window, store, lambda store, ctx, n=n: both.wait() or n).success(
            done.append).run_in_background()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=8000)
    release.set()

    def queued() -> int:
        with store.read() as s:
            return diary_index.pending_count(s.connection())

    qtbot.waitUntil(lambda: queued() == 0, timeout=10_000)