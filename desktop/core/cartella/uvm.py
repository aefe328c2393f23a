"""UVM / équipe multidisciplinare: the sessions where the services met about a
person (who, from which organisation, in which role), the instruments they
used, what they decided and the budget they authorised; and the patto's link
to the UVM that authorised it.

The rules live here, for the window and the CLI alike: a session is recorded
once held (never dated in the future), has members and a decision; the next
review becomes a scadenza of kind «altro» so the agenda shows it (not
«verifica_patto»: a review by the UVM is not one of the patto's own
verifications, which the agenda already lists, and the session may authorise
no patto at all). Only an approving session of one of the beneficiaries can
authorise a patto, and only while the patto can still change."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import formats, records
from desktop.core.catalogues import catalogue_choices, catalogue_labels
from desktop.core.cartella.consensi import organisation_choices
from desktop.core.cartella.diario import case_episode_for
from desktop.core.cartella.templates import usable_templates, versions
from desktop.core.errors import ValidationError
from desktop.core.model import (
    Deadline, Operator, Organisation, Patto, PattoBeneficiary, Person, Tombstone, UvmMember,
    UvmSession,
)
from desktop.core.audit import audited, first_page
from desktop.core.patti import lifecycle
from desktop.core.patti.budget import budget_totals

AUTHORISING = ("approvato", "approvato_con_modifiche")
REVIEW_KIND = "altro"  # catalogue deadline_kind: see the module's docstring
GONE = "Questa seduta UVM non esiste più: forse è stata eliminata da un collega."


@dataclass(frozen=True)
class MemberFields:
    """One member: an operator of the team, or a person named with their organisation."""

    operator_id: str | None = None
    name: str = ""
    organisation_id: str | None = None
    role: str = ""


@dataclass(frozen=True)
class SessionFields:
    """What the user says about a session; ``instruments`` are template codes
    or free names, ``decision`` a code of the catalogue uvm_decision."""

    held_on: dt.date | None
    decision: str
    members: tuple[MemberFields, ...] = ()
    place: str = ""
    instruments: tuple[str, ...] = ()
    decision_text: str = ""
    budget_authorised_cents: int | None = None
    next_review_on: dt.date | None = None


@dataclass(frozen=True)
class MemberRow:
    operator_id: str | None
    name: str
    organisation_id: str | None
    organisation: str
    role: str

    @property
    def text(self) -> str:
        """«Nome (Organizzazione) — ruolo»."""
        org = f" ({self.organisation})" if self.organisation else ""
        return f"{self.name}{org} — {self.role}" if self.role else f"{self.name}{org}"


@dataclass(frozen=True)
class LinkedPatto:
    id: str
    title: str


@dataclass(frozen=True)
class UvmRow:
    id: str
    held_on: dt.date
    place: str
    members: tuple[MemberRow, ...]
    instruments: tuple[str, ...]  # as stored: template codes or free names
    instrument_names: tuple[str, ...]
    decision: str
    decision_label: str
    decision_text: str
    budget_authorised_cents: int | None
    budget_text: str
    next_review_on: dt.date | None
    patti: tuple[LinkedPatto, ...] = field(default=())

    @property
    def members_text(self) -> str:
        return "; ".join(m.text for m in self.members)

    @property
    def authorises(self) -> bool:
        return self.decision in AUTHORISING


@dataclass(frozen=True)
class UvmChoice:
    """A session the patto editor offers to link, or the one linked."""

    id: str
    held_on: dt.date
    decision_label: str
    budget_authorised_cents: int | None
    authorises: bool

    @property
    def label(self) -> str:
        budget = (f" (budget autorizzato {formats.money(self.budget_authorised_cents)})"
                  if self.budget_authorised_cents is not None else "")
        return f"UVM del {formats.day(self.held_on)} — {self.decision_label}{budget}"


# ------------------------------------------------------------------ checks
def check_member(member: MemberFields, position: int) -> MemberFields:
    where = f"Partecipante n. {position}"
    name = (member.name or "").strip()
    if not member.operator_id and not name:
        raise ValidationError(f"{where}: scegli un operatore dell'équipe o scrivi il nome.",
                              "members")
    role = (member.role or "").strip()
    if not role:
        raise ValidationError(f"{where}: indica il ruolo nella seduta.", "members")
    return MemberFields(member.operator_id or None, "" if member.operator_id else name,
                        member.organisation_id or None, role)


def check_session(fields: SessionFields, today: dt.date | None = None) -> SessionFields:
    """The fields as they will be stored, or a ValidationError naming the field.
    A UVM is recorded after it is held, never before."""
    today = today or dt.date.today()
    if fields.held_on is None:
        raise ValidationError("Data della seduta: indica la data (gg/mm/aaaa).", "held_on")
    if fields.held_on > today:
        raise ValidationError("La seduta UVM si registra dopo che si è tenuta: la data non può "
                              "essere nel futuro.", "held_on")
    if not fields.decision:
        raise ValidationError("Scegli la decisione dell'UVM.", "decision")
    if fields.budget_authorised_cents is not None and fields.budget_authorised_cents < 0:
        raise ValidationError("Il budget autorizzato non può essere negativo.", "budget")
    if fields.next_review_on is not None and fields.next_review_on <= fields.held_on:
        raise ValidationError("La prossima rivalutazione deve venire dopo la seduta.",
                              "next_review_on")
    if not fields.members:
        raise ValidationError("Indica almeno un partecipante alla seduta.", "members")
    members = tuple(check_member(m, i) for i, m in enumerate(fields.members, 1))
    instruments = tuple(dict.fromkeys(i.strip() for i in fields.instruments if i and i.strip()))
    return replace(fields, members=members, instruments=instruments,
                   place=(fields.place or "").strip(),
                   decision_text=(fields.decision_text or "").strip())


@dataclass(frozen=True)
class FormChoices:
    """What the session form offers: decisions, the team's operators (with
    their organisation, proposed for them), organisations, instruments."""

    decisions: list[tuple[str, str]]
    operators: list[tuple[str, str]]  # id, «Cognome Nome — ruolo»
    operator_organisations: dict[str, str | None]
    organisations: list[tuple[str, str]]
    instruments: list[tuple[str, str]]  # template code, name


# ------------------------------------------------------------------ reads
def form_choices(session: Session) -> FormChoices:
    operators = list(session.scalars(select(Operator).where(Operator.active.is_not(False))
                                     .order_by(Operator.last_name, Operator.first_name)))
    return FormChoices(
        catalogue_choices(session, "uvm_decision")["uvm_decision"],
        [(o.id, f"{o.last_name} {o.first_name}" + (f" — {o.role}" if o.role else ""))
         for o in operators],
        {o.id: o.organisation_id for o in operators},
        organisation_choices(session), instrument_choices(session))


def instrument_names(session: Session, codes: list[str] | tuple[str, ...]) -> list[str]:
    """Template codes as their names; a free name stays as typed."""
    names = []
    for code in codes:
        known = versions(session, code)
        names.append(known[-1].name if known else code)
    return names


def instrument_choices(session: Session) -> list[tuple[str, str]]:
    """(code, name) of the templates a session may name as instruments."""
    return [(t.code, t.name) for t in usable_templates(session)]


def _member_rows(session: Session, uvm: UvmSession) -> tuple[MemberRow, ...]:
    out = []
    for m in uvm.members:
        operator = session.get(Operator, m.operator_id) if m.operator_id else None
        org_id = m.organisation_id or (operator.organisation_id if operator else None)
        org = session.get(Organisation, org_id) if org_id else None
        out.append(MemberRow(m.operator_id, operator.full_name if operator else m.name, org_id,
                             org.name if org else "", m.role))
    return tuple(out)


@audited("read", person=lambda a, r: a["person_id"], table="uvm_session", when=first_page)
def list_sessions(session: Session, person_id: str, offset: int = 0,
                  limit: int | None = None) -> list[UvmRow]:
    """The person's sessions, the latest first, with the patti each authorised."""
    labels = catalogue_labels(session, "uvm_decision")
    sessions = list(session.scalars(
        select(UvmSession).where(UvmSession.person_id == person_id)
        .order_by(UvmSession.held_on.desc(), UvmSession.id).offset(offset).limit(limit)))
    linked: dict[str, list[LinkedPatto]] = {}
    if sessions:
        for p in session.scalars(select(Patto).where(
                Patto.uvm_session_id.in_([u.id for u in sessions])).order_by(Patto.start_on)):
            linked.setdefault(p.uvm_session_id, []).append(LinkedPatto(p.id, p.title or ""))
    return [
        UvmRow(u.id, u.held_on, u.place or "", _member_rows(session, u),
               tuple(u.instruments or ()), tuple(instrument_names(session, u.instruments or [])),
               u.decision, labels.get(("uvm_decision", u.decision), u.decision),
               u.decision_text or "", u.budget_authorised_cents,
               formats.money(u.budget_authorised_cents), u.next_review_on,
               tuple(linked.get(u.id, ())))
        for u in sessions
    ]


