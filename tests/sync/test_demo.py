"""Two demo databases built with different seeds meet through a folder and through
WebDAV: both end with the same digest, and the sync root shows no name."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core.model import Person
from desktop.core.store import Store
from desktop.sync.team import create_team, join_team

from .conftest import PASSPHRASE, digest, sync_all

demo = pytest.importorskip("desktop.demo")


@pytest.mark.slow
@pytest.mark.parametrize("via", ["folder", "webdav"])
def test_two_demo_databases_converge(team, folder, webdav, via):
    """Demo data first, then a demo team (a database in a team takes no demo data)."""
    a, b = (Store.open(team.tmp / f"{name}.db", passphrase=PASSPHRASE, create=True)
            for name in ("a", "b"))
    team.stores += [a, b]
    demo.build(a, size="small", seed=1, today=dt.date(2026, 11, 20))
    demo.build(b, size="small", seed=2, today=dt.date(2026, 11, 20))
    code = create_team(a)
    assert code.startswith("DEMO-")
    join_team(b, code)
    target = folder if via == "folder" else webdav.target(timeout=60)
    sync_all([a, b], target)
    assert digest(a) == digest(b)
    with a.read() as s:
        person = s.scalars(select(Person).order_by(Person.id)).first()
    root = folder.root if via == "folder" else webdav.path
    needle = person.last_name.encode()
    for f in root.rglob("*"):
        if f.is_file():
            assert needle not in f.read_bytes()
