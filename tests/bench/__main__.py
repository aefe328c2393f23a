"""Run the benchmarks and print operation, time, baseline and ratio."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import tempfile
from pathlib import Path

import tests.bench as package
from tests.bench.harness import ROOT, Context, Row, registry


def discover() -> None:
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("bench_"):
            importlib.import_module(f"tests.bench.{info.name}")


def fmt(seconds: float | None, unit: str = "s") -> str:
    if seconds is None:
        return "—"
    if unit != "s":
        return f"{seconds:.0f} {unit}"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def print_table(rows: list[tuple[str, Row]]) -> None:
    header = ("area", "operazione", "tempo", "baseline", "tempo baseline", "rapporto", "note")
    lines = [header] + [
        (area, r.operation, fmt(r.seconds, r.unit), r.baseline_label,
         fmt(r.baseline_seconds, r.unit),
         f"{r.ratio:.2f}×" if r.ratio is not None else "—", r.note)
        for area, r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for n, line in enumerate(lines):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench",
                                     description="Benchmark di Tessere (rapporti, non soglie).")
    parser.add_argument("--only", action="append", default=[],
                        help="solo queste aree (es. search, store, demo); ripetibile o con virgole")
    parser.add_argument("--rebuild", action="store_true",
                        help="ricostruisce i dataset in cache (bench-data/)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "bench-data")
    args = parser.parse_args(argv)
    discover()
    only = {a.strip() for item in args.only for a in item.split(",") if a.strip()}
    known = sorted({b.area for b in registry})
    unknown = only - set(known)
    if unknown:
        print(f"Aree sconosciute: {', '.join(sorted(unknown))}. Disponibili: {', '.join(known)}.",
              file=sys.stderr)
        return 2
    ctx = Context(args.data_dir, Path(tempfile.mkdtemp(prefix="tessere-bench-")),
                  args.rebuild, args.seed)
    results: list[tuple[str, Row]] = []
    try:
        for entry in registry:
            if only and entry.area not in only:
                continue
            print(f"» {entry.area}: {entry.name}", flush=True)
            for row in entry.fn(ctx):
                results.append((entry.area, row))
    finally:
        ctx.close()
    print()
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
