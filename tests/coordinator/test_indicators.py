"""The indicators on the seven merged demo districts, each checked against SQL
written here on its own, over the same file: what the page, the exports and
the report show is what the data say."""
from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from desktop.core import matching
from desktop.core.model import CaseEpisode
from desktop.reports.indicators import Filters, indicators
from tests.coordinator.conftest import TODAY, district_rows

pytestmark = pytest.mark.usefixtures("no_keyring")
YEAR = Filters(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
OVERLAPS = "({begin} IS NULL OR {begin} <= :end) AND ({finish} IS NULL OR {finish} >= :start)"


def sql(store, query: str, **params) -> list[tuple]:
    with store.read() as s:
        return [tuple(r) for r in s.execute(sa.text(query), {"start": YEAR.start,
                                                            "end": YEAR.end, **params})]


def tables(store, filters=YEAR) -> dict:
    with store.read() as s:
        return {t.key: t for t in indicators(s, filters, today=TODAY)}


def test_every_figure_matches_sql_written_apart(merged):
    found = tables(merged)
    in_care = OVERLAPS.format(begin="c.segnalazione_on", finish="c.chiusura_on")
    assert dict(found["persone_distretto"].rows) == dict(sql(merged, f"""
        SELECT d.name, count(DISTINCT c.person_id) FROM case_episode c
        JOIN record_origin o ON o.table_name = 'person' AND o.row_id = c.person_id
        JOIN coordinator_district d ON d.id = o.district_id WHERE {in_care} GROUP BY d.name"""))
    assert sum(n for _, n in found["persone_comune"].rows) == sql(merged, f"""
        SELECT count(DISTINCT c.person_id) FROM case_episode c WHERE {in_care}""")[0][0]
    running = OVERLAPS.format(begin="p.start_on", finish="p.end_on")
    assert dict(found["patti_tipo"].rows) == dict(sql(merged, f"""
        SELECT k.label, count(*) FROM patto p JOIN catalogue_item k
          ON k.catalogue = 'patto_kind' AND k.code = p.kind
        WHERE p.state != 'bozza' AND {running} GROUP BY k.label"""))
    assert {r[0]: r[1:] for r in found["budget_fonte"].rows} == {
        label: (committed, spent) for label, committed, spent in sql(merged, f"""
        SELECT k.label, sum(b.committed_cents), sum(b.spent_cents) FROM budget_line b
        JOIN patto p ON p.id = b.patto_id
        JOIN catalogue_item k ON k.catalogue = 'funding_source' AND k.code = b.funding_source
        WHERE p.state != 'bozza' AND {running} GROUP BY k.label""")}
    assert dict(found["verifiche"].rows) == dict(zip(
        ("Previste", "Svolte", "Scadute e non svolte"), sql(merged, f"""
        SELECT count(*), count(v.held_on),
               sum(CASE WHEN v.held_on IS NULL AND v.scheduled_on < :today THEN 1 ELSE 0 END)
        FROM verification v JOIN patto p ON p.id = v.patto_id
        WHERE v.scheduled_on BETWEEN :start AND :end AND p.state != 'bozza' AND {running}""",
                                                                    today=TODAY)[0]))
    opened = dict(sql(merged, """
        SELECT strftime('%m/%Y', segnalazione_on), count(*) FROM case_episode
        WHERE segnalazione_on BETWEEN :start AND :end GROUP BY 1"""))
    assert {m: n for m, n, _ in found["casi_mese"].rows if n} == opened
    assert len(found["casi_mese"].rows) == 12
    requested = OVERLAPS.format(begin="requested_on", finish="ended_on")
    assert sum(n for _, n in found["attivazioni_stato"].rows) == sql(merged, f"""
        SELECT count(*) FROM attivazione WHERE {requested}""")[0][0]
    assert all(t.rows for t in found.values() if t.key != "durata_presa_in_carico")


def test_a_district_filter_and_a_person_counted_once(merged):
    districts = {row.name: row.id for row in district_rows(merged)}
    crema_only = tables(merged, Filters(YEAR.start, YEAR.end, (districts["Crema"],)))
    assert [name for name, _ in crema_only["persone_distretto"].rows] == ["Crema"]
    everyone = tables(merged)
    total = sum(n for _, n in everyone["persone_distretto"].rows)
    assert f"In tutto {total} persone" in everyone["persone_distretto"].note
    # one person of Cremona, in care, also followed by Crema and confirmed as one
    with merged.read() as s:
        cremona_person, crema_person = s.execute(sa.text("""
            SELECT c.person_id, x.row_id FROM case_episode c
            JOIN record_origin o ON o.row_id = c.person_id AND o.table_name = 'person'
            JOIN record_origin x ON x.table_name = 'person' AND x.district_id = :crema
            WHERE o.district_id = :cremona AND c.chiusura_on IS NULL
              AND x.row_id NOT IN (SELECT person_id FROM case_episode) LIMIT 1"""),
            {"crema": districts["Crema"], "cremona": districts["Cremona"]}).one()
    with merged.session() as s:
        s.add(CaseEpisode(person_id=crema_person, origin="servizi_sociali",
                          segnalazione_on=dt.date(2026, 3, 2)))
    with merged.session() as s:
        matching.decide(s, cremona_person, crema_person, "confermato")
    again = tables(merged)
    counts = dict(again["persone_distretto"].rows)
    assert counts["Crema"] == dict(everyone["persone_distretto"].rows)["Crema"] + 1
    assert f"In tutto {total} persone" in again["persone_distretto"].note  # still once


def test_waiting_times_per_district_on_planted_episodes(store):
    """Waits from segnalazione to presa in carico and from progettazione to
    erogazione, and who still waits at the end of the period, figure by figure."""
    from desktop.core.model import CoordinatorDistrict, Person, RecordOrigin

    d = dt.date
    planted = {  # district: [(segnalazione, valutazione, progettazione, attivazione, chiusura)]
        "Appennino": [(d(2026, 1, 10), d(2026, 1, 20), d(2026, 2, 1), d(2026, 2, 21), None),
                      (d(2026, 2, 1), d(2026, 3, 3), d(2026, 3, 10), d(2026, 4, 9), None),
                      (d(2026, 5, 1), None, None, None, None),  # waits 60 days at 30/06
                      (d(2025, 11, 1), d(2025, 12, 1), None, None, d(2026, 2, 1)),  # before
                      (d(2026, 6, 1), None, None, None, d(2026, 6, 10)),  # closed, not waiting
                      (d(2026, 6, 20), d(2026, 7, 5), None, None, None)],  # waits 10 at 30/06
        "Pianura Est": [(d(2026, 3, 1), d(2026, 3, 5), None, None, None),
                        (d(2026, 1, 1), None, None, None, None),  # waits 180 days
                        (d(2026, 4, 1), d(2026, 4, 15), d(2026, 5, 1), d(2026, 7, 10), None)],
    }
    with store.session() as s:
        for n, (name, episodes) in enumerate(planted.items()):
            district = CoordinatorDistrict(id=f"d{n}", name=name, kind="file", location="-",
                                           team_id=f"team{n}", added_at=dt.datetime(2026, 1, 1))
            s.add(district)
            for k, (reported, taken, designed, delivered, closed) in enumerate(episodes):
                person = Person(first_name="Persona", last_name=f"{name} {k}")
                s.add(person)
                s.flush()
                s.add(RecordOrigin(table_name="person", row_id=person.id, district_id=district.id))
                s.add(CaseEpisode(person_id=person.id, origin="scuola", segnalazione_on=reported,
                                  valutazione_on=taken, progettazione_on=designed,
                                  attivazione_on=delivered, chiusura_on=closed,
                                  phase="chiusura" if closed else "segnalazione"))
    half = Filters(d(2026, 1, 1), d(2026, 6, 30))
    found = tables(store, half)
    assert found["tempi_attesa"].rows == (
        ("Appennino", 2, 20.0, 20.0, 25.0, 25.0, 2, 60.0),
        ("Pianura Est", 2, 9.0, 9.0, None, None, 1, 180.0),
        ("Tutti i distretti", 4, 12.0, 14.5, 25.0, 25.0, 3, 180.0))
    assert "30/06/2026" in found["tempi_attesa"].note
    # the same wait definition in the duration of the cases closed in the period
    assert found["durata_presa_in_carico"].rows == (
        ("Durata media, dalla segnalazione alla chiusura", 50.5),
        ("Attesa media, dalla segnalazione alla valutazione", 30.0))
    pianura = tables(store, Filters(half.start, half.end, ("d1",)))["tempi_attesa"].rows
    assert pianura == (("Pianura Est", 2, 9.0, 9.0, None, None, 1, 180.0),
                       ("Tutti i distretti", 2, 9.0, 9.0, None, None, 1, 180.0))
    # a period ending after today measures the waits today
    today = tables(store, Filters(d(2026, 7, 1), d(2026, 12, 31)))["tempi_attesa"]
    assert today.rows[-1][6:] == (2, float((TODAY - d(2026, 1, 1)).days))
