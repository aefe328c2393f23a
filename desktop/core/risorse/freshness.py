"""How fresh a directory entry is: when it was last verified and by whom, when
it is due again, and «confermato oggi».

The threshold (months without a check before an entry is flagged) lives in this
replica's meta, like the idle lock: the schema has no synced table for team
settings and this work adds no migration, so each laptop keeps its own (default
12 months)."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core.access import require
from desktop.core.errors import ValidationError
from desktop.core.model import Operator, Organisation, ReplicaMeta, Service

STALE_AFTER_MONTHS = 12
STALE_KEY = "resource_stale_after_months"
KINDS = {"service": Service, "organisation": Organisation}


def stale_after_months(session: Session) -> int:
    row = session.get(ReplicaMeta, STALE_KEY)
    return int(row.value) if row is not None and row.value.isdigit() else STALE_AFTER_MONTHS


def set_stale_after_months(session: Session, months: int) -> None:
    """Managing the directory includes deciding when its entries are due again."""
    require(session, "manage_resources")
    if not 1 <= months <= 120:
        raise ValidationError("La soglia va da 1 a 120 mesi.", "mesi")
    session.merge(ReplicaMeta(key=STALE_KEY, value=str(months)))


def months_before(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def stale_cutoff(session: Session, today: dt.date) -> dt.date:
    """Entries last verified before this day (or never) are «da verificare»."""
    return months_before(today, stale_after_months(session))


def is_stale(last_verified_on: dt.date | None, cutoff: dt.date) -> bool:
    return last_verified_on is None or last_verified_on < cutoff


def stale_clause(column, cutoff: dt.date):
    return or_(column.is_(None), column < cutoff)


def confirm_verified(session: Session, kind: str, entry_id: str, operator_id: str | None,
                     today: dt.date | None = None) -> None:
    """«Confermato oggi»: the entry was checked today by this operator."""
    model = KINDS.get(kind)
    entry = session.get(model, entry_id) if model else None
    if entry is None:
        raise ValidationError("La voce non esiste più (forse è stata eliminata).")
    entry.last_verified_on = today or dt.date.today()
    entry.last_verified_by_id = operator_id


@dataclass(frozen=True)
class StaleEntry:
    kind: str  # service / organisation
    id: str
    name: str
    organisation: str | None  # the ente of a service
    last_verified_on: dt.date | None
    verified_by: str | None


def stale_entries(session: Session, today: dt.date | None = None) -> list[StaleEntry]:
    """Services (active ones) and organisations due for a check, never-verified
    and oldest first: the «Da verificare» view."""
    cutoff = stale_cutoff(session, today or dt.date.today())
    names = {oid: f"{first} {last}" for oid, first, last in session.execute(
        select(Operator.id, Operator.first_name, Operator.last_name))}
    entries = [
        StaleEntry("service", sid, name, org, day, names.get(by))
        for sid, name, org, day, by in session.execute(
            select(Service.id, Service.name, Organisation.name, Service.last_verified_on,
                   Service.last_verified_by_id)
            .join(Organisation, Organisation.id == Service.organisation_id)
            .where(Service.status == "active", stale_clause(Service.last_verified_on, cutoff)))
    ] + [
        StaleEntry("organisation", oid, name, None, day, names.get(by))
        for oid, name, day, by in session.execute(
            select(Organisation.id, Organisation.name, Organisation.last_verified_on,
                   Organisation.last_verified_by_id)
            .where(stale_clause(Organisation.last_verified_on, cutoff)))
    ]
    entries.sort(key=lambda e: (e.last_verified_on or dt.date.min, e.name.casefold()))
    return entries
