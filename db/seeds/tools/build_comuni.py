#!/usr/bin/env python3
"""Build db/seeds/comuni.csv from a hand-written territory -> comuni mapping.

The official name and the codice catastale of every comune are taken from the
data shipped with the ``python-codicefiscale`` package
(``codicefiscale/data/municipalities.json``), never typed by hand. Only the
*membership* (which comune belongs to which distretto / ambito / sub-ambito)
is written here, using names that are matched case-, accent- and
punctuation-insensitively against the active municipalities of the given
province.

The script fails loudly (exit status 1, every problem listed) when a name is
not found, is ambiguous, is assigned to two territories, or when a territory
code is missing from territories.csv.

Usage:
    python db/seeds/tools/build_comuni.py            # (re)write comuni.csv
    python db/seeds/tools/build_comuni.py --check    # verify comuni.csv is current
    python db/seeds/tools/build_comuni.py --data /path/to/municipalities.json

Requires ``pip install python-codicefiscale`` unless --data is given.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import json
import sys
import unicodedata
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = SEEDS_DIR / "comuni.csv"
TERRITORIES_CSV = SEEDS_DIR / "territories.csv"
HEADER = ["codice_catastale", "name", "province", "territory_code"]

# Province (sigla) of each territory in the mapping below; used to disambiguate
# homonymous comuni across Italy.
TERRITORY_PROVINCE: dict[str, str] = {
    "DIST-BOLOGNA": "BO",
    "DIST-APPENNINO": "BO",
    "DIST-RLS": "BO",
    "DIST-SAVENA-IDICE": "BO",
    "DIST-PIANURA-EST": "BO",
    "DIST-PIANURA-OVEST": "BO",
    "SA-CR-1": "CR",
    "SA-CR-2": "CR",
    "SA-CR-3": "CR",
    "SA-CR-4": "CR",
    "SA-CR-5": "CR",
    "SA-CR-6": "CR",
    "AMB-SEBINO": "BS",
    "AMB-MONTE-ORFANO": "BS",
    "AMB-OGLIO-OVEST": "BS",
}

# territory_code -> official names of its comuni (current, active names:
# merged comuni such as Valsamoggia or Alto Reno Terme appear once).
COMUNI_BY_TERRITORY: dict[str, list[str]] = {
    # --- AUSL di Bologna (the Circondario Imolese belongs to AUSL di Imola) ---
    "DIST-BOLOGNA": ["Bologna"],
    "DIST-APPENNINO": [
        "Alto Reno Terme",  # Porretta Terme + Granaglione (2016)
        "Camugnano",
        "Castel d'Aiano",
        "Castel di Casio",
        "Castiglione dei Pepoli",
        "Gaggio Montano",
        "Grizzana Morandi",
        "Lizzano in Belvedere",
        "Marzabotto",
        "Monzuno",
        "San Benedetto Val di Sambro",
        "Vergato",
    ],
    "DIST-RLS": [
        "Casalecchio di Reno",
        "Monte San Pietro",
        "Sasso Marconi",
        "Valsamoggia",  # Bazzano, Castello di Serravalle, Crespellano, Monteveglio, Savigno (2014)
        "Zola Predosa",
    ],
    "DIST-SAVENA-IDICE": [
        "Loiano",
        "Monghidoro",
        "Monterenzio",
        "Ozzano dell'Emilia",
        "Pianoro",
        "San Lazzaro di Savena",
    ],
    "DIST-PIANURA-EST": [
        "Argelato",
        "Baricella",
        "Bentivoglio",
        "Budrio",
        "Castel Maggiore",
        "Castello d'Argile",
        "Castenaso",
        "Galliera",
        "Granarolo dell'Emilia",
        "Malalbergo",
        "Minerbio",
        "Molinella",
        "Pieve di Cento",
        "San Giorgio di Piano",
        "San Pietro in Casale",
    ],
    "DIST-PIANURA-OVEST": [
        "Anzola dell'Emilia",
        "Calderara di Reno",
        "Crevalcore",
        "Sala Bolognese",
        "San Giovanni in Persiceto",
        "Sant'Agata Bolognese",
    ],
    # --- Ambito Cremonese: sub-ambiti as listed in the Piano di Zona ---
    "SA-CR-1": [
        "Casalbuttano ed Uniti",  # "Casalbuttano"
        "Corte de' Cortesi con Cignone",  # "Corte de Cortesi"
        "Bordolano",
        "Castelverde",
        "Pozzaglio ed Uniti",  # "Pozzaglio"
    ],
    "SA-CR-2": [
        "Azzanello",
        "Casalmorano",
        "Castelvisconti",
        "Paderno Ponchielli",
        "Sesto ed Uniti",
        "Soresina",
    ],
    "SA-CR-3": [
        "Corte de' Frati",
        "Grontardo",
        "Olmeneta",
        "Scandolara Ripa d'Oglio",  # "Scandolara Ripa Oglio"
        "Robecco d'Oglio",
        "Gadesco-Pieve Delmona",
        "Persico Dosimo",
        "Ostiano",
        "Vescovato",
        "Cappella de' Picenardi",  # "Cappella Picenardi"
        "Cicognolo",
    ],
    "SA-CR-4": [
        "Cella Dati",
        "Derovere",
        "Sospiro",
        "Gerre de' Caprioli",
        "Stagno Lombardo",
        "Pieve d'Olmi",
        "San Daniele Po",
        "Pieve San Giacomo",  # "Pieve S Giacomo"
        "Bonemerse",
        "Malagnino",
        "Gabbioneta-Binanuova",
        "Pescarolo ed Uniti",  # "Pescarolo"
        # "che si coordina con":
        "Isola Dovarese",
        "Pessina Cremonese",  # "Pessina"
        "Volongo",
    ],
    "SA-CR-5": [
        "Pizzighettone",
        "Formigara",
        "Acquanegra Cremonese",  # "Acquanegra"
        "Crotta d'Adda",
        "Grumello Cremonese ed Uniti",  # "Grumello"
        "Annicco",
        "Cappella Cantone",
        "San Bassano",
        "Spinadesco",
    ],
    "SA-CR-6": ["Cremona"],
    # --- ASST Franciacorta (ATS Brescia) ---
    "AMB-SEBINO": [
        "Iseo",  # capofila
        "Corte Franca",
        "Marone",
        "Monte Isola",
        "Monticelli Brusati",
        "Ome",
        "Paderno Franciacorta",
        "Paratico",
        "Provaglio d'Iseo",
        "Sale Marasino",
        "Sulzano",
        "Zone",
    ],
    "AMB-MONTE-ORFANO": [
        "Adro",
        "Capriolo",
        "Cologne",
        "Erbusco",
        "Palazzolo sull'Oglio",
        "Passirano",  # membership to be confirmed with the Ufficio di Piano
        "Pontoglio",
    ],
    "AMB-OGLIO-OVEST": [
        "Castelcovati",
        "Castrezzato",
        "Cazzago San Martino",
        "Chiari",
        "Coccaglio",
        "Comezzano-Cizzago",
        "Roccafranca",
        "Rovato",
        "Rudiano",
        "Trenzano",
        "Urago d'Oglio",
    ],
}

# Consistency checks on the mapping (not written to the CSV).
EXPECTED_COUNTS = {
    "AMB-CREMONESE": (("SA-CR-1", "SA-CR-2", "SA-CR-3", "SA-CR-4", "SA-CR-5", "SA-CR-6"), 47),
}
# Comuni of the province of Bologna that are NOT in AUSL di Bologna
# (Nuovo Circondario Imolese, served by AUSL di Imola). Every other active
# comune of the province must be mapped to an AUSL Bologna district.
BO_NOT_AUSL_BOLOGNA = [
    "Borgo Tossignano",
    "Casalfiumanese",
    "Castel del Rio",
    "Castel Guelfo di Bologna",
    "Castel San Pietro Terme",
    "Dozza",
    "Fontanelice",
    "Imola",
    "Medicina",
    "Mordano",
]
AUSL_BO_DISTRICTS = (
    "DIST-BOLOGNA",
    "DIST-APPENNINO",
    "DIST-RLS",
    "DIST-SAVENA-IDICE",
    "DIST-PIANURA-EST",
    "DIST-PIANURA-OVEST",
)

LEAF_KINDS = {"distretto", "ambito", "sub_ambito", "area"}


def normalize(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key for a comune name."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    for ch in "\u2019\u2018`\u00b4":
        s = s.replace(ch, "'")
    s = s.replace("-", " ").replace("'", "' ")
    return " ".join(s.split())


def default_data_path() -> Path:
    try:
        import codicefiscale  # type: ignore[import-not-found]
    except ImportError:
        sys.exit(
            "python-codicefiscale is not installed: "
            "pip install python-codicefiscale, or pass --data PATH"
        )
    return Path(codicefiscale.__file__).resolve().parent / "data" / "municipalities.json"


def load_active(data_path: Path) -> list[dict]:
    with data_path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return [m for m in data if m.get("active") is True]


def load_territories() -> dict[str, dict]:
    if not TERRITORIES_CSV.exists():
        return {}
    with TERRITORIES_CSV.open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row for row in csv.DictReader(fh)}


def build_rows(active: list[dict]) -> tuple[list[list[str]], list[str]]:
    errors: list[str] = []
    by_prov: dict[str, dict[str, list[dict]]] = {}
    for m in active:
        by_prov.setdefault(m["province"], {}).setdefault(normalize(m["name"]), []).append(m)

    territories = load_territories()
    if not territories:
        errors.append(f"{TERRITORIES_CSV} not found or empty")

    rows: list[list[str]] = []
    seen: dict[str, str] = {}  # codice catastale -> territory
    for territory, names in COMUNI_BY_TERRITORY.items():
        t = territories.get(territory)
        if territories and t is None:
            errors.append(f"{territory}: territory code missing from territories.csv")
        elif t is not None and t["kind"] not in LEAF_KINDS:
            errors.append(f"{territory}: kind {t['kind']!r} cannot hold comuni")
        prov = TERRITORY_PROVINCE.get(territory)
        if prov is None:
            errors.append(f"{territory}: no province in TERRITORY_PROVINCE")
            continue
        index = by_prov.get(prov, {})
        t_rows = []
        for name in names:
            matches = index.get(normalize(name), [])
            codes = {m["code"] for m in matches}
            if not matches:
                close = difflib.get_close_matches(normalize(name), list(index), n=3)
                hint = f" (close: {', '.join(close)})" if close else ""
                errors.append(f"{territory}: {name!r} not found among active comuni of {prov}{hint}")
                continue
            if len(codes) > 1:
                found = ", ".join(f"{m['name']} {m['code']}" for m in matches)
                errors.append(f"{territory}: {name!r} is ambiguous in {prov}: {found}")
                continue
            m = matches[0]
            if m["code"] in seen:
                errors.append(
                    f"{territory}: {m['name']} ({m['code']}) already assigned to {seen[m['code']]}"
                )
                continue
            seen[m["code"]] = territory
            t_rows.append([m["code"], m["name"], m["province"], territory])
        rows.extend(sorted(t_rows, key=lambda r: normalize(r[1])))

    # Expected totals.
    for label, (codes, expected) in EXPECTED_COUNTS.items():
        got = sum(1 for r in rows if r[3] in codes)
        if got != expected:
            errors.append(f"{label}: expected {expected} comuni, got {got}")

    # AUSL Bologna must cover the whole province except the Circondario Imolese.
    bo_index = by_prov.get("BO", {})
    excluded = set()
    for name in BO_NOT_AUSL_BOLOGNA:
        found = bo_index.get(normalize(name))
        if not found:
            errors.append(f"BO_NOT_AUSL_BOLOGNA: {name!r} not found among active comuni of BO")
        else:
            excluded.update(m["code"] for m in found)
    mapped_bo = {r[0] for r in rows if r[3] in AUSL_BO_DISTRICTS}
    for ms in bo_index.values():
        for m in ms:
            if m["code"] not in mapped_bo and m["code"] not in excluded:
                errors.append(f"AUSL-BO: active comune {m['name']} ({m['code']}) is in no district")
    return rows, errors


def render(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="path to municipalities.json")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="fail if the CSV is not up to date")
    args = parser.parse_args(argv)

    data_path = args.data or default_data_path()
    rows, errors = build_rows(load_active(data_path))
    if errors:
        print(f"build_comuni: {len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print(f"  - {e}", file=sys.stderr)
        return 1

    content = render(rows)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != content:
            print(f"build_comuni: {args.output} is out of date; rerun the script", file=sys.stderr)
            return 1
        print(f"build_comuni: {args.output} is up to date ({len(rows)} comuni)")
        return 0

    args.output.write_text(content, encoding="utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[3]] = counts.get(r[3], 0) + 1
    print(f"build_comuni: wrote {len(rows)} comuni to {args.output}")
    for territory, n in counts.items():
        print(f"  {territory}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
