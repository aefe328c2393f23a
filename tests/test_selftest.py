"""``tessere --self-test`` on the source build: every part checked and said,
exit 0; the user's keyring is not touched (the check's team keys stay in its
temporary files)."""
from __future__ import annotations

import keyring

from desktop.__main__ import main


class _Watching(keyring.backend.KeyringBackend):
    priority = 1
    written: list = []

    def set_password(self, service, username, password):
        self.written.append((service, username))

    def get_password(self, service, username):
        return None

    def delete_password(self, service, username):
        pass


def test_the_self_test_checks_every_part_and_leaves_the_keyring_alone(capsys):
    previous = keyring.get_keyring()
    keyring.set_keyring(_Watching())
    try:
        assert main(["--self-test"]) == 0
    finally:
        keyring.set_keyring(previous)
    out = capsys.readouterr().out
    for part in ("Database cifrato", "Migrazioni", "Scrittura e lettura",
                 "Stampa di un patto", "Mappa delle risorse (HSDS)",
                 "Sincronizzazione in una cartella"):
        assert f"✓ {part}" in out
    assert "✗" not in out and out.rstrip().endswith("Tutto funziona.")
    assert _Watching.written == []