def _choice(session: Session, u: UvmSession, labels=None) -> UvmChoice:
    labels = labels or catalogue_labels(session, "uvm_decision")
    return UvmChoice(u.id, u.held_on, labels.get(("uvm_decision", u.decision), u.decision),
                     u.budget_authorised_cents, u.decision in AUTHORISING)


def uvm_choices(session: Session, person_ids: list[str]) -> list[UvmChoice]:
    """The sessions of these people (a patto's beneficiaries), latest first."""
    if not person_ids:
        return []
    labels = catalogue_labels(session, "uvm_decision")
    return [_choice(session, u, labels) for u in session.scalars(
        select(UvmSession).where(UvmSession.person_id.in_(person_ids))
        .order_by(UvmSession.held_on.desc(), UvmSession.id))]


def linked_uvm(session: Session, patto: Patto) -> UvmChoice | None:
    """The session that authorised the patto, if any (and still visible)."""
    uvm = session.get(UvmSession, patto.uvm_session_id) if patto.uvm_session_id else None
    return _choice(session, uvm) if uvm is not None else None


def budget_warning(committed_cents: int, authorised_cents: int | None) -> str | None:
    """A warning, not a refusal: the patto commits more than the UVM authorised."""
    if authorised_cents is None or committed_cents <= authorised_cents:
        return None
    return (f"Il budget impegnato nel patto ({formats.money(committed_cents)}) supera quello "
            f"autorizzato dall'UVM ({formats.money(authorised_cents)}).")


