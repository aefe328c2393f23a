"""The team's mark on a sync root: ``<root>/tessere-team``, sealed with the team key.

Before a replica writes anything into a root it reads the mark: a root marked by
another team (another key) or by a team of the other kind (demo data against real
data) is never written into, and the user is told why. A root without a mark gets
ours. The mark holds no personal data: only the key's short id (in the header of
every bundle as well) and whether the team is a demo team.
"""
from __future__ import annotations

import re

from desktop.core.model import utcnow
from desktop.sync import crypto
from desktop.sync.errors import (
    BundleError, DemoMismatchError, ForeignRootError, RootNotConfirmedError,
    UnreadableEntryError,
)
from desktop.sync.targets import Target

MARK = "tessere-team"
REPLICA_NAME = re.compile(r"^[0-9a-f]{16}$")  # a replica's folder in the root
BUNDLE_NAME = re.compile(r"^\d{8}$")  # a bundle in a replica's folder
META_CONFIRMED = "sync_root_confirmed"  # the root label the user vouched for


def demo_mismatch_message(store_is_demo: bool, where: str) -> str:
    if store_is_demo:
        return (f"Questo è un database dimostrativo (persone inventate): non si sincronizza con "
                f"la squadra reale di {where}. Per provare la sincronizzazione crea una squadra "
                "dimostrativa da un altro database dimostrativo.")
    return (f"{where} è di una squadra dimostrativa (persone inventate): questo database reale "
            "non vi si sincronizza. Controlla la cartella o l'indirizzo di sincronizzazione.")


def confirm_root(store, target: Target) -> None:
    """The user says this root, though it looks emptied or swapped, is the right one:
    the next sync marks it and publishes again all this laptop has published."""
    store.set_meta(META_CONFIRMED, target.label)


def guard_root(store, target: Target, key: bytes, known_replicas: set[str]) -> list[str]:
    """Check (or set) the team's mark before anything is written; returns warnings.

    Raises when this root belongs to another team or to a team of the other kind,
    and when it has no mark and none of the laptops this one has synced with
    (``known_replicas``, itself included when it has published): an unmounted
    share leaving an empty mount point, a root emptied or swapped for another
    folder. Then nothing is written until the user confirms (``confirm_root``)."""
    where = f"«{target.label}»"
    listing = target.list("")
    if MARK not in listing:
        if known_replicas and not known_replicas & set(listing) \
                and store.meta(META_CONFIRMED) != target.label:
            raise RootNotConfirmedError(
                f"La cartella di sincronizzazione {where} è vuota o non è quella della squadra "
                "(non c'è nessuno dei computer con cui questo si è già sincronizzato): forse la "
                "condivisione non è collegata, oppure la cartella è stata svuotata o sostituita. "
                "Qui non viene scritto nulla e sul computer non si perde niente. Se è davvero la "
                "cartella giusta, confermalo («Usa questa cartella» nella pagina "
                "Sincronizzazione, oppure tessere sync --confirm-root): questo computer vi "
                "ripubblicherà tutte le sue modifiche.")
        _write_mark(store, target, key)
        return []
    try:
        data = target.read(MARK)
    except UnreadableEntryError:  # a folder or a pipe in its place: said, left alone
        return [f"In {where} «{MARK}» non è un file: il contrassegno della squadra non si può "
                "controllare. Toglilo da quella cartella."]
    try:
        header, _head, _rest = crypto.read_header(data, MARK)
    except BundleError:
        _write_mark(store, target, key)
        return [f"Il contrassegno della squadra in {where} era danneggiato ed è stato riscritto."]
    if header.get("key") != crypto.key_id(key):
        raise ForeignRootError(
            f"La cartella di sincronizzazione {where} appartiene a un'altra squadra: qui non "
            "viene scritto nulla. Controlla il percorso (forse è montata un'altra cartella) o "
            "il codice della squadra su questo computer.")
    try:
        header, _payload = crypto.open_sealed(key, data, MARK)
    except BundleError:
        _write_mark(store, target, key)
        return [f"Il contrassegno della squadra in {where} era alterato ed è stato riscritto."]
    if bool(header.get("demo")) != store.is_demo:
        raise DemoMismatchError(demo_mismatch_message(store.is_demo, where))
    return []


def _write_mark(store, target: Target, key: bytes) -> None:
    header = {"kind": "team", "demo": store.is_demo}
    target.write_atomic(MARK, crypto.seal(key, header, {"marked_at": utcnow().isoformat(),
                                                        "by": store.replica_id}))
