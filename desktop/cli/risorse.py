"""``tessere risorse``: the mappa delle risorse from the command line, with the same
rules as the Risorse page. Each group of actions lives in its own module:
``risorse_elenco`` (list, show, edit, verify), ``risorse_hsds`` (HSDS 3.0 import
and export), ``risorse_attivazioni`` (waiting lists, attivazioni, proposals)."""
from __future__ import annotations

import argparse

from desktop.cli import risorse_attivazioni, risorse_elenco, risorse_hsds


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("risorse", help="la mappa delle risorse: elenco, modifica, "
                                            "scambio HSDS, liste d'attesa e attivazioni")
    actions = parser.add_subparsers(dest="azione", metavar="AZIONE", required=True)
    for module in (risorse_elenco, risorse_hsds, risorse_attivazioni):
        module.register_actions(actions)
