"""The patto's one home in the core.

- ``lifecycle``: states, the table of actions and ``perform``, signing,
  amendments in itinere, renewal, and the helpers (``is_closed``, ``can_sign``,
  ``can_amend``, ``version_in_force``) that say which state allows what.
- ``budget``: budget sums per source and per axis.
- ``form``: the working copy as plain data: ``load_editor``, ``problems``, ``apply``.
- ``compare``: two versions side by side (``compare``, ``version_diff``).
- ``editing``: the editor's writes by id (save, sign, lifecycle, amend, new patto,
  attivazioni), each answering with what the editor shows next.
- ``lists``: the reads of the screens (every patto, a person's patti, templates).

The lifecycle, the budget sums and ``version_diff`` are re-exported here, so
``from desktop.core import patti`` gives the CLI, the PDFs and the demo what they use.
"""
from desktop.core.patti.budget import BudgetTotals, budget_totals
from desktop.core.patti.compare import version_diff
from desktop.core.patti.lifecycle import (
    ACTIONS, CLOSED_STATES, RUNNING_STATES, STATE_LABELS, Action, amend, available_actions,
    can_amend, can_sign, canonical_json, check_signable, current_patto_of, current_version, fingerprint, is_closed,
    is_read_only, new_patto, patto_by_ref, perform, short_fingerprint, sign, snapshot,
    version_in_force,
)

__all__ = [
    "ACTIONS", "CLOSED_STATES", "RUNNING_STATES", "STATE_LABELS", "Action", "BudgetTotals", "amend",
    "available_actions", "budget_totals", "can_amend", "can_sign", "canonical_json",
    "check_signable", "current_patto_of", "current_version", "fingerprint", "is_closed",
    "is_read_only", "new_patto", "patto_by_ref", "perform", "short_fingerprint", "sign",
    "snapshot", "version_diff", "version_in_force",
]
