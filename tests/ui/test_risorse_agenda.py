"""The Risorse and Agenda pages on a real encrypted database, driven like a user:
filters that narrow the resource map and the card of the chosen service; the
week of an operator with its verifications, scadenze and visits; the visit pack
of a day opened as a real PDF."""
from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.core import profile
from desktop.core.agenda import week_of
from desktop.core.model import (
    Attivazione, Comune, Contact, Deadline, DiaryEntry, Goal, Location, Operator, Organisation,
    Person, Schedule, Service, ServiceAtLocation, Signatory, Verification,
)
from desktop.core import patti as patti_rules
from desktop.ui import print_actions
from desktop.ui.app import build_main_window
from desktop.ui.models import WARNING_TEXT

TODAY = dt.date.today()
WEEK_START, WEEK_END = week_of(TODAY)


@pytest.fixture(autouse=True)
def this_week():
    """Take the dates when each test starts, not at collection: a run that crosses
    midnight (CI did) must compare against the day the app itself sees."""
    global TODAY, WEEK_START, WEEK_END
    TODAY = dt.date.today()
    WEEK_START, WEEK_END = week_of(TODAY)


def comune(s, name: str) -> Comune:
    return s.scalar(select(Comune).where(Comune.name == name))


def add_person(s, first: str, last: str, **fields) -> Person:
    person = Person(first_name=first, last_name=last, codice_fiscale_missing_reason="In attesa",
                    **fields)
    s.add(person)
    s.flush()
    return person


def add_operator(s, first: str, last: str) -> Operator:
    operator = Operator(first_name=first, last_name=last, role="assistente sociale")
    s.add(operator)
    s.flush()
    return operator


def signed_patto(s, person: Person, title: str, *, case_manager: Operator | None,
                 verifications: list[dt.date] = ()):
    patto = patti_rules.new_patto(s, kind="patto_inclusione", title=title, beneficiaries=[person],
                                  case_manager_id=case_manager.id if case_manager else None)
    patto.goals.append(Goal(axis="lavoro", title="Un lavoro"))
    patto.signatories.append(Signatory(name=person.full_name, role="Beneficiario"))
    for day in verifications:
        patto.verifications.append(Verification(scheduled_on=day))
    patti_rules.sign(patto, signed_on=TODAY - dt.timedelta(days=60))
    return patto


def add_service(s, org: Organisation, name: str, axis: str, comune_name: str, *,
                targets: list[str], capacity: int | None, taken: int = 0,
                address: str = "Via Roma 1") -> Service:
    service = Service(organisation_id=org.id, name=name, axis=axis, target_groups=targets,
                      access_conditions=["isee"], capacity=capacity,
                      description=f"{name}: un servizio del territorio.", scale="comunale",
                      last_verified_on=TODAY - dt.timedelta(days=30))
    s.add(service)
    s.flush()
    for _ in range(taken):  # places held by people outside these tests' patti
        s.add(Attivazione(service_id=service.id, status="attiva", requested_on=TODAY))
    location = Location(organisation_id=org.id, name=f"Sede di {comune_name}", address=address,
                        comune_id=comune(s, comune_name).id, transit="Linea 7")
    s.add(location)
    s.flush()
    at = ServiceAtLocation(service_id=service.id, location_id=location.id)
    s.add(at)
    s.flush()
    s.add(Schedule(service_id=service.id, service_at_location_id=at.id, byday="TU,TH",
                   opens_at="14:30", closes_at="18:30"))
    return service


@pytest.fixture
def window(qtbot, store):
    def make():
        win = build_main_window(store)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()  # the page shortcuts (Ctrl+3, Ctrl+F…) belong to the window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        return win

    made = []
    yield lambda: made.append(make()) or made[-1]
    for win in made:
        win.close()


def opened(win) -> list[tuple[str, str]]:
    """Records what the page asks the window to open (the scheda persona and the
    patto editor are other screens, with tests of their own)."""
    calls: list[tuple[str, str]] = []
    win.open_person = lambda person_id: calls.append(("person", person_id))
    win.open_patto = lambda patto_id: calls.append(("patto", patto_id))
    return calls


