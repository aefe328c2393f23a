"""The encrypted store: keys, wrong keys, headers, schema versions."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import select, text

from desktop.core import keys
from desktop.core.errors import (
    DamagedDatabaseError, NeedsPassphraseError, NotATessereDatabaseError, SchemaTooNewError, StoreError, WrongKeyError,
)
from desktop.core.model import Person
from desktop.core.store import Store

from .conftest import PASSPHRASE


def digest_of(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_person(store: Store, first="Nicolò", last="Bianchi") -> str:
    with store.session() as s:
        p = Person(first_name=first, last_name=last)
        s.add(p)
        s.flush()
        return p.id


def test_new_database_key_lives_in_keyring(tmp_path, file_keyring):
    path = tmp_path / "k.db"
    store = Store.open(path, create=True)
    add_person(store)
    store.close()
    salt = keys.file_salt(path)
    assert keys.load_key(salt) is not None
    moved = tmp_path / "altrove.db"
    path.rename(moved)  # the key follows the file's salt, not its name
    with Store.open(moved) as again, again.read() as s:
        assert s.scalar(select(Person.first_name)) == "Nicolò"


def test_file_has_no_sqlite_header_and_no_plain_names(store):
    add_person(store, "Ștefan", "Țurcanu")
    store.close()
    raw = store.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for name in ("Ștefan", "Țurcanu", "Bologna"):
        assert name.encode("utf-8") not in raw


def test_wrong_passphrase_is_refused_and_file_untouched(store):
    add_person(store)
    store.close()
    before = digest_of(store.path)
    siblings = sorted(p.name for p in store.path.parent.iterdir())
    with pytest.raises(WrongKeyError) as err:
        Store.open(store.path, passphrase="non-è-questa")
    assert "non è corretta" in str(err.value)
    assert digest_of(store.path) == before
    assert sorted(p.name for p in store.path.parent.iterdir()) == siblings


def test_wrong_keyring_key_is_refused(tmp_path, file_keyring):
    path = tmp_path / "k.db"
    Store.open(path, create=True).close()
    before = digest_of(path)
    keys.save_key(keys.file_salt(path), keys.new_key())
    with pytest.raises(DamagedDatabaseError, match="non è una chiave sbagliata"):
        Store.open(path)  # the keyring holds this file's own key: the file must be at fault
    assert digest_of(path) == before


def test_without_keyring_a_passphrase_is_required(tmp_path, no_keyring):
    with pytest.raises(NeedsPassphraseError):
        Store.open(tmp_path / "n.db", create=True)
    assert not (tmp_path / "n.db").exists()
    Store.open(tmp_path / "n.db", passphrase=PASSPHRASE, create=True).close()
    with pytest.raises(NeedsPassphraseError):
        Store.open(tmp_path / "n.db")


def test_missing_file_is_not_created_unless_asked(tmp_path):
    with pytest.raises(StoreError):
        Store.open(tmp_path / "assente.db", passphrase=PASSPHRASE)
    assert not (tmp_path / "assente.db").exists()


def test_plain_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "plain.db"
    sqlite3.connect(path).execute("create table t(x)").connection.commit()
    before = digest_of(path)
    with pytest.raises(NotATessereDatabaseError):
        Store.open(path, passphrase=PASSPHRASE)
    assert digest_of(path) == before


def test_newer_schema_is_refused_untouched(store):
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_dal_futuro'"))
    store.close()
    before = digest_of(store.path)
    with pytest.raises(SchemaTooNewError) as err:
        Store.open(store.path, passphrase=PASSPHRASE)
    assert "più recente" in str(err.value)
    assert digest_of(store.path) == before


def test_reference_data_loaded_once(store):
    with store.read() as s:
        comuni = s.scalar(text("SELECT count(*) FROM comune"))
        cremonese = s.scalar(text(
            "SELECT count(*) FROM comune c JOIN territorial_unit t ON t.id = c.territorial_unit_id"
            " JOIN territorial_unit a ON a.id = t.parent_id WHERE a.code = 'AMB-CREMONESE'"
        ))
        log = s.scalar(text("SELECT count(*) FROM change_log"))
    assert comuni > 7000
    assert cremonese == 47
    assert log == 0  # every replica loads the same seeds: nothing to publish
    store.close()
    again = Store.open(store.path, passphrase=PASSPHRASE)
    with again.read() as s:
        assert s.scalar(text("SELECT count(*) FROM comune")) == comuni
    again.close()


def test_replica_identity_is_stable(store):
    replica = store.replica_id
    store.close()
    with Store.open(store.path, passphrase=PASSPHRASE) as again:
        assert again.replica_id == replica


def test_comuni_keep_italian_capitalisation(store):
    """python-codicefiscale title-cases names; the seeds restore "di", "d'", "a"."""
    from sqlalchemy import select

    from desktop.core.model import Comune

    with store.read() as s:
        names = set(s.scalars(select(Comune.name).where(Comune.codice_catastale.in_(
            ["B880", "C296", "A564", "D019"]))))
    assert names == {"Casalecchio di Reno", "Castiglione dei Pepoli", "Bagno a Ripoli",
                     "Cornate d'Adda"}
