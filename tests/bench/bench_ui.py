"""Cold start of the GUI against a bare PySide6 window, measured in the same run.

Each sample is a fresh process (offscreen platform): the time from spawning it
to the moment it reports the window shown, and — for Tessere — to the first
rows of the people list. The baseline process imports PySide6, shows an empty
QMainWindow and reports. The ratio is the figure.

Run: ``python -m tests.bench.bench_ui``.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
PASSPHRASE = "bench-passphrase"

BASELINE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print("shown", flush=True)
"""

TESSERE = """
import sys
from desktop.ui.app import create_application, open_database, build_main_window, _wait_until
app = create_application()
store = open_database(sys.argv[1])
w = build_main_window(store); w.resize(1280, 800); w.show(); app.processEvents()
print("shown", flush=True)
page = w.pages[0]
_wait_until(lambda: page.model.rowCount() > 0, 30)
print("rows", flush=True)
from desktop.ui.ops import wait_for_ops
wait_for_ops(); store.close()
"""


def timed_process(code: str, *args: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TESSERE_PASSPHRASE=PASSPHRASE)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            text=True, env=env)
    marks = {}
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - start
    proc.wait()
    if proc.returncode:
        raise SystemExit(f"benchmark process failed ({proc.returncode})")
    return marks


def make_database(path: Path, people: int) -> None:
    """People in bulk, like the ambito dataset's 20,000."""
    import datetime as dt
    import random

    from sqlalchemy import insert, select

    from desktop.core.ids import new_id
    from desktop.core.model import Comune, Person
    from desktop.core.store import Store

    rng = random.Random(1)
    first = ["Nicolò", "Ștefan", "Giulia", "Amina", "Marco", "Oksana", "Luca", "Zoë"]
    last = ["Bianchi", "Țurcanu", "Rossi", "Benali", "Neri", "Kovalenko", "Ferri", "Popescu"]
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store:
        with store.session() as s:
            comuni = list(s.scalars(select(Comune.id).limit(200)))
            s.execute(insert(Person), [
                {"id": new_id(), "first_name": rng.choice(first), "last_name": rng.choice(last),
                 "birth_date": dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(25000)),
                 "residence_comune_id": rng.choice(comuni)}
                for _ in range(people)
            ])


def bench_cold_start(people: int = 20_000) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        make_database(db, people)
        timed_process(TESSERE, str(db))  # warm the OS file cache for both sides
        base, shown, rows = [], [], []
        for _ in range(RUNS):
            base.append(timed_process(BASELINE)["shown"])
            marks = timed_process(TESSERE, str(db))
            shown.append(marks["shown"])
            rows.append(marks["rows"])
    result = {
        "baseline_shown_s": statistics.median(base),
        "tessere_shown_s": statistics.median(shown),
        "tessere_rows_s": statistics.median(rows),
    }
    result["ratio_shown"] = result["tessere_shown_s"] / result["baseline_shown_s"]
    result["ratio_rows"] = result["tessere_rows_s"] / result["baseline_shown_s"]
    return result


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    r = bench_cold_start(people)
    print(f"cold start, {people} people, median of {RUNS} (offscreen):")
    print(f"  bare PySide6 QMainWindow shown   {r['baseline_shown_s'] * 1000:7.0f} ms")
    print(f"  Tessere main window shown        {r['tessere_shown_s'] * 1000:7.0f} ms"
          f"   ratio {r['ratio_shown']:.2f}x")
    print(f"  Tessere first rows of Persone    {r['tessere_rows_s'] * 1000:7.0f} ms"
          f"   ratio {r['ratio_rows']:.2f}x")


if __name__ == "__main__":
    main()
