"""Matching a paper patto back to the record.

The payload is what a person can read off the paper: the QR text
(``TESSERE:PATTO:<patto id>:<version>:<fingerprint>``) or the short fingerprint
printed under it (16 hex digits, dashes and case optional; the full 64 digits
work too). The answer says which patto and version the paper is, whether it is
exactly what was signed, and whether the record moved on since.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.model import Patto, PattoVersion, Person
from desktop.core import patti as rules
from desktop.pdf.patto import QR_PREFIX

# A paper no longer describes a patto that is closed or suspended since.
ENDED_STATES = rules.CLOSED_STATES | {"sospeso"}

_HEX = re.compile(r"^[0-9a-f]{16}([0-9a-f]{48})?$")


@dataclass
class PrintCheck:
    """The outcome of a check; ``message`` is the Italian sentence to show."""

    status: str  # corrisponde / modificato / non_corrisponde / sconosciuto / non_valido
    message: str
    patto_id: str | None = None
    version: int | None = None
    title: str | None = None
    people: str | None = None
    changes: list[str] = field(default_factory=list)

    @property
    def matches(self) -> bool:
        """The paper is exactly a signed version held in this database."""
        return self.status in ("corrisponde", "modificato")

    @property
    def changed(self) -> bool:
        """The record moved on since that version (newer version, amendment, state)."""
        return self.status == "modificato"


def _normalise(payload: str) -> str:
    return re.sub(r"[\s\-–]", "", payload.strip()).lower()


def _describe(session: Session, version: PattoVersion) -> tuple[Patto, str]:
    patto = version.patto
    people = [session.get(Person, b.person_id) for b in patto.beneficiaries]
    return patto, ", ".join(p.full_name for p in people if p is not None)


def _changes(patto: Patto, version: PattoVersion) -> list[str]:
    out = []
    newer = [v for v in patto.versions if v.number > version.number]
    signed_newer = [v for v in newer if v.signed_at is not None]
    if signed_newer:
        last = signed_newer[-1]
        out.append(f"esiste una versione più recente firmata (versione {last.number} del "
                   f"{last.created_on:%d/%m/%Y})")
    if not patto.locked and patto.current_version > version.number:
        current = rules.current_version(patto)
        reason = f": «{current.reason}»" if current.reason else ""
        out.append(f"è in corso una modifica in itinere (versione {current.number}{reason})")
    if patto.state in ENDED_STATES:
        out.append(f"il patto ora è «{rules.STATE_LABELS[patto.state]}»")
    return out


def _result(session: Session, version: PattoVersion) -> PrintCheck:
    patto, people = _describe(session, version)
    what = f"versione {version.number} del patto «{patto.title}» ({people})"
    changes = _changes(patto, version)
    base = dict(patto_id=patto.id, version=version.number, title=patto.title, people=people,
                changes=changes)
    signed = version.signed_at.strftime("%d/%m/%Y") if version.signed_at else ""
    if changes:
        return PrintCheck("modificato", f"La copia corrisponde alla {what}, firmata il {signed}, "
                          "ma il patto è cambiato da allora: " + "; ".join(changes) + ".", **base)
    state = rules.STATE_LABELS[patto.state]
    return PrintCheck("corrisponde", f"La copia corrisponde alla {what}, firmata il {signed}: "
                      f"è la versione in vigore (stato «{state}»).", **base)


def verify_print(session: Session, payload: str) -> PrintCheck:
    """Which patto and version the paper is, and whether the record changed since."""
    raw = (payload or "").strip()
    if raw.upper().startswith(QR_PREFIX + ":"):
        parts = raw.split(":")
        if len(parts) != 5 or not parts[3].isdigit():
            return PrintCheck("non_valido", "Il codice QR non è un codice di Tessere leggibile.")
        _, _, patto_id, number, printed = parts
        version = session.scalar(select(PattoVersion).where(
            PattoVersion.patto_id == patto_id, PattoVersion.number == int(number)))
        if version is None:
            return PrintCheck("sconosciuto", "Questo patto non è presente in questo database "
                              "(forse appartiene a un altro distretto o non è ancora "
                              "sincronizzato).", patto_id=patto_id, version=int(number))
        if version.fingerprint is None or version.fingerprint != printed.lower():
            patto, people = _describe(session, version)
            return PrintCheck(
                "non_corrisponde",
                f"Attenzione: la copia dice di essere la versione {version.number} del patto "
                f"«{patto.title}» ({people}), ma il suo contenuto non corrisponde a quello "
                "firmato e registrato.", patto_id=patto.id, version=version.number,
                title=patto.title, people=people)
        return _result(session, version)

    code = _normalise(raw)
    if not _HEX.match(code):
        return PrintCheck("non_valido", "Scrivi l'impronta stampata sotto il codice QR "
                          "(16 caratteri, per esempio 5B29-7D29-C968-A44E) o il testo del QR.")
    found = list(session.scalars(select(PattoVersion).where(
        PattoVersion.fingerprint.like(code[:16] + "%"))))
    found = [v for v in found if v.fingerprint.startswith(code)]
    if not found:
        return PrintCheck("sconosciuto", "Nessun patto firmato in questo database ha questa "
                          "impronta: controlla di averla trascritta bene.")
    if len(found) > 1:
        return PrintCheck("non_valido", "Più versioni hanno questa impronta breve: usa il "
                          "codice QR per distinguerle.")
    return _result(session, found[0])
