"""The demo generator: reference data in, a living district out.

High-volume tables (people, rete, prese in carico, diario, valutazioni, misure,
scadenze, risorse) go in with bulk ``insert(Model)`` in batches, which change
capture records row by row; patti are built with the ORM through
``desktop.core.patti`` so their versions, fingerprints and frozen copies
are exactly what the application would produce. Only ``rng`` decides content;
no clock is read.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import insert, select

from desktop.demo.ids import id_maker, seeded_ids
from desktop.core.errors import DemoRefusedError, TessereError
from desktop.core.model import (
    Assessment, AssessmentTemplate, Attivazione, BudgetLine, CaseEpisode, CatalogueItem, Consent,
    Comune, Commitment, Contact, Deadline, DiaryEntry, Document, Goal, Location, Measure,
    NetworkMember, Operator, Organisation, Person, Schedule, Service,
    ServiceAtLocation, ServiceTaxonomy, Signatory, Support, TerritorialUnit, Verification,
)
from desktop.core.model.cartella import CASE_PHASES
from desktop.demo.process import Authorisations, add_households

# The phases the generator draws a wait for, in order; orientamento is placed
# between segnalazione and valutazione without a draw, so adding it changed no
# other demo record.
DRAWN_PHASES = tuple(p for p in CASE_PHASES[1:] if p != "orientamento")
from desktop.core import audit, diary_index, patti as rules
from desktop.core.rules.codice_fiscale import compute
from desktop.core.cartella.valutazioni import check_answers
from desktop.core.risorse.distanze import comune_coordinates
from desktop.core.risorse.validazione import partita_iva_check_digit
from desktop.paths import seeds_dir

PERSON_BATCH = 2000
PATTO_BATCH = 150


@dataclass(frozen=True)
class Size:
    people: int
    diary: int
    patti: int
    services: int
    operators: int
    third_sector: int


SIZES = {
    "small": Size(people=200, diary=3000, patti=60, services=80, operators=40, third_sector=30),
    "ambito": Size(people=20_000, diary=400_000, patti=3000, services=1500, operators=320,
                   third_sector=260),
    # One district team of an ambito of seven (the coordinator's benchmark), and
    # a tenth of it; ten operators at least: the demo has ten districts to staff.
    "distretto": Size(people=2_860, diary=57_000, patti=430, services=215, operators=46,
                      third_sector=37),
    "distretto_decimo": Size(people=286, diary=5_700, patti=43, services=22, operators=10,
                             third_sector=4),
}


@dataclass
class Summary:
    size: str
    seed: int
    today: dt.date
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


def _load(name: str) -> dict[str, Any]:
    return json.loads((seeds_dir() / "demo" / name).read_text(encoding="utf-8"))


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def valid_tax_code(digits: str) -> str:
    """Eleven random digits made a valid partita IVA (the last one replaced by the
    check digit, so the random stream is the same), as the ente editor demands."""
    return digits[:10] + partita_iva_check_digit(digits[:10])


class _Generator:
    def __init__(self, store, size: str, seed: int, today: dt.date,
                 progress: Callable[[str], None]):
        if size not in SIZES:
            raise TessereError(
                f"Dimensione «{size}» sconosciuta: scegli tra {', '.join(SIZES)}."
            )
        self.store, self.size_name, self.size = store, size, SIZES[size]
        self.today, self.progress = today, progress
        self.rng = random.Random(seed)
        self.seed = seed
        self.authorisations = Authorisations(seed)
        self.new_id = id_maker(random.Random(f"ids-{seed}"))
        self.names = _load("names.json")
        self.texts = _load("texts.json")
        self.orgdata = _load("organisations.json")

    # ------------------------------------------------------------ helpers
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def weighted(self, pairs):
        """pairs: [(value, weight), ...]"""
        return self.rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]

    def days_ago(self, low: int, high: int) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(low, high))

    def verified_on(self, key: str) -> dt.date | None:
        """When a directory entry was last checked: drawn apart from the main random
        stream, so the rest of the demo is the same as without it."""
        side = random.Random(key)
        return None if side.random() < 0.1 else self.today - dt.timedelta(days=side.randint(5, 900))

    def service_people(self, key: str, targets: list[str]) -> dict:
        """Languages and ages a service of these target groups plausibly has
        (drawn apart from the main random stream, as ``verified_on``)."""
        side = random.Random(key)
        languages = ["it"] + (["ar", "fr", "en"] if "migranti" in targets else
                              side.choice([[], [], ["en"], ["en", "fr"]]))
        low, high = (16, 29) if "giovani" in targets else (65, None) if "anziani" in targets else (
            (None, 17) if "minori" in targets else side.choice([(18, None), (18, 64), (None, None)]))
        return dict(languages=languages, minimum_age=low, maximum_age=high)

    def phone(self) -> str:
        r = self.rng
        return f"+39 3{r.randint(20, 93)} {r.randint(100, 999)} {r.randint(1000, 9999)}"

    def fill(self, template: str, **values: str) -> str:
        for key, value in values.items():
            template = template.replace("{" + key + "}", value)
        return template

    def insert(self, session, model, rows: list[dict[str, Any]], chunk: int = 5000) -> None:
        for i in range(0, len(rows), chunk):
            session.execute(insert(model), rows[i:i + chunk])

    # ------------------------------------------------------------ reference
    def load_reference(self, s) -> None:
        units = {u.id: u for u in s.scalars(select(TerritorialUnit))}
        self.units = units
        cat: dict[str, list[CatalogueItem]] = {}
        for item in s.scalars(select(CatalogueItem).order_by(CatalogueItem.catalogue,
                                                             CatalogueItem.position)):
            cat.setdefault(item.catalogue, []).append(item)
        self.cat = cat
        self.codes = {name: [i.code for i in items] for name, items in cat.items()}
        self.stages = {i.code: [st["code"] for st in i.extra["stages"]] for i in cat["axis"]}
        self.taxonomy = {i.code: i.extra for i in cat["resource_taxonomy"]}
        self.templates = [t.definition for t in s.scalars(
            select(AssessmentTemplate).order_by(AssessmentTemplate.code))]

        def chain(unit_id):
            out = []
            while unit_id:
                out.append(units[unit_id])
                unit_id = units[unit_id].parent_id
            return out

        self.comuni = []  # dicts for the district comuni
        for c in s.scalars(select(Comune).where(Comune.territorial_unit_id.is_not(None))
                           .order_by(Comune.codice_catastale)):
            ch = chain(c.territorial_unit_id)
            district = next(u for u in ch if u.kind in ("distretto", "ambito"))
            ente = next(u for u in ch if u.kind == "ente")
            self.comuni.append(dict(id=c.id, name=c.name, code=c.codice_catastale,
                                    unit_id=c.territorial_unit_id, district=district.id,
                                    ente=ente.code))
        self.districts = sorted({c["district"] for c in self.comuni})
        self.comuni_by_district = {d: [c for c in self.comuni if c["district"] == d]
                                   for d in self.districts}
        self.comune_weights = [12 if c["name"] in ("Bologna", "Cremona") else 1
                               for c in self.comuni]
        self.birth_comuni = []
        for name, province in self.names["italian_birth_comuni"]:
            row = s.execute(select(Comune.id, Comune.codice_catastale).where(
                Comune.name == name, Comune.province == province)).first()
            if row:
                self.birth_comuni.append((row[0], row[1]))
        # The coordinates of each comune: its real ones (GeoNames, loaded with the
        # seeds), else jittered around its area's centre. The jitter is drawn for
        # every comune, so the random stream, and the whole demo after it, stays
        # the same whether or not a comune has coordinates.
        real = comune_coordinates(s)
        for c in self.comuni:
            lat, lon, spread = self.orgdata["regions"][c["ente"]]
            jittered = (round(lat + self.rng.uniform(-spread, spread), 5),
                        round(lon + self.rng.uniform(-spread, spread), 5))
            c["lat"], c["lon"] = real.get(c["id"], jittered)

    # ------------------------------------------------------------ organisations
    def organisations(self, s) -> None:
        rows, self.orgs = [], []

        def add(name, kind, comune, district):
            oid = self.new_id()
            slug = "".join(ch for ch in name.lower() if ch.isalnum())[:24] or "ente"
            rows.append(dict(
                id=oid, name=name, kind=kind, comune_id=comune["id"],
                territorial_unit_id=district,
                tax_code=valid_tax_code("".join(str(self.rng.randint(0, 9)) for _ in range(11))),
                email=f"info@{slug}.it", website=f"https://www.{slug}.it",
                description=None, last_verified_on=self.verified_on(f"ente:{name}:{len(rows)}"),
            ))
            self.orgs.append(dict(id=oid, name=name, kind=kind, comune=comune, district=district))
            return oid

        seen_ente = set()
        for district in self.districts:
            comuni = self.comuni_by_district[district]
            main = comuni[0]
            ente_code = main["ente"]
            health = self.orgdata["health"][ente_code]
            if ente_code not in seen_ente:
                seen_ente.add(ente_code)
                add(health["ente"], health["kind"], main, district)
                for name, kind, ente in self.orgdata["public"]:
                    if ente == ente_code:
                        add(name, kind, main, district)
            for pattern, kind in health["units"]:
                add(self.fill(pattern, comune=main["name"]), kind, main, district)
            unit_name = self.units[district].name.split(" ", 1)[-1]
            add(f"Unione dei Comuni – {unit_name}", "unione_comuni", main, district)
            add(f"Centro per l'Impiego di {main['name']}", "cpi", main, district)
            for c in comuni[: max(2, len(comuni) // (3 if self.size_name == "small" else 1))]:
                add(f"Servizio Sociale Territoriale – Comune di {c['name']}", "comune", c, district)
        kinds = [(k, w) for k, w in (("coop_a", 6), ("coop_b", 4), ("associazione", 4),
                                     ("odv", 3), ("aps", 3), ("associazione_familiari", 1),
                                     ("parrocchia", 3), ("fondazione", 1), ("impresa", 4),
                                     ("ente_formazione", 1))]
        ts = self.orgdata["third_sector"]
        for i in range(self.size.third_sector):
            district = self.districts[i % len(self.districts)]
            comune = self.pick(self.comuni_by_district[district])
            kind = self.weighted(kinds)
            name = self.fill(self.pick(ts[kind]), nome=self.pick(self.orgdata["org_names"]),
                             santo=self.pick(self.orgdata["saints"]),
                             santo2=self.pick(self.orgdata["saints"]),
                             cognome=self.pick(self.names["groups"][0]["last"]))
            add(name, kind, comune, district)
        self.insert(s, Organisation, rows)
        self.orgs_by = {}
        for o in self.orgs:
            self.orgs_by.setdefault((o["district"], o["kind"]), []).append(o)
        self.progress(f"Enti e organizzazioni: {len(rows)}")

    def org_of(self, district: str, kinds: tuple[str, ...]) -> dict:
        options = [o for k in kinds for o in self.orgs_by.get((district, k), [])]
        if not options:
            options = [o for o in self.orgs if o["kind"] in kinds] or self.orgs
        return self.pick(options)

    # ------------------------------------------------------------ operators
    def operators(self, s) -> None:
        italians = self.names["groups"][0]
        group_kinds = {
            "comune": ("comune",), "health": ("ausl", "asst"), "coop_a": ("coop_a",),
            "coop_b": ("coop_b",), "asc_asp": ("asc_asp", "unione_comuni"),
            "third_sector": ("associazione", "odv", "aps", "parrocchia", "coop_a"),
        }
        roles = [(r, r["weight"]) for r in self.orgdata["roles"]]
        rows, self.ops = [], []
        for i in range(self.size.operators):
            district = self.districts[i % len(self.districts)]
            role = self.weighted(roles)
            org = self.org_of(district, group_kinds[role["org"]])
            female = self.rng.random() < 0.7
            first = self.pick(italians["female" if female else "male"])
            last = self.pick(italians["last"])
            oid = self.new_id()
            slug = "".join(ch for ch in f"{first}.{last}".lower() if ch.isalnum() or ch == ".")
            rows.append(dict(id=oid, first_name=first, last_name=last, role=role["role"],
                             email=f"{slug}@{org['name'][:3].lower()}.example.it",
                             phone=self.phone(), active=self.rng.random() > 0.04,
                             organisation_id=org["id"], territorial_unit_id=district))
            self.ops.append(dict(id=oid, name=f"{first} {last}", role=role["role"],
                                 org=org["id"], org_name=org["name"], district=district))
        self.insert(s, Operator, rows)
        self.ops_by_district = {d: [o for o in self.ops if o["district"] == d]
                                for d in self.districts}
        self.managers_by_district = {
            d: [o for o in ops if o["role"] in ("assistente sociale", "educatore professionale")]
            or ops for d, ops in self.ops_by_district.items()}
        self.progress(f"Operatori: {len(rows)}")

    # ------------------------------------------------------------ resources
    def services(self, s) -> None:
        templates = self.orgdata["services"]
        terms = sorted(templates)
        svc, tax, loc, sal, con, sch = [], [], [], [], [], []
        self.services_by = {}
        for i in range(self.size.services):
            term = terms[i % len(terms)] if i < len(terms) else self.pick(terms)
            pattern, org_kind = self.pick(templates[term])
            district = self.pick(self.districts)
            kinds = ("ausl", "asst") if org_kind == "health" else (org_kind,)
            org = self.org_of(district, kinds)
            comune = org["comune"] if self.rng.random() < 0.6 else self.pick(
                self.comuni_by_district[district])
            name = self.fill(pattern, comune=comune["name"],
                             nome=self.pick(self.orgdata["org_names"]))
            axis = self.taxonomy[term]["axis"]
            housing = term.startswith("abi_") and term not in ("abi_fondi_garanzia",)
            capacity = self.rng.randint(3, 12) if housing or term.startswith("soc_lab") else (
                self.rng.choice([None, 10, 15, 20, 30]))
            verified = self.days_ago(5, 900)
            informal = org["kind"] in ("parrocchia", "odv", "associazione") and self.rng.random() < 0.35
            sid = self.new_id()
            cost = self.rng.choice([0, 0, 0, 1500, 4000, 12000, 45000, 90000])
            targets = self.rng.sample(self.codes["target_group"], self.rng.randint(1, 3))
            svc.append(dict(
                id=sid, organisation_id=org["id"], name=name, axis=axis, status="active",
                description=f"{name}: servizio offerto da {org['name']} a {comune['name']}.",
                target_groups=targets, **self.service_people(f"servizio:{i}:{name}", targets),
                access_conditions=self.rng.sample(self.codes["access_condition"],
                                                  self.rng.randint(1, 2)),
                eligibility_description=self.pick([
                    "Accesso su invio del servizio sociale o del CSM.",
                    "Aperto a tutti i residenti del distretto.",
                    "Per persone con certificazione di invalidità o L. 104.",
                    "Colloquio di conoscenza prima dell'inserimento."]),
                fees_description="Gratuito" if cost == 0 else "Quota mensile a carico del progetto",
                cost_cents=cost, capacity=capacity,
                formal=not informal,
                scale=self.pick(self.codes["resource_scale"]),
                sharing_level=self.pick(["pubblico", "pubblico", "rete", "riservato"]),
                hosts_prepared=self.rng.random() < 0.6,
                email=f"servizi{i}@{org['name'][:3].lower().replace(' ', '')}.example.it",
                url=None,
                last_verified_on=verified,
                last_verified_by_id=self.pick(self.ops_by_district[district])["id"],
            ))
            tax.append(dict(id=self.new_id(), service_id=sid, term_code=term))
            parent = self.taxonomy[term].get("parent")
            if parent:
                tax.append(dict(id=self.new_id(), service_id=sid, term_code=parent))
            lid = self.new_id()
            street = self.pick(self.names["streets"])
            loc.append(dict(
                id=lid, organisation_id=org["id"], name=f"Sede di {comune['name']}",
                address=f"{street} {self.rng.randint(1, 180)}", comune_id=comune["id"],
                latitude=round(comune["lat"] + self.rng.uniform(-0.01, 0.01), 5),
                longitude=round(comune["lon"] + self.rng.uniform(-0.01, 0.01), 5),
                transit=self.fill(self.pick(self.orgdata["bus"]), n=str(self.rng.randint(1, 99)),
                                  via=street),
                distance_from_hub_km=round(self.rng.uniform(0.2, 35), 1),
                accessible=self.rng.random() < 0.75,
                accessibility_notes=self.pick([None, "Ingresso con rampa", "Ascensore",
                                               "Scale senza ascensore"]),
            ))
            salid = self.new_id()
            sal.append(dict(id=salid, service_id=sid, location_id=lid))
            con.append(dict(id=self.new_id(), organisation_id=org["id"], service_id=sid,
                            name=self.pick(self.ops_by_district[district])["name"],
                            title="Referente", phone=self.phone(),
                            email=f"referente{i}@example.it"))
            for byday, opens, closes in self.pick([
                [("MO,WE,FR", "09:00", "13:00")],
                [("MO,TU,WE,TH,FR", "08:30", "17:30")],
                [("TU,TH", "14:30", "18:30"), ("SA", "09:00", "12:00")],
                [("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")],
            ]):
                sch.append(dict(id=self.new_id(), service_id=sid, service_at_location_id=salid,
                                byday=byday, opens_at=opens, closes_at=closes, description=None))
            self.services_by.setdefault((district, axis), []).append(
                dict(id=sid, org=org["id"], name=name, cost=cost, comune=comune["name"]))
        self.insert(s, Service, svc)
        self.insert(s, ServiceTaxonomy, tax)
        self.insert(s, Location, loc)
        self.insert(s, ServiceAtLocation, sal)
        self.insert(s, Contact, con)
        self.insert(s, Schedule, sch)
        self.progress(f"Servizi della mappa delle risorse: {len(svc)}")

    def service_for(self, district: str, axis: str) -> dict | None:
        options = self.services_by.get((district, axis))
        if not options:
            options = [v for (d, a), vs in sorted(self.services_by.items()) if a == axis
                       for v in vs]
        return self.pick(options) if options else None

    # ------------------------------------------------------------ people
    def person(self, index: int) -> dict[str, Any]:
        r = self.rng
        group = self.weighted([(g, g["weight"]) for g in self.names["groups"]])
        sex = "F" if r.random() < 0.5 else "M"
        first = self.pick(group["female" if sex == "F" else "male"])
        last = self.pick(group["last"])
        age = self.weighted([((12, 17), 6), ((18, 40), 34), ((41, 64), 38), ((65, 90), 22)])
        birth = self.today - dt.timedelta(days=r.randint(age[0] * 365 + 1, age[1] * 365 + 360))
        residence = r.choices(self.comuni, self.comune_weights)[0]
        birth_comune_id = birth_code = birth_country = None
        if group["country"] is None or r.random() < 0.12:
            if group["country"] is None and r.random() < 0.45:
                birth_comune_id, birth_code = self.pick(self.birth_comuni)
            else:
                birth_comune_id, birth_code = residence["id"], residence["code"]
        else:
            birth_country = group["country"]
        cf, reason = None, None
        if (birth_country and r.random() < 0.1) or r.random() < 0.005:
            reason = self.pick(self.names["cf_missing_reasons"])
        else:
            cf = compute(first_name=first, last_name=last, sex=sex, birth_date=birth,
                         birthplace=birth_code or birth_country)
        episodes = self.episodes(age[0])
        first_day = episodes[0]["segnalazione_on"]
        district = residence["district"]
        manager = self.pick(self.managers_by_district[district])
        guardian = r.random() < 0.06 and age[0] >= 18
        consent = first_day + dt.timedelta(days=r.randint(0, 40)) if r.random() < 0.9 else None
        pid = self.new_id()
        slug = "".join(ch for ch in f"{first}.{last}".lower() if ch.isascii() and (ch.isalnum() or ch == "."))
        row = dict(
            id=pid, first_name=first, last_name=last, sex=sex, birth_date=birth,
            birth_comune_id=birth_comune_id, birth_country=birth_country, codice_fiscale=cf,
            codice_fiscale_missing_reason=reason,
            citizenship=group["citizenship"] if birth_country or r.random() < 0.3 and group["country"] else "italiana",
            residence_comune_id=residence["id"],
            residence_address=f"{self.pick(self.names['streets'])} {r.randint(1, 200)}",
            domicile_comune_id=None, domicile_address=None,
            phone=self.phone() if r.random() < 0.85 else None,
            email=f"{slug}{r.randint(1, 99)}@example.it" if r.random() < 0.3 else None,
            languages=", ".join(group["languages"]),
            guardian_kind=self.pick(self.names["guardian_kinds"]) if guardian else None,
            guardian_name=(f"Avv. {self.pick(self.names['groups'][0]['male'])} "
                           f"{self.pick(self.names['groups'][0]['last'])}") if guardian else None,
            guardian_contact=self.phone() if guardian else None,
            consent_given_on=min(consent, self.today) if consent else None,
            privacy_notice_on=min(consent, self.today) if consent else None,
            home_territorial_unit_id=residence["unit_id"], case_manager_id=manager["id"],
            notes=None, created_at=_at(first_day, 9, r.randint(0, 59)),
        )
        if r.random() < 0.04:
            dom = self.pick(self.comuni_by_district[district])
            row["domicile_comune_id"] = dom["id"]
            row["domicile_address"] = f"{self.pick(self.names['streets'])} {r.randint(1, 90)}"
        return dict(row=row, age=age[0], district=district, manager=manager,
                    episodes=episodes, group=group["code"], guardian=guardian, residence=residence)

    def episodes(self, age_low: int) -> list[dict[str, Any]]:
        r = self.rng
        waits = [(7, 60), (14, 90), (30, 240), (30, 120), (90, 365), (30, 240)]
        count = 2 if r.random() < 0.15 else 1
        start = self.days_ago(60, 6 * 365) if count == 2 else self.days_ago(10, 5 * 365)
        out = []
        for n in range(count):
            if age_low < 18:
                origin = self.weighted([("npia", 5), ("scuola", 4), ("servizio_sociale", 2),
                                        ("autorita_giudiziaria", 1)])
            else:
                origin = self.weighted([(c, 3 if c in ("servizio_sociale", "csm") else 1)
                                        for c in self.codes["case_origin"] if c not in ("npia", "scuola")])
            ep = dict(origin=origin, segnalazione_on=start)
            day, phase = start, "segnalazione"
            stop_early = r.random() < 0.08
            for p, (lo, hi) in zip(DRAWN_PHASES, waits):
                day = day + dt.timedelta(days=r.randint(lo, hi))
                if day > self.today or (stop_early and p == "progettazione"):
                    break
                if p == "chiusura" and n == count - 1 and r.random() < 0.7:
                    break
                ep[f"{p}_on"] = day
                phase = p
            if n < count - 1 and "chiusura_on" not in ep:
                day = min(day, self.today - dt.timedelta(days=30))
                ep["chiusura_on"], phase = max(day, start + dt.timedelta(days=1)), "chiusura"
            if "valutazione_on" in ep:  # orientation takes the first third, with no draw of its own
                ep["orientamento_on"] = start + (ep["valutazione_on"] - start) / 3
            ep["phase"] = phase
            if phase == "chiusura":
                ep["closure_reason"] = self.pick(self.texts["closure_reasons"])
                ep["chiusura_on"] = ep.get("chiusura_on", day)
            out.append(ep)
            start = min(ep.get("chiusura_on", start) + dt.timedelta(days=r.randint(30, 400)),
                        self.today - dt.timedelta(days=5))
        return out

    def people(self) -> None:
        total = self.size.people
        self.person_index: list[dict[str, Any]] = []
        mean_diary = self.size.diary / total
        for start in range(0, total, PERSON_BATCH):
            batch = [self.person(i) for i in range(start, min(total, start + PERSON_BATCH))]
            tables: dict[Any, list[dict[str, Any]]] = {m: [] for m in (
                Person, CaseEpisode, NetworkMember, DiaryEntry, Assessment, Measure,
                Deadline, Document)}
            for p in batch:
                tables[Person].append(p["row"])
            for p in batch:
                self.cartella(p, tables, mean_diary)
            with self.store.session() as s:
                for model, rows in tables.items():
                    self.insert(s, model, rows)
            for p in batch:
                self.person_index.append(dict(
                    id=p["row"]["id"], district=p["district"], manager=p["manager"],
                    name=f"{p['row']['first_name']} {p['row']['last_name']}",
                    episode=p["episode_rows"][-1], age=p["age"], guardian=p["row"]["guardian_name"],
                    comune=p["residence"]["name"], unit=p["row"]["home_territorial_unit_id"],
                    first_name=p["row"]["first_name"]))
            self.progress(f"Persone e cartelle: {min(total, start + PERSON_BATCH)} su {total}")

    def cartella(self, p: dict[str, Any], tables, mean_diary: float) -> None:
        r, row = self.rng, p["row"]
        pid, district, manager = row["id"], p["district"], p["manager"]
        ops = self.ops_by_district[district]
        # prese in carico
        p["episode_rows"] = []
        for ep in p["episodes"]:
            er = dict(id=self.new_id(), person_id=pid, responsible_operator_id=manager["id"],
                      territorial_unit_id=district, notes=None, closure_reason=None,
                      **{f"{ph}_on": None for ph in CASE_PHASES})
            er.update(ep)
            tables[CaseEpisode].append(er)
            p["episode_rows"].append(er)
        # rete
        italians = self.names["groups"][0]
        for _ in range(r.randint(1, 5)):
            relation = self.pick(self.codes["network_relation"])
            family = relation in ("madre", "padre", "fratello_sorella", "figlio_figlia", "nonno_nonna")
            first = self.pick(italians["female"] + italians["male"])
            last = row["last_name"] if family else self.pick(italians["last"])
            linked = None
            if relation == "co_utente" and self.person_index:
                linked = self.pick(self.person_index[-200:])["id"]
            tables[NetworkMember].append(dict(
                id=self.new_id(), person_id=pid, name=f"{first} {last}", relation=relation,
                role=self.weighted([("risorsa", 6), ("neutro", 2), ("rischio", 1), ("conflitto", 1)]),
                contact=self.phone() if r.random() < 0.7 else None, linked_person_id=linked,
                notes=None))
        if row["guardian_name"]:
            tables[NetworkMember].append(dict(
                id=self.new_id(), person_id=pid, name=row["guardian_name"],
                relation="amministratore_sostegno", role="risorsa",
                contact=row["guardian_contact"], linked_person_id=None,
                notes="Nominato con decreto del Giudice tutelare"))
        self.diary(p, tables, mean_diary, ops)
        self.assessments(p, tables)
        self.measures_and_deadlines(p, tables)
        if r.random() < 0.05:
            self.document(tables, person_id=pid, operator=manager["id"],
                          day=p["episodes"][0]["segnalazione_on"])

    def diary(self, p, tables, mean: float, ops) -> None:
        r, row = self.rng, p["row"]
        types = [("colloquio", 30), ("visita_domiciliare", 14), ("telefonata", 24),
                 ("accompagnamento", 6), ("riunione_equipe", 8), ("segnale_precoce", 3),
                 ("email_messaggio", 8), ("nota", 7)]
        n = min(int(r.expovariate(1 / mean)) + 1, int(mean * 5) + 1)
        first_day = p["episodes"][0]["segnalazione_on"]
        span = max(1, (self.today - first_day).days)
        days = sorted(r.randint(0, span) for _ in range(n))
        familiar = self.pick(["la madre", "il padre", "la sorella", "il fratello", "il compagno",
                              "la figlia", "l'amministratore di sostegno"])
        entries = []
        for offset in days:
            day = first_day + dt.timedelta(days=offset)
            kind = self.weighted(types)
            author = p["manager"] if r.random() < 0.5 else self.pick(ops)
            tpl = self.texts["diary"][kind]
            svc = self.service_for(p["district"], self.pick(["abitare", "lavoro", "socialita"]))
            values = dict(persona=row["first_name"], familiare=familiar,
                          luogo=p["residence"]["name"], operatore=author["name"],
                          servizio=svc["name"] if svc else "il servizio")
            text = " ".join(t for t in (self.fill(self.pick(tpl["open"]), **values),
                                        self.fill(self.pick(tpl["body"]), **values),
                                        self.fill(self.pick(tpl["close"]), **values)) if t)
            occurred = _at(day, r.randint(8, 18), self.pick([0, 15, 30, 45]))
            recent = (self.today - day).days < 14
            status = "bozza" if recent and r.random() < 0.5 else "chiusa"
            entries.append(dict(
                id=self.new_id(), person_id=row["id"], case_episode_id=self.episode_on(p, day),
                entry_type=kind, occurred_at=occurred, author_id=author["id"],
                organisation_id=author["org"],
                place="Domicilio" if kind == "visita_domiciliare" else author["org_name"],
                text=text,
                confidentiality=self.weighted([("ordinario", 80), ("riservato", 15), ("sensibile", 5)]),
                status=status,
                closed_at=occurred + dt.timedelta(hours=r.randint(1, 30)) if status == "chiusa" else None,
                corrects_id=None))
        corrections = []
        for e in entries:
            if e["status"] == "chiusa" and r.random() < 0.02:
                when = min(e["occurred_at"] + dt.timedelta(days=r.randint(1, 5)), _at(self.today, 8))
                closed = r.random() < 0.6
                corrections.append(dict(
                    e, id=self.new_id(), occurred_at=when, text=self.pick(self.texts["correction"]),
                    status="chiusa" if closed else "bozza",
                    closed_at=when + dt.timedelta(hours=2) if closed else None, corrects_id=e["id"]))
        if r.random() < 0.04:
            author = p["manager"]
            when = _at(self.today + dt.timedelta(days=r.randint(1, 10)), r.randint(9, 17))
            corrections.append(dict(
                id=self.new_id(), person_id=row["id"], case_episode_id=p["episode_rows"][-1]["id"],
                entry_type="visita_domiciliare", occurred_at=when, author_id=author["id"],
                organisation_id=author["org"], place=row["residence_address"],
                text=self.fill(self.pick(self.texts["planned"]), operatore=author["name"]),
                confidentiality="ordinario", status="pianificata", closed_at=None,
                corrects_id=None))
        tables[DiaryEntry].extend(entries + corrections)

    def episode_on(self, p, day: dt.date) -> str:
        chosen = p["episode_rows"][0]
        for ep in p["episode_rows"]:
            if ep["segnalazione_on"] <= day:
                chosen = ep
        return chosen["id"]

    def answer(self, q: dict[str, Any]) -> Any:
        kind = q["type"]
        if kind == "scale":
            return self.rng.randint(q["scale"]["min"], q["scale"]["max"])
        if kind == "choice":
            return self.pick(q["options"])["code"]
        if kind == "bool":
            return self.rng.random() < 0.5
        if self.rng.random() < 0.4:
            return None
        return self.pick(self.texts["wishes"] + self.texts["strengths"] + self.texts["blocks"])

    def assessments(self, p, tables) -> None:
        r = self.rng
        if r.random() > 0.45:
            return
        ep = p["episode_rows"][0]
        start = ep.get("valutazione_on") or ep["segnalazione_on"]
        for template in r.sample(self.templates, r.randint(1, 2)):
            day = start
            for _ in range(r.randint(1, 3)):
                if day > self.today:
                    break
                answers = {q["code"]: self.answer(q)
                           for sec in template["sections"] for q in sec["questions"]}
                tables[Assessment].append(dict(
                    id=self.new_id(), person_id=p["row"]["id"], template_code=template["code"],
                    template_version=template.get("version", 1), assessed_on=day,
                    operator_id=p["manager"]["id"],
                    answers=check_answers(template, answers), notes=None))
                day += dt.timedelta(days=r.randint(120, 400))

    def measures_and_deadlines(self, p, tables) -> None:
        r, row, age = self.rng, p["row"], p["age"]
        pid, op = row["id"], p["manager"]["id"]
        dl = tables[Deadline]
        texts = self.texts["deadline_text"]

        def deadline(kind, due, description, patto_id=None):
            done = due + dt.timedelta(days=r.randint(-5, 10)) if due < self.today and r.random() < 0.8 else None
            dl.append(dict(id=self.new_id(), person_id=pid, kind=kind, due_on=due,
                           description=description, operator_id=op, patto_id=patto_id,
                           done_on=min(done, self.today) if done else None))

        if age >= 18 and r.random() < 0.6:
            pool = ["adi", "sfl", "contributo_comunale", "bonus_affitto", "naspi", "rei_rdc",
                    "bonus_sociali_utenze", "dote_lavoro", "indennita_tirocinio"]
            if age >= 65:
                pool += ["assegno_sociale", "fna", "indennita_accompagnamento"]
            if r.random() < 0.3:
                pool += ["pensione_invalidita", "vita_indipendente", "dopo_di_noi"]
            for mtype in r.sample(pool, r.randint(1, 3)):
                status = self.weighted([("in_fruizione", 5), ("presentata", 2), ("terminata", 3),
                                        ("sospesa", 1), ("respinta", 1)])
                applied = self.days_ago(20, 5 * 365)
                start = applied + dt.timedelta(days=r.randint(20, 90)) if status != "respinta" and status != "presentata" else None
                end = None
                if start:
                    end = start + dt.timedelta(days=r.choice([180, 365, 540]))
                    if status == "terminata":
                        end = min(end, self.today - dt.timedelta(days=1))
                    start = min(start, self.today)
                tables[Measure].append(dict(
                    id=self.new_id(), person_id=pid, measure_type=mtype, status=status,
                    applied_on=applied, start_on=start, end_on=end,
                    monthly_amount_cents=self.pick([None, 20000, 35000, 50000, 52300, 28800]),
                    notes="Attenzione: il tirocinio non deve far decadere la pensione"
                    if mtype == "pensione_invalidita" else None))
                if status == "in_fruizione" and end:
                    label = next(i.label for i in self.cat["measure_type"] if i.code == mtype)
                    deadline("rinnovo_misura", end - dt.timedelta(days=30),
                             self.fill(texts["rinnovo_misura"], misura=label))
        birth = row["birth_date"]
        for years, kind in ((18, "transizione_eta_18"), (65, "transizione_eta_65")):
            turning = birth.replace(year=birth.year + years) if not (birth.month == 2 and birth.day == 29) \
                else dt.date(birth.year + years, 3, 1)
            if -365 < (turning - self.today).days < 730:
                deadline(kind, turning, texts[kind])
                if years == 18 and p["episodes"][0]["origin"] == "npia":
                    deadline("passaggio_npia_csm", turning - dt.timedelta(days=90),
                             texts["passaggio_npia_csm"])
        if row["guardian_name"]:
            deadline("scadenza_tribunale", self.today + dt.timedelta(days=r.randint(-30, 330)),
                     texts["scadenza_tribunale"])
        if row["birth_country"]:
            deadline("scadenza_documento", self.today + dt.timedelta(days=r.randint(-20, 400)),
                     texts["scadenza_documento"])
        if r.random() < 0.05:
            deadline("follow_up_assunzione", self.today + dt.timedelta(days=r.randint(-60, 90)),
                     texts["follow_up_assunzione"])
        if r.random() < 0.1:
            deadline("altro", self.today + dt.timedelta(days=r.randint(1, 120)), texts["altro"])

    def document(self, tables, *, person_id=None, version_id=None, operator, day):
        if version_id is not None:
            content, name, mime, doc_type = self.pdf("Patto firmato (scansione)"), \
                f"patto-firmato-{day.isoformat()}.pdf", "application/pdf", "patto_firmato"
            title = "Copia firmata del patto"
        elif self.rng.random() < 0.5:
            doc_type = self.pick(["isee", "certificazione", "decreto", "relazione"])
            content, name, mime = self.pdf(f"Documento: {doc_type}"), f"{doc_type}-{day.isoformat()}.pdf", "application/pdf"
            title = next(i.label for i in self.cat["document_type"] if i.code == doc_type)
        else:
            doc_type, mime = "consenso_privacy", "text/plain"
            content = (f"Consenso al trattamento dei dati e presa visione dell'informativa privacy.\n"
                       f"Data: {day:%d/%m/%Y}\n").encode("utf-8")
            name, title = "consenso-privacy.txt", "Consenso e informativa privacy"
        tables[Document].append(dict(
            id=self.new_id(), person_id=person_id, patto_version_id=version_id,
            doc_type=doc_type, title=title, document_date=day, filename=name, mime_type=mime,
            size_bytes=len(content), sha256=hashlib.sha256(content).hexdigest(), content=content,
            added_by_id=operator))

    _pdf_cache: dict[str, bytes] = {}

    def pdf(self, title: str) -> bytes:
        """A one-page PDF; reportlab's invariant mode keeps its bytes reproducible."""
        if title not in self._pdf_cache:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas

            from desktop.paths import resources_dir

            # The embedded face of every Tessere PDF, never a standard-14 font.
            if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(
                    TTFont("DejaVuSans", str(resources_dir() / "fonts" / "DejaVuSans.ttf")))
            buf = io.BytesIO()
            c = canvas.Canvas(buf, invariant=1, initialFontName="DejaVuSans")
            c.setFont("DejaVuSans", 14)
            c.drawString(72, 760, title)
            c.setFont("DejaVuSans", 10)
            c.drawString(72, 740, "Documento dimostrativo generato da Tessere.")
            c.showPage()
            c.save()
            self._pdf_cache[title] = buf.getvalue()
        return self._pdf_cache[title]

    # ------------------------------------------------------------ patti
    STATE_WEIGHTS = [("bozza", 12), ("firmato", 10), ("attivo", 30), ("in_verifica", 10),
                     ("concluso", 15), ("sospeso", 8), ("rinnovato", 15)]

    def patti(self) -> None:
        kinds = self.codes["patto_kind"]
        states = [s for s, _ in self.STATE_WEIGHTS]
        combos = [(k, st) for st in states for k in kinds]
        eligible = [p for p in self.person_index
                    if p["episode"].get("progettazione_on") and p["age"] >= 16]
        self.rng.shuffle(eligible)
        target, made, cursor = self.size.patti, 0, 0
        while made < target and cursor < len(eligible):
            with self.store.session() as s:
                extra_tables: dict[Any, list] = {Document: [], Deadline: []}
                for _ in range(PATTO_BATCH):
                    if made >= target or cursor >= len(eligible):
                        break
                    if made < len(combos):
                        kind, state = combos[made]
                    else:
                        kind = self.pick(kinds)
                        state = self.weighted(self.STATE_WEIGHTS)
                    group = []
                    if self.rng.random() < 0.05 and cursor + 3 < len(eligible):
                        group = [q for q in eligible[cursor + 1: cursor + 1 + self.rng.randint(1, 2)]
                                 if q["district"] == eligible[cursor]["district"]]
                    beneficiaries = [eligible[cursor]] + group
                    cursor += len(beneficiaries)
                    made += self.patto(s, kind, state, beneficiaries, extra_tables)
                s.flush()
                for model, rows in extra_tables.items():
                    if rows:
                        self.insert(s, model, rows)
            self.progress(f"Patti: {made} su {target}")

    def patto(self, s, kind: str, state: str, people: list[dict], extra) -> int:
        """Build one patto and walk it to ``state``; returns how many patti it made."""
        r, t = self.rng, self.texts
        lead = people[0]
        district, cm = lead["district"], lead["manager"]
        steps = {"bozza": 0, "firmato": 1, "attivo": 2, "sospeso": 2, "in_verifica": 3,
                 "concluso": 4, "rinnovato": 4}[state]
        gap = [r.randint(15, 60), r.randint(10, 90), r.randint(90, 200), r.randint(20, 90)]
        needed = sum(gap[:steps]) + r.randint(3, 40)
        start = min(lead["episode"]["progettazione_on"], self.today - dt.timedelta(days=needed))
        if len(people) > 1:
            title = f"Appartamento condiviso a {lead['comune']}"
        else:
            label = next(i.label for i in self.cat["patto_kind"] if i.code == kind)
            title = f"{label} – {lead['name']}"
        persons = [s.get(Person, p["id"]) for p in people]
        patto = rules.new_patto(
            s, kind=kind, title=title, beneficiaries=persons, author_id=cm["id"], today=start,
            intensity=self.pick(self.codes["intensity_tier"]),
            phase=self.pick(self.codes["patto_phase"]) if kind == "ptri_bds" else None,
            person_wishes=self.pick(t["wishes"]), family_expectations=self.pick(t["family"]) or None,
            blocks=self.pick(t["blocks"]), strengths=self.pick(t["strengths"]),
            territorial_unit_id=district, case_manager_id=cm["id"],
            start_on=start + dt.timedelta(days=gap[0]),
            end_on=start + dt.timedelta(days=gap[0] + r.choice([180, 365, 540])),
        )
        patto.created_at = _at(start, 10)
        axes = ["abitare", "lavoro", "socialita"] if kind == "ptri_bds" and r.random() < 0.5 \
            else r.sample(["abitare", "lavoro", "socialita"], r.randint(1, 3))
        services_used, lines = [], []
        for position, axis in enumerate(axes):
            stages = self.stages[axis]
            at = r.randrange(len(stages) - 1)
            title_, indicators = self.pick(t["goals"][axis])
            goal = Goal(axis=axis, title=title_, indicators=indicators, stage=stages[at],
                        target_stage=stages[r.randint(at + 1, len(stages) - 1)], position=position)
            patto.goals.append(goal)
            for _ in range(r.randint(1, 2)):
                what, freq = self.pick(t["supports"][axis])
                svc = self.service_for(district, axis)
                cost = (svc["cost"] if svc and svc["cost"] else r.choice([20000, 45000, 80000, 150000]))
                support = Support(
                    goal_id=goal.id, what=what, service_id=svc["id"] if svc else None,
                    provider_organisation_id=svc["org"] if svc else None, frequency=freq,
                    place=svc["comune"] if svc else lead["comune"],
                    from_on=patto.start_on, to_on=patto.end_on, formal=True, cost_cents=cost,
                    position=len(patto.supports))
                patto.supports.append(support)
                if svc:
                    services_used.append((support, svc))
                source = self.pick(["dsm_ausl", "comune_servizi_sociali", "fondo_poverta", "fna",
                                    "ufficio_di_piano", "gol", "pnrr", "fondo_distrettuale"]
                                   if kind != "patto_inclusione" else
                                   ["fondazione", "ets", "donazioni", "comune_servizi_sociali"])
                lines.append(dict(funding_source=source, axis=axis, support_id=support.id,
                                  description=what, in_kind=False, committed_cents=cost))
        # budget_line.support_id has no relationship to order the inserts by: the
        # supports must exist before the lines that pay for them.
        s.flush()
        for line in lines:
            patto.budget_lines.append(BudgetLine(position=len(patto.budget_lines), **line))
        if r.random() < 0.5:
            patto.supports.append(Support(
                what=self.pick(t["informal_supports"]), provider_text="Rete informale",
                frequency="settimanale", formal=False, position=len(patto.supports)))
            patto.budget_lines.append(BudgetLine(
                funding_source="volontariato", description="Tempo donato dalla rete informale",
                in_kind=True, committed_cents=r.choice([30000, 60000, 90000]),
                position=len(patto.budget_lines)))
        if r.random() < 0.3:
            patto.budget_lines.append(BudgetLine(
                funding_source="persona_famiglia", description="Compartecipazione della persona",
                in_kind=False, committed_cents=r.choice([5000, 10000, 25000]),
                position=len(patto.budget_lines)))
        for position, (party, text) in enumerate(r.sample(t["commitments"], r.randint(2, 4))):
            patto.commitments.append(Commitment(party=party, text=text, position=position))
        for person, info in zip(persons, people):
            patto.signatories.append(Signatory(name=info["name"], role="beneficiario",
                                               person_id=person.id, position=len(patto.signatories)))
            if info["guardian"]:
                patto.signatories.append(Signatory(name=info["guardian"], role="amministratore di sostegno",
                                                   person_id=person.id, position=len(patto.signatories)))
        patto.signatories.append(Signatory(name=cm["name"], role="case manager", operator_id=cm["id"],
                                           organisation_id=cm["org"], position=len(patto.signatories)))
        for op in r.sample(self.ops_by_district[district], min(2, len(self.ops_by_district[district]))):
            if op["id"] != cm["id"]:
                patto.signatories.append(Signatory(
                    name=op["name"], role=op["role"], operator_id=op["id"],
                    organisation_id=op["org"], position=len(patto.signatories)))
        day = start + dt.timedelta(days=gap[0])
        active_on = day + dt.timedelta(days=gap[1])
        verifications = [Verification(scheduled_on=active_on + dt.timedelta(days=d),
                                      operator_id=cm["id"]) for d in (90, 180)]
        patto.verifications.extend(verifications)
        self.authorisations.authorise(self, s, patto, lead["id"], district, cm["id"],
                                      patto.start_on)
        s.flush()
        made = 1

        def sign_on(on: dt.date) -> None:
            version = rules.sign(patto, signed_on=on)
            version.signed_at = _at(on, 11)  # the rule stamps the wall clock
            if r.random() < 0.2:
                self.document(extra, version_id=version.id, operator=cm["id"], day=on)

        def amend_on(on: dt.date) -> None:
            rules.amend(patto, reason=self.pick(t["amend_reasons"]), author_id=cm["id"], today=on)
            line = self.pick(patto.budget_lines)
            line.committed_cents += r.choice([5000, 10000, 20000, -5000])
            line.committed_cents = max(line.committed_cents, 1000)
            s.flush()
            sign_on(on)

        if steps >= 1:
            sign_on(day)
            if r.random() < 0.3:
                amend_on(day + dt.timedelta(days=r.randint(1, max(1, gap[1] - 1))))
        if steps >= 2:
            rules.perform(s, patto, "activate")
            if r.random() < 0.35:
                amend_on(min(active_on + dt.timedelta(days=r.randint(10, 80)), self.today))
            for line in patto.budget_lines:
                line.spent_cents = int(line.committed_cents * r.choice([0.1, 0.3, 0.5, 0.8]))
        if state == "sospeso":
            rules.perform(s, patto, "suspend")
        if steps >= 3:
            rules.perform(s, patto, "start_verification")
            v = verifications[0]
            v.held_on = min(v.scheduled_on + dt.timedelta(days=r.randint(-5, 20)), self.today)
            v.adequacy = self.weighted([("pieno", 4), ("parziale", 4), ("insufficiente", 2)])
            v.goals_reached = v.adequacy == "pieno"
            v.outcome = self.pick(t["verification_outcomes"][v.adequacy])
        if state == "concluso":
            v = verifications[1]
            v.held_on = min(v.scheduled_on, self.today)
            v.adequacy = self.weighted([("pieno", 5), ("parziale", 3), ("insufficiente", 1)])
            v.goals_reached = v.adequacy == "pieno"
            v.outcome = self.pick(t["verification_outcomes"][v.adequacy])
            for line in patto.budget_lines:
                line.spent_cents = line.committed_cents
            rules.perform(s, patto, "conclude")
        successor = None
        if state == "rinnovato":
            renewed_on = min(active_on + dt.timedelta(days=gap[2] + gap[3]), self.today)
            successor = rules.perform(s, patto, "renew", author_id=cm["id"], today=renewed_on)
            successor.created_at = _at(renewed_on, 10)
            successor.start_on = renewed_on
            made += 1
            if r.random() < 0.5:
                s.flush()
                version = rules.sign(successor, signed_on=renewed_on)
                version.signed_at = _at(renewed_on, 12)
                rules.perform(s, successor, "activate")
        s.flush()
        status = {"bozza": "richiesta", "firmato": "concordata", "attivo": "attiva",
                  "in_verifica": "attiva", "sospeso": "concordata", "concluso": "conclusa",
                  "rinnovato": "conclusa"}[state]
        for support, svc in services_used:
            st = "rifiutata" if r.random() < 0.07 else status
            s.add(Attivazione(
                service_id=svc["id"], person_id=lead["id"], patto_id=patto.id,
                support_id=support.id, status=st, intermediary_id=cm["id"], requested_on=start,
                agreed_on=day if st in ("concordata", "attiva", "conclusa") else None,
                started_on=active_on if st in ("attiva", "conclusa") else None,
                ended_on=min(self.today, active_on + dt.timedelta(days=gap[2])) if st == "conclusa" else None,
                refusal_reason=self.pick(t["refusals"]) if st == "rifiutata" else None))
        for v in verifications:
            if v.held_on is None and state not in ("bozza", "concluso", "rinnovato"):
                extra[Deadline].append(dict(
                    id=self.new_id(), person_id=lead["id"], kind="verifica_patto",
                    due_on=v.scheduled_on,
                    description=self.fill(t["deadline_text"]["verifica_patto"], titolo=patto.title),
                    operator_id=cm["id"], patto_id=patto.id, done_on=None))
        return made

    def loose_attivazioni(self) -> None:
        """Requests to the map outside any patto: the demand coordinators weigh. A
        request that would hold a place of a full service waits in its queue, and
        a service the patti alone filled beyond capacity gets the places it holds,
        so no demo service is overbooked."""
        from collections import Counter

        from desktop.core.risorse.attivazioni import HOLDING_PLACE, occupied_places

        with self.store.session() as s:
            held = Counter({sid: n for sid, n in s.execute(occupied_places())})
            capacity = {sid: n for sid, n in s.execute(select(Service.id, Service.capacity))}
            for sid, n in sorted(held.items()):
                if capacity[sid] is not None and n > capacity[sid]:
                    s.get(Service, sid).capacity = capacity[sid] = n
        rows = []
        for p in self.person_index:
            if self.rng.random() > 0.25:
                continue
            svc = self.service_for(p["district"], self.pick(["abitare", "lavoro", "socialita", "trasversale"]))
            if svc is None:
                continue
            status = self.weighted([("richiesta", 4), ("concordata", 2), ("attiva", 3),
                                    ("conclusa", 2), ("rifiutata", 2)])
            asked = self.days_ago(1, 700)
            queued_at = None
            if status in HOLDING_PLACE and capacity[svc["id"]] is not None:
                if held[svc["id"]] >= capacity[svc["id"]]:
                    status = "in_attesa"
                    queued_at = _at(min(asked + dt.timedelta(days=3), self.today), 9)
                else:
                    held[svc["id"]] += 1
            rows.append(dict(
                id=self.new_id(), service_id=svc["id"], person_id=p["id"], patto_id=None,
                support_id=None, status=status, intermediary_id=p["manager"]["id"],
                requested_on=asked,
                agreed_on=min(asked + dt.timedelta(days=14), self.today) if status in ("concordata", "attiva", "conclusa") else None,
                started_on=min(asked + dt.timedelta(days=30), self.today) if status in ("attiva", "conclusa") else None,
                ended_on=min(asked + dt.timedelta(days=200), self.today) if status == "conclusa" else None,
                refusal_reason=self.pick(self.texts["refusals"]) if status == "rifiutata" else None,
                queued_at=queued_at, notes=None))
        with self.store.session() as s:
            self.insert(s, Attivazione, rows)
        self.progress(f"Attivazioni fuori dai patti: {len(rows)}")

    def consents(self) -> None:
        """Sharing consents for most organisations that receive a person's data; a
        few are missing or withdrawn, so the scheda has gaps to show."""
        from desktop.core.cartella.consensi import receiving_organisations

        r, rows = self.rng, []
        with self.store.read() as s:
            receiving = receiving_organisations(s)
            people = s.execute(select(Person.id, Person.consent_given_on, Person.guardian_name)
                               .where(Person.consent_given_on.is_not(None)).order_by(Person.id))
            for pid, given, guardian in people:
                for oid in sorted(receiving.get(pid, {})):
                    if r.random() < 0.12:
                        continue
                    withdrawn = r.random() < 0.04
                    rows.append(dict(
                        id=self.new_id(), person_id=pid, organisation_id=oid, given_on=given,
                        given_by=f"{guardian} (amministratore di sostegno)" if guardian else "la persona",
                        withdrawn_on=min(given + dt.timedelta(days=r.randint(30, 400)), self.today)
                        if withdrawn else None,
                        withdrawal_reason="Revoca scritta consegnata al servizio." if withdrawn else None,
                        notes=None, recorded_by_id=None))
        with self.store.session() as s:
            self.insert(s, Consent, rows)
        self.progress(f"Consensi alla condivisione: {len(rows)}")

    # ------------------------------------------------------------ run
    def run(self) -> Summary:
        started = time.perf_counter()
        ensure_can_hold_demo(self.store)
        self.store.mark_demo()
        with seeded_ids(self.new_id), audit.paused():  # invented data: no write rows
            with self.store.session() as s:
                self.load_reference(s)
                self.organisations(s)
                self.operators(s)
                self.services(s)
            self.people()
            self.patti()
            self.loose_attivazioni()
            self.consents()
            add_households(self, self.seed)
        self.progress("Indicizzazione del diario…")
        diary_index.index_pending(self.store)  # the demo is searched at once: index it in bulk
        from desktop.core.inspect import counts

        with self.store.read() as s:
            summary = Summary(self.size_name, 0, self.today, counts=counts(s))
        summary.seconds = time.perf_counter() - started
        return summary


def ensure_can_hold_demo(store) -> None:
    """Invented people go only into a new database or an empty demo database; the
    check only reads, so a refused database is left byte for byte as it was."""
    with store.read() as s:
        has_people = s.scalar(select(Person.id).limit(1)) is not None
    if store.is_demo and has_people:
        raise DemoRefusedError(
            f"«{store.path.name}» contiene già i dati dimostrativi: per un altro campione "
            "indica un file nuovo con --db."
        )
    if not store.is_demo and store.holds_user_data():
        raise DemoRefusedError(
            f"«{store.path}» non è un database dimostrativo e contiene già dei dati: i dati "
            "dimostrativi (persone inventate) vanno solo in un database nuovo. Il file non è "
            "stato toccato. Indica un file nuovo, per esempio: tessere demo --db demo.db"
        )


def build_into(store, *, size: str, seed: int, today: dt.date,
               progress: Callable[[str], None]) -> Summary:
    summary = _Generator(store, size, seed, today, progress).run()
    summary.seed = seed
    return summary
