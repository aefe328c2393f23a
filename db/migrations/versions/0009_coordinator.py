"""the coordinator's districts and the origin of merged records

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

A coordinator's database merges the districts' teams (``desktop.coordinator``):
``coordinator_district`` lists their sync roots and what the last merge did,
``record_origin`` the district each merged record came from. Both are local to
that database, never synced. ``person_link`` (synced) records that two person
records are one person, or are not, as a person decided.
"""
from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coordinator_district",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("user", sa.String(length=120), nullable=True),
        sa.Column("team_id", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("replicas", sa.JSON(), nullable=False),
        sa.Column("read_upto", sa.JSON(), nullable=True),
        sa.Column("attributed_upto", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_merge_at", sa.DateTime(), nullable=True),
        sa.Column("last_merge", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordinator_district")),
        sa.UniqueConstraint("name", name=op.f("uq_coordinator_district_name")),
        sa.UniqueConstraint("team_id", name=op.f("uq_coordinator_district_team_id")),
    )
    op.create_table(
        "record_origin",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("district_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_record_origin")),
    )
    with op.batch_alter_table("record_origin") as batch:
        batch.create_index(batch.f("ix_record_origin_district_id"), ["district_id"], unique=False)


    op.create_table(
        "person_link",
        sa.Column("person_a_id", sa.String(length=36), nullable=False),
        sa.Column("person_b_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("decided_by_id", sa.String(length=36), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["person_a_id"], ["person.id"],
                                name=op.f("fk_person_link_person_a_id_person")),
        sa.ForeignKeyConstraint(["person_b_id"], ["person.id"],
                                name=op.f("fk_person_link_person_b_id_person")),
        sa.ForeignKeyConstraint(["decided_by_id"], ["operator.id"],
                                name=op.f("fk_person_link_decided_by_id_operator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_link")),
    )
    with op.batch_alter_table("person_link") as batch:
        for column in ("person_a_id", "person_b_id", "decided_by_id"):
            batch.create_index(batch.f(f"ix_person_link_{column}"), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("person_link") as batch:
        for column in ("person_a_id", "person_b_id", "decided_by_id"):
            batch.drop_index(batch.f(f"ix_person_link_{column}"))
    op.drop_table("person_link")
    with op.batch_alter_table("record_origin") as batch:
        batch.drop_index(batch.f("ix_record_origin_district_id"))
    op.drop_table("record_origin")
    op.drop_table("coordinator_district")
