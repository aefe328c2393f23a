"""The benefit trap on a real store: a planted person with a pensione di
invalidità and a tirocinio, the year's thresholds from the seeds, the fallback
to the latest year, and the seeds file itself."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from desktop.core.cartella import trappola
from desktop.core.cartella.misure import MeasureFields, save_measure
from desktop.core.cartella.nucleo import HouseholdFields, save_household_member
from desktop.core.model import CatalogueItem, Patto, PattoBeneficiary, Person
from desktop.core.seeds import THRESHOLD_CATALOGUE, load_thresholds

TODAY = dt.date.today()
YEAR = TODAY.year


def person(store, first="Lucia", last="Ferri") -> str:
    with store.session() as s:
        p = Person(first_name=first, last_name=last)
        s.add(p)
    return p.id


def measure(store, person_id, kind, status="in_fruizione", monthly=None,
            start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 12, 31)) -> str:
    with store.session() as s:
        return save_measure(s, person_id, MeasureFields(
            measure_type=kind, status=status, start_on=start, end_on=end,
            monthly_amount_cents=monthly))


def warnings(store, person_id, **kw):
    with store.read() as s:
        return trappola.benefit_warnings(s, person_id, today=kw.pop("today", TODAY), **kw)


def seeded(store, year):
    with store.read() as s:
        return trappola.thresholds(s, year)


def test_a_tirocinio_over_the_partial_invalidity_limit_is_flagged(store):
    lucia = person(store)
    measure(store, lucia, "pensione_invalidita", monthly=33600)
    measure(store, lucia, "indennita_tirocinio", monthly=50000)
    used, rules = seeded(store, YEAR)
    limit = next(r for r in rules if r.key == "invalidita_parziale")
    found = warnings(store, lucia)
    assert [w.title for w in found] == [limit.label]  # the 100% limit is far away
    w = found[0]
    assert w.projected_cents == 600000 and w.threshold_cents == limit.threshold_cents
    assert w.threshold_cents < 600000
    assert w.consequence == "sospensione" and w.rule == limit.rule
    assert w.benefit == "Pensione di invalidità civile" and w.person_name == "Lucia Ferri"
    assert "6.000,00" in w.message and "reddito da lavoro annuo della persona" in w.message
    assert w.year == YEAR and w.thresholds_year == used
    assert str(used) in w.year_note and "L. 118/1971" in w.year_note
    assert w.provisional == limit.provisional
    assert ("provvisorie" in w.year_note) == limit.provisional


def test_below_the_threshold_or_without_the_benefit_nothing_is_said(store):
    lucia = person(store)
    measure(store, lucia, "pensione_invalidita")
    measure(store, lucia, "indennita_tirocinio", monthly=40000)  # 4.800 € a year
    assert warnings(store, lucia) == []
    bruno = person(store, "Bruno", "Neri")
    measure(store, bruno, "indennita_tirocinio", monthly=90000)
    measure(store, bruno, "pensione_invalidita", status="terminata")  # no longer received
    assert warnings(store, bruno) == []
    carla = person(store, "Carla", "Neri")
    measure(store, carla, "indennita_tirocinio", monthly=90000)
    measure(store, carla, "pensione_invalidita", start=dt.date(YEAR - 3, 1, 1),
            end=dt.date(YEAR - 1, 6, 30))  # still «in fruizione», but it ended last year
    assert warnings(store, carla) == []


def test_only_the_months_of_the_year_count(store):
    lucia = person(store)
    measure(store, lucia, "pensione_invalidita")
    measure(store, lucia, "indennita_tirocinio", monthly=100000,
            start=dt.date(YEAR - 1, 3, 1), end=dt.date(YEAR, 5, 15))  # 5 months this year
    assert [w.projected_cents for w in warnings(store, lucia)] == []  # 5.000 € < limit
    assert trappola.months_in_year(dt.date(YEAR, 11, 20), None, YEAR) == 2
    assert trappola.months_in_year(None, dt.date(YEAR - 1, 12, 31), YEAR) == 0


def test_a_measure_being_entered_warns_before_it_is_saved(store):
    lucia = person(store)
    measure(store, lucia, "naspi")
    tirocinio = measure(store, lucia, "borsa_lavoro", monthly=30000)  # 3.600 €
    assert warnings(store, lucia) == []
    contract = MeasureFields("contratto_lavoro", "presentata", start_on=dt.date(YEAR, 1, 1),
                             monthly_amount_cents=50000)  # + 6.000 € → 9.600 €
    [w] = warnings(store, lucia, extra=contract)
    assert (w.consequence, w.projected_cents, w.threshold_cents) == ("decadenza", 960000, 850000)
    raised = MeasureFields("borsa_lavoro", "in_fruizione", start_on=dt.date(YEAR, 1, 1),
                           monthly_amount_cents=80000)  # the same borsa, 9.600 € a year
    [w] = warnings(store, lucia, extra=raised, replacing=tirocinio)
    assert w.projected_cents == 960000
    assert warnings(store, lucia) == []  # nothing was saved


def test_adi_counts_the_work_of_the_household(store):
    mother, son = person(store, "Anna", "Russo"), person(store, "Marco", "Russo")
    measure(store, mother, "adi", monthly=50000)
    measure(store, son, "contratto_lavoro", monthly=40000)  # 4.800 € a year
    assert warnings(store, mother) == []  # not in the household yet
    with store.session() as s:
        save_household_member(s, mother, HouseholdFields(
            "", "", "figlio_figlia", member_person_id=son))
    [w] = warnings(store, mother)
    assert (w.measure_type, w.projected_cents, w.threshold_cents) == ("adi", 480000, 300000)
    assert w.consequence == "riduzione" and "del nucleo" in w.counts


def test_a_year_without_thresholds_uses_the_latest_and_says_so(store):
    latest = max(int(y) for y in load_thresholds()["years"])
    lucia = person(store)
    measure(store, lucia, "pensione_invalidita", end=None)  # received next year too
    later = dt.date(latest + 1, 6, 1)
    measure(store, lucia, "indennita_tirocinio", monthly=50000,
            start=dt.date(latest + 1, 1, 1), end=dt.date(latest + 1, 12, 31))
    [w] = warnings(store, lucia, today=later)
    assert (w.year, w.thresholds_year) == (latest + 1, latest)
    assert f"Soglie {latest} (per il {latest + 1} non sono ancora registrate)" in w.year_note


def test_the_patto_shows_the_warnings_of_its_beneficiaries(store):
    lucia, bruno = person(store), person(store, "Bruno", "Neri")
    measure(store, lucia, "pensione_invalidita")
    measure(store, lucia, "indennita_tirocinio", monthly=50000)
    with store.session() as s:
        patto = Patto(title="Percorso lavoro", kind="budget_salute")
        s.add(patto)
        s.flush()
        s.add_all([PattoBeneficiary(patto_id=patto.id, person_id=lucia, position=0),
                   PattoBeneficiary(patto_id=patto.id, person_id=bruno, position=1)])
    with store.read() as s:
        found = trappola.patto_benefit_warnings(s, patto.id, TODAY)
    assert [(w.person_id, w.measure_type) for w in found] == [(lucia, "pensione_invalidita")]


def test_the_seeds_file_loads_and_every_entry_is_well_formed(store):
    spec = load_thresholds()
    with store.read() as s:
        measure_types = {c for (c,) in s.query(CatalogueItem.code)
                         .filter(CatalogueItem.catalogue == "measure_type")}
        loaded = s.query(CatalogueItem).filter(CatalogueItem.catalogue == THRESHOLD_CATALOGUE).all()
    assert len(loaded) == sum(len(entries) for entries in spec["years"].values())
    for year, entries in spec["years"].items():
        assert int(year) > 2000
        keys = [e["key"] for e in entries]
        assert len(keys) == len(set(keys)), year
        for e in entries:
            assert e["measure_type"] in measure_types, e
            assert isinstance(e["threshold_cents"], int) and e["threshold_cents"] > 0, e
            assert e["counts"] in trappola.COUNTS, e
            assert e["consequence"] in ("sospensione", "decadenza", "riduzione"), e
            assert e["label"].strip() and e["rule"].strip() and e["source"].strip(), e
            if e.get("provisional"):
                assert "circolare INPS" in e["note"], e
    known = {(y, e["key"]): e["threshold_cents"] for y, es in spec["years"].items() for e in es}
    assert known[("2024", "invalidita_parziale")] == 572546
    assert known[("2025", "invalidita_parziale")] == 577135
    assert known[("2024", "invalidita_totale")] == 1946112
    assert known[("2025", "invalidita_totale")] == 1977250


@pytest.mark.parametrize("year", [2024, 2025])
def test_official_years_are_not_provisional(store, year):
    used, rules = seeded(store, year)
    assert used == year and rules and not any(r.provisional for r in rules)


def test_a_changed_thresholds_file_is_loaded_again(store, tmp_path):
    """The thresholds file is part of the seeds digest: a new figure reloads."""
    from desktop.core.seeds import load_if_missing
    from desktop.paths import seeds_dir

    root = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), root)
    spec = load_thresholds(root)
    spec["years"]["2025"][0]["threshold_cents"] += 1
    (root / "benefit_thresholds.json").write_text(json.dumps(spec), encoding="utf-8")
    with store.session() as s:
        assert load_if_missing(s, root)
    used, rules = seeded(store, 2025)
    assert rules[0].threshold_cents == spec["years"]["2025"][0]["threshold_cents"]
