"""Budget sums of a patto: committed and spent per funding source and per axis,
in integer cents. Works on saved lines and on anything shaped like them (the
editor's typed rows), so the screen and the printed patto add up the same way."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from desktop.core.model import BudgetLine


@dataclass
class BudgetTotals:
    committed_by_source: dict[str, int]
    spent_by_source: dict[str, int]
    committed_by_axis: dict[str, int]
    committed_total: int
    spent_total: int
    in_kind_total: int


def budget_totals(lines: Iterable[BudgetLine]) -> BudgetTotals:
    by_source: dict[str, int] = defaultdict(int)
    spent_source: dict[str, int] = defaultdict(int)
    by_axis: dict[str, int] = defaultdict(int)
    committed = spent = in_kind = 0
    for line in lines:
        by_source[line.funding_source] += line.committed_cents or 0
        spent_source[line.funding_source] += line.spent_cents or 0
        by_axis[line.axis or "trasversale"] += line.committed_cents or 0
        committed += line.committed_cents or 0
        spent += line.spent_cents or 0
        if line.in_kind:
            in_kind += line.committed_cents or 0
    return BudgetTotals(dict(by_source), dict(spent_source), dict(by_axis), committed, spent, in_kind)
