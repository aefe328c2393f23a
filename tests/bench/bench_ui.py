"""The desktop app as a user meets it: cold start, memory, opening a person.

Cold start and memory are measured in fresh processes (offscreen platform),
against a bare PySide6 window started the same way in the same run. The key of
the database comes from a real keyring backend (keyrings.alt's file keyring in
a scratch folder), as on a laptop with an OS keyring; the passphrase path,
which pays SQLCipher's key derivation on purpose, is reported beside it.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.harness import PASSPHRASE, ROOT, Row, bench

RUNS = 5
ACCOUNT_PASSWORD = "panchina-di-prova-42"  # the bench account's, typed by the login robot
KEYRING_BACKEND = "keyrings.alt.file.PlaintextKeyring"

BASELINE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print("shown", flush=True)
"""

# The floor the stack sets: the same bare window, then what any Tessere start
# must do before its first query (SQLAlchemy and the 52 mapped models imported,
# the mappers configured), with no database, login or page. "usable" above it
# is Tessere's own cost; the floor above the bare window is the stack's.
STACK_FLOOR = BASELINE.replace('print("shown", flush=True)', """
import sqlalchemy.orm
import desktop.core.store
sqlalchemy.orm.configure_mappers()
print("floor", flush=True)""")

# The real start path (desktop.ui.app.open_main_window). Marks: "shown" = the
# window is on screen; "usable" = the database is open, the Persone search
# field has the focus (typing searches) and the first people are listed, the
# issue's definition; "focused" = the same before the rows arrive. The database
# has accounts, as every real one does: the login dialog is answered the moment
# it appears, so only a person's typing is left out.
TESSERE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.__main__ import parse
from desktop.ui.app import create_application, open_main_window, _wait_until
parse(["--db", sys.argv[1]])  # as ``tessere`` reads its command line first
app = create_application()

def answer_login():
    dialog = QApplication.activeModalWidget()
    name = dialog.objectName() if dialog is not None else ""
    if name in ("loginDialog", "firstAdministratorDialog") and dialog.ok_button.isEnabled():
        dialog.username.setText("b.rizzo"); dialog.password.setText("__PASSWORD__")
        if name == "firstAdministratorDialog":
            dialog.confirm.setText("__PASSWORD__")
        dialog.ok_button.click()

robot = QTimer(); robot.timeout.connect(answer_login); robot.start(2)
window, store = open_main_window(Path(sys.argv[1]), on_shown=lambda: print("shown", flush=True))
page = window.pages[0]
page.focus_search()
app.processEvents()
print("focused", flush=True)
_wait_until(lambda: page.model.rowCount() > 0, 30)
print("usable", flush=True)
from desktop.ui.operations import wait_for_ops
wait_for_ops(); store.close()
""".replace("__PASSWORD__", ACCOUNT_PASSWORD)

RESIDENT = """
import sys
from desktop.ui.app import create_application, open_database, build_main_window, _wait_until
app = create_application()
store = open_database(sys.argv[1])
w = build_main_window(store); w.resize(1280, 800); w.show()
page = w.pages[0]
_wait_until(lambda: page.model.rowCount() > 0, 60)
for text in ("ross", "popesc", "mari"):  # a few searches, as a morning's work
    page.search_field.setText(text)
    _wait_until(lambda: page.model.has_loaded and page.model.rowCount() > 0, 30)
