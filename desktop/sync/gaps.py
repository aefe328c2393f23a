"""Holes in a replica's numbered bundles: found by every receiver, said wherever the
sync state is shown, and healed by the owner from its own change log.

A receiver applies bundle N+1 of a replica only after bundle N. If N+1 is gone (a
bundle deleted or renamed, a root restored from an old copy) while later bundles
are there, that replica's changes would wait for ever. So each sync records the
holes it sees (``replica_meta["sync_gaps"]``, read by ``tessere sync status``, the
status bar and the Sincronizzazione page) and names the laptop and the bundles.

The owner records, for every bundle it publishes, the range of its own change
log the bundle carries and the version vector it depended on
(``replica_meta["sync_range:NNNNNNNN"]``, local, never synced). On each sync it
lists its own folder and writes again, from its change log, every bundle of its
own that is missing or whose size is not the one it wrote: same number, same range, same dependencies, so a receiver
that already had it skips it and one that lacked it can go on. Bundles published
before ranges were recorded are rebuilt from their neighbours' headers.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa

from desktop.core.model import ReplicaMeta

META_GAPS = "sync_gaps"
RANGE_PREFIX = "sync_range:"


@dataclass(frozen=True)
class Gap:
    replica: str
    first: int  # first missing bundle number
    last: int   # last missing bundle number

    def describe(self) -> str:
        bundles = (f"manca il pacchetto {self.first}" if self.first == self.last
                   else f"mancano i pacchetti {self.first}–{self.last}")
        return (f"Dal computer {self.replica} {bundles} nella cartella di "
                "sincronizzazione: le sue modifiche successive restano in attesa finché quel "
                "computer non si sincronizza di nuovo (li ripubblica da solo).")


# ------------------------------------------------------------------ receivers
def find_gaps(available: dict[str, set[int]], vector: dict[str, int]) -> list[Gap]:
    """Replicas whose next bundle is missing while a later one is there."""
    gaps = []
    for replica, numbers in sorted(available.items()):
        wanted = vector.get(replica, 0) + 1
        later = [n for n in numbers if n > wanted]
        if wanted not in numbers and later:
            gaps.append(Gap(replica, wanted, min(later) - 1))
    return gaps


def remember(conn, gaps: list[Gap]) -> None:
    value = json.dumps([[g.replica, g.first, g.last] for g in gaps])
    conn.execute(sa.text("INSERT OR REPLACE INTO replica_meta(key, value) VALUES (:k, :v)"),
                 {"k": META_GAPS, "v": value})


def known_gaps(store) -> list[Gap]:
    """The holes the last sync found (empty once they are healed)."""
    stored = store.meta(META_GAPS)
    return [Gap(*item) for item in json.loads(stored)] if stored else []


# ------------------------------------------------------------------ the owner
def range_key(number: int) -> str:
    return f"{RANGE_PREFIX}{number:08d}"


def record_range(conn, number: int, first_seq: int, last_seq: int, deps: dict,
                 size: int | None = None) -> None:
    """Called in the transaction that counts bundle ``number`` as published. The
    size lets the owner notice its bundle replaced by other bytes (an older copy,
    a damaged file) with a listing, without reading it."""
    conn.execute(sa.text("INSERT OR REPLACE INTO replica_meta(key, value) VALUES (:k, :v)"),
                 {"k": range_key(number),
                  "v": json.dumps({"first": first_seq, "last": last_seq, "deps": deps,
                                   "size": size})})


def recorded_ranges(conn) -> dict[int, dict]:
    rows = conn.execute(sa.select(ReplicaMeta.key, ReplicaMeta.value)
                        .where(ReplicaMeta.key.startswith(RANGE_PREFIX))).all()
    return {int(key[len(RANGE_PREFIX):]): json.loads(value) for key, value in rows}


def missing_own(listed: dict[int, int], published: int, ranges: dict[int, dict]) -> list[int]:
    """Our bundle numbers that should be in the root and are not, or are there
    with other bytes than we wrote (size differs from the one recorded)."""
    return [n for n in range(1, published + 1)
            if n not in listed or ranges.get(n, {}).get("size") not in (None, listed[n])]


def legacy_range(number: int, missing: set[int], published: int, published_seq: int,
                 header_of) -> dict:
    """A bundle published before ranges were recorded, rebuilt from the closest
    bundles still present (their headers). The last bundle of a run of missing ones
    carries the whole run's range and the others are empty: a receiver anywhere in
    the run finds every change it lacks in that last one and skips those it has,
    and the rebuilt run weighs what the lost one did. Dependencies are those of
    the bundle before the run, which can never wait on the bundles rebuilt."""
    below = number - 1
    while below in missing:
        below -= 1
    above = number + 1
    while above in missing:
        above += 1
    before = header_of(below) if below >= 1 else None
    deps = (before or {}).get("deps", {})
    if number + 1 in missing:
        return {"first": 1, "last": 0, "deps": deps}  # empty: the run's last one carries it
    after = header_of(above) if above <= published else None
    first = before["last_seq"] + 1 if before else 1
    last = after["first_seq"] - 1 if after else published_seq
    return {"first": first, "last": last, "deps": deps}
