"""The command line's conventions, as a user meets them: ``tessere --version``,
argparse's own words in Italian, a ``--db`` that names nothing creates nothing,
and the exit codes the README documents are the ones a command ends with."""
from __future__ import annotations

import argparse
import ast
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.cli import italian_argparse
from desktop.core.filelock import database_lock
from desktop.core.store import Store
from desktop.paths import default_database
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def run_tessere(*argv: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real program in its own process: its exit code is the one a script sees."""
    return subprocess.run([sys.executable, "-m", "desktop", *argv], cwd=ROOT, text=True,
                          capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
                          env={**os.environ, "PYTHON_KEYRING_BACKEND":
                               "keyring.backends.fail.Keyring", **(env or {})})


def usage_error(capsys, *argv: str) -> str:
    """What ``tessere ARGV`` says on stderr, having ended with the usage code 2."""
    with pytest.raises(SystemExit) as ended:
        main(list(argv))
    assert ended.value.code == 2, argv
    return capsys.readouterr().err


# ------------------------------------------------------------------ --version
def test_version_names_the_program_the_schema_and_the_build():
    from desktop import version
    from desktop.core.migrations import newest_revision_file

    result = run_tessere("--version")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith(f"Tessere {version()} (")
    assert f"schema del database {newest_revision_file()}" in line
    assert "sorgenti; Python" in line
    assert result.stderr == ""


# ------------------------------------------------------------------ argparse in Italian
def test_a_missing_argument_is_said_in_italian(capsys):
    err = usage_error(capsys, "patto", "stato")
    assert "uso: tessere patto stato" in err
    assert "tessere patto stato: errore: argomenti obbligatori mancanti: ID|CF" in err
    assert "usage:" not in err and "error:" not in err and "required" not in err


def test_an_invalid_choice_is_said_in_italian(capsys):
    err = usage_error(capsys, "demo", "--size", "enorme")
    assert "errore: --size: «enorme» non è fra le scelte possibili ('ambito'" in err
    err = usage_error(capsys, "nessuno")
    assert "tessere: errore: COMANDO: «nessuno» non è fra le scelte possibili" in err
    assert "invalid choice" not in err


def test_unrecognised_arguments_are_said_in_italian(capsys):
    assert "tessere: errore: argomenti non riconosciuti: --colore" in usage_error(
        capsys, "--colore")
    assert "argomenti non riconosciuti: avanti" in usage_error(capsys, "info", "avanti")


def test_a_number_that_is_not_one_is_said_in_italian(capsys):
    assert "errore: --seed: «sette» non è un numero intero" in usage_error(
        capsys, "demo", "--seed", "sette")
    assert "errore: --seed: manca il valore" in usage_error(capsys, "demo", "--seed")


def test_a_parsed_integer_is_still_an_integer():
    from desktop.__main__ import parse

    assert parse(["demo", "--seed", "7"]).seed == 7


def test_help_is_in_italian(capsys):
    with pytest.raises(SystemExit) as ended:
        main(["demo", "--help"])
    assert ended.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("uso: tessere demo")
    assert "opzioni:" in out and "-h, --help" in out and "mostra questo aiuto ed esce" in out
    for english in ("usage:", "options:", "show this help"):
        assert english not in out


def test_other_parsers_in_the_process_keep_their_english(capsys):
    """The Italian words are lent for Tessere's own calls, not left in argparse."""
    parser = argparse.ArgumentParser(prog="altro")
    with pytest.raises(SystemExit):
        parser.parse_args(["--nulla"])
    assert "altro: error: unrecognized arguments: --nulla" in capsys.readouterr().err


def _argparse_messages() -> set:
    """Every message the running Python's argparse passes through ``_`` or ``ngettext``."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)
                 and isinstance(a.value, str)]
        if node.func.id == "_" and texts:
            found.add(texts[0])
        elif node.func.id == "ngettext" and len(texts) >= 2:
            found.add((texts[0], texts[1]))
    return found


def test_every_message_of_this_pythons_argparse_has_its_italian():
    messages = _argparse_messages()
    assert "usage: " in messages and ("expected %s argument", "expected %s arguments") in messages
    known = set(italian_argparse.MESSAGES) | set(italian_argparse.PLURALS)
    assert not messages - known, f"add these to desktop/cli/italian_argparse.py: {messages - known}"
    for english, italian in italian_argparse.MESSAGES.items():  # the same fields to fill
        assert sorted(re.findall(r"%\((\w+)\)", english)) == \
            sorted(re.findall(r"%\((\w+)\)", italian)), english


# ------------------------------------------------------------------ --db that names nothing
def test_db_in_a_folder_that_does_not_exist_fails_and_creates_no_folder(tmp_path, capsys,
                                                                         monkeypatch):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    missing = tmp_path / "nessuna-cartella"
    for argv in (["info", "--db", str(missing / "cartella.db")],
                 ["--db", str(missing / "cartella.db"), "persone"],
                 ["demo", "--db", str(missing / "demo.db")],
                 ["team", "create", "--db", str(missing / "squadra.db")]):
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert f"La cartella «{missing}» non esiste" in err, err
        assert not missing.exists()
    assert {p.name for p in tmp_path.iterdir()} <= {"dati-utente"}  # no lock file either


def test_db_naming_a_file_that_does_not_exist_fails_and_creates_nothing(tmp_path, capsys,
                                                                        monkeypatch):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    typo = tmp_path / "cartela.db"
    assert main(["info", "--db", str(typo)]) == 1
    err = capsys.readouterr().err
    assert f"Il database «{typo}» non esiste: controlla il percorso dato con --db" in err
    assert not list(tmp_path.glob("cartela.db*"))
    assert main(["info"]) == 1  # no --db and no database yet: the window makes the first
    assert "apri Tessere (la finestra) per crearlo" in capsys.readouterr().err
    assert not default_database().exists()


def test_the_commands_that_make_a_database_make_it_in_an_existing_folder(tmp_path, capsys,
                                                                         monkeypatch, no_keyring):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    new = tmp_path / "squadra.db"
    assert main(["team", "create", "--db", str(new)]) == 0
    capsys.readouterr()
    with Store.open(new, passphrase=PASSPHRASE) as store:
        assert not store.is_demo


# ------------------------------------------------------------------ exit codes
def _documented_codes() -> dict[int, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Codici di uscita", 1)[1].split("\n## ", 1)[0]
    return {int(code): meaning for code, meaning in
            re.findall(r"^\| (\d+) \| (.+) \|$", section, re.M)}


def test_the_readme_documents_every_exit_code_the_cli_uses():
    from desktop.cli import arguments

    used = {value for name, value in vars(arguments).items() if name.startswith("EXIT_")
            and isinstance(value, int)}
    assert used == {0, 1, 2, 3, 130}
    assert set(_documented_codes()) == used
    help_text = " ".join(arguments.EXIT_CODES_HELP.split())
    for code in used:
        assert re.search(rf"[:;] {code} \w", help_text), code


def test_commands_end_with_the_documented_codes(tmp_path, monkeypatch, capsys):
    documented = _documented_codes()
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "cartella.db"
    Store.open(path, passphrase=PASSPHRASE, create=True).close()

    assert main(["info", "--db", str(path)]) == 0 and documented[0] == "fatto"
    assert main(["info", "--db", str(tmp_path / "altro.db")]) == 1
    assert "non esiste" in documented[1]
    monkeypatch.setenv("TESSERE_PASSPHRASE", "un'altra passphrase")
    assert main(["info", "--db", str(path)]) == 1
    assert "passphrase o chiave sbagliata" in documented[1]
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    assert main(["demo", "--seed", "-1", "--db", str(tmp_path / "demo.db")]) == 2
    assert "seme" in capsys.readouterr().err and "comando scritto male" in documented[2]
    usage_error(capsys, "info", "--colore")  # argparse's own refusal: 2 as well
    monkeypatch.setenv("TESSERE_LOCK_WAIT", "0")
    with database_lock(path.resolve(), doing="facendo una prova"):
        result = run_tessere("check", "--db", str(path),
                             env={"TESSERE_PASSPHRASE": PASSPHRASE, "TESSERE_LOCK_WAIT": "0"})
    assert result.returncode == 3, result.stderr
    assert "facendo una prova" in result.stderr and "occupato" in documented[3]
