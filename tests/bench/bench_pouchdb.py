"""Sync apply side by side with PouchDB (issue #19), in one run.

PouchDB 9 replicates 20,000 diary-like documents between two in-memory databases
(tests/bench/peers/pouchdb/replicate.js, its most favourable setting); Tessere's
replica B applies the same 20,000 diary entries from sealed bundles in a shared
folder, on disk, encrypted, with the change log and merge bookkeeping. Each side
runs RUNS times, alternating, each run in a fresh process (node for PouchDB, this
module as ``python -m tests.bench.bench_pouchdb N`` for Tessere), so neither side
gets a warm interpreter the other lacks. Tessere's process also times a raw
sqlcipher3 executemany of the very rows B ended up holding, the floor for B,
and then B's full-text indexing of the received entries, which the app runs in
the background after a sync (``desktop.core.diary_index.index_pending``).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.harness import PASSPHRASE, ROOT, Row, bench

N, RUNS = 20_000, 3
PEOPLE, OPERATORS = 2_000, 30
PEER = Path(__file__).resolve().parent / "peers" / "pouchdb"
TEXT = "Visita domiciliare: la persona riferisce miglioramenti nella gestione della casa. " * 4
POUCH_LINE = re.compile(r"pouchdb docs=(\d+) seconds=([\d.]+) docs_per_s=(\d+)")
TIMEOUT = 1800


def _peer_folder(data_dir: Path) -> tuple[Path, str | None]:
    """The peer copied under the bench data folder with its node_modules
    (installed there once, again when package.json changes), and why not if
    npm could not install it."""
    folder = data_dir / "pouchdb"
    folder.mkdir(parents=True, exist_ok=True)
    manifest = (PEER / "package.json").read_bytes()
    installed = folder / "node_modules"
    if not installed.is_dir() or (folder / "package.json").read_bytes() != manifest:
        shutil.rmtree(installed, ignore_errors=True)
        (folder / "package.json").write_bytes(manifest)
        try:
            done = subprocess.run(["npm", "install", "--no-audit", "--no-fund"], cwd=folder,
                                  capture_output=True, text=True, timeout=TIMEOUT)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return folder, str(exc)
        if done.returncode != 0:
            shutil.rmtree(installed, ignore_errors=True)  # so the next run tries again
            return folder, _npm_reason(done.stderr or done.stdout)
    (folder / "replicate.js").write_bytes((PEER / "replicate.js").read_bytes())
    return folder, None


def _npm_reason(text: str) -> str:
    """npm's own words for the failure (its last line only points to a log file)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found = next((line for line in lines if "Error:" in line), None)
    return found or " / ".join(lines[:2]) or "nessun messaggio da npm"


