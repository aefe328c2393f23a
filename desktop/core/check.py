"""Is the database file whole? SQLCipher's page check and SQLite's structure check.

``tessere check`` runs both: every page's HMAC (a flipped bit, a page from another
file) and SQLite's own integrity check (indexes, links between pages). After a
session that ended uncleanly the store runs the quick structural check on open.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.exc import DBAPIError

MAX_REPORTED = 20


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _rows(store, pragma: str) -> list[str]:
    try:
        with store.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
    except DBAPIError as exc:
        return [f"il controllo non è riuscito a leggere il file: {exc.orig}"]
    return [r for r in rows if r.lower() != "ok"][:MAX_REPORTED]


def quick_check(store) -> list[str]:
    """Structural problems SQLite finds without reading every index entry."""
    return _rows(store, "quick_check")


def full_check(store) -> CheckResult:
    """Every page's authentication code, then the full integrity check."""
    result = CheckResult()
    result.problems += [f"pagina non autentica: {p}" for p in _rows(store, "cipher_integrity_check")]
    result.problems += _rows(store, "integrity_check")
    return result
