"""Who is working on this installation: the operator profile signs every entry
(as author and in the change log) and the district scopes the default views."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.core.errors import ValidationError
from desktop.core.model import Operator, Organisation, ReplicaMeta, TerritorialUnit

OPERATOR_KEY = "operator_id"
DISTRICT_KEY = "territorial_unit_id"


def districts(session) -> list[TerritorialUnit]:
    """The units a team can belong to, in a stable order for pickers."""
    return list(session.scalars(
        select(TerritorialUnit)
        .where(TerritorialUnit.kind.in_(("distretto", "ambito", "sub_ambito", "area")))
        .order_by(TerritorialUnit.name)
    ))


@dataclass(frozen=True)
class OperatorChoice:
    """An active operator as pickers show them."""

    id: str
    first_name: str
    last_name: str
    role: str
    territorial_unit_id: str | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def active_operators(session) -> list[OperatorChoice]:
    """The operators still at work, by surname."""
    return [OperatorChoice(o.id, o.first_name, o.last_name, o.role, o.territorial_unit_id)
            for o in session.scalars(select(Operator).where(Operator.active.is_(True))
                                     .order_by(Operator.last_name, Operator.first_name, Operator.id))]


@dataclass(frozen=True)
class ProfileChoices:
    """What the operator profile dialog offers."""

    districts: list[tuple[str, str]]  # id, name
    operators: list[OperatorChoice]
    organisations: list[str]


def profile_choices(session) -> ProfileChoices:
    return ProfileChoices(
        [(u.id, u.name) for u in districts(session)], active_operators(session),
        list(session.scalars(select(Organisation.name).order_by(Organisation.name))))


def current_operator_name(store) -> str | None:
    operator = current_operator(store)
    return operator.full_name if operator else None


def create_profile(store, *, first_name: str, last_name: str, role: str,
                   territorial_unit_id: str, organisation_name: str | None = None,
                   organisation_kind: str = "comune", email: str | None = None) -> str:
    """Create the operator for this installation and make it current."""
    if not first_name.strip() or not last_name.strip():
        raise ValidationError("Nome e cognome dell'operatore sono obbligatori.")
    if not role.strip():
        raise ValidationError("Indica il ruolo (per esempio: assistente sociale, educatore).")
    with store.session() as s:
        if s.get(TerritorialUnit, territorial_unit_id) is None:
            raise ValidationError("Scegli il distretto o l'ambito in cui lavori.")
        organisation_id = None
        if organisation_name and organisation_name.strip():
            org = s.scalar(select(Organisation).where(Organisation.name == organisation_name.strip()))
            if org is None:
                org = Organisation(name=organisation_name.strip(), kind=organisation_kind,
                                   territorial_unit_id=territorial_unit_id)
                s.add(org)
                s.flush()
            organisation_id = org.id
        operator = Operator(first_name=first_name.strip(), last_name=last_name.strip(),
                            role=role.strip(), email=email, organisation_id=organisation_id,
                            territorial_unit_id=territorial_unit_id)
        s.add(operator)
        s.flush()
        operator_id = operator.id
    use_profile(store, operator_id, territorial_unit_id)
    return operator_id


def save_profile(store, operator_id: str | None, territorial_unit_id: str, **fields) -> str:
    """The profile dialog's one action: use an operator already listed, or create one."""
    if operator_id is None:
        return create_profile(store, territorial_unit_id=territorial_unit_id, **fields)
    use_profile(store, operator_id, territorial_unit_id)
    return operator_id


def use_profile(store, operator_id: str, territorial_unit_id: str | None = None) -> None:
    with store.session(capture=False) as s:
        s.merge(ReplicaMeta(key=OPERATOR_KEY, value=operator_id))
        if territorial_unit_id:
            s.merge(ReplicaMeta(key=DISTRICT_KEY, value=territorial_unit_id))
    store.operator_id = operator_id


def current_operator(store) -> Operator | None:
    """The signed-in operator; without accounts, this computer's profile."""
    with store.read() as s:
        if store.access is not None:
            return s.get(Operator, store.access.operator_id)
        meta = s.get(ReplicaMeta, OPERATOR_KEY)
        return s.get(Operator, meta.value) if meta else None
