"""Instants of the demo's invented days: the generator reads no clock."""
from __future__ import annotations

import datetime as dt


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))
