"""The patto's form: the working copy as plain, JSON-ready data.

The editor edits a *form* (dicts holding what the user typed) instead of live ORM
rows, so typing never touches the database, unsaved work can be kept as a draft
(:mod:`desktop.core.drafts`), and "are there unsaved changes?" is a comparison of
:func:`canonical` forms. :func:`load_editor` reads everything the editor shows in
one worker query; :func:`problems` says what keeps the form from being saved;
:func:`apply` writes it onto the patto's working copy inside one transaction.

The editor (desktop/ui/patto_editor) runs these on worker threads; the headless
tests run them as they are.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, Callable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core import formats
from desktop.core.anagrafica import parse_date
from desktop.core.cartella.uvm import UvmChoice, budget_warning, linked_uvm, uvm_choices
from desktop.core.errors import ValidationError
from desktop.core.ids import new_id
from desktop.core.model import (
    Attivazione, BudgetLine, CatalogueItem, Commitment, Goal, Operator, Organisation, Patto,
    PattoBeneficiary, Person, Service, Signatory, Support, Verification,
)
from desktop.core.patti import lifecycle
from desktop.core.patti.budget import BudgetTotals, budget_totals
from desktop.core.patti.expiry import is_expired
from desktop.core.risorse.attivazioni import ATTIVAZIONE_FLOW, link_support
from desktop.core.audit import audited

Form = dict[str, Any]

SCALAR_TEXT = ("title", "person_wishes", "family_expectations", "blocks", "strengths")
SCALAR_CODES = ("kind", "intensity", "phase", "case_manager_id")
SCALAR_DATES = ("start_on", "end_on")
MONEY_FIELDS = {"supports": ("cost",), "budget": ("committed", "spent")}
DATE_FIELDS = {"supports": ("from_on", "to_on"), "verifications": ("scheduled_on", "held_on")}

# Where a problem lives, so the editor can show the right tab.
SECTION_LABELS = {
    "general": "Patto", "beneficiaries": "Beneficiari", "goals": "Obiettivi",
    "supports": "Sostegni", "budget": "Budget", "commitments": "Impegni",
    "signatories": "Firmatari", "verifications": "Verifiche",
}


# ------------------------------------------------------------------ text helpers
def money_text(cents: int | None) -> str:
    """Cents as typed in a field: "1.234,56" (no € sign; empty for no amount)."""
    return "" if cents is None else formats.money(cents).replace("€", "").strip()


def money_error(text: str) -> str | None:
    try:
        formats.parse_money(text)
    except ValueError as exc:
        return str(exc)
    return None


def date_text(value: dt.date | None) -> str:
    return formats.day(value)


def date_error(text: str) -> str | None:
    if not (text or "").strip():
        return None
    try:
        parse_date(text)
    except ValidationError as exc:
        return str(exc)
    return None


def _date(text: str) -> dt.date | None:
    return parse_date(text) if (text or "").strip() else None


def _money(text: str, optional: bool = False) -> int | None:
    if optional and not (text or "").strip():
        return None
    return formats.parse_money(text)


def new_row(section: str, **values: Any) -> dict[str, Any]:
    """An empty row of ``section`` with a fresh id (ids are made here, so a new
    goal can be chosen by a new support before anything is saved)."""
    blank: dict[str, dict[str, Any]] = {
        "goals": dict(axis="abitare", title="", indicators="", stage=None, target_stage=None),
        "supports": dict(goal_id=None, what="", service_id=None, service_name="",
                         provider_text="", frequency="", place="", from_on="", to_on="",
                         formal=True, cost=""),
        "budget": dict(funding_source=None, axis=None, support_id=None, description="",
                       in_kind=False, committed="", spent=""),
        "commitments": dict(party="", text=""),
        "signatories": dict(name="", role="", organisation_id=None, person_id=None,
                            operator_id=None),
        "verifications": dict(scheduled_on="", held_on="", adequacy=None, goals_reached=None,
                              outcome=""),
    }
    return {"id": new_id(), **blank[section], **values}


def canonical(form: Form) -> Form:
    """The form as saving would see it: amounts and dates reduced to values where
    they parse ("1234" and "1.234,00" are equal), links to removed rows dropped;
    compared to decide whether anything changed."""
    def norm_money(text: str, optional: bool) -> Any:
        return text if money_error(text) else _money(text, optional)

    def norm_date(text: str) -> Any:
        return text if date_error(text) else _date(text)

    out = dict(form)
    for key in SCALAR_DATES:
        out[key] = norm_date(form.get(key, ""))
    for section in ("goals", "supports", "budget", "commitments", "signatories",
                    "verifications", "beneficiaries"):
        rows = []
        for row in form.get(section, []):
            row = dict(row)
            for key in MONEY_FIELDS.get(section, ()):
                row[key] = norm_money(row.get(key, ""), optional=section == "supports")
            for key in DATE_FIELDS.get(section, ()):
                row[key] = norm_date(row.get(key, ""))
            rows.append(row)
        out[section] = rows
    # Links to a removed goal or support are dropped on saving: so here too.
    goals, supports = {g["id"] for g in out["goals"]}, {s["id"] for s in out["supports"]}
    for row in out["supports"]:
        row["goal_id"] = row.get("goal_id") if row.get("goal_id") in goals else None
    for row in out["budget"]:
        row["support_id"] = row.get("support_id") if row.get("support_id") in supports else None
    return out


# ------------------------------------------------------------------ reading
@dataclass(frozen=True)
class Choice:
    code: str
    label: str
    hint: str = ""


@dataclass
class Reference:
    """The choices the editor offers, read with the patto."""

    kinds: list[Choice]
    axes: list[Choice]
    stages: dict[str, list[Choice]]
    kind_axes: dict[str, list[str]]
    intensities: list[Choice]
    phases: list[Choice]
    sources: list[Choice]
    frequencies: list[Choice]
    adequacy: list[Choice]
    attivazione_labels: dict[str, str]
    operators: list[Choice]
    operator_details: dict[str, tuple[str, str | None]]  # id -> (full name, organisation)
    organisations: list[Choice]

    def label(self, choices: list[Choice], code: str | None) -> str:
        return next((c.label for c in choices if c.code == code), code or "")


@dataclass(frozen=True)
class VersionInfo:
    number: int
    created_on: dt.date
    reason: str
    author: str
    signed_at: dt.datetime | None
    fingerprint: str | None


@dataclass(frozen=True)
class AttivazioneInfo:
    id: str
    status: str
    service_id: str
    service_name: str
    requested_on: dt.date | None
    agreed_on: dt.date | None
    started_on: dt.date | None
    ended_on: dt.date | None

    @property
    def next_statuses(self) -> list[str]:
        order = ("in_attesa", "concordata", "attiva", "conclusa", "rifiutata")
        return [s for s in order if s in ATTIVAZIONE_FLOW.get(self.status, ())]

    @property
    def since(self) -> dt.date | None:
        return {"richiesta": self.requested_on, "in_attesa": self.requested_on,
                "concordata": self.agreed_on,
                "attiva": self.started_on}.get(self.status, self.ended_on)


@dataclass
class EditorData:
    """Everything the editor shows: the form and the read-only context around it."""

    patto_id: str
    form: Form
    state: str
    locked: bool
    current_version: int
    actions: tuple[str, ...]  # lifecycle actions the core accepts now
    versions: list[VersionInfo]
    attivazioni: dict[str, AttivazioneInfo]  # support id -> its latest attivazione
    signed_on: dict[str, dt.date | None]  # signatory id -> date signed
    reference: Reference
    beneficiary_names: str = ""
    can_sign: bool = False  # the lifecycle's helpers, decided here once
    can_amend: bool = False
    read_only: bool = False
    in_force: int | None = None  # the signed version that governs while a newer one is prepared
    uvm: UvmChoice | None = None  # the UVM session that authorised the patto
    uvm_choices: tuple[UvmChoice, ...] = ()  # the beneficiaries' sessions, latest first
    uvm_warning: str | None = None  # committed beyond the budget the UVM authorised
    expired_on: dt.date | None = None  # the end date, when past and the patto still runs

    @property
    def version(self) -> VersionInfo:
        return next(v for v in self.versions if v.number == self.current_version)

    @property
    def version_in_force(self) -> VersionInfo | None:
        return next((v for v in self.versions if v.number == self.in_force), None)


def catalogue_entries(session: Session, catalogue: str) -> list[Choice]:
    items = session.scalars(select(CatalogueItem).where(CatalogueItem.catalogue == catalogue)
                            .order_by(CatalogueItem.position))
    return [Choice(i.code, i.label, (i.extra or {}).get("description", "")) for i in items]


def load_reference(session: Session, keep_operator: str | None = None) -> Reference:
    """The choices; ``keep_operator`` stays among them even if no longer active."""
    axes_items = list(session.scalars(select(CatalogueItem).where(CatalogueItem.catalogue == "axis")
                                      .order_by(CatalogueItem.position)))
    kinds_items = list(session.scalars(
        select(CatalogueItem).where(CatalogueItem.catalogue == "patto_kind")
        .order_by(CatalogueItem.position)))
    operators = session.execute(select(Operator.id, Operator.last_name, Operator.first_name,
                                       Operator.role, Operator.organisation_id)
                                .where(or_(Operator.active.is_not(False),
                                           Operator.id == keep_operator))
                                .order_by(Operator.last_name, Operator.first_name)).all()
    organisations = session.execute(select(Organisation.id, Organisation.name)
                                    .order_by(Organisation.name))
    return Reference(
        kinds=[Choice(i.code, i.label, (i.extra or {}).get("description", "")) for i in kinds_items],
        axes=[Choice(i.code, i.label, (i.extra or {}).get("description", "")) for i in axes_items],
        stages={i.code: [Choice(s["code"], s["label"]) for s in (i.extra or {}).get("stages", [])]
                for i in axes_items},
        kind_axes={i.code: list((i.extra or {}).get("axes") or [a.code for a in axes_items])
                   for i in kinds_items},
        intensities=catalogue_entries(session, "intensity_tier"),
        phases=catalogue_entries(session, "patto_phase"),
        sources=catalogue_entries(session, "funding_source"),
        frequencies=catalogue_entries(session, "support_frequency"),
        adequacy=catalogue_entries(session, "adequacy"),
        attivazione_labels={c.code: c.label for c in catalogue_entries(session, "attivazione_status")},
        operators=[Choice(i, f"{last} {first}", role or "") for i, last, first, role, _ in operators],
        operator_details={i: (f"{first} {last}", org) for i, last, first, _, org in operators},
        organisations=[Choice(i, name) for i, name in organisations],
    )


def form_of(session: Session, patto: Patto) -> Form:
    services = {s.id: s.name for s in session.scalars(
        select(Service).where(Service.id.in_([s.service_id for s in patto.supports if s.service_id])))}
    return {
        "title": patto.title or "",
        "kind": patto.kind,
        "intensity": patto.intensity,
        "phase": patto.phase,
        "case_manager_id": patto.case_manager_id,
        "start_on": date_text(patto.start_on),
        "end_on": date_text(patto.end_on),
        "person_wishes": patto.person_wishes or "",
        "family_expectations": patto.family_expectations or "",
        "blocks": patto.blocks or "",
        "strengths": patto.strengths or "",
        "beneficiaries": [{"person_id": b.person_id, "name": b.person.full_name}
                          for b in patto.beneficiaries],
        "goals": [{"id": g.id, "axis": g.axis, "title": g.title or "",
                   "indicators": g.indicators or "", "stage": g.stage,
                   "target_stage": g.target_stage} for g in patto.goals],
        "supports": [{"id": s.id, "goal_id": s.goal_id, "what": s.what or "",
                      "service_id": s.service_id, "service_name": services.get(s.service_id, ""),
                      "provider_text": s.provider_text or "", "frequency": s.frequency or "",
                      "place": s.place or "", "from_on": date_text(s.from_on),
                      "to_on": date_text(s.to_on), "formal": bool(s.formal),
                      "cost": money_text(s.cost_cents)} for s in patto.supports],
        "budget": [{"id": b.id, "funding_source": b.funding_source, "axis": b.axis,
                    "support_id": b.support_id, "description": b.description or "",
                    "in_kind": bool(b.in_kind), "committed": money_text(b.committed_cents or 0),
                    "spent": money_text(b.spent_cents or 0)} for b in patto.budget_lines],
        "commitments": [{"id": c.id, "party": c.party or "", "text": c.text or ""}
                        for c in patto.commitments],
        "signatories": [{"id": s.id, "name": s.name or "", "role": s.role or "",
                         "organisation_id": s.organisation_id, "person_id": s.person_id,
                         "operator_id": s.operator_id} for s in patto.signatories],
        "verifications": [{"id": v.id, "scheduled_on": date_text(v.scheduled_on),
                           "held_on": date_text(v.held_on), "adequacy": v.adequacy,
                           "goals_reached": v.goals_reached, "outcome": v.outcome or ""}
                          for v in patto.verifications],
    }


def latest_attivazioni(session: Session, patto_id: str) -> dict[str, AttivazioneInfo]:
    rows = session.execute(
        select(Attivazione, Service.name).join(Service, Service.id == Attivazione.service_id)
        .where(Attivazione.patto_id == patto_id, Attivazione.support_id.is_not(None))
        .order_by(Attivazione.requested_on, Attivazione.id))
    out: dict[str, AttivazioneInfo] = {}
    for a, name in rows:  # the latest request for a support wins
        out[a.support_id] = AttivazioneInfo(a.id, a.status, a.service_id, name, a.requested_on,
                                            a.agreed_on, a.started_on, a.ended_on)
    return out


@audited("read", person=lambda a, r: [b["person_id"] for b in r.form["beneficiaries"]],
         table="patto", row=lambda a, r: r.patto_id)
def load_editor(session: Session, patto_id: str) -> EditorData:
    patto = session.get(Patto, patto_id)
    if patto is None:
        raise ValidationError("Il patto non esiste più in questo database.")
    authors = {o.id: o.full_name for o in session.scalars(
        select(Operator).where(Operator.id.in_([v.author_id for v in patto.versions if v.author_id])))}
    versions = [VersionInfo(v.number, v.created_on, v.reason or "", authors.get(v.author_id, ""),
                            v.signed_at, v.fingerprint) for v in patto.versions]
    form = form_of(session, patto)
    in_force = lifecycle.version_in_force(patto)
    uvm = linked_uvm(session, patto)
    return EditorData(
        patto_id=patto.id, form=form, state=patto.state, locked=bool(patto.locked),
        current_version=patto.current_version, actions=tuple(lifecycle.available_actions(patto)),
        versions=versions, attivazioni=latest_attivazioni(session, patto.id),
        signed_on={s.id: s.signed_on for s in patto.signatories},
        reference=load_reference(session, patto.case_manager_id),
        beneficiary_names=", ".join(b["name"] for b in form["beneficiaries"]),
        can_sign=lifecycle.can_sign(patto), can_amend=lifecycle.can_amend(patto),
        read_only=lifecycle.is_read_only(patto),
        in_force=in_force.number if in_force is not None and not patto.locked else None,
        uvm=uvm, uvm_choices=tuple(uvm_choices(session, [b.person_id for b in patto.beneficiaries])),
        uvm_warning=budget_warning(budget_totals(patto.budget_lines).committed_total,
                                   uvm.budget_authorised_cents) if uvm else None,
        expired_on=patto.end_on if is_expired(patto.state, patto.end_on, dt.date.today())
        else None,
    )


# ------------------------------------------------------------------ checking
@dataclass(frozen=True)
class Problem:
    section: str
    row: int | None
    message: str

    def __str__(self) -> str:
        where = SECTION_LABELS[self.section]
        if self.row is not None:
            where += f", riga {self.row + 1}"
        return f"{where}: {self.message}"


def problems(form: Form) -> list[Problem]:
    """Everything that keeps the form from being saved, in Italian."""
    out: list[Problem] = []

    def need(section: str, row: int | None, ok: bool, message: str) -> None:
        if not ok:
            out.append(Problem(section, row, message))

    need("general", None, bool(form.get("title", "").strip()), "il titolo è obbligatorio.")
    for key, label in (("start_on", "inizio"), ("end_on", "fine")):
        error = date_error(form.get(key, ""))
        need("general", None, error is None, f"data di {label}: {error}")
    if not date_error(form.get("start_on", "")) and not date_error(form.get("end_on", "")):
        start, end = _date(form.get("start_on", "")), _date(form.get("end_on", ""))
        need("general", None, not (start and end and end < start),
             "la fine del patto viene prima dell'inizio.")
    need("beneficiaries", None, bool(form.get("beneficiaries")),
         "un patto ha almeno un beneficiario.")
    for i, g in enumerate(form.get("goals", [])):
        need("goals", i, bool(g.get("title", "").strip()), "scrivi l'obiettivo.")
    required = {"supports": ("what", "scrivi in che cosa consiste il sostegno."),
                "commitments": ("text", "scrivi l'impegno."),
                "signatories": ("name", "scrivi il nome del firmatario.")}
    for section, (key, message) in required.items():
        for i, row in enumerate(form.get(section, [])):
            need(section, i, bool((row.get(key) or "").strip()), message)
    for i, s in enumerate(form.get("signatories", [])):
        need("signatories", i, bool((s.get("role") or "").strip()),
             "indica il ruolo del firmatario.")
    for i, b in enumerate(form.get("budget", [])):
        need("budget", i, bool(b.get("funding_source")), "scegli la fonte di finanziamento.")
    for i, v in enumerate(form.get("verifications", [])):
        need("verifications", i, bool((v.get("scheduled_on") or "").strip()),
             "indica la data prevista della verifica.")
    for section, keys in MONEY_FIELDS.items():
        for i, row in enumerate(form.get(section, [])):
            for key in keys:
                error = money_error(row.get(key, ""))
                need(section, i, error is None, error or "")
    for section, keys in DATE_FIELDS.items():
        for i, row in enumerate(form.get(section, [])):
            for key in keys:
                error = date_error(row.get(key, ""))
                need(section, i, error is None, error or "")
    for i, row in enumerate(form.get("supports", [])):
        if not date_error(row.get("from_on", "")) and not date_error(row.get("to_on", "")):
            start, end = _date(row.get("from_on", "")), _date(row.get("to_on", ""))
            need("supports", i, not (start and end and end < start),
                 "il sostegno finisce prima di cominciare.")
    return out


def totals(budget_rows: list[dict[str, Any]]) -> tuple[BudgetTotals, int]:
    """Live budget totals (budget_totals) over the typed rows; rows whose
    amount does not parse are left out and counted."""
    lines, skipped = [], 0
    for row in budget_rows:
        if money_error(row.get("committed", "")) or money_error(row.get("spent", "")):
            skipped += 1
            continue
        lines.append(SimpleNamespace(
            funding_source=row.get("funding_source") or "", axis=row.get("axis"),
            in_kind=bool(row.get("in_kind")), committed_cents=_money(row.get("committed", "")),
            spent_cents=_money(row.get("spent", ""))))
    return budget_totals(lines), skipped


def signing_problems(form: Form) -> list[str]:
    """What keeps the form, once saved, from being signed (``lifecycle.check_signable``)."""
    return lifecycle.check_signable(SimpleNamespace(
        beneficiaries=form.get("beneficiaries", []), goals=form.get("goals", []),
        signatories=form.get("signatories", [])))


# ------------------------------------------------------------------ writing
def _none(value: Any) -> Any:
    return None if value == "" else value


def _assign(obj: Any, **values: Any) -> None:
    """Set only what differs ("" and None are the same), so an untouched row of
    a signed patto stays untouched and is not refused as an edit."""
    for key, value in values.items():
        value = _none(value.strip() if isinstance(value, str) else value)
        if _none(getattr(obj, key)) != value:
            setattr(obj, key, value)


def _sync(collection: list, rows: list[dict[str, Any]], make: Callable[[str], Any],
          update: Callable[[Any, dict[str, Any], int], None]) -> list:
    """Update rows by id, append new ones; return the rows the form dropped."""
    by_id = {obj.id: obj for obj in collection}
    for position, row in enumerate(rows):
        obj = by_id.pop(row["id"], None)
        if obj is None:
            obj = make(row["id"])
            collection.append(obj)
        update(obj, row, position)
    return list(by_id.values())


def apply(session: Session, patto_id: str, form: Form, *, operator_id: str | None = None,
          today: dt.date | None = None) -> Patto:
    """Write the form onto the patto's working copy. A signed (locked) patto
    accepts only what stays open after signing (amounts spent, verifications);
    anything else raises FrozenRecordError from the store."""
    found = problems(form)
    if found:
        raise ValidationError("Correggi prima di salvare: " + "; ".join(map(str, found[:3])) + ".")
    patto = session.get(Patto, patto_id)
    if patto is None:
        raise ValidationError("Il patto non esiste più in questo database.")
    today = today or dt.date.today()
    _assign(patto, **{k: form.get(k, "") for k in SCALAR_TEXT},
            **{k: form.get(k) for k in SCALAR_CODES},
            **{k: _date(form.get(k, "")) for k in SCALAR_DATES})

    people = {p.id: p for p in session.scalars(
        select(Person).where(Person.id.in_([b["person_id"] for b in form["beneficiaries"]])))}
    current = {b.person_id: b for b in patto.beneficiaries}
    for position, row in enumerate(form["beneficiaries"]):
        link = current.pop(row["person_id"], None)
        if link is None:
            patto.beneficiaries.append(PattoBeneficiary(person_id=people[row["person_id"]].id,
                                                        position=position))
        else:
            _assign(link, position=position)
    for link in current.values():
        patto.beneficiaries.remove(link)

    dropped_goals = _sync(patto.goals, form["goals"], lambda i: Goal(id=i),
                          lambda g, r, pos: _assign(g, axis=r["axis"], title=r["title"],
                                                    indicators=r["indicators"], stage=r["stage"],
                                                    target_stage=r["target_stage"], position=pos))
    session.flush()
    goal_ids = {g.id for g in patto.goals} - {g.id for g in dropped_goals}
    links: list[tuple[Support, str | None]] = []

    def update_support(s: Support, r: dict[str, Any], pos: int) -> None:
        _assign(s, goal_id=r["goal_id"] if r["goal_id"] in goal_ids else None, what=r["what"],
                provider_text=r["provider_text"], frequency=r["frequency"], place=r["place"],
                from_on=_date(r["from_on"]), to_on=_date(r["to_on"]), formal=bool(r["formal"]),
                cost_cents=_money(r["cost"], optional=True), position=pos)
        if _none(r.get("service_id")) != s.service_id:
            links.append((s, r.get("service_id")))

    dropped_supports = _sync(patto.supports, form["supports"], lambda i: Support(id=i),
                             update_support)
    dropped_lines = _sync(
        patto.budget_lines, form["budget"], lambda i: BudgetLine(id=i),
        lambda b, r, pos: _assign(b, funding_source=r["funding_source"], axis=r["axis"],
                                  description=r["description"] or "", in_kind=bool(r["in_kind"]),
                                  committed_cents=_money(r["committed"]),
                                  spent_cents=_money(r["spent"]), position=pos))
    dropped = _sync(patto.commitments, form["commitments"], lambda i: Commitment(id=i),
                    lambda c, r, pos: _assign(c, party=r["party"] or "", text=r["text"],
                                              position=pos))
    dropped += _sync(patto.signatories, form["signatories"], lambda i: Signatory(id=i),
                     lambda s, r, pos: _assign(s, name=r["name"], role=r["role"],
                                               organisation_id=r["organisation_id"],
                                               person_id=r.get("person_id"),
                                               operator_id=r.get("operator_id"),
                                               position=pos))
    dropped += _sync(patto.verifications, form["verifications"],
                     lambda i: Verification(id=i, operator_id=operator_id),
                     lambda v, r, pos: _assign(v, scheduled_on=_date(r["scheduled_on"]),
                                               held_on=_date(r["held_on"]),
                                               adequacy=r["adequacy"],
                                               goals_reached=r["goals_reached"],
                                               outcome=r["outcome"]))
    session.flush()
    _link_resources(session, patto, links, operator_id, today)
    _drop(session, patto, dropped_goals, dropped_supports, dropped_lines, dropped)
    return patto


def _link_resources(session: Session, patto: Patto, links: list[tuple[Support, str | None]],
                    operator_id: str | None, today: dt.date) -> None:
    """A support newly tied to a service becomes an attivazione «richiesta»."""
    lead = patto.beneficiaries[0].person_id if patto.beneficiaries else None
    for support, service_id in links:
        if not service_id:
            _assign(support, service_id=None)
            continue
        service = session.get(Service, service_id)
        if service is None:
            raise ValidationError("La risorsa scelta non è più nella mappa: scegline un'altra.")
        if support.service_id is not None:
            support.provider_organisation_id = None  # the new resource's ente takes over
        link_support(session, support, service, person_id=lead, intermediary_id=operator_id,
                     today=today)


def _drop(session: Session, patto: Patto, goals: list, supports: list, lines: list,
          others: list) -> None:
    """Remove what the form dropped, after loosening what points at it."""
    support_ids = [s.id for s in supports]
    if support_ids:
        for a in session.scalars(select(Attivazione).where(Attivazione.support_id.in_(support_ids))):
            a.support_id = None  # the attivazione stays, tied to the patto
        for b in patto.budget_lines:
            if b.support_id in support_ids and b not in lines:
                b.support_id = None
    for line in lines:
        patto.budget_lines.remove(line)
    session.flush()
    for s in supports:
        patto.supports.remove(s)
    session.flush()
    for g in goals:
        patto.goals.remove(g)
    for obj in others:
        for collection in (patto.commitments, patto.signatories, patto.verifications):
            if obj in collection:
                collection.remove(obj)
    session.flush()
