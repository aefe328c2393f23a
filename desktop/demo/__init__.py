"""Realistic, deterministic demo data for a Tessere database.

``build(store, size="small", seed=1, today=...)`` fills a new database with a
district's worth of people, cartelle, patti and resources. The same seed and the
same ``today`` give the same content, ids included (see ``demo.ids``), so a
demo database can be compared across machines with ``tessere info --digest``.
Everything goes through the store's sessions, so change capture records it as
if operators had typed it. A database with demo data is marked as such for good
(``Store.mark_demo``): it says so on screen and never meets a real team.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from desktop.demo.generator import SIZES, Size, Summary, build_into, ensure_can_hold_demo

__all__ = ["SIZES", "Size", "Summary", "build", "discard_unfinished", "ensure_can_hold_demo",
           "fill"]


def build(store, *, size: str = "small", seed: int = 1, today: dt.date | None = None,
          progress: Callable[[str], None] | None = None) -> Summary:
    """Generate the demo dataset into ``store``, a new database or an empty demo
    one (``ensure_can_hold_demo``), and mark it as a demo database."""
    return build_into(store, size=size, seed=seed, today=today or dt.date.today(),
                      progress=progress or (lambda message: None))


def fill(store, *, size: str = "small", seed: int = 1, today: dt.date | None = None,
         progress: Callable[[str], None] | None = None) -> Summary | None:
    """The demo database the app opens to let people try Tessere: filled the first
    time, as it is afterwards (None)."""
    from sqlalchemy import select

    from desktop.core.model import Person

    if store.is_demo:
        with store.read() as s:
            if s.scalar(select(Person.id).limit(1)) is not None:
                return None
    return build(store, size=size, seed=seed, today=today, progress=progress)


def discard_unfinished(store, *, created: bool = False) -> None:
    """A demo database whose filling failed or was cancelled is closed and removed,
    so the next try starts over. Only ever a demo database (or, ``created``, a
    file this very fill made): real work is never removed."""
    from pathlib import Path

    store.close()
    if not (store.is_demo or created):
        return
    for suffix in ("", "-wal", "-shm"):
        Path(str(store.path) + suffix).unlink(missing_ok=True)
