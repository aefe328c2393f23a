"""Batch computations over a whole ambito (matching, indicators) allocate
hundreds of thousands of small objects and leave none in reference cycles:
Python's cyclic collector then runs pass after pass over them for nothing
(some 40% of the time, measured in ``tests/bench/bench_coordinator.py``).
``collector_paused`` holds it off for such a block; memory is still freed by
reference counting as usual."""
from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
