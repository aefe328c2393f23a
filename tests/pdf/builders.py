"""Records for the PDF tests and benchmarks, built through the real store and rules."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop.core.model import (
    BudgetLine, CaseEpisode, Comune, Commitment, Deadline, DiaryEntry, Goal, Measure,
    NetworkMember, Operator, Organisation, Person, Signatory, Support, TerritorialUnit,
    Verification,
)
from desktop.core.rules import codice_fiscale as cf
from desktop.core import patti as rules

VISIT_DAY = dt.date(2026, 12, 3)


@dataclass
class World:
    operator_id: str
    other_operator_id: str
    stefan_id: str
    stefan_cf: str
    endrit_id: str
    endrit_cf: str
    patto_id: str  # Ștefan's, signed
    draft_patto_id: str  # Ëndrit's, never signed


def _person(s, first, last, sex, born, birthplace, comune, unit, manager_id, **extra):
    code = cf.compute(first_name=first, last_name=last, sex=sex, birth_date=born,
                      birthplace=birthplace)
    person = Person(first_name=first, last_name=last, sex=sex, birth_date=born,
                    codice_fiscale=code, residence_comune_id=comune.id,
                    home_territorial_unit_id=unit.id, case_manager_id=manager_id, **extra)
    s.add(person)
    s.flush()
    return person


def make_patto(s, person, *, operator, org_ausl, org_coop, signatory_name="Łukasz Żółć",
               today=dt.date(2026, 11, 10)):
    """A BdS patto on all three axes, with supports, two funding sources, impegni,
    signatories and verifications (unsigned)."""
    patto = rules.new_patto(
        s, kind="ptri_bds", title="Verso una casa mia", beneficiaries=[person],
        author_id=operator.id, today=today, intensity="media", phase="bds",
        territorial_unit_id=person.home_territorial_unit_id,
        start_on=dt.date(2026, 12, 1), end_on=dt.date(2027, 11, 30),
        person_wishes="Voglio vivere da solo, vicino a mia sorella, e tornare a lavorare "
                      "con il legno.",
        family_expectations="La famiglia spera in un lavoro stabile e in una casa vicina.",
        strengths="Abilità manuali, puntualità, buon rapporto con i vicini.",
        blocks="Difficoltà nella gestione del denaro; isolamento nei fine settimana.",
    )
    goals = {
        "abitare": Goal(axis="abitare", title="Trasferirsi in un appartamento protetto",
                        indicators="Gestisce spesa e pulizie con supporto settimanale",
                        stage="abitare_supportato", target_stage="abitare_accompagnato"),
        "lavoro": Goal(axis="lavoro", title="Tirocinio in falegnameria sociale",
                       indicators="Presenza ≥ 80% per 6 mesi", stage="formazione",
                       target_stage="tirocinio", position=1),
        "socialita": Goal(axis="socialita", title="Partecipare al gruppo di cammino",
                          indicators="Almeno 2 uscite al mese", position=2),
    }
    for goal in goals.values():
        patto.goals.append(goal)
    s.flush()
    patto.supports.append(Support(
        goal_id=goals["abitare"].id, what="Educatore domiciliare", frequency="settimanale",
        provider_organisation_id=org_coop.id, place="A domicilio",
        from_on=dt.date(2026, 12, 1), to_on=dt.date(2027, 6, 30), cost_cents=480_000))
    patto.supports.append(Support(
        goal_id=goals["lavoro"].id, what="Tirocinio di inclusione", frequency="plurisettimanale",
        provider_organisation_id=org_coop.id, place="Falegnameria «Il Truciolo», Vergato",
        from_on=dt.date(2027, 1, 10), to_on=dt.date(2027, 7, 10), cost_cents=210_000, position=1))
    patto.supports.append(Support(
        goal_id=goals["socialita"].id, what="Accompagnamento al gruppo di cammino",
        provider_text="Vicina di casa (sig.ra Bianchi)", frequency="quindicinale",
        formal=False, place="Parco fluviale", position=2))
    patto.budget_lines.append(BudgetLine(funding_source="dsm_ausl", axis="abitare",
                                         description="Educatore domiciliare",
                                         committed_cents=480_000, spent_cents=123_456))
    patto.budget_lines.append(BudgetLine(funding_source="dsm_ausl", axis="lavoro",
                                         description="Borsa tirocinio", committed_cents=150_000,
                                         position=1))
    patto.budget_lines.append(BudgetLine(funding_source="comune_servizi_sociali", axis="lavoro",
                                         description="Trasporto al tirocinio",
                                         committed_cents=60_050, spent_cents=10_000, position=2))
    patto.budget_lines.append(BudgetLine(funding_source="comune_servizi_sociali",
                                         axis="socialita", description="Volontariato del quartiere",
                                         in_kind=True, committed_cents=20_000, position=3))
    patto.commitments.append(Commitment(party=person.full_name,
                                        text="Partecipare agli incontri e al tirocinio."))
    patto.commitments.append(Commitment(party="CSM", text="Colloquio mensile con lo psichiatra.",
                                        position=1))
    patto.signatories.append(Signatory(name=person.full_name, role="Beneficiario",
                                       person_id=person.id))
    patto.signatories.append(Signatory(name=signatory_name, role="Educatore",
                                       organisation_id=org_coop.id, position=1))
    patto.signatories.append(Signatory(name=operator.full_name, role="Case manager",
                                       organisation_id=org_ausl.id, operator_id=operator.id,
                                       position=2))
    patto.verifications.append(Verification(scheduled_on=dt.date(2027, 3, 15)))
    patto.verifications.append(Verification(scheduled_on=dt.date(2027, 9, 15)))
    s.flush()
    return patto


def build_world(store) -> World:
    with store.session() as s:
        unit = s.scalar(select(TerritorialUnit).where(TerritorialUnit.code == "DIST-APPENNINO"))
        vergato = s.scalar(select(Comune).where(Comune.codice_catastale == "L762"))
        org_ausl = Organisation(name="Azienda USL di Bologna – CSM Vergato", kind="ausl")
        org_coop = Organisation(name="Cooperativa Sociale Ștejar", kind="coop_a")
        s.add_all([org_ausl, org_coop])
        s.flush()
        operator = Operator(first_name="Giulia", last_name="Rossi", role="Assistente sociale",
                            organisation_id=org_ausl.id, territorial_unit_id=unit.id)
        other = Operator(first_name="Marco", last_name="Neri", role="Educatore",
                         organisation_id=org_coop.id, territorial_unit_id=unit.id)
        s.add_all([operator, other])
        s.flush()
        stefan = _person(s, "Ștefan", "Țurcanu", "M", dt.date(1988, 3, 14), "Bologna", vergato,
                         unit, operator.id, residence_address="Via della Repubblica 12",
                         phone="333 1234567", guardian_kind="Amministratore di sostegno",
                         guardian_name="Łukasz Żółć")
        endrit = _person(s, "Ëndrit", "Çela", "M", dt.date(1995, 7, 2), "Albania", vergato,
                         unit, operator.id, residence_address="Piazza Capitani della Montagna 3")
        stefan.network.append(NetworkMember(name="Ana Țurcanu", relation="fratello_sorella",
                                            role="risorsa", contact="347 000111"))
        s.add(CaseEpisode(person_id=stefan.id, origin="csm", phase="attivazione",
                          responsible_operator_id=operator.id,
                          segnalazione_on=dt.date(2026, 5, 2)))
        s.add(Measure(person_id=stefan.id, measure_type="adi", status="in_fruizione",
                      start_on=dt.date(2026, 2, 1), monthly_amount_cents=50_000))
        s.add(Measure(person_id=stefan.id, measure_type="naspi", status="terminata",
                      start_on=dt.date(2024, 1, 1), end_on=dt.date(2024, 12, 31)))
        s.add(Deadline(person_id=stefan.id, kind="verifica_patto", due_on=dt.date(2027, 3, 15),
                       description="Prima verifica del patto"))
        for i, (conf, body) in enumerate((
            ("ordinario", "Colloquio sul progetto abitativo: è motivato."),
            ("sensibile", "SEGRETO: episodio di violenza riferito dalla sorella."),
            ("ordinario", "Telefonata con la cooperativa per il tirocinio."),
        )):
            s.add(DiaryEntry(person_id=stefan.id, entry_type="colloquio", author_id=operator.id,
                             occurred_at=dt.datetime(2026, 11, 1 + i, 10, 0), text=body,
                             confidentiality=conf, status="bozza"))
        for person, hour, author in ((stefan, 9, operator), (endrit, 11, operator),
                                     (endrit, 15, other)):
            s.add(DiaryEntry(person_id=person.id, entry_type="visita_domiciliare",
                             author_id=author.id, status="pianificata",
                             occurred_at=dt.datetime.combine(VISIT_DAY, dt.time(hour, 30)),
                             text="Visita per la firma del patto"))
        patto = make_patto(s, stefan, operator=operator, org_ausl=org_ausl, org_coop=org_coop)
        rules.sign(patto, signed_on=dt.date(2026, 11, 20))
        draft = make_patto(s, endrit, operator=operator, org_ausl=org_ausl, org_coop=org_coop)
        draft.title = "Un lavoro e degli amici"
        return World(operator.id, other.id, stefan.id, stefan.codice_fiscale, endrit.id,
                     endrit.codice_fiscale, patto.id, draft.id)
