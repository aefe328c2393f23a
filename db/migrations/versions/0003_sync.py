"""sync bookkeeping: version vector, what remote changes had seen, conflicts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("replica_id", sa.String(length=16), nullable=False),
        sa.Column("applied_bundle", sa.Integer(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("replica_id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_seen",
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("seen", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("hlc", name=op.f("pk_sync_seen")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("their_value", sa.Text(), nullable=True),
        sa.Column("their_hlc", sa.String(length=40), nullable=False),
        sa.Column("their_replica", sa.String(length=16), nullable=False),
        sa.Column("our_hlc", sa.String(length=40), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=12), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict") as batch:
        batch.create_index("ix_sync_conflict_row", ["table_name", "row_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict") as batch:
        batch.drop_index("ix_sync_conflict_row")
    op.drop_table("sync_conflict")
    op.drop_table("sync_seen")
    op.drop_table("sync_peer")
