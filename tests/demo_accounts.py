"""The small demo with one account per role, which the access tests, the
window's tests and the cartella's tests share (``demo_file`` in tests/conftest.py
builds it once per test process; every test works on a copy)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from desktop.core import accounts
from desktop.core.model import Operator, Signatory, Support
from desktop.core.store import Store
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 11, 20)
PASSWORD = "una-password-lunga"
USERS = {  # user name -> role
    "capo": "amministratore", "assistente": "assistente_sociale", "educatore": "educatore",
    "sanitario": "operatore_sanitario", "partner": "partner_terzo_settore",
    "coordinatore": "coordinatore",
}


def build_demo_with_accounts(path: Path) -> Path:
    """The small demo with one account per role; the administrator is the
    first account, made from an operator with nothing else to do."""
    from desktop.demo import build

    store = Store.open(path, passphrase=PASSPHRASE, create=True)
    build(store, size="small", seed=3, today=TODAY)
    with store.read() as s:
        operators = s.execute(select(Operator.id, Operator.role, Operator.territorial_unit_id,
                                     Operator.organisation_id)
                              .where(Operator.active).order_by(Operator.id)).all()
        partner_orgs = set(s.scalars(select(Signatory.organisation_id))) | set(
            s.scalars(select(Support.provider_organisation_id)))
    by_role: dict[str, list] = {}
    for row in operators:
        by_role.setdefault(accounts.role_for_title(row.role), []).append(row)
    partner = next(r for r in by_role["partner_terzo_settore"] if r.organisation_id in partner_orgs)
    picks = {"assistente": by_role["assistente_sociale"][0], "educatore": by_role["educatore"][0],
             "sanitario": by_role["operatore_sanitario"][0], "partner": partner,
             "coordinatore": by_role["assistente_sociale"][1], "capo": by_role["educatore"][1]}
    accounts.create_first_administrator(store, username="capo", password=PASSWORD,
                                        operator_id=picks["capo"].id)
    with store.session() as s:
        accounts.set_roles(s, picks["capo"].id, ["amministratore"])
        for user, role in USERS.items():
            if user != "capo":
                accounts.create_account(s, operator_id=picks[user].id, username=user,
                                        password=PASSWORD, roles=[role],
                                        districts=[picks[user].territorial_unit_id],
                                        must_change=False)
    store.close()
    return path
