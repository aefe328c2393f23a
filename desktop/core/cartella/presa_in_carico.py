"""The presa in carico (``CaseEpisode``): opened at the segnalazione, moved from
phase to phase only through ``perform`` and the table ``ACTIONS``, closed with
a reason. The scheda tab, the CLI and the indicators all go through here.

    segnalazione → orientamento → valutazione (the service takes the person in
    charge) → progettazione → attivazione («Erogazione») → monitoraggio ⇄
    verifica → progettazione again (riprogetta); any open phase → chiusura

**Dates**: each transition has a day (default today), never in the future nor
before the latest phase date already recorded. Each phase keeps the date it was
*first* entered: a phase re-entered (riprogetta, prosegui) does not move its
date, because waiting times are measured on first entries; a trail of every
re-entry (a diary of phases) is out of scope: the diary holds the narrative.

**Waits** (one definition, used by the indicators too): ``waiting_days`` from
the segnalazione to the presa in carico (entering valutazione);
``delivery_days`` from progettazione to erogazione.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import records
from desktop.core.audit import audited, first_page
from desktop.core.catalogues import Choices, catalogue_choices, catalogue_labels
from desktop.core.errors import TransitionError, ValidationError
from desktop.core.formats import day
from desktop.core.model import CaseEpisode, Operator, Person
from desktop.core.model.cartella import CASE_PHASES
from desktop.core.patti.lifecycle import Action  # the patto's kind of transition, on phases

GONE = "Questa presa in carico non esiste più: forse è stata eliminata da un collega."
OPEN_PHASES = frozenset(CASE_PHASES[:-1])
TAKEN_IN_CHARGE = "valutazione"  # entering it is the presa in carico proper


# The one table of the presa in carico's transitions, in the order the buttons show.
ACTIONS: dict[str, Action] = {a.name: a for a in (
    Action("orienta", "Avvia l'orientamento", frozenset({"segnalazione"}), "orientamento"),
    Action("prendi_in_carico", "Prendi in carico",
           frozenset({"segnalazione", "orientamento"}), "valutazione"),
    Action("progetta", "Avvia la progettazione", frozenset({"valutazione"}), "progettazione"),
    Action("eroga", "Avvia l'erogazione", frozenset({"progettazione"}), "attivazione"),
    Action("monitora", "Avvia il monitoraggio", frozenset({"attivazione"}), "monitoraggio"),
    Action("verifica", "Verifica", frozenset({"monitoraggio"}), "verifica"),
    Action("riprogetta", "Riprogetta", frozenset({"verifica"}), "progettazione"),
    Action("prosegui", "Prosegui il monitoraggio", frozenset({"verifica"}), "monitoraggio"),
    Action("chiudi", "Chiudi", OPEN_PHASES, "chiusura"),
)}

# Labels when the catalogue is missing an entry (the seeded case_phase says the same).
PHASE_LABELS = {
    "segnalazione": "Segnalazione / accesso", "orientamento": "Orientamento",
    "valutazione": "Valutazione", "progettazione": "Progettazione",
    "attivazione": "Erogazione", "monitoraggio": "Monitoraggio", "verifica": "Verifica",
    "chiusura": "Chiusura",
}


# ------------------------------------------------------------------ waits
def waiting_days(reported: dt.date | None, taken: dt.date | None) -> int | None:
    """Days from the segnalazione to the presa in carico (valutazione)."""
    return (taken - reported).days if reported and taken else None


def delivery_days(designed: dt.date | None, delivered: dt.date | None) -> int | None:
    """Days from the start of progettazione to the start of erogazione."""
    return (delivered - designed).days if designed and delivered else None


def phase_date(episode: CaseEpisode, phase: str) -> dt.date | None:
    return getattr(episode, f"{phase}_on")


def latest_date(episode: CaseEpisode) -> dt.date | None:
    dates = [d for d in (phase_date(episode, p) for p in CASE_PHASES) if d is not None]
    return max(dates) if dates else None


def available_actions(phase: str) -> list[str]:
    """The actions a presa in carico in ``phase`` accepts, in the table's order."""
    return [a.name for a in ACTIONS.values() if phase in a.sources]


