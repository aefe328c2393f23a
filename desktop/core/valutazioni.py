"""Assessments filled from their form templates, with history and comparison."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.core.errors import ValidationError
from desktop.core.model import Assessment, AssessmentTemplate


def template(session, code: str, version: int | None = None) -> AssessmentTemplate:
    q = select(AssessmentTemplate).where(AssessmentTemplate.code == code)
    q = q.where(AssessmentTemplate.version == version) if version else q.order_by(
        AssessmentTemplate.version.desc())
    found = session.scalars(q).first()
    if found is None:
        raise ValidationError(f"Il modello di valutazione «{code}» non esiste.")
    return found


def questions(definition: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {q["code"]: dict(q, section=sec["label"])
            for sec in definition["sections"] for q in sec["questions"]}


def check_answers(definition: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    known = questions(definition)
    clean = {}
    for code, value in answers.items():
        if value in (None, ""):
            continue
        q = known.get(code)
        if q is None:
            raise ValidationError(f"La domanda «{code}» non fa parte del modello.")
        kind = q["type"]
        if kind == "scale":
            low, high = q["scale"]["min"], q["scale"]["max"]
            if not isinstance(value, int) or not low <= value <= high:
                raise ValidationError(f"«{q['label']}»: scegli un valore da {low} a {high}.")
        elif kind == "choice":
            if value not in {o["code"] for o in q.get("options", [])}:
                raise ValidationError(f"«{q['label']}»: scelta non prevista.")
        elif kind == "bool":
            if not isinstance(value, bool):
                raise ValidationError(f"«{q['label']}»: rispondi sì o no.")
        elif not isinstance(value, str):
            raise ValidationError(f"«{q['label']}»: serve un testo.")
        clean[code] = value
    return clean


def record(session, *, person_id: str, template_code: str, answers: dict[str, Any],
           assessed_on: dt.date, operator_id: str | None = None, notes: str | None = None) -> Assessment:
    tpl = template(session, template_code)
    assessment = Assessment(
        person_id=person_id, template_code=tpl.code, template_version=tpl.version,
        assessed_on=assessed_on, operator_id=operator_id,
        answers=check_answers(tpl.definition, answers), notes=notes,
    )
    session.add(assessment)
    session.flush()
    return assessment


def history(session, person_id: str, template_code: str) -> list[Assessment]:
    return list(session.scalars(
        select(Assessment).where(Assessment.person_id == person_id,
                                 Assessment.template_code == template_code)
        .order_by(Assessment.assessed_on)
    ))


@dataclass(frozen=True)
class AnswerChange:
    section: str
    question: str
    before: Any
    after: Any

    @property
    def direction(self) -> int:
        """+1 better, -1 worse, 0 not comparable (scales: higher is better)."""
        if isinstance(self.before, int) and isinstance(self.after, int):
            return (self.after > self.before) - (self.after < self.before)
        return 0


def compare(session, earlier: Assessment, later: Assessment) -> list[AnswerChange]:
    if earlier.template_code != later.template_code:
        raise ValidationError("Si possono confrontare solo valutazioni dello stesso modello.")
    known = questions(template(session, later.template_code, later.template_version).definition)
    out = []
    for code, q in known.items():
        a, b = earlier.answers.get(code), later.answers.get(code)
        if a != b:
            out.append(AnswerChange(q["section"], q["label"], a, b))
    return out
