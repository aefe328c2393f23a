"""The demo's mappa delle risorse: reference data read back, enti, operators,
services with their locations, schedules and contacts (a part of
``generator._Generator``, which holds the random stream and the helpers)."""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from desktop.core.model import (
    AssessmentTemplate, CatalogueItem, Comune, Contact, Location, Operator, Organisation,
    Schedule, Service, ServiceAtLocation, ServiceTaxonomy, TerritorialUnit,
)
from desktop.core.risorse.distanze import comune_coordinates
from desktop.core.risorse.validazione import partita_iva_check_digit


def valid_tax_code(digits: str) -> str:
    """Eleven random digits made a valid partita IVA (the last one replaced by the
    check digit, so the random stream is the same), as the ente editor demands."""
    return digits[:10] + partita_iva_check_digit(digits[:10])


class ResourcesPart:
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

