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