# ------------------------------------------------------------------ Risorse
@pytest.fixture
def resource_map(store):
    with store.session() as s:
        coop = Organisation(name="Cooperativa Il Pioppo", kind="coop_b")
        comune_org = Organisation(name="Comune di Cremona", kind="comune")
        s.add_all([coop, comune_org])
        s.flush()
        serra = add_service(s, coop, "Tirocini in serra", "lavoro", "Sospiro",
                            targets=["salute_mentale"], capacity=3,
                            address="Via dei Campi 12")
        melo = add_service(s, comune_org, "Gruppo appartamento Il Melo", "abitare", "Cremona",
                           targets=["disabilita"], capacity=4, taken=4)
        add_service(s, comune_org, "Biblioteca di Sospiro", "socialita", "Sospiro",
                    targets=["tutta_popolazione"], capacity=None)
        s.add(Contact(service_id=serra.id, organisation_id=coop.id, name="Anna Ferri",
                      title="Referente", phone="0372 123456"))
        nicolo = add_person(s, "Nicolò", "Bianchi")
        gina = add_person(s, "Gina", "Ruggeri")
        patto = signed_patto(s, nicolo, "Casa e lavoro", case_manager=None)
        s.add(Attivazione(service_id=serra.id, person_id=nicolo.id, patto_id=patto.id,
                          status="attiva", requested_on=TODAY - dt.timedelta(days=40),
                          started_on=TODAY - dt.timedelta(days=20)))
        s.add(Attivazione(service_id=serra.id, person_id=gina.id, status="conclusa",
                          requested_on=TODAY - dt.timedelta(days=400),
                          ended_on=TODAY - dt.timedelta(days=100)))
        s.add(Attivazione(service_id=melo.id, person_id=gina.id, status="richiesta",
                          requested_on=TODAY - dt.timedelta(days=3)))
        return {"serra": serra.id, "melo": melo.id, "nicolo": nicolo.id, "patto": patto.id}


def service_names(page) -> list[str]:
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def open_risorse(qtbot, win):
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = win.page("RisorsePage")
    assert win.current_page() is page
    qtbot.waitUntil(lambda: page.model.has_loaded and page.axis_filter.count() > 1)
    return page


def choose(qtbot, page, combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    qtbot.waitUntil(lambda: page.model.has_loaded)


def test_filters_narrow_the_resource_map(qtbot, window, resource_map):
    page = open_risorse(qtbot, window())
    everything = ["Biblioteca di Sospiro", "Gruppo appartamento Il Melo", "Tirocini in serra"]
    qtbot.waitUntil(lambda: service_names(page) == everything)
    assert page.footer.text() == "3 servizi"
    # The comune filter offers the comuni that have a service, nothing else.
    comuni = [page.comune_filter.itemText(i) for i in range(1, page.comune_filter.count())]
    assert comuni == ["Cremona", "Sospiro"]

    choose(qtbot, page, page.axis_filter, "lavoro")
    qtbot.waitUntil(lambda: service_names(page) == ["Tirocini in serra"])
    choose(qtbot, page, page.axis_filter, None)
    qtbot.waitUntil(lambda: len(service_names(page)) == 3)

    sospiro = page.comune_filter.itemData(page.comune_filter.findText("Sospiro"))
    choose(qtbot, page, page.comune_filter, sospiro)
    qtbot.waitUntil(lambda: service_names(page) == ["Biblioteca di Sospiro", "Tirocini in serra"])
    choose(qtbot, page, page.target_filter, "salute_mentale")
    qtbot.waitUntil(lambda: service_names(page) == ["Tirocini in serra"])

    qtbot.mouseClick(page.clear_filters, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(service_names(page)) == 3)
    # «Posti liberi»: the full flat goes, services without a number of places stay.
    qtbot.mouseClick(page.available_filter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service_names(page) == ["Biblioteca di Sospiro", "Tirocini in serra"])

    # Filters combine with the text search.
    qtbot.keyClicks(page.search_field, "biblio")
    qtbot.waitUntil(lambda: service_names(page) == ["Biblioteca di Sospiro"])
    cremona = page.comune_filter.itemData(page.comune_filter.findText("Cremona"))
    choose(qtbot, page, page.comune_filter, cremona)
    qtbot.waitUntil(lambda: page.model.has_loaded and page.model.rowCount() == 0)
    assert "filtri" in page.empty_text()


def test_the_card_shows_the_selected_service_and_its_attivazioni(qtbot, window, resource_map):
    win = window()
    calls = opened(win)
    page = open_risorse(qtbot, win)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    row = service_names(page).index("Tirocini in serra")
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "Tirocini in serra" in page.detail.text())
    card = page.detail.text()
    for expected in ("Cooperativa Il Pioppo", "Via dei Campi 12, Sospiro", "Linea 7",
                     "Anna Ferri", "0372 123456", "14:30–18:30", "ISEE entro soglia",
                     "Salute mentale", "Posti disponibili: 2 su 3",
                     f"Ultima verifica il {(TODAY - dt.timedelta(days=30)):%d/%m/%Y}",
                     "Attivazioni in corso (1)", "Nicolò Bianchi", "Casa e lavoro",
                     f"Attiva dal {(TODAY - dt.timedelta(days=20)):%d/%m/%Y}", "Conclusa: 1"):
        assert expected in card, expected
    assert "Gina Ruggeri" not in card  # her attivazione here is over

    # The arrows move through the list and the card follows.
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: "Gruppo appartamento Il Melo" in page.detail.text())
    card = page.detail.text()
    assert "al completo" in card and "Gina Ruggeri" in card and "Richiesta" in card

    # The links of the card open the person and the patto.
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "Nicolò Bianchi" in page.detail.text())
    page.detail.browser.anchorClicked.emit(QUrl(f"person:{resource_map['nicolo']}"))
    page.detail.browser.anchorClicked.emit(QUrl(f"patto:{resource_map['patto']}"))
    assert calls == [("person", resource_map["nicolo"]), ("patto", resource_map["patto"])]


