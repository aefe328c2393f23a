"""The team key that seals every bundle: created on the first laptop, joined on
the others with its recovery code, kept in the OS keyring (or, where there is
none, in the encrypted database)."""
from __future__ import annotations

from desktop.sync import crypto, secrets
from desktop.sync.errors import DemoMismatchError, NoTeamKeyError, SyncError

META_TEAM_KEY = "sync_team_key"
META_TEAM_ID = "sync_team_id"


def _key_entry(store) -> str:
    return f"team-{store.replica_id}"


def team_key(store) -> bytes | None:
    found = secrets.from_keyring(_key_entry(store)) or store.meta(META_TEAM_KEY)
    return bytes.fromhex(found) if found else None


def save_key(store, key: bytes, replica_id: str | None = None) -> None:
    """The key in the OS keyring where there is one, else in the (encrypted)
    database; the database always records which team it joined (the key's id).
    ``replica_id``: the identity the key is kept under, when it is about to change."""
    store.set_meta(META_TEAM_ID, crypto.key_id(key))
    entry = f"team-{replica_id}" if replica_id else _key_entry(store)
    if not secrets.to_keyring(entry, key.hex()):
        store.set_meta(META_TEAM_KEY, key.hex())  # the database itself is encrypted


def create_team(store) -> str:
    """"Crea squadra": a new team key; returns the recovery code to hand to the others."""
    if team_key(store) is not None:
        raise SyncError("Questo computer fa già parte di una squadra.")
    key = crypto.new_team_key()
    save_key(store, key)
    return crypto.recovery_code(key, demo=store.is_demo)


def join_team(store, code: str) -> None:
    """"Unisciti alla squadra" with the code typed from the first laptop."""
    key = crypto.key_from_code(code)
    current = team_key(store)
    if current is not None and current != key:
        raise SyncError("Questo computer fa già parte di un'altra squadra.")
    demo_team = crypto.code_is_demo(code)
    if demo_team and not store.is_demo:
        if store.holds_user_data():
            raise DemoMismatchError(
                "Questo è il codice di una squadra dimostrativa (persone inventate) e questo "
                "database contiene dati reali: non si unisce. Usa un database nuovo per provare.")
        store.mark_demo()  # a new laptop joining a demo team to practise
    elif store.is_demo and not demo_team:
        raise DemoMismatchError(
            "Questo è un database dimostrativo (persone inventate): non può unirsi a una squadra "
            "reale. Apri il tuo database reale per unirti alla squadra.")
    save_key(store, key)


def check_code(code: str) -> None:
    """A mistyped code is refused (``BadCodeError``) before anything is touched."""
    crypto.key_from_code(code)


def team_code(store) -> str:
    key = require_key(store)
    return crypto.recovery_code(key, demo=store.is_demo)


def require_key(store) -> bytes:
    key = team_key(store)
    if key is None:
        raise NoTeamKeyError(
            "Questo computer non fa ancora parte di una squadra: crea la squadra "
            "(tessere team create) o unisciti con il codice (tessere team join)."
        )
    return key
