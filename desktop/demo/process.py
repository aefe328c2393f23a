"""The cartella's process in the demo: the UVM that authorised each patto, the
nucleo familiare and ISEE of many people, and a few work measures beside a
benefit that they put at risk. Each part has a random stream (and the UVM its
ids) of its own, so adding them changed no record the demo made before."""
from __future__ import annotations

import datetime as dt
import random
from typing import Any

from desktop.core.model import (
    HouseholdMember, IseeDeclaration, Measure, Patto, UvmMember, UvmSession,
)
from desktop.demo.ids import id_maker

INSTRUMENTS = ("scheda_patti", "qualita_della_vita", "carichi_abitativi", "competenze_socialita")
ROLES = {  # operator role (db/seeds/demo/organisations.json) -> the role said in the UVM
    "assistente sociale": "Assistente sociale",
    "educatore professionale": "Educatore professionale",
    "psichiatra": "Psichiatra del CSM",
    "infermiere CSM": "Infermiere del CSM",
    "psicologo": "Psicologo",
    "operatore ETS": "Operatore del terzo settore",
    "tutor inserimento lavorativo": "Tutor per l'inserimento lavorativo",
    "coordinatore Ufficio di Piano": "Coordinatore dell'Ufficio di Piano",
}
RELATIONS = (("figlio_figlia", 4), ("coniuge_partner", 3), ("genitore", 3),
             ("fratello_sorella", 2), ("convivente", 1), ("nonno_nonna", 1))


def _age_of(relation: str, age: int, rng: random.Random) -> int | None:
    """A plausible age for a relative of a person of ``age``, or None."""
    if relation in ("coniuge_partner", "convivente") and age < 18:
        return None
    found = {
        "figlio_figlia": age - rng.randint(20, 40), "genitore": age + rng.randint(20, 40),
        "nonno_nonna": age + rng.randint(45, 65), "coniuge_partner": age + rng.randint(-6, 6),
        "fratello_sorella": age + rng.randint(-10, 10), "convivente": age + rng.randint(-10, 10),
    }[relation]
    return found if 0 <= found <= 98 else None