def _tail(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "nessun messaggio"


def _run_pouch(folder: Path) -> tuple[int, float]:
    done = subprocess.run(["node", "replicate.js", str(N)], cwd=folder,
                          capture_output=True, text=True, timeout=TIMEOUT)
    found = POUCH_LINE.search(done.stdout)
    if done.returncode != 0 or not found:
        raise RuntimeError(f"replicate.js: {_tail(done.stderr or done.stdout)}")
    return int(found.group(1)), float(found.group(2))


def _run_tessere(work: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run([sys.executable, "-m", "tests.bench.bench_pouchdb", str(N), str(work)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        raise RuntimeError(f"lato Tessere: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


@bench
def side_by_side(ctx) -> list[Row]:
    if shutil.which("node") is None:
        return [Row("PouchDB: node assente, confronto saltato", None)]
    if shutil.which("npm") is None:
        return [Row("PouchDB: npm assente, confronto saltato", None)]
    folder, why = _peer_folder(ctx.data_dir)
    if why:
        return [Row("PouchDB: npm install non riuscito, confronto saltato", None, note=why)]
    pouch, tessere = [], []
    for run in range(RUNS):
        print(f"  (giro {run + 1}/{RUNS}: PouchDB, poi Tessere)", flush=True)
        moved, seconds = _run_pouch(folder)
        if moved != N:
            raise RuntimeError(f"replicate.js ha replicato {moved} documenti invece di {N}")
        pouch.append(seconds)
        tessere.append(_run_tessere(ctx.scratch / f"pouchdb-tessere-{run}"))
    t_pouch = statistics.median(pouch)
    t_apply = statistics.median(r["apply"] for r in tessere)
    t_raw = statistics.median(r["raw"] for r in tessere)
    t_publish = statistics.median(r["publish"] for r in tessere)
    t_index = statistics.median(r["index"] for r in tessere)
    t_both = statistics.median(r["apply"] + r["index"] for r in tessere)
    docs = f"{N:,}".replace(",", ".")
    spread = ", ".join(f"{N / r['apply']:.0f}" for r in tessere)
    pouch_spread = ", ".join(f"{N / s:.0f}" for s in pouch)
    return [
        Row(f"applicare {docs} voci di diario ricevute (Tessere)", t_apply,
            "PouchDB 9 in memoria", t_pouch,
            note=(f"Tessere {N / t_apply:.0f} doc/s ({spread}), "
                  f"PouchDB {N / t_pouch:.0f} doc/s ({pouch_spread}); "
                  f"Tessere ÷ PouchDB in doc/s = {t_pouch / t_apply:.2f}× (obiettivo ≥ 3×, "
                  f"cioè rapporto dei tempi ≤ 0.33×); mediane di {RUNS} giri alterni")),
        Row(f"applicare {docs} voci di diario ricevute (Tessere)", t_apply,
            "executemany sqlcipher3 delle stesse righe", t_raw,
            note="obiettivo: rapporto dei tempi ≤ 4× (almeno un quarto del ritmo grezzo)"),
        Row("indicizzare il testo delle voci ricevute", t_index,
            note=(f"dopo la sincronizzazione, in sottofondo; con l'applicazione "
                  f"{N / t_both:.0f} doc/s, {t_pouch / t_both:.2f}× PouchDB")),
        Row(f"pubblicare {docs} voci di diario (Tessere, replica A)", t_publish,
            note="sigilla e scrive i pacchetti; non entra nel confronto"),
    ]


def _table_rows(store, model) -> list[dict]:
    """Every column of every row, as the store holds them (for the raw copy)."""
    from sqlalchemy import select

    with store.read() as s:
        return [dict(r) for r in s.execute(select(model.__table__)).mappings()]


def measure(n: int, work: Path) -> dict:
    """Tessere's side of one run: seconds for A's publish, B's apply and a raw
    executemany of B's diary rows into an empty encrypted database."""
    import keyring
    from keyring.backends.fail import Keyring
    from sqlalchemy import func, insert, select

    from desktop.core import diary_index
    from desktop.core.ids import new_id
    from desktop.core.model import DiaryEntry, Operator, Person
    from desktop.core.store import Store
    from desktop.sync import engine
    from desktop.sync.targets import FolderTarget
    from desktop.sync.team import create_team, join_team
    from tests.bench.bench_store import _raw_insert

    keyring.set_keyring(Keyring())  # team key and db key stay inside the encrypted db
    root = work / "sync-root"
    root.mkdir(parents=True)
    target = FolderTarget(root)
    a = Store.open(work / "a.db", passphrase=PASSPHRASE, create=True)
    b = Store.open(work / "b.db", passphrase=PASSPHRASE, create=True)
    raw = Store.open(work / "raw.db", passphrase=PASSPHRASE, create=True)
    try:
        join_team(b, create_team(a))
        people = [new_id() for _ in range(PEOPLE)]
        operators = [new_id() for _ in range(OPERATORS)]
        with a.session() as s:
            s.execute(insert(Operator), [
                {"id": oid, "first_name": f"Operatore{i}", "last_name": "Prova",
                 "role": "assistente sociale"} for i, oid in enumerate(operators)])
            s.execute(insert(Person), [
                {"id": pid, "first_name": f"Nome{i}", "last_name": f"Cognome{i}"}
                for i, pid in enumerate(people)])
        for store in (a, b):  # untimed: B already holds the people and operators
            report = engine.sync_once(store, target, snapshot=False)
            assert report.ok, report.errors
        rows = []
        for i in range(n):  # the same fields as replicate.js's documents
            at = dt.datetime(2026, 11, 1 + i % 28, 10, 0)
            rows.append({
                "id": new_id(), "person_id": people[i % PEOPLE],
                "author_id": operators[i % OPERATORS], "entry_type": "visita_domiciliare",
                "occurred_at": at, "place": "domicilio",
                "confidentiality": "ordinario" if i % 7 else "riservato",
                "status": "chiusa", "closed_at": at + dt.timedelta(hours=1), "text": TEXT})
        with a.session() as s:  # through the store: change capture records each entry
            for i in range(0, n, 5000):
                s.execute(insert(DiaryEntry), rows[i:i + 5000])

        t0 = time.perf_counter()
        report = engine.sync_once(a, target, snapshot=False)
        t_publish = time.perf_counter() - t0
        assert report.ok and report.published == n, report.summary()
        t0 = time.perf_counter()
        report = engine.sync_once(b, target, snapshot=False)
        t_apply = time.perf_counter() - t0
        assert report.ok and report.applied == n, report.summary()
        with b.read() as s:
            count = s.scalar(select(func.count()).select_from(DiaryEntry))
        assert count == n, count
        t0 = time.perf_counter()  # what the app then does in the background
        indexed = diary_index.index_pending(b)
        t_index = time.perf_counter() - t0
        assert indexed == n, indexed

        _raw_insert(raw, "operator", _table_rows(b, Operator))
        _raw_insert(raw, "person", _table_rows(b, Person))
        diary = _table_rows(b, DiaryEntry)
        t0 = time.perf_counter()
        _raw_insert(raw, "diary_entry", diary)
        t_raw = time.perf_counter() - t0
    finally:
        for store in (a, b, raw):
            store.close()
    return {"docs": n, "publish": t_publish, "apply": t_apply, "raw": t_raw, "index": t_index}


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else N
    folder = (Path(sys.argv[2]) if len(sys.argv) > 2
              else Path(tempfile.mkdtemp(prefix="tessere-side-")))
    try:
        print(json.dumps(measure(count, folder)), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
