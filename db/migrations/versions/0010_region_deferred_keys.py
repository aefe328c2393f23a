"""the region's PostgreSQL store: foreign keys checked at commit

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

A publication into the region's store (``desktop.coordinator.region``) writes
every changed record in one transaction; a record may point at another one
published in the same transaction, even of its own table (a patto renewed by a
newer one). On PostgreSQL the foreign keys are therefore checked at commit, as
SQLite's ``defer_foreign_keys`` does for a sync. Nothing changes on SQLite.
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

FOREIGN_KEYS = sa.text(
    "SELECT quote_ident(t.relname), quote_ident(c.conname) FROM pg_constraint c "
    "JOIN pg_class t ON t.oid = c.conrelid "
    "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace")


def _alter(when: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, constraint in bind.execute(FOREIGN_KEYS).all():
        op.execute(f"ALTER TABLE {table} ALTER CONSTRAINT {constraint} {when}")


def upgrade() -> None:
    _alter("DEFERRABLE INITIALLY DEFERRED")


def downgrade() -> None:
    _alter("NOT DEFERRABLE")
