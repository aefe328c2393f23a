"""``tessere``: the desktop app, and its headless sub-commands on the same core.

    tessere [--db FILE] [--screenshot FILE]     open the window (or render it to PNG)
    tessere [--db FILE] COMMAND ...             a headless command (``--db`` may also follow it)
    tessere --self-test                         check this installation's parts and exit
    tessere --version                           the version, the database schema, the build

Usage, help and argparse's own errors are in Italian (``desktop.cli.italian_argparse``);
the exit codes are ``desktop.cli.common``'s, listed in ``--help`` and the README.
"""
from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

import desktop.cli
from desktop.core.errors import TessereError


def command_modules() -> list[str]:
    """Every module of desktop.cli that defines ``register`` is a sub-command."""
    names = []
    for info in pkgutil.iter_modules(desktop.cli.__path__):
        if info.name != "common":
            names.append(f"desktop.cli.{info.name}")
    return sorted(names)


class _PrintVersion(argparse.Action):
    """``--version``: the line is put together only when asked for (reading the
    schema's head costs an import every other command can do without)."""

    def __init__(self, option_strings, dest, help=None):
        super().__init__(option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                         nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        _print_version(parser)


def _print_version(parser: argparse.ArgumentParser) -> None:
    from desktop.about import version_line

    print(version_line())
    parser.exit()


def top_level_parser(*, window_only: bool = False) -> argparse.ArgumentParser:
    """The options before a command, and the window's own (``window_only``: no
    help and no exit on a mistake, which the whole parser then reports)."""
    from desktop.cli.arguments import EXIT_CODES_HELP, add_db_argument
    from desktop.cli.italian_argparse import ItalianArgumentParser

    parser = ItalianArgumentParser(
        prog="tessere",
        description="Tessere: cartella sociale, patti e mappa delle risorse, anche offline.",
        epilog=EXIT_CODES_HELP, add_help=not window_only, exit_on_error=not window_only,
    )
    # The window's parser only notes --version: a command's own --version (print
    # patto --version 2) must reach the whole parser, which has the commands.
    parser.add_argument("--version", action="store_true" if window_only else _PrintVersion,
                        help="mostra la versione, lo schema del database e la build, ed esce")
    add_db_argument(parser, top_level=True)
    parser.add_argument("--screenshot", metavar="FILE",
                        help="salva un'immagine PNG della finestra principale ed esce "
                             "(senza finestre di dialogo: la passphrase da TESSERE_PASSPHRASE)")
    parser.add_argument("--self-test", action="store_true",
                        help="verifica l'installazione (database cifrato, migrazioni, stampa, "
                             "sincronizzazione) in una cartella temporanea ed esce")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = top_level_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMANDO")
    for name in command_modules():
        module = importlib.import_module(name)
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line as every command reads it, ``--db`` reconciled.

    Without a command (the window) the top-level options are enough: the
    commands' modules import the core and the store (about a second on a
    laptop), which the window imports only once its frame is on screen."""
    from desktop.cli.arguments import resolve_db

    argv = sys.argv[1:] if argv is None else list(argv)
    if not {"-h", "--help"} & set(argv):
        window = top_level_parser(window_only=True)
        try:
            args, rest = window.parse_known_args(argv)
        except argparse.ArgumentError:
            rest = argv  # said by the whole parser, with its usage
        if not rest:
            if args.version:
                _print_version(window)
            args.command = None
            resolve_db(window, args)
            return args
    parser = build_parser()
    args = parser.parse_args(argv)
    resolve_db(parser, args)
    return args


def main(argv: list[str] | None = None) -> int:
    from desktop.cli.arguments import EXIT_INTERRUPTED, EXIT_USER_MUST_ACT, exit_code_for
    from desktop.core.errors import explain

    args = parse(argv)
    if args.self_test:
        from desktop import selftest

        return selftest.run(sys.stdout)
    try:
        if args.command is None:
            from desktop.ui.app import run_gui

            return run_gui(args)
        return args.run(args) or 0
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # ``tessere info | head``: the reader has gone, say no more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_USER_MUST_ACT
    except Exception as exc:  # Italian sentences; a lock, a full disk, a damaged file too
        error = exc if isinstance(exc, TessereError) else explain(exc, folder=_folder_of(args))
        if error is None:
            raise
        print(f"tessere: {error}", file=sys.stderr)
        return exit_code_for(error)


def _folder_of(args: argparse.Namespace) -> str | None:
    """The folder of the database the command names (``--db``), if it names one."""
    db = getattr(args, "db", None)
    return os.path.dirname(os.path.abspath(os.path.expanduser(db))) if db else None


if __name__ == "__main__":
    sys.exit(main())
