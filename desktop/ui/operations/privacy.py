"""Named operations of the rights of the person in the window: erasure (art.
17), restriction (art. 18) and its end, each one core call (``core.erasure``)."""
from __future__ import annotations

from desktop.core import erasure
from desktop.ui.operations import CollectionOp


def erase_person(parent, store, person_id: str, reason: str) -> CollectionOp:
    """Erase, then take the freed pages out of the file (a VACUUM: seconds on a
    big database, hence in the background with the rest)."""
    def run(store, ctx):
        with store.session() as s:
            report = erasure.erase_person(s, person_id, reason=reason)
        erasure.clean_file(store)
        return report

    return CollectionOp(parent, store, run, initiator=parent)


def restrict_person(parent, store, person_id: str, reason: str) -> CollectionOp:
    def run(store, ctx):
        with store.session() as s:
            return erasure.restrict_person(s, person_id, reason=reason)

    return CollectionOp(parent, store, run, initiator=parent)


def lift_restriction(parent, store, person_id: str, reason: str) -> CollectionOp:
    def run(store, ctx):
        with store.session() as s:
            return erasure.lift_restriction(s, person_id, reason=reason)

    return CollectionOp(parent, store, run, initiator=parent)
