"""The patto lifecycle: states and the table of actions (``ACTIONS``, done only
through ``perform``), signing (which freezes a version with a content
fingerprint), amendments in itinere, renewal. The helpers (``is_closed``,
``can_sign``, ``can_amend``, ``version_in_force``) are the one place that says
which state allows what.

    bozza → firma → firmato → attivo ⇄ in_verifica → concluso → rinnovato
    firmato/attivo/in_verifica → sospeso → attivo or concluso;  in_verifica → rinnovato
    firmato → concluso (a patto signed that never started)
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from desktop.core.access import require
from desktop.core.errors import TransitionError, ValidationError
from desktop.core.model import (
    BudgetLine, Commitment, Goal, Patto, PattoBeneficiary, PattoVersion, Person, Signatory,
    Support, utcnow,
)
from desktop.core.search import person_with_code

# The one table of patto states, in the order a patto lives them, with their labels
# (the seeded catalogue «patto_state» says the same; a test keeps them in step).
STATE_LABELS = {
    "bozza": "Bozza", "firmato": "Firmato", "attivo": "Attivo", "in_verifica": "In verifica",
    "sospeso": "Sospeso", "concluso": "Concluso", "rinnovato": "Rinnovato",
}
CLOSED_STATES = frozenset({"concluso", "rinnovato"})
# Signed, neither suspended nor closed: the patto runs and its verifications fall due.
RUNNING_STATES = frozenset({"firmato", "attivo", "in_verifica"})


@dataclass(frozen=True)
class Action:
    """A lifecycle action: the states it applies from and the state it leads to."""

    name: str
    label: str             # the button's words, in Italian
    sources: frozenset[str]
    target: str


# The one table of the patto's lifecycle: the editor, the CLI and the demo all go
# through ``perform``; a wrong state is refused here, whoever asks.
ACTIONS: dict[str, Action] = {a.name: a for a in (
    Action("activate", "Attiva", frozenset({"firmato"}), "attivo"),
    Action("start_verification", "Avvia verifica", frozenset({"attivo"}), "in_verifica"),
    Action("end_verification", "Chiudi verifica", frozenset({"in_verifica"}), "attivo"),
    Action("suspend", "Sospendi", frozenset({"firmato", "attivo", "in_verifica"}), "sospeso"),
    Action("resume", "Riprendi", frozenset({"sospeso"}), "attivo"),
    # A signed patto that never started may end too (the person moved, the patto expired).
    Action("conclude", "Concludi", frozenset({"firmato", "attivo", "in_verifica", "sospeso"}),
           "concluso"),
    Action("renew", "Rinnova", frozenset({"in_verifica", "concluso"}), "rinnovato"),
)}


def available_actions(patto: Patto) -> list[str]:
    """The lifecycle actions this patto accepts now, in the table's order."""
    return [a.name for a in ACTIONS.values() if patto.state in a.sources]


def is_closed(patto: Patto) -> bool:
    """Concluded or renewed: the patto is history and no longer changes."""
    return patto.state in CLOSED_STATES


def can_sign(patto: Patto) -> bool:
    """An unsigned version on a patto still open: «Firma» applies."""
    return not patto.locked and not is_closed(patto)


def can_amend(patto: Patto) -> bool:
    """A signed version in force, on a patto still open: a modifica in itinere."""
    return bool(patto.locked) and not is_closed(patto)


def is_read_only(patto: Patto) -> bool:
    """Signed (until a modifica in itinere) or closed: the content is frozen."""
    return bool(patto.locked) or is_closed(patto)


def version_in_force(patto: Patto) -> PattoVersion | None:
    """The newest signed version: the one that governs the patto, also while a
    newer one is being prepared."""
    signed = [v for v in patto.versions if v.signed_at is not None]
    return max(signed, key=lambda v: v.number) if signed else None


def _check(patto: Patto, action: Action) -> None:
    if patto.state not in action.sources:
        where = " o ".join(f"«{STATE_LABELS[s]}»" for s in STATE_LABELS if s in action.sources)
        raise TransitionError(
            f"«{action.label}» non si può fare su un patto «{STATE_LABELS[patto.state]}»: "
            f"vale solo per un patto {where}."
        )


