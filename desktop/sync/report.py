"""What one sync did, said in Italian: the report every step of a sync adds to,
and the progress callback the GUI and the CLI pass in."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from desktop.sync.gaps import Gap

Progress = Callable[[str, int, int], None]


@dataclass
class SyncReport:
    published: int = 0          # changes
    bundles_published: int = 0
    applied: int = 0            # changes
    bundles_applied: int = 0
    held: list[str] = field(default_factory=list)
    conflicts: int = 0          # new conflicts found by this sync
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # told, but the sync went on
    retry_later: bool = False
    snapshot_loaded: str | None = None     # the snapshot this new replica started from
    snapshot_published: str | None = None  # the snapshot this sync wrote
    gaps: list[Gap] = field(default_factory=list)  # other replicas' missing bundles
    republished: list[int] = field(default_factory=list)  # our bundles written again
    root_unconfirmed: bool = False  # the root looks emptied or swapped: the user must confirm
    people_arrived: set[str] = field(default_factory=set)  # person ids another laptop changed
    duplicates: int = 0  # pairs with one of them that may be one person, undecided

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        parts = [f"Inviate {self.published} modifiche, ricevute {self.applied}."]
        if self.snapshot_loaded:
            parts.append("Primo arrivo dall'istantanea della squadra.")
        if self.snapshot_published:
            parts.append("Pubblicata un'istantanea per i nuovi computer.")
        if self.conflicts:
            parts.append(f"{self.conflicts} nuovi conflitti da risolvere.")
        parts += self.warnings + self.held + self.errors
        return " ".join(parts)


def duplicates_message(count: int) -> str:
    """What the user reads when a sync brought people who may already be here."""
    if count == 1:
        return "1 possibile doppione da verificare (Persone › Possibili doppioni)."
    return f"{count} possibili doppioni da verificare (Persone › Possibili doppioni)."


def duration(ms: int) -> str:
    """How far ahead a clock is, in Italian words."""
    minutes = ms // 60_000
    if minutes < 120:
        return f"{minutes} minuti"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} ore"
    return f"{hours // 24} giorni"
