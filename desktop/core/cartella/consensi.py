"""Consensi: with which organisations of the network a person's data may be
shared, since when, given by whom, and when it was withdrawn.

A withdrawn consent stays on record (the trail a DPO reads); it is never
deleted. ``privacy_gaps`` says what is missing for the person today: the
informativa, the general consent, and a sharing consent for each organisation
that already receives data about them (a signatory of a running patto, the
provider of a service activated for them).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import records
from desktop.core.audit import audited, first_page
from desktop.core.errors import ValidationError
from desktop.core.model import (
    Attivazione, Comune, Consent, Operator, Organisation, Patto, PattoBeneficiary, Person, Service,
    Signatory, TerritorialUnit,
)
from desktop.core.patti.lifecycle import RUNNING_STATES

GONE = "Questo consenso non esiste più: forse è stato eliminato da un collega."
ACTIVE_ATTIVAZIONI = ("richiesta", "concordata", "attiva")


@dataclass(frozen=True)
class ConsentRow:
    id: str
    organisation_id: str
    organisation: str
    given_on: dt.date
    given_by: str
    withdrawn_on: dt.date | None
    withdrawal_reason: str
    notes: str

    @property
    def in_force(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class ConsentFields:
    organisation_id: str
    given_on: dt.date
    given_by: str = "la persona"
    notes: str | None = None


def check_consent(fields: ConsentFields, today: dt.date | None = None) -> ConsentFields:
    """The fields as they will be stored, or a ValidationError naming the field."""
    if not fields.organisation_id:
        raise ValidationError("Scegli l'ente con cui si condividono i dati.", "organisation_id")
    if fields.given_on is None:
        raise ValidationError("Indica la data del consenso (gg/mm/aaaa).", "given_on")
    if fields.given_on > (today or dt.date.today()):
        raise ValidationError("La data del consenso non può essere nel futuro.", "given_on")
    given_by = (fields.given_by or "").strip()
    if not given_by:
        raise ValidationError("Indica chi ha dato il consenso (la persona o chi la rappresenta).",
                              "given_by")
    return replace(fields, given_by=given_by, notes=(fields.notes or "").strip() or None)


@audited("read", person=lambda a, r: a["person_id"], table="consent", when=first_page)
def list_consents(session: Session, person_id: str, offset: int = 0,
                  limit: int | None = None) -> list[ConsentRow]:
    """Consents in force first (by organisation), then the withdrawn ones, newest first."""
    rows = session.execute(
        select(Consent, Organisation.name)
        .join(Organisation, Organisation.id == Consent.organisation_id)
        .where(Consent.person_id == person_id)
        .order_by(Consent.withdrawn_on.is_not(None), Consent.withdrawn_on.desc(),
                  Organisation.name, Consent.given_on.desc(), Consent.id)
        .offset(offset).limit(limit))
    return [ConsentRow(c.id, c.organisation_id, name, c.given_on, c.given_by, c.withdrawn_on,
                       c.withdrawal_reason or "", c.notes or "") for c, name in rows]


def organisation_choices(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the organisations a consent may name, by name; where two
    share a name (a cooperative in two districts) the place tells them apart."""
    rows = session.execute(
        select(Organisation.id, Organisation.name, Comune.name, TerritorialUnit.name)
        .outerjoin(Comune, Comune.id == Organisation.comune_id)
        .outerjoin(TerritorialUnit, TerritorialUnit.id == Organisation.territorial_unit_id)
        .order_by(Organisation.name, Comune.name, Organisation.id)).all()
    names = Counter(name for _, name, _, _ in rows)
    return [(oid, f"{name} — {comune or unit}" if names[name] > 1 and (comune or unit) else name)
            for oid, name, comune, unit in rows]


def give_consent(session: Session, person_id: str, fields: ConsentFields,
                 consent_id: str | None = None, *, recorded_by_id: str | None = None,
                 today: dt.date | None = None) -> str:
    """Record a consent (or correct one still in force); returns its id. A second
    consent in force for the same organisation is refused: withdraw the first."""
    fields = check_consent(fields, today)
    if session.get(Organisation, fields.organisation_id) is None:
        raise ValidationError("L'ente scelto non esiste più.", "organisation_id")
    twin = session.scalar(select(Consent.id).where(
        Consent.person_id == person_id, Consent.organisation_id == fields.organisation_id,
        Consent.withdrawn_on.is_(None), Consent.id != (consent_id or "")))
    if twin is not None:
        raise ValidationError("C'è già un consenso in vigore per questo ente.", "organisation_id")
    if consent_id is None:
        consent = Consent(person_id=person_id, recorded_by_id=recorded_by_id)
        session.add(consent)
    else:
        consent = records.existing(session, Consent, consent_id, GONE)
        if consent.withdrawn_on is not None:
            raise ValidationError("Un consenso revocato non si modifica: registrane uno nuovo.")
    consent.organisation_id = fields.organisation_id
    consent.given_on = fields.given_on
    consent.given_by = fields.given_by
    consent.notes = fields.notes
    session.flush()
    return consent.id


