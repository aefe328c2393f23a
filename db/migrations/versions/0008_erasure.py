"""erasure and restriction of a person (art. 17 and 18 GDPR)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08

``erasure`` is the synced trail of every erasure and restriction: who, when,
why and the person's id, never a name. ``person.restricted_on`` marks a person
whose processing is restricted: kept, out of lists and searches for operators
who may not erase (``desktop.core.erasure``).
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=80), nullable=True),
        sa.Column("removed", sa.JSON(), nullable=True),
        sa.Column("anonymised", sa.JSON(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure")),
    )
    with op.batch_alter_table("erasure") as batch:
        batch.create_index(batch.f("ix_erasure_person_id"), ["person_id"], unique=False)
    # ADD COLUMN in place: no copy of the person table (its FTS triggers stay).
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("restricted_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("restricted_on")
    with op.batch_alter_table("erasure") as batch:
        batch.drop_index(batch.f("ix_erasure_person_id"))
    op.drop_table("erasure")
