"""Hybrid logical clock: total order of changes across replicas.

A timestamp is the text ``"<wall ms, 13 digits>-<counter, 4 digits>-<replica id>"``.
Its fixed width makes plain string comparison the clock order, so the change log
can be indexed and compared in SQL.

Clock drift rule: a remote timestamp whose wall time is more than ``MAX_DRIFT_MS``
ahead of our own wall clock does not pull our clock forward. A laptop whose clock
runs a year ahead therefore cannot drag the whole team into its future; the sync
layer decides what to do with such a change (see ``is_too_far_ahead``).
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

MAX_DRIFT_MS = 10 * 60 * 1000  # ten minutes
_COUNTER_MAX = 9999


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    replica: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:04d}-{self.replica}"

    @classmethod
    def parse(cls, text: str) -> "Timestamp":
        wall, counter, replica = text.split("-", 2)
        return cls(int(wall), int(counter), replica)


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


def is_too_far_ahead(stamp: str, now_ms: int | None = None) -> bool:
    now = wall_clock_ms() if now_ms is None else now_ms
    return Timestamp.parse(stamp).wall_ms > now + MAX_DRIFT_MS


class HybridLogicalClock:
    """Thread-safe HLC for one replica."""

    def __init__(self, replica: str, last: str | None = None, wall=wall_clock_ms):
        self.replica = replica
        self._wall = wall
        self._lock = threading.Lock()
        self._ms = 0
        self._counter = 0
        if last:
            self.observe(last)

    def now(self) -> str:
        with self._lock:
            return str(self._advance())

    def many(self, count: int) -> list[str]:
        """``count`` consecutive timestamps, for bulk writes: the wall clock read
        once, then the counter carried on (into the next millisecond past 9999),
        as ``count`` calls of ``now`` in the same millisecond would give."""
        if count <= 0:
            return []
        with self._lock:
            first = self._advance()
            ms, counter = first.wall_ms, first.counter
            out = [str(first)]
            suffix = f"-{self.replica}"
            for _ in range(count - 1):
                counter += 1
                if counter > _COUNTER_MAX:
                    ms, counter = ms + 1, 0
                out.append(f"{ms:013d}-{counter:04d}{suffix}")
            self._ms, self._counter = ms, counter
            return out

    def observe(self, stamp: str) -> None:
        """Move past a timestamp seen elsewhere, within the drift bound."""
        other = Timestamp.parse(stamp)
        with self._lock:
            if other.wall_ms > self._wall() + MAX_DRIFT_MS:
                return
            if (other.wall_ms, other.counter) > (self._ms, self._counter):
                self._ms, self._counter = other.wall_ms, other.counter

    def _advance(self) -> Timestamp:
        wall = self._wall()
        if wall > self._ms:
            self._ms, self._counter = wall, 0
        else:
            self._counter += 1
            if self._counter > _COUNTER_MAX:
                self._ms, self._counter = self._ms + 1, 0
        return Timestamp(self._ms, self._counter, self.replica)
