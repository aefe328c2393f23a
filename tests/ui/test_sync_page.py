"""The Sincronizzazione page driven like a user: two real encrypted databases meet
through a real folder, the status bar follows, a concurrent edit shows up as a
conflict and each of the three choices resolves it; an unreachable folder is told
in Italian and nothing is lost."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from desktop.core.model import Person
from desktop.core.store import Store
from desktop.sync import engine
from desktop.sync.conflicts import list_conflicts
from desktop.sync.history import history
from desktop.sync.status import pending_changes
from desktop.sync.targets import FolderTarget
from desktop.sync.team import create_team, join_team
from desktop.ui.app import build_main_window
from tests.conftest import PASSPHRASE
from tests.sync.conftest import webdav  # noqa: F401 - the real WebDAV server fixture

SYNCED = re.compile(r"Sincronizzato alle \d\d:\d\d")


@pytest.fixture
def window(qtbot, store, no_keyring):
    win = build_main_window(store)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def page(qtbot, window):
    index = next(i for i, p in enumerate(window.pages) if type(p).__name__ == "SincronizzazionePage")
    window.switch_to(index)
    page = window.pages[index]
    qtbot.waitUntil(lambda: page.data is not None)
    return page


def click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


@pytest.fixture
def colleague(qtbot, window, page, tmp_path):
    """Our database set up through the page (new team, shared folder); the
    colleague's database joins with the code the page shows."""
    qtbot.waitUntil(lambda: window.sync_label.text() == "Sincronizzazione non configurata")
    click(qtbot, page.create_button)
    qtbot.waitUntil(lambda: page.code_label.isVisible() and page.code_label.text() != "")
    root = tmp_path / "cartella-condivisa"
    root.mkdir()
    type_into(qtbot, page.folder_edit, str(root))
    click(qtbot, page.save_target_button)
    qtbot.waitUntil(lambda: page.target_message.text() == "Impostazioni salvate.")
    qtbot.waitUntil(lambda: page.sync_button.isEnabled())
    other = Store.open(tmp_path / "collega.db", passphrase=PASSPHRASE, create=True)
    join_team(other, page.code_label.text())
    yield other, FolderTarget(root)
    other.close()


def sync_from_page(qtbot, window, page) -> None:
    qtbot.waitUntil(lambda: not window.sync_controller.running and page.sync_button.isEnabled())
    click(qtbot, page.sync_button)
    qtbot.waitUntil(lambda: not window.sync_controller.running and page.sync_button.isEnabled())


def notes(store, person_id: str) -> str | None:
    with store.read() as s:
        return s.get(Person, person_id).notes


def edit_notes(store, person_id: str, text: str) -> None:
    with store.session() as s:
        s.get(Person, person_id).notes = text


