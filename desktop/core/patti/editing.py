"""The patto editor's writes, by id: the form saved alone or together with a
step of the lifecycle (sign, an action of ``lifecycle.ACTIONS``, a modifica in
itinere) in one transaction, a new patto, and the attivazioni of its supports.

Each write answers with the patto as the editor shows it next (``EditorData``,
read in the same transaction), so the editor that asked needs no second query.
Linking the UVM that authorised the patto is a write of its own: it is not
part of the form, so it never waits for the form to be valid.
A wrong state or an invalid form is refused with an Italian message.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.cartella.uvm import authorise_patto
from desktop.core.errors import ValidationError
from desktop.core.model import Attivazione, Patto, Person, ReplicaMeta, Service, Support
from desktop.core.patti import expiry, lifecycle
from desktop.core.patti.form import EditorData, Form, apply, load_editor
from desktop.core.profile import DISTRICT_KEY
from desktop.core.risorse.attivazioni import advance, link_support


@dataclass(frozen=True)
class Performed:
    """A lifecycle action done: the patto as it is now, and the successor a
    renewal opened in bozza."""

    data: EditorData
    successor_id: str | None = None


def _patto(session: Session, patto_id: str) -> Patto:
    patto = session.get(Patto, patto_id)
    if patto is None:
        raise ValidationError("Il patto non esiste più in questo database.")
    return patto


def _saved_with(session: Session, patto_id: str, form: Form | None,
                operator_id: str | None, today: dt.date | None) -> Patto:
    """The patto after writing ``form`` (unsaved edits go with the step that follows)."""
    if form is not None:
        apply(session, patto_id, form, operator_id=operator_id, today=today)
    return _patto(session, patto_id)


def _now(session: Session, patto_id: str) -> EditorData:
    session.flush()
    return load_editor(session, patto_id)


def save_patto(session: Session, patto_id: str, form: Form, *, operator_id: str | None = None,
               today: dt.date | None = None) -> EditorData:
    """«Salva»: the form onto the working copy."""
    apply(session, patto_id, form, operator_id=operator_id, today=today)
    return _now(session, patto_id)


def sign_patto(session: Session, patto_id: str, *, form: Form | None = None,
               operator_id: str | None = None, today: dt.date | None = None) -> EditorData:
    """«Firma»: freeze the current version (after saving ``form``, if given)."""
    patto = _saved_with(session, patto_id, form, operator_id, today)
    lifecycle.sign(patto, signed_on=today)
    return _now(session, patto_id)


def perform_action(session: Session, patto_id: str, action: str, *, form: Form | None = None,
                   operator_id: str | None = None, today: dt.date | None = None) -> Performed:
    """A lifecycle action of ``lifecycle.ACTIONS`` (after saving ``form``, if given)."""
    patto = _saved_with(session, patto_id, form, operator_id, today)
    successor = lifecycle.perform(session, patto, action, author_id=operator_id, today=today)
    return Performed(_now(session, patto_id), successor.id if successor is not None else None)


def settle_expired(session: Session, patto_id: str, choice: str, *, form: Form | None = None,
                   operator_id: str | None = None, today: dt.date | None = None) -> Performed:
    """«Rinnova» or «Chiudi» on a patto past its end date (``expiry.settle_expired``)."""
    _saved_with(session, patto_id, form, operator_id, today)
    successor = expiry.settle_expired(session, patto_id, choice, author_id=operator_id,
                                      today=today)
    return Performed(_now(session, patto_id), successor)


def amend_patto(session: Session, patto_id: str, reason: str, *, form: Form | None = None,
                operator_id: str | None = None, today: dt.date | None = None) -> EditorData:
    """«Modifica in itinere»: a new, editable version with its reason."""
    patto = _saved_with(session, patto_id, form, operator_id, today)
    lifecycle.amend(patto, reason=reason, author_id=operator_id, today=today)
    return _now(session, patto_id)


def new_patto_problem(kind: str | None, title: str,
                      person_ids: list[str]) -> ValidationError | None:
    """What a new patto still needs (checked as the dialog is filled, and again
    on creating it)."""
    if not person_ids:
        return ValidationError("Scegli almeno un beneficiario.", "beneficiaries")
    if not kind:
        return ValidationError("Scegli il modello del patto.", "kind")
    if not (title or "").strip():
        return ValidationError("Scrivi un titolo.", "title")
    return None


def create_patto(session: Session, *, kind: str | None, title: str, person_ids: list[str],
                 author_id: str | None = None, today: dt.date | None = None) -> str:
    """A new patto in bozza for these people, in this installation's district;
    returns its id."""
    problem = new_patto_problem(kind, title, person_ids)
    if problem is not None:
        raise problem
    district = session.get(ReplicaMeta, DISTRICT_KEY)
    people = [session.get(Person, pid) for pid in person_ids]
    patto = lifecycle.new_patto(
        session, kind=kind, title=title.strip(), beneficiaries=[p for p in people if p],
        author_id=author_id, today=today,
        territorial_unit_id=district.value if district is not None else None)
    return patto.id


def advance_attivazione(session: Session, patto_id: str, attivazione_id: str,
                        status: str, reason: str | None = None) -> EditorData:
    """Move a linked resource on (richiesta → in attesa → concordata → attiva → conclusa)."""
    attivazione = session.get(Attivazione, attivazione_id)
    if attivazione is None or attivazione.patto_id != patto_id:
        raise ValidationError("L'attivazione non è più tra quelle del patto.")
    advance(session, attivazione, status, reason=reason)
    return _now(session, patto_id)


def request_attivazione(session: Session, patto_id: str, support_id: str, *,
                        operator_id: str | None = None) -> EditorData:
    """A saved support tied to a resource but never requested: request it now."""
    support = session.get(Support, support_id)
    if support is None or support.patto_id != patto_id:
        raise ValidationError("Il sostegno non è più nel patto: salva e riprova.")
    service = session.get(Service, support.service_id) if support.service_id else None
    if service is None:
        raise ValidationError("La risorsa scelta non è più nella mappa: scegline un'altra.")
    patto = support.patto
    lead = patto.beneficiaries[0].person_id if patto.beneficiaries else None
    link_support(session, support, service, person_id=lead, intermediary_id=operator_id)
    return _now(session, patto_id)


def link_uvm(session: Session, patto_id: str, uvm_session_id: str | None) -> EditorData:
    """The UVM session that authorised the patto (None: unlink); a budget beyond
    the authorised one comes back as ``EditorData.uvm_warning``, not a refusal."""
    authorise_patto(session, patto_id, uvm_session_id)
    return _now(session, patto_id)