def test_ctrl_f_then_down_arrow_reaches_the_list(qtbot, window, resource_map):
    win = window()
    page = open_risorse(qtbot, win)
    page.table.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.search_field.hasFocus())
    qtbot.keyClicks(page.search_field, "serra")
    qtbot.waitUntil(lambda: service_names(page) == ["Tirocini in serra"])
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    qtbot.waitUntil(lambda: page.selected_service_id() == resource_map["serra"])
    qtbot.waitUntil(lambda: "Tirocini in serra" in page.detail.text())


# ------------------------------------------------------------------- Agenda
def open_agenda(qtbot, win):
    qtbot.keyClick(win, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = win.page("AgendaPage")
    assert win.current_page() is page
    qtbot.waitUntil(lambda: page.model.has_loaded and page.day_heading(WEEK_START) is not None)
    return page


def wait_reloaded(qtbot, page, condition) -> None:
    qtbot.waitUntil(lambda: bool(page.model.has_loaded and condition()), timeout=5000)


def double_click(qtbot, widget, pos) -> None:
    """Press, release, then the double click: QTest sends only the last part."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def later_this_week() -> dt.date:
    """A day of this week that is not past (today itself on a Sunday)."""
    return min(TODAY + dt.timedelta(days=1), WEEK_END)


@pytest.fixture
def caseload(store):
    """Two operators; Beatrice (this installation's profile) follows Ștefan."""
    with store.session() as s:
        beatrice = add_operator(s, "Beatrice", "Rizzo")
        marco = add_operator(s, "Marco", "Galli")
        stefan = add_person(s, "Ștefan", "Țurcanu", case_manager_id=beatrice.id,
                            residence_address="Via Dante 4", phone="333 1234567")
        lucia = add_person(s, "Lucia", "Mori", case_manager_id=marco.id)
        patto = signed_patto(s, stefan, "Casa e lavoro", case_manager=beatrice,
                             verifications=[later_this_week(), WEEK_START + dt.timedelta(days=9)])
        s.add(Deadline(person_id=stefan.id, kind="scadenza_tribunale",
                       due_on=WEEK_START - dt.timedelta(days=20), operator_id=beatrice.id,
                       description="Relazione al giudice tutelare"))
        s.add(Deadline(person_id=stefan.id, kind="scadenza_tribunale", operator_id=beatrice.id,
                       due_on=WEEK_START - dt.timedelta(days=3), description="Rinnovo ISEE"))
        s.add(Deadline(person_id=stefan.id, kind="scadenza_tribunale", operator_id=beatrice.id,
                       due_on=WEEK_START - dt.timedelta(days=30), done_on=TODAY,
                       description="Già fatta"))
        s.add(Deadline(person_id=lucia.id, kind="transizione_eta_65", operator_id=marco.id,
                       due_on=later_this_week(), description="Compie 65 anni"))
        s.add(DiaryEntry(person_id=stefan.id, entry_type="visita_domiciliare",
                         status="pianificata", author_id=beatrice.id, place="Via Dante 4",
                         text="Preparare la firma del patto",
                         occurred_at=dt.datetime.combine(later_this_week(), dt.time(10, 30))))
        ids = {"beatrice": beatrice.id, "marco": marco.id, "stefan": stefan.id,
               "lucia": lucia.id, "patto": patto.id}
    profile.use_profile(store, ids["beatrice"])
    return ids


def test_a_verification_this_week_shows_on_its_day_and_opens_the_patto(
        qtbot, window, caseload):
    win = window()
    calls = opened(win)
    page = open_agenda(qtbot, win)
    day = later_this_week()
    wait_reloaded(qtbot, page, lambda: page.items_on(day))
    items = page.items_on(day)
    assert [(i.kind, i.person_name) for i in items] == [("verifica", "Ștefan Țurcanu"),
                                                          ("visita", "Ștefan Țurcanu")]
    verification = items[0]
    assert "Casa e lavoro" in verification.title and not verification.overdue
    heading = page.day_heading(day)
    assert "2 impegni" in heading.text(0) and f"{day.day}" in heading.text(0)
    # Marco's scadenza is not in Beatrice's agenda.
    assert all(i.person_name != "Lucia Mori" for i in page.items_on(day))

    row = heading.child(0)
    page.week_tree.scrollToItem(row)
    rect = page.week_tree.visualItemRect(row)
    double_click(qtbot, page.week_tree.viewport(), rect.center())
    row = page.day_heading(day).child(1)
    page.week_tree.setCurrentItem(row)
    qtbot.keyClick(page.week_tree, Qt.Key.Key_Return)
    assert calls == [("patto", caseload["patto"]), ("person", caseload["stefan"])]


def test_operator_filter_switches_to_everyone(qtbot, window, caseload):
    page = open_agenda(qtbot, window())
    day = later_this_week()
    qtbot.waitUntil(lambda: page.operator_filter.count() > 2)
    assert page.operator_filter.currentText() == "Beatrice Rizzo (io)"
    page.operator_filter.setCurrentIndex(page.operator_filter.findData(""))
    wait_reloaded(qtbot, page, lambda: any(i.person_name == "Lucia Mori"
                                           for i in page.items_on(day)))
    page.operator_filter.setCurrentIndex(page.operator_filter.findData(caseload["marco"]))
    wait_reloaded(qtbot, page, lambda: [i.person_name for i in page.items_on(day)]
                  == ["Lucia Mori"])


def test_overdue_items_stand_out(qtbot, window, caseload):
    page = open_agenda(qtbot, window())
    # Older overdue scadenze are listed apart, most recent first; done ones are not.
    wait_reloaded(qtbot, page, lambda: len(page.overdue_items()) == 2)
    assert [i.title for i in page.overdue_items()] == ["Rinnovo ISEE",
                                                        "Relazione al giudice tutelare"]
    assert all(i.overdue for i in page.overdue_items())
    assert page.overdue_title.text() == "In ritardo (2)"
    assert page.overdue_list.item(0).foreground().color() == WARNING_TEXT

    # In last week's page the same scadenza sits on its day, marked as late.
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    late_day = WEEK_START - dt.timedelta(days=3)
    wait_reloaded(qtbot, page, lambda: page.items_on(late_day))
    row = page.day_heading(late_day).child(0)
    assert row.text(3) == "Rinnovo ISEE" and row.text(4) == "in ritardo"
    assert row.foreground(3).color() == WARNING_TEXT
    assert [i.title for i in page.overdue_items()] == ["Relazione al giudice tutelare"]


def test_week_navigation(qtbot, window, caseload):
    page = open_agenda(qtbot, window())
    next_verification = WEEK_START + dt.timedelta(days=9)
    assert page.day_heading(next_verification) is None
    assert WEEK_START.strftime("%d/%m/%Y") in page.week_label.text()
    assert "questa settimana" in page.week_label.text()

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, page, lambda: page.items_on(next_verification))
    assert [i.kind for i in page.items_on(next_verification)] == ["verifica"]
    assert (WEEK_START + dt.timedelta(days=7)).strftime("%d/%m/%Y") in page.week_label.text()
    assert "questa settimana" not in page.week_label.text()

    page.week_tree.setFocus()
    qtbot.keyClick(page.week_tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    wait_reloaded(qtbot, page, lambda: page.day_heading(WEEK_START + dt.timedelta(days=14)))
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, page, lambda: page.items_on(later_this_week()))
    assert page.week_start == WEEK_START and page.selected_day == TODAY


def test_visit_pack_of_the_day_opens_as_a_real_pdf(qtbot, window, caseload, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(print_actions, "open_url",
                        lambda url: shown.append(url.toLocalFile()) or True)
    page = open_agenda(qtbot, window())
    day = later_this_week()
    wait_reloaded(qtbot, page, lambda: page.items_on(day))
    heading = page.day_heading(day)
    page.week_tree.scrollToItem(heading)
    rect = page.week_tree.visualItemRect(heading)
    qtbot.mouseClick(page.week_tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_day == day
    assert "1 visita pianificata" in page.pack_label.text()
    qtbot.waitUntil(lambda: page.operator_filter.count() > 2)  # the operators' names

    qtbot.mouseClick(page.open_pack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert Path(shown[0]).name == f"visite-{day.isoformat()}-beatrice-rizzo.pdf"
    with open(shown[0], "rb") as handle:
        reader = PdfReader(BytesIO(handle.read()))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Visite domiciliari" in text and day.strftime("%d/%m/%Y") in text
    assert "Ștefan Țurcanu" in text and "Beatrice Rizzo" in text
    assert "Casa e lavoro" in text  # the patto to bring
