"""Demand against offer on screen, on a real encrypted database: requesting an
attivazione of a full service from its card puts the person on the waiting list
and says where; the steps of one attivazione (a refusal needs its reason); an
overbooking said at the top of the card; and resources proposed for a patto goal
from the editor, one linked as a support."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt, QUrl
from sqlalchemy import select

from desktop.core.model import Attivazione, Organisation, Person, Support
from desktop.ui.risorsa_detail import ServicePanel
from tests.ui.test_patto_editor import click, make_patto, open_editor, show_tab
from tests.ui import test_patto_editor

world, window = test_patto_editor.world, test_patto_editor.window  # the editor's fixtures

SHOTS = os.environ.get("TESSERE_SHOTS")  # a folder: save the screens for a look


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


@pytest.fixture
def full_service(store):
    """A service of 1 place, taken, with one person already waiting."""
    from desktop.core.model import Service

    with store.session() as s:
        org = Organisation(name="Cooperativa Il Ponte", kind="coop_b")
        people = [Person(first_name=n, last_name=l) for n, l in
                  (("Marta", "Galli"), ("Ivo", "Sala"), ("Lia", "Neri"))]
        s.add_all([org, *people])
        s.flush()
        service = Service(organisation_id=org.id, name="Laboratorio di falegnameria",
                          axis="lavoro", capacity=1, last_verified_on=dt.date.today())
        s.add(service)
        s.flush()
        s.add(Attivazione(service_id=service.id, person_id=people[0].id, status="attiva",
                          requested_on=dt.date.today() - dt.timedelta(days=40),
                          started_on=dt.date.today() - dt.timedelta(days=30)))
        s.add(Attivazione(service_id=service.id, person_id=people[1].id, status="in_attesa",
                          requested_on=dt.date.today() - dt.timedelta(days=12),
                          queued_at=dt.datetime.now() - dt.timedelta(days=10)))
        return dict(service=service.id, people=[p.id for p in people])


def panel_for(qtbot, store, service_id) -> ServicePanel:
    panel = ServicePanel(store)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_service(service_id)
    qtbot.waitUntil(lambda: panel.detail is not None)
    return panel


def test_a_request_to_a_full_service_goes_on_the_waiting_list_at_its_position(
        qtbot, store, full_service):
    panel = panel_for(qtbot, store, full_service["service"])
    card = panel.text()
    assert "Lista d'attesa (1)" in card and "1. Ivo Sala" in card and "al completo" in card
    assert "1 attivazione in corso · 1 persona in lista d'attesa" in card
    shot(panel, "card-waiting")

    click(qtbot, panel.request_button)
    dialog = panel.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.outlook.text() == ("Il servizio è al completo: la persona andrà in lista "
                                     "d'attesa, in posizione 2.")
    qtbot.keyClicks(dialog.search.field, "Neri")
    qtbot.waitUntil(lambda: dialog.search.result_names() == ["Lia Neri"])
    shot(dialog, "request-dialog")
    qtbot.keyClick(dialog.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "posizione 2" in panel.notice.text())
    assert panel.notice.text() == ("Lia Neri è in lista d'attesa per «Laboratorio di "
                                   "falegnameria»: posizione 2.")
    qtbot.waitUntil(lambda: "Lista d'attesa (2)" in panel.text())
    assert "2. Lia Neri" in panel.text()
    with store.read() as s:
        assert s.scalar(select(Attivazione.status).where(
            Attivazione.person_id == full_service["people"][2])) == "in_attesa"

    # The steps of the first waiting person: a refusal needs its reason.
    first = next(a for a in panel.detail.waiting if a.position == 1)
    panel.browser.anchorClicked.emit(QUrl(f"attivazione:{first.id}"))
    steps = panel.dialog
    qtbot.waitUntil(steps.isVisible)
    assert set(steps.buttons) == {"concordata", "rifiutata"}
    assert not steps.buttons["rifiutata"].isEnabled()
    qtbot.keyClicks(steps.reason, "Ha trovato lavoro altrove")
    shot(steps, "step-dialog")
    click(qtbot, steps.buttons["rifiutata"])
    qtbot.waitUntil(lambda: "Lista d'attesa (1)" in panel.text())
    assert "1. Lia Neri" in panel.text() and "Ivo Sala" not in panel.text()
    with store.read() as s:
        refused = s.get(Attivazione, first.id)
        assert (refused.status, refused.refusal_reason) == ("rifiutata", "Ha trovato lavoro altrove")

    # Agreeing without a free place is refused, and the card says why.
    waiting = panel.detail.waiting[0]
    panel.browser.anchorClicked.emit(QUrl(f"attivazione:{waiting.id}"))
    click(qtbot, panel.dialog.buttons["concordata"])
    qtbot.waitUntil(lambda: "non ha posti liberi" in panel.notice.text())
    assert "resta in lista d'attesa" in panel.notice.text()


def test_an_overbooking_is_said_at_the_top_of_the_card(qtbot, store, full_service):
    with store.session() as s:
        s.add(Attivazione(service_id=full_service["service"], person_id=full_service["people"][2],
                          status="concordata", agreed_on=dt.date.today()))
    panel = panel_for(qtbot, store, full_service["service"])
    card = panel.text()
    assert "Posti superati: 1 concordate per 0 posti liberi" not in card
    assert "Posti superati: 2 posti occupati su 1" in card
    assert "Concordate per ultime: Lia Neri" in card and "oltre i posti" in card
    shot(panel, "card-overbooked")


def test_resources_proposed_for_a_goal_and_one_linked_from_the_editor(qtbot, store, window, world):
    patto_id = make_patto(store, world)
    editor = open_editor(qtbot, window, patto_id)
    show_tab(editor, editor.goals)
    row = next(r for r in editor.goals.lists["lavoro"].widgets())
    click(qtbot, row.propose_button)
    dialog = editor.proposals
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    assert dialog.names()[0] == "Tirocini in cooperativa di tipo B"
    first = dialog.proposals[0]
    assert first.reasons[0] == "Stesso asse: Lavoro e formazione"
    assert "2 posti liberi" in first.reasons
    dialog.resize(1366, 768)
    shot(dialog, "proposals")
    dialog.select("Tirocini in cooperativa di tipo B")
    click(qtbot, dialog.link_button)
    qtbot.waitUntil(lambda: "collegata: attivazione richiesta" in dialog.status.text())
    qtbot.waitUntil(lambda: dialog.proposals and dialog.proposals[0].linked)
    dialog.select("Tirocini in cooperativa di tipo B")
    assert not dialog.link_button.isEnabled()
    assert "già collegata" in dialog.status.text()
    dialog.close()

    show_tab(editor, editor.supports)
    qtbot.waitUntil(lambda: any(w.row.get("service_id") == world["services"]["lavoro"]
                                for w in editor.supports.rows.widgets()))
    linked = next(w for w in editor.supports.rows.widgets()
                  if w.row.get("service_id") == world["services"]["lavoro"])
    qtbot.waitUntil(lambda: linked.attivazione_status() == "richiesta")
    with store.read() as s:
        support = s.scalar(select(Support).where(Support.service_id == world["services"]["lavoro"]))
        assert support.goal_id == row.row["id"] and support.what == "Tirocini in cooperativa di tipo B"
    assert not editor.is_dirty()


def test_refusing_from_the_patto_editor_asks_the_reason(qtbot, store, window, world):
    patto_id = make_patto(store, world)
    editor = open_editor(qtbot, window, patto_id)
    show_tab(editor, editor.goals)
    shot(window, "editor-goals")
    row = next(r for r in editor.goals.lists["lavoro"].widgets())
    click(qtbot, row.propose_button)
    dialog = editor.proposals
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    dialog.select("Tirocini in cooperativa di tipo B")
    click(qtbot, dialog.link_button)
    qtbot.waitUntil(lambda: "collegata" in dialog.status.text())
    dialog.close()
    show_tab(editor, editor.supports)

    def linked():
        return next((w for w in editor.supports.rows.widgets()
                     if w.row.get("service_id") == world["services"]["lavoro"]), None)

    qtbot.waitUntil(lambda: linked() is not None and linked().attivazione_status() == "richiesta")
    assert linked().advance_buttons["in_attesa"].isVisibleTo(linked())
    click(qtbot, linked().advance_buttons["rifiutata"])
    qtbot.waitUntil(lambda: editor.refusal.isVisible())
    editor.refusal.setTextValue("La persona preferisce un'altra cooperativa")
    editor.refusal.accept()
    qtbot.waitUntil(lambda: linked() is not None and linked().attivazione_status() == "rifiutata")
    with store.read() as s:
        refused = s.scalar(select(Attivazione).where(
            Attivazione.service_id == world["services"]["lavoro"]))
        assert refused.refusal_reason == "La persona preferisce un'altra cooperativa"