def perform(session: Session, patto: Patto, name: str, *, author_id: str | None = None,
            today: dt.date | None = None) -> Patto | None:
    """Do lifecycle action ``name`` on ``patto``, or refuse it with an Italian
    message; "renew" returns the successor in bozza."""
    action = ACTIONS.get(name)
    if action is None:
        raise ValidationError(f"Azione sconosciuta sul patto: «{name}».")
    _check(patto, action)
    if name == "renew":
        return _renew(session, patto, author_id=author_id, today=today)
    patto.state = action.target
    return None


def current_patto_of(session: Session, person_id: str) -> Patto | None:
    """The person's patto in force or in preparation (not concluded nor renewed)."""
    return session.scalar(
        select(Patto).join(PattoBeneficiary).where(PattoBeneficiary.person_id == person_id)
        .where(Patto.state.notin_(CLOSED_STATES))
        .order_by(Patto.created_at.desc()).limit(1)
    )


def patto_by_ref(session: Session, ref: str) -> Patto:
    """A patto by its id, or the patto in force of the person with that codice fiscale."""
    patto = session.get(Patto, ref.strip())
    if patto is not None:
        return patto
    person = person_with_code(session, ref)
    if person is None:
        raise ValidationError(f"«{ref.strip()}» non è né l'id di un patto né un codice fiscale noto.")
    patto = current_patto_of(session, person.id)
    if patto is None:
        raise ValidationError(f"{person.full_name} non ha un patto in corso.")
    return patto


def new_patto(
    session: Session, *, kind: str, title: str, beneficiaries: Iterable[Person],
    author_id: str | None = None, today: dt.date | None = None, **fields: Any,
) -> Patto:
    """A patto in bozza with its first (unsigned) version."""
    people = list(beneficiaries)
    if not people:
        raise ValidationError("Un patto ha almeno un beneficiario.", "beneficiaries")
    today = today or dt.date.today()
    patto = Patto(kind=kind, title=title, state="bozza", locked=False, current_version=1,
                  case_manager_id=fields.pop("case_manager_id", author_id),
                  created_at=utcnow(), **fields)
    session.add(patto)
    for position, person in enumerate(people):
        patto.beneficiaries.append(PattoBeneficiary(person_id=person.id, position=position))
    patto.versions.append(PattoVersion(
        number=1, created_on=today, reason="Prima stesura", author_id=author_id,
    ))
    session.flush()
    return patto


def current_version(patto: Patto) -> PattoVersion:
    for version in patto.versions:
        if version.number == patto.current_version:
            return version
    raise ValidationError("Il patto non ha la versione corrente.")


def snapshot(patto: Patto) -> dict[str, Any]:
    """The patto's content as canonical data: what a signature covers."""
    def d(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "patto_id": patto.id,
        "version": patto.current_version,
        "kind": patto.kind,
        "title": patto.title,
        "intensity": patto.intensity,
        "phase": patto.phase,
        "start_on": d(patto.start_on),
        "end_on": d(patto.end_on),
        "person_wishes": patto.person_wishes,
        "family_expectations": patto.family_expectations,
        "blocks": patto.blocks,
        "strengths": patto.strengths,
        "beneficiaries": [b.person_id for b in patto.beneficiaries],
        "goals": [
            {"id": g.id, "axis": g.axis, "title": g.title, "indicators": g.indicators,
             "stage": g.stage, "target_stage": g.target_stage}
            for g in patto.goals
        ],
        "supports": [
            {"id": s.id, "goal_id": s.goal_id, "what": s.what, "service_id": s.service_id,
             "provider_organisation_id": s.provider_organisation_id,
             "provider_text": s.provider_text, "frequency": s.frequency, "place": s.place,
             "from_on": d(s.from_on), "to_on": d(s.to_on), "formal": s.formal,
             "cost_cents": s.cost_cents}
            for s in patto.supports
        ],
        "budget": [
            {"id": b.id, "funding_source": b.funding_source, "axis": b.axis,
             "description": b.description, "in_kind": b.in_kind,
             "committed_cents": b.committed_cents}
            for b in patto.budget_lines
        ],
        "commitments": [{"party": c.party, "text": c.text} for c in patto.commitments],
        "signatories": [
            {"name": s.name, "role": s.role, "organisation_id": s.organisation_id}
            for s in patto.signatories
        ],
        "verifications": sorted(d(v.scheduled_on) for v in patto.verifications),
    }


