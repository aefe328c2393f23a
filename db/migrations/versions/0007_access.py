"""operator accounts, roles and their assignments; confidentiality on documents
and assessments

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

Roles, accounts and assignments are synced records (a new laptop of the team
knows its colleagues); ``login_failure`` is this computer's own count of wrong
passwords. Diary entries already carry a confidentiality level; documents and
assessments get one too, "ordinario" for what exists.
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table) as batch:
        for column in columns:
            batch.create_index(batch.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "login_failure",
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=True),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_login_failure")),
    )
    op.create_table(
        "role",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("permissions", sa.JSON(), nullable=False),
        sa.Column("confidentiality", sa.JSON(), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role")),
    )
    _index("role", "code")
    op.create_table(
        "account",
        sa.Column("operator_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["operator_id"], ["operator.id"],
                                name=op.f("fk_account_operator_id_operator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
    )
    _index("account", "operator_id", "username")
    op.create_table(
        "operator_district",
        sa.Column("operator_id", sa.String(length=36), nullable=False),
        sa.Column("territorial_unit_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["operator_id"], ["operator.id"],
                                name=op.f("fk_operator_district_operator_id_operator")),
        sa.ForeignKeyConstraint(["territorial_unit_id"], ["territorial_unit.id"],
                                name=op.f("fk_operator_district_territorial_unit_id_territorial_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operator_district")),
    )
    _index("operator_district", "operator_id", "territorial_unit_id")
    op.create_table(
        "operator_role",
        sa.Column("operator_id", sa.String(length=36), nullable=False),
        sa.Column("role_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["operator_id"], ["operator.id"],
                                name=op.f("fk_operator_role_operator_id_operator")),
        sa.ForeignKeyConstraint(["role_id"], ["role.id"], name=op.f("fk_operator_role_role_id_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operator_role")),
    )
    _index("operator_role", "operator_id", "role_id")
    # ADD COLUMN in place: the documents' contents are not copied.
    for table in ("assessment", "document"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("confidentiality", sa.String(length=20), nullable=False,
                                       server_default="ordinario"))


def downgrade() -> None:
    for table in ("document", "assessment"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("confidentiality")
    for table in ("operator_role", "operator_district", "account", "role", "login_failure"):
        op.drop_table(table)
