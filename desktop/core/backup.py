"""Encrypted backups: one file, under a passphrase, that carries a database to a
new laptop and back.

The file::

    MAGIC | header length (4 bytes) | header (JSON) | chunk | chunk | …
    chunk = length (4 bytes) | AES-256-GCM(ciphertext + tag)

The header is readable without the passphrase ("what is this file": format,
KDF parameters and salt, schema revision, created-at, replica, counts); it is
also the associated data of every chunk, so changing any byte of it is caught.
Each chunk's nonce is its index and a last-chunk flag: a reordered, repeated,
removed or cut chunk fails to authenticate, and restore reads the whole file
before the new database takes its place.

Keys come from the passphrase through argon2id (RFC 9106, memory-hard: each
guess costs 128 MiB; argon2-cffi is already the project's password hash) and
HKDF, one key per use: the chunks, the database copy inside them, and a check
value that tells a wrong passphrase from a damaged file.

The payload is itself a SQLCipher database, copied with SQLite's online backup
API from a read transaction held on the live store: a consistent snapshot while
the app keeps working, page by page (progress, cancellation), and no plaintext
page ever on disk. (``VACUUM INTO`` also works on sqlcipher3 but has no
progress; ``sqlcipher_export`` neither.) A restore copies it once more into a
new file, so the new database gets its own salt and the key the user chooses.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import secrets
import struct
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

import sqlcipher3
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from keyring.errors import KeyringError

from desktop.core import filelock, keys
from desktop.core.errors import (
    NeedsPassphraseError, SchemaTooNewError, TessereError, ValidationError,
)
from desktop.core.files import FileWriteError, writing_atomically

Progress = Callable[[int, int, str], None]

MAGIC = b"TESSBAK\n"
FORMAT = 1
CHUNK = 1 << 20
MAX_CHUNK = 16 << 20
TAG = 16
MAX_HEADER = 1 << 16
PAGES_PER_STEP = 256
MIN_PASSPHRASE = 8
KDF = {"name": "argon2id", "time_cost": 3, "memory_kib": 128 * 1024, "parallelism": 4}
# A header asking for more is refused rather than obeyed (a crafted file must not
# make a laptop allocate gigabytes).
KDF_LIMITS = {"time_cost": 20, "memory_kib": 1024 * 1024, "parallelism": 16}
SET_ASIDE = "prima-del-ripristino"


class BackupError(TessereError):
    pass


class NotABackupError(BackupError):
    pass


class WrongBackupPassphraseError(BackupError):
    pass


class DamagedBackupError(BackupError):
    pass


class TargetExistsError(BackupError):
    pass


@dataclass
class Header:
    """What a backup says about itself without the passphrase."""

    created_at: str
    schema: str
    replica_id: str
    demo: bool
    counts: dict[str, int]
    size: int
    salt: str
    check: str
    kdf: dict = field(default_factory=lambda: dict(KDF))
    format: int = FORMAT
    chunk_size: int = CHUNK

    def to_bytes(self) -> bytes:
        return json.dumps(self.__dict__, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass
class Restored:
    path: Path
    set_aside: Path | None
    header: Header


# ------------------------------------------------------------------ keys
@dataclass
class _Keys:
    chunks: bytes
    database: bytes
    check: str


def _derive(passphrase: str, header_kdf: dict, salt: bytes) -> _Keys:
    master = hash_secret_raw(
        passphrase.encode("utf-8"), salt, time_cost=header_kdf["time_cost"],
        memory_cost=header_kdf["memory_kib"], parallelism=header_kdf["parallelism"],
        hash_len=32, type=Type.ID)

    def sub(label: str, length: int = 32) -> bytes:
        return HKDF(hashes.SHA256(), length, None, f"tessere backup {label}".encode()).derive(master)

    return _Keys(sub("chunks"), sub("database"), sub("check", 16).hex())


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _raw_key(key: bytes) -> str:
    return keys.raw_key_pragma(key.hex())


# ---------------------------------------------------------------- header
def read_header(path: str | os.PathLike) -> Header:
    """The header of a backup file, without the passphrase."""
    path = Path(path).expanduser()
    with _open_backup(path) as fh:
        return _read_header(fh, path)[0]


@contextlib.contextmanager
def _open_backup(path: Path) -> Iterator[BinaryIO]:
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        raise BackupError(f"Il file «{path}» non esiste.") from None
    except IsADirectoryError:
        raise BackupError(f"«{path}» è una cartella: indica il file del backup.") from None
    except OSError as exc:
        raise BackupError(f"Non posso leggere «{path}»: {exc.strerror}.") from exc
    with fh:
        yield fh


def _read_header(fh: BinaryIO, path: Path) -> tuple[Header, bytes]:
    if fh.read(len(MAGIC)) != MAGIC:
        raise NotABackupError(f"«{path.name}» non è un backup di Tessere.")
    raw_length = fh.read(4)
    length = struct.unpack(">I", raw_length)[0] if len(raw_length) == 4 else 0
    data = fh.read(length) if 0 < length <= MAX_HEADER else b""
    if not data or len(data) != length:
        raise DamagedBackupError(_damaged(path))
    try:
        fields = json.loads(data.decode("utf-8"))
        if fields.get("format", 0) > FORMAT:
            raise BackupError(
                f"Il backup «{path.name}» è stato creato da una versione più recente di Tessere: "
                "aggiorna Tessere per ripristinarlo. Non è stato scritto nulla.")
        header = Header(**fields)
    except (ValueError, TypeError, AttributeError):
        raise DamagedBackupError(_damaged(path)) from None
    if not _well_formed(header):
        raise DamagedBackupError(_damaged(path))
    return header, MAGIC + raw_length + data


def _well_formed(header: Header) -> bool:
    """The header is authenticated only with the chunks, so until then nothing in
    it may crash the reader or make it allocate much (a chunk is read whole)."""
    types = {"created_at": str, "schema": str, "replica_id": str, "demo": bool, "counts": dict,
             "size": int, "salt": str, "check": str, "kdf": dict, "format": int, "chunk_size": int}
    return (all(isinstance(getattr(header, name), kind) for name, kind in types.items())
            and 0 < header.chunk_size <= MAX_CHUNK and header.size >= 0)


def _damaged(path: Path) -> str:
    return (f"Il backup «{path.name}» è danneggiato o è stato alterato: non è stato ripristinato "
            "nulla e nessun file è stato toccato. Usa un'altra copia del backup.")


def _truncated(path: Path) -> str:
    return (f"Il backup «{path.name}» è incompleto (il file è troncato): non è stato ripristinato "
            "nulla e nessun file è stato toccato. Usa un'altra copia del backup.")


# ---------------------------------------------------------------- create
def create_backup(store, target: str | os.PathLike, passphrase: str, *,
                  progress: Progress | None = None, overwrite: bool = False) -> Header:
    """Write an encrypted backup of ``store`` to ``target`` (owner-only, atomically:
    a cancelled or failed backup leaves no file). ``progress(done, total, label)``
    may raise to cancel."""
    report = progress or (lambda done, total, label: None)
    target = Path(target).expanduser()
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            f"La passphrase del backup deve avere almeno {MIN_PASSPHRASE} caratteri.")
    _check_backup_target(store, target, overwrite)
    report(0, 0, "Preparazione della chiave del backup")
    salt = secrets.token_bytes(16)
    derived = _derive(passphrase, KDF, salt)
    with _scratch(target) as copy:
        header = _snapshot(store, copy, derived.database, report, salt, derived.check)
        with writing_atomically(target, what="il backup") as out:
            _encrypt(copy, out, header, derived.chunks, report)
            _audit(store)  # no audit row, no backup
    return header


def _audit(store) -> None:
    """The whole database leaves in one file: an export, in the audit log."""
    from desktop.core import audit

    with store.session() as session:
        audit.record(session, "export", table="database", detail={"function": "create_backup"})


def _check_backup_target(store, target: Path, overwrite: bool) -> None:
    database = str(Path(store.path).resolve())
    if str(target.resolve()) in {database + suffix for suffix in ("", "-wal", "-shm", ".lock")}:
        raise ValidationError(
            f"«{target.name}» è il database stesso (o un suo file): scegli un altro nome per il backup.")
    if not target.parent.is_dir():
        raise FileWriteError(f"La cartella «{target.parent}» non esiste.")
    if target.exists() and not overwrite:
        raise TargetExistsError(
            f"Il file «{target.name}» esiste già: scegli un altro nome (il backup non "
            "sovrascrive file esistenti se non lo chiedi).")


@contextlib.contextmanager
def _scratch(beside: Path) -> Iterator[Path]:
    """An owner-only temporary file beside ``beside``, removed (with any SQLite
    companion files) when the block ends, whatever happens."""
    try:
        fd, name = tempfile.mkstemp(dir=beside.parent, prefix=f".{beside.name}.", suffix=".tmp")
    except OSError as exc:
        raise FileWriteError(_os_message(exc, beside)) from exc
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
            with contextlib.suppress(OSError):
                os.unlink(str(path) + suffix)


def _os_message(exc: OSError, path: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return (f"Spazio su disco esaurito in «{path.parent}»: non è stato scritto nulla. "
                "Libera spazio o scegli un'altra cartella.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"Non è possibile scrivere in «{path.parent}»: permesso negato o disco di sola "
                "lettura. Non è stato scritto nulla.")
    return f"Non è possibile scrivere in «{path.parent}»: {exc.strerror or exc}."


def _space_error(exc: sqlcipher3.Error, path: Path) -> TessereError:
    """SQLite says "disk is full" or, past a file-size limit, "disk I/O error"."""
    if "full" in str(exc).lower():
        return FileWriteError(_os_message(OSError(errno.ENOSPC, "full"), path))
    return FileWriteError(
        f"Non è possibile scrivere in «{path.parent}» (disco pieno, scollegato o di sola "
        "lettura): non è stato scritto nulla. Libera spazio o scegli un'altra cartella.")


def _snapshot(store, copy: Path, key: bytes, report: Progress, salt: bytes, check: str) -> Header:
    """Copy the live database, as of one read transaction, into ``copy`` (a
    SQLCipher file under ``key``); the header's facts come from the same snapshot."""
    from desktop.core.model import syncable_models

    pooled = store.engine.raw_connection()
    source = pooled.driver_connection
    try:
        source.execute("BEGIN DEFERRED")
        schema = source.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        counts = {m.__tablename__: source.execute(
            f"SELECT count(*) FROM {m.__tablename__}").fetchone()[0] for m in syncable_models()}
        replica = source.execute(
            "SELECT value FROM replica_meta WHERE key = 'replica_id'").fetchone()[0]
        demo = source.execute(
            "SELECT 1 FROM replica_meta WHERE key = 'demo_database'").fetchone() is not None
        destination = sqlcipher3.connect(str(copy))
        try:
            destination.execute(f"PRAGMA key = {_raw_key(key)}")
            source.backup(destination, pages=PAGES_PER_STEP, progress=lambda _status, left, total:
                          report(total - left, total, "Copia del database"))
        except sqlcipher3.Error as exc:
            raise _space_error(exc, copy) from exc
        finally:
            destination.close()
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            source.execute("ROLLBACK")
        pooled.close()
    return Header(created_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                  schema=schema, replica_id=replica, demo=demo, counts=counts,
                  size=copy.stat().st_size, salt=salt.hex(), check=check)


