"""The benefit trap («trappola assistenziale»): a work measure (tirocinio, borsa
lavoro, contratto) whose income would cross a threshold that suspends, reduces
or ends a benefit the person receives. Said before the step is taken, with
the rule, the amounts, the consequence and the source.

Thresholds are reference data per year (db/seeds/benefit_thresholds.json,
loaded as the catalogue ``benefit_threshold``). A year without its own figures
uses the latest year there is, and every warning says which year it used and
whether the figures are provisional."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core import formats
from desktop.core.audit import audited
from desktop.core.catalogues import Catalogues
from desktop.core.cartella.misure import MeasureFields
from desktop.core.model import CatalogueItem, HouseholdMember, Measure, PattoBeneficiary, Person
from desktop.core.seeds import THRESHOLD_CATALOGUE

IN_FORCE = ("in_fruizione", "presentata")  # a benefit received or asked for
NOT_EARNING = ("respinta", "sospesa")  # a work measure that brings no income
COUNTS = {
    "person_work_income": "reddito da lavoro annuo della persona",
    "household_work_income": "reddito da lavoro annuo del nucleo",
}


@dataclass(frozen=True)
class Threshold:
    year: int
    key: str
    measure_type: str
    label: str
    rule: str
    threshold_cents: int
    counts: str
    consequence: str
    source: str
    provisional: bool = False
    note: str = ""


@dataclass(frozen=True)
class BenefitWarning:
    person_id: str
    person_name: str
    measure_type: str
    benefit: str  # the measure's label
    title: str  # the rule's name, e.g. «Assegno mensile di invalidità civile parziale»
    rule: str
    threshold_cents: int
    projected_cents: int
    counts: str  # in Italian: whose income, from what
    consequence: str
    source: str
    year: int  # the year the income is projected over
    thresholds_year: int  # the year of the figures used
    provisional: bool
    note: str

    @property
    def amounts(self) -> str:
        """«reddito … previsto 6.000,00 €, oltre la soglia di …: rischio di …»."""
        return (f"{self.counts} previsto {formats.money(self.projected_cents)}, oltre la "
                f"soglia di {formats.money(self.threshold_cents)}: rischio di "
                f"{self.consequence}.")

    @property
    def message(self) -> str:
        """One Italian sentence with the amounts, for the CLI."""
        return f"{self.title}: {self.amounts}"

    @property
    def year_note(self) -> str:
        """Which year's figures were used, and whether they are provisional."""
        parts = [f"Soglie {self.thresholds_year}"]
        if self.thresholds_year != self.year:
            parts.append(f"(per il {self.year} non sono ancora registrate)")
        if self.provisional:
            parts.append("provvisorie: verificare la circolare INPS dell'anno")
        return " ".join(parts) + f". Fonte: {self.source}."


def thresholds(session: Session, year: int) -> tuple[int, list[Threshold]]:
    """The year whose figures apply to ``year`` (itself, else the latest before
    it, else the earliest there is) and its thresholds."""
    items = session.scalars(select(CatalogueItem)  # the rules' details, not labels
                            .where(CatalogueItem.catalogue == THRESHOLD_CATALOGUE)
                            .order_by(CatalogueItem.position))
    by_year: dict[int, list[Threshold]] = {}
    for item in items:
        extra = item.extra or {}
        by_year.setdefault(int(extra["year"]), []).append(Threshold(
            year=int(extra["year"]), key=item.code.partition(":")[2],
            measure_type=extra["measure_type"], label=item.label, rule=extra["rule"],
            threshold_cents=int(extra["threshold_cents"]), counts=extra["counts"],
            consequence=extra["consequence"], source=extra["source"],
            provisional=bool(extra.get("provisional")), note=extra.get("note", "")))
    if not by_year:
        return year, []
    earlier = [y for y in by_year if y <= year]
    used = max(earlier) if earlier else min(by_year)
    return used, by_year[used]


