"""Named operations of the UVM tab and of the patto editor's UVM link: one per
user action, each wrapping one core call of ``desktop.core.cartella.uvm``
(the link goes through ``desktop.core.patti.editing``, which answers with the
patto as the editor shows it)."""
from __future__ import annotations

from desktop.core.cartella import uvm
from desktop.core.patti import editing
from desktop.ui.operations import CollectionOp, QueryOp, read, write


def form_choices(parent, store) -> QueryOp:
    """Decisions, operators, organisations and instruments the session form offers."""
    return read(parent, store, uvm.form_choices)


def save_session(parent, store, person_id: str, fields: uvm.SessionFields,
                 uvm_session_id: str | None = None) -> CollectionOp:
    return write(parent, store, uvm.save_session, person_id, fields, uvm_session_id)


def remove_session(parent, store, uvm_session_id: str) -> CollectionOp:
    return write(parent, store, uvm.remove_session, uvm_session_id)


def link_uvm(parent, store, patto_id: str, uvm_session_id: str | None) -> CollectionOp:
    """The UVM that authorised the patto (None: unlink); answers with ``EditorData``."""
    return write(parent, store, editing.link_uvm, patto_id, uvm_session_id)
