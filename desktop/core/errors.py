"""Errors that reach the user carry an Italian message meant to be shown as is."""


class TessereError(Exception):
    """Base class: ``str(error)`` is a sentence for the user, in Italian."""


class FrozenRecordError(TessereError):
    pass


class ValidationError(TessereError):
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class StoreError(TessereError):
    pass


class WrongKeyError(StoreError):
    pass


class NeedsPassphraseError(StoreError):
    pass


class SchemaTooNewError(StoreError):
    pass


class NotATessereDatabaseError(StoreError):
    pass


class TransitionError(TessereError):
    pass


class DemoRefusedError(TessereError):
    """Invented people asked for in a database that holds real work."""
