"""The patto lifecycle: states and transitions, signing (which freezes a
version with a content fingerprint), amendments in itinere, renewal, budget sums.

    bozza → firmato → attivo ⇄ in_verifica → concluso
    firmato/attivo/in_verifica ⇄ sospeso;  concluso/in_verifica → rinnovato
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy.orm import Session

from desktop.core.errors import TransitionError, ValidationError
from desktop.core.model import (
    BudgetLine, Commitment, Goal, Patto, PattoBeneficiary, PattoVersion, Person, Signatory,
    Support, utcnow,
)

TRANSITIONS: dict[str, frozenset[str]] = {
    "bozza": frozenset({"firmato"}),
    "firmato": frozenset({"attivo", "sospeso"}),
    "attivo": frozenset({"in_verifica", "sospeso", "concluso"}),
    "in_verifica": frozenset({"attivo", "sospeso", "concluso", "rinnovato"}),
    "sospeso": frozenset({"attivo", "concluso"}),
    "concluso": frozenset({"rinnovato"}),
    "rinnovato": frozenset(),
}

STATE_LABELS = {
    "bozza": "Bozza", "firmato": "Firmato", "attivo": "Attivo", "in_verifica": "In verifica",
    "concluso": "Concluso", "sospeso": "Sospeso", "rinnovato": "Rinnovato",
}


def allowed_transitions(patto: Patto) -> frozenset[str]:
    return TRANSITIONS[patto.state]


def _move(patto: Patto, target: str) -> None:
    if target not in TRANSITIONS[patto.state]:
        raise TransitionError(
            f"Un patto «{STATE_LABELS[patto.state]}» non può passare a "
            f"«{STATE_LABELS[target]}»."
        )
    patto.state = target


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
    if patto.locked:
        raise TransitionError("Questa versione del patto è già firmata.")
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
        _move(patto, "firmato")
    return version


def amend(patto: Patto, *, reason: str, author_id: str | None = None,
          today: dt.date | None = None) -> PattoVersion:
    """Modifica in itinere: unlock the working copy under a new version."""
    if not reason or not reason.strip():
        raise ValidationError("Indica il motivo della modifica in itinere.", "reason")
    if not patto.locked:
        raise TransitionError("La versione corrente non è ancora firmata: modificala direttamente.")
    if patto.state in ("concluso", "rinnovato"):
        raise TransitionError("Un patto concluso o rinnovato non si modifica: rinnovalo.")
    patto.locked = False
    patto.current_version += 1
    version = PattoVersion(
        number=patto.current_version, created_on=today or dt.date.today(),
        reason=reason.strip(), author_id=author_id,
    )
    patto.versions.append(version)
    return version


def activate(patto: Patto) -> None:
    _move(patto, "attivo")


def start_verification(patto: Patto) -> None:
    _move(patto, "in_verifica")


def end_verification(patto: Patto) -> None:
    _move(patto, "attivo")


def suspend(patto: Patto) -> None:
    _move(patto, "sospeso")


def resume(patto: Patto) -> None:
    _move(patto, "attivo")


def conclude(patto: Patto) -> None:
    _move(patto, "concluso")


def renew(session: Session, patto: Patto, *, author_id: str | None = None,
          today: dt.date | None = None) -> Patto:
    """Close this patto as rinnovato and start its successor in bozza, with the
    same beneficiaries, goals, supports, budget and impegni to revise."""
    _move(patto, "rinnovato")
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


@dataclass
class BudgetTotals:
    committed_by_source: dict[str, int]
    spent_by_source: dict[str, int]
    committed_by_axis: dict[str, int]
    committed_total: int
    spent_total: int
    in_kind_total: int


def budget_totals(lines: Iterable[BudgetLine]) -> BudgetTotals:
    by_source: dict[str, int] = defaultdict(int)
    spent_source: dict[str, int] = defaultdict(int)
    by_axis: dict[str, int] = defaultdict(int)
    committed = spent = in_kind = 0
    for line in lines:
        by_source[line.funding_source] += line.committed_cents or 0
        spent_source[line.funding_source] += line.spent_cents or 0
        by_axis[line.axis or "trasversale"] += line.committed_cents or 0
        committed += line.committed_cents or 0
        spent += line.spent_cents or 0
        if line.in_kind:
            in_kind += line.committed_cents or 0
    return BudgetTotals(dict(by_source), dict(spent_source), dict(by_axis), committed, spent, in_kind)


def version_diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """Differences between two version snapshots as (path, old, new), for the
    side-by-side comparison."""
    out: list[tuple[str, Any, Any]] = []

    def walk(path: str, a: Any, b: Any) -> None:
        if isinstance(a, dict) and isinstance(b, dict):
            for key in sorted(set(a) | set(b)):
                walk(f"{path}.{key}" if path else key, a.get(key), b.get(key))
        elif isinstance(a, list) and isinstance(b, list) and all(
            isinstance(x, dict) and "id" in x for x in a + b
        ):
            a_by, b_by = {x["id"]: x for x in a}, {x["id"]: x for x in b}
            for key in list(a_by) + [k for k in b_by if k not in a_by]:
                walk(f"{path}[{key[-8:]}]", a_by.get(key), b_by.get(key))
        elif a != b:
            out.append((path, a, b))

    walk("", {k: v for k, v in old.items() if k != "version"},
         {k: v for k, v in new.items() if k != "version"})
    return out
