"""The command line as a user types it: ``--db`` in either place opens the named file
for every command, demo data never reach a real database, headless modes never
wait for a dialog, and every command line in the README parses."""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.__main__ import build_parser, main, parse
from desktop.core.model import Person
from desktop.core.store import Store
from desktop.paths import default_database, default_demo_database
from desktop.sync import crypto
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent

# Values a command cannot run without; anything else is filled in from the parser.
SAMPLE_ARGS = {
    ("team", "join"): ["--code", crypto.recovery_code(bytes(range(32)))],
    ("print", "visit-pack"): ["--date", "2026-12-03"],
    ("verify-print",): ["5B29-7D29-C968-A44E"],
    ("coordinator", "add-district"): ["Crema", "--cartella", "non-montata",
                                      "--codice", crypto.recovery_code(bytes(range(32)))],
    ("coordinator", "indicators"): ["--dal", "2026-01-01", "--al", "2026-12-31"],
}

# Commands that never open an existing database, with why (tests/test_backup.py covers them).
OPEN_NO_EXISTING_DATABASE = {
    ("backup", "info"): "reads the header of a backup file, no database",
    ("backup", "ripristina"): "--db names the new database the backup becomes",
    ("backup", "annulla-aggiornamento"): "swaps the files beside --db without opening it "
                                         "(opening would upgrade it; tests/test_upgrade.py)",
}


def leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    """Every runnable command path, read from the real parser (so a command added
    later is covered without touching this test)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                children = list(leaf_commands(sub, prefix + (name,)))
                yield from children or [(prefix + (name,), sub)]


def filled_in(path: tuple[str, ...], sub: argparse.ArgumentParser, tmp: Path) -> list[str]:
    args = list(SAMPLE_ARGS.get(path, []))
    given = set(args)
    for action in sub._actions:
        if action.option_strings and not action.required:
            continue
        if isinstance(action, argparse._HelpAction) or any(o in given for o in action.option_strings):
            continue
        if not action.option_strings and path in SAMPLE_ARGS:
            continue  # the sample holds the positionals
        value = str(sorted(action.choices)[0]) if action.choices else (
            str(tmp / "uscita.pdf") if action.dest == "output" else "X")
        if action.option_strings:
            args += [action.option_strings[-1], value]
        elif action.nargs != "?":
            args.append(value)
    return args


@pytest.fixture
def real_database(tmp_path, monkeypatch, no_keyring):
    """A real encrypted database holding one person (so demo data are refused)."""
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "modello.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store, store.session() as s:
        s.add(Person(first_name="Anna", last_name="Rinaldi"))
    return path


@pytest.fixture
def opened(monkeypatch):
    """Which files Store.open is asked for (it still opens them for real)."""
    paths: list[Path] = []
    original = Store.open.__func__

    def spy(cls, path, **kw):
        paths.append(Path(path).expanduser().resolve())
        return original(cls, path, **kw)

    monkeypatch.setattr(Store, "open", classmethod(spy))
    return paths


def test_every_command_opens_the_file_named_with_db_before_or_after(
        real_database, opened, tmp_path, capsys):
    commands = list(leaf_commands(build_parser()))
    assert {c for c, _ in commands} >= {("info",), ("demo",), ("sync",), ("team", "join"),
                                       ("print", "patto"), ("verify-print",)}
    for path, sub in commands:
        if path in OPEN_NO_EXISTING_DATABASE:
            continue
        for place in ("before", "after"):
            db = tmp_path / f"{'-'.join(path)}-{place}.db"
            shutil.copy(real_database, db)
            rest = filled_in(path, sub, tmp_path)
            argv = (["--db", str(db), *path, *rest] if place == "before"
                    else [*path, *rest, "--db", str(db)])
            opened.clear()
            main(argv)
            capsys.readouterr()
            assert opened, f"«tessere {' '.join(argv)}» did not open a database: add a sample"
            assert set(opened) == {db.resolve()}, (argv, opened)
    assert not default_database().exists() and not default_demo_database().exists()


def test_db_in_both_places_with_two_files_is_a_usage_error(tmp_path, capsys):
    first, second = tmp_path / "uno.db", tmp_path / "due.db"
    with pytest.raises(SystemExit) as exit_:
        parse(["--db", str(first), "info", "--db", str(second)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert str(first) in err and str(second) in err
    same = parse(["--db", str(first), "info", "--db", str(tmp_path / "." / "uno.db")])
    assert Path(same.db) == tmp_path / "." / "uno.db"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_into_a_database_with_real_data_is_refused_and_leaves_it_unchanged(
        real_database, capsys):
    before = _sha256(real_database)
    for argv in (["--db", str(real_database), "demo", "--size", "small"],
                 ["demo", "--size", "small", "--db", str(real_database)]):
        assert main(argv) == 1
        assert "non è un database dimostrativo" in capsys.readouterr().err
        assert _sha256(real_database) == before
        assert not Path(str(real_database) + "-wal").exists()
    assert not default_database().exists() and not default_demo_database().exists()


def test_demo_goes_to_the_named_file_or_to_the_demo_database(tmp_path, monkeypatch, capsys,
                                                            no_keyring):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    named = tmp_path / "prova.db"
    assert main(["--db", str(named), "demo", "--size", "small", "--seed", "2"]) == 0
    assert main(["demo", "--size", "small", "--seed", "2"]) == 0
    capsys.readouterr()
    assert not default_database().exists()  # the real cartella is never filled
    for path in (named, default_demo_database()):
        with Store.open(path, passphrase=PASSPHRASE) as store:
            assert store.is_demo
        assert main(["info", "--db", str(path)]) == 0
        assert "DIMOSTRATIVO" in capsys.readouterr().out


def test_a_blank_database_may_take_the_demo_and_is_marked(tmp_path, no_keyring):
    from desktop import demo

    with Store.open(tmp_path / "vuoto.db", passphrase=PASSPHRASE, create=True) as store:
        assert not store.holds_user_data() and not store.is_demo
        demo.build(store, size="small", seed=4)
        assert store.is_demo
    with Store.open(tmp_path / "vuoto.db", passphrase=PASSPHRASE) as store:
        assert store.is_demo  # the mark is in the file, not in the process


def test_the_window_start_reads_its_options_without_importing_the_store():
    """``tessere`` alone opens the window: its frame shows before SQLAlchemy is
    imported, so the command line must be read without the commands' modules."""
    probe = ("import sys; from desktop.__main__ import parse; "
             "args = parse(['--db', 'x.db', '--screenshot', 's.png']); "
             "print(args.command, args.db, args.screenshot, "
             "sorted(m for m in ('sqlalchemy', 'desktop.core.store', 'desktop.cli.common') "
             "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["None", "x.db", "s.png", "[]"]


def test_a_command_option_named_like_a_top_level_one_reaches_its_command(capsys):
    """``print patto … --version 1`` is the patto's version, not Tessere's."""
    args = parse(["print", "patto", "p1", "--version", "1", "-o", "p.pdf", "--db", "x.db"])
    assert (args.command, args.version, str(args.db)) == ("print", 1, "x.db")
    with pytest.raises(SystemExit) as stop:
        parse(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out.startswith("Tessere ")


def test_screenshot_without_the_passphrase_fails_at_once(tmp_path, no_keyring):
    path = tmp_path / "segreto.db"
    Store.open(path, passphrase=PASSPHRASE, create=True).close()
    env = {k: v for k, v in os.environ.items() if k != "TESSERE_PASSPHRASE"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "dati"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(path), "--screenshot", str(tmp_path / "x.png")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 1, result.stderr
    assert time.monotonic() - started < 30
    assert "passphrase" in result.stderr and "TESSERE_PASSPHRASE" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_cli_without_a_passphrase_fails_at_once_with_exit_1(tmp_path, monkeypatch, capsys,
                                                            no_keyring):
    path = tmp_path / "segreto.db"
    Store.open(path, passphrase=PASSPHRASE, create=True).close()
    monkeypatch.delenv("TESSERE_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys, "stdin", open(os.devnull))
    assert main(["info", "--db", str(path)]) == 1
    assert "TESSERE_PASSPHRASE" in capsys.readouterr().err


def test_exit_codes_are_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for code in ("0 fatto", "1 serve un intervento", "2 comando scritto male", "3 riproverà"):
        assert code in " ".join(out.split()), code


# ------------------------------------------------------------------ README
_PLACEHOLDERS = {"N": "1", "AAAA-MM-GG": "2026-12-03"}


def readme_command_lines() -> list[str]:
    """Each ``tessere`` command line of the README: in code blocks and in `code`."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = []
    for block in re.findall(r"```(?:sh|bash|console)?\n(.*?)```", text, re.S):
        lines += [line.split("#")[0].strip() for line in block.splitlines()]
    lines += re.findall(r"`([^`\n]*)`", re.sub(r"```.*?```", "", text, flags=re.S))
    return [re.sub(r"^(\.venv/bin/|make run ARGS=)", "", line) for line in lines
            if re.match(r"^(\.venv/bin/)?tessere(\s|$)", line)]


def as_argv(line: str) -> list[str]:
    """One concrete command line: ``a\\|b`` takes a, ``[--opt X]`` is kept."""
    line = line.replace("\\|", "|").replace("[", "").replace("]", "")
    argv = []
    for token in shlex.split(line)[1:]:
        token = token.split("|")[0] if "|" in token and not token.startswith("-") else token
        argv.append(_PLACEHOLDERS.get(token, token))
    return argv


def test_every_command_line_in_the_readme_parses():
    lines = readme_command_lines()
    assert len(lines) >= 12, lines
    for line in lines:
        try:
            parse(as_argv(line))
        except SystemExit as exc:  # argparse's way of refusing
            pytest.fail(f"README: «{line}» does not parse (exit {exc.code})")


# ------------------------------------------------------------------ patto lifecycle
def test_patto_lifecycle_from_the_command_line(tmp_path, monkeypatch, capsys, no_keyring):
    import datetime as dt

    from desktop.demo import build
    from desktop.core.model import Patto
    from desktop.core import patti as rules

    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "demo.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store:
        build(store, size="small", seed=5, today=dt.date(2026, 11, 20))
        with store.read() as s:
            patto = s.query(Patto).filter(Patto.state == "attivo").first()
            cf = patto.beneficiaries[0].person.codice_fiscale
            patto_id = patto.id
    db = ["--db", str(path)]

    def run(*argv):
        code = main(["patto", *argv, *db])
        out = capsys.readouterr()
        return code, " ".join((out.out + out.err).split())

    code, out = run("stato", patto_id)
    assert code == 0 and "Attivo" in out and "avvia-verifica" in out
    code, out = run("riprendi", patto_id)  # not suspended: refused, as in the window
    assert code == 1 and "solo per un patto «Sospeso»" in out
    assert run("avvia-verifica", patto_id)[0] == 0
    assert run("sospendi", patto_id)[0] == 0
    code, out = run("riprendi", patto_id)
    assert code == 0 and "Attivo" in out
    assert run("concludi", patto_id)[0] == 0
    code, out = run("rinnova", patto_id)
    assert code == 0 and "nuovo patto in bozza" in out
    with Store.open(path, passphrase=PASSPHRASE) as store, store.read() as s:
        old = s.get(Patto, patto_id)
        assert old.state == "rinnovato" and old.renewed_by_id
        successor_id = old.renewed_by_id
        assert rules.current_patto_of(s, old.beneficiaries[0].person_id).id == successor_id
    code, out = run("firma", cf)  # by codice fiscale: the patto in corso, the successor
    assert code == 0 and "firmata" in out and successor_id in out
    code, out = run("attiva", "NONESISTE")
    assert code == 2 and "né l'id di un patto" in out
