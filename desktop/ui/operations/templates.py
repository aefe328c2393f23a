"""Named operations of the assessment templates (the template editor and the
Valutazioni tab): one per user action, each wrapping one core call of
``desktop.core.cartella.templates`` or ``valutazioni``."""
from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core.cartella import templates, valutazioni
from desktop.ui.operations import CollectionOp, QueryOp, read, write


def usable_templates(parent, store) -> QueryOp:
    """The newest version of each template not retired, seeded and the team's."""
    return read(parent, store, templates.usable_templates)


def save_template(parent, store, definition: dict[str, Any],
                  code: str | None = None) -> CollectionOp:
    """A new template, or a new version of ``code``: answers with what was stored."""
    return write(parent, store, templates.save_template, definition, code,
                 author_id=store.operator_id)


def retire_template(parent, store, code: str) -> CollectionOp:
    return write(parent, store, templates.retire_template, code)


def save_assessment(parent, store, person_id: str, template: templates.TemplateInfo,
                    answers: dict[str, Any], assessed_on: dt.date, notes: str) -> CollectionOp:
    """A filling of the very version the form showed, so its wording stays its own."""
    return write(parent, store, valutazioni.save_assessment, person_id, template.code, answers,
                 assessed_on, notes, template_version=template.version)
