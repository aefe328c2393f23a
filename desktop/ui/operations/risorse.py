"""Named operations of the resource map (the Risorse page and the service card)."""
from __future__ import annotations

from desktop.core.risorse import ricerca, scheda
from desktop.ui.operations import QueryOp, read


def load_filter_choices(parent, store) -> QueryOp[dict[str, list[tuple[str, str]]]]:
    return read(parent, store, ricerca.filter_choices)


def load_service_card(parent, store, service_id: str) -> QueryOp:
    """The service's detail and the labels of its codes."""
    return read(parent, store, scheda.service_card, service_id)
