"""Where a database key lives: the OS keyring when there is one.

Each database gets a random 256-bit raw key at creation. It is stored in the
keyring under the database's SQLCipher salt (the first 16 bytes of the file,
random and fixed for the file's life), so moving or renaming the file keeps
it openable. Where the keyring has no usable backend (a headless Linux), the
database is keyed by a passphrase instead, through SQLCipher's own KDF.
"""
from __future__ import annotations

import secrets
from pathlib import Path

import keyring
from keyring.errors import KeyringError

SERVICE = "Tessere"
SALT_BYTES = 16


def keyring_usable() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration is the same as none
        return False
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    if module.startswith("keyring.backends.chainer") and not getattr(backend, "backends", None):
        return False
    return getattr(backend, "priority", 1) > 0


def file_salt(path: Path) -> str | None:
    """The hex salt of an encrypted database file, or None if it has none yet."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    return head.hex() if len(head) == SALT_BYTES else None


def _entry(salt_hex: str) -> str:
    return f"database-{salt_hex}"


def load_key(salt_hex: str) -> str | None:
    if not keyring_usable():
        return None
    try:
        return keyring.get_password(SERVICE, _entry(salt_hex))
    except KeyringError:
        return None


def save_key(salt_hex: str, key_hex: str) -> None:
    keyring.set_password(SERVICE, _entry(salt_hex), key_hex)
    if keyring.get_password(SERVICE, _entry(salt_hex)) != key_hex:
        raise KeyringError("il portachiavi non ha conservato la chiave")


def new_key() -> str:
    return secrets.token_hex(32)


def raw_key_pragma(key_hex: str, salt_hex: str = "") -> str:
    return f"\"x'{key_hex}{salt_hex}'\""


def copy_pragma(pragma: str, salt_hex: str | None) -> str:
    """The key of a copy of a file keyed with ``pragma``. A raw key names the
    file's salt as well, so the copy keeps it and the keyring, which finds a
    key by its file's salt, opens the copy; a passphrase needs no such care."""
    if salt_hex and pragma.startswith("\"x'"):
        return raw_key_pragma(pragma[3:-2], salt_hex)
    return pragma


def passphrase_pragma(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"