def _encrypt(copy: Path, out: BinaryIO, header: Header, key: bytes, report: Progress) -> None:
    data = header.to_bytes()
    prefix = MAGIC + struct.pack(">I", len(data)) + data
    out.write(prefix)
    aead = AESGCM(key)
    with open(copy, "rb") as fh:
        index, done, chunk = 0, 0, fh.read(CHUNK)
        while True:
            following = fh.read(CHUNK)
            sealed = aead.encrypt(_nonce(index, not following), chunk, prefix)
            out.write(struct.pack(">I", len(sealed)) + sealed)
            done += len(chunk)
            report(done, header.size, "Cifratura del backup")
            if not following:
                return
            index, chunk = index + 1, following


# --------------------------------------------------------------- restore
def restore_backup(backup: str | os.PathLike, passphrase: str, target: str | os.PathLike, *,
                   new_passphrase: str | None = None, replace: bool = False,
                   on_restored: Callable[[object], None] | None = None,
                   progress: Progress | None = None) -> Restored:
    """Restore ``backup`` as the new database ``target``, keyed by ``new_passphrase``
    or, without one, by a new random key kept in the OS keyring.

    The whole file is authenticated before ``target`` appears; an existing
    ``target`` is refused unless ``replace``, and then moved aside, never deleted.
    ``on_restored(store)`` runs on the restored database (opened and migrated)
    before it takes its place: the sync gives it its own identity there."""
    from desktop.core.migrations import newest_revision_file
    from desktop.core.store import Store

    report = progress or (lambda done, total, label: None)
    backup, target = Path(backup).expanduser(), Path(target).expanduser().absolute()
    with _open_backup(backup) as fh:
        header, prefix = _read_header(fh, backup)
        if not header.schema.isdigit() or int(header.schema) > int(newest_revision_file()):
            raise SchemaTooNewError(
                f"Il backup «{backup.name}» viene da una versione più recente di Tessere (schema "
                f"{header.schema}): aggiorna Tessere per ripristinarlo. Non è stato scritto nulla.")
        _check_restore_target(target, replace)
        if new_passphrase is None and not keys.keyring_usable():
            raise NeedsPassphraseError(
                "Non c'è un portachiavi di sistema disponibile: scegli una passphrase per il "
                "database ripristinato.")
        report(0, 0, "Verifica della passphrase")
        derived = _derive(passphrase, _checked_kdf(header, backup), bytes.fromhex(header.salt))
        if not secrets.compare_digest(derived.check, header.check):
            raise WrongBackupPassphraseError(
                "La passphrase del backup non è corretta. Non è stato scritto nulla.")
        with _scratch(target) as copy, _scratch(target) as fresh:
            _decrypt(fh, copy, header, prefix, derived.chunks, backup, report)
            new_key = _rekey(copy, derived.database, fresh, new_passphrase, report)
            if new_key is not None:
                _keep_key(fresh, new_key)
            report(0, 0, "Aggiornamento del database ripristinato")
            store = Store.open(fresh, passphrase=new_passphrase)
            try:
                if on_restored is not None:
                    on_restored(store)
            finally:
                store.close()
            set_aside = _put_in_place(fresh, target, replace)
    return Restored(target, set_aside, header)


