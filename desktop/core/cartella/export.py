"""One person's whole cartella as JSON: what a district scripts, hands to another
service, or gives back to the person who asks for their data (GDPR art. 15/20).

Every record about the person is there with all its columns, keyed by table name:
anagrafica, rete, consensi, prese in carico, diario (corrections included), valutazioni,
misure, scadenze, documenti (metadata; the content only when asked), the patti
the person takes part in with all their parts and signed versions, and the
attivazioni. Codes stay codes; ``catalogues`` gives their Italian labels.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from desktop.core.anagrafica import person_by_ref
from desktop.core.catalogues import Catalogues
from desktop.core.changes import column_keys, to_wire
from desktop.core.audit import accesses, audited
from desktop.core.model import (
    Assessment, Attivazione, BudgetLine, CaseEpisode, Commitment, Consent, Deadline, DiaryEntry,
    Document, Goal, HouseholdMember, IseeDeclaration, Measure, NetworkMember, Patto,
    PattoBeneficiary, PattoVersion, Signatory, Support, UvmMember, UvmSession, Verification,
    utcnow,
)

FORMAT = "tessere-cartella/1"

# Tables keyed on the person, in the order a reader meets them in the cartella.
_PERSON_TABLES = (NetworkMember, HouseholdMember, IseeDeclaration, Consent, CaseEpisode,
                  UvmSession, DiaryEntry, Assessment, Measure, Deadline, Document)
# A patto's parts, exported inside each patto.
_PATTO_PARTS = (PattoBeneficiary, Goal, Support, BudgetLine, Commitment, Signatory, Verification,
                PattoVersion)


def _row(obj: Any, *, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {key: to_wire(getattr(obj, key)) for key in column_keys(inspect(type(obj)))
            if key not in skip}


def _ordered(model: type) -> list:
    """A stable order: by date where the table has one, then by id."""
    columns = inspect(model).columns
    keys = [columns[name] for name in ("occurred_at", "segnalazione_on", "assessed_on", "applied_on",
                                       "due_on", "document_date", "given_on", "number") if name in columns]
    return [*keys, columns["id"]]


@audited("export", person=lambda a, r: r["person"]["id"], table="person")
def cartella_json(session: Session, ref: str, *, with_documents: bool = False,
                  now: dt.datetime | None = None) -> dict[str, Any]:
    """The cartella of the person with this id or codice fiscale, with who
    accessed it («accessi»): what art. 15 and 20 GDPR give the person."""
    person = person_by_ref(session, ref)
    skip_content = frozenset() if with_documents else frozenset({"content"})
    data: dict[str, Any] = {
        "format": FORMAT,
        "exported_at": to_wire(now or utcnow()),
        "person": _row(person),
    }
    for model in _PERSON_TABLES:
        rows = session.scalars(select(model).where(model.person_id == person.id)
                               .order_by(*_ordered(model)))
        data[model.__tablename__] = [_row(r, skip=skip_content if model is Document else frozenset())
                                     for r in rows]
    sessions = select(UvmSession.id).where(UvmSession.person_id == person.id)
    data[UvmMember.__tablename__] = [_row(m) for m in session.scalars(
        select(UvmMember).where(UvmMember.uvm_session_id.in_(sessions))
        .order_by(UvmMember.uvm_session_id, UvmMember.position))]
    patto_ids = select(PattoBeneficiary.patto_id).where(PattoBeneficiary.person_id == person.id)
    patti = []
    for patto in session.scalars(select(Patto).where(Patto.id.in_(patto_ids))
                                 .order_by(Patto.created_at, Patto.id)):
        entry = _row(patto)
        for model in _PATTO_PARTS:
            entry[model.__tablename__] = [
                _row(r) for r in session.scalars(select(model).where(model.patto_id == patto.id)
                                                 .order_by(*_ordered(model)))]
        patti.append(entry)
    data["patto"] = patti
    data["attivazione"] = [_row(a) for a in session.scalars(
        select(Attivazione)
        .where(or_(Attivazione.person_id == person.id, Attivazione.patto_id.in_(patto_ids)))
        .order_by(Attivazione.id))]
    data["accessi"] = [{"at": to_wire(a.at), "operator": a.operator, "role": a.role,
                        "action": a.action, "what": a.what, "purpose": a.purpose}
                       for a in accesses(session, person_id=person.id)]
    data["catalogues"] = Catalogues(session).as_dict()
    return data
