"""the audit log: one hash chain per replica, append-only in SQL too

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

The triggers repeat the model's FreezeRule for any writer that bypasses the ORM:
an audit row is never updated or deleted. Their names carry "frozen", so the
sync merge treats them like the other frozen-row guards.
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TRIGGERS = [
    """CREATE TRIGGER audit_event_frozen_update BEFORE UPDATE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'frozen row: audit_event');
    END""",
    """CREATE TRIGGER audit_event_frozen_delete BEFORE DELETE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'frozen row: audit_event');
    END""",
]


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("replica_id", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=80), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("table_name", sa.String(length=40), nullable=True),
        sa.Column("row_id", sa.String(length=36), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event") as batch:
        batch.create_index("ix_audit_event_chain", ["replica_id", "seq"], unique=False)
        batch.create_index("ix_audit_event_person", ["person_id", "at"], unique=False)
    # The triggers are SQLite's; the region's PostgreSQL store keeps no audit rows.
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER audit_event_frozen_delete")
        op.execute("DROP TRIGGER audit_event_frozen_update")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_index("ix_audit_event_person")
        batch.drop_index("ix_audit_event_chain")
    op.drop_table("audit_event")