def months_in_year(start: dt.date | None, end: dt.date | None, year: int) -> int:
    """Calendar months of ``year`` touched by the period (open ends reach the
    year's edges)."""
    first = max(start or dt.date(year, 1, 1), dt.date(year, 1, 1))
    last = min(end or dt.date(year, 12, 31), dt.date(year, 12, 31))
    if last < first:
        return 0
    return last.month - first.month + 1


def _measures(session: Session, person_ids: Iterable[str]) -> list[Measure]:
    return list(session.scalars(select(Measure).where(Measure.person_id.in_(list(person_ids)))))


def _household_ids(session: Session, person_id: str, year: int) -> list[str]:
    """The person and the cohabiting members of the household who have a cartella."""
    linked = session.scalars(
        select(HouseholdMember.member_person_id).where(
            HouseholdMember.person_id == person_id,
            HouseholdMember.member_person_id.is_not(None),
            HouseholdMember.cohabiting.is_(True),
            or_(HouseholdMember.until_on.is_(None),
                HouseholdMember.until_on >= dt.date(year, 1, 1))))
    return [person_id, *(i for i in linked if i != person_id)]


def _work_income(measures, cats: Catalogues, year: int) -> int:
    return sum((m.monthly_amount_cents or 0) * months_in_year(m.start_on, m.end_on, year)
               for m in measures
               if cats.extra("measure_type", m.measure_type).get("work")
               and m.status not in NOT_EARNING)


@audited("read", person=lambda a, r: a["person_id"], table="measure")
def benefit_warnings(session: Session, person_id: str, *, today: dt.date | None = None,
                     extra: MeasureFields | None = None,
                     replacing: str | None = None) -> list[BenefitWarning]:
    """The benefits of the person that the year's projected work income would
    suspend, reduce or end. ``extra`` is a measure being entered (``replacing``
    the stored one it edits), so a form can warn before saving."""
    today = today or dt.date.today()
    year = today.year
    used, rules = thresholds(session, year)
    if not rules:
        return []
    cats = Catalogues(session, ("measure_type",))
    own = [m for m in _measures(session, [person_id]) if m.id != replacing]
    if extra is not None:
        own.append(extra)
    household_ids = _household_ids(session, person_id, year)
    others = [m for m in _measures(session, household_ids[1:]) if m.id != replacing]
    income = {"person_work_income": _work_income(own, cats, year),
              "household_work_income": _work_income(own + others, cats, year)}
    # A benefit received this year: in force, and not ended before the year began.
    received = {m.measure_type for m in own if m.status in IN_FORCE
                and (m.end_on is None or m.end_on >= dt.date(year, 1, 1))}
    person = session.get(Person, person_id)
    name = person.full_name if person is not None else ""
    warnings = []
    for rule in rules:
        projected = income.get(rule.counts, 0)
        if rule.measure_type in received and projected > rule.threshold_cents:
            warnings.append(BenefitWarning(
                person_id=person_id, person_name=name, measure_type=rule.measure_type,
                benefit=cats.label("measure_type", rule.measure_type), title=rule.label,
                rule=rule.rule, threshold_cents=rule.threshold_cents,
                projected_cents=projected, counts=COUNTS.get(rule.counts, rule.counts),
                consequence=rule.consequence,
                source=rule.source, year=year, thresholds_year=used,
                provisional=rule.provisional, note=rule.note))
    return warnings


def _beneficiaries(session: Session, patto_id: str) -> list[str]:
    return list(session.scalars(
        select(PattoBeneficiary.person_id).where(PattoBeneficiary.patto_id == patto_id)
        .order_by(PattoBeneficiary.position, PattoBeneficiary.person_id)))


@audited("read", person=lambda a, r: _beneficiaries(a["session"], a["patto_id"]),
         table="measure", row=lambda a, r: a["patto_id"])
def patto_benefit_warnings(session: Session, patto_id: str,
                           today: dt.date | None = None) -> list[BenefitWarning]:
    """The warnings of every beneficiary of the patto, for its editor."""
    return [warning for person_id in _beneficiaries(session, patto_id)
            for warning in benefit_warnings(session, person_id, today=today)]
