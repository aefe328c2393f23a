"""Assessment templates: the seeded ones (``AssessmentTemplate``, the same on
every replica) and the team's own (``TeamTemplate``, synced), read as one list.

A template is never edited in place: saving one adds a version of its code
(a seeded code included), so every past assessment keeps the wording it was
filled with. A code whose newest version is retired is hidden from new
assessments; its history stays readable."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.model import AssessmentTemplate, TeamTemplate

KINDS = {"scale": "scala", "text": "testo", "choice": "scelta", "bool": "sì/no"}
CONFIDENTIALITY = ("ordinario", "sanitario")


@dataclass(frozen=True)
class TemplateInfo:
    code: str
    version: int
    name: str
    description: str
    definition: dict[str, Any]
    team: bool = False  # added or edited in the app (else seeded)
    retired_on: dt.date | None = None


def _info(row: AssessmentTemplate | TeamTemplate) -> TemplateInfo:
    team = isinstance(row, TeamTemplate)
    definition = dict(row.definition or {})
    return TemplateInfo(row.code, row.version, row.name, definition.get("description", ""),
                        definition, team, row.retired_on if team else None)


def versions(session: Session, code: str) -> list[TemplateInfo]:
    """Every version of ``code``, oldest first; for the same number (a seed
    updated after the team's edit) the team's row wins, being the one the
    team filled."""
    seeded = session.scalars(select(AssessmentTemplate).where(AssessmentTemplate.code == code))
    team = session.scalars(select(TeamTemplate).where(TeamTemplate.code == code))
    by_number = {t.version: _info(t) for t in seeded}
    by_number.update({t.version: _info(t) for t in team})
    return [by_number[n] for n in sorted(by_number)]


def find(session: Session, code: str, version: int | None = None) -> TemplateInfo:
    """One version of a template (the newest without ``version``)."""
    found = versions(session, code)
    if version is not None:
        found = [t for t in found if t.version == version]
    if not found:
        raise ValidationError(f"Il modello di valutazione «{code}» non esiste.")
    return found[-1]


def usable_templates(session: Session) -> list[TemplateInfo]:
    """The templates a new assessment can use: the newest version of each
    code, seeded or the team's, retired ones left out, by name."""
    latest: dict[str, TemplateInfo] = {}
    rows = list(session.scalars(select(AssessmentTemplate))) + list(
        session.scalars(select(TeamTemplate)))
    for row in rows:
        info = _info(row)
        known = latest.get(info.code)
        if known is None or info.version > known.version or (
                info.version == known.version and info.team):
            latest[info.code] = info
    return sorted((t for t in latest.values() if t.retired_on is None),
                  key=lambda t: t.name.casefold())


# ------------------------------------------------------------------ checking
def slug(text: str) -> str:
    """A code from a label: ASCII snake_case ("Qualità della vita" → qualita_della_vita)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:60]


def _unique(code: str, taken: set[str]) -> str:
    candidate, n = code, 2
    while candidate in taken:
        candidate, n = f"{code}_{n}", n + 1
    taken.add(candidate)
    return candidate


def check_definition(definition: dict[str, Any]) -> dict[str, Any]:
    """The definition as it will be stored, or a ValidationError in Italian.
    Codes left empty are made from the labels; codes given must be unique."""
    if not isinstance(definition, dict):
        raise ValidationError("Il modello non è nel formato atteso (un oggetto JSON).")
    name = str(definition.get("name") or "").strip()
    if not name:
        raise ValidationError("Dai un nome al modello.", "name")
    confidentiality = definition.get("confidentiality") or "ordinario"
    if confidentiality not in CONFIDENTIALITY:
        raise ValidationError("Riservatezza non prevista: «ordinario» o «sanitario».",
                              "confidentiality")
    sections_in = definition.get("sections")
    if not isinstance(sections_in, list):
        raise ValidationError("Il modello non ha domande: aggiungine almeno una.", "sections")
    section_codes: set[str] = set()
    question_codes: set[str] = set()
    given = [str(q.get("code") or "").strip() for s in sections_in if isinstance(s, dict)
             for q in (s.get("questions") or []) if isinstance(q, dict)]
    sections = []
    for s_index, section in enumerate(sections_in, 1):
        if not isinstance(section, dict):
            raise ValidationError(f"La sezione n. {s_index} non è nel formato atteso.", "sections")
        label = str(section.get("label") or "").strip()
        if not label:
            raise ValidationError(f"La sezione n. {s_index} non ha un titolo.", "sections")
        code = _unique(str(section.get("code") or "").strip() or slug(label)
                       or f"sezione_{s_index}", section_codes)
        questions = []
        for q_index, question in enumerate(section.get("questions") or [], 1):
            questions.append(_check_question(question, label, q_index, given, question_codes))
        if questions:
            sections.append({"code": code, "label": label, "questions": questions})
    if not question_codes:
        raise ValidationError("Il modello non ha domande: aggiungine almeno una.", "sections")
    out = {"name": name, "description": str(definition.get("description") or "").strip(),
           "sections": sections}
    if confidentiality != "ordinario":
        out["confidentiality"] = confidentiality
    return out


def _check_question(question: Any, section: str, index: int, given: list[str],
                    taken: set[str]) -> dict[str, Any]:
    where = f"Sezione «{section}», domanda n. {index}"
    if not isinstance(question, dict):
        raise ValidationError(f"{where}: non è nel formato atteso.", "sections")
    label = str(question.get("label") or "").strip()
    if not label:
        raise ValidationError(f"{where}: scrivi il testo della domanda.", "sections")
    code = str(question.get("code") or "").strip()
    if code:
        if code in taken:
            raise ValidationError(f"Il codice di domanda «{code}» compare due volte: ogni "
                                  "domanda ha il suo.", "sections")
        taken.add(code)
    else:  # made from the label, away from the codes given elsewhere
        code = _unique(slug(label) or f"domanda_{index}", taken | set(given))
        taken.add(code)
    kind = question.get("type")
    if kind not in KINDS:
        raise ValidationError(f"«{label}»: tipo di domanda non previsto (scala, testo, scelta "
                              "o sì/no).", "sections")
    out: dict[str, Any] = {"code": code, "label": label, "type": kind}
    if kind == "scale":
        scale = question.get("scale") or {}
        low, high = scale.get("min"), scale.get("max")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (low, high)):
            raise ValidationError(f"«{label}»: una scala ha bisogno di un minimo e di un "
                                  "massimo (numeri interi).", "sections")
        if low >= high:
            raise ValidationError(f"«{label}»: il minimo della scala deve essere minore del "
                                  "massimo.", "sections")
        labels = {str(k): str(v).strip() for k, v in (scale.get("labels") or {}).items()
                  if str(v).strip()}
        outside = [k for k in labels if not k.lstrip("-").isdigit() or not low <= int(k) <= high]
        if outside:
            raise ValidationError(f"«{label}»: l'etichetta del valore {outside[0]} è fuori "
                                  f"dalla scala {low}–{high}.", "sections")
        out["scale"] = {"min": low, "max": high, **({"labels": labels} if labels else {})}
    elif kind == "choice":
        options, codes = [], set()
        for option in question.get("options") or []:
            text = (str(option.get("label") or "").strip()
                    if isinstance(option, dict) else "")
            if not text:
                raise ValidationError(f"«{label}»: ogni opzione ha bisogno di un testo.",
                                      "sections")
            options.append({"code": _unique(str(option.get("code") or "").strip()
                                            or slug(text) or "opzione", codes), "label": text})
        if len(options) < 2:
            raise ValidationError(f"«{label}»: una domanda a scelta ha bisogno di almeno due "
                                  "opzioni.", "sections")
        out["options"] = options
    return out


# ------------------------------------------------------------------ writing
def save_template(session: Session, definition: dict[str, Any], code: str | None = None,
                  *, author_id: str | None = None) -> TemplateInfo:
    """A new template (``code`` None: made from the name, unique) or a new
    version of ``code``, seeded or the team's; the same wording again adds
    nothing. Returns what is stored."""
    clean = check_definition(definition)
    if code is None:
        taken = {c for (c,) in session.execute(select(AssessmentTemplate.code))}
        taken |= {c for (c,) in session.execute(select(TeamTemplate.code))}
        code = _unique(slug(clean["name"]) or "modello", taken)
        number = 1
    else:
        known = versions(session, code)
        if not known:
            raise ValidationError(f"Il modello di valutazione «{code}» non esiste.")
        if _same_wording(known[-1], clean):  # saved or imported again unchanged
            return known[-1]
        number = known[-1].version + 1
    row = TeamTemplate(code=code, version=number, name=clean["name"], definition=clean,
                       author_id=author_id or session.info.get("operator_id"),
                       created_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))
    session.add(row)
    session.flush()
    return _info(row)


def _same_wording(latest: TemplateInfo, clean: dict[str, Any]) -> bool:
    """The newest version, in force, already says exactly this."""
    if latest.retired_on is not None:
        return False
    try:
        return check_definition(latest.definition) == clean
    except ValidationError:  # a version written under older rules: a new one is due
        return False


def retire_template(session: Session, code: str, on: dt.date | None = None) -> None:
    """Hide ``code`` from new assessments. A seeded template is retired by a
    version of the team that repeats its wording, since seeds never change."""
    newest = find(session, code)
    if newest.retired_on is not None:
        return
    on = on or dt.date.today()
    if newest.team:
        row = session.scalars(select(TeamTemplate).where(
            TeamTemplate.code == code, TeamTemplate.version == newest.version)).first()
        row.retired_on = on
    else:
        session.add(TeamTemplate(code=code, version=newest.version + 1, name=newest.name,
                                 definition=newest.definition, retired_on=on,
                                 author_id=session.info.get("operator_id"),
                                 created_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)))
    session.flush()


def export_definition(session: Session, code: str) -> dict[str, Any]:
    """The newest version as a seed file holds it (code, name, version first)."""
    info = find(session, code)
    return {"code": info.code, "name": info.name, "version": info.version,
            **{k: v for k, v in info.definition.items() if k not in ("code", "name", "version")}}


def import_definition(session: Session, data: dict[str, Any], *,
                      author_id: str | None = None) -> TemplateInfo:
    """A template from JSON: a new version when its code exists, otherwise a
    new template under that code (or one made from the name)."""
    if not isinstance(data, dict):
        raise ValidationError("Il file non contiene un modello (serve un oggetto JSON).")
    code = str(data.get("code") or "").strip() or None
    if code is not None and not versions(session, code):
        if slug(code) != code:
            raise ValidationError(f"Codice «{code}» non valido: usa lettere minuscole, cifre "
                                  "e trattino basso.", "code")
        clean = check_definition(data)
        row = TeamTemplate(code=code, version=1, name=clean["name"], definition=clean,
                           author_id=author_id or session.info.get("operator_id"),
                           created_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))
        session.add(row)
        session.flush()
        return _info(row)
    return save_template(session, data, code, author_id=author_id)
