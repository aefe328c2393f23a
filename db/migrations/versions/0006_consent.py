"""consents to share a person's data with each organisation of the network

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

The informativa and the general consent stay on the person (privacy_notice_on,
consent_given_on); what a DPO also asks is, organisation by organisation, who may
receive the data, since when, and when the person withdrew.
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("given_by", sa.String(length=200), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawal_reason", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_consent_organisation_id_organisation")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_consent_person_id_person")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["operator.id"],
                                name=op.f("fk_consent_recorded_by_id_operator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent") as batch:
        batch.create_index(batch.f("ix_consent_organisation_id"), ["organisation_id"], unique=False)
        batch.create_index(batch.f("ix_consent_person_id"), ["person_id"], unique=False)
        batch.create_index(batch.f("ix_consent_recorded_by_id"), ["recorded_by_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("consent") as batch:
        batch.drop_index(batch.f("ix_consent_recorded_by_id"))
        batch.drop_index(batch.f("ix_consent_person_id"))
        batch.drop_index(batch.f("ix_consent_organisation_id"))
    op.drop_table("consent")
