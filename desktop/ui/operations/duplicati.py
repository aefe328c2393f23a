"""Named operations of «one person once»: the prompt of the anagrafica editor,
the review of the possible duplicates on the Persone page and the line of a
merged scheda; each one core call (``core.duplicati``)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from desktop.ui.operations import CollectionOp, QueryOp, read, write

if TYPE_CHECKING:
    from desktop.core import duplicati

# The matching (rapidfuzz, the codice fiscale rules) is imported when first used.


def possible_duplicates(parent, store, values: dict,
                        exclude_id: str | None = None) -> QueryOp[duplicati.DuplicateCheck]:
    from desktop.core import duplicati

    return read(parent, store, duplicati.possible_duplicates, values, exclude_id=exclude_id)


def save_new_person(parent, store, values: dict, accepted: list[str],
                    apart_from: Iterable[str]) -> CollectionOp[str]:
    """«È un'altra persona: salva»; unconfirmed mismatches fail with UnconfirmedWarnings."""
    from desktop.core import duplicati

    return write(parent, store, duplicati.save_new_person, values, accepted=accepted,
                 apart_from=list(apart_from))


def suspects(parent, store) -> QueryOp[list[duplicati.Suspect]]:
    """Asked as the Persone page's first rows arrive: the matching's imports
    (about 0.2 s) happen on the worker, so the rows paint without waiting."""
    def duplicate_suspects(session) -> list[duplicati.Suspect]:
        from desktop.core import duplicati

        return duplicati.duplicate_suspects(session)

    return read(parent, store, duplicate_suspects)


def merge(parent, store, a_id: str, b_id: str) -> CollectionOp[str]:
    from desktop.core import duplicati

    return write(parent, store, duplicati.merge, a_id, b_id)


def keep_apart(parent, store, a_id: str, b_id: str) -> CollectionOp[str]:
    from desktop.core import duplicati

    return write(parent, store, duplicati.keep_apart, a_id, b_id)


def unmerge(parent, store, link_id: str) -> CollectionOp[None]:
    from desktop.core import duplicati

    return write(parent, store, duplicati.unmerge, link_id)


def merged_with(parent, store, person_id: str) -> QueryOp[list[duplicati.MergedWith]]:
    from desktop.core import duplicati

    return read(parent, store, duplicati.merged_with, person_id)