def withdraw_consent(session: Session, consent_id: str, on: dt.date | None = None,
                     reason: str | None = None, *, today: dt.date | None = None) -> None:
    """The person withdraws: from ``on`` (today by default) the organisation may no
    longer receive their data. The record stays."""
    today = today or dt.date.today()
    on = on or today
    consent = records.existing(session, Consent, consent_id, GONE)
    if consent.withdrawn_on is not None:
        raise ValidationError("Questo consenso è già stato revocato.")
    if on > today:
        raise ValidationError("La data di revoca non può essere nel futuro.", "withdrawn_on")
    if on < consent.given_on:
        raise ValidationError("La revoca non può precedere il consenso.", "withdrawn_on")
    consent.withdrawn_on = on
    consent.withdrawal_reason = (reason or "").strip() or None


def receiving_organisations(session: Session, person_id: str | None = None
                            ) -> dict[str, dict[str, str]]:
    """``{person_id: {organisation_id: name}}``: who already receives data about each
    person (or only ``person_id``): signatories of their running patti and providers
    of services activated for them, except the organisation holding the cartella."""
    running = select(PattoBeneficiary.person_id, PattoBeneficiary.patto_id) \
        .join(Patto, Patto.id == PattoBeneficiary.patto_id) \
        .where(Patto.state.in_(RUNNING_STATES))
    if person_id is not None:
        running = running.where(PattoBeneficiary.person_id == person_id)
    running = running.subquery()
    signing = select(running.c.person_id, Organisation.id, Organisation.name) \
        .join(Signatory, Signatory.patto_id == running.c.patto_id) \
        .join(Organisation, Organisation.id == Signatory.organisation_id)
    for_patto = select(running.c.person_id, Organisation.id, Organisation.name) \
        .join(Attivazione, Attivazione.patto_id == running.c.patto_id)
    if person_id is not None:  # from the person's few patti, not from every attivazione
        patto_ids = list(session.scalars(select(running.c.patto_id)))
        for_patto = for_patto.where(Attivazione.patto_id.in_(patto_ids))
    for_patto = for_patto \
        .join(Service, Service.id == Attivazione.service_id) \
        .join(Organisation, Organisation.id == Service.organisation_id) \
        .where(Attivazione.status.in_(ACTIVE_ATTIVAZIONI))
    for_person = select(Attivazione.person_id, Organisation.id, Organisation.name) \
        .join(Service, Service.id == Attivazione.service_id) \
        .join(Organisation, Organisation.id == Service.organisation_id) \
        .where(Attivazione.status.in_(ACTIVE_ATTIVAZIONI), Attivazione.person_id.is_not(None))
    holders = select(Person.id, Operator.organisation_id) \
        .join(Operator, Operator.id == Person.case_manager_id)
    if person_id is not None:
        for_person = for_person.where(Attivazione.person_id == person_id)
        holders = holders.where(Person.id == person_id)
    holder_of = dict(session.execute(holders).all())
    receiving: dict[str, dict[str, str]] = {}
    for pid, oid, name in session.execute(signing.union(for_patto, for_person)):
        if oid != holder_of.get(pid):
            receiving.setdefault(pid, {})[oid] = name
    return receiving


def privacy_gaps(session: Session, person_id: str) -> list[str]:
    """What the person's file lacks for GDPR today, in Italian, most important first."""
    person = session.get(Person, person_id)
    if person is None:
        return []
    gaps = []
    if person.privacy_notice_on is None:
        gaps.append("Informativa privacy non registrata")
    if person.consent_given_on is None:
        gaps.append("Consenso al trattamento non registrato")
    covered = set(session.scalars(select(Consent.organisation_id).where(
        Consent.person_id == person_id, Consent.withdrawn_on.is_(None))))
    missing = sorted(name for oid, name in receiving_organisations(session, person_id).get(person_id, {}).items()
                     if oid not in covered)
    gaps += [f"Manca il consenso alla condivisione con {name}" for name in missing]
    return gaps


def consent_choices(session: Session) -> dict[str, list[tuple[str, str]]]:
    """What the consent form picks from (the tab's ``choices``)."""
    return {"organisation": organisation_choices(session)}
