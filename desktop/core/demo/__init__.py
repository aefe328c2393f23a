"""Realistic, deterministic demo data for a Tessere database.

``build(store, size="small", seed=1, today=...)`` fills an empty database with a
district's worth of people, cartelle, patti and resources. The same seed and the
same ``today`` give the same content, ids included (see ``demo.ids``), so a
demo database can be compared across machines with ``tessere info --digest``.
Everything goes through the store's sessions, so change capture records it as
if operators had typed it.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from desktop.core.demo.generator import SIZES, Size, Summary, build_into

__all__ = ["SIZES", "Size", "Summary", "build"]


def build(store, *, size: str = "small", seed: int = 1, today: dt.date | None = None,
          progress: Callable[[str], None] | None = None) -> Summary:
    """Generate the demo dataset into ``store`` (which must hold no people)."""
    return build_into(store, size=size, seed=seed, today=today or dt.date.today(),
                      progress=progress or (lambda message: None))
