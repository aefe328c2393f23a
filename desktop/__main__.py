"""``tessere``: the desktop app, and its headless sub-commands on the same core.

    tessere [--db PATH] [--screenshot FILE]     open the window (or render it to PNG)
    tessere info [--digest] --db PATH           what the database holds
    tessere demo --size small|ambito --seed N --db PATH
"""
from __future__ import annotations

import argparse
import importlib
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


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli.common import add_db_argument

    parser = argparse.ArgumentParser(
        prog="tessere",
        description="Tessere: cartella sociale, patti e mappa delle risorse, anche offline.",
    )
    add_db_argument(parser)
    parser.add_argument("--screenshot", metavar="FILE",
                        help="salva un'immagine PNG della finestra principale ed esce")
    sub = parser.add_subparsers(dest="command", metavar="COMANDO")
    for name in command_modules():
        module = importlib.import_module(name)
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from desktop.ui.app import run_gui

            return run_gui(args)
        return args.run(args) or 0
    except TessereError as exc:
        print(f"tessere: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
