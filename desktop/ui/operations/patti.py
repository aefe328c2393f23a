"""The patto's named operations: one per user action of the Patti page, the
scheda's patti tab and the patto editor, each a single call into
``desktop.core.patti``. ``parent`` is the widget that asked (and the initiator
of the change, so it may skip reloading what the result already gives it)."""
from __future__ import annotations

from desktop.core import drafts
from desktop.core.patti import editing, lists
from desktop.core.search import search_people
from desktop.core.patti.compare import compare
from desktop.core.patti.form import Form, load_editor
from desktop.ui.operations import CollectionOp, QueryOp, read, write


# ------------------------------------------------------------------ reads
def load_patto(parent, store, patto_id: str) -> QueryOp:
    """Everything the editor shows (form, versions, attivazioni, choices)."""
    return read(parent, store, load_editor, patto_id)


def load_draft(parent, store, editor: str, patto_id: str) -> QueryOp:
    """The unsaved edits a crash left behind (drafts are read by store, not session)."""
    return QueryOp(parent, store, lambda store, ctx: drafts.load(store, editor, patto_id))


def compare_versions(parent, store, patto_id: str, old: int, new: int) -> QueryOp:
    return read(parent, store, compare, patto_id, old, new)


def patto_kinds(parent, store) -> QueryOp:
    """The templates offered by «Nuovo patto»."""
    return read(parent, store, lists.patto_kinds)


def find_people(parent, store, text: str) -> QueryOp:
    """People to add as beneficiaries, as the user types (name or codice fiscale)."""
    return read(parent, store, search_people, text, limit=20)


def beneficiary_name(parent, store, person_id: str) -> QueryOp:
    return read(parent, store, lists.beneficiary_name, person_id)


# ------------------------------------------------------------------ writes
def save_patto(parent, store, patto_id: str, form: Form) -> CollectionOp:
    return write(parent, store, editing.save_patto, patto_id, form,
                 operator_id=store.operator_id)


def sign_patto(parent, store, patto_id: str, form: Form | None) -> CollectionOp:
    """«Firma», saving the unsaved edits ``form`` first in the same transaction."""
    return write(parent, store, editing.sign_patto, patto_id, form=form,
                 operator_id=store.operator_id)


def perform_action(parent, store, patto_id: str, action: str, form: Form | None) -> CollectionOp:
    """A lifecycle button (Attiva, Sospendi, Concludi, Rinnova…)."""
    return write(parent, store, editing.perform_action, patto_id, action, form=form,
                 operator_id=store.operator_id)


def amend_patto(parent, store, patto_id: str, reason: str, form: Form | None) -> CollectionOp:
    """«Modifica in itinere»."""
    return write(parent, store, editing.amend_patto, patto_id, reason, form=form,
                 operator_id=store.operator_id)


def create_patto(parent, store, kind: str | None, title: str,
                 person_ids: list[str]) -> CollectionOp:
    """«Crea e apri il patto»: the result is the new patto's id."""
    return write(parent, store, editing.create_patto, kind=kind, title=title,
                 person_ids=person_ids, author_id=store.operator_id)


def advance_attivazione(parent, store, patto_id: str, attivazione_id: str,
                        status: str) -> CollectionOp:
    return write(parent, store, editing.advance_attivazione, patto_id, attivazione_id, status)


def request_attivazione(parent, store, patto_id: str, support_id: str) -> CollectionOp:
    return write(parent, store, editing.request_attivazione, patto_id, support_id,
                 operator_id=store.operator_id)


# --------------------------------------------------------- expired patti
def settle_expired(parent, store, patto_id: str, choice: str,
                   form: Form | None = None) -> CollectionOp:
    """«Rinnova» or «Chiudi» on a patto past its end date, from the Patti page or
    the editor (with its unsaved edits); a renewal names the successor, to open it."""
    return write(parent, store, editing.settle_expired, patto_id, choice, form=form,
                 operator_id=store.operator_id)
