"""Secrets of sync (team keys, WebDAV passwords): in the OS keyring under the
service "Tessere" where one answers, otherwise in the encrypted database, which
the callers name. One reader and one writer of the keyring for all of them."""
from __future__ import annotations


def from_keyring(entry: str) -> str | None:
    """The secret kept under ``entry``, or None (no keyring, none kept, or a
    keyring that fails: the caller falls back to the database)."""
    import keyring
    from keyring.errors import KeyringError

    from desktop.core.keys import SERVICE, keyring_usable

    if not keyring_usable():
        return None
    try:
        return keyring.get_password(SERVICE, entry) or None
    except KeyringError:
        return None


def to_keyring(entry: str, secret: str) -> bool:
    """Keep ``secret`` under ``entry``; True only when the keyring gives it back."""
    import keyring
    from keyring.errors import KeyringError

    from desktop.core.keys import SERVICE, keyring_usable

    if not keyring_usable():
        return False
    try:
        keyring.set_password(SERVICE, entry, secret)
        return keyring.get_password(SERVICE, entry) == secret
    except KeyringError:
        return False
