"""the diary's full-text index is filled from a queue, in bulk, after the writes

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

Indexing each diary entry inside its own INSERT made the index most of what a
sync applying 20,000 entries costs, and most of a new laptop's join (400,000
entries). The triggers now only queue the entry's rowid in
``diary_fts_pending``; a short queue is indexed when its write commits, a long
one (a sync, a join, a merge) in bulk in the background
(``desktop.core.diary_index``), and searching scans what is still queued.
The index loses its prefix indexes: over the diary they cost three times the
indexing for a few milliseconds on two-letter searches (measured); the people's
index, which search-as-you-type reads, keeps them. The entries already there go
into the queue, so this upgrade rewrites nothing of size.
"""
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TRIGGERS = ("diary_fts_insert", "diary_fts_update", "diary_fts_delete")

UPGRADE = [
    *(f"DROP TRIGGER {name}" for name in TRIGGERS),
    "DROP TABLE diary_fts",
    "CREATE VIRTUAL TABLE diary_fts USING fts5(text, tokenize = \"unicode61 remove_diacritics 2\")",
    "CREATE TABLE diary_fts_pending (rowid INTEGER PRIMARY KEY)",
    "INSERT INTO diary_fts_pending(rowid) SELECT rowid FROM diary_entry",
    # Invariant: a rowid is either queued or in the index, never both.
    """CREATE TRIGGER diary_fts_insert AFTER INSERT ON diary_entry BEGIN
        INSERT OR IGNORE INTO diary_fts_pending(rowid) VALUES (new.rowid);
    END""",
    """CREATE TRIGGER diary_fts_update AFTER UPDATE OF text ON diary_entry BEGIN
        DELETE FROM diary_fts WHERE rowid = old.rowid;
        INSERT OR IGNORE INTO diary_fts_pending(rowid) VALUES (new.rowid);
    END""",
    """CREATE TRIGGER diary_fts_delete AFTER DELETE ON diary_entry BEGIN
        DELETE FROM diary_fts WHERE rowid = old.rowid;
        DELETE FROM diary_fts_pending WHERE rowid = old.rowid;
    END""",
]

DOWNGRADE = [
    *(f"DROP TRIGGER {name}" for name in TRIGGERS),
    "DROP TABLE diary_fts_pending",
    "DROP TABLE diary_fts",
    "CREATE VIRTUAL TABLE diary_fts USING fts5(text, "
    "tokenize = \"unicode61 remove_diacritics 2\", prefix = '2 3 4')",
    "INSERT INTO diary_fts(rowid, text) SELECT rowid, text FROM diary_entry",
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
]


def upgrade() -> None:
    # SQLite only: the region's PostgreSQL store has no search (see 0002).
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in DOWNGRADE:
        op.execute(statement)