def test_sync_now_and_each_choice_resolves_a_conflict(qtbot, window, page, store, colleague):
    other, target = colleague
    with store.session() as s:
        person = Person(first_name="Giulia", last_name="Rossi")
        s.add(person)
    sync_from_page(qtbot, window, page)
    qtbot.waitUntil(lambda: SYNCED.fullmatch(window.sync_label.text()) is not None)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1)  # the history follows
    assert page.no_conflicts.isVisible()
    assert engine.sync_once(other, target).ok
    with other.read() as s:
        assert s.get(Person, person.id).last_name == "Rossi"
    with other.session() as s:
        s.add(Person(first_name="Bruno", last_name="Colombo"))
    assert engine.sync_once(other, target).ok
    persone = window.pages[0]
    assert persone.model.has_loaded and persone.model.rowCount() == 0  # loaded when shown first
    sync_from_page(qtbot, window, page)
    window.switch_to(0)  # the sync told the pages what changed: the list is current
    qtbot.waitUntil(lambda: persone.model.rowCount() == 2)
    window.switch_to(window.pages.index(page))

    for choice in ("mio", "loro", "modifica"):
        ours, theirs = f"scritto qui ({choice})", f"scritto dal collega ({choice})"
        expected = {"mio": ours, "loro": theirs, "modifica": "concordato al telefono"}[choice]
        edit_notes(store, person.id, ours)
        edit_notes(other, person.id, theirs)  # later: it wins the merge
        assert engine.sync_once(other, target).ok
        sync_from_page(qtbot, window, page)
        qtbot.waitUntil(lambda: len(page.conflict_widgets) == 1 and page.conflict_widgets[0].isVisible())
        assert window.sync_label.text() == "1 conflitto da risolvere"
        conflict = page.conflict_widgets[0]
        assert conflict.item.heading == "Persona · Rossi Giulia — Note"
        # side by side: what this computer wrote on the left, the colleague's on the right
        assert (conflict.item.left.text, conflict.item.right.text) == (ours, theirs)
        if choice == "mio":
            click(qtbot, conflict.mine_button)
        elif choice == "loro":
            click(qtbot, conflict.theirs_button)
        else:
            click(qtbot, conflict.edit_button)
            type_into(qtbot, conflict.editor, expected)
            click(qtbot, conflict.save_button)
        qtbot.waitUntil(lambda: page.conflict_widgets == [] and page.no_conflicts.isVisible())
        assert notes(store, person.id) == expected
        sync_from_page(qtbot, window, page)
        assert SYNCED.fullmatch(window.sync_label.text())
        assert engine.sync_once(other, target).ok
        assert notes(other, person.id) == expected
        assert list_conflicts(other) == [] and list_conflicts(store) == []


def test_unreachable_folder_is_told_in_italian_and_nothing_is_lost(qtbot, window, page, store,
                                                                   colleague, tmp_path):
    with store.session() as s:
        s.add(Person(first_name="Marco", last_name="Verdi"))
    type_into(qtbot, page.folder_edit, str(tmp_path / "chiavetta-non-inserita"))
    click(qtbot, page.save_target_button)
    qtbot.waitUntil(lambda: page.details_label.text().endswith("chiavetta-non-inserita"))
    pending = pending_changes(store)
    assert pending == 1
    sync_from_page(qtbot, window, page)
    qtbot.waitUntil(lambda: page.sync_message.isVisible())
    assert "non è raggiungibile" in page.sync_message.text()
    assert "restano al sicuro" in page.sync_message.text()
    assert window.sync_label.text() == "Offline: 1 modifica in attesa"
    assert pending_changes(store) == pending


def test_a_mistyped_team_code_is_refused_inline(qtbot, page):
    type_into(qtbot, page.code_edit, "ABCDE-FGHIJ")
    click(qtbot, page.join_button)
    assert page.team_message.isVisible() and "caratteri" in page.team_message.text()
    assert page.create_button.isVisible()  # still not in a team


def test_sync_now_never_runs_twice_at_once(qtbot, window, page, colleague):
    page.sync_now()
    page.sync_now()  # the first one is still running: it is not started again
    assert page.sync_message.text() == "Una sincronizzazione è già in corso."
    qtbot.waitUntil(lambda: not window.sync_controller.running)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1)


@pytest.mark.parametrize("reachable", [True, False])
def test_the_window_syncs_on_its_own_when_a_target_is_set(qtbot, store, no_keyring, tmp_path,
                                                          reachable):
    from desktop.sync import settings

    create_team(store)
    folder = tmp_path / ("condivisa" if reachable else "chiavetta-non-inserita")
    if reachable:
        folder.mkdir()
    settings.save_folder(store, str(folder))
    with store.session() as s:
        s.add(Person(first_name="Marco", last_name="Verdi"))
    win = build_main_window(store)
    qtbot.addWidget(win)
    win.show()
    if reachable:
        qtbot.waitUntil(lambda: SYNCED.fullmatch(win.sync_label.text()) is not None)
        assert pending_changes(store) == 0 and len(history(store)) == 1
    else:
        qtbot.waitUntil(lambda: win.sync_label.text() == "Offline: 1 modifica in attesa")
        assert pending_changes(store) == 1
        assert history(store) == []  # a cheap check, not a failed sync
    win.close()


