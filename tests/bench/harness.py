"""Registry, timing helpers and the shared context (cached demo datasets)."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

PASSPHRASE = "bench-passphrase"
TODAY = dt.date(2026, 11, 20)
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Row:
    operation: str
    seconds: float | None
    baseline_label: str = ""
    baseline_seconds: float | None = None
    note: str = ""
    unit: str = "s"  # "MB" for memory rows: the two figures are then megabytes

    @property
    def ratio(self) -> float | None:
        if self.seconds is None or not self.baseline_seconds:
            return None
        return self.seconds / self.baseline_seconds


@dataclass
class Bench:
    area: str
    name: str
    fn: Callable[["Context"], list[Row]]


registry: list[Bench] = []


def bench(fn: Callable[["Context"], list[Row]]) -> Callable[["Context"], list[Row]]:
    """Register a benchmark; its area is the module name without ``bench_``."""
    area = fn.__module__.rsplit(".", 1)[-1].removeprefix("bench_")
    registry.append(Bench(area, fn.__name__, fn))
    return fn


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(pct) - 1]


class Context:
    """What benchmarks share: a scratch folder and the cached ambito dataset."""

    def __init__(self, data_dir: Path, scratch: Path, rebuild: bool, seed: int):
        self.data_dir, self.scratch, self.rebuild, self.seed = data_dir, scratch, rebuild, seed
        self._stores: dict[str, object] = {}

    def dataset_path(self, size: str) -> Path:
        from desktop.demo import generator
        from desktop.core.migrations import head_revision
        from desktop.core.seeds import seeds_digest

        # Keyed by everything that changes the content: seed, schema, seeds, generator.
        key = f"{size}-seed{self.seed}-schema{head_revision()}-seeds{seeds_digest()[:8]}"
        source = b"".join(p.read_bytes() for p in sorted(Path(generator.__file__).parent.glob("*.py")))
        source += b"".join(
            p.read_bytes() for p in sorted((ROOT / "db" / "seeds" / "demo").glob("*.json")))
        import hashlib

        key += "-gen" + hashlib.sha256(source).hexdigest()[:8]
        return self.data_dir / f"{key}.db"

    def dataset(self, size: str):
        """An open store holding the demo dataset ``size``, built once and cached."""
        if size in self._stores:
            return self._stores[size]
        from desktop import demo
        from desktop.core.store import Store

        path = self.dataset_path(size)
        meta = path.with_suffix(".json")
        if self.rebuild or not (path.exists() and meta.exists()):
            for old in self.data_dir.glob(f"{size}-*"):
                old.unlink()
            self.data_dir.mkdir(parents=True, exist_ok=True)
            print(f"  (costruisco il dataset «{size}» in {path.name}…)", flush=True)
            store = Store.open(path, passphrase=PASSPHRASE, create=True)
            summary = demo.build(store, size=size, seed=self.seed, today=TODAY)
            meta.write_text(json.dumps({"seconds": summary.seconds, "built": "now",
                                        "counts": summary.counts}))
            self.built_now = getattr(self, "built_now", set()) | {size}
        else:
            store = Store.open(path, passphrase=PASSPHRASE)
        self._stores[size] = store
        return store

    def dataset_meta(self, size: str) -> dict:
        self.dataset(size)
        return json.loads(self.dataset_path(size).with_suffix(".json").read_text())

    def close(self) -> None:
        for store in self._stores.values():
            store.close()
        shutil.rmtree(self.scratch, ignore_errors=True)
