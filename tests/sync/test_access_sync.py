"""Accounts, roles and assignments travel like any record: a laptop that joins
the team signs its colleagues in offline, a role two administrators changed
apart is a conflict resolved like any other, and a grant withdrawn on one
laptop counts on the other after the sync."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core import accounts
from desktop.core.access import PermissionDenied
from desktop.core.model import Operator, Person, Role, SyncConflict
from desktop.core.persone import people
from desktop.core.profile import create_profile, districts
from desktop.sync.conflicts import resolve_conflict

from .conftest import digest, sync_all

PASSWORD = "una-password-lunga"


def first_administrator(store) -> str:
    with store.read() as s:
        district = districts(s)[0].id
    create_profile(store, first_name="Anna", last_name="Verdi", role="assistente sociale",
                   territorial_unit_id=district)
    accounts.create_first_administrator(store, username="anna", password=PASSWORD)
    return district


def test_a_new_laptop_knows_its_colleagues_and_their_grants(team, folder):
    a, b = team.replica(), team.replica()
    district = first_administrator(a)
    with a.session() as s:
        s.add(Person(first_name="Ada", last_name="Neri", home_territorial_unit_id=district))
        s.add(colleague := Operator(first_name="Luca", last_name="Galli", role="educatore",
                                    territorial_unit_id=district))
        s.flush()
        accounts.create_account(s, operator_id=colleague.id, username="luca", password=PASSWORD,
                                roles=["educatore"], districts=[district], must_change=False)
    sync_all([a, b], folder)
    luca = accounts.sign_in(b, "luca", PASSWORD)  # offline, on the other laptop
    assert luca.role_codes == ("educatore",) and district in luca.unit_ids
    with b.read() as s:
        assert [p.last_name for p in people(s)] == ["Neri"]

    with a.session() as s:  # the administrator withdraws the account on her laptop
        accounts.set_disabled(s, "luca", True)
    sync_all([a, b], folder)
    with pytest.raises(PermissionDenied, match="disattivato"):
        with b.read() as s:
            people(s)
    b.sign_out()  # the comparison reads as the system
    assert digest(a) == digest(b)


def test_two_administrators_change_one_role_apart_and_resolve_it(team, folder):
    a, b = team.replica(), team.replica()
    first_administrator(a)
    sync_all([a, b], folder)
    accounts.sign_in(b, "anna", PASSWORD)
    for store, permissions in ((a, ["read", "print"]), (b, ["read", "write", "export"])):
        with store.session() as s:
            s.scalar(select(Role).where(Role.code == "educatore")).permissions = permissions
    sync_all([a, b], folder)
    sync_all([a, b], folder)
    values = []
    for store in (a, b):
        with store.read() as s:
            values.append(s.scalar(select(Role.permissions).where(Role.code == "educatore")))
            conflict = s.scalar(select(SyncConflict).where(SyncConflict.table_name == "role"))
    assert values[0] == values[1] and conflict is not None and conflict.field == "permissions"
    resolve_conflict(a, conflict.id, "modifica", ["read", "write", "print"])
    sync_all([a, b], folder)
    for store in (a, b):
        with store.read() as s:
            assert s.scalar(select(Role.permissions).where(Role.code == "educatore")) == [
                "read", "write", "print"]
        store.sign_out()
    assert digest(a) == digest(b)


def test_a_conflict_on_a_record_out_of_reach_is_not_listed(team, folder):
    from desktop.sync.conflicts import list_conflicts

    a, b = team.replica(), team.replica()
    district = first_administrator(a)
    with a.session() as s:
        s.add(colleague := Operator(first_name="Luca", last_name="Galli", role="educatore",
                                    territorial_unit_id=district))
        s.flush()
        accounts.create_account(s, operator_id=colleague.id, username="luca", password=PASSWORD,
                                roles=["educatore"], districts=[district], must_change=False)
    a.sign_out()  # as the system: a person in nobody's district (an operator may not make one)
    with a.session() as s:
        s.add(person := Person(first_name="Ada", last_name="Neri"))
    sync_all([a, b], folder)
    for store, phone in ((a, "0521 111111"), (b, "0521 222222")):
        with store.session() as s:
            s.get(Person, person.id).phone = phone
    sync_all([a, b], folder)
    assert any(c.row_id == person.id for c in list_conflicts(a))
    accounts.sign_in(b, "luca", PASSWORD)
    with b.read() as s:
        assert s.get(Person, person.id) is None
    assert not any(c.row_id == person.id for c in list_conflicts(b))