# ------------------------------------------------------------------ writes
def review_deadline_id(uvm_session_id: str) -> str:
    """The one scadenza of a session's next review, the same on every replica."""
    return str(uuid.uuid5(uuid.UUID(uvm_session_id), "next_review"))


def _sync_review(session: Session, uvm: UvmSession) -> None:
    """The next review as a scadenza: created, moved (and reopened) with the
    session, removed when the date is cleared. A reminder the user removed
    stays removed."""
    deadline_id = review_deadline_id(uvm.id)
    deadline = session.get(Deadline, deadline_id)
    if uvm.next_review_on is None:
        if deadline is not None and deadline.done_on is None:
            session.delete(deadline)
        return
    if deadline is None:
        if session.get(Tombstone, ("deadline", deadline_id)) is not None:
            return
        deadline = Deadline(id=deadline_id, person_id=uvm.person_id, kind=REVIEW_KIND,
                            operator_id=uvm.recorded_by_id)
        session.add(deadline)
    elif deadline.due_on != uvm.next_review_on:
        deadline.done_on = None
    deadline.due_on = uvm.next_review_on
    deadline.description = f"Rivalutazione UVM (seduta del {formats.day(uvm.held_on)})"


def _linked_patti(session: Session, uvm_session_id: str) -> list[Patto]:
    return list(session.scalars(select(Patto).where(Patto.uvm_session_id == uvm_session_id)))


