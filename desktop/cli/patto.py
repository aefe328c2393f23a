"""``tessere patto``: the patto's state and its lifecycle actions, headless.

    tessere patto stato ID|CF
    tessere patto firma ID|CF
    tessere patto attiva|avvia-verifica|chiudi-verifica|sospendi|riprendi|concludi|rinnova ID|CF

Each action goes through ``desktop.core.patti.perform``: a wrong state is
refused with the same Italian message the window shows (exit 1).
"""
from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_DONE, add_db_argument, open_store
from desktop.core import patti as rules

# Command words people type (Italian, like the buttons) -> the core's action names.
COMMANDS = {
    "attiva": "activate", "avvia-verifica": "start_verification",
    "chiudi-verifica": "end_verification", "sospendi": "suspend", "riprendi": "resume",
    "concludi": "conclude", "rinnova": "renew",
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("patto", help="stato e passaggi del patto (firma, attiva, verifica…)")
    actions = parser.add_subparsers(dest="patto_action", metavar="AZIONE", required=True)
    for word, help_text in [("stato", "lo stato del patto e le azioni possibili"),
                            ("firma", "firma la versione corrente (la congela)"),
                            *[(w, f"«{rules.ACTIONS[a].label}»") for w, a in COMMANDS.items()]]:
        action = actions.add_parser(word, help=help_text)
        action.add_argument("ref", metavar="ID|CF",
                            help="id del patto o codice fiscale del beneficiario (patto in corso)")
        add_db_argument(action)
    parser.set_defaults(run=run)


def _describe(patto) -> str:
    words = {a: w for w, a in COMMANDS.items()}
    possible = [words[a] for a in rules.available_actions(patto)]
    if rules.can_sign(patto):
        possible.insert(0, "firma")
    signed = "firmata" if patto.locked else "da firmare"
    return (f"Patto «{patto.title}» ({patto.id}): {rules.STATE_LABELS[patto.state]}, "
            f"versione {patto.current_version} {signed}. "
            f"Azioni possibili: {', '.join(possible) or 'nessuna'}.")


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.session() as s:
        patto = rules.patto_by_ref(s, args.ref)
        if args.patto_action == "firma":
            version = rules.sign(patto)
            print(f"Versione {version.number} firmata: impronta "
                  f"{rules.short_fingerprint(version.fingerprint)}.")
        elif args.patto_action in COMMANDS:
            successor = rules.perform(s, patto, COMMANDS[args.patto_action],
                                      author_id=store.operator_id)
            if successor is not None:
                s.flush()
                print(f"Patto rinnovato: il nuovo patto in bozza è {successor.id}.")
        print(_describe(patto))
    return EXIT_DONE