# ------------------------------------------------------------------ rows
@dataclass(frozen=True)
class PhaseStep:
    """One phase on the track: its date (if ever entered) and where it stands:
    "done", "skipped" (passed over, e.g. no orientamento), "current" or "to_come"."""

    phase: str
    label: str
    on: dt.date | None
    state: str


@dataclass(frozen=True)
class EpisodeRow:
    """A presa in carico as the tab and the CLI show it: labels, the track, the
    waits, and the actions the core accepts now (screens never work them out)."""

    id: str
    origin: str
    origin_label: str
    referred_by: str
    responsible_operator_id: str | None
    responsible_operator: str
    phase: str
    phase_label: str
    is_open: bool
    steps: tuple[PhaseStep, ...]
    closure_reason: str
    notes: str
    wait_days: int | None       # segnalazione → presa in carico, or so far if still waiting
    still_waiting: bool         # open and not yet taken in charge
    delivery_days: int | None   # progettazione → erogazione
    actions: tuple[tuple[str, str], ...]  # (action, button label) available now
    latest_on: dt.date | None   # no transition may be dated before it
    # Another presa in carico of the person is open too: two laptops each opened
    # one while offline. The équipe closes the one too many («registrata due volte»).
    twin_open: bool = False

    @property
    def segnalazione_on(self) -> dt.date | None:
        return self.steps[0].on

    @property
    def wait_text(self) -> str:
        """The wait in words, as the scheda and the CLI say it."""
        if self.wait_days is None:
            return "Chiusa senza presa in carico" if not self.is_open else ""
        days = "1 giorno" if self.wait_days == 1 else f"{self.wait_days} giorni"
        if self.still_waiting:
            return f"In attesa da {days}" if self.wait_days else "In attesa da oggi"
        if self.wait_days == 0:
            return "Presa in carico il giorno stesso della segnalazione"
        return f"Presa in carico dopo {days} dalla segnalazione"


def _steps(episode: CaseEpisode, labels: dict) -> tuple[PhaseStep, ...]:
    current = CASE_PHASES.index(episode.phase) if episode.phase in CASE_PHASES else 0
    steps = []
    for index, phase in enumerate(CASE_PHASES):
        on = phase_date(episode, phase)
        if index < current:
            state = "done" if on else "skipped"
        else:
            state = "current" if index == current else "to_come"
        steps.append(PhaseStep(phase, labels.get(("case_phase", phase), PHASE_LABELS[phase]),
                               on, state))
    return tuple(steps)


def _row(episode: CaseEpisode, labels: dict, operators: dict, today: dt.date) -> EpisodeRow:
    taken = episode.valutazione_on
    waiting = episode.is_open and taken is None
    wait = waiting_days(episode.segnalazione_on, today if waiting else taken)
    return EpisodeRow(
        id=episode.id, origin=episode.origin or "",
        origin_label=labels.get(("case_origin", episode.origin or ""), episode.origin or ""),
        referred_by=episode.referred_by or "",
        responsible_operator_id=episode.responsible_operator_id,
        responsible_operator=operators.get(episode.responsible_operator_id, ""),
        phase=episode.phase,
        phase_label=labels.get(("case_phase", episode.phase),
                               PHASE_LABELS.get(episode.phase, episode.phase)),
        is_open=episode.is_open, steps=_steps(episode, labels),
        closure_reason=episode.closure_reason or "", notes=episode.notes or "",
        wait_days=wait, still_waiting=waiting,
        delivery_days=delivery_days(episode.progettazione_on, episode.attivazione_on),
        actions=tuple((name, ACTIONS[name].label) for name in available_actions(episode.phase)),
        latest_on=latest_date(episode),
    )


