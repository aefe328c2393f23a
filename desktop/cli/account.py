"""``tessere account``: who may sign in, with which roles and districts, headless.

    tessere account primo-amministratore --utente m.rossi [--operatore "Rossi"]
    tessere account chi                                   # who I am and what I may do
    tessere account elenco [--json]
    tessere account crea --operatore "Bianchi Anna" --utente a.bianchi --ruolo educatore \\
        --distretto "Distretto Appennino Bolognese"
    tessere account ruoli UTENTE --ruolo … [--distretto …]  # roles and districts become these
    tessere account password                              # change my own password
    tessere account reimposta UTENTE                      # a temporary password (administrator)
    tessere account disattiva|riattiva UTENTE

New passwords come from TESSERE_NEW_PASSWORD or are asked twice on the terminal;
the signed-in operator's own from TESSERE_PASSWORD (see ``--operator``).
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from desktop.cli.arguments import EXIT_DONE, PASSWORD_ENV, add_db_argument
from desktop.cli.common import open_store, print_table
from desktop.core import accounts
from desktop.core.access import describe
from desktop.core.audit import operator_by_ref
from desktop.core.errors import ValidationError
from desktop.core.profile import districts
from desktop.core.search import match_choice

NEW_PASSWORD_ENV = "TESSERE_NEW_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("account", help="account degli operatori: accesso, ruoli, distretti")
    actions = parser.add_subparsers(dest="account_action", metavar="AZIONE", required=True)

    first = actions.add_parser("primo-amministratore",
                               help="crea il primo amministratore (solo se non esistono account)")
    first.add_argument("--utente", required=True, help="nome utente, per esempio m.rossi")
    first.add_argument("--operatore", help="l'operatore (predefinito: il profilo di questo computer)")
    add_db_argument(first)

    who = actions.add_parser("chi", help="chi sei e cosa puoi fare")
    add_db_argument(who)

    listing = actions.add_parser("elenco", help="gli account, con ruoli e distretti")
    listing.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(listing)

    create = actions.add_parser("crea", help="crea l'account di un operatore")
    create.add_argument("--operatore", required=True, help="l'operatore (cognome, nome e cognome, o id)")
    create.add_argument("--utente", required=True, help="nome utente")
    _grants(create, required=True)
    add_db_argument(create)

    grants = actions.add_parser("ruoli", help="cambia ruoli e distretti di un account")
    grants.add_argument("username", metavar="UTENTE")
    _grants(grants, required=False)
    add_db_argument(grants)

    own = actions.add_parser("password", help="cambia la tua password")
    add_db_argument(own)

    reset = actions.add_parser("reimposta", help="dà a un collega una password temporanea")
    reset.add_argument("username", metavar="UTENTE")
    add_db_argument(reset)

    for name, words in (("disattiva", "impedisce l'accesso a un account"),
                        ("riattiva", "riapre un account disattivato")):
        toggle = actions.add_parser(name, help=words)
        toggle.add_argument("username", metavar="UTENTE")
        add_db_argument(toggle)
    parser.set_defaults(run=run)


def _grants(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--ruolo", action="append", required=required, default=[],
                        help="un ruolo (ripetibile): assistente sociale, educatore, …")
    parser.add_argument("--distretto", action="append", default=[],
                        help="un distretto, ambito o area (ripetibile)")


def _new_password(prompt: str) -> str:
    env = os.environ.get(NEW_PASSWORD_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise ValidationError(f"Serve la nuova password: impostala nella variabile "
                              f"{NEW_PASSWORD_ENV}.", "password")
    first = getpass.getpass(prompt)
    if getpass.getpass("Ripetila: ") != first:
        raise ValidationError("Le due password non coincidono.", "password")
    return first


def _role_codes(session, typed: list[str]) -> list[str]:
    choices = accounts.role_choices(session)
    return [match_choice(choices, t, "i ruoli", anywhere=True) for t in typed]


def _unit_ids(session, typed: list[str]) -> list[str]:
    choices = [(u.id, u.name) for u in districts(session)]
    return [match_choice(choices, t, "i distretti", anywhere=True) for t in typed]


def run(args: argparse.Namespace) -> int:
    action = args.account_action
    if action == "primo-amministratore":
        with open_store(args, signed_in=False) as store:
            password = _new_password(f"Password per {args.utente}: ")
            operator_id = None
            if args.operatore:
                with store.read() as s:
                    operator_id = operator_by_ref(s, args.operatore)
            signed_in = accounts.create_first_administrator(
                store, username=args.utente, password=password, operator_id=operator_id)
        print(f"Creato l'amministratore «{signed_in.username}» ({signed_in.roles_label}).")
        return EXIT_DONE
    with open_store(args, temporary_password_ok=action == "password") as store:
        if action == "chi":
            if store.access is None:
                print("Nessun account in questo database: tutti vedono tutto finché non si crea "
                      "il primo amministratore («tessere account primo-amministratore»).")
            else:
                for key, value in describe(store.access).items():
                    print(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
        elif action == "elenco":
            with store.read() as s:
                rows = accounts.list_accounts(s)
            if args.json:
                print(json.dumps([{"username": r.username, "operator": r.operator,
                                   "roles": list(r.roles), "districts": list(r.districts),
                                   "disabled": r.disabled} for r in rows],
                                 ensure_ascii=False, indent=2))
            else:
                print_table(("Utente", "Operatore", "Ruoli", "Stato", "Distretti"), [
                    (r.username, r.operator, ", ".join(r.roles),
                     "disattivato" if r.disabled else "attivo", ", ".join(r.districts) or "—")
                    for r in rows])
        elif action == "crea":
            password = _new_password(f"Password temporanea per {args.utente}: ")
            with store.session() as s:
                accounts.create_account(
                    s, operator_id=operator_by_ref(s, args.operatore), username=args.utente,
                    password=password, roles=_role_codes(s, args.ruolo),
                    districts=_unit_ids(s, args.distretto))
            print(f"Creato l'account «{args.utente}»: al primo accesso cambierà la password.")
        elif action == "ruoli":
            with store.session() as s:
                operator_id = accounts.operator_of(s, args.username)
                if args.ruolo:
                    accounts.set_roles(s, operator_id, _role_codes(s, args.ruolo))
                if args.distretto:
                    accounts.set_districts(s, operator_id, _unit_ids(s, args.distretto))
            print(f"Aggiornati ruoli e distretti di «{args.username}».")
        elif action == "password":
            if store.access is None:
                raise accounts.LoginError("Questo database non ha account: non c'è una password "
                                          "da cambiare.")
            old = os.environ.get(PASSWORD_ENV)
            if old is None:
                if not sys.stdin.isatty():
                    raise accounts.LoginError(f"Serve la password attuale in {PASSWORD_ENV}.")
                old = getpass.getpass("Password attuale: ")
            accounts.change_password(store, old, _new_password("Nuova password: "))
            print("Password cambiata.")
        elif action == "reimposta":
            password = _new_password(f"Password temporanea per {args.username}: ")
            with store.session() as s:
                accounts.reset_password(s, args.username, password)
            print(f"Password di «{args.username}» reimpostata: al prossimo accesso la cambierà.")
        else:
            with store.session() as s:
                accounts.set_disabled(s, args.username, action == "disattiva")
            print(f"Account «{args.username}» {'disattivato' if action == 'disattiva' else 'riattivato'}.")
    return EXIT_DONE
