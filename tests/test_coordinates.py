"""Coordinates of the comuni (GeoNames via db/seeds/comuni_coordinate.csv): every
district comune has them in a fresh store, distances come out right, the file is
sorted and well-formed, and a changed file reaches an existing store."""
from __future__ import annotations

import csv
import re
import shutil

from sqlalchemy import func, select

from desktop.core import seeds
from desktop.core.model import Comune
from desktop.core.risorse.distanze import comune_coordinates, distance_km
from desktop.paths import seeds_dir

# Italy's extent, islands included (Lampedusa to the Vetta d'Italia, Sardinia to Otranto).
LATITUDES, LONGITUDES = (35.4, 47.1), (6.6, 18.6)


def _csv_rows():
    with open(seeds_dir() / seeds.COORDINATES_FILE, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def _by_code(session, code):
    return session.scalar(select(Comune).where(Comune.codice_catastale == code))


def test_every_district_comune_has_coordinates_in_a_fresh_store(store):
    districts = seeds.read_csv(seeds_dir() / "comuni.csv")
    with store.session() as s:
        for row in districts:
            comune = _by_code(s, row["codice_catastale"])
            assert comune.latitude is not None and comune.longitude is not None, comune.name
            assert LATITUDES[0] < comune.latitude < LATITUDES[1], comune.name
            assert LONGITUDES[0] < comune.longitude < LONGITUDES[1], comune.name
        placed = s.scalar(select(func.count()).select_from(Comune)
                          .where(Comune.latitude.is_not(None)))
    assert placed == len(_csv_rows()) - 1


def test_distance_bologna_cremona(store):
    """Straight line between the two town halls' areas: about 126 km (GeoNames
    points 44.49381 N 11.33875 E and 45.13325 N 10.02129 E)."""
    with store.session() as s:
        points = comune_coordinates(s)
        bologna, cremona = _by_code(s, "A944"), _by_code(s, "D150")
        assert (bologna.name, cremona.name) == ("Bologna", "Cremona")
        km = distance_km(points[bologna.id], points[cremona.id])
        neighbours = distance_km(points[bologna.id], points[_by_code(s, "H945").id])
    assert 121 <= km <= 131
    assert 4 <= neighbours <= 12  # San Lazzaro di Savena, next door to Bologna


def test_csv_is_sorted_and_well_formed():
    header, *rows = _csv_rows()
    assert header == ["codice_catastale", "latitude", "longitude"]
    codes = [r[0] for r in rows]
    assert codes == sorted(set(codes))
    active = {c["code"] for c in seeds.active_comuni()}
    assert set(codes) <= active
    assert len(codes) > 0.95 * len(active)
    for code, latitude, longitude in rows:
        assert re.fullmatch(r"[A-Z]\d{3}", code)
        assert re.fullmatch(r"\d{2}\.\d{5}", latitude), code
        assert re.fullmatch(r"\d{1,2}\.\d{5}", longitude), code
        assert LATITUDES[0] < float(latitude) < LATITUDES[1], code
        assert LONGITUDES[0] < float(longitude) < LONGITUDES[1], code


def test_a_changed_file_reaches_an_existing_store(store, tmp_path):
    """The file is digest-tracked: the next load moves a comune the file moved
    and clears one it dropped, and leaves the others as they were."""
    root = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), root)
    header, *rows = _csv_rows()
    kept = [r for r in rows if r[0] != "D150"]  # Cremona dropped
    kept = [[c, "44.50000", "11.30000"] if c == "A944" else [c, lat, lon]
            for c, lat, lon in kept]  # Bologna moved
    with open(root / seeds.COORDINATES_FILE, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([header, *kept])
    with store.session(capture=False) as s:
        before = _by_code(s, "H945")
        san_lazzaro = (before.latitude, before.longitude)
        assert seeds.load_if_missing(s, root) is True
    with store.session() as s:
        bologna, cremona, same = (_by_code(s, code) for code in ("A944", "D150", "H945"))
        assert (bologna.latitude, bologna.longitude) == (44.5, 11.3)
        assert (cremona.latitude, cremona.longitude) == (None, None)
        assert (same.latitude, same.longitude) == san_lazzaro
