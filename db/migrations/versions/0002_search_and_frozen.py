"""full-text search over people and diary; frozen rows guarded in SQL too

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The FTS5 tables use unicode61 with remove_diacritics 2, so "Nicolo" finds
"Nicolò" and "Stefan" finds "Ștefan". Their rowid is the source row's rowid;
Store.vacuum() rebuilds them because VACUUM may renumber rowids.
The triggers repeat the ORM's frozen-record rule for any writer that bypasses it.
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TOKENIZE = "tokenize = \"unicode61 remove_diacritics 2\", prefix = '2 3 4'"

PERSON_ROW = """
    new.rowid,
    new.first_name || ' ' || new.last_name,
    coalesce(new.codice_fiscale, ''),
    coalesce((SELECT name FROM comune WHERE id = new.residence_comune_id), '') || ' ' ||
    coalesce((SELECT name FROM comune WHERE id = new.domicile_comune_id), '')
"""

STATEMENTS = [
    f"CREATE VIRTUAL TABLE person_fts USING fts5(full_name, codice_fiscale, comune, {TOKENIZE})",
    f"""CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
        INSERT INTO person_fts(rowid, full_name, codice_fiscale, comune) VALUES ({PERSON_ROW});
    END""",
    f"""CREATE TRIGGER person_fts_update AFTER UPDATE OF first_name, last_name, codice_fiscale,
        residence_comune_id, domicile_comune_id ON person BEGIN
        DELETE FROM person_fts WHERE rowid = old.rowid;
        INSERT INTO person_fts(rowid, full_name, codice_fiscale, comune) VALUES ({PERSON_ROW});
    END""",
    """CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
        DELETE FROM person_fts WHERE rowid = old.rowid;
    END""",
    f"CREATE VIRTUAL TABLE diary_fts USING fts5(text, {TOKENIZE})",
    """CREATE TRIGGER diary_fts_insert AFTER INSERT ON diary_entry BEGIN
        INSERT INTO diary_fts(rowid, text) VALUES (new.rowid, new.text);
    END""",
    """CREATE TRIGGER diary_fts_update AFTER UPDATE OF text ON diary_entry BEGIN
        DELETE FROM diary_fts WHERE rowid = old.rowid;
        INSERT INTO diary_fts(rowid, text) VALUES (new.rowid, new.text);
    END""",
    """CREATE TRIGGER diary_fts_delete AFTER DELETE ON diary_entry BEGIN
        DELETE FROM diary_fts WHERE rowid = old.rowid;
    END""",
    """CREATE TRIGGER diary_entry_frozen_update BEFORE UPDATE ON diary_entry
        WHEN old.status = 'chiusa' BEGIN
        SELECT RAISE(ABORT, 'frozen row: diary_entry');
    END""",
    """CREATE TRIGGER diary_entry_frozen_delete BEFORE DELETE ON diary_entry
        WHEN old.status = 'chiusa' BEGIN
        SELECT RAISE(ABORT, 'frozen row: diary_entry');
    END""",
    """CREATE TRIGGER patto_version_frozen_update BEFORE UPDATE ON patto_version
        WHEN old.signed_at IS NOT NULL BEGIN
        SELECT RAISE(ABORT, 'frozen row: patto_version');
    END""",
    """CREATE TRIGGER patto_version_frozen_delete BEFORE DELETE ON patto_version
        WHEN old.signed_at IS NOT NULL BEGIN
        SELECT RAISE(ABORT, 'frozen row: patto_version');
    END""",
]

DROPS = [
    "DROP TRIGGER patto_version_frozen_delete", "DROP TRIGGER patto_version_frozen_update",
    "DROP TRIGGER diary_entry_frozen_delete", "DROP TRIGGER diary_entry_frozen_update",
    "DROP TRIGGER diary_fts_delete", "DROP TRIGGER diary_fts_update",
    "DROP TRIGGER diary_fts_insert", "DROP TABLE diary_fts",
    "DROP TRIGGER person_fts_delete", "DROP TRIGGER person_fts_update",
    "DROP TRIGGER person_fts_insert", "DROP TABLE person_fts",
]


def upgrade() -> None:
    # SQLite only: PostgreSQL (the region's store, desktop.coordinator.region) is
    # written only by publication, from a file where these rules hold, and searched by no one.
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in DROPS:
        op.execute(statement)