def _keep_key(path: Path, key_hex: str) -> None:
    try:
        keys.save_key(keys.file_salt(path), key_hex)
    except KeyringError as exc:
        raise NeedsPassphraseError(
            "Il portachiavi di sistema non ha conservato la chiave del database ripristinato: "
            "scegli una passphrase. Non è stato scritto nulla.") from exc


def _checked_kdf(header: Header, path: Path) -> dict:
    kdf = header.kdf
    try:
        if kdf["name"] != "argon2id" or any(
                not 0 < int(kdf[k]) <= limit for k, limit in KDF_LIMITS.items()):
            raise DamagedBackupError(_damaged(path))
        bytes.fromhex(header.salt)
    except (KeyError, TypeError, ValueError):
        raise DamagedBackupError(_damaged(path)) from None
    return kdf


def _check_restore_target(target: Path, replace: bool) -> None:
    if not target.parent.is_dir():
        raise FileWriteError(f"La cartella «{target.parent}» non esiste: creala prima, oppure "
                             "indica un altro percorso per il database.")
    if target.is_dir():
        raise FileWriteError(f"«{target}» è una cartella: indica il nome del nuovo database.")
    if target.exists() and not replace:
        raise TargetExistsError(
            f"Esiste già un database «{target.name}»: il ripristino non lo sovrascrive. "
            "Scegli un altro nome, oppure chiedi di sostituirlo (il database attuale viene "
            "messo da parte, non cancellato).")
    if target.exists():
        _refuse_if_open(target)


