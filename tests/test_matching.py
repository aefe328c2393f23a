"""The matching's pieces on their own: omocodia undone, the score's reasons,
symmetry, and blocking that keeps a mistyped code within reach."""
from __future__ import annotations

import datetime as dt

from codicefiscale import codicefiscale
from hypothesis import given, strategies as st

from desktop.core.matching import Record, candidates, compare
from desktop.core.rules.codice_fiscale import base_code

CODE = "RSSMRA80A01H501U"


def record(id_, first="Mario", last="Rossi", born=dt.date(1980, 1, 1), place="Roma",
           sex="M", code=CODE, group="a"):
    return Record(id_, first, last, born, place, sex, base_code(code), group)


def test_every_omocodia_variant_has_the_same_base_code():
    variants = codicefiscale.decode(CODE)["omocodes"]
    assert len(variants) > 100 and {base_code(v) for v in variants} == {CODE[:15]}
    assert base_code("not a code") is None and base_code(None) is None


def test_the_reasons_are_said_and_a_typo_is_not_certain():
    same, why = compare(record("1"), record("2", first="MARIO'", group="b"))
    assert same >= 0.99 and "stesso codice fiscale" in why
    typo, why = compare(record("1"), record("2", code="RSSMRB80A01H501U", group="b"))
    assert 0.75 <= typo < 0.99 and any("un carattere" in w for w in why)
    double, why = compare(record("1", code=None), record("2", last="Rossi Bianchi", code=None))
    assert double >= 0.75
    other, why = compare(record("1"), record("2", first="Giulia", sex="F",
                                              born=dt.date(1991, 5, 3),
                                              code="RSSGLI91E43H501X"))
    assert other < 0.5 and "sesso diverso" in why


names = st.sampled_from(["Rossi", "Bianchi", "Esposito", "D'Angelo", "Rossi Bianchi", "Colombo"])


@given(names, names, st.dates(dt.date(1930, 1, 1), dt.date(2010, 1, 1)),
       st.dates(dt.date(1930, 1, 1), dt.date(2010, 1, 1)))
def test_the_score_does_not_depend_on_the_order(last_a, last_b, born_a, born_b):
    a = record("1", last=last_a, born=born_a, code=None)
    b = record("2", last=last_b, born=born_b, code=None, group="b")
    assert compare(a, b)[0] == compare(b, a)[0]


def test_blocking_finds_a_mistyped_code_without_comparing_everyone():
    import random
    import string

    rng = random.Random(7)

    def word() -> str:
        return "".join(rng.choices(string.ascii_lowercase, k=8)).title()

    people = [record(str(n), first=word(), last=word(), place=word(),
                     born=dt.date(1950, 1, 1) + dt.timedelta(days=n * 37),
                     code=None, group=str(n % 3)) for n in range(2000)]
    people.append(record("x", group="a"))
    people.append(record("y", code="RSSMRA80A01H5O1U", born=dt.date(1980, 1, 2), group="b"))
    found, stats = candidates(people)
    assert [(c.a.id, c.b.id) for c in found] == [("x", "y")]
    assert stats.comparisons < 100
