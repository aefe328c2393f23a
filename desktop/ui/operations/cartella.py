"""Named operations of the scheda's record tabs (Misure, Rete, Scadenze,
Documenti, Valutazioni): one per user action, each wrapping one core call of
``desktop.core.cartella``. The tab that asks is the initiator."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from desktop.core.catalogues import catalogue_choices
from desktop.core.cartella import consensi, documenti, misure, rete, scadenze, valutazioni
from desktop.ui.operations import CollectionOp, OpContext, QueryOp, read, write


def choices(parent, store, *catalogues: str) -> QueryOp:
    """The entries the tab's forms pick from."""
    return read(parent, store, catalogue_choices, *catalogues)


# ------------------------------------------------------------------ misure
def save_measure(parent, store, person_id: str, fields: misure.MeasureFields,
                 measure_id: str | None = None) -> CollectionOp:
    return write(parent, store, misure.save_measure, person_id, fields, measure_id)


def change_measure_status(parent, store, measure_id: str, status: str) -> CollectionOp:
    return write(parent, store, misure.change_status, measure_id, status)


def remove_measure(parent, store, measure_id: str) -> CollectionOp:
    return write(parent, store, misure.remove_measure, measure_id)


# -------------------------------------------------------------------- rete
def save_member(parent, store, person_id: str, fields: rete.MemberFields,
                member_id: str | None = None) -> CollectionOp:
    return write(parent, store, rete.save_member, person_id, fields, member_id)


def remove_member(parent, store, member_id: str) -> CollectionOp:
    return write(parent, store, rete.remove_member, member_id)


# ---------------------------------------------------------------- scadenze
def save_deadline(parent, store, person_id: str, fields: scadenze.DeadlineFields,
                  deadline_id: str | None = None) -> CollectionOp:
    return write(parent, store, scadenze.save_deadline, person_id, fields, deadline_id)


def mark_deadline_done(parent, store, deadline_id: str) -> CollectionOp:
    return write(parent, store, scadenze.mark_done, deadline_id)


def reopen_deadline(parent, store, deadline_id: str) -> CollectionOp:
    return write(parent, store, scadenze.reopen, deadline_id)


def remove_deadline(parent, store, deadline_id: str) -> CollectionOp:
    return write(parent, store, scadenze.remove_deadline, deadline_id)


# --------------------------------------------------------------- documenti
def attach_document(parent, store, person_id: str, path: Path,
                    fields: documenti.DocumentFields) -> CollectionOp:
    """The file is read (with progress, cancellable) before the write session
    opens, so a slow disk never holds the database's write lock."""
    def run(store, ctx: OpContext) -> str:
        content = documenti.read_file(path, ctx.progress)
        with store.session() as s:
            return documenti.attach_to_person(s, person_id, content, path.name, fields)

    return CollectionOp(parent, store, run, initiator=parent)


def export_document(parent, store, document_id: str, target: str | os.PathLike) -> QueryOp:
    return read(parent, store, documenti.export_document, document_id, target)


def remove_document(parent, store, document_id: str) -> CollectionOp:
    return write(parent, store, documenti.remove_document, document_id)


# ------------------------------------------------------------- valutazioni
def assessment_templates(parent, store) -> QueryOp:
    return read(parent, store, valutazioni.list_templates)


def assessment_history(parent, store, person_id: str, template_code: str) -> QueryOp:
    return read(parent, store, valutazioni.list_history, person_id, template_code)


def compare_assessments(parent, store, first_id: str, second_id: str) -> QueryOp:
    return read(parent, store, valutazioni.comparison, first_id, second_id)


# ---------------------------------------------------------------- consensi
def consent_choices(parent, store) -> QueryOp:
    return read(parent, store, consensi.consent_choices)


def give_consent(parent, store, person_id: str, fields: consensi.ConsentFields,
                 consent_id: str | None = None) -> CollectionOp:
    return write(parent, store, consensi.give_consent, person_id, fields, consent_id,
                 recorded_by_id=store.operator_id)


def withdraw_consent(parent, store, consent_id: str, on: dt.date | None,
                     reason: str | None) -> CollectionOp:
    return write(parent, store, consensi.withdraw_consent, consent_id, on, reason)
