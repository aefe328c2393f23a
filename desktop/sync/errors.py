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


class TargetError(SyncError):
    """The sync target cannot be used right now; a later sync retries."""
