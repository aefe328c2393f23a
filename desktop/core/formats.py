"""Italian formats shared by the screens, the PDFs and the exports."""
from __future__ import annotations

import datetime as dt
import re

from babel.numbers import format_currency, format_decimal

LOCALE = "it_IT"


def money(cents: int | None) -> str:
    """Amounts as Italians write them: 1.234,56 €."""
    if cents is None:
        return ""
    return format_currency(cents / 100, "EUR", locale=LOCALE)


def number(value: float | int | None) -> str:
    return "" if value is None else format_decimal(value, locale=LOCALE)


def figure(value, *, money_cents: bool = False) -> str:
    """A cell of an indicator table as people read it: euro for amounts in
    cents, Italian digits for numbers, a dash for nothing, text as it is
    (the screen and the printed report show the same)."""
    if value is None:
        return "—"
    if money_cents and isinstance(value, int):
        return money(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value)
    return str(value)


def day(value: dt.date | dt.datetime | str | None) -> str:
    """dd/mm/yyyy; ISO text (as stored in snapshots) is accepted too."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.strftime("%d/%m/%Y")


def day_time(value: dt.datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y %H:%M")


# "1.234,56", "1234,5", "1.500", "1500" — and, for pasted text, "1234.56".
_ITALIAN_AMOUNT = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2})?$")
_DOT_DECIMALS = re.compile(r"^\d+\.\d{1,2}$")


def parse_money(text: str) -> int:
    """"1.234,56", "1.500", "1234,5", "1234.56 €" → cents; ValueError with an
    Italian message. A dot before three digits groups thousands, as Italians
    write them ("1.500" is one thousand five hundred); anything ambiguous or
    with more than two decimals is refused rather than guessed."""
    cleaned = (text or "").replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
    if not cleaned:
        return 0
    if cleaned.startswith("-"):
        raise ValueError("L'importo non può essere negativo.")
    if _ITALIAN_AMOUNT.match(cleaned):
        euros, _, decimals = cleaned.replace(".", "").partition(",")
    elif _DOT_DECIMALS.match(cleaned):
        euros, _, decimals = cleaned.partition(".")
    else:
        raise ValueError(f"«{text}» non è un importo valido (esempio: 1.234,56).")
    return int(euros) * 100 + int((decimals + "00")[:2])
