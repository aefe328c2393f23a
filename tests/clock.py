"""The time zone a test run takes, so that it never crosses midnight.

Tests take "today" when they are collected, and the app takes it again minutes later
when the test runs: a CI run that started at 23:57 failed five tests that way. So a
run takes the zone of the people who use Tessere, Italy's, unless it is within three
hours of midnight there; then a zone five hours behind UTC, where it is afternoon.
The rules are POSIX ones, so no time zone files are needed. tests/conftest.py sets
the zone once, in the first process: the test processes and every program the
tests start inherit it. ``TESSERE_TEST_TZ=<rule> make test`` picks one instead.
"""
from __future__ import annotations

import os
import time

ITALY = "CET-1CEST,M3.5.0,M10.5.0/3"
AFTERNOON_WHILE_ITALY_SLEEPS = "<-05>5"
FIRST_HOUR, LAST_HOUR = 3, 20  # a run starting by 20:59 ends before midnight


def local_hour(zone: str, instant: float) -> int:
    """The hour on the clocks of ``zone`` at ``instant`` (seconds since the epoch)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        return time.localtime(instant).tm_hour
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def a_zone_far_from_midnight(instant: float) -> str:
    """Italy's zone, or the afternoon one when Italy is near midnight at ``instant``."""
    if FIRST_HOUR <= local_hour(ITALY, instant) <= LAST_HOUR:
        return ITALY
    return AFTERNOON_WHILE_ITALY_SLEEPS
