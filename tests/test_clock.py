"""The test run's zone keeps every run that fits CI's 90 minutes on one day."""
from __future__ import annotations

import calendar
import os

from tests.clock import ITALY, a_zone_far_from_midnight, local_hour


def test_a_run_starting_at_any_half_hour_of_the_year_ends_before_midnight():
    start = calendar.timegm((2026, 1, 1, 0, 0, 0))
    for instant in range(start, start + 366 * 86400, 30 * 60):  # both DST changes
        zone = a_zone_far_from_midnight(instant)
        assert 3 <= local_hour(zone, instant) <= 20, (zone, instant)
        assert local_hour(zone, instant + 90 * 60) >= local_hour(zone, instant)  # same day
        if 3 <= local_hour(ITALY, instant) <= 20:
            assert zone == ITALY, instant


def test_this_run_took_the_zone_it_chose():
    assert os.environ["TZ"] == os.environ["TESSERE_TEST_TZ"]
