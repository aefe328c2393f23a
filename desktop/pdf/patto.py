"""The printed patto (A4, Italian), ready to be read and signed at a kitchen table.

A signed version is printed from its frozen ``PattoVersion.content``, so the paper
matches what was signed even after later versions; it carries the fingerprint and
a QR code (``TESSERE:PATTO:<patto id>:<version>:<fingerprint>``) that
``desktop.pdf.verify`` matches back to the record. The unsigned current version
prints as a draft: BOZZA watermark, no fingerprint, no QR.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.model import (
    Operator, Organisation, Patto, PattoBeneficiary, PattoVersion, Person, Service,
    Verification,
)
from desktop.core.model.patti import AXES
from desktop.core import patti as rules
from desktop.core import formats
from desktop.pdf import layout as L
from desktop.pdf.document import Section, build
from desktop.core.catalogues import Catalogues
from desktop.core.cartella.uvm import linked_uvm
from desktop.pdf.qr import QrPath
from desktop.pdf.lookups import address, operator_name, organisation_line, person_unit_ids
from desktop.core.audit import audited

QR_PREFIX = "TESSERE:PATTO"
# The catalogues a patto prints labels from: reading only these is a fraction
# of reading them all (a printed patto waited on the whole vocabulary).
CATALOGUES = ("patto_kind", "patto_state", "patto_phase", "intensity_tier", "axis",
              "support_frequency", "funding_source", "adequacy")


def qr_payload(patto_id: str, version: int, fingerprint: str) -> str:
    return f"{QR_PREFIX}:{patto_id}:{version}:{fingerprint}"


@dataclass
class PattoPrint:
    """What one printed version shows: the content (frozen or live) and its frame."""

    patto: Patto
    version: PattoVersion
    content: dict[str, Any]
    signed: bool

    @property
    def fingerprint(self) -> str | None:
        return self.version.fingerprint if self.signed else None


def load(session: Session, patto_id: str, version: int | None = None) -> PattoPrint:
    """The version to print: by default the current one (a draft if unsigned)."""
    patto = session.get(Patto, patto_id)
    if patto is None:
        raise ValidationError("Il patto indicato non esiste in questo database.")
    number = version if version is not None else patto.current_version
    chosen = next((v for v in patto.versions if v.number == number), None)
    if chosen is None:
        numbers = ", ".join(str(v.number) for v in patto.versions)
        raise ValidationError(
            f"Il patto non ha la versione {number} (versioni disponibili: {numbers})."
        )
    if chosen.signed_at is not None and chosen.content:
        return PattoPrint(patto, chosen, chosen.content, True)
    if number != patto.current_version:
        raise ValidationError(f"La versione {number} non è firmata e non è più quella corrente.")
    return PattoPrint(patto, chosen, rules.snapshot(patto), False)


# ------------------------------------------------------------------ pieces
def _qr(payload: str, size: float = 34 * mm) -> Flowable:
    """Error correction M and a two-module quiet zone, as the codes printed so far."""
    return QrPath(payload, size, error="M", border=2)


def _title_block(p: PattoPrint, cat: Catalogues) -> Flowable:
    st = L.styles()
    c = p.content
    kind = cat.label("patto_kind", c.get("kind"))
    lines = [f"Versione {p.version.number} del {formats.day(p.version.created_on)}"]
    if p.signed:
        lines.append(f"Firmata il {_signed_day(p)}")
    else:
        lines.append("Da firmare")
    lines.append(f"Stato del patto: {cat.label('patto_state', p.patto.state)}")
    if p.version.reason and p.version.number > 1:
        lines.append(f"Motivo della modifica: {p.version.reason}")
    left = [L.Words(kind, st.subtitle), L.Words(c.get("title"), st.title),
            L.Words("\n".join(L.plain(x) for x in lines), st.small)]
    if not p.signed:
        return KeepTogether(left)
    short = rules.short_fingerprint(p.fingerprint)
    right = [_qr(qr_payload(p.patto.id, p.version.number, p.fingerprint)),
             L.Words(short, st.small_bold),
             L.Words("Impronta del contenuto firmato", st.muted)]
    return L.Row([(left, "TOP"), (right, "TOP")], [L.CONTENT_W - 40 * mm, 40 * mm],
                 padding=(3, 0, 3, 0))


def _beneficiaries(session: Session, p: PattoPrint, cat: Catalogues) -> list[Flowable]:
    st = L.styles()
    out: list[Flowable] = [L.Words("La persona", st.h1)]
    for person_id in p.content.get("beneficiaries", []):
        person = session.get(Person, person_id)
        if person is None:
            continue
        born = []
        if person.birth_date:
            born.append(f"il {formats.day(person.birth_date)}")
        place = person.birth_comune.name if person.birth_comune else person.birth_country
        if place:
            born.append(f"a {place}")
        rows = [
            ("Codice fiscale", person.codice_fiscale or person.codice_fiscale_missing_reason or ""),
            ("Nato/a", " ".join(born)),
            ("Abita a", address(person)),
            ("Telefono", person.phone or ""),
        ]
        if person.guardian_name:
            rows.append((person.guardian_kind or "Amministratore di sostegno",
                         f"{person.guardian_name} {person.guardian_contact or ''}".strip()))
        out.append(L.Words(person.full_name, st.person))
        facts = [(L.cell(k, bold=True), L.cell(v)) for k, v in rows if v]
        if facts:  # a person just registered may have no more than a name
            out.append(L.grid(facts, [38 * mm, L.CONTENT_W - 38 * mm], header=False))
        else:
            out.append(L.Words("Dati anagrafici da completare nella cartella.", st.cell))
    c = p.content
    frame = [
        ("Case manager", operator_name(session, p.patto.case_manager_id)),
        ("Intensità", cat.label("intensity_tier", c.get("intensity"))),
        ("Fase del percorso", cat.label("patto_phase", c.get("phase"))),
        ("Periodo", " – ".join(x for x in (formats.day(c.get("start_on")), formats.day(c.get("end_on"))) if x)),
        ("Autorizzato da", _uvm_line(session, p.patto)),
    ]
    frame = [(k, v) for k, v in frame if v]
    if frame:
        out.append(Spacer(1, 4))
        out.append(L.grid([(L.cell(k, bold=True), L.cell(v)) for k, v in frame],
                          [38 * mm, L.CONTENT_W - 38 * mm], header=False))
    return out


def _uvm_line(session: Session, patto: Patto) -> str:
    """«UVM del 12/03/2026 (budget autorizzato 4.500,00 €)», or nothing."""
    uvm = linked_uvm(session, patto)
    if uvm is None:
        return ""
    budget = (f" (budget autorizzato {formats.money(uvm.budget_authorised_cents)})"
              if uvm.budget_authorised_cents is not None else "")
    return f"UVM del {formats.day(uvm.held_on)}{budget}"


def _voices(p: PattoPrint) -> list[Flowable]:
    """The person's own wishes first, then the family's expectations."""
    st = L.styles()
    c = p.content
    out: list[Flowable] = []
    for heading, key in (("Cosa desidera la persona", "person_wishes"),
                         ("Le aspettative della famiglia", "family_expectations"),
                         ("Punti di forza", "strengths"),
                         ("Ostacoli all'autonomia", "blocks")):
        value = c.get(key)
        if not value:
            continue
        style = st.wish if key == "person_wishes" else st.body
        out += [L.Words(heading, st.h1), L.Text(value, style)]
    return out


def _goals(p: PattoPrint, cat: Catalogues) -> list[Flowable]:
    st = L.styles()
    goals = p.content.get("goals", [])
    out: list[Flowable] = [L.Words("Obiettivi per asse", st.h1)]
    axes = list(AXES) + sorted({g["axis"] for g in goals} - set(AXES))
    for axis in axes:
        mine = [g for g in goals if g["axis"] == axis]
        out.append(L.Words(cat.label("axis", axis), st.h2))
        if not mine:
            out.append(L.Words("Nessun obiettivo su questo asse.", st.muted))
            continue
        rows = [(L.cell("Obiettivo", True), L.cell("Indicatori", True), L.cell("Fase", True))]
        for g in mine:
            stage = cat.stage_label(axis, g.get("stage"))
            target = cat.stage_label(axis, g.get("target_stage"))
            where = stage
            if target:
                where = f"{stage or '—'}\n→ {target}"
            rows.append((L.cell(g["title"], True), L.cell(g.get("indicators")), L.cell(where)))
        out.append(L.grid(rows, [62 * mm, 60 * mm, L.CONTENT_W - 122 * mm]))
    return out


def _supports(session: Session, p: PattoPrint, cat: Catalogues) -> list[Flowable]:
    st = L.styles()
    supports = p.content.get("supports", [])
    if not supports:
        return []
    goal_titles = {g["id"]: g["title"] for g in p.content.get("goals", [])}
    rows = [tuple(L.cell(h, True) for h in ("Cosa", "Chi", "Quanto spesso", "Dove",
                                           "Dal – al", "Costo"))]
    for s in supports:
        who = s.get("provider_text") or ""
        if s.get("service_id"):
            service = session.get(Service, s["service_id"])
            if service is not None:
                who = f"{service.name} ({service.organisation.name})"
        elif s.get("provider_organisation_id"):
            org = session.get(Organisation, s["provider_organisation_id"])
            who = org.name if org else who
        if not s.get("formal", True):
            who = f"{who} (sostegno informale)".strip()
        goal = goal_titles.get(s.get("goal_id"))
        note = f"per: {L.plain(goal)}" if goal is not None else ""
        period = " – ".join(x for x in (formats.day(s.get("from_on")), formats.day(s.get("to_on"))) if x)
        rows.append((L.cell(s["what"], note=note), L.cell(who),
                     L.cell(cat.label("support_frequency", s.get("frequency"))),
                     L.cell(s.get("place")), L.cell(period), L.cell(formats.money(s.get("cost_cents")))))
    widths = [40 * mm, 36 * mm, 22 * mm, 26 * mm, 22 * mm]
    widths.append(L.CONTENT_W - sum(widths))
    return [L.Words("Sostegni e interventi", st.h1),
            L.grid(rows, widths, extra=[("ALIGN", (5, 0), (5, -1), "RIGHT")])]


def _budget(session: Session, p: PattoPrint, cat: Catalogues) -> list[Flowable]:
    st = L.styles()
    lines = p.content.get("budget", [])
    if not lines:
        return []
    live = {b.id: b.spent_cents for b in p.patto.budget_lines}
    items = [SimpleNamespace(**{**b, "spent_cents": live.get(b["id"], 0)}) for b in lines]
    totals = rules.budget_totals(items)
    rows = [tuple(L.cell(h, True) for h in ("Fonte di finanziamento", "Voce", "Impegnato", "Speso"))]
    extra: list[tuple] = [("ALIGN", (2, 0), (3, -1), "RIGHT")]
    for source in totals.committed_by_source:
        mine = [b for b in items if b.funding_source == source]
        for i, b in enumerate(mine):
            voce = b.description or cat.label("axis", b.axis)
            if b.in_kind:
                voce = f"{voce} (in natura)".strip()
            rows.append((L.cell(cat.label("funding_source", source) if i == 0 else ""),
                         L.cell(voce), L.cell(formats.money(b.committed_cents)), L.cell(formats.money(b.spent_cents))))
        if len(mine) > 1:
            rows.append((L.cell(""), L.cell("Totale della fonte", True),
                         L.cell(formats.money(totals.committed_by_source[source]), True),
                         L.cell(formats.money(totals.spent_by_source.get(source, 0)), True)))
    first_total = len(rows)
    rows.append((L.cell("Totale impegnato", True), L.cell(""),
                 L.cell(formats.money(totals.committed_total), True), L.cell("")))
    rows.append((L.cell("di cui in natura", True), L.cell(""),
                 L.cell(formats.money(totals.in_kind_total), True), L.cell("")))
    rows.append((L.cell("Totale speso", True), L.cell(f"aggiornato al {formats.day(dt.date.today())}"),
                 L.cell(""), L.cell(formats.money(totals.spent_total), True)))
    extra += [("BACKGROUND", (0, first_total), (-1, -1), L.BAND),
              ("LINEABOVE", (0, first_total), (-1, first_total), 0.8, L.INK)]
    return [L.Words("Budget di progetto", st.h1),
            L.grid(rows, [60 * mm, L.CONTENT_W - 60 * mm - 56 * mm, 28 * mm, 28 * mm], extra=extra)]


def _commitments(p: PattoPrint) -> list[Flowable]:
    st = L.styles()
    items = p.content.get("commitments", [])
    if not items:
        return []
    rows = [(L.cell("Chi", True), L.cell("Si impegna a", True))]
    rows += [(L.cell(c["party"], True), L.cell(c["text"])) for c in items]
    return [L.Words("Impegni", st.h1), L.grid(rows, [50 * mm, L.CONTENT_W - 50 * mm])]


def _verifications(session: Session, p: PattoPrint, cat: Catalogues) -> list[Flowable]:
    st = L.styles()
    dates = p.content.get("verifications", [])
    if not dates:
        return []
    held: dict[str, Verification] = {}
    for v in p.patto.verifications:
        held.setdefault(v.scheduled_on.isoformat(), v)
    rows = [tuple(L.cell(h, True) for h in ("Prevista il", "Svolta il", "Adeguatezza",
                                           "Obiettivi raggiunti", "Esito"))]
    for d in dates:
        v = held.get(d)
        reached = "" if v is None or v.goals_reached is None else ("sì" if v.goals_reached else "no")
        rows.append((L.cell(formats.day(d)), L.cell(formats.day(v.held_on) if v else ""),
                     L.cell(cat.label("adequacy", v.adequacy) if v else ""), L.cell(reached),
                     L.cell(v.outcome if v else "")))
    return [L.Words("Calendario delle verifiche", st.h1),
            L.grid(rows, [24 * mm, 24 * mm, 26 * mm, 26 * mm, L.CONTENT_W - 100 * mm])]


def _signatures(session: Session, p: PattoPrint) -> list[Flowable]:
    """One block per signatory, with room to sign by hand."""
    st = L.styles()
    sigs = p.content.get("signatories", [])
    if not sigs:
        return []
    signed_day = _signed_day(p)
    out: list[Flowable] = [CondPageBreak(60 * mm), L.Words("Firme", st.h1),
                           L.Words("Con la firma le parti confermano di aver letto e condiviso "
                                   "questo patto.", st.small), Spacer(1, 4)]
    sign_w = L.CONTENT_W - 108 * mm
    for s in sigs:
        org = session.get(Organisation, s["organisation_id"]) if s.get("organisation_id") else None
        who = [L.Words(s["name"], st.cell_bold), L.Words(s["role"], st.cell)]
        if org is not None:
            who.append(L.Words(org.name, st.cell))
        date_line = f"Data: {signed_day}" if signed_day else "Data: ____/____/________"
        out += [L.Row([(who, "TOP"), ([L.Words(date_line, st.cell)], "BOTTOM"),
                       ([L.SignatureLine(sign_w - 10)], "BOTTOM")],
                      [70 * mm, 38 * mm, sign_w], padding=(4, 6, 7, 5), height=24 * mm,
                      box=(0.4, L.RULE)),
                Spacer(1, 3)]
    return out


def _signed_day(p: PattoPrint) -> str:
    """When the version was signed: the signatories' date for the current version
    (what the operator entered), else the day the signature was recorded."""
    if not p.signed:
        return ""
    if p.version.number == p.patto.current_version:
        days = [s.signed_on for s in p.patto.signatories if s.signed_on]
        if days:
            return formats.day(max(days))
    return formats.day(p.version.signed_at)


def _closing(p: PattoPrint) -> list[Flowable]:
    st = L.styles()
    if not p.signed:
        return [Spacer(1, 6), L.Words(
            "Questa è una bozza non firmata: non ha impronta e non vale come patto sottoscritto.",
            st.muted)]
    return [Spacer(1, 6), L.Words(
        f"Versione {p.version.number} firmata il {_signed_day(p)} · impronta "
        f"{rules.short_fingerprint(p.fingerprint)} · il codice QR permette di verificare che "
        "questa copia corrisponda al patto registrato.", st.muted)]


def _held(session: Session, model: type, ids: set[str | None]) -> list:
    """The rows of ``ids`` in one query, for the caller to hold while it prints:
    a session keeps a loaded row only while something refers to it, so each
    ``session.get`` of a row let go was a query again (an operator, an
    organisation named in several places)."""
    ids = {i for i in ids if i}
    return list(session.scalars(_BY_IDS[model], {"ids": list(ids)})) if ids else []


# Queries built once: SQLAlchemy keys its compiled statements by their
# structure, and working that key out for a fresh statement cost more than
# running it.
_BY_IDS = {model: select(model).where(model.id.in_(bindparam("ids", expanding=True)))
           for model in (Operator, Organisation)}
_BENEFICIARIES = (select(PattoBeneficiary.person_id)
                  .where(PattoBeneficiary.patto_id == bindparam("patto_id"))
                  .order_by(PattoBeneficiary.position))


def section_for(session: Session, p: PattoPrint, cat: Catalogues | None = None
                ) -> tuple[Section, list[Flowable]]:
    """The patto as one section of a document (so the visit pack can include it)."""
    cat = cat or Catalogues(session, CATALOGUES)
    c = p.content
    people = [person for person in (session.get(Person, pid) for pid in c.get("beneficiaries", []))
              if person is not None]
    held = _held(session, Operator, {p.patto.case_manager_id} | {x.case_manager_id for x in people})
    held += _held(session, Organisation,
                  {s.get("provider_organisation_id") for s in c.get("supports", [])}
                  | {s.get("organisation_id") for s in c.get("signatories", [])})
    # The names as printed, each on its own (an Arabic name stays one
    # right-to-left unit, not one run with the next name).
    who = ", ".join(L.one_line(person.full_name) for person in people)
    units: list[str | None] = [p.patto.territorial_unit_id]
    for person in people:
        units += person_unit_ids(session, person)
    if p.patto.case_manager_id:
        manager = session.get(Operator, p.patto.case_manager_id)
        units.append(manager.territorial_unit_id if manager else None)
    footer = f"Patto · versione {p.version.number}"
    footer += (f" · impronta {rules.short_fingerprint(p.fingerprint)}" if p.signed
               else " · BOZZA non firmata")
    section = Section(organisation=L.one_line(organisation_line(session, *units)),
                      header=f"Patto «{L.one_line(p.content.get('title'))}» · {who}", footer=footer,
                      draft=not p.signed)
    flow: list[Flowable] = [_title_block(p, cat)]
    flow += _beneficiaries(session, p, cat)
    flow += _voices(p)
    flow += _goals(p, cat)
    flow += _supports(session, p, cat)
    flow += _budget(session, p, cat)
    flow += _commitments(p)
    flow += _verifications(session, p, cat)
    flow += _signatures(session, p)
    flow += _closing(p)
    del held  # held until the flowables are built
    return section, flow


def _printed_for(args: dict, _pdf: bytes) -> list[str]:
    return list(args["session"].scalars(_BENEFICIARIES, {"patto_id": args["patto_id"]}))


@audited("print", person=_printed_for, table="patto", row=lambda a, r: a["patto_id"])
def patto_pdf(session: Session, patto_id: str, version: int | None = None) -> bytes:
    """The PDF of one version of a patto (default: the current one), in memory."""
    p = load(session, patto_id, version)
    section, flow = section_for(session, p)
    return build([(section, flow)], title=f"Patto {p.content.get('title')} – versione {p.version.number}")
