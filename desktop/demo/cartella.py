"""The demo's people and their cartelle: anagrafica, prese in carico with their
phases, diario, valutazioni, misure, scadenze, documents and consents (a part of
``generator._Generator``, which holds the random stream and the helpers)."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
from typing import Any

from sqlalchemy import select

from desktop.core.cartella.valutazioni import check_answers
from desktop.core.model import (
    Assessment, CaseEpisode, Consent, Deadline, DiaryEntry, Document, Measure, NetworkMember, Person,
)
from desktop.core.model.cartella import CASE_PHASES
from desktop.core.rules.codice_fiscale import compute
from desktop.demo import clock

# The phases the generator draws a wait for, in order; orientamento is placed
# between segnalazione and valutazione without a draw, so adding it changed no
# other demo record.
DRAWN_PHASES = tuple(p for p in CASE_PHASES[1:] if p != "orientamento")
PERSON_BATCH = 2000


class CartellaPart:
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
            notes=None, created_at=clock.at(first_day, 9, r.randint(0, 59)),
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
            occurred = clock.at(day, r.randint(8, 18), self.pick([0, 15, 30, 45]))
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
                when = min(e["occurred_at"] + dt.timedelta(days=r.randint(1, 5)), clock.at(self.today, 8))
                closed = r.random() < 0.6
                corrections.append(dict(
                    e, id=self.new_id(), occurred_at=when, text=self.pick(self.texts["correction"]),
                    status="chiusa" if closed else "bozza",
                    closed_at=when + dt.timedelta(hours=2) if closed else None, corrects_id=e["id"]))
        if r.random() < 0.04:
            author = p["manager"]
            when = clock.at(self.today + dt.timedelta(days=r.randint(1, 10)), r.randint(9, 17))
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

