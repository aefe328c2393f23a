"""Assessments filled from their form templates, with history and comparison.

Forms are data (templates seeded from db/seeds, or the team's own, see
``templates``). Each filling is a new record with its date and the template
version it was filled with, whose wording it is always read in; two of them
are compared answer by answer (on scales, higher is better). The reads here
hand the window plain rows, answers already worded."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.cartella.templates import TemplateInfo, find, usable_templates, versions
from desktop.core.errors import ValidationError
from desktop.core.model import Assessment, Operator
from desktop.core.audit import audited

UNANSWERED = "—"


def template(session, code: str, version: int | None = None) -> TemplateInfo:
    """One version of a template, seeded or the team's (the newest without ``version``)."""
    return find(session, code, version)


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
           assessed_on: dt.date, operator_id: str | None = None, notes: str | None = None,
           template_version: int | None = None) -> Assessment:
    """One filling of ``template_version`` (the newest without it); its
    confidentiality is the template's (a health scale's definition says
    "sanitario"), ordinario otherwise. A retired template takes no new fillings."""
    tpl = template(session, template_code, template_version)
    if tpl.retired_on is not None or template(session, template_code).retired_on is not None:
        raise ValidationError(f"Il modello «{tpl.name}» è stato ritirato: scegline un altro.")
    assessment = Assessment(
        person_id=person_id, template_code=tpl.code, template_version=tpl.version,
        assessed_on=assessed_on, operator_id=operator_id,
        answers=check_answers(tpl.definition, answers), notes=notes,
        confidentiality=tpl.definition.get("confidentiality", "ordinario"),
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


def wording(session, earlier: Assessment, later: Assessment) -> dict[str, dict[str, Any]]:
    """The questions of both fillings: the later version's wording, then what
    only the earlier version asked, in its own words."""
    known = questions(template(session, later.template_code, later.template_version).definition)
    if earlier.template_version != later.template_version:
        old = questions(template(session, earlier.template_code,
                                 earlier.template_version).definition)
        known.update({code: q for code, q in old.items() if code not in known})
    return known


def compare(session, earlier: Assessment, later: Assessment) -> list[AnswerChange]:
    if earlier.template_code != later.template_code:
        raise ValidationError("Si possono confrontare solo valutazioni dello stesso modello.")
    known = wording(session, earlier, later)
    out = []
    for code, q in known.items():
        a, b = earlier.answers.get(code), later.answers.get(code)
        if a != b:
            out.append(AnswerChange(q["section"], q["label"], a, b))
    return out


# ------------------------------------------------------------ for the window
@dataclass(frozen=True)
class AssessmentRow:
    id: str
    assessed_on: dt.date
    operator: str | None
    template_version: int
    answers: dict[str, Any]
    notes: str | None
    template_name: str = ""  # the wording of the version it was filled with
    definition: dict[str, Any] | None = None


@dataclass(frozen=True)
class ComparisonLine:
    section: str
    question: str
    before: str
    after: str
    changed: bool
    direction: int  # +1 better, -1 worse, 0 not comparable


@dataclass(frozen=True)
class Comparison:
    earlier: AssessmentRow
    later: AssessmentRow
    lines: list[ComparisonLine]

    @property
    def differences(self) -> list[ComparisonLine]:
        return [line for line in self.lines if line.changed]


def format_answer(question: dict[str, Any], value: Any) -> str:
    """An answer as the form shows it: "4 · Buono", "Sì", the option's label."""
    if value is None or value == "":
        return UNANSWERED
    kind = question["type"]
    if kind == "scale":
        label = question["scale"].get("labels", {}).get(str(value))
        return f"{value} · {label}" if label else str(value)
    if kind == "choice":
        return next((o["label"] for o in question.get("options", []) if o["code"] == value),
                    str(value))
    if kind == "bool":
        return "Sì" if value else "No"
    return str(value)


def list_templates(session: Session) -> list[TemplateInfo]:
    """The templates a new assessment can use (``templates.usable_templates``)."""
    return usable_templates(session)


@audited("read", person=lambda a, r: a["person_id"], table="assessment")
def list_history(session: Session, person_id: str, template_code: str) -> list[AssessmentRow]:
    """The person's fillings of one template, newest first."""
    rows = history(session, person_id, template_code)
    names = _operator_names(session, {a.operator_id for a in rows})
    wordings = {v.version: v for v in versions(session, template_code)}
    return [_row(a, names, wordings.get(a.template_version)) for a in reversed(rows)]


@audited("read", person=lambda a, r: a["session"].get(Assessment, a["first_id"]).person_id,
         table="assessment")
def comparison(session: Session, first_id: str, second_id: str) -> Comparison:
    """Both fillings side by side, oldest first, each answer worded and marked
    when it changed (and in which direction)."""
    found = [session.get(Assessment, first_id), session.get(Assessment, second_id)]
    if None in found:
        raise ValidationError("Una delle due valutazioni non esiste più: forse è stata "
                              "eliminata da un collega.")
    a, b = sorted(found, key=lambda x: (x.assessed_on, x.id))
    changes = {(c.section, c.question): c for c in compare(session, a, b)}
    lines = []
    for code, q in wording(session, a, b).items():
        before, after = a.answers.get(code), b.answers.get(code)
        if before is None and after is None:
            continue
        change = changes.get((q["section"], q["label"]))
        lines.append(ComparisonLine(q["section"], q["label"], format_answer(q, before),
                                    format_answer(q, after), change is not None,
                                    change.direction if change else 0))
    names = _operator_names(session, {a.operator_id, b.operator_id})
    return Comparison(_row(a, names, template(session, a.template_code, a.template_version)),
                      _row(b, names, template(session, b.template_code, b.template_version)),
                      lines)


def save_assessment(session: Session, person_id: str, template_code: str,
                    answers: dict[str, Any], assessed_on: dt.date, notes: str | None = None,
                    template_version: int | None = None) -> str:
    """A new filling by the operator of this installation, of the version the
    form showed; returns its id. An assessment is of what was seen: never
    empty, never dated in the future."""
    if not any(value not in (None, "") for value in answers.values()):
        raise ValidationError("Compila almeno una risposta prima di salvare.")
    if assessed_on > dt.date.today():
        raise ValidationError("La data della valutazione non può essere nel futuro.",
                              "assessed_on")
    # The operator who signs the change log signs the assessment.
    return record(session, person_id=person_id, template_code=template_code, answers=answers,
                  assessed_on=assessed_on, operator_id=session.info.get("operator_id"),
                  notes=(notes or "").strip() or None, template_version=template_version).id


def _operator_names(session: Session, ids: set[str | None]) -> dict[str, str]:
    ids = ids - {None}
    if not ids:
        return {}
    operators = session.scalars(select(Operator).where(Operator.id.in_(ids)))
    return {o.id: o.full_name for o in operators}


def _row(a: Assessment, names: dict[str, str], tpl: TemplateInfo | None) -> AssessmentRow:
    return AssessmentRow(a.id, a.assessed_on, names.get(a.operator_id), a.template_version,
                         dict(a.answers), a.notes, tpl.name if tpl else "",
                         tpl.definition if tpl else None)
