"""Named operations of demand against offer: requesting and moving attivazioni
from the service card, and proposing resources for a patto goal."""
from __future__ import annotations

from desktop.core.risorse import attesa, attivazioni, proposte
from desktop.ui.operations import CollectionOp, QueryOp, read, write


def request_place(parent, store, service_id: str, person_id: str) -> CollectionOp:
    """«Richiedi attivazione…»: the result says the status and any queue position."""
    return write(parent, store, attesa.request_place, service_id, person_id,
                 intermediary_id=store.operator_id)


def advance(parent, store, attivazione_id: str, status: str,
            reason: str | None = None) -> CollectionOp:
    """A step of the flow (metti in attesa, concorda, attiva, concludi, rifiuta)."""
    return write(parent, store, attivazioni.advance_attivazione, attivazione_id, status,
                 reason=reason)


def propose_for_goal(parent, store, goal_id: str) -> QueryOp:
    return read(parent, store, proposte.propose_for_goal, goal_id)


def accept_proposal(parent, store, goal_id: str, service_id: str) -> CollectionOp:
    """«Collega»: a new support of the goal tied to the service."""
    return write(parent, store, proposte.accept_proposal, goal_id, service_id,
                 operator_id=store.operator_id)
