"""The patto editor's checks, without Qt: a support cannot end before it starts."""
from __future__ import annotations

from desktop.core.patti.form import problems


def form_with_support(from_on: str, to_on: str) -> dict:
    return {"title": "Verso una casa mia", "beneficiaries": [{"person_id": "p"}],
            "supports": [{"what": "Educatore a domicilio", "from_on": from_on, "to_on": to_on}]}


def test_a_support_that_ends_before_it_starts_is_refused():
    found = problems(form_with_support("10/05/2026", "01/05/2026"))
    assert [(p.section, p.row, p.message) for p in found] == [
        ("supports", 0, "il sostegno finisce prima di cominciare.")]
    assert problems(form_with_support("01/05/2026", "10/05/2026")) == []
    assert problems(form_with_support("01/05/2026", "")) == []
