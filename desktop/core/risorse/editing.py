"""Editing the directory: a service (with its locations, opening hours and
contacts) or an organisation read as a form and saved back, checked field by
field in Italian (``validazione``). Saving counts as a verification by whoever
saves. Services are retired (inactive), and deleted only when nothing names them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import formats
from desktop.core.anagrafica import Place, PlaceIndex
from desktop.core.catalogues import catalogue_choices
from desktop.core.errors import ValidationError
from desktop.core.model import (
    Comune, Contact, Location, Operator, Organisation, Schedule, Service,
    ServiceAtLocation, ServiceTaxonomy, Support,
)
from desktop.core.risorse import validazione as check
from desktop.core.risorse.attivazioni import ALL_ATTIVAZIONI, count_all

CATALOGUES = ("axis", "target_group", "access_condition", "resource_taxonomy",
              "organisation_kind", "resource_scale")
STATUSES = (("active", "Attivo"), ("inactive", "Non attivo (ritirato)"))
CROSS_AXIS = ("trasversale", "Trasversale")
SHARING_LEVELS = (("pubblico", "Pubblico"), ("rete", "Solo la rete"), ("riservato", "Riservato"))


@dataclass
class ScheduleValues:
    days: list[str]  # HSDS byday codes, MO..SU
    opens_at: str
    closes_at: str
    description: str | None = None


@dataclass
class LocationValues:
    id: str | None = None
    name: str | None = None
    address: str | None = None
    postal_code: str | None = None
    comune_id: str | None = None
    accessible: bool | None = None
    accessibility_notes: str | None = None
    transit: str | None = None
    schedules: list[ScheduleValues] = field(default_factory=list)


@dataclass
class ContactValues:
    id: str | None = None
    name: str | None = None
    title: str | None = None  # the role: «Referente», «Coordinatrice»…
    phone: str | None = None
    email: str | None = None


@dataclass
class ServiceValues:
    """What the service editor shows and sends back; numbers and money may
    come as typed text (the core parses them, so CLI and window agree)."""

    id: str | None = None
    organisation_id: str | None = None
    name: str | None = None
    description: str | None = None
    axis: str | None = None
    status: str = "active"
    taxonomy: list[str] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    access_conditions: list[str] = field(default_factory=list)
    eligibility_description: str | None = None
    minimum_age: int | str | None = None
    maximum_age: int | str | None = None
    languages: list[str] = field(default_factory=list)
    cost: str | None = None  # euro as Italians write them: «1.234,56»
    fees_description: str | None = None
    capacity: int | str | None = None
    application_process: str | None = None
    formal: bool = True
    scale: str | None = None
    sharing_level: str | None = None
    hosts_prepared: bool | None = None
    email: str | None = None
    url: str | None = None
    locations: list[LocationValues] = field(default_factory=list)
    contacts: list[ContactValues] = field(default_factory=list)


@dataclass
class OrganisationValues:
    id: str | None = None
    name: str | None = None
    kind: str | None = None
    tax_code: str | None = None
    description: str | None = None
    email: str | None = None
    website: str | None = None
    comune_id: str | None = None


@dataclass(frozen=True)
class Verification:
    last_verified_on: dt.date | None
    verified_by: str | None


@dataclass(frozen=True)
class EditorChoices:
    """Everything the editors offer, read once: catalogues, enti, comuni, languages."""

    catalogues: dict[str, list[tuple[str, str]]]
    organisations: list[tuple[str, str]]
    comuni: PlaceIndex
    languages: list[tuple[str, str]]  # (ISO 639-1, Italian name)
    statuses: tuple[tuple[str, str], ...] = STATUSES
    sharing_levels: tuple[tuple[str, str], ...] = SHARING_LEVELS


def comuni_index(session: Session) -> PlaceIndex:
    """The ISTAT comuni as the anagrafica offers them («Nome (PR)»)."""
    return PlaceIndex([Place(*row) for row in session.execute(
        select(Comune.id, Comune.name, Comune.province, Comune.codice_catastale,
               Comune.territorial_unit_id).order_by(Comune.name, Comune.province))])


def service_axes(session: Session) -> list[tuple[str, str]]:
    """The axes of the patti plus «trasversale», for services that serve all
    three (transport, funds, legal desks: the taxonomy's cross-axis terms)."""
    axes = catalogue_choices(session, "axis")["axis"]
    return axes + [CROSS_AXIS] if CROSS_AXIS[0] not in dict(axes) else axes


def editor_choices(session: Session) -> EditorChoices:
    organisations = [(oid, name) for oid, name in session.execute(
        select(Organisation.id, Organisation.name).order_by(func.lower(Organisation.name)))]
    languages = [(code, name.capitalize()) for code, name in check.language_names().items()]
    catalogues = {**catalogue_choices(session, *CATALOGUES), "axis": service_axes(session)}
    return EditorChoices(catalogues, organisations, comuni_index(session), languages)


# ------------------------------------------------------------------ reading
def _verification(session: Session, entry) -> Verification:
    operator = session.get(Operator, entry.last_verified_by_id) if entry.last_verified_by_id else None
    name = f"{operator.first_name} {operator.last_name}" if operator else None
    return Verification(entry.last_verified_on, name)


def service_values(session: Session, service_id: str) -> tuple[ServiceValues, Verification]:
    """A service as its editor shows it, and when and by whom it was last verified."""
    service = session.get(Service, service_id)
    if service is None:
        raise ValidationError("Il servizio non esiste più (forse è stato eliminato).")
    locations = []
    for sal in service.locations:
        loc = sal.location
        schedules = session.scalars(select(Schedule).where(
            Schedule.service_at_location_id == sal.id).order_by(Schedule.opens_at))
        locations.append(LocationValues(
            loc.id, loc.name, loc.address, loc.postal_code, loc.comune_id, loc.accessible,
            loc.accessibility_notes, loc.transit,
            [ScheduleValues(s.byday.split(","), s.opens_at or "", s.closes_at or "", s.description)
             for s in schedules]))
    contacts = [ContactValues(c.id, c.name, c.title, c.phone, c.email)
                for c in session.scalars(select(Contact).where(Contact.service_id == service.id)
                                         .order_by(Contact.name))]
    values = ServiceValues(
        id=service.id, organisation_id=service.organisation_id, name=service.name,
        description=service.description, axis=service.axis, status=service.status,
        taxonomy=[t.term_code for t in service.taxonomy],
        target_groups=list(service.target_groups or []),
        access_conditions=list(service.access_conditions or []),
        eligibility_description=service.eligibility_description,
        minimum_age=service.minimum_age, maximum_age=service.maximum_age,
        languages=list(service.languages or []),
        cost=formats.number(service.cost_cents / 100) if service.cost_cents is not None else None,
        fees_description=service.fees_description, capacity=service.capacity,
        application_process=service.application_process, formal=service.formal,
        scale=service.scale, sharing_level=service.sharing_level,
        hosts_prepared=service.hosts_prepared, email=service.email, url=service.url,
        locations=locations, contacts=contacts)
    return values, _verification(session, service)


def organisation_values(session: Session, organisation_id: str) -> tuple[OrganisationValues,
                                                                         Verification]:
    org = session.get(Organisation, organisation_id)
    if org is None:
        raise ValidationError("L'ente non esiste più (forse è stato eliminato).")
    return (OrganisationValues(org.id, org.name, org.kind, org.tax_code, org.description,
                               org.email, org.website, org.comune_id),
            _verification(session, org))


@dataclass(frozen=True)
class ServiceEditor:
    """What the service editor opens with: its choices and, editing, the service."""

    choices: EditorChoices
    values: ServiceValues | None
    verification: Verification | None


def service_editor(session: Session, service_id: str | None = None) -> ServiceEditor:
    if service_id is None:
        return ServiceEditor(editor_choices(session), None, None)
    values, verification = service_values(session, service_id)
    return ServiceEditor(editor_choices(session), values, verification)


@dataclass(frozen=True)
class OrganisationEditor:
    kinds: list[tuple[str, str]]
    comuni: PlaceIndex
    values: OrganisationValues | None
    verification: Verification | None


def organisation_editor(session: Session, organisation_id: str | None = None) -> OrganisationEditor:
    kinds = catalogue_choices(session, "organisation_kind")["organisation_kind"]
    values, verification = (organisation_values(session, organisation_id)
                            if organisation_id else (None, None))
    return OrganisationEditor(kinds, comuni_index(session), values, verification)


# ------------------------------------------------------------------ saving
def _allowed(session: Session, catalogue: str) -> set[str]:
    return {code for code, _ in catalogue_choices(session, catalogue)[catalogue]}


def _comune(session: Session, comune_id: str | None, field_name: str) -> str | None:
    if comune_id and session.get(Comune, comune_id) is None:
        raise ValidationError("Il comune scelto non è nell'elenco ISTAT.", field_name)
    return comune_id or None


def save_organisation(session: Session, values: OrganisationValues, *,
                      operator_id: str | None = None, today: dt.date | None = None) -> str:
    """A new or edited ente; saving it counts as verified today by its editor."""
    org = session.get(Organisation, values.id) if values.id else Organisation()
    if org is None:
        raise ValidationError("L'ente non esiste più (forse è stato eliminato).")
    name = check.required(values.name, "il nome dell'ente", "name")
    kinds = _allowed(session, "organisation_kind")
    if values.kind not in kinds:
        raise ValidationError("Scegli il tipo di ente.", "kind")
    org.name, org.kind = name, values.kind
    org.tax_code = check.tax_code(values.tax_code, "tax_code")
    org.description = check.clean(values.description)
    org.email = check.email(values.email, "email")
    org.website = check.website(values.website, "website")
    org.comune_id = _comune(session, values.comune_id, "comune_id")
    org.last_verified_on = today or dt.date.today()
    org.last_verified_by_id = operator_id or session.info.get("operator_id")
    if values.id is None:
        session.add(org)
    session.flush()
    return org.id


def _service_fields(session: Session, service: Service, values: ServiceValues) -> None:
    service.name = check.required(values.name, "il nome del servizio", "name")
    if not values.organisation_id or session.get(Organisation, values.organisation_id) is None:
        raise ValidationError("Scegli l'ente che offre il servizio (o creane uno nuovo).",
                              "organisation_id")
    service.organisation_id = values.organisation_id
    if values.axis not in dict(service_axes(session)):
        raise ValidationError("Scegli l'asse del servizio (abitare, lavoro, socialità…).", "axis")
    service.axis = values.axis
    if values.status not in dict(STATUSES):
        raise ValidationError("Lo stato è «attivo» o «non attivo».", "status")
    service.status = values.status
    service.description = check.clean(values.description)
    service.target_groups = check.codes(values.target_groups, _allowed(session, "target_group"),
                                        "Destinatari", "target_groups")
    service.access_conditions = check.codes(
        values.access_conditions, _allowed(session, "access_condition"),
        "Condizioni di accesso", "access_conditions")
    service.eligibility_description = check.clean(values.eligibility_description)
    service.minimum_age, service.maximum_age = check.ages(values.minimum_age, values.maximum_age)
    service.languages = check.languages(values.languages)
    try:
        cost = formats.parse_money(values.cost) if check.clean(values.cost) else None
    except ValueError as exc:
        raise ValidationError(f"Costo: {exc}", "cost") from None
    service.cost_cents = cost
    service.fees_description = check.clean(values.fees_description)
    service.capacity = check.whole_number(values.capacity, "La capienza (posti)", "capacity")
    service.application_process = check.clean(values.application_process)
    service.formal = bool(values.formal)
    if values.scale and values.scale not in _allowed(session, "resource_scale"):
        raise ValidationError("Scegli la scala territoriale dall'elenco.", "scale")
    service.scale = values.scale or None
    if values.sharing_level and values.sharing_level not in dict(SHARING_LEVELS):
        raise ValidationError("Scegli il livello di condivisione dall'elenco.", "sharing_level")
    service.sharing_level = values.sharing_level or None
    service.hosts_prepared = values.hosts_prepared
    service.email = check.email(values.email, "email")
    service.url = check.website(values.url, "url")


def _taxonomy(session: Session, service: Service, terms: list[str]) -> None:
    chosen = check.codes(terms, _allowed(session, "resource_taxonomy"), "Tipologia", "taxonomy")
    for link in list(service.taxonomy):
        if link.term_code not in chosen:
            service.taxonomy.remove(link)
    have = {link.term_code for link in service.taxonomy}
    for term in chosen:
        if term not in have:
            service.taxonomy.append(ServiceTaxonomy(term_code=term))


def _checked_locations(session: Session, values: ServiceValues) -> list[tuple[LocationValues, list]]:
    checked = []
    for i, loc in enumerate(values.locations):
        prefix = f"locations.{i}."
        comune_id = _comune(session, loc.comune_id, prefix + "comune_id")
        comune = session.get(Comune, comune_id) if comune_id else None
        name = check.clean(loc.name) or (f"Sede di {comune.name}" if comune else None)
        if name is None:
            raise ValidationError(f"Sede {i + 1}: indica il nome della sede o almeno il comune.",
                                  prefix + "name")
        loc.name = name
        loc.postal_code = check.postal_code(loc.postal_code, prefix + "postal_code")
        hours = check.opening_hours([(s.days, s.opens_at, s.closes_at) for s in loc.schedules],
                                    f"«{name}»", prefix + "schedules")
        checked.append((loc, [(days, opens, closes, check.clean(s.description))
                              for (days, opens, closes), s in zip(hours, loc.schedules)]))
    return checked


def _save_locations(session: Session, service: Service,
                    checked: list[tuple[LocationValues, list]]) -> None:
    """Locations belong to the ente (another service may share one); the link
    and its opening hours belong to this service."""
    kept: set[str] = set()
    for loc_values, hours in checked:
        location = session.get(Location, loc_values.id) if loc_values.id else None
        if location is None:
            location = Location(organisation_id=service.organisation_id)
            session.add(location)
        location.name = loc_values.name
        location.address = check.clean(loc_values.address)
        location.postal_code = loc_values.postal_code
        if location.comune_id != loc_values.comune_id:
            location.latitude = location.longitude = None  # they were the old place's
        location.comune_id = loc_values.comune_id
        location.accessible = loc_values.accessible
        location.accessibility_notes = check.clean(loc_values.accessibility_notes)
        location.transit = check.clean(loc_values.transit)
        session.flush()
        sal = next((s for s in service.locations if s.location_id == location.id), None)
        if sal is None:
            sal = ServiceAtLocation(service_id=service.id, location_id=location.id)
            service.locations.append(sal)
            session.flush()
        kept.add(sal.id)
        existing = {(s.byday, s.opens_at, s.closes_at): s for s in session.scalars(
            select(Schedule).where(Schedule.service_at_location_id == sal.id))}
        for days, opens, closes, description in hours:
            row = existing.pop((",".join(days), opens, closes), None)
            if row is None:
                row = Schedule(service_id=service.id, service_at_location_id=sal.id,
                               byday=",".join(days), opens_at=opens, closes_at=closes)
                session.add(row)
            row.description = description
        for row in existing.values():
            session.delete(row)
    for sal in list(service.locations):
        if sal.id not in kept:
            _unlink_location(session, service, sal)


def _unlink_location(session: Session, service: Service, sal: ServiceAtLocation) -> None:
    for row in session.scalars(select(Schedule).where(Schedule.service_at_location_id == sal.id)):
        session.delete(row)
    location_id = sal.location_id
    service.locations.remove(sal)
    session.flush()
    still_used = session.scalar(select(func.count()).where(
        ServiceAtLocation.location_id == location_id))
    if not still_used:
        session.delete(session.get(Location, location_id))


def _save_contacts(session: Session, service: Service, contacts: list[ContactValues]) -> None:
    kept = set()
    checked = []
    for i, c in enumerate(contacts):
        prefix = f"contacts.{i}."
        name = check.required(c.name, f"il nome del contatto {i + 1}", prefix + "name")
        checked.append((c.id, name, check.clean(c.title), check.phone(c.phone, prefix + "phone"),
                        check.email(c.email, prefix + "email")))
    existing = {c.id: c for c in session.scalars(
        select(Contact).where(Contact.service_id == service.id))}
    for contact_id, name, title, phone, email in checked:
        contact = existing.get(contact_id) if contact_id else None
        if contact is None:
            contact = Contact(service_id=service.id, organisation_id=service.organisation_id)
            session.add(contact)
        contact.name, contact.title, contact.phone, contact.email = name, title, phone, email
        kept.add(contact.id)
    for contact_id, contact in existing.items():
        if contact_id not in kept:
            session.delete(contact)


def save_service(session: Session, values: ServiceValues, *, operator_id: str | None = None,
                 today: dt.date | None = None) -> str:
    """A new or edited service, whole or not at all: every field is checked
    before anything is written (the session rolls back on a refusal). Saving
    counts as verified today by whoever saves."""
    service = session.get(Service, values.id) if values.id else Service()
    if service is None:
        raise ValidationError("Il servizio non esiste più (forse è stato eliminato).")
    _service_fields(session, service, values)
    checked = _checked_locations(session, values)
    service.last_verified_on = today or dt.date.today()
    service.last_verified_by_id = operator_id or session.info.get("operator_id")
    if values.id is None:
        session.add(service)
    session.flush()
    _taxonomy(session, service, values.taxonomy)
    _save_locations(session, service, checked)
    _save_contacts(session, service, values.contacts)
    session.flush()
    return service.id


# ------------------------------------------------------------------ retire / delete
def set_service_status(session: Session, service_id: str, status: str) -> None:
    """Retire a service (inactive: kept for the attivazioni that name it) or
    bring it back."""
    service = session.get(Service, service_id)
    if service is None:
        raise ValidationError("Il servizio non esiste più (forse è stato eliminato).")
    if status not in dict(STATUSES):
        raise ValidationError("Lo stato è «attivo» o «non attivo».", "status")
    service.status = status


def references(session: Session, service_id: str) -> int:
    """Attivazioni and patto supports naming the service, every one of them: a
    manager who sees nobody's cartella must not delete a service people use."""
    return (count_all(session, ALL_ATTIVAZIONI.service_id == service_id)
            + session.scalar(select(func.count()).where(
                Support.__table__.c.service_id == service_id)))


def delete_service(session: Session, service_id: str) -> None:
    """Only a service nothing names can go; otherwise it is retired instead."""
    service = session.get(Service, service_id)
    if service is None:
        raise ValidationError("Il servizio non esiste più (forse è stato eliminato).")
    named = references(session, service_id)
    if named:
        raise ValidationError(
            f"«{service.name}» è collegato a {named} tra attivazioni e sostegni dei patti: non si "
            "può eliminare. Ritiralo (stato «non attivo»): resta nello storico.", "status")
    for sal in list(service.locations):
        _unlink_location(session, service, sal)
    for row in session.scalars(select(Schedule).where(Schedule.service_id == service_id)):
        session.delete(row)
    for contact in session.scalars(select(Contact).where(Contact.service_id == service_id)):
        session.delete(contact)
    session.delete(service)
