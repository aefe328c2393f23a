"""Named operations of signing in and of accounts (login, lock, passwords)."""
from __future__ import annotations

from desktop.core import accounts
from desktop.ui.operations import QueryOp, read


def has_accounts(parent, store) -> QueryOp[bool]:
    return read(parent, store, accounts.has_accounts)


def sign_in(parent, store, username: str, password: str) -> QueryOp:
    """The password check is argon2id (a few tenths of a second): off the GUI thread."""
    return QueryOp(parent, store, lambda st, ctx: accounts.sign_in(st, username, password))


def unlock(parent, store, password: str) -> QueryOp:
    return QueryOp(parent, store, lambda st, ctx: accounts.unlock(st, password))


def change_password(parent, store, old: str, new: str) -> QueryOp[None]:
    return QueryOp(parent, store, lambda st, ctx: accounts.change_password(st, old, new))


def create_first_administrator(parent, store, username: str, password: str) -> QueryOp:
    return QueryOp(parent, store, lambda st, ctx: accounts.create_first_administrator(
        st, username=username, password=password))


def idle_minutes(parent, store) -> QueryOp[int]:
    return QueryOp(parent, store, lambda st, ctx: accounts.idle_lock_minutes(st))


def set_idle_minutes(parent, store, minutes: int) -> QueryOp[None]:
    return QueryOp(parent, store, lambda st, ctx: accounts.set_idle_lock_minutes(st, minutes))
