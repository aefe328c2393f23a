"""Proposing resources for one goal over 1,500 services (target p95 ≤ 50 ms),
next to a bare SELECT of the same 1,500 rows in the same run."""
from __future__ import annotations

import datetime as dt
import random
import time

from sqlalchemy import insert, select

from tests.bench.harness import PASSPHRASE, Row, bench, percentile

SERVICES = 1500
RUNS = 200
RAW = ("SELECT id, name, axis, capacity, target_groups, access_conditions, minimum_age, "
       "maximum_age FROM service WHERE status = 'active'")


def build(store) -> str:
    """1,500 services over the seeded territory's comuni, some full with a
    queue, and one PTRI with a lavoro goal; returns the goal id."""
    from desktop.core import patti as rules
    from desktop.core.model import (
        Attivazione, Comune, Goal, Location, Organisation, Person, Service, ServiceAtLocation,
    )

    rng = random.Random(16)
    with store.session() as s:
        # The directory of one territory: services in the seeded districts' comuni.
        comuni = s.scalars(select(Comune).where(Comune.territorial_unit_id.is_not(None))
                           .order_by(Comune.name)).all()
        for c in comuni:
            c.latitude, c.longitude = 44 + rng.random() * 2, 9 + rng.random() * 3
        org = Organisation(name="Rete di prova", kind="coop_b")
        person = Person(first_name="Sara", last_name="Galli", birth_date=dt.date(1981, 3, 2),
                        residence_comune_id=comuni[0].id)
        s.add_all([org, person])
        s.flush()
        services, locations, links, attivazioni = [], [], [], []
        groups = ["salute_mentale", "disabilita", "anziani", "tutta_popolazione", "minori"]
        for i in range(SERVICES):
            sid, lid = f"svc-{i:05d}", f"loc-{i:05d}"
            capacity = rng.choice([None, 2, 5, 10])
            services.append(dict(
                id=sid, organisation_id=org.id, name=f"Servizio {i}", status="active",
                axis=rng.choice(["abitare", "lavoro", "socialita", "trasversale"]),
                target_groups=rng.sample(groups, 2), access_conditions=["isee"],
                minimum_age=rng.choice([None, 18]), maximum_age=rng.choice([None, 65]),
                capacity=capacity, formal=True, last_verified_on=dt.date(2026, 6, 1)))
            locations.append(dict(id=lid, organisation_id=org.id, name=f"Sede {i}",
                                  comune_id=rng.choice(comuni).id))
            links.append(dict(id=f"sal-{i:05d}", service_id=sid, location_id=lid))
            for n in range((capacity or 0) + rng.choice([0, 0, 2])):
                attivazioni.append(dict(
                    id=f"att-{i:05d}-{n}", service_id=sid, person_id=None,
                    status="attiva" if n < (capacity or 0) else "in_attesa",
                    queued_at=None if n < (capacity or 0) else dt.datetime(2026, 11, 1, 9, n)))
        for model, rows in ((Service, services), (Location, locations),
                            (ServiceAtLocation, links), (Attivazione, attivazioni)):
            s.execute(insert(model), rows)
        patto = rules.new_patto(s, kind="ptri_bds", title="Prova", beneficiaries=[person])
        goal = Goal(axis="lavoro", title="Un tirocinio")
        patto.goals.append(goal)
        s.flush()
        return goal.id


@bench
def propose_for_goal(ctx) -> list[Row]:
    from desktop.core.risorse.proposte import propose_for_goal
    from desktop.core.store import Store

    with Store.open(ctx.scratch / "proposte.db", passphrase=PASSPHRASE, create=True) as store:
        goal_id = build(store)
        ours, raw = [], []
        with store.read() as s:
            cursor = s.connection().connection.driver_connection.cursor()
            assert len(cursor.execute(RAW).fetchall()) == SERVICES
            propose_for_goal(s, goal_id)  # warm the page cache for both paths
            for _ in range(RUNS):
                t = time.perf_counter()
                propose_for_goal(s, goal_id)
                ours.append(time.perf_counter() - t)
                t = time.perf_counter()
                cursor.execute(RAW).fetchall()
                raw.append(time.perf_counter() - t)
    note = f"{SERVICES} servizi × {RUNS} esecuzioni; obiettivo: p95 ≤ 50 ms"
    return [
        Row("propose_for_goal p50", percentile(ours, 50), "SELECT grezza p50",
            percentile(raw, 50), note),
        Row("propose_for_goal p95", percentile(ours, 95), "SELECT grezza p95",
            percentile(raw, 95), note),
    ]
