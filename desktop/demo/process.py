"""The cartella's process in the demo: the UVM that authorised each patto, the
nucleo familiare and ISEE of many people, and a few work measures beside a
benefit that they put at risk. It runs after the rest of the demo with its own
random stream, so adding it changed no record the demo made before."""
from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import bindparam, func, select, update

from desktop.core.model import (
    BudgetLine, HouseholdMember, IseeDeclaration, Measure, Patto, PattoBeneficiary, UvmMember,
    UvmSession,
)

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


def add_process(g, seed: int) -> None:
    """``g`` is the demo generator (``desktop.demo.generator``), its people and
    operators already made."""
    rng = random.Random(f"process-{seed}")
    with g.store.session() as s:
        uvm_sessions(g, s, rng)
    with g.store.session() as s:
        households(g, s, rng)
    g.progress("UVM, nuclei familiari e ISEE")


def uvm_sessions(g, s, rng: random.Random) -> None:
    """One UVM before each patto: the case manager with colleagues of other
    organisations of the district, the patto's budget authorised (rounded up)."""
    committed = dict(s.execute(select(BudgetLine.patto_id, func.sum(BudgetLine.committed_cents))
                               .group_by(BudgetLine.patto_id)).all())
    first = dict(s.execute(select(PattoBeneficiary.patto_id, PattoBeneficiary.person_id)
                           .where(PattoBeneficiary.position == 0)).all())
    district_of = {p["id"]: p["district"] for p in g.person_index}
    sessions, members, links = [], [], []
    for patto_id, start_on, created_at, manager_id in s.execute(
            select(Patto.id, Patto.start_on, Patto.created_at, Patto.case_manager_id)
            .order_by(Patto.id)):
        person_id = first.get(patto_id)
        if person_id is None:
            continue
        began = start_on or (created_at.date() if created_at else g.today)
        held = min(began - dt.timedelta(days=rng.randint(7, 40)), g.today)
        budget = committed.get(patto_id) or 0
        decision = "approvato_con_modifiche" if rng.random() < 0.2 else "approvato"
        uvm_id = g.new_id()
        sessions.append(dict(
            id=uvm_id, person_id=person_id, held_on=held, place="Sede del distretto",
            instruments=rng.sample(INSTRUMENTS, rng.randint(1, 2)), decision=decision,
            decision_text=("Progetto approvato come proposto dall'équipe." if decision ==
                           "approvato" else "Approvato riducendo le ore di sostegno educativo."),
            budget_authorised_cents=-(-budget // 10_000) * 10_000,
            next_review_on=held + dt.timedelta(days=180), recorded_by_id=manager_id))
        team = [o for o in g.ops_by_district.get(district_of.get(person_id), [])
                if o["id"] != manager_id]
        chosen = [o for o in g.ops if o["id"] == manager_id][:1]
        orgs = {o["org"] for o in chosen}
        for other in rng.sample(team, min(len(team), 6)):
            if other["org"] not in orgs and len(chosen) < 4:
                chosen.append(other)
                orgs.add(other["org"])
        for position, o in enumerate(chosen):
            members.append(dict(id=g.new_id(), uvm_session_id=uvm_id, position=position,
                                operator_id=o["id"], name=o["name"], organisation_id=o["org"],
                                role=ROLES.get(o["role"], o["role"])))
        links.append(dict(b_id=patto_id, b_uvm=uvm_id))
    g.insert(s, UvmSession, sessions)
    g.insert(s, UvmMember, members)
    table = Patto.__table__
    # Set before signing in real life; here on rows the demo already froze.
    s.execute(update(table).where(table.c.id == bindparam("b_id"))
              .values(uvm_session_id=bindparam("b_uvm")), links)


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
