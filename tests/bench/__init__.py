"""Benchmark harness: ``python -m tests.bench [--only AREA] [--rebuild]``.

Every ``bench_*.py`` module in this package is discovered automatically; its
functions decorated with ``@bench`` receive a ``Context`` and return ``Row``s.
Each row carries a baseline measured in the same run (raw SQLite, a smaller
dataset...), because on these noisy machines only the ratio means something.
Nothing here asserts a timing.
"""
from __future__ import annotations

from tests.bench.harness import Context, Row, bench, registry, timed

__all__ = ["Context", "Row", "bench", "registry", "timed"]
