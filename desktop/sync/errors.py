"""Sync errors: ``str(error)`` is an Italian sentence for the user."""
from desktop.core.errors import TessereError


class SyncError(TessereError):
    pass


class NoTeamKeyError(SyncError):
    pass


class BadCodeError(SyncError):
    pass


class BundleError(SyncError):
    """A bundle that cannot be trusted: nothing from it is applied."""


class UnreadableEntryError(BundleError):
    """Something in the root that cannot be a bundle: a folder, a pipe, a device,
    a link, a file too big. Skipped and named; it never stops the others."""


class TargetError(SyncError):
    """The sync target cannot be used. ``retry_later``: the cause may pass by itself
    (unreachable, timeout, a server error) and a later sync retries; otherwise a
    person must act (credentials refused, no permission, a missing folder, a full
    server) and retrying alone cannot help."""

    def __init__(self, message: str, *, retry_later: bool = True):
        super().__init__(message)
        self.retry_later = retry_later


class DemoMismatchError(SyncError):
    """Demo data and real data never meet: a demo database stays out of a real
    team, and a real database out of a demo team."""


class ForeignRootError(SyncError):
    """The sync root is marked by another team: nothing is written into it."""


class RootNotConfirmedError(SyncError):
    """The sync root looks emptied, unmounted or swapped: nothing is written into it
    until the user confirms it is the right one."""


class BundleExistsError(SyncError):
    """A bundle number already taken in the root: another file publishes under
    this replica's id (a clone, or a restored copy)."""
