"""The home-visit pack: one PDF for a day's planned visits.

A cover list of the visits, then for each visit the person's summary, the patto
to bring (the version to sign if one is pending, else the latest signed) and a
lined sheet for notes. Every part is numbered on its own, so the pages of a
patto can be left with the person as a complete document.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import formats
from desktop.core.errors import ValidationError
from desktop.core.model import DiaryEntry, Operator, Person
from desktop.core import patti as patti_rules
from desktop.pdf import cartella, layout as L, patto as patto_pdf
from desktop.pdf.document import Section, build
from desktop.core.catalogues import Catalogues
from desktop.pdf.lookups import address, operator_name, organisation_line, person_unit_ids
from desktop.core.audit import audited

Progress = Callable[[int, int, str], None]
"""progress(done, total, what): called before each visit and once at the end."""


def planned_visits(session: Session, day: dt.date, operator_id: str | None = None
                   ) -> list[DiaryEntry]:
    """Planned home visits on that day (of one operator, or everyone's), by time."""
    q = (select(DiaryEntry)
         .where(DiaryEntry.status == "pianificata", DiaryEntry.entry_type == "visita_domiciliare")
         .where(DiaryEntry.occurred_at.between(dt.datetime.combine(day, dt.time.min),
                                               dt.datetime.combine(day, dt.time.max)))
         .order_by(DiaryEntry.occurred_at))
    if operator_id:
        q = q.where(DiaryEntry.author_id == operator_id)
    return list(session.scalars(q))


class LinedSheet(Flowable):
    """Ruled lines filling the rest of the page, for handwritten notes."""

    SPACING = 9 * mm

    def wrap(self, aw, ah):
        self.width, self.height = aw, max(ah - 1, self.SPACING)
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(L.RULE)
        c.setLineWidth(0.5)
        y = self.height - self.SPACING
        while y >= 0:
            c.line(0, y, self.width, y)
            y -= self.SPACING


def _notes(session: Session, entry: DiaryEntry, person: Person, organisation: str
           ) -> tuple[Section, list[Flowable]]:
    st = L.styles()
    who = operator_name(session, entry.author_id)
    when = f"{formats.day(entry.occurred_at)} ore {entry.occurred_at:%H:%M}"
    flow: list[Flowable] = [
        Paragraph("Note della visita", st.title),
        L.grid([(L.cell("Persona", True), L.cell(person.full_name)),
                (L.cell("Data", True), L.cell(when)),
                (L.cell("Operatore", True), L.cell(who)),
                (L.cell("Luogo", True), L.cell(entry.place or address(person)))],
               [30 * mm, L.CONTENT_W - 30 * mm], header=False),
        Spacer(1, 6), LinedSheet(),
    ]
    section = Section(organisation=L.one_line(organisation),
                        header=f"Note della visita · {L.one_line(person.full_name)} · "
                               f"{formats.day(entry.occurred_at)}",
                        footer=f"Note della visita · {L.one_line(who)}")
    return section, flow


def _cover(session: Session, day: dt.date, operator: Operator | None, visits: list[DiaryEntry],
           organisation: str) -> tuple[Section, list[Flowable]]:
    st = L.styles()
    who = operator.full_name if operator else "tutti gli operatori"
    flow: list[Flowable] = [Paragraph("Visite domiciliari", st.subtitle),
                            Paragraph(f"{formats.day(day)} · {L.text(who)}", st.title),
                            Paragraph(f"Visite pianificate: {len(visits)}", st.small),
                            Spacer(1, 6)]
    if visits:
        rows = [tuple(L.cell(h, True) for h in ("N.", "Ora", "Persona", "Indirizzo", "Telefono",
                                               "Operatore", "Motivo"))]
        for n, v in enumerate(visits, 1):
            rows.append((L.cell(str(n)), L.cell(f"{v.occurred_at:%H:%M}"),
                         L.cell(v.person.full_name, True), L.cell(v.place or address(v.person)),
                         L.cell(v.person.phone), L.cell(operator_name(session, v.author_id)),
                         L.cell(v.text)))
        widths = [8 * mm, 12 * mm, 32 * mm, 40 * mm, 24 * mm, 24 * mm]
        widths.append(L.CONTENT_W - sum(widths))
        flow.append(L.grid(rows, widths))
    else:
        flow.append(Paragraph("Nessuna visita domiciliare pianificata per questa data.", st.body))
    section = Section(organisation=L.one_line(organisation),
                        header=f"Visite domiciliari del {formats.day(day)}",
                        footer=f"Elenco delle visite · {formats.day(day)}")
    return section, flow


@audited("print", person=lambda a, r: sorted({e.person_id for e in planned_visits(
    a["session"], a["day"], a["operator_id"])}), table="diary_entry")
def visit_pack_pdf(session: Session, day: dt.date, operator_id: str | None = None,
                   progress: Progress | None = None) -> bytes:
    """The whole pack in memory; progress lets a background op show how far it is."""
    operator = session.get(Operator, operator_id) if operator_id else None
    if operator_id and operator is None:
        raise ValidationError("L'operatore indicato non esiste in questo database.")
    visits = planned_visits(session, day, operator_id)
    cat = Catalogues(session)
    units = [operator.territorial_unit_id] if operator else []
    if visits:
        units += person_unit_ids(session, visits[0].person)
    organisation = organisation_line(session, *units)
    parts = [_cover(session, day, operator, visits, organisation)]
    for n, entry in enumerate(visits):
        person = entry.person
        if progress:
            progress(n, len(visits), person.full_name)
        parts.append(cartella.section_for(session, person, cat=cat))
        current = patti_rules.current_patto_of(session, person.id)
        if current is not None:
            parts.append(patto_pdf.section_for(session, patto_pdf.load(session, current.id), cat))
        person_org = organisation_line(session, *person_unit_ids(session, person))
        parts.append(_notes(session, entry, person, person_org))
    data = build(parts, title=f"Visite domiciliari del {formats.day(day)}")
    if progress:
        progress(len(visits), len(visits), "")
    return data