def save_session(session: Session, person_id: str, fields: SessionFields,
                 uvm_session_id: str | None = None, *, today: dt.date | None = None) -> str:
    """A new session of the person, or ``uvm_session_id`` changed (members
    replaced, in order); returns its id. A session that authorised a patto
    keeps an approving decision."""
    fields = check_session(fields, today)
    for m in fields.members:
        if m.operator_id and session.get(Operator, m.operator_id) is None:
            raise ValidationError("Un operatore scelto non è più nell'elenco: sceglilo di nuovo.",
                                  "members")
        if m.organisation_id and session.get(Organisation, m.organisation_id) is None:
            raise ValidationError("Un'organizzazione scelta non è più nell'elenco: sceglila di "
                                  "nuovo.", "members")
    if uvm_session_id is None:
        if session.get(Person, person_id) is None:
            raise ValidationError("La persona non esiste più in questo database.")
        uvm = UvmSession(person_id=person_id, case_episode_id=case_episode_for(session, person_id),
                         recorded_by_id=session.info.get("operator_id"))
        session.add(uvm)
    else:
        uvm = records.existing(session, UvmSession, uvm_session_id, GONE)
        if fields.decision not in AUTHORISING:
            patti = _linked_patti(session, uvm.id)
            if patti:
                raise ValidationError(
                    f"Questa UVM ha autorizzato il patto «{patti[0].title}»: la decisione deve "
                    "restare un'approvazione (scollega prima il patto).", "decision")
        for member in list(uvm.members):
            uvm.members.remove(member)
        session.flush()
    uvm.held_on = fields.held_on
    uvm.place = fields.place or None
    uvm.instruments = list(fields.instruments)
    uvm.decision = fields.decision
    uvm.decision_text = fields.decision_text or None
    uvm.budget_authorised_cents = fields.budget_authorised_cents
    uvm.next_review_on = fields.next_review_on
    for position, m in enumerate(fields.members):
        uvm.members.append(UvmMember(position=position, operator_id=m.operator_id, name=m.name,
                                     organisation_id=m.organisation_id, role=m.role))
    session.flush()
    _sync_review(session, uvm)
    session.flush()
    return uvm.id


def remove_session(session: Session, uvm_session_id: str) -> None:
    """Refused while a patto names it as its authorisation; its open review goes with it."""
    uvm = session.get(UvmSession, uvm_session_id)
    if uvm is None:
        return
    patti = _linked_patti(session, uvm.id)
    if patti:
        raise ValidationError(f"Questa UVM ha autorizzato il patto «{patti[0].title}»: non si "
                              "può eliminare finché il patto è collegato.")
    uvm.next_review_on = None
    _sync_review(session, uvm)
    session.delete(uvm)
    session.flush()


def authorise_patto(session: Session, patto_id: str, uvm_session_id: str | None) -> str | None:
    """Link the patto to the session that authorised it (None: unlink).
    Returns a warning when the patto commits more than was authorised."""
    patto = session.get(Patto, patto_id)
    if patto is None:
        raise ValidationError("Il patto non esiste più in questo database.")
    if lifecycle.is_closed(patto):
        raise ValidationError("Il patto è chiuso: l'UVM che lo ha autorizzato non si cambia più.",
                              "uvm")
    if lifecycle.is_read_only(patto):
        raise ValidationError("Il patto è firmato: per cambiare l'UVM che lo autorizza usa "
                              "«Modifica in itinere».", "uvm")
    if uvm_session_id is None:
        patto.uvm_session_id = None
        session.flush()
        return None
    uvm = session.get(UvmSession, uvm_session_id)
    if uvm is None:
        raise ValidationError(GONE, "uvm")
    beneficiaries = set(session.scalars(select(PattoBeneficiary.person_id)
                                        .where(PattoBeneficiary.patto_id == patto.id)))
    if uvm.person_id not in beneficiaries:
        raise ValidationError("L'UVM scelta non riguarda nessuno dei beneficiari del patto.", "uvm")
    if uvm.decision not in AUTHORISING:
        label = catalogue_labels(session, "uvm_decision").get(("uvm_decision", uvm.decision),
                                                              uvm.decision)
        raise ValidationError(f"L'UVM del {formats.day(uvm.held_on)} non ha approvato il progetto "
                              f"(decisione: {label}): non può autorizzare il patto.", "uvm")
    patto.uvm_session_id = uvm.id
    session.flush()
    return budget_warning(budget_totals(patto.budget_lines).committed_total,
                          uvm.budget_authorised_cents)
