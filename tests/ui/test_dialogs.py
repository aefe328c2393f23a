"""Passphrase and welcome dialogs against real database files."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.store import Store
from desktop.ui.app import open_database
from desktop.ui.dialogs import PassphraseDialog, WelcomeDialog
from tests.conftest import PASSPHRASE


def opener(path):
    return lambda passphrase: Store.open(path, passphrase=passphrase, create=True)


def test_wrong_passphrase_is_said_in_italian_and_the_right_one_opens(qtbot, tmp_path):
    path = tmp_path / "t.db"
    Store.open(path, passphrase=PASSPHRASE, create=True).close()
    before = path.read_bytes()
    dialog = PassphraseDialog(path, creating=False, opener=opener(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "non-e-questa")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "non è corretta" in dialog.error_label.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert path.read_bytes() == before
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.store is not None, timeout=10_000)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    dialog.store.close()


def test_new_database_asks_to_confirm_the_passphrase(qtbot, tmp_path):
    path = tmp_path / "nuovo.db"
    dialog = PassphraseDialog(path, creating=True, opener=opener(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "corta")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "almeno 8 caratteri" in dialog.error_label.text()
    dialog.passphrase.setText("una passphrase lunga")
    dialog.confirm.setText("un'altra passphrase")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Le due passphrase non coincidono."
    assert not path.exists()
    dialog.confirm.setText("una passphrase lunga")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.store is not None, timeout=20_000)
    dialog.store.close()
    Store.open(path, passphrase="una passphrase lunga").close()


def test_open_database_asks_when_the_key_is_not_in_the_keyring(qtbot, tmp_path, no_keyring,
                                                              monkeypatch):
    monkeypatch.delenv("TESSERE_PASSPHRASE", raising=False)
    path = tmp_path / "t.db"
    Store.open(path, passphrase=PASSPHRASE, create=True).close()

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(50, answer)
            return
        dialog.passphrase.setText(PASSPHRASE)
        dialog.ok_button.click()

    QTimer.singleShot(50, answer)
    store = open_database(path)
    assert store is not None
    store.close()


def test_open_database_uses_the_keyring_without_asking(qtbot, tmp_path, file_keyring, monkeypatch):
    monkeypatch.delenv("TESSERE_PASSPHRASE", raising=False)
    path = tmp_path / "k.db"
    Store.open(path, create=True).close()  # key saved in the (file) keyring
    store = open_database(path)
    assert store is not None
    store.close()


def _demo_opener(path, opened):
    def open_demo(_parent):
        store = Store.open(path, passphrase=PASSPHRASE, create=True)
        opened.append(store)
        return store
    return open_demo


def test_welcome_offers_the_demo_data(qtbot, store, tmp_path):
    dialog = WelcomeDialog(_demo_opener(tmp_path / "demo.db", []))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_button.text() == "Prova con dati dimostrativi"
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted and dialog.demo_store is None
    assert not (tmp_path / "demo.db").exists()


def test_welcome_says_so_when_the_demo_module_is_missing(qtbot, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "desktop.demo", None)  # import now fails

    def close_warning():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, close_warning)

    seen: list[str] = []
    dialog = WelcomeDialog(_demo_opener(tmp_path / "demo.db", []))
    qtbot.addWidget(dialog)
    dialog.show()
    QTimer.singleShot(50, close_warning)
    dialog.load_demo()
    assert seen and "non sono disponibili" in seen[0]
    assert dialog.buttons.isEnabled()


def test_welcome_fills_a_separate_demo_database_in_the_background(qtbot, store, tmp_path):
    """The real database stays empty: invented people go only into the demo one."""
    from sqlalchemy import func, select

    from desktop.core.model import Person

    opened: list = []
    dialog = WelcomeDialog(_demo_opener(tmp_path / "demo.db", opened))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert not dialog.buttons.isEnabled()  # the click returned at once; the work is elsewhere
    qtbot.waitUntil(lambda: dialog.demo_store is not None, timeout=120_000)
    demo_store = dialog.demo_store
    assert demo_store is opened[0] and demo_store.is_demo
    with demo_store.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) > 0
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
    assert not store.is_demo and not store.holds_user_data()
    demo_store.close()
