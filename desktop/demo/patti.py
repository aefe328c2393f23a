"""The demo's patti, built through ``desktop.core.patti`` so their versions,
fingerprints and frozen copies are what the application makes, and the
attivazioni outside them (a part of ``generator._Generator``, which holds the
random stream and the helpers)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from desktop.core import patti as rules
from desktop.core.model import (
    Attivazione, BudgetLine, Commitment, Deadline, Document, Goal, Person, Service, Signatory,
    Support, Verification,
)
from desktop.demo import clock

PATTO_BATCH = 150


class PattiPart:
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
        patto.created_at = clock.at(start, 10)
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
            version.signed_at = clock.at(on, 11)  # the rule stamps the wall clock
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
            successor.created_at = clock.at(renewed_on, 10)
            successor.start_on = renewed_on
            made += 1
            if r.random() < 0.5:
                s.flush()
                version = rules.sign(successor, signed_on=renewed_on)
                version.signed_at = clock.at(renewed_on, 12)
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
                    queued_at = clock.at(min(asked + dt.timedelta(days=3), self.today), 9)
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