def _refuse_if_open(target: Path) -> None:
    if filelock.open_by_a_running_process(target):
        raise BackupError(
                f"Il database «{target.name}» è aperto in Tessere: chiudilo prima di "
                "sostituirlo con il ripristino.")


def _decrypt(fh: BinaryIO, copy: Path, header: Header, prefix: bytes, key: bytes,
             backup: Path, report: Progress) -> None:
    """Every chunk authenticated, in order, up to the last one and nothing after."""
    aead = AESGCM(key)
    done, index = 0, 0
    try:
        with open(copy, "wb") as out:
            while True:
                raw = fh.read(4)
                if len(raw) < 4:
                    raise DamagedBackupError(_truncated(backup) if len(raw) == 0 else _damaged(backup))
                length = struct.unpack(">I", raw)[0]
                if not TAG < length <= header.chunk_size + TAG:
                    raise DamagedBackupError(_damaged(backup))
                sealed = fh.read(length)
                if len(sealed) < length:
                    raise DamagedBackupError(_truncated(backup))
                last = fh.peek(1)[:1] == b""
                try:
                    chunk = aead.decrypt(_nonce(index, last), sealed, prefix)
                except InvalidTag:
                    if not last:
                        raise DamagedBackupError(_damaged(backup)) from None
                    try:  # a last chunk that should not be last: the rest was cut off
                        aead.decrypt(_nonce(index, False), sealed, prefix)
                    except InvalidTag:
                        raise DamagedBackupError(_damaged(backup)) from None
                    raise DamagedBackupError(_truncated(backup)) from None
                out.write(chunk)
                done += len(chunk)
                report(done, header.size, "Decifratura del backup")
                if last:
                    break
                index += 1
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise FileWriteError(_os_message(exc, copy)) from exc
    if done != header.size:
        raise DamagedBackupError(_damaged(backup))