@audited("read", person=lambda a, r: a["person_id"], table="case_episode", when=first_page)
def list_episodes(session: Session, person_id: str, offset: int = 0, limit: int | None = None,
                  today: dt.date | None = None) -> list[EpisodeRow]:
    """The person's prese in carico: the open one first, then the closed ones,
    most recent first; each with its track, waits and the actions it accepts."""
    labels = catalogue_labels(session, "case_phase", "case_origin")
    episodes = list(session.scalars(
        select(CaseEpisode).where(CaseEpisode.person_id == person_id)
        .order_by(CaseEpisode.chiusura_on.is_not(None), CaseEpisode.segnalazione_on.desc(),
                  CaseEpisode.id)
        .offset(offset).limit(limit)))
    wanted = {e.responsible_operator_id for e in episodes if e.responsible_operator_id}
    operators = {o.id: o.full_name for o in session.scalars(
        select(Operator).where(Operator.id.in_(wanted)))} if wanted else {}
    today = today or dt.date.today()
    rows = [_row(e, labels, operators, today) for e in episodes]
    open_count = session.scalar(select(func.count()).select_from(CaseEpisode).where(
        CaseEpisode.person_id == person_id, CaseEpisode.chiusura_on.is_(None)))
    return [replace(r, twin_open=True) if r.is_open and open_count > 1 else r for r in rows]


@dataclass(frozen=True)
class EpisodeChoices:
    """What the forms pick from: origins, usual closure reasons, operators."""

    origins: list[tuple[str, str]]
    closure_reasons: list[str]
    operators: list[tuple[str, str]]


def episode_choices(session: Session) -> EpisodeChoices:
    found: Choices = catalogue_choices(session, "case_origin", "case_closure_reason")
    operators = [(o.id, o.full_name) for o in session.scalars(
        select(Operator).where(Operator.active.is_(True))
        .order_by(Operator.last_name, Operator.first_name))]
    return EpisodeChoices(found["case_origin"], [label for _c, label in
                                                 found["case_closure_reason"]], operators)


# ------------------------------------------------------------------ writes
@dataclass(frozen=True)
class EpisodeFields:
    """What the user says about a presa in carico; ``origin`` is a case_origin code."""

    origin: str
    segnalazione_on: dt.date | None = None  # default today
    referred_by: str | None = None
    responsible_operator_id: str | None = None
    notes: str | None = None


def _check_day(on: dt.date, today: dt.date, field: str = "on") -> None:
    if on > today:
        raise ValidationError(f"La data {day(on)} è nel futuro: indica il giorno in cui è "
                              "avvenuto.", field)


def _check_fields(session: Session, fields: EpisodeFields) -> None:
    if not fields.origin:
        raise ValidationError("Indica chi ha inviato la persona (l'origine della presa in "
                              "carico).", "origin")
    origins = {code for code, _ in catalogue_choices(session, "case_origin")["case_origin"]}
    if fields.origin not in origins:
        raise ValidationError(f"«{fields.origin}» non è un'origine della presa in carico.",
                              "origin")
    operator = fields.responsible_operator_id
    if operator and session.get(Operator, operator) is None:
        raise ValidationError("L'operatore responsabile indicato non esiste più.",
                              "responsible_operator_id")


def _apply(episode: CaseEpisode, fields: EpisodeFields) -> None:
    episode.origin = fields.origin
    episode.referred_by = (fields.referred_by or "").strip() or None
    episode.responsible_operator_id = fields.responsible_operator_id or None
    episode.notes = (fields.notes or "").strip() or None


def open_episode(session: Session, person_id: str, fields: EpisodeFields,
                 today: dt.date | None = None) -> str:
    """A new presa in carico in segnalazione; refused while the person has one
    open (a person may have several over time, one at a time). Its id."""
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("La persona non esiste più (forse è stata eliminata).")
    today = today or dt.date.today()
    reported = fields.segnalazione_on or today
    _check_day(reported, today, "segnalazione_on")
    _check_fields(session, fields)
    previous = list(session.scalars(select(CaseEpisode).where(CaseEpisode.person_id == person_id)))
    still_open = next((e for e in previous if e.is_open), None)
    if still_open is not None:
        raise TransitionError(
            f"{person.full_name} ha già una presa in carico aperta (dal "
            f"{day(still_open.segnalazione_on)}, fase «{PHASE_LABELS.get(still_open.phase)}»): "
            "chiudila prima di aprirne una nuova.")
    closed = max((e.chiusura_on for e in previous if e.chiusura_on), default=None)
    if closed and reported < closed:
        raise ValidationError(f"La segnalazione non può precedere la chiusura della presa in "
                              f"carico precedente ({day(closed)}).", "segnalazione_on")
    episode = CaseEpisode(person_id=person_id, phase="segnalazione", segnalazione_on=reported,
                          territorial_unit_id=person.home_territorial_unit_id)
    _apply(episode, fields)
    session.add(episode)
    session.flush()
    return episode.id


