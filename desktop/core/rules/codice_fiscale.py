"""Codice fiscale: validation and cross-checks with the rest of the anagrafica.

python-codicefiscale does the arithmetic (check character, omocodia, comuni);
this module turns its verdicts into sentences a social worker understands.
A mismatch is always explained, never silently accepted or corrected.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from codicefiscale import codicefiscale as cf

from desktop.core.errors import ValidationError

_SHAPE = re.compile(r"^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$")


def normalise(code: str) -> str:
    return re.sub(r"\s+", "", code or "").upper()


_OMOCODIA = str.maketrans("LMNPQRSTUV", "0123456789")
_DIGIT_SLOTS = (6, 7, 9, 10, 12, 13, 14)


def base_code(code: str | None) -> str | None:
    """The first 15 characters with omocodia undone (the letters that replace
    digits for homonyms read as digits again), or None for what is not shaped
    like a codice fiscale: two codes of one person compare equal, whichever
    variant each office was given."""
    code = normalise(code or "")
    if not _SHAPE.match(code):
        return None
    chars = list(code[:15])
    for slot in _DIGIT_SLOTS:
        chars[slot] = chars[slot].translate(_OMOCODIA)
    return "".join(chars)


def validate(code: str) -> str:
    """The normalised code, or ValidationError with what is wrong with it."""
    code = normalise(code)
    if not code:
        raise ValidationError("Il codice fiscale è vuoto.", "codice_fiscale")
    if len(code) != 16:
        raise ValidationError(
            f"Il codice fiscale deve avere 16 caratteri (ne ha {len(code)}).", "codice_fiscale"
        )
    if not _SHAPE.match(code):
        raise ValidationError(
            "Il codice fiscale ha un formato non valido: 6 lettere, 2 cifre, una lettera "
            "del mese, 2 cifre, il codice del comune e un carattere di controllo.",
            "codice_fiscale",
        )
    try:
        cf.decode(code)
    except ValueError as exc:
        text = str(exc)
        if "CIN" in text:
            raise ValidationError(
                "Il carattere di controllo (l'ultimo) del codice fiscale non torna: "
                "probabilmente c'è un errore di battitura.",
                "codice_fiscale",
            ) from exc
        if "birthplace" in text or "municipal" in text.lower():
            raise ValidationError(
                "Il codice del luogo di nascita nel codice fiscale non corrisponde a nessun "
                "comune o stato estero.",
                "codice_fiscale",
            ) from exc
        if "date" in text.lower():
            raise ValidationError(
                "La data di nascita contenuta nel codice fiscale non è una data valida.",
                "codice_fiscale",
            ) from exc
        raise ValidationError(f"Codice fiscale non valido ({text}).", "codice_fiscale") from exc
    return code


@dataclass
class CrossCheck:
    code: str
    mismatches: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatches


_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
           "agosto", "settembre", "ottobre", "novembre", "dicembre"]


def _italian_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def cross_check(
    code: str,
    *,
    first_name: str | None = None,
    last_name: str | None = None,
    birth_date: dt.date | None = None,
    sex: str | None = None,
    birthplace_code: str | None = None,
    birthplace_name: str | None = None,
) -> CrossCheck:
    """Compare a valid code with the anagrafica; each mismatch is one sentence."""
    code = validate(code)
    decoded = cf.decode(code)
    result = CrossCheck(code)
    raw = decoded["raw"]
    if last_name and cf.encode_lastname(last_name) != raw["lastname"]:
        result.mismatches.append(
            f"Il cognome «{last_name}» darebbe «{cf.encode_lastname(last_name)}», ma il codice "
            f"inizia con «{raw['lastname']}»."
        )
    if first_name and cf.encode_firstname(first_name) != raw["firstname"]:
        result.mismatches.append(
            f"Il nome «{first_name}» darebbe «{cf.encode_firstname(first_name)}», ma il codice "
            f"riporta «{raw['firstname']}»."
        )
    if birth_date:
        coded = decoded["birthdate"].date()
        # The code holds only two digits of the year: 1926 and 2026 look the same.
        if (coded.day, coded.month, coded.year % 100) != (
            birth_date.day, birth_date.month, birth_date.year % 100
        ):
            result.mismatches.append(
                f"Il codice indica la nascita il {_italian_date(coded)}, l'anagrafica il "
                f"{_italian_date(birth_date)}."
            )
    if sex and sex.upper() != decoded["gender"]:
        coded_sex = "femminile" if decoded["gender"] == "F" else "maschile"
        result.mismatches.append(f"Il codice indica il sesso {coded_sex}, diverso dall'anagrafica.")
    place = decoded.get("birthplace") or {}
    coded_place = (place.get("code") or raw["birthplace"]).upper()
    if birthplace_code and birthplace_code.upper() != coded_place:
        coded_name = place.get("name") or coded_place
        result.mismatches.append(
            f"Il codice indica come luogo di nascita {coded_name} ({coded_place}), l'anagrafica "
            f"{birthplace_name or birthplace_code}."
        )
    return result


def compute(
    *, first_name: str, last_name: str, sex: str, birth_date: dt.date, birthplace: str
) -> str:
    """The expected code for an anagrafica (birthplace: a comune or foreign state
    name, or its cadastral code)."""
    return cf.encode(
        lastname=last_name, firstname=first_name, gender=sex,
        birthdate=birth_date.strftime("%d/%m/%Y"), birthplace=birthplace,
    )


def decode(code: str) -> tuple[str, dt.date, str]:
    """Sex, birth date and birthplace code held in a valid code («Compila dal codice»)."""
    decoded = cf.decode(validate(code))
    place = decoded.get("birthplace") or {}
    return (decoded["gender"], decoded["birthdate"].date(),
            (place.get("code") or decoded["raw"]["birthplace"]).upper())


def foreign_states() -> list[tuple[str, str]]:
    """(code, name) of the foreign states a person may be born in, as the
    codice fiscale knows them (its Z… codes)."""
    from codicefiscale.data import get_countries_data

    states = {c["code"]: c["name"] for c in get_countries_data() if c.get("active")}
    return sorted(states.items(), key=lambda item: item[1].casefold())


# ------------------------------------------------------------ while typing
_SLOT_KINDS = "LLLLLLDDMDDLDDDL"  # letter, digit (or its omocodia letter), month letter
_DIGIT_LIKE = set("0123456789LMNPQRSTUV")  # omocodia replaces digits with these letters
_MONTH_LETTERS = set("ABCDEHLMPRST")


def _slot_problem(position: int, char: str) -> str | None:
    kind = _SLOT_KINDS[position]
    if kind == "L" and not ("A" <= char <= "Z"):
        return "una lettera"
    if kind == "D" and char not in _DIGIT_LIKE:
        return "una cifra"
    if kind == "M" and char not in _MONTH_LETTERS:
        return "la lettera del mese (A, B, C, D, E, H, L, M, P, R, S o T)"
    return None


@dataclass(frozen=True)
class CodeStatus:
    """The verdict on a code being typed: ``level`` is ok, warning, error or muted."""

    level: str
    text: str


def typing_status(code: str, *, reason: str = "", first_name: str = "", last_name: str = "",
                  sex: str | None = None, birth_date: dt.date | None = None,
                  birthplace_code: str | None = None,
                  birthplace_name: str | None = None) -> CodeStatus:
    """What to say about the code typed so far, compared with the anagrafica:
    the first wrong character, how many are missing, or every mismatch."""
    code = normalise(code)
    if not code:
        if reason.strip():
            return CodeStatus("muted", "Codice fiscale assente: il motivo è indicato.")
        return CodeStatus("muted", "Inserisci il codice fiscale oppure indica qui sotto "
                                   "perché manca.")
    for position, char in enumerate(code[:16]):
        expected = _slot_problem(position, char)
        if expected:
            return CodeStatus("error", f"Il codice fiscale non è valido: il {position + 1}° "
                                       f"carattere «{char}» non va bene, lì ci vuole {expected}.")
    if len(code) < 16:
        return CodeStatus("muted", f"Codice fiscale incompleto: {len(code)} caratteri su 16.")
    try:
        check = cross_check(code, first_name=first_name or None, last_name=last_name or None,
                            birth_date=birth_date, sex=sex, birthplace_code=birthplace_code,
                            birthplace_name=birthplace_name)
    except ValidationError as exc:
        return CodeStatus("error", f"Il codice fiscale non è valido: {exc}")
    if check.mismatches:
        return CodeStatus("warning", "\n".join(check.mismatches))
    if all((first_name, last_name, sex, birth_date, birthplace_code)):
        return CodeStatus("ok", "Codice fiscale valido e coerente con i dati inseriti.")
    return CodeStatus("ok", "Codice fiscale valido.")
