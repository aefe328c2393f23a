"""``tessere sync``: publish and receive changes through a folder or a WebDAV server
(the one given, else the one set in the app's Sincronizzazione page);
``--snapshot`` also publishes a snapshot for new laptops (otherwise one is published
on its own when enough history has piled up, see ``desktop.sync.snapshot``);
``tessere sync status``: what is waiting, when it last synced, who was seen, conflicts,
and the holes in other laptops' bundles (exit code 3 while they last: the other
laptop fills them at its next sync)."""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from desktop.cli.arguments import (
    EXIT_DONE, EXIT_RETRY_LATER, EXIT_USAGE, EXIT_USER_MUST_ACT, add_db_argument,
)
from desktop.cli.common import index_diary, open_store
from desktop.sync import engine, root, settings
from desktop.sync.status import peers, status
from desktop.sync.targets import FolderTarget, WebDavTarget


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("sync", help="sincronizza con la squadra (cartella o WebDAV)")
    parser.add_argument("action", nargs="?", choices=["status"], help="status: stato della sincronizzazione")
    add_db_argument(parser)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--folder", help="cartella condivisa di sincronizzazione")
    where.add_argument("--webdav", metavar="URL", help="indirizzo WebDAV (es. Nextcloud)")
    parser.add_argument("--group-access", action="store_true",
                        help="con --folder: cartella di gruppo, leggibile e scrivibile dal gruppo "
                             "(predefinito: solo dal proprio utente)")
    parser.add_argument("--user", help="utente WebDAV (password dal portachiavi o da TESSERE_WEBDAV_PASSWORD)")
    parser.add_argument("--confirm-root", action="store_true",
                        help="la cartella sembra vuota o sostituita ma è quella giusta: "
                             "usala e ripubblica le modifiche di questo computer")
    parser.add_argument("--snapshot", action="store_true",
                        help="pubblica anche un'istantanea per i nuovi computer della squadra")
    parser.set_defaults(run=run)


def _when(text: str | None) -> str:
    """Instants are stored in UTC; people read their own clock."""
    if not text:
        return "mai"
    instant = dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC).astimezone()
    return instant.strftime("%d/%m/%Y %H:%M")


def run(args: argparse.Namespace) -> int:
    with open_store(args, signed_in=False) as store:
        if args.action == "status":
            st = status(store)
            if store.is_demo:
                print("Database:               DIMOSTRATIVO (solo squadre dimostrative)")
            print(f"Squadra:                {'sì' if st.in_team else 'no'}")
            print(f"Modifiche in attesa:    {st.pending}")
            print(f"Ultima sincronizzazione: {_when(st.last_sync)}")
            print(f"Repliche viste:         {len(st.replicas)}")
            with store.read() as session:
                seen = peers(session)
            for peer in seen:
                arrived = _when(peer.applied_at.isoformat()) if peer.applied_at else "mai"
                print(f"  {peer.replica_id}  pacchetti ricevuti: {peer.bundles}  ultimo arrivo: {arrived}")
            print(f"Conflitti da risolvere: {st.open_conflicts}")
            for gap in st.gaps:
                print(f"Attenzione: {gap.describe()}")
            return EXIT_RETRY_LATER if st.gaps else EXIT_DONE
        if args.folder:
            target = FolderTarget(args.folder, group_access=args.group_access)
        elif args.webdav:
            if not args.user:
                print("tessere: con --webdav serve anche --user.", file=sys.stderr)
                return EXIT_USAGE
            target = WebDavTarget(args.webdav, args.user)
        else:
            target = settings.make_target(store)
            if target is None:
                print("tessere: indica --folder CARTELLA oppure --webdav URL --user UTENTE.",
                      file=sys.stderr)
                return EXIT_USAGE
        if args.confirm_root:
            root.confirm_root(store, target)
        report = engine.sync_once(store, target, snapshot=True if args.snapshot else None)
        print(report.summary())
        index_diary(store)
    if report.ok:
        if len(report.held) > len(report.gaps):  # a newer Tessere, a clock ahead: someone acts
            return EXIT_USER_MUST_ACT
        return EXIT_RETRY_LATER if report.gaps else EXIT_DONE
    return EXIT_RETRY_LATER if report.retry_later else EXIT_USER_MUST_ACT
