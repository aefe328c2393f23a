"""the resource map as a living directory: freshness of organisations, languages and ages
of services, comuni with coordinates, attivazioni with a waiting list

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

The directory is edited in the app and exchanged as HSDS 3.0, so an organisation
carries when and by whom it was last verified, a service its languages, the ages
it admits and how to apply, a location its postal code. Comuni gain coordinates
(distances for matching goals to resources). Free places are no longer typed in:
they are the capacity minus the attivazioni concordate or attive, so a service's
``available_places`` goes; an attivazione waiting for a place keeps the instant
it joined the queue.
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("comune", sa.Column("latitude", sa.Float(), nullable=True))
    op.add_column("comune", sa.Column("longitude", sa.Float(), nullable=True))
    op.add_column("organisation", sa.Column("last_verified_on", sa.Date(), nullable=True))
    # An operator, without a key: operators point at their organisation already.
    op.add_column("organisation", sa.Column("last_verified_by_id", sa.String(length=36),
                                            nullable=True))
    op.add_column("service", sa.Column("languages", sa.JSON(), nullable=True))
    op.add_column("service", sa.Column("minimum_age", sa.Integer(), nullable=True))
    op.add_column("service", sa.Column("maximum_age", sa.Integer(), nullable=True))
    op.add_column("service", sa.Column("application_process", sa.Text(), nullable=True))
    op.drop_column("service", "available_places")  # SQLite ≥ 3.35 drops it in place
    op.add_column("location", sa.Column("postal_code", sa.String(length=10), nullable=True))
    op.add_column("attivazione", sa.Column("queued_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("attivazione", "queued_at")
    op.drop_column("location", "postal_code")
    op.add_column("service", sa.Column("available_places", sa.Integer(), nullable=True))
    op.drop_column("service", "application_process")
    op.drop_column("service", "maximum_age")
    op.drop_column("service", "minimum_age")
    op.drop_column("service", "languages")
    op.drop_column("organisation", "last_verified_by_id")
    op.drop_column("organisation", "last_verified_on")
    op.drop_column("comune", "longitude")
    op.drop_column("comune", "latitude")
