"""``tessere patto``: the patto's state and its lifecycle actions, headless.

    tessere patto stato ID|CF
    tessere patto firma ID|CF
    tessere patto attiva|avvia-verifica|chiudi-verifica|sospendi|riprendi|concludi|rinnova ID|CF
    tessere patto scaduti
    tessere patto rinnova-scaduto|chiudi-scaduto ID|CF

Each action goes through ``desktop.core.patti.perform``: a wrong state is
refused with the same Italian message the window shows (exit 1).
"""
from __future__ import annotations

import argparse
import datetime as dt

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import open_store
from desktop.core import formats
from desktop.core import patti as rules
from desktop.core.patti import expiry, lists

# Command words people type (Italian, like the buttons) -> the core's action names.
COMMANDS = {
    "attiva": "activate", "avvia-verifica": "start_verification",
    "chiudi-verifica": "end_verification", "sospendi": "suspend", "riprendi": "resume",
    "concludi": "conclude", "rinnova": "renew",
}
# The two ways out of a patto past its end date (desktop.core.patti.expiry).
EXPIRED = {"rinnova-scaduto": "rinnova", "chiudi-scaduto": "chiudi"}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("patto", help="stato e passaggi del patto (firma, attiva, verifica…)")
    actions = parser.add_subparsers(dest="patto_action", metavar="AZIONE", required=True)
    for word, help_text in [("stato", "lo stato del patto e le azioni possibili"),
                            ("firma", "firma la versione corrente (la congela)"),
                            *[(w, f"«{rules.ACTIONS[a].label}»") for w, a in COMMANDS.items()],
                            ("rinnova-scaduto", "un patto scaduto: lo conclude e ne apre il "
                                                "seguito in bozza"),
                            ("chiudi-scaduto", "un patto scaduto: lo conclude")]:
        action = actions.add_parser(word, help=help_text)
        action.add_argument("ref", metavar="ID|CF",
                            help="id del patto o codice fiscale del beneficiario (patto in corso)")
        add_db_argument(action)
    expired = actions.add_parser("scaduti", help="i patti oltre la data di fine ancora in corso")
    add_db_argument(expired)
    parser.set_defaults(run=run)


def _describe(patto) -> str:
    words = {a: w for w, a in COMMANDS.items()}
    possible = [words[a] for a in rules.available_actions(patto)]
    if rules.can_sign(patto):
        possible.insert(0, "firma")
    signed = "firmata" if patto.locked else "da firmare"
    late = (f", scaduto il {formats.day(patto.end_on)}"
            if expiry.is_expired(patto.state, patto.end_on, dt.date.today()) else "")
    return (f"Patto «{patto.title}» ({patto.id}): {rules.STATE_LABELS[patto.state]}{late}, "
            f"versione {patto.current_version} {signed}. "
            f"Azioni possibili: {', '.join(possible) or 'nessuna'}.")


def _list_expired(store) -> int:
    with store.read() as s:
        rows = lists.patti(s, only_expired=True, limit=10_000)
    for row in rows:
        print(f"{row.id}  {row.title} ({row.beneficiaries}): {row.state}, "
              f"scaduto il {formats.day(row.end_on)}")
    print(f"{len(rows)} patti scaduti ancora in corso." if rows
          else "Nessun patto scaduto ancora in corso.")
    return EXIT_DONE


def run(args: argparse.Namespace) -> int:
    if args.patto_action == "scaduti":
        with open_store(args) as store:
            return _list_expired(store)
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
        elif args.patto_action in EXPIRED:
            successor_id = expiry.settle_expired(s, patto.id, EXPIRED[args.patto_action],
                                                 author_id=store.operator_id)
            if successor_id is not None:
                print(f"Patto rinnovato: il nuovo patto in bozza è {successor_id}.")
        print(_describe(patto))
    return EXIT_DONE