page.search_field.clear()
_wait_until(lambda: page.model.has_loaded and page.model.rowCount() > 0, 30)
w.open_person(page.model.row_at(0).id)
_wait_until(lambda: False, 1.0)
print("rss", open("/proc/self/status").read().split("VmRSS:")[1].split()[0], flush=True)
from desktop.ui.operations import wait_for_ops
wait_for_ops(); store.close()
"""

BASELINE_RESIDENT = BASELINE + """
print("rss", open("/proc/self/status").read().split("VmRSS:")[1].split()[0], flush=True)
"""


def _env(scratch: Path, passphrase: bool) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(scratch / "xdg"),
               PYTHON_KEYRING_BACKEND=KEYRING_BACKEND, PYTHONPATH=str(ROOT))
    env.pop("TESSERE_PASSPHRASE", None)
    # Compiled modules as an installed program has them (pip compiles at install,
    # the build carries bytecode): the warm-up run writes them, the runs measured read them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if passphrase:
        env["TESSERE_PASSPHRASE"] = PASSPHRASE
    return env


def run_process(code: str, *args: str, env: dict[str, str]) -> dict[str, float | str]:
    """Seconds from spawn to each line the child prints (and the line's value)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            text=True, env=env)
    marks: dict[str, float | str] = {}
    for line in proc.stdout:
        name, _, value = line.strip().partition(" ")
        marks[name] = value or time.perf_counter() - start
    if proc.wait():
        raise SystemExit(f"benchmark process failed ({proc.returncode})")
    return marks


MAKE_PEOPLE = """
import datetime as dt, random, sys
from sqlalchemy import insert, select
from desktop.core.ids import new_id
from desktop.core.model import Comune, Person
from desktop.core.accounts import create_first_administrator
from desktop.core.profile import create_profile, districts
from desktop.core.store import Store
rng = random.Random(1)
first = ["Nicolò", "Ștefan", "Giulia", "Amina", "Marco", "Oksana", "Luca", "Zoë"]
last = ["Bianchi", "Țurcanu", "Rossi", "Benali", "Neri", "Kovalenko", "Ferri", "Popescu"]
with Store.open(sys.argv[1], create=True, passphrase=(sys.argv[3:] or [None])[0]) as store:
    with store.session() as s:
        comuni = list(s.scalars(select(Comune.id).limit(200)))
        s.execute(insert(Person), [
            {"id": new_id(), "first_name": rng.choice(first), "last_name": rng.choice(last),
             "birth_date": dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(25000)),
             "residence_comune_id": rng.choice(comuni)}
            for _ in range(int(sys.argv[2]))])
    with store.read() as s:
        district = districts(s)[0].id
    create_profile(store, first_name="Beatrice", last_name="Rizzo", role="assistente sociale",
                   territorial_unit_id=district)
    create_first_administrator(store, username="b.rizzo", password="__PASSWORD__")
""".replace("__PASSWORD__", ACCOUNT_PASSWORD)


def ambito_with_profile(ctx) -> Path:
    """The cached ambito database with a current operator, so the first-run
    profile dialog does not wait for an answer nobody gives."""
    from sqlalchemy import select

    from desktop.core.model import Operator
    from desktop.core.profile import current_operator, use_profile

    store = ctx.dataset("ambito")
    if current_operator(store) is None:
        with store.read() as s:
            operator_id = s.scalar(select(Operator.id).order_by(Operator.id).limit(1))
        use_profile(store, operator_id)
    return ctx.dataset_path("ambito")


@bench
def cold_start(ctx) -> list[Row]:
    """20,000 people in a keyring-keyed database (made in a child process so
    the key lands in the scratch keyring the measured processes read)."""
    db = ctx.scratch / "cold.db"
    env = _env(ctx.scratch, passphrase=False)
    run_process(MAKE_PEOPLE, str(db), "20000", env=env)
    run_process(TESSERE, str(db), env=env)  # warm the OS file cache for every side
    base, floor, shown, focused, usable = [], [], [], [], []
    for _ in range(RUNS):
        base.append(run_process(BASELINE, env=env)["shown"])
        floor.append(run_process(STACK_FLOOR, env=env)["floor"])
        marks = run_process(TESSERE, str(db), env=env)
        shown.append(marks["shown"])
        focused.append(marks["focused"])
        usable.append(marks["usable"])
    ambito = ambito_with_profile(ctx)
    pass_env = _env(ctx.scratch, passphrase=True)
    with_pass = [run_process(TESSERE, str(ambito), env=pass_env)["shown"] for _ in range(3)]
    bare = statistics.median(base)
    note = f"mediana di {RUNS} processi"
    return [
        Row("finestra principale mostrata (chiave nel keyring)", statistics.median(shown),
            "finestra PySide6 vuota", bare, note),
        Row("database aperto, accesso fatto, ricerca attiva", statistics.median(focused),
            "finestra PySide6 vuota", bare, note),
        Row("utilizzabile: anche le prime persone in elenco", statistics.median(usable),
            "finestra PySide6 vuota", bare, note),
        Row("pavimento: finestra + SQLAlchemy e modelli pronti", statistics.median(floor),
            "finestra PySide6 vuota", bare, "nessun database: il costo della pila"),
        Row("utilizzabile, sopra il pavimento", statistics.median(usable),
            "pavimento", statistics.median(floor), "il costo proprio di Tessere"),
        Row("finestra mostrata, ambito con passphrase", statistics.median(with_pass),
            "finestra PySide6 vuota", bare, "include la derivazione della chiave"),
    ]


FROZEN = ROOT / "dist" / "tessere" / "tessere"  # `make package`; TESSERE_FROZEN names another


def _usable(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to the "usable" line (``desktop.ui.app.START_MARKS_ENV``)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    seen = None
    for line in proc.stdout:
        if line.strip() in ("usable", "shown") and seen is None:
            seen = time.perf_counter() - start
    if proc.wait() or seen is None:
        raise SystemExit(f"benchmark process failed ({proc.returncode}): {command[0]}")
    return seen


@bench
def frozen_start(ctx) -> list[Row]:
    """The built program against the sources, the same database and the same
    command: ``--screenshot`` (open, sign in, first people listed, saved as
    PNG), timed from spawn to the moment the first people are listed (the
    program says so on stdout), beside a bare PySide6 window timed to its
    showing. Skipped when no build exists."""
    frozen = Path(os.environ.get("TESSERE_FROZEN", FROZEN))
    if not frozen.exists():
        return [Row("programma costruito: assente (make package)", None)]
    db = ctx.scratch / "frozen.db"  # by passphrase: the build carries no test keyring
    env = _env(ctx.scratch, passphrase=True)
    if not db.exists():
        run_process(MAKE_PEOPLE, str(db), "20000", PASSPHRASE, env=env)
    env = dict(env, TESSERE_OPERATOR="b.rizzo", TESSERE_PASSWORD=ACCOUNT_PASSWORD,
               TESSERE_START_MARKS="1")
    shot = str(ctx.scratch / "shot.png")
    commands = {"frozen": [str(frozen), "--db", str(db), "--screenshot", shot],
                "source": [sys.executable, "-m", "desktop", "--db", str(db), "--screenshot", shot],
                "bare": [sys.executable, "-c", BASELINE]}
    for command in commands.values():  # warm the OS file cache for every side
        _usable(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, command in commands.items():
            times[name].append(_usable(command, env))
    bare = statistics.median(times["bare"])
    note = f"mediana di {RUNS} processi; passphrase (derivazione della chiave inclusa)"
    return [Row("programma costruito: utilizzabile (prime persone in elenco)", statistics.median(
                    times["frozen"]), "finestra PySide6 vuota", bare, note),
            Row("dai sorgenti: lo stesso comando", statistics.median(times["source"]),
                "finestra PySide6 vuota", bare, note),
            Row("programma costruito ÷ sorgenti", statistics.median(times["frozen"]),
                "dai sorgenti", statistics.median(times["source"]))]


@bench
def resident_memory(ctx) -> list[Row]:
    """VmRSS with the ambito database open, after searches and one scheda."""
    ambito = ambito_with_profile(ctx)
    env = _env(ctx.scratch, passphrase=True)
    ours = int(run_process(RESIDENT, str(ambito), env=env)["rss"]) / 1024
    bare = int(run_process(BASELINE_RESIDENT, env=env)["rss"]) / 1024
    return [Row("memoria residente, ambito aperto (MB)", ours, "finestra PySide6 vuota (MB)",
                bare, unit="MB")]


OPEN_RUNS = 15
DIARY_ENTRIES = 200


def person_with_full_diary(ctx):
    """A scratch copy of the ambito database where the person with the longest
    diary has exactly DIARY_ENTRIES entries (the cached dataset stays as built)."""
    import datetime as dt
    import shutil

    from sqlalchemy import func, insert, select

    from desktop.core.ids import new_id
    from desktop.core.model import DiaryEntry
    from desktop.core.store import Store

    source = ambito_with_profile(ctx)
    path = ctx.scratch / "open-person.db"
    for suffix in ("", "-wal"):  # nobody writes the cached copy meanwhile
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{path}{suffix}")
    store = Store.open(path, passphrase=PASSPHRASE)
    with store.read() as s:
        person_id, count = s.execute(
            select(DiaryEntry.person_id, func.count()).group_by(DiaryEntry.person_id)
            .order_by(func.count().desc()).limit(1)).one()
    missing = DIARY_ENTRIES - count
    if missing > 0:
        start = dt.datetime(2024, 1, 8, 9, 0)
        with store.session() as s:
            s.execute(insert(DiaryEntry), [
                {"id": new_id(), "person_id": person_id, "entry_type": "colloquio",
                 "occurred_at": start + dt.timedelta(days=3 * n), "status": "chiusa",
                 "text": f"Colloquio di verifica numero {n}: la persona racconta la settimana."}
                for n in range(missing)])
    return store, person_id


@bench
def open_person(ctx) -> list[Row]:
    """From the double-click to a scheda with its header and the whole diary
    timeline painted, in this process, on the ambito database."""
    from desktop.ui.app import _wait_until, build_main_window, create_application

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    store, person_id = person_with_full_diary(ctx)
    app = create_application()
    window = build_main_window(store)
    window.resize(1280, 800)
    window.show()
    _wait_until(lambda: window.pages[0].model.has_loaded, 30)

    def open_once() -> float:
        start = time.perf_counter()
        scheda = window.open_person(person_id)
        diario = scheda.tab("Diario")
        _wait_until(lambda: scheda.info is not None and diario.model.has_loaded, 30)
        app.processEvents()  # the paint
        elapsed = time.perf_counter() - start
        assert diario.model.rowCount() == DIARY_ENTRIES, diario.model.rowCount()
        window.close_detail(scheda)
        app.processEvents()
        return elapsed

    open_once()  # warm: page cache, mapper compilation
    ours = statistics.median(open_once() for _ in range(OPEN_RUNS))
    with store.read() as s:
        cursor = s.connection().connection.driver_connection.cursor()
        sql = "SELECT * FROM diary_entry WHERE person_id = ? ORDER BY occurred_at DESC"

        def raw_once() -> float:
            start = time.perf_counter()
            cursor.execute(sql, (person_id,)).fetchall()
            return time.perf_counter() - start

        raw = statistics.median(raw_once() for _ in range(OPEN_RUNS))
    window.close()
    store.close()
    return [Row(f"apertura scheda con {DIARY_ENTRIES} voci di diario", ours,
                "SELECT grezza delle stesse voci", raw, f"mediana di {OPEN_RUNS}")]
