import datetime as dt

import pytest
from hypothesis import given, strategies as st

from desktop.core.formats import day, money, parse_money


def test_italian_formats():
    assert money(123456) == "1.234,56\xa0€"
    assert day(dt.date(2026, 3, 4)) == "04/03/2026" and day("2026-03-04") == "04/03/2026"
    assert parse_money("1.234,56 €") == 123456 and parse_money("80,5") == 8050
    with pytest.raises(ValueError) as err:
        parse_money("mille")
    assert "non è un importo" in str(err.value)


@given(st.integers(min_value=0, max_value=10**11))
def test_money_round_trips(cents):
    assert parse_money(money(cents)) == cents


@pytest.mark.parametrize("text, cents", [
    ("1.500", 150000), ("1.234", 123400), ("1.234.567,8", 123456780), ("1500", 150000),
    ("0,05", 5), ("1234.56", 123456), ("1.5", 150), ("", 0), ("  80 € ", 8000),
])
def test_amounts_as_italians_type_them(text, cents):
    """A dot before three digits groups thousands: "1.500" is never 1,50 €."""
    assert parse_money(text) == cents


@pytest.mark.parametrize("text", ["12,345", "1e5", "1_000", "inf", "nan", "1,2,3", "1.50.0",
                                  "12,3x", "-5"])
def test_ambiguous_or_odd_amounts_are_refused_not_guessed(text):
    with pytest.raises(ValueError):
        parse_money(text)
