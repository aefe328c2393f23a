"""The Risorse page's reads over 1,500 services: the «Per comune» grouping and
the «Da verificare» list, each next to a bare SELECT of the same rows in the
same run, and saving one service through the editor next to a bare INSERT of
its rows."""
from __future__ import annotations

import datetime as dt
import random
import time

from sqlalchemy import insert, select

from tests.bench.harness import PASSPHRASE, TODAY, Row, bench, percentile

SERVICES = 1500
RUNS = 30
RAW_LIST = ("SELECT s.id, s.name, o.name, s.axis, s.capacity, s.last_verified_on, c.name "
            "FROM service s JOIN organisation o ON o.id = s.organisation_id "
            "LEFT JOIN service_at_location sl ON sl.service_id = s.id "
            "LEFT JOIN location l ON l.id = sl.location_id LEFT JOIN comune c ON c.id = l.comune_id "
            "WHERE s.status = 'active' ORDER BY s.name")
RAW_STALE = ("SELECT id, name, last_verified_on FROM service WHERE status = 'active' AND "
             "(last_verified_on IS NULL OR last_verified_on < ?) UNION ALL "
             "SELECT id, name, last_verified_on FROM organisation WHERE "
             "last_verified_on IS NULL OR last_verified_on < ? ORDER BY 3")


def build(store) -> None:
    """1,500 services of 60 enti over the seeded districts' comuni, verified
    over the last three years."""
    from desktop.core.model import Comune, Location, Organisation, Service, ServiceAtLocation

    rng = random.Random(16)
    with store.session() as s:
        comuni = s.scalars(select(Comune.id).where(Comune.territorial_unit_id.is_not(None))
                           .order_by(Comune.name)).all()
        orgs = [dict(id=f"org-{i:03d}", name=f"Ente {i}", kind="coop_b",
                     last_verified_on=TODAY - dt.timedelta(days=rng.randint(0, 1100)))
                for i in range(60)]
        services, locations, links = [], [], []
        for i in range(SERVICES):
            sid, lid = f"svc-{i:05d}", f"loc-{i:05d}"
            services.append(dict(
                id=sid, organisation_id=orgs[i % 60]["id"], name=f"Servizio {i}",
                status="active", axis=rng.choice(["abitare", "lavoro", "socialita"]),
                target_groups=["salute_mentale"], access_conditions=["isee"],
                capacity=rng.choice([None, 5, 10]), formal=True,
                last_verified_on=TODAY - dt.timedelta(days=rng.randint(0, 1100))))
            locations.append(dict(id=lid, organisation_id=orgs[i % 60]["id"], name=f"Sede {i}",
                                  comune_id=rng.choice(comuni)))
            links.append(dict(id=f"sal-{i:05d}", service_id=sid, location_id=lid))
        for model, rows in ((Organisation, orgs), (Service, services), (Location, locations),
                            (ServiceAtLocation, links)):
            s.execute(insert(model), rows)


def _times(fn, runs: int = RUNS) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


@bench
def directory_views(ctx) -> list[Row]:
    from desktop.core.risorse import freshness, ricerca
    from desktop.core.store import Store

    store = Store.open(ctx.scratch / "risorse.db", passphrase=PASSPHRASE, create=True)
    try:
        build(store)
        with store.read() as s:
            cursor = s.connection().connection.driver_connection.cursor()
            cutoff = freshness.stale_cutoff(s, TODAY).isoformat()
            grouped = _times(lambda: ricerca.services_by_comune(s, today=TODAY, limit=5000))
            listed = _times(lambda: ricerca.find_services(s, today=TODAY, limit=5000))
            raw_list = _times(lambda: cursor.execute(RAW_LIST).fetchall())
            due = _times(lambda: freshness.stale_entries(s, TODAY))
            raw_due = _times(lambda: cursor.execute(RAW_STALE, (cutoff, cutoff)).fetchall())
        note = f"{SERVICES} servizi × {RUNS}"
        return [
            Row("Per comune p50", percentile(grouped, 50), "SELECT grezzo dell'elenco p50",
                percentile(raw_list, 50), note),
            Row("Elenco (find_services) p50", percentile(listed, 50),
                "SELECT grezzo dell'elenco p50", percentile(raw_list, 50), note),
            Row("Da verificare p50", percentile(due, 50), "SELECT grezzo delle voci scadute p50",
                percentile(raw_due, 50), note),
        ]
    finally:
        store.close()


@bench
def save_one_service(ctx) -> list[Row]:
    """One service with two places, three opening intervals and two contacts."""
    from desktop.core.model import Contact, Location, Schedule, Service, ServiceAtLocation
    from desktop.core.risorse import editing
    from desktop.core.risorse.editing import (
        ContactValues, LocationValues, ScheduleValues, ServiceValues,
    )
    from desktop.core.store import Store

    store = Store.open(ctx.scratch / "salva.db", passphrase=PASSPHRASE, create=True)
    try:
        build(store)
        with store.read() as s:
            comuni = s.execute(select(Location.comune_id).limit(2)).scalars().all()

        def values(i: int) -> ServiceValues:
            return ServiceValues(
                organisation_id="org-001", name=f"Nuovo {i}", axis="lavoro", capacity="4",
                languages=["it", "en"], cost="120,50", taxonomy=["lav_tirocinio"],
                locations=[LocationValues(name=f"Sede {n}", postal_code="26100",
                                          comune_id=comuni[n],
                                          schedules=[ScheduleValues(["MO", "WE"], "09:00", "12:00"),
                                                     ScheduleValues(["TU"], "14:00", "18:00")])
                           for n in range(2)],
                contacts=[ContactValues(name="Anna", phone="0372 123456"),
                          ContactValues(name="Marco", email="marco@esempio.it")])

        ours, raw = [], []
        for i in range(RUNS):
            start = time.perf_counter()
            with store.session() as s:
                editing.save_service(s, values(i), today=TODAY)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            with store.session() as s:
                sid = f"raw-{i}"
                s.execute(insert(Service), [dict(id=sid, organisation_id="org-001",
                                                 name=f"Grezzo {i}", axis="lavoro")])
                s.execute(insert(Location), [dict(id=f"{sid}-l{n}", name="Sede") for n in range(2)])
                s.execute(insert(ServiceAtLocation), [dict(id=f"{sid}-sl{n}", service_id=sid,
                                                           location_id=f"{sid}-l{n}")
                                                      for n in range(2)])
                s.execute(insert(Schedule), [dict(id=f"{sid}-h{n}", service_id=sid, byday="MO",
                                                  opens_at="09:00", closes_at="12:00")
                                             for n in range(4)])
                s.execute(insert(Contact), [dict(id=f"{sid}-c{n}", service_id=sid, name="Anna")
                                            for n in range(2)])
            raw.append(time.perf_counter() - start)
        return [Row("save_service p50 (2 sedi, 4 orari, 2 contatti)", percentile(ours, 50),
                    "INSERT grezzo delle stesse righe p50", percentile(raw, 50), f"× {RUNS}")]
    finally:
        store.close()
