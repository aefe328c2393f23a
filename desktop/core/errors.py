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


class DatabaseBusyError(StoreError):
    """Another process holds the database (creating it, or a long write)."""


class DamagedDatabaseError(StoreError):
    """The file is damaged: truncated, or pages that no longer check out."""


class DiskFullError(StoreError):
    pass


def _no_room(folder) -> bool:
    """Whether the disk holding ``folder`` is full (less than SQLite needs for a
    page of its write-ahead log and the shared memory beside it)."""
    import shutil

    try:
        return folder is not None and shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


def explain(exc: BaseException, where: str = "", *, folder=None) -> TessereError | None:
    """The user's sentence for a low-level database failure that is not a bug:
    a lock held elsewhere, a full disk, a damaged file. None for anything else.

    ``folder``, the database's folder where known: SQLite reports a full disk as
    "disk I/O error" when it cannot grow the WAL's shared memory (``-shm``), which
    would otherwise read as a damaged file."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    name = f" «{where}»" if where else ""
    if "disk i/o error" in text and _no_room(folder):
        text = "disk is full"
    if "database is locked" in text or "database is busy" in text or "database table is locked" in text:
        return DatabaseBusyError(
            f"Il database{name} è occupato da un altro programma Tessere (una sincronizzazione o "
            "un'importazione lunga): riprova fra poco. Nulla è andato perso.")
    if "disk is full" in text or "no space" in text:
        return DiskFullError(
            f"Il disco è pieno: la modifica al database{name} non è stata salvata e il database è "
            "rimasto com'era. Libera spazio e riprova.")
    if "malformed" in text or "not a database" in text or "disk i/o error" in text \
            or "hmac check failed" in text:
        return DamagedDatabaseError(
            f"Il database{name} è danneggiato: una parte del file non si legge più. Non "
            "scriverci altro; esegui «tessere check» e, se serve, ripristina una copia di "
            "sicurezza o ricevi di nuovo i dati dalla squadra su un database nuovo.")
    return None