def test_webdav_target_keeps_its_password_in_the_keyring(qtbot, store, file_keyring, webdav):
    import keyring

    from desktop.core.keys import SERVICE
    from desktop.sync import settings

    win = build_main_window(store)
    qtbot.addWidget(win)
    win.show()
    index = next(i for i, p in enumerate(win.pages) if type(p).__name__ == "SincronizzazionePage")
    win.switch_to(index)
    page = win.pages[index]
    qtbot.waitUntil(lambda: page.data is not None)
    click(qtbot, page.create_button)
    qtbot.waitUntil(lambda: page.code_label.isVisible())
    click(qtbot, page.webdav_radio)
    assert page.url_edit.isVisible() and not page.folder_edit.isVisible()
    type_into(qtbot, page.url_edit, webdav.url)
    type_into(qtbot, page.user_edit, "squadra")
    type_into(qtbot, page.password_edit, "segreta")
    click(qtbot, page.save_target_button)
    qtbot.waitUntil(lambda: page.target_message.text() == "Impostazioni salvate.")
    assert keyring.get_password(SERVICE, f"webdav-squadra@{webdav.url.strip()}") == "segreta"
    assert store.meta(settings.META_WEBDAV_PASSWORD) is None  # only in the keyring
    assert page.password_edit.text() == ""

    with store.session() as s:
        s.add(Person(first_name="Anna", last_name="Neri"))
    sync_from_page(qtbot, win, page)
    qtbot.waitUntil(lambda: SYNCED.fullmatch(win.sync_label.text()) is not None)
    assert (webdav.path / store.replica_id / "00000001").exists()

    webdav.faults.mode = "401"
    with store.session() as s:
        s.add(Person(first_name="Luca", last_name="Neri"))
    sync_from_page(qtbot, win, page)
    qtbot.waitUntil(lambda: page.sync_message.isVisible())
    assert "rifiutato le credenziali" in page.sync_message.text()
    # Not "offline": retrying alone cannot help, the user must correct the password.
    assert win.sync_label.text() == "Sincronizzazione non riuscita"
    win.close()


def test_a_colleagues_missing_bundle_shows_in_the_status_bar_and_heals(qtbot, window, page,
                                                                      colleague):
    other, target = colleague
    for name in ("Ferri", "Conti", "Galli"):
        with other.session() as s:
            s.add(Person(first_name="Anna", last_name=name))
        assert engine.sync_once(other, target).ok
    (target.root / other.replica_id / "00000002").unlink()
    sync_from_page(qtbot, window, page)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Mancano pacchetti di un computer della squadra")
    assert other.replica_id in page.details_label.text()
    assert "il pacchetto 2" in page.details_label.text()
    assert engine.sync_once(other, target).republished == [2]  # the colleague's next sync
    sync_from_page(qtbot, window, page)
    qtbot.waitUntil(lambda: SYNCED.fullmatch(window.sync_label.text()) is not None)
    assert "pacchett" not in page.details_label.text()


def test_an_emptied_folder_asks_before_anything_is_written(qtbot, window, page, colleague):
    other, target = colleague
    with window.store.session() as s:
        s.add(Person(first_name="Anna", last_name="Ferri"))
    sync_from_page(qtbot, window, page)
    qtbot.waitUntil(lambda: SYNCED.fullmatch(window.sync_label.text()) is not None)
    for entry in list(target.root.iterdir()):  # the share is not mounted any more
        import shutil

        shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    sync_from_page(qtbot, window, page)
    qtbot.waitUntil(lambda: page.confirm_root_button.isVisible())
    assert "è vuota" in page.sync_message.text() and list(target.root.iterdir()) == []
    click(qtbot, page.confirm_root_button)
    qtbot.waitUntil(lambda: (target.root / window.store.replica_id / "00000001").exists())
    qtbot.waitUntil(lambda: not page.confirm_root_button.isVisible())
