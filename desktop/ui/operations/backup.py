"""Named operations of the encrypted backup: make one of the open database,
read what a backup file holds, restore one as a new database. All three are
reads for this window (a restore writes only the new file); the two long ones
report progress and stop when the user cancels."""
from __future__ import annotations

from pathlib import Path

from desktop.core import backup
from desktop.sync.engine import start_as_copy
from desktop.ui.operations import QueryOp


def create_backup(parent, store, target: Path, passphrase: str, *,
                  overwrite: bool) -> QueryOp[backup.Header]:
    return QueryOp(parent, store, lambda st, ctx: backup.create_backup(
        st, target, passphrase, progress=ctx.progress, overwrite=overwrite))


def read_header(parent, path: Path) -> QueryOp[backup.Header]:
    return QueryOp(parent, None, lambda _st, _ctx: backup.read_header(path))


def restore_backup(parent, path: Path, passphrase: str, target: Path, *,
                   new_passphrase: str | None, replace: bool) -> QueryOp[backup.Restored]:
    """The restored database publishes under its own replica id (``start_as_copy``)."""
    return QueryOp(parent, None, lambda _st, ctx: backup.restore_backup(
        path, passphrase, target, new_passphrase=new_passphrase, replace=replace,
        on_restored=start_as_copy, progress=ctx.progress))
