"""Named operations of the operator profile (the dialog and the status bar)."""
from __future__ import annotations

from desktop.core import profile
from desktop.ui.operations import CollectionOp, QueryOp, read


def load_choices(parent, store) -> QueryOp[profile.ProfileChoices]:
    return read(parent, store, profile.profile_choices)


def save_profile(parent, store, operator_id: str | None, territorial_unit_id: str,
                 **fields) -> CollectionOp[str]:
    """Use the operator chosen, or create one from ``fields``; the result is its id."""
    return CollectionOp(parent, store, lambda st, ctx: profile.save_profile(
        st, operator_id, territorial_unit_id, **fields), initiator=parent)


def operator_name(parent, store) -> QueryOp[str | None]:
    return QueryOp(parent, store, lambda st, ctx: profile.current_operator_name(st))


def active_operators(parent, store) -> QueryOp[list[profile.OperatorChoice]]:
    return read(parent, store, profile.active_operators)
