"""substring search inside codici fiscali through a trigram index

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

A social worker often has only part of a codice fiscale ("80A01" from a
photocopy). The word index finds prefixes only; a LIKE '%…%' scan of every
person cost ~20 ms on 20,000 people, the whole search-as-you-type budget.
An FTS5 trigram index answers the same substring question from an index.
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

STATEMENTS = [
    "CREATE VIRTUAL TABLE person_cf_fts USING fts5(codice_fiscale, tokenize = 'trigram')",
    """INSERT INTO person_cf_fts(rowid, codice_fiscale)
       SELECT rowid, codice_fiscale FROM person WHERE codice_fiscale IS NOT NULL""",
    """CREATE TRIGGER person_cf_fts_insert AFTER INSERT ON person
        WHEN new.codice_fiscale IS NOT NULL BEGIN
        INSERT INTO person_cf_fts(rowid, codice_fiscale) VALUES (new.rowid, new.codice_fiscale);
    END""",
    """CREATE TRIGGER person_cf_fts_update AFTER UPDATE OF codice_fiscale ON person BEGIN
        DELETE FROM person_cf_fts WHERE rowid = old.rowid;
        INSERT INTO person_cf_fts(rowid, codice_fiscale)
            SELECT new.rowid, new.codice_fiscale WHERE new.codice_fiscale IS NOT NULL;
    END""",
    """CREATE TRIGGER person_cf_fts_delete AFTER DELETE ON person BEGIN
        DELETE FROM person_cf_fts WHERE rowid = old.rowid;
    END""",
]

DROPS = [
    "DROP TRIGGER person_cf_fts_delete", "DROP TRIGGER person_cf_fts_update",
    "DROP TRIGGER person_cf_fts_insert", "DROP TABLE person_cf_fts",
]


def upgrade() -> None:
    # SQLite only: the region's PostgreSQL store has no search (see 0002).
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in DROPS:
        op.execute(statement)
