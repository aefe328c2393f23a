"""The directory edited in the window, driven like a user on a real encrypted
database: a service added through the editor with a place and opening hours
shows in the list; a bad phone number is refused on its field and nothing typed
is lost; «Confermato oggi» clears the flag; the «Da verificare» and «Per
comune» views; the buttons of someone who may not manage the directory."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
import shiboken6
from sqlalchemy import select

from desktop.core import accounts
from desktop.core.model import Contact, Schedule, Service
from desktop.ui.operations import running_ops
from desktop.ui.risorse_editor import ServiceDialog
from desktop.ui.risorse_editor.widgets import EditorDialog
from tests import test_risorse_editing
from tests.ui import test_risorse_agenda as agenda
from tests.ui.test_risorse_agenda import open_risorse, service_names

TODAY = dt.date.today()
# The fixtures this file shares: the window, the planted map, two accounts.
window, resource_map = agenda.window, agenda.resource_map
two_operators = test_risorse_editing.two_operators


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def open_editor(qtbot, page, button) -> EditorDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(page, "editor", None), EditorDialog)
                    and page.editor.isVisible() and page.editor.ok_button.isEnabled())
    return page.editor


def select_service(qtbot, page, name: str) -> None:
    qtbot.waitUntil(lambda: name in service_names(page))
    page.table.selectRow(service_names(page).index(name))
    qtbot.waitUntil(lambda: page.selected_service_id() is not None
                    and page.edit_button.isEnabled())


def test_a_service_added_with_a_place_and_hours_shows_in_the_list(
        qtbot, window, resource_map, store):
    page = open_risorse(qtbot, window())
    dialog = open_editor(qtbot, page, page.new_button)
    assert isinstance(dialog, ServiceDialog) and dialog.windowTitle() == "Nuovo servizio"
    qtbot.keyClicks(dialog.name, "Orto condiviso")
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Cooperativa Il Pioppo"))
    dialog.axis.setCurrentIndex(dialog.axis.findData("socialita"))
    qtbot.keyClicks(dialog.capacity, "5")
    dialog.languages.set_checked("ar")
    dialog.tabs.setCurrentWidget(dialog.locations)
    qtbot.mouseClick(dialog.locations.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.locations.address, "Via degli Orti 4")
    qtbot.keyClicks(dialog.locations.postal_code, "26100")
    qtbot.keyClicks(dialog.locations.comune, "Cremona (CR)")
    qtbot.mouseClick(dialog.locations.add_hours, Qt.MouseButton.LeftButton)
    hours = dialog.locations.hours
    hours.item(0, 1).setCheckState(Qt.CheckState.Checked)  # martedì
    hours.item(0, 3).setCheckState(Qt.CheckState.Checked)  # giovedì
    hours.item(0, 8).setText("16.30")  # a dot is read as the colon
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))

    qtbot.waitUntil(lambda: "Orto condiviso" in service_names(page))
    qtbot.waitUntil(lambda: "Orto condiviso" in page.detail.text())
    assert "Via degli Orti 4" in page.detail.text()
    with store.read() as s:
        service = s.scalar(select(Service).where(Service.name == "Orto condiviso"))
        assert service.languages == ["ar"] and service.capacity == 5
        assert service.last_verified_on == TODAY  # saving is a verification
        assert [(h.byday, h.opens_at, h.closes_at) for h in s.scalars(
            select(Schedule).where(Schedule.service_id == service.id))] == [("TU,TH", "09:00", "16:30")]


def test_a_bad_phone_is_shown_on_its_field_and_nothing_typed_is_lost(
        qtbot, window, resource_map, store):
    page = open_risorse(qtbot, window())
    select_service(qtbot, page, "Tirocini in serra")
    dialog = open_editor(qtbot, page, page.edit_button)
    assert dialog.name.text() == "Tirocini in serra"
    dialog.name.setText("Tirocini in serra e orto")
    qtbot.mouseClick(dialog.findChild(QPushButton, "addContact"), Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == 3  # «Contatti», typing in the new row's name
    qtbot.keyClicks(QApplication.focusWidget(), "Marco Neri")
    dialog.contacts.item(1, 1).setText("Tutor")
    dialog.contacts.item(1, 2).setText("12")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "Il numero di telefono «12» non è valido" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 3
    assert dialog.contacts.currentRow() == 1 and dialog.contacts.property("invalid") is True
    assert dialog.contacts.item(1, 2).text() == "12"  # as typed
    assert dialog.name.text() == "Tirocini in serra e orto"
    with store.read() as s:  # nothing half-written
        assert s.scalar(select(Service.id).where(Service.name == "Tirocini in serra e orto")) is None

    dialog.contacts.item(1, 2).setText("333 123 4567")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    with store.read() as s:
        assert s.scalar(select(Contact.phone).where(Contact.name == "Marco Neri")) == \
            "+39 333 123 4567"
    qtbot.waitUntil(lambda: "Tirocini in serra e orto" in service_names(page))


def test_confirmed_today_clears_the_flag(qtbot, window, resource_map, store):
    with store.session() as s:
        s.get(Service, resource_map["serra"]).last_verified_on = TODAY - dt.timedelta(days=500)
    page = open_risorse(qtbot, window())
    qtbot.waitUntil(lambda: page.footer.text() == "3 servizi · 1 da verificare")
    select_service(qtbot, page, "Tirocini in serra")
    row = service_names(page).index("Tirocini in serra")
    assert page.model.data(page.model.index(row, 4)) == "da verificare"
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.footer.text() == "3 servizi")
    row = service_names(page).index("Tirocini in serra")
    assert page.model.data(page.model.index(row, 4)) == TODAY.strftime("%d/%m/%Y")


def tree_texts(page) -> dict[str, list[str]]:
    tree = page.tree
    return {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).child(j).text(0)
                                           for j in range(tree.topLevelItem(i).childCount())]
            for i in range(tree.topLevelItemCount())}


def test_the_da_verificare_view_lists_services_and_enti_oldest_first(
        qtbot, window, resource_map, store):
    with store.session() as s:
        s.get(Service, resource_map["serra"]).last_verified_on = TODAY - dt.timedelta(days=500)
        s.get(Service, resource_map["melo"]).last_verified_on = TODAY - dt.timedelta(days=900)
    page = open_risorse(qtbot, window())
    qtbot.waitUntil(lambda: page.detail.service_id is not None)  # the list's first service
    shown = page.detail.service_id
    page.view_choice.setCurrentIndex(page.view_choice.findData("stale"))
    expected = {"Servizi da verificare (2)": ["Gruppo appartamento Il Melo", "Tirocini in serra"],
                "Enti da verificare (2)": ["Comune di Cremona", "Cooperativa Il Pioppo"]}
    qtbot.waitUntil(lambda: tree_texts(page) == expected)
    assert shown not in (resource_map["serra"], resource_map["melo"])  # the library
    qtbot.waitUntil(lambda: page.detail.service_id is None)  # its card goes: it is not listed
    assert not page.axis_filter.isEnabled()  # every due entry is shown
    ente = page.tree.topLevelItem(1).child(1)
    page.tree.setCurrentItem(ente)
    assert page.current_entry()[0] == "organisation" and page.confirm_button.isEnabled()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Enti da verificare (1)" in tree_texts(page))
    assert tree_texts(page)["Enti da verificare (1)"] == ["Comune di Cremona"]


def test_services_grouped_by_comune(qtbot, window, resource_map):
    page = open_risorse(qtbot, window())
    page.view_choice.setCurrentIndex(page.view_choice.findData("comune"))
    assert "senza rete" in page.view_choice.toolTip()
    qtbot.waitUntil(lambda: tree_texts(page) == {
        "Cremona (1)": ["Gruppo appartamento Il Melo"],
        "Sospiro (2)": ["Biblioteca di Sospiro", "Tirocini in serra"]})
    assert page.footer.text() == "2 comuni · 3 servizi"
    # The filters still apply.
    page.axis_filter.setCurrentIndex(page.axis_filter.findData("lavoro"))
    qtbot.waitUntil(lambda: tree_texts(page) == {"Sospiro (1)": ["Tirocini in serra"]})
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    qtbot.waitUntil(lambda: "Tirocini in serra" in page.detail.text())


def test_without_the_permission_the_buttons_say_why(qtbot, window, resource_map, store,
                                                     two_operators):
    accounts.sign_in(store, "elio", "una-password-lunga")
    page = open_risorse(qtbot, window())
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.selectRow(0)
    for button in (page.new_button, page.edit_button, page.confirm_button):
        assert not button.isEnabled()
        assert "non permette di gestire la mappa delle risorse" in button.toolTip()
    assert not page.inactive_filter.isVisible()
    assert QApplication.activeModalWidget() is None


def test_the_threshold_changes_what_is_due_and_enter_opens_the_editor(
        qtbot, window, resource_map, store):
    with store.session() as s:
        s.get(Service, resource_map["serra"]).last_verified_on = TODAY - dt.timedelta(days=100)
    page = open_risorse(qtbot, window())
    qtbot.waitUntil(lambda: page.footer.text() == "3 servizi" and running_ops() == 0)
    assert page.threshold.value() == 12 and "12 mesi" in page.subtitle_label.text()
    page.threshold.setValue(3)
    page.threshold.editingFinished.emit()
    qtbot.waitUntil(lambda: page.footer.text() == "3 servizi · 1 da verificare")
    assert "3 mesi" in page.subtitle_label.text()

    select_service(qtbot, page, "Tirocini in serra")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(getattr(page, "editor", None), ServiceDialog)
                    and page.editor.ok_button.isEnabled())
    assert page.editor.name.text() == "Tirocini in serra"
    page.editor.reject()


def test_a_new_ente_from_the_service_editor(qtbot, window, resource_map, store):
    from desktop.core.model import Organisation
    from desktop.ui.risorse_editor import OrganisationDialog

    page = open_risorse(qtbot, window())
    dialog = open_editor(qtbot, page, page.new_button)
    qtbot.mouseClick(dialog.new_organisation, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() and d.ok_button.isEnabled()
                                for d in dialog.findChildren(OrganisationDialog)))
    ente = dialog.findChildren(OrganisationDialog)[0]
    qtbot.keyClicks(ente.name, "Associazione Il Faro")
    ente.kind.setCurrentIndex(ente.kind.findData("associazione"))
    qtbot.keyClicks(ente.tax_code, "00743110158")
    qtbot.keyClicks(ente.comune, "Sospiro")
    qtbot.mouseClick(ente.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ente.error_label.isVisible())
    assert "partita IVA o il codice fiscale «00743110158» non è valido" in ente.error_label.text()
    assert ente.tax_code.hasFocus() and ente.name.text() == "Associazione Il Faro"
    ente.tax_code.setText("00743110157")
    qtbot.mouseClick(ente.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(ente))
    assert dialog.organisation.currentText() == "Associazione Il Faro"
    with store.read() as s:
        saved = s.scalar(select(Organisation).where(Organisation.name == "Associazione Il Faro"))
        assert saved.tax_code == "00743110157" and saved.last_verified_on == TODAY
    assert dialog.isVisible()  # the service being written is still there
    dialog.reject()


def confirm_delete(qtbot, dialog) -> None:
    box = dialog.findChild(QMessageBox, "deleteServiceBox")
    assert "Eliminare «" in box.text()
    button = next(b for b in box.buttons() if b.text() == "Elimina")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_service_something_names_is_retired_not_deleted(qtbot, window, resource_map, store):
    page = open_risorse(qtbot, window())
    select_service(qtbot, page, "Tirocini in serra")  # it has attivazioni
    dialog = open_editor(qtbot, page, page.edit_button)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    confirm_delete(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "non si può eliminare. Ritiralo" in dialog.error_label.text()
    assert dialog.status.property("invalid") is True and dialog.tabs.currentIndex() == 0
    dialog.status.setCurrentIndex(dialog.status.findData("inactive"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: "Tirocini in serra" not in service_names(page))
    qtbot.mouseClick(page.inactive_filter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Tirocini in serra (non attivo)" in service_names(page))

    select_service(qtbot, page, "Biblioteca di Sospiro")  # nothing names it
    dialog = open_editor(qtbot, page, page.edit_button)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    confirm_delete(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: "Biblioteca di Sospiro" not in service_names(page))
    with store.read() as s:
        assert s.scalar(select(Service.id).where(Service.name == "Biblioteca di Sospiro")) is None
