"""Named operations of the resource map: the Risorse page, the service card and
the directory editors (each wraps one core call)."""
from __future__ import annotations

from typing import Callable, TypeVar

from desktop.core.risorse import editing, freshness, ricerca, scheda
from desktop.ui.operations import CollectionOp, QueryOp, read, write

T = TypeVar("T")


def load_filter_choices(parent, store) -> QueryOp[dict[str, list[tuple[str, str]]]]:
    return read(parent, store, ricerca.filter_choices)


def load_service_card(parent, store, service_id: str) -> QueryOp:
    """The service's detail and the labels of its codes."""
    return read(parent, store, scheda.service_card, service_id)


def load_by_comune(parent, store, **filters) -> QueryOp[list[ricerca.ComuneGroup]]:
    return read(parent, store, ricerca.services_by_comune, **filters)


def load_stale_months(parent, store) -> QueryOp[int]:
    return read(parent, store, freshness.stale_after_months)


def set_stale_months(parent, store, months: int) -> CollectionOp[None]:
    """The threshold lives in this computer's meta: no table changes, so the
    page reloads on its own success."""
    return write(parent, store, freshness.set_stale_after_months, months)


def load_stale(parent, store) -> QueryOp[list[freshness.StaleEntry]]:
    return read(parent, store, freshness.stale_entries)


def _presented(store, core_fn: Callable, entry_id: str | None, present: Callable) -> Callable:
    """``present`` (the comuni's completion model) runs on the worker too, so
    thousands of comuni never hold up the window."""
    def run(store, ctx):
        with store.read() as s:
            return present(core_fn(s, entry_id))

    return run


def load_service_editor(parent, store, service_id: str | None,
                        present: Callable[[editing.ServiceEditor], T]) -> QueryOp[T]:
    return QueryOp(parent, store, _presented(store, editing.service_editor, service_id, present))


def load_organisation_editor(parent, store, organisation_id: str | None,
                             present: Callable[[editing.OrganisationEditor], T]) -> QueryOp[T]:
    return QueryOp(parent, store, _presented(store, editing.organisation_editor,
                                             organisation_id, present))


def save_service(parent, store, values: editing.ServiceValues) -> CollectionOp[str]:
    return write(parent, store, editing.save_service, values, operator_id=store.operator_id)


def save_organisation(parent, store, values: editing.OrganisationValues) -> CollectionOp[str]:
    return write(parent, store, editing.save_organisation, values, operator_id=store.operator_id)


def delete_service(parent, store, service_id: str) -> CollectionOp[None]:
    """Refused (with the advice to retire it) while anything names the service."""
    return write(parent, store, editing.delete_service, service_id)


def confirm_verified(parent, store, kind: str, entry_id: str) -> CollectionOp[None]:
    """«Confermato oggi» by the signed-in operator."""
    return write(parent, store, freshness.confirm_verified, kind, entry_id, store.operator_id)
