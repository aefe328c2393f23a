"""Named operations of the Accessi page: the audit log listed and its chains
checked, each one core call (``desktop.core.audit``)."""
from __future__ import annotations

from desktop.core import audit
from desktop.ui.operations import QueryOp, read


def browse_accesses(find: str):
    """A RowsModel fetch: who read, printed, exported or changed a cartella,
    newest first; ``find`` names the people (name, codice fiscale, comune)."""
    def fetch(session, offset: int, limit: int) -> list[audit.AccessRow]:
        return audit.accesses(session, find=find, offset=offset, limit=limit)

    return fetch


def verify_log(parent, store) -> QueryOp[audit.VerifyReport]:
    """Walk every computer's chain: a removed or altered row is named."""
    return read(parent, store, audit.verify)