def canonical_json(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fingerprint(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def short_fingerprint(full: str) -> str:
    """The form printed under the QR code: 16 hex digits in groups of four."""
    head = full[:16].upper()
    return "-".join(head[i:i + 4] for i in range(0, 16, 4))


def check_signable(patto: Patto) -> list[str]:
    problems = []
    if not patto.beneficiaries:
        problems.append("manca il beneficiario")
    if not patto.goals:
        problems.append("non ci sono obiettivi")
    if not patto.signatories:
        problems.append("non ci sono firmatari")
    return problems


def sign(patto: Patto, *, signed_on: dt.date | None = None) -> PattoVersion:
    """Freeze the current version: snapshot, fingerprint, lock the working copy."""
    session = object_session(patto)
    if session is not None:
        require(session, "sign")
    if patto.locked:
        raise TransitionError("Questa versione del patto è già firmata.")
    if is_closed(patto):
        raise TransitionError("Un patto concluso o rinnovato non si firma più: rinnovalo.")
    problems = check_signable(patto)
    if problems:
        raise ValidationError("Il patto non si può firmare: " + "; ".join(problems) + ".")
    signed_on = signed_on or dt.date.today()
    for signatory in patto.signatories:
        signatory.signed_on = signed_on
    version = current_version(patto)
    content = snapshot(patto)
    version.content = content
    version.fingerprint = fingerprint(content)
    version.signed_at = utcnow()
    patto.locked = True
    if patto.state == "bozza":
        patto.state = "firmato"
    return version


def amend(patto: Patto, *, reason: str, author_id: str | None = None,
          today: dt.date | None = None) -> PattoVersion:
    """Modifica in itinere: unlock the working copy under a new version."""
    if not reason or not reason.strip():
        raise ValidationError("Indica il motivo della modifica in itinere.", "reason")
    if not patto.locked:
        raise TransitionError("La versione corrente non è ancora firmata: modificala direttamente.")
    if is_closed(patto):
        raise TransitionError("Un patto concluso o rinnovato non si modifica: rinnovalo.")
    patto.locked = False
    patto.current_version += 1
    version = PattoVersion(
        number=patto.current_version, created_on=today or dt.date.today(),
        reason=reason.strip(), author_id=author_id,
    )
    patto.versions.append(version)
    return version


def _renew(session: Session, patto: Patto, *, author_id: str | None = None,
           today: dt.date | None = None) -> Patto:
    """Close this patto as rinnovato and start its successor in bozza, with the
    same beneficiaries, goals, supports, budget and impegni to revise."""
    patto.state = "rinnovato"
    successor = new_patto(
        session, kind=patto.kind, title=patto.title,
        beneficiaries=[b.person for b in patto.beneficiaries], author_id=author_id, today=today,
        intensity=patto.intensity, phase=patto.phase, person_wishes=patto.person_wishes,
        family_expectations=patto.family_expectations, blocks=patto.blocks,
        strengths=patto.strengths, territorial_unit_id=patto.territorial_unit_id,
        case_manager_id=patto.case_manager_id,
    )
    goal_map = {}
    for g in patto.goals:
        new = Goal(axis=g.axis, title=g.title, indicators=g.indicators, stage=g.stage,
                   target_stage=g.target_stage, position=g.position)
        successor.goals.append(new)
        goal_map[g.id] = new
    session.flush()
    for s in patto.supports:
        successor.supports.append(Support(
            goal_id=goal_map[s.goal_id].id if s.goal_id in goal_map else None,
            what=s.what, service_id=s.service_id,
            provider_organisation_id=s.provider_organisation_id, provider_text=s.provider_text,
            frequency=s.frequency, place=s.place, formal=s.formal, cost_cents=s.cost_cents,
            position=s.position,
        ))
    for b in patto.budget_lines:
        successor.budget_lines.append(BudgetLine(
            funding_source=b.funding_source, axis=b.axis, description=b.description,
            in_kind=b.in_kind, committed_cents=b.committed_cents, position=b.position,
        ))
    for c in patto.commitments:
        successor.commitments.append(Commitment(party=c.party, text=c.text, position=c.position))
    for s in patto.signatories:
        successor.signatories.append(Signatory(
            name=s.name, role=s.role, organisation_id=s.organisation_id, person_id=s.person_id,
            operator_id=s.operator_id, position=s.position,
        ))
    patto.renewed_by_id = successor.id
    return successor
