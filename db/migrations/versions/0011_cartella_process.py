"""the cartella's process: orientamento, UVM sessions, the team's templates, household and ISEE

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

A presa in carico gains the orientamento phase and who exactly sent the person;
UVM sessions are records with their members, and a patto names the UVM that
authorised it; the team's own assessment templates travel like other records;
the nucleo familiare and the ISEE declarations give the economic picture.
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None):
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], ondelete=ondelete,
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table) as batch:
        for column in columns:
            batch.create_index(batch.f(f"ix_{table}_{column}"), [column], unique=False)


def _id(table: str):
    return sa.Column("id", sa.String(length=36), nullable=False)


def _add_patto_uvm() -> None:
    """patto.uvm_session_id with its key. On SQLite a batch would rebuild the patto
    table, which every part of a patto points at; a column may carry its own
    REFERENCES clause there instead."""
    name = "fk_patto_uvm_session_id_uvm_session"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE patto ADD COLUMN uvm_session_id VARCHAR(36) "
                   f"CONSTRAINT {name} REFERENCES uvm_session (id)")
    else:
        op.add_column("patto", sa.Column("uvm_session_id", sa.String(length=36), nullable=True))
        op.create_foreign_key(name, "patto", "uvm_session", ["uvm_session_id"], ["id"])
    op.create_index(op.f("ix_patto_uvm_session_id"), "patto", ["uvm_session_id"], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("case_episode") as batch:
        batch.add_column(sa.Column("referred_by", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("orientamento_on", sa.Date(), nullable=True))

    op.create_table(
        "team_template",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("retired_on", sa.Date(), nullable=True),
        _id("team_template"),
        _fk("team_template", "author_id", "operator"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_template")),
    )
    _indexes("team_template", "author_id", "code")

    op.create_table(
        "uvm_session",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("case_episode_id", sa.String(length=36), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("instruments", sa.JSON(), nullable=False),
        sa.Column("decision", sa.String(length=40), nullable=False),
        sa.Column("decision_text", sa.Text(), nullable=True),
        sa.Column("budget_authorised_cents", sa.Integer(), nullable=True),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=True),
        _id("uvm_session"),
        _fk("uvm_session", "case_episode_id", "case_episode"),
        _fk("uvm_session", "person_id", "person"),
        _fk("uvm_session", "recorded_by_id", "operator"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_uvm_session")),
    )
    _indexes("uvm_session", "case_episode_id", "held_on", "person_id", "recorded_by_id")

    op.create_table(
        "uvm_member",
        sa.Column("uvm_session_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=120), nullable=False),
        _id("uvm_member"),
        _fk("uvm_member", "operator_id", "operator"),
        _fk("uvm_member", "organisation_id", "organisation"),
        _fk("uvm_member", "uvm_session_id", "uvm_session", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_uvm_member")),
    )
    _indexes("uvm_member", "operator_id", "organisation_id", "uvm_session_id")

    _add_patto_uvm()

    op.create_table(
        "household_member",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("member_person_id", sa.String(length=36), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("relationship_code", sa.String(length=40), nullable=False),
        sa.Column("cohabiting", sa.Boolean(), nullable=False),
        sa.Column("since_on", sa.Date(), nullable=True),
        sa.Column("until_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        _id("household_member"),
        sa.ForeignKeyConstraint(["member_person_id"], ["person.id"],
                                name=op.f("fk_household_member_member_person_id_person")),
        _fk("household_member", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_member")),
    )
    _indexes("household_member", "member_person_id", "person_id")

    op.create_table(
        "isee_declaration",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("value_cents", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("protocol", sa.String(length=60), nullable=True),
        sa.Column("household_size", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        _id("isee_declaration"),
        _fk("isee_declaration", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_isee_declaration")),
    )
    _indexes("isee_declaration", "person_id")
    _defer_new_keys()


def _defer_new_keys() -> None:
    """On PostgreSQL the region's store checks keys at commit (0010); the keys made
    here must be deferred the same way."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in ("team_template", "uvm_session", "uvm_member", "patto", "household_member",
                  "isee_declaration"):
        for (name,) in bind.execute(sa.text(
                "SELECT quote_ident(conname) FROM pg_constraint WHERE contype = 'f' "
                "AND conrelid = CAST(:t AS regclass)"), {"t": table}).all():
            op.execute(f"ALTER TABLE {table} ALTER CONSTRAINT {name} "
                       "DEFERRABLE INITIALLY DEFERRED")


def downgrade() -> None:
    op.drop_table("isee_declaration")
    op.drop_table("household_member")
    op.drop_index(op.f("ix_patto_uvm_session_id"), table_name="patto")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_patto_uvm_session_id_uvm_session", "patto", type_="foreignkey")
    op.drop_column("patto", "uvm_session_id")  # SQLite ≥ 3.35 drops a column with its key
    op.drop_table("uvm_member")
    op.drop_table("uvm_session")
    op.drop_table("team_template")
    with op.batch_alter_table("case_episode") as batch:
        batch.drop_column("orientamento_on")
        batch.drop_column("referred_by")
