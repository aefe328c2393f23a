"""Named operations of the Nucleo e ISEE tab and of the benefit-trap warnings
(the Misure tab, its measure dialog and the patto editor): one per user
action, each wrapping one core call of ``desktop.core.cartella.nucleo`` or
``trappola``."""
from __future__ import annotations

from desktop.core.cartella import nucleo, trappola
from desktop.core.cartella.misure import MeasureFields
from desktop.ui.operations import CollectionOp, QueryOp, read, write


# ------------------------------------------------------------------ nucleo
def save_household_member(parent, store, person_id: str, fields: nucleo.HouseholdFields,
                          member_id: str | None = None) -> CollectionOp:
    return write(parent, store, nucleo.save_household_member, person_id, fields, member_id)


def remove_household_member(parent, store, member_id: str) -> CollectionOp:
    return write(parent, store, nucleo.remove_household_member, member_id)


# -------------------------------------------------------------------- ISEE
def save_isee(parent, store, person_id: str, fields: nucleo.IseeFields,
              declaration_id: str | None = None) -> CollectionOp:
    return write(parent, store, nucleo.save_isee, person_id, fields, declaration_id)


def remove_isee(parent, store, declaration_id: str) -> CollectionOp:
    return write(parent, store, nucleo.remove_isee, declaration_id)


def current_isee(parent, store, person_id: str) -> QueryOp:
    return read(parent, store, nucleo.current_isee, person_id)


# ---------------------------------------------------------------- trappola
def benefit_warnings(parent, store, person_id: str, extra: MeasureFields | None = None,
                     replacing: str | None = None) -> QueryOp:
    """The person's benefits at risk; with ``extra`` (a measure being typed,
    ``replacing`` the one it edits) before anything is saved."""
    return read(parent, store, trappola.benefit_warnings, person_id, extra=extra,
                replacing=replacing)


def patto_benefit_warnings(parent, store, patto_id: str) -> QueryOp:
    return read(parent, store, trappola.patto_benefit_warnings, patto_id)
