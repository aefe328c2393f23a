"""Named operations of the Persone page, the anagrafica editor and the scheda's
header: one per user action, each wrapping one core call (``core.persone``,
``core.anagrafica``)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, TypeVar

from desktop.core import persone
from desktop.ui.operations import CollectionOp, QueryOp, read, write

if TYPE_CHECKING:
    from desktop.core import anagrafica

T = TypeVar("T")


# ----------------------------------------------------------------- the list
def browse_people(filters: persone.PeopleFilter):
    """A RowsModel fetch: everyone the filters let through, alphabetically."""
    def fetch(session, offset: int, limit: int) -> list[persone.PersonRow]:
        return persone.people(session, filters, offset, limit)

    return fetch


def find_people(text: str, filters: persone.PeopleFilter):
    """A RowsModel fetch: the people matching ``text``, best first, in one batch."""
    def fetch(session, offset: int, limit: int) -> list[persone.PersonRow]:
        return [] if offset else persone.find_people(session, text, filters)

    return fetch


def count_people(parent, store, filters: persone.PeopleFilter) -> QueryOp[int]:
    return read(parent, store, persone.count_people, filters)


def filter_choices(parent, store) -> QueryOp[persone.FilterChoices]:
    return read(parent, store, persone.filter_choices)


# ------------------------------------------------------------ the anagrafica
def load_person_form(parent, store, person_id: str | None,
                     present: Callable[[anagrafica.PersonForm], T]) -> QueryOp[T]:
    """What the editor offers; ``present`` turns it into what the dialog shows
    (its completion models), on the worker too, so thousands of comuni never
    hold up the window."""
    from desktop.core import anagrafica  # with the codice fiscale rules: not at start

    def run(store, ctx) -> T:
        with store.read() as s:
            return present(anagrafica.person_form(s, person_id))

    return QueryOp(parent, store, run)


def save_person(parent, store, values: dict, person_id: str | None,
                accepted: list[str]) -> CollectionOp[str]:
    """Save the form; unconfirmed mismatches fail with UnconfirmedWarnings."""
    from desktop.core import anagrafica  # with the codice fiscale rules: not at start

    return write(parent, store, anagrafica.save_person_confirmed, values, person_id,
                 accepted=accepted)


def person_header(parent, store, person_id: str) -> QueryOp[anagrafica.PersonHeader]:
    from desktop.core import anagrafica  # with the codice fiscale rules: not at start

    return read(parent, store, anagrafica.person_header, person_id)
