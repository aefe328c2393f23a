"""«Backup cifrato…» and «Ripristina da backup…» driven from the main window's File
menu on a real database: the backup is made in the background, a wrong
passphrase is said in the restore dialog, and the restored copy can be opened."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import backup, inspect
from desktop.core.model import Person
from desktop.core.store import Store
from desktop.ui.app import build_main_window
from desktop.ui.backup_dialogs import strength_hint

SECRET = "una frase lunga per il backup"
NEW = "passphrase-del-nuovo-database"


@pytest.fixture
def window(qtbot, store, no_keyring):
    with store.session() as s:
        s.add(Person(first_name="Anna", last_name="Ferri"))
    win = build_main_window(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _box(name: str) -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()), None)


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _make_backup(qtbot, window, target) -> None:
    window.make_backup()
    dialog = window.backup_dialog
    dialog.target.setText(str(target))
    qtbot.keyClicks(dialog.passphrase, "corta")
    assert "Troppo corta" in dialog.strength.text()
    _click(qtbot, dialog.ok_button)
    assert "almeno 8 caratteri" in dialog.error_label.text() and dialog.isVisible()
    dialog.passphrase.setText(SECRET)
    dialog.confirm.setText(SECRET + "!")
    _click(qtbot, dialog.ok_button)
    assert dialog.error_label.text() == "Le due passphrase non coincidono." and not target.exists()
    dialog.confirm.setText(SECRET)
    _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()  # the backup goes on in the background
    qtbot.waitUntil(lambda: _box("backupSavedBox") is not None, timeout=20_000)
    assert "1 persone" in _box("backupSavedBox").text()
    _box("backupSavedBox").close()


def test_backup_then_restore_from_the_file_menu(qtbot, window, store, tmp_path):
    with store.read() as s:
        expected = inspect.digest(s)[0]  # the backup's own audit row comes after it
    target = tmp_path / "copia.tessere-backup"
    _make_backup(qtbot, window, target)
    assert target.stat().st_mode & 0o777 == 0o600
    assert backup.read_header(target).counts["person"] == 1

    window.restore_backup()
    dialog = window.restore_dialog
    assert dialog.needs_passphrase  # no keyring here: the new database gets a passphrase
    dialog.source.setText(str(target))
    dialog._describe()
    qtbot.waitUntil(lambda: "1 persone" in dialog.about.text(), timeout=10_000)
    new = tmp_path / "ripristinato.db"
    dialog.target.setText(str(new))
    dialog.new_passphrase.setText(NEW)
    dialog.new_confirm.setText(NEW)

    qtbot.keyClicks(dialog.passphrase, "non-e-questa")
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: "non è corretta" in dialog.error_label.text(), timeout=20_000)
    assert dialog.isVisible() and dialog.ok_button.isEnabled() and not new.exists()

    dialog.passphrase.setText(SECRET)
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: _box("openRestoredBox") is not None, timeout=30_000)
    assert not dialog.isVisible() and dialog.restored.path == new
    box = _box("openRestoredBox")
    open_button = next(b for b in box.buttons() if b.text() == "Apri il database")
    with qtbot.waitSignal(window.open_database_requested, timeout=5_000) as asked:
        _click(qtbot, open_button)
    assert asked.args == [str(new)]
    with Store.open(new, passphrase=NEW) as restored, restored.read() as s:
        assert inspect.digest(s)[0] == expected
        assert restored.replica_id != store.replica_id


def test_a_damaged_backup_and_an_existing_database_are_said_in_the_dialog(qtbot, window, store,
                                                                          tmp_path):
    target = tmp_path / "copia.tessere-backup"
    _make_backup(qtbot, window, target)
    data = bytearray(target.read_bytes())
    data[-100] ^= 0x01
    target.write_bytes(bytes(data))
    window.restore_backup()
    dialog = window.restore_dialog
    dialog.source.setText(str(target))
    dialog.passphrase.setText(SECRET)
    dialog.target.setText(str(store.path))  # the open database
    dialog.new_passphrase.setText(NEW)
    dialog.new_confirm.setText(NEW)
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: "non lo sovrascrive" in dialog.error_label.text(), timeout=20_000)
    dialog.replace.setChecked(True)
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: "aperto in Tessere" in dialog.error_label.text(), timeout=20_000)
    dialog.target.setText(str(tmp_path / "nuovo.db"))
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: "alterato" in dialog.error_label.text(), timeout=20_000)
    assert dialog.isVisible() and not (tmp_path / "nuovo.db").exists()
    dialog.reject()


def test_the_strength_hint_prefers_long_phrases():
    assert strength_hint("abc").startswith("Troppo corta")
    assert strength_hint("abcdefgh").startswith("Debole")
    assert strength_hint("cavallo batteria graffetta corretta") == "Buona."