class Authorisations:
    """The UVM that authorised each patto, recorded while the demo builds the patto
    (before it is signed, as in real life), from a random stream and ids of its own."""

    def __init__(self, seed: int):
        self.rng = random.Random(f"uvm-{seed}")
        self.new_id = id_maker(random.Random(f"uvm-ids-{seed}"))

    def authorise(self, g, s, patto: Patto, person_id: str, district: str,
                  manager_id: str, began: dt.date) -> None:
        """A UVM of the case manager with colleagues of other organisations of the
        district, some days before ``began``, the patto's budget authorised (rounded
        up to a hundred euro); ``patto`` names it."""
        rng = self.rng
        held = min(began - dt.timedelta(days=rng.randint(7, 40)), g.today)
        budget = sum(line.committed_cents or 0 for line in patto.budget_lines)
        decision = "approvato_con_modifiche" if rng.random() < 0.2 else "approvato"
        uvm = UvmSession(
            id=self.new_id(), person_id=person_id, held_on=held, place="Sede del distretto",
            instruments=rng.sample(INSTRUMENTS, rng.randint(1, 2)), decision=decision,
            decision_text=("Progetto approvato come proposto dall'équipe." if decision ==
                           "approvato" else "Approvato riducendo le ore di sostegno educativo."),
            budget_authorised_cents=-(-budget // 10_000) * 10_000,
            next_review_on=held + dt.timedelta(days=180), recorded_by_id=manager_id)
        chosen = [o for o in g.ops if o["id"] == manager_id][:1]
        orgs = {o["org"] for o in chosen}
        team = [o for o in g.ops_by_district.get(district, []) if o["id"] != manager_id]
        for other in rng.sample(team, min(len(team), 6)):
            if other["org"] not in orgs and len(chosen) < 4:
                chosen.append(other)
                orgs.add(other["org"])
        for position, o in enumerate(chosen):
            uvm.members.append(UvmMember(
                id=self.new_id(), position=position, operator_id=o["id"], name=o["name"],
                organisation_id=o["org"], role=ROLES.get(o["role"], o["role"])))
        s.add(uvm)
        s.flush()  # no relationship orders the session before the patto that names it
        patto.uvm_session_id = uvm.id


def add_households(g, seed: int) -> None:
    """``g`` is the demo generator (``desktop.demo.generator``), its people made."""
    with g.store.session() as s:
        households(g, s, random.Random(f"process-{seed}"))
    g.progress("Nuclei familiari e ISEE")


def households(g, s, rng: random.Random) -> None:
    """A nucleo for two people in three, an ISEE for half of them (some expired at
    the end of last year), and for a few adults an invalidity pension beside a
    work grant that crosses the pension's income limit this year."""
    italians = g.names["groups"][0]
    members, isee, measures = [], [], []
    year_start = dt.date(g.today.year, 1, 1)
    for p in g.person_index:
        surname = p["name"].split(" ", 1)[-1]
        if rng.random() < 0.66:
            for _ in range(rng.choices((1, 2, 3, 4), (4, 3, 2, 1))[0]):
                relation = rng.choices([r for r, _ in RELATIONS], [w for _, w in RELATIONS])[0]
                age = _age_of(relation, p["age"], rng)
                if age is None:  # no such relative at the person's age
                    continue
                female = rng.random() < 0.5
                members.append(dict(
                    id=g.new_id(), person_id=p["id"],
                    first_name=rng.choice(italians["female" if female else "male"]),
                    last_name=surname if relation != "convivente" else rng.choice(italians["last"]),
                    birth_date=g.today - dt.timedelta(days=age * 365 + rng.randint(0, 364)),
                    relationship_code=relation, cohabiting=rng.random() < 0.85))
        if rng.random() < 0.5:
            issued = (year_start if rng.random() < 0.7 else dt.date(g.today.year - 1, 1, 1)) \
                + dt.timedelta(days=rng.randint(10, 200))
            issued = min(issued, g.today)
            isee.append(dict(
                id=g.new_id(), person_id=p["id"], kind="ordinario",
                value_cents=rng.randint(150_000, 2_500_000), issued_on=issued,
                valid_until=dt.date(issued.year, 12, 31),
                protocol=f"INPS-ISEE-{issued.year}-{rng.randint(10**7, 10**8 - 1)}-00",
                household_size=1 + rng.randint(0, 4)))
        if 25 <= p["age"] <= 60 and rng.random() < 0.04:
            measures += _work_beside_pension(g, rng, p["id"], year_start)
    g.insert(s, HouseholdMember, members)
    g.insert(s, IseeDeclaration, isee)
    g.insert(s, Measure, measures)


def _work_beside_pension(g, rng: random.Random, person_id: str,
                         year_start: dt.date) -> list[dict[str, Any]]:
    """A partial invalidity pension received for years, and this year a tirocinio
    whose grant crosses the pension's income limit: the benefit trap to show."""
    since = year_start - dt.timedelta(days=365 * rng.randint(2, 8))
    start = min(year_start + dt.timedelta(days=rng.randint(0, 60)), g.today)
    return [
        dict(id=g.new_id(), person_id=person_id, measure_type="pensione_invalidita",
             status="in_fruizione", applied_on=since - dt.timedelta(days=90), start_on=since,
             end_on=None, monthly_amount_cents=33_600, notes=None),
        dict(id=g.new_id(), person_id=person_id, measure_type="indennita_tirocinio",
             status="in_fruizione", applied_on=start - dt.timedelta(days=20), start_on=start,
             end_on=dt.date(g.today.year, 12, 31),
             monthly_amount_cents=rng.choice((50_000, 60_000, 70_000)),
             notes="Tirocinio di inclusione con la cooperativa B del distretto."),
    ]
