"""The cartella summary: what an operator takes to a visit about one person.

Diary entries whose confidentiality is not "ordinario" stay out unless the
caller asks for them explicitly, and the page says how many were left out.
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import formats
from desktop.core import patti as rules
from desktop.core.audit import accesses, audited
from desktop.core.cartella.consensi import list_consents
from desktop.core.catalogues import Catalogues
from desktop.core.errors import ValidationError
from desktop.core.cartella.nucleo import isee_status, validity_text
from desktop.core.cartella.presa_in_carico import phase_date, waiting_days
from desktop.core.model import (
    CaseEpisode, Deadline, DiaryEntry, HouseholdMember, IseeDeclaration, Measure, Person,
)
from desktop.core.model.cartella import CASE_PHASES
from desktop.core.patti import current_patto_of
from desktop.pdf import layout as L
from desktop.pdf.document import Section, build
from desktop.pdf.lookups import address, operator_name, organisation_line, person_unit_ids

LATEST_ENTRIES = 8
ACTIVE_MEASURES = ("presentata", "in_fruizione", "sospesa")


def _pairs(rows: list[tuple[str, str]]) -> Flowable:
    return L.grid([(L.cell(k, True), L.cell(v)) for k, v in rows if v],
                  [42 * mm, L.CONTENT_W - 42 * mm], header=False)


def _anagrafica(session: Session, person: Person) -> list[Flowable]:
    st = L.styles()
    born = " ".join(x for x in (
        f"il {formats.day(person.birth_date)}" if person.birth_date else "",
        f"a {person.birth_comune.name}" if person.birth_comune else
        (f"in {person.birth_country}" if person.birth_country else ""),
    ) if x)
    guardian = ""
    if person.guardian_name:
        guardian = f"{person.guardian_kind or 'Amministratore di sostegno'}: {person.guardian_name}"
        if person.guardian_contact:
            guardian += f" ({person.guardian_contact})"
    rows = [
        ("Codice fiscale", person.codice_fiscale or
         (f"non disponibile: {person.codice_fiscale_missing_reason}"
          if person.codice_fiscale_missing_reason else "")),
        ("Nato/a", born), ("Cittadinanza", person.citizenship or ""),
        ("Abita a", address(person)), ("Telefono", person.phone or ""),
        ("Email", person.email or ""), ("Lingue", person.languages or ""),
        ("Tutela", guardian),
        ("Case manager", operator_name(session, person.case_manager_id)),
        ("Consenso privacy", formats.day(person.consent_given_on) or "non registrato"),
        ("Condivisione con", ", ".join(
            f"{c.organisation} (dal {formats.day(c.given_on)})"
            for c in list_consents(session, person.id) if c.in_force) or "nessun ente"),
    ]
    return [Paragraph("Anagrafica", st.h1), _pairs(rows)]


def _network(person: Person, cat: Catalogues) -> list[Flowable]:
    st = L.styles()
    if not person.network:
        return []
    rows = [tuple(L.cell(h, True) for h in ("Nome", "Relazione", "Ruolo", "Contatto"))]
    for m in person.network:
        rows.append((L.cell(m.name), L.cell(cat.label("network_relation", m.relation)),
                     L.cell(cat.label("network_role", m.role)), L.cell(m.contact)))
    return [Paragraph("Rete e microcomunità", st.h1),
            L.grid(rows, [50 * mm, 40 * mm, 36 * mm, L.CONTENT_W - 126 * mm])]


def _episodes_and_measures(session: Session, person: Person, cat: Catalogues) -> list[Flowable]:
    st = L.styles()
    out: list[Flowable] = []
    episodes = session.scalars(select(CaseEpisode).where(CaseEpisode.person_id == person.id)
                               .where(CaseEpisode.chiusura_on.is_(None))).all()
    for e in episodes:
        sent = cat.label("case_origin", e.origin) + (f" ({e.referred_by})" if e.referred_by else "")
        track = " · ".join(f"{cat.label('case_phase', phase)} {formats.day(on)}"
                           for phase in CASE_PHASES if (on := phase_date(e, phase)))
        wait = waiting_days(e.segnalazione_on, e.valutazione_on)
        out += [Paragraph("Presa in carico", st.h1), _pairs([
            ("Inviata da", sent),
            ("Fase", cat.label("case_phase", e.phase)),
            ("Date delle fasi", track),
            ("Attesa", f"presa in carico dopo {wait} giorni dalla segnalazione"
             if wait is not None else ""),
            ("Responsabile", operator_name(session, e.responsible_operator_id)),
        ])]
    isee = session.scalars(select(IseeDeclaration).where(IseeDeclaration.person_id == person.id)
                           .order_by(IseeDeclaration.issued_on.desc())).first()
    household = session.scalar(select(func.count()).select_from(HouseholdMember).where(
        HouseholdMember.person_id == person.id, HouseholdMember.until_on.is_(None)))
    if isee is not None or household:
        out += [Paragraph("Nucleo e ISEE", st.h1), _pairs([
            ("Nucleo", ("1 componente registrato" if household == 1 else
                        f"{household} componenti registrati") if household else ""),
            ("ISEE", f"{cat.label('isee_kind', isee.kind)} {formats.money(isee.value_cents)}, "
                     + validity_text(isee_status(isee), isee.valid_until) if isee else ""),
        ])]
    measures = session.scalars(select(Measure).where(Measure.person_id == person.id)
                               .where(Measure.status.in_(ACTIVE_MEASURES))
                               .order_by(Measure.start_on)).all()
    if measures:
        rows = [tuple(L.cell(h, True) for h in ("Misura", "Stato", "Dal – al", "Importo mensile"))]
        for m in measures:
            period = " – ".join(x for x in (formats.day(m.start_on), formats.day(m.end_on)) if x)
            rows.append((L.cell(cat.label("measure_type", m.measure_type)),
                         L.cell(cat.label("measure_status", m.status)), L.cell(period),
                         L.cell(formats.money(m.monthly_amount_cents))))
        out += [Paragraph("Misure attive", st.h1),
                L.grid(rows, [70 * mm, 30 * mm, 44 * mm, L.CONTENT_W - 144 * mm],
                       extra=[("ALIGN", (3, 0), (3, -1), "RIGHT")])]
    return out


def _diary(session: Session, person: Person, cat: Catalogues, include_confidential: bool
           ) -> list[Flowable]:
    st = L.styles()
    q = (select(DiaryEntry).where(DiaryEntry.person_id == person.id)
         .where(DiaryEntry.status != "pianificata"))
    omitted = 0
    if not include_confidential:
        omitted = session.scalar(
            select(func.count()).select_from(q.where(DiaryEntry.confidentiality != "ordinario")
                                             .subquery()))
        q = q.where(DiaryEntry.confidentiality == "ordinario")
    entries = session.scalars(q.order_by(DiaryEntry.occurred_at.desc()).limit(LATEST_ENTRIES)).all()
    out: list[Flowable] = [Paragraph("Ultime voci di diario", st.h1)]
    if entries:
        rows = [tuple(L.cell(h, True) for h in ("Data", "Tipo", "Autore", "Annotazione"))]
        for e in entries:
            kind = cat.label("diary_entry_type", e.entry_type)
            if e.confidentiality != "ordinario":
                kind += f" ({e.confidentiality})"
            rows.append((L.cell(formats.day(e.occurred_at)), L.cell(kind),
                         L.cell(operator_name(session, e.author_id)), L.cell(e.text)))
        out.append(L.grid(rows, [22 * mm, 30 * mm, 30 * mm, L.CONTENT_W - 82 * mm]))
    else:
        out.append(Paragraph("Nessuna voce di diario.", st.muted))
    if omitted:
        out.append(Spacer(1, 3))
        out.append(Paragraph(
            f"Voci riservate omesse: {omitted} (riservatezza diversa da «ordinario»; "
            "non stampate in questo riepilogo).", st.small))
    return out


def _patto_brief(session: Session, person: Person, cat: Catalogues) -> list[Flowable]:
    st = L.styles()
    patto = current_patto_of(session, person.id)
    out: list[Flowable] = [Paragraph("Patto in corso", st.h1)]
    if patto is None:
        return out + [Paragraph("Nessun patto in corso.", st.muted)]
    version = rules.current_version(patto)
    status = cat.label("patto_state", patto.state)
    if not version.fingerprint:
        status += f" · versione {patto.current_version} da firmare"
    else:
        status += (f" · versione {patto.current_version} firmata, impronta "
                   f"{rules.short_fingerprint(version.fingerprint)}")
    goals = "; ".join(f"{cat.label('axis', g.axis)}: {g.title}" for g in patto.goals)
    due = [v.scheduled_on for v in patto.verifications if v.held_on is None]
    totals = rules.budget_totals(patto.budget_lines)
    out.append(_pairs([
        ("Patto", f"{patto.title} ({cat.label('patto_kind', patto.kind)})"),
        ("Stato", status), ("Obiettivi", goals),
        ("Budget", f"{formats.money(totals.committed_total)} impegnati, "
                   f"{formats.money(totals.spent_total)} spesi" if patto.budget_lines else ""),
        ("Prossima verifica", formats.day(min(due)) if due else ""),
    ]))
    return out


def _deadlines(session: Session, person: Person, cat: Catalogues) -> list[Flowable]:
    st = L.styles()
    items = session.scalars(select(Deadline).where(Deadline.person_id == person.id)
                            .where(Deadline.done_on.is_(None)).order_by(Deadline.due_on)).all()
    out: list[Flowable] = [Paragraph("Scadenze", st.h1)]
    if not items:
        return out + [Paragraph("Nessuna scadenza aperta.", st.muted)]
    rows = [tuple(L.cell(h, True) for h in ("Entro il", "Tipo", "Descrizione"))]
    rows += [(L.cell(formats.day(d.due_on)), L.cell(cat.label("deadline_kind", d.kind)),
              L.cell(d.description)) for d in items]
    return out + [L.grid(rows, [24 * mm, 56 * mm, L.CONTENT_W - 80 * mm])]


def _accesses(session: Session, person: Person) -> list[Flowable]:
    """Who read, printed, exported or changed the cartella: what the person is
    owed on a request under art. 15 GDPR."""
    st = L.styles()
    rows = accesses(session, person_id=person.id)
    out: list[Flowable] = [Paragraph("Chi ha consultato la cartella", st.h1)]
    if not rows:
        return out + [Paragraph("Nessun accesso registrato.", st.muted)]
    grid = [tuple(L.cell(h, True) for h in ("Quando", "Operatore", "Ruolo", "Azione", "Scopo"))]
    grid += [(L.cell(formats.day_time(a.local_at)), L.cell(a.operator), L.cell(a.role or ""),
              L.cell(f"{a.action_label} · {a.what}" if a.what else a.action_label),
              L.cell(a.purpose or "")) for a in rows]
    widths = [28 * mm, 34 * mm, 38 * mm, 34 * mm]
    return out + [L.grid(grid, [*widths, L.CONTENT_W - sum(widths)])]


def section_for(session: Session, person: Person, *, include_confidential: bool = False,
                with_accesses: bool = False, cat: Catalogues | None = None,
                today: dt.date | None = None) -> tuple[Section, list[Flowable]]:
    cat = cat or Catalogues(session)
    st = L.styles()
    today = today or dt.date.today()
    age = person.age_on(today)
    subtitle = f"Riepilogo al {formats.day(today)}" + (f" · {age} anni" if age is not None else "")
    flow: list[Flowable] = [Paragraph("Cartella sociale – riepilogo", st.subtitle),
                            Paragraph(L.text(person.full_name), st.title),
                            Paragraph(subtitle, st.small)]
    flow += _anagrafica(session, person)
    flow += _network(person, cat)
    flow += _episodes_and_measures(session, person, cat)
    flow += _patto_brief(session, person, cat)
    flow += _deadlines(session, person, cat)
    flow += _diary(session, person, cat, include_confidential)
    if with_accesses:
        flow += _accesses(session, person)
    footer = f"Riepilogo della cartella · {formats.day(today)}"
    if include_confidential:
        footer += " · include voci riservate"
    section = Section(
        organisation=L.one_line(organisation_line(session, *person_unit_ids(session, person))),
        header=f"Cartella sociale · {L.one_line(person.full_name)}", footer=footer)
    return section, flow


@audited("print", person=lambda a, r: a["person_id"], table="person")
def cartella_pdf(session: Session, person_id: str, *, include_confidential: bool = False,
                 with_accesses: bool = False) -> bytes:
    """The summary of one person's cartella, in memory; ``with_accesses`` adds
    who consulted it (a request under art. 15 GDPR)."""
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("La persona indicata non esiste in questo database.")
    section, flow = section_for(session, person, include_confidential=include_confidential,
                                with_accesses=with_accesses)
    return build([(section, flow)], title=f"Cartella sociale – {person.full_name}")
