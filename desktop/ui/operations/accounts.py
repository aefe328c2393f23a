"""Named operations of signing in and of accounts (login, lock, passwords)."""
from __future__ import annotations

from desktop.core import accounts
from desktop.ui.operations import CollectionOp, QueryOp, read, write


def sign_in(parent, store, username: str, password: str) -> QueryOp:
    """The password check is argon2id (about a tenth of a second): off the GUI thread."""
    return QueryOp(parent, store, lambda st, ctx: accounts.sign_in(st, username, password))


def unlock(parent, store, password: str) -> QueryOp:
    return QueryOp(parent, store, lambda st, ctx: accounts.unlock(st, password))


def change_password(parent, store, old: str, new: str) -> QueryOp[None]:
    return QueryOp(parent, store, lambda st, ctx: accounts.change_password(st, old, new))


def create_first_administrator(parent, store, username: str, password: str) -> QueryOp:
    return QueryOp(parent, store, lambda st, ctx: accounts.create_first_administrator(
        st, username=username, password=password))


def set_idle_minutes(parent, store, minutes: int) -> QueryOp[None]:
    return QueryOp(parent, store, lambda st, ctx: accounts.set_idle_lock_minutes(st, minutes))


# ------------------------------------------------ the administrator's «Account e ruoli»
def administration(parent, store) -> QueryOp[accounts.Administration]:
    return read(parent, store, accounts.administration)


def create_account(parent, store, *, operator_id: str, username: str, password: str,
                   roles: list[str], districts: list[str]) -> CollectionOp[str]:
    """With a temporary password, to change at the first sign-in (argon2: off the GUI thread)."""
    return write(parent, store, accounts.create_account, operator_id=operator_id,
                 username=username, password=password, roles=roles, districts=districts)


def set_grants(parent, store, username: str, roles: list[str],
               districts: list[str]) -> CollectionOp[None]:
    return write(parent, store, accounts.set_grants, username, roles, districts)


def reset_password(parent, store, username: str, temporary: str) -> CollectionOp[None]:
    return write(parent, store, accounts.reset_password, username, temporary)


def set_disabled(parent, store, username: str, disabled: bool) -> CollectionOp[None]:
    return write(parent, store, accounts.set_disabled, username, disabled)
