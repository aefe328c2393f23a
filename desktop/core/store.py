"""The encrypted store: SQLCipher file, key handling, migrations on open,
replica identity and the session factory with change capture wired in.

Usage::

    store = Store.open(path, create=True)          # key from the OS keyring
    store = Store.open(path, passphrase="...")     # where no keyring exists
    with store.session() as s:                      # commits on success
        s.add(Person(...))
"""
from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

import sqlcipher3
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.core import access, audit, changes, diary_index, filelock, keys
from desktop.core.errors import (
    DamagedDatabaseError, DatabaseBusyError, NeedsPassphraseError, NotATessereDatabaseError,
    StoreError, TessereError, WrongKeyError, explain,
)
from desktop.core.hlc import HybridLogicalClock
from desktop.core.ids import new_replica_id
from desktop.core.model import ChangeLog, Person, ReplicaMeta

if TYPE_CHECKING:
    from desktop.core.access import Access

Progress = Callable[[int, int, str], None]  # done, total, what is happening
SQLITE_HEADER = b"SQLite format 3\x00"
META_DEMO = "demo_database"
WRONG_KEY_MESSAGE = (
    "Impossibile aprire il database: la chiave o la passphrase non è corretta. "
    "Il file non è stato modificato."
)


def _verify_and_configure(conn: sqlcipher3.Connection, path: Path, key_is_known: bool) -> None:
    # The first read decrypts page 1: a wrong key fails here, before any write.
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" not in str(exc).lower():  # a full disk, a lock: not the key
            explained = explain(exc, path.name, folder=path.parent)
            if explained is not None:
                raise explained from exc
            raise
        if key_is_known or _truncated(path):
            raise DamagedDatabaseError(
                f"Il database «{path.name}» è danneggiato (troncato, con pagine illeggibili o "
                "sostituito da un altro file), non è una chiave sbagliata: il file non è stato "
                "modificato. Ripristina una copia "
                "di sicurezza, oppure ricevi di nuovo i dati dalla squadra su un database nuovo."
            ) from exc
        raise WrongKeyError(WRONG_KEY_MESSAGE) from exc
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def _truncated(path: Path) -> bool:
    """SQLCipher files are whole pages (1 KiB multiples): anything else was cut."""
    try:
        return path.stat().st_size % 1024 != 0
    except OSError:
        return False