def _rekey(copy: Path, key: bytes, fresh: Path, new_passphrase: str | None,
           report: Progress) -> str | None:
    """``copy`` into the new file ``fresh`` under the user's key (a new file: its own
    salt, so two restores of one backup never share a keyring entry). Returns the
    new random key to keep in the keyring, or None with a passphrase."""
    new_key = None if new_passphrase is not None else keys.new_key()
    pragma = keys.passphrase_pragma(new_passphrase) if new_key is None else keys.raw_key_pragma(new_key)
    source = sqlcipher3.connect(str(copy))
    destination = sqlcipher3.connect(str(fresh))
    try:
        source.execute(f"PRAGMA key = {_raw_key(key)}")
        destination.execute(f"PRAGMA key = {pragma}")
        source.backup(destination, pages=PAGES_PER_STEP, progress=lambda _status, left, total:
                      report(total - left, total, "Preparazione del nuovo database"))
    except sqlcipher3.Error as exc:
        raise _space_error(exc, fresh) from exc
    finally:
        destination.close()
        source.close()
    return new_key


def _put_in_place(fresh: Path, target: Path, replace: bool) -> Path | None:
    """``fresh`` becomes ``target``; an existing one (only when ``replace``) is
    renamed aside first, with its WAL, so it still opens as it was."""
    with filelock.database_lock(target, doing="usando il database da sostituire"):
        set_aside = None
        if target.exists():
            if not replace:
                raise TargetExistsError(f"Esiste già un database «{target.name}».")
            _refuse_if_open(target)
            set_aside = _aside_name(target)
            for suffix in ("-wal", "-shm", ""):
                old = Path(str(target) + suffix)
                if old.exists():
                    os.replace(old, str(set_aside) + suffix)
        with contextlib.suppress(FileNotFoundError):  # the WAL first: the file opens whole
            os.replace(str(fresh) + "-wal", str(target) + "-wal")
        os.replace(fresh, target)
    return set_aside


def _aside_name(target: Path) -> Path:
    """A name no file has (with its WAL): a set-aside database is never replaced."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        extra = f"-{n}" if n > 1 else ""
        name = target.with_name(f"{target.stem}.{SET_ASIDE}-{stamp}{extra}{target.suffix}")
        if not any(Path(str(name) + s).exists() for s in ("", "-wal", "-shm")):
            return name
    raise BackupError(f"Troppi database messi da parte accanto a «{target.name}».")
