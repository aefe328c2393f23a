"""``tessere team create|join|code``: the team key that encrypts every bundle."""
from __future__ import annotations

import argparse
import sys

from desktop.cli.arguments import add_db_argument
from desktop.cli.common import open_store
from desktop.sync.team import check_code, create_team, join_team, team_code


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("team", help="crea la squadra o unisciti con il codice")
    actions = parser.add_subparsers(dest="team_action", metavar="AZIONE", required=True)
    create = actions.add_parser("create", help="crea la squadra e mostra il codice da dare ai colleghi")
    add_db_argument(create)
    join = actions.add_parser("join", help="unisciti alla squadra con il codice (da --code o da stdin)")
    add_db_argument(join)
    join.add_argument("--code", help="il codice della squadra")
    code = actions.add_parser("code", help="mostra di nuovo il codice della squadra")
    add_db_argument(code)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    code = None
    if args.team_action == "join":
        code = args.code
        if code is None:
            if sys.stdin.isatty():
                print("Scrivi il codice della squadra: ", end="", flush=True)
            code = sys.stdin.readline()
        check_code(code)  # a mistyped code is refused before touching any file
    with open_store(args, create=args.team_action in ("create", "join"), signed_in=False) as store:
        if args.team_action == "create":
            print("Squadra creata. Codice da dare ai colleghi (conservalo con cura):")
            print(create_team(store))
        elif args.team_action == "code":
            print(team_code(store))
        else:
            join_team(store, code)
            print("Questo computer ora fa parte della squadra.")
    return 0