def _create_owner_only(path: Path) -> None:
    """An empty file readable by its owner only, whatever the umask: SQLite gives
    the WAL and shared-memory files the mode of the database file."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
    except OSError as exc:
        raise StoreError(f"Non posso creare il database «{path}»: {exc.strerror}.") from exc


def _owner_only(path: Path) -> None:
    """Databases made before this rule, or copied in, lose group and other access
    (on filesystems that have none, such as a FAT stick, nothing changes)."""
    for suffix in ("", "-wal", "-shm"):
        file = Path(str(path) + suffix)
        with contextlib.suppress(OSError):
            mode = file.stat().st_mode & 0o777
            if mode & 0o077:
                os.chmod(file, mode & 0o700)


def _make_engine(path: Path, key_pragma: str, key_is_known: bool) -> Engine:
    def connect() -> sqlcipher3.Connection:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")  # errors reach the user as exceptions
        conn.execute(f"PRAGMA key = {key_pragma}")
        _verify_and_configure(conn, path, key_is_known)
        diary_index.register(conn)
        return conn

    engine = create_engine(
        f"sqlite:///{path}", creator=connect, module=sqlcipher3.dbapi2,
        poolclass=QueuePool, pool_size=4, max_overflow=4,
    )

    # pysqlite-style drivers BEGIN lazily and never for DDL; we take over so that
    # migrations are atomic and writers take the lock up front.
    @event.listens_for(engine, "begin")
    def _begin(conn):
        mode = conn.get_execution_options().get("tessere_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def upgrade_copy_path(path: Path, head: str) -> Path:
    """Where the copy taken before migrating ``path`` to ``head`` goes."""
    return path.with_name(f"{path.stem}.prima-dello-schema-{head}{path.suffix}")


def undo_upgrade(path: str | os.PathLike) -> tuple[Path, Path]:
    """Put back the copy taken before the last upgrade of ``path`` (for an older
    Tessere, which cannot open the upgraded file); the upgraded file is kept
    aside, never deleted. Returns (the copy restored, where the upgraded went)."""
    path = Path(path).expanduser().resolve()
    copies = sorted(path.parent.glob(f"{path.stem}.prima-dello-schema-*{path.suffix}"))
    if not copies:
        raise StoreError(f"Non c'è una copia presa prima di un aggiornamento di «{path.name}».")
    copy = copies[-1]
    head = copy.stem.rsplit("-", 1)[-1]
    aside = path.with_name(f"{path.stem}.schema-{head}-annullato{path.suffix}")
    with filelock.database_lock(path, doing="annullando l'aggiornamento di questo database"):
        if filelock.open_by_a_running_process(path):
            raise DatabaseBusyError(f"«{path.name}» è aperto in Tessere: chiudetelo prima.")
        for suffix in ("", "-wal", "-shm"):
            if Path(str(path) + suffix).exists():
                os.replace(str(path) + suffix, str(aside) + suffix)
        os.replace(copy, path)
    return copy, aside


class Store:
    upgrade_backup: Path | None = None  # the copy taken before this open migrated the file

    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine
        self.replica_id = ""
        self.operator_id: str | None = None
        self.access: "Access | None" = None  # the signed-in operator (core.accounts)
        self._access_seq: int | None = None
        self.is_demo = False  # filled with invented people: see mark_demo
        self.clock: HybridLogicalClock | None = None
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        changes.install(self._sessions)
        changes.install_mapper_events()
        audit.install(self._sessions)
        access.install(self._sessions)
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ open
    @classmethod
    def open(
        cls, path: str | os.PathLike, *, passphrase: str | None = None, create: bool = False,
        load_reference_data: bool = True, progress: Progress | None = None,
    ) -> "Store":
        """Open (or create) an encrypted database, migrating it to this version.
        Two processes never create or migrate one file at once (``filelock``); a
        file left by a session that ended uncleanly is checked before use.
        ``progress(done, total, label)`` hears of an upgrade's copy and steps."""
        path = Path(path).expanduser().resolve()
        if not path.parent.is_dir():
            if not create:
                raise StoreError(f"Il database «{path}» non esiste.")
            raise StoreError(f"La cartella «{path.parent}» non esiste: creala prima, oppure "
                             "indica un altro percorso per il database.")
        with filelock.database_lock(path, doing="aprendo o preparando questo database"):
            store = cls._open_locked(path, passphrase, create, load_reference_data, progress)
            store._open_marker, unclean = filelock.mark_open(path)
            if unclean:
                try:
                    store.check_after_crash()
                except BaseException:
                    store.close()
                    raise
        return store

    @classmethod
    def _open_locked(cls, path: Path, passphrase: str | None, create: bool,
                     load_reference_data: bool, progress: Progress | None) -> "Store":
        exists = path.exists() and path.stat().st_size > 0
        if not exists and not create:
            raise StoreError(f"Il database «{path}» non esiste.")
        if exists:
            with open(path, "rb") as fh:
                if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                    raise NotATessereDatabaseError(
                        f"«{path.name}» è un database SQLite non cifrato: Tessere apre solo "
                        "database cifrati."
                    )
        new_key_hex = None
        key_is_known = False  # from the keyring, saved for this very file: cannot be wrong
        if passphrase is not None:
            if not passphrase:
                raise NeedsPassphraseError("La passphrase non può essere vuota.")
            key_pragma = keys.passphrase_pragma(passphrase)
        elif exists:
            salt = keys.file_salt(path)
            key_hex = keys.load_key(salt) if salt else None
            if key_hex is None:
                raise NeedsPassphraseError(
                    "Per aprire questo database serve la passphrase (la chiave non è nel "
                    "portachiavi di sistema)."
                )
            key_pragma, key_is_known = keys.raw_key_pragma(key_hex), True
        else:
            if not keys.keyring_usable():
                raise NeedsPassphraseError(
                    "Non c'è un portachiavi di sistema disponibile: scegli una passphrase "
                    "per proteggere il nuovo database."
                )
            new_key_hex = keys.new_key()
            key_pragma = keys.raw_key_pragma(new_key_hex)

        if exists:
            _owner_only(path)
        else:
            _create_owner_only(path)
        engine = _make_engine(path, key_pragma, key_is_known)
        try:
            store = cls(path, engine)
            store._prepare(new_key_hex, load_reference_data, key_pragma, progress)
        except BaseException as exc:
            engine.dispose()
            if not exists:
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
            explained = (explain(exc, path.name, folder=path.parent)
                         if isinstance(exc, Exception) else None)
            if explained is not None and not isinstance(exc, TessereError):
                raise explained from exc
            raise
        return store

    def check_after_crash(self) -> None:
        """The last session ended uncleanly: a quick structural check before use."""
        from desktop.core.check import quick_check

        problems = quick_check(self)
        if problems:
            raise DamagedDatabaseError(
                f"Dopo una chiusura imprevista il database «{self.path.name}» risulta danneggiato "
                f"({problems[0]}). Il file non è stato modificato: esegui «tessere check» per i "
                "dettagli e ripristina una copia di sicurezza, oppure ricevi di nuovo i dati "
                "dalla squadra su un database nuovo.")

    def _prepare(self, new_key_hex: str | None, load_reference_data: bool,
                 key_pragma: str, progress: Progress | None = None) -> None:
        from desktop.core import migrations

        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")  # forces the file (and its salt) to exist
        if new_key_hex is not None:
            salt = keys.file_salt(self.path)
            if salt is None:  # SQLCipher writes page 1 lazily: make it real
                with self.engine.begin() as conn:
                    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS _init(x)")
                    conn.exec_driver_sql("DROP TABLE _init")
                salt = keys.file_salt(self.path)
            keys.save_key(salt, new_key_hex)
        stamped, head = migrations.stamped_revision(self.engine), migrations.newest_revision_file()
        if stamped is not None and stamped < head:
            if progress is not None:
                progress(0, 0, "Copia di sicurezza del database prima dell'aggiornamento…")
            self.upgrade_backup = self._copy_before_upgrade(stamped, head, key_pragma)
        migrations.upgrade(self.engine, progress if stamped is not None else None)
        self._load_identity()
        if load_reference_data:
            from desktop.core import seeds

            with self.session(capture=False) as s:
                seeds.load_if_missing(s)

    def _copy_before_upgrade(self, stamped: str, head: str, key_pragma: str) -> Path:
        """An encrypted copy of the file as it is, beside it, before the schema
        changes (``tessere backup annulla-aggiornamento`` puts it back). The
        migrations run in one transaction, so a killed upgrade leaves the file
        at its old schema anyway; the copy is for going back to the old Tessere.
        A copy that cannot be written stops the upgrade: the file stays as it was."""
        copy = upgrade_copy_path(self.path, head)
        partial = copy.with_name(copy.name + ".parziale")
        try:
            _create_owner_only(partial)
            destination = sqlcipher3.connect(str(partial))
            try:
                destination.execute(
                    f"PRAGMA key = {keys.copy_pragma(key_pragma, keys.file_salt(self.path))}")
                source = self.engine.raw_connection()
                try:
                    source.driver_connection.backup(destination)
                finally:
                    source.close()
            finally:
                destination.close()
            os.replace(partial, copy)
        except (OSError, sqlcipher3.Error, StoreError) as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise StoreError(
                f"Prima di aggiornare «{self.path.name}» (schema {stamped} → {head}) Tessere ne "
                f"fa una copia di sicurezza, che non si è potuta scrivere in «{copy.parent}» "
                f"({exc}). Il database non è stato modificato: liberate spazio o date i "
                "permessi di scrittura sulla cartella, poi riapritelo.") from exc
        return copy

    def _load_identity(self) -> None:
        with self.session(capture=False) as s:
            meta = s.get(ReplicaMeta, "replica_id")
            if meta is None:
                meta = ReplicaMeta(key="replica_id", value=new_replica_id())
                s.add(meta)
            self.replica_id = meta.value
            operator = s.get(ReplicaMeta, "operator_id")
            self.operator_id = operator.value if operator else None
            self.is_demo = s.get(ReplicaMeta, META_DEMO) is not None
            last = s.scalar(select(func.max(ChangeLog.hlc)))
        self.clock = HybridLogicalClock(self.replica_id, last)

    def reload_identity(self) -> None:
        """After the sync gave this file a new replica id (``desktop.sync.identity``)."""
        self._load_identity()

    def refresh_identity(self) -> None:
        """Follow a new replica id given to this file by another process meanwhile."""
        with self.system_read() as s:
            self._follow_identity(s)

    def _follow_identity(self, session: Session | Connection) -> None:
        """One primary-key read in ``session`` (or a bare connection); the clock
        is rebuilt only when the sync gave this file a new replica id
        (``desktop.sync.identity``)."""
        current = session.scalar(select(ReplicaMeta.value).where(ReplicaMeta.key == "replica_id"))
        if current is not None and current != self.replica_id:
            self.replica_id = current
            self.clock = HybridLogicalClock(current, session.scalar(select(func.max(ChangeLog.hlc))))

    # --------------------------------------------------------------- sessions
    @contextlib.contextmanager
    def session(self, *, write: bool = True, capture: bool = True) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back on error.
        What a read session put in the audit log is appended in a short write
        transaction once it ends, before the caller gets the data (``core.audit``)."""
        session = self._sessions()
        try:
            if write and capture:
                self._follow_identity(session)  # changes carry this file's current id
            session.info.update(
                clock=self.clock, replica_id=self.replica_id, operator_id=self.operator_id,
                capture=capture, read_only=not write,
            )
            if not write:
                session.connection(execution_options={"tessere_begin": "DEFERRED"})
            if capture and self.access is not None:
                session.info["access"] = self._current_access(session)
            yield session
            if write:
                if session.in_transaction():
                    session.flush()  # diary rows still in the session queue themselves first
                    diary_index.index_if_few(session.connection())
                session.commit()
            # A read session just closes: its objects stay loaded (detached) for the caller.
            accesses = audit.take_deferred(session)
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        if accesses:
            self.append_accesses(accesses)

    def sign_in(self, signed_in: "Access") -> None:
        """From now on every user session is this operator's (``core.access``)."""
        self.access, self._access_seq = signed_in, None
        self.operator_id = signed_in.operator_id

    def sign_out(self) -> None:
        """Back to the system's own sessions, signed as this computer's profile."""
        self.access, self._access_seq = None, None
        self.operator_id = self.meta("operator_id")

    def _current_access(self, session: Session) -> "Access":
        """The operator's grants as the database says now: read again whenever
        anything was written since (a role removed, here or by sync, counts at
        the next action), else one indexed lookup of the grant tables' changes."""
        seq = session.scalar(select(func.max(ChangeLog.seq))
                             .where(ChangeLog.table_name.in_(access.GRANT_TABLES)))
        if seq != self._access_seq:
            self.access = access.load_access(session, self.access.account_id)
            self._access_seq = seq
        return self.access

    def append_accesses(self, entries: list[dict]) -> None:
        """What a read session put in the audit log, in a short write transaction
        of its own on a bare connection (``audit.append_on``)."""
        with self.engine.begin() as conn:
            self._follow_identity(conn)
            audit.append_on(conn, dict(clock=self.clock, replica_id=self.replica_id,
                                       operator_id=self.operator_id, access=self.access),
                            entries)

    def read(self) -> contextlib.AbstractContextManager[Session]:
        return self.session(write=False)

    def system_read(self) -> contextlib.AbstractContextManager[Session]:
        """A read for the system's own work (sync, snapshots, bookkeeping): not
        scoped to the signed-in operator, whose grants must not thin out what a
        snapshot carries, nor stop a sync when they are withdrawn."""
        return self.session(write=False, capture=False)

    def meta(self, key: str) -> str | None:
        with self.system_read() as s:
            row = s.get(ReplicaMeta, key)
            return row.value if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.session(capture=False) as s:
            s.merge(ReplicaMeta(key=key, value=value))

    # ------------------------------------------------------------ demo mark
    def holds_user_data(self) -> bool:
        """Anything a person did with this database: a change made or received, a
        person, a draft, an operator profile, a team joined, a sync target, the
        first-run choice. Reference data (territories, comuni, catalogues) and the
        replica's own identity do not count."""
        from desktop.core.seeds import DIGEST_KEY

        bookkeeping = ["replica_id", DIGEST_KEY, META_DEMO]
        with self.system_read() as s:
            return bool(
                s.scalar(select(ChangeLog.seq).limit(1)) is not None
                or s.scalar(select(Person.id).limit(1)) is not None
                or s.scalar(select(ReplicaMeta.key)
                            .where(ReplicaMeta.key.not_in(bookkeeping)).limit(1)) is not None
            )

    def mark_demo(self) -> None:
        """From now on this database is a demo database, for good: it says so on
        screen and it never meets a real team (``desktop.sync``)."""
        self.set_meta(META_DEMO, "1")
        self.is_demo = True

    def close(self) -> None:
        self.engine.dispose()
        marker = getattr(self, "_open_marker", None)
        if marker is not None:
            filelock.mark_closed(marker)
            self._open_marker = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
