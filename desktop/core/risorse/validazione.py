"""Checks of what a user types into the resource directory, each refusal an
Italian sentence naming the field (the editor puts it under that field)."""
from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from babel import Locale
from codicefiscale import codicefiscale

from desktop.core.errors import ValidationError

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # HSDS byday codes
WEEKDAY_NAMES = {"MO": "lunedì", "TU": "martedì", "WE": "mercoledì", "TH": "giovedì",
                 "FR": "venerdì", "SA": "sabato", "SU": "domenica"}
MAX_AGE = 120
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_POSTAL_CODE = re.compile(r"^\d{5}$")


def clean(value: str | None) -> str | None:
    """Text as stored: trimmed, and None rather than an empty string."""
    value = (value or "").strip()
    return value or None


def required(value: str | None, label: str, field: str) -> str:
    value = clean(value)
    if value is None:
        raise ValidationError(f"Indica {label}.", field)
    return value


def email(value: str | None, field: str) -> str | None:
    """The same rule as the anagrafica's: something@domain.tld."""
    value = clean(value)
    if value and not _EMAIL.match(value):
        raise ValidationError(f"L'indirizzo email «{value}» non sembra valido: deve essere come "
                              "nome@esempio.it.", field)
    return value


def website(value: str | None, field: str) -> str | None:
    value = clean(value)
    if value is None:
        return None
    if not re.match(r"^https?://", value, re.I):
        value = "https://" + value
    if " " in value or "." not in value.split("//", 1)[1]:
        raise ValidationError(f"Il sito «{value}» non sembra un indirizzo web "
                              "(esempio: www.esempio.it).", field)
    return value


def phone(value: str | None, field: str) -> str | None:
    """An Italian number (or one with its +prefix), stored in the international
    format so the same number is always written the same way."""
    value = clean(value)
    if value is None:
        return None
    try:
        number = phonenumbers.parse(value, "IT")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(f"Il numero di telefono «{value}» non è valido: scrivilo con il "
                              "prefisso (esempio: 051 123 4567 o 333 123 4567).", field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def partita_iva_check_digit(first_ten: str) -> str:
    """The eleventh digit of a partita IVA (also the codice fiscale of an ente)."""
    total = 0
    for position, char in enumerate(first_ten):
        n = int(char)
        if position % 2:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return str((10 - total % 10) % 10)


def partita_iva_ok(digits: str) -> bool:
    return bool(re.fullmatch(r"\d{11}", digits)) and partita_iva_check_digit(digits[:10]) == digits[10]


def tax_code(value: str | None, field: str) -> str | None:
    """An ente's codice fiscale or partita IVA (11 digits) or a person's
    codice fiscale (16 characters, for a sole trader)."""
    value = clean(value)
    if value is None:
        return None
    value = value.replace(" ", "").upper()
    if value.startswith("IT") and len(value) == 13:
        value = value[2:]
    if value.isdigit():
        if len(value) == 11 and partita_iva_ok(value):
            return value
        raise ValidationError(f"La partita IVA o il codice fiscale «{value}» non è valido: "
                              "11 cifre con la cifra di controllo giusta.", field)
    if len(value) == 16 and codicefiscale.is_valid(value):
        return value
    raise ValidationError(f"Il codice fiscale «{value}» non è valido (16 caratteri per una "
                          "persona, 11 cifre per un ente).", field)


def postal_code(value: str | None, field: str) -> str | None:
    value = clean(value)
    if value is not None and not _POSTAL_CODE.match(value):
        raise ValidationError(f"Il CAP «{value}» non è valido: sono 5 cifre.", field)
    return value


def whole_number(value, label: str, field: str, *, low: int = 0,
                 high: int | None = None) -> int | None:
    """An optional whole number typed as text or given as int, within bounds."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(f"{label} deve essere un numero intero.", field) from None
    if number < low or (high is not None and number > high):
        bounds = f"tra {low} e {high}" if high is not None else f"{low} o più"
        raise ValidationError(f"{label} deve essere {bounds}.", field)
    return number


def ages(minimum, maximum) -> tuple[int | None, int | None]:
    low = whole_number(minimum, "L'età minima", "minimum_age", high=MAX_AGE)
    high = whole_number(maximum, "L'età massima", "maximum_age", high=MAX_AGE)
    if low is not None and high is not None and low > high:
        raise ValidationError(f"L'età minima ({low}) supera la massima ({high}).", "minimum_age")
    return low, high


def codes(values, allowed: set[str], what: str, field: str) -> list[str]:
    """Catalogue codes, in the order given, once each."""
    chosen = list(dict.fromkeys(values or []))
    unknown = [c for c in chosen if c not in allowed]
    if unknown:
        raise ValidationError(f"{what}: «{', '.join(unknown)}» non è tra le voci previste.", field)
    return chosen


@lru_cache(maxsize=1)
def language_names() -> dict[str, str]:
    """ISO 639-1 code → Italian name, from Babel (CLDR): «inglese», «arabo»…"""
    names = Locale("it").languages
    return {code: name for code, name in sorted(names.items(), key=lambda kv: kv[1])
            if len(code) == 2 and code.isalpha() and code.islower()}


def languages(values) -> list[str]:
    known = language_names()
    chosen = list(dict.fromkeys(str(v).strip().lower() for v in values or [] if str(v).strip()))
    unknown = [c for c in chosen if c not in known]
    if unknown:
        raise ValidationError(f"Lingua sconosciuta: «{', '.join(unknown)}» (usa i codici di due "
                              "lettere, per esempio it, en, ar).", "languages")
    return chosen


def opening_time(value: str | None, field: str) -> str:
    value = (value or "").strip().replace(".", ":")
    if re.fullmatch(r"\d:\d\d", value):
        value = "0" + value
    if not _TIME.match(value):
        raise ValidationError(f"«{value}» non è un orario valido: scrivilo come 09:30.", field)
    return value


def opening_hours(rows: list[tuple[list[str], str, str]], where: str,
                  field: str = "schedules") -> list[tuple[list[str], str, str]]:
    """(days, opens, closes) rows: days among MO..SU, HH:MM, opening before
    closing, and no two intervals of one place overlapping on the same day."""
    checked: list[tuple[list[str], str, str]] = []
    taken: dict[str, list[tuple[str, str]]] = {}
    for days, opens, closes in rows:
        days = [d.strip().upper() for d in days if d.strip()]
        if not days:
            raise ValidationError(f"Orari di {where}: scegli almeno un giorno.", field)
        bad = [d for d in days if d not in WEEKDAYS]
        if bad:
            raise ValidationError(f"Orari di {where}: giorno sconosciuto «{', '.join(bad)}».",
                                  field)
        opens, closes = opening_time(opens, field), opening_time(closes, field)
        if opens >= closes:
            raise ValidationError(f"Orari di {where}: l'apertura ({opens}) deve venire prima "
                                  f"della chiusura ({closes}).", field)
        for day in days:
            for other_opens, other_closes in taken.get(day, []):
                if opens < other_closes and other_opens < closes:
                    raise ValidationError(
                        f"Orari di {where}: il {WEEKDAY_NAMES[day]} {opens}–{closes} si "
                        f"sovrappone a {other_opens}–{other_closes}.", field)
            taken.setdefault(day, []).append((opens, closes))
        checked.append((sorted(set(days), key=WEEKDAYS.index), opens, closes))
    return checked
