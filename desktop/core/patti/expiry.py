"""Patti past their end date that still run. Nothing ends a patto by itself when
its period is over: the équipe decides. Until then the patto is flagged in the
lists and the agenda, and the two ways out are proposed: renew it (the patto is
closed and a successor in bozza carries its content) or close it."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import and_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desktop.core.errors import ValidationError
from desktop.core.model import Patto
from desktop.core.patti.lifecycle import RUNNING_STATES, perform

# The ways out of an expired patto, with the words of their buttons.
CHOICES = {"rinnova": "Rinnova", "chiudi": "Chiudi"}


def is_expired(state: str, end_on: dt.date | None, today: dt.date) -> bool:
    """Signed and still running, with its end date behind it."""
    return state in RUNNING_STATES and end_on is not None and end_on < today


def expired_clause(today: dt.date) -> ColumnElement[bool]:
    """``is_expired`` as a query condition, for the lists that keep only those."""
    return and_(Patto.state.in_(RUNNING_STATES), Patto.end_on < today)


def settle_expired(session: Session, patto_id: str, choice: str, *,
                   author_id: str | None = None, today: dt.date | None = None) -> str | None:
    """Renew (returns the successor's id) or close an expired patto, through the
    lifecycle's own actions; a patto that is not expired is refused."""
    today = today or dt.date.today()
    if choice not in CHOICES:
        raise ValidationError(f"Scelta sconosciuta per un patto scaduto: «{choice}».")
    patto = session.get(Patto, patto_id)
    if patto is None:
        raise ValidationError("Questo patto non esiste più: forse è stato eliminato da un collega.")
    if not is_expired(patto.state, patto.end_on, today):
        raise ValidationError(f"Il patto «{patto.title}» non è scaduto: si rinnova o si chiude "
                              "dall'editor del patto.")
    if choice == "rinnova" and patto.state == "in_verifica":
        return perform(session, patto, "renew", author_id=author_id, today=today).id
    perform(session, patto, "conclude")
    if choice == "chiudi":
        return None
    return perform(session, patto, "renew", author_id=author_id, today=today).id