def edit_episode(session: Session, episode_id: str, fields: EpisodeFields,
                 today: dt.date | None = None) -> str:
    """Change origin, who sent the person, operator and notes; the segnalazione
    date too, as long as it stays before the phases that followed."""
    episode = records.existing(session, CaseEpisode, episode_id, GONE)
    _check_fields(session, fields)
    if fields.segnalazione_on and fields.segnalazione_on != episode.segnalazione_on:
        _check_day(fields.segnalazione_on, today or dt.date.today(), "segnalazione_on")
        later = [d for d in (phase_date(episode, p) for p in CASE_PHASES[1:]) if d]
        if later and fields.segnalazione_on > min(later):
            raise ValidationError(f"La segnalazione non può seguire le fasi successive (la "
                                  f"prima è del {day(min(later))}).", "segnalazione_on")
        episode.segnalazione_on = fields.segnalazione_on
    _apply(episode, fields)
    session.flush()
    return episode.id


def _refusal(episode: CaseEpisode, action: Action) -> TransitionError:
    phase = PHASE_LABELS.get(episode.phase, episode.phase)
    if not episode.is_open:
        return TransitionError(f"«{action.label}» non si può fare: la presa in carico è chiusa "
                               f"(dal {day(episode.chiusura_on)}). Aprine una nuova.")
    where = " o ".join(f"«{PHASE_LABELS[p]}»" for p in CASE_PHASES if p in action.sources)
    now = ", ".join(f"«{ACTIONS[a].label}»" for a in available_actions(episode.phase))
    return TransitionError(f"«{action.label}» non si può fare su una presa in carico in fase "
                           f"«{phase}»: vale solo in fase {where}. Ora puoi: {now}.")


def perform(session: Session, episode_id: str, action: str, *, on: dt.date | None = None,
            reason: str | None = None, today: dt.date | None = None) -> str:
    """Do ``action`` on the presa in carico on day ``on`` (default today), or
    refuse it with an Italian message; «chiudi» needs ``reason``. Its id."""
    episode = records.existing(session, CaseEpisode, episode_id, GONE)
    chosen = ACTIONS.get(action)
    if chosen is None:
        raise ValidationError(f"Azione sconosciuta sulla presa in carico: «{action}».")
    if episode.phase not in chosen.sources:
        raise _refusal(episode, chosen)
    today = today or dt.date.today()
    on = on or today
    _check_day(on, today)
    latest = latest_date(episode)
    if latest and on < latest:
        raise ValidationError(f"La data non può precedere il {day(latest)}, l'ultima data già "
                              "registrata per questa presa in carico.", "on")
    if action == "chiudi":
        if not reason or not reason.strip():
            raise ValidationError("Indica il motivo della chiusura.", "reason")
        episode.closure_reason = reason.strip()[:200]
    if phase_date(episode, chosen.target) is None:  # a re-entered phase keeps its first date
        setattr(episode, f"{chosen.target}_on", on)
    episode.phase = chosen.target
    session.flush()
    return episode.id


def episode_by_ref(session: Session, person_id: str, ref: str | None) -> str:
    """The id of the person's episode ``ref`` names, or of their open one (what
    the CLI types)."""
    query = select(CaseEpisode.id).where(CaseEpisode.person_id == person_id)
    if ref:
        query = query.where(CaseEpisode.id == ref.strip())
    else:
        query = query.where(CaseEpisode.chiusura_on.is_(None))
    episode_id = session.scalar(query.limit(1))
    if episode_id is None:
        raise ValidationError(f"Nessuna presa in carico «{ref.strip()}» per questa persona."
                              if ref else "La persona non ha una presa in carico aperta.")
    return episode_id
