"""Creating and editing people: every check a social worker expects, headless.

``save_person`` refuses what cannot be stored (an invalid codice fiscale, an
impossible date, a missing name, an email that is not one) with an Italian
message naming the field, and returns the cross-check mismatches as warnings
for the user to confirm: a mismatch is always explained, never silently
accepted or "fixed". ``person_form`` reads what the anagrafica editor offers
(comuni and foreign states, districts, operators, the person being edited),
and a :class:`PlaceIndex` turns a typed place into a comune or a state.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core.access import access_of, out_of_reach
from desktop.core.cartella.consensi import privacy_gaps
from desktop.core.catalogues import catalogue_labels
from desktop.core.errors import TessereError, ValidationError
from desktop.core.model import (
    CaseEpisode, Comune, Operator, OperatorDistrict, Person, ReplicaMeta, utcnow,
)
from desktop.core.patti import current_patto_of
from desktop.core.profile import DISTRICT_KEY, districts
from desktop.core.rules import codice_fiscale as cf
from desktop.core.search import fold, person_with_code
from desktop.core.audit import audited

EARLIEST_BIRTH = dt.date(1900, 1, 1)
PERSON_FIELDS = {
    "first_name", "last_name", "sex", "birth_date", "birth_comune_id", "birth_country",
    "codice_fiscale", "codice_fiscale_missing_reason", "citizenship", "residence_comune_id",
    "residence_address", "domicile_comune_id", "domicile_address", "phone", "email",
    "languages", "guardian_kind", "guardian_name", "guardian_contact", "consent_given_on",
    "privacy_notice_on", "home_territorial_unit_id", "case_manager_id", "notes",
}


@dataclass
class SaveResult:
    person: Person
    warnings: list[str] = field(default_factory=list)


def parse_date(text: str, field_name: str = "birth_date") -> dt.date:
    """dd/mm/yyyy (or ISO) as typed by a user, with an Italian message otherwise."""
    text = (text or "").strip()
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", text):
        raise ValidationError(f"Il giorno {text} non esiste nel calendario.", field_name)
    raise ValidationError(f"«{text}» non è una data valida: scrivila come gg/mm/aaaa.", field_name)


def check_person(values: dict[str, Any], session: Session, today: dt.date | None = None) -> list[str]:
    """Validate the values; return the warnings (cross-check mismatches)."""
    today = today or dt.date.today()
    unknown = set(values) - PERSON_FIELDS
    if unknown:
        raise ValueError(f"unknown person fields: {sorted(unknown)}")
    for name_field, label in (("first_name", "Il nome"), ("last_name", "Il cognome")):
        value = (values.get(name_field) or "").strip()
        if not value:
            raise ValidationError(f"{label} è obbligatorio.", name_field)
        if len(value) > 100:
            raise ValidationError(f"{label} è troppo lungo (massimo 100 caratteri).", name_field)
    born = values.get("birth_date")
    if born is not None:
        if born > today:
            raise ValidationError("La data di nascita è nel futuro.", "birth_date")
        if born < EARLIEST_BIRTH:
            raise ValidationError("La data di nascita è precedente al 1900: controllala.", "birth_date")
    if values.get("sex") not in (None, "M", "F"):
        raise ValidationError("Il sesso deve essere M o F.", "sex")
    email = values.get("email")
    if email and ("@" not in email or "." not in email.split("@")[-1]):
        raise ValidationError("L'indirizzo email non sembra valido: deve essere come "
                              "nome@esempio.it.", "email")
    for key in ("consent_given_on", "privacy_notice_on"):
        if values.get(key) and values[key] > today:
            raise ValidationError("La data è nel futuro.", key)
    code = values.get("codice_fiscale")
    if not code:
        if not (values.get("codice_fiscale_missing_reason") or "").strip():
            raise ValidationError(
                "Inserisci il codice fiscale oppure indica perché manca "
                "(per esempio: cittadino straniero in attesa di permesso di soggiorno).",
                "codice_fiscale",
            )
        return []
    values["codice_fiscale"] = cf.validate(code)
    birthplace_code = birthplace_name = None
    if values.get("birth_comune_id"):
        comune = session.get(Comune, values["birth_comune_id"])
        if comune is not None:
            birthplace_code, birthplace_name = comune.codice_catastale, comune.name
    elif values.get("birth_country"):
        birthplace_name = values["birth_country"]
        try:
            birthplace_code = cf.compute(
                first_name="X", last_name="X", sex="M", birth_date=dt.date(2000, 1, 1),
                birthplace=values["birth_country"],
            )[11:15]
        except ValueError:
            birthplace_code = None
    check = cf.cross_check(
        values["codice_fiscale"], first_name=values.get("first_name"),
        last_name=values.get("last_name"), birth_date=born, sex=values.get("sex"),
        birthplace_code=birthplace_code, birthplace_name=birthplace_name,
    )
    return check.mismatches


def save_person(session: Session, values: dict[str, Any], person: Person | None = None,
                *, today: dt.date | None = None) -> SaveResult:
    """Create (person=None) or update a person after validation."""
    values = dict(values)
    for key in ("first_name", "last_name"):
        if isinstance(values.get(key), str):
            values[key] = values[key].strip()
    warnings = check_person(values, session, today)
    duplicate = None
    if values.get("codice_fiscale"):
        duplicate = session.scalar(
            select(Person).where(Person.codice_fiscale == values["codice_fiscale"])
        )
    if duplicate is not None and duplicate is not person:
        raise ValidationError(
            f"Esiste già una persona con questo codice fiscale: {duplicate.full_name}.",
            "codice_fiscale",
        )
    if person is None:
        person = Person(created_at=utcnow())
        session.add(person)
    for key, value in values.items():
        setattr(person, key, value)
    session.flush()
    return SaveResult(person, warnings)


class UnconfirmedWarnings(TessereError):
    """The data can be saved, but these mismatches must be seen first."""

    def __init__(self, warnings: list[str]):
        super().__init__("\n".join(warnings))
        self.warnings = warnings


def save_person_confirmed(session: Session, values: dict[str, Any], person_id: str | None = None,
                          *, accepted: list[str] | tuple[str, ...] = ()) -> str:
    """Save the editor's form (a new person when ``person_id`` is None) and
    return the id; mismatches not among ``accepted`` raise UnconfirmedWarnings
    and roll the save back, so the user sees them before «Salva comunque»."""
    person = session.get(Person, person_id) if person_id else None
    if person_id and person is None:
        raise ValidationError("La persona non esiste più (forse è stata eliminata).")
    result = save_person(session, values, person)
    if any(w not in accepted for w in result.warnings):
        raise UnconfirmedWarnings(result.warnings)
    return result.person.id


# ------------------------------------------------------------ the editor's reads
@dataclass(frozen=True)
class Place:
    """A comune or, for births abroad, a foreign state (``id`` is None)."""

    id: str | None
    name: str
    province: str
    code: str  # codice catastale / codice dello stato estero (Z...)
    unit_id: str | None = None

    @property
    def foreign(self) -> bool:
        return self.id is None

    @property
    def label(self) -> str:
        return f"{self.name} (stato estero)" if self.foreign else f"{self.name} ({self.province})"


class PlaceIndex:
    """Turns what was typed into a place: the label picked from the list, or a
    name that is not ambiguous."""

    def __init__(self, places: list[Place]):
        self.places = places
        self._by_label = {fold(p.label): p for p in places}
        self._by_name: dict[str, list[Place]] = {}
        self._by_code: dict[str, Place] = {}
        for p in places:
            self._by_name.setdefault(fold(p.name), []).append(p)
            self._by_code.setdefault(p.code, p)

    def by_id(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if place_id and p.id == place_id), None)

    def by_code(self, code: str) -> Place | None:
        return self._by_code.get(code.upper())

    def by_name(self, name: str) -> Place | None:
        found = self._by_name.get(fold(name), [])
        return found[0] if len(found) == 1 else None

    def resolve(self, text: str, what: str, field_name: str | None = None) -> Place | None:
        """None when empty; ValidationError with an Italian message when unknown or ambiguous."""
        key = fold(text)
        if not key:
            return None
        if key in self._by_label:
            return self._by_label[key]
        found = self._by_name.get(key, [])
        if len(found) == 1:
            return found[0]
        if found:
            raise ValidationError(f"Ci sono più luoghi chiamati «{text}»: scegli quello giusto "
                                  "dall'elenco (con la sigla della provincia).", field_name)
        raise ValidationError(f"Non trovo «{text}» tra {what}: scegli dall'elenco che compare "
                              "mentre scrivi.", field_name)


@dataclass(frozen=True)
class PersonForm:
    """Everything the anagrafica editor offers, read at once."""

    comuni: PlaceIndex
    birthplaces: PlaceIndex  # comuni and foreign states
    units: list[tuple[str, str]]
    operators: list[tuple[str, str]]  # the active ones, and the person's case manager
    person: dict[str, Any] | None  # the person's fields, when editing
    default_unit_id: str | None  # the signed-in operator's district, else this installation's


@audited("read", person=lambda a, r: a["person_id"], table="person",
         when=lambda a: a["person_id"] is not None)
def person_form(session: Session, person_id: str | None = None) -> PersonForm:
    """What the editor shows for a new person (``person_id`` None) or an existing one."""
    person = session.get(Person, person_id) if person_id else None
    if person_id and person is None:
        raise ValidationError("La persona non esiste più (forse è stata eliminata).")
    values = {f: getattr(person, f) for f in PERSON_FIELDS} if person else None
    comuni = [Place(*row) for row in session.execute(
        select(Comune.id, Comune.name, Comune.province, Comune.codice_catastale,
               Comune.territorial_unit_id).order_by(Comune.name, Comune.province))]
    states = sorted((Place(None, name, "EE", code) for code, name in cf.foreign_states()),
                    key=lambda p: fold(p.name))
    manager_id = values["case_manager_id"] if values else None
    operators = [(oid, f"{last} {first}") for oid, first, last in session.execute(
        select(Operator.id, Operator.first_name, Operator.last_name)
        .where(or_(Operator.active.is_(True), Operator.id == manager_id))
        .order_by(Operator.last_name, Operator.first_name))]
    meta = session.get(ReplicaMeta, DISTRICT_KEY)
    district = meta.value if meta else None
    signed_in = access_of(session)
    if signed_in is not None and signed_in.unit_ids and district not in signed_in.unit_ids:
        # A colleague at this computer: a new person starts in their own district.
        district = session.scalar(select(OperatorDistrict.territorial_unit_id).where(
            OperatorDistrict.operator_id == signed_in.operator_id)
            .order_by(OperatorDistrict.territorial_unit_id).limit(1))
    return PersonForm(PlaceIndex(comuni), PlaceIndex(comuni + states),
                      [(u.id, u.name) for u in districts(session)], operators, values,
                      district)


@dataclass
class PersonHeader:
    id: str
    full_name: str
    age: int | None
    codice_fiscale: str | None
    comune: str | None
    case_manager: str | None
    active_patto_id: str | None
    active_patto_title: str | None
    active_patto_state: str | None
    open_case_phase: str | None
    birth_date: dt.date | None = None
    sex: str | None = None
    active_patto_state_label: str | None = None
    open_case_phase_label: str | None = None
    privacy_gaps: tuple[str, ...] = ()  # what the file lacks for GDPR (consensi.privacy_gaps)
    restricted_on: dt.date | None = None  # processing restricted since (art. 18, core.erasure)


@audited("read", person=lambda a, r: r.id, table="person")
def person_header(session: Session, person_id: str, today: dt.date | None = None) -> PersonHeader:
    """Who the person is at a glance (the scheda's header), catalogue codes
    already turned into labels."""
    today = today or dt.date.today()
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("La persona non esiste (forse è stata eliminata)"
                              f"{out_of_reach(session)}.")
    manager = session.get(Operator, person.case_manager_id) if person.case_manager_id else None
    patto = current_patto_of(session, person_id)
    episode = session.scalar(
        select(CaseEpisode).where(CaseEpisode.person_id == person_id)
        .where(CaseEpisode.chiusura_on.is_(None)).limit(1)
    )
    comune = person.residence_comune.name if person.residence_comune else None
    labels = catalogue_labels(session, "patto_state", "case_phase")
    state = patto.state if patto else None
    phase = episode.phase if episode else None
    return PersonHeader(
        id=person.id, full_name=person.full_name, age=person.age_on(today),
        codice_fiscale=person.codice_fiscale, comune=comune,
        case_manager=manager.full_name if manager else None,
        active_patto_id=patto.id if patto else None,
        active_patto_title=patto.title if patto else None,
        active_patto_state=state, open_case_phase=phase,
        birth_date=person.birth_date, sex=person.sex,
        active_patto_state_label=labels.get(("patto_state", state or ""), state),
        open_case_phase_label=labels.get(("case_phase", phase or ""), phase),
        privacy_gaps=tuple(privacy_gaps(session, person.id)),
        restricted_on=person.restricted_on,
    )


def person_by_ref(session: Session, ref: str) -> Person:
    """The person with this id or codice fiscale (what a CLI user types)."""
    person = session.get(Person, ref.strip()) or person_with_code(session, ref)
    if person is None:
        raise ValidationError(f"«{ref.strip()}» non è né l'id di una persona né un codice "
                              f"fiscale{out_of_reach(session)}.")
    return person
