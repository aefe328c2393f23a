"""Italian formats shared by the screens, the PDFs and the exports."""
from __future__ import annotations

import datetime as dt

from babel.numbers import format_currency, format_decimal

LOCALE = "it_IT"


def money(cents: int | None) -> str:
    """Amounts as Italians write them: 1.234,56 €."""
    if cents is None:
        return ""
    return format_currency(cents / 100, "EUR", locale=LOCALE)


def number(value: float | int | None) -> str:
    return "" if value is None else format_decimal(value, locale=LOCALE)


def day(value: dt.date | dt.datetime | str | None) -> str:
    """dd/mm/yyyy; ISO text (as stored in snapshots) is accepted too."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.strftime("%d/%m/%Y")


def day_time(value: dt.datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y %H:%M")


def parse_money(text: str) -> int:
    """"1.234,56", "1234,5", "1234.56 €" → cents; ValueError with an Italian message."""
    cleaned = (text or "").replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
    if not cleaned:
        return 0
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        value = round(float(cleaned) * 100)
    except ValueError:
        raise ValueError(f"«{text}» non è un importo valido (esempio: 1.234,56).") from None
    if value < 0:
        raise ValueError("L'importo non può essere negativo.")
    return value
