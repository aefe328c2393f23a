"""Named operations of the first-run wizard: what is already set up, and
whether an OS keyring can hold a new database's key. The steps themselves
reuse the operations of their own screens (profile, accounts, sync)."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.ui.operations import QueryOp


@dataclass(frozen=True)
class SetupState:
    """What the wizard's pages start from, read together."""

    in_team: bool
    target_kind: str | None  # "folder", "webdav", or None
    target_location: str     # the folder or the server's address
    operator_name: str | None
    has_accounts: bool
    holds_people: bool


def setup_state(parent, store) -> QueryOp[SetupState]:
    def run(store, ctx) -> SetupState:
        from desktop.core.accounts import access_state
        from desktop.core.profile import current_operator_name
        from desktop.sync import settings, status

        target = settings.target_settings(store)
        has_accounts, holds_people = access_state(store)
        return SetupState(
            in_team=status.sync_state(store).in_team,
            target_kind=target.kind if target else None,
            target_location=(target.folder or target.url or "") if target else "",
            operator_name=current_operator_name(store),
            has_accounts=has_accounts, holds_people=holds_people)

    return QueryOp(parent, store, run)


def keyring_usable(parent) -> QueryOp[bool]:
    """Asking the OS keyring can take a moment (D-Bus, a locked wallet)."""
    def run(_store, ctx) -> bool:
        from desktop.core.keys import keyring_usable

        return keyring_usable()

    return QueryOp(parent, None, run)
