"""the duplicate check after a sync reads only the people who may be the same

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

After each sync the people it brought are compared with those who may be the
same person (``desktop.core.duplicati``): the same birth day, year and initials,
code letters. Finding those scanned every person, so a sync of a hundred
changes took a third longer on a database of 20,000 people than on one of
2,000. Each term of that question now has its index, so the answer is found
by lookups. The terms are expressions, and SQLite uses an expression's index
only for the same expression: these are the texts of
``desktop.core.model.people`` (``BLOCK_*``) as they stood at 0015, and a test
asks SQLite for the plan. SQLite only, but for the birth day's: the region's
PostgreSQL store does not ask the question.
"""
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

YEAR = "substr(coalesce(birth_date, '?'), 1, 4)"
SQLITE = {
    "ix_person_block_name": (f"({YEAR} || '|' || substr(last_name, 1, 1) || '|' || "
                             "substr(coalesce(first_name, ''), 1, 1))", None),
    "ix_person_block_unforeseen": (
        f"({YEAR})", "(last_name GLOB '*[^A-Za-z0-9]*' OR first_name GLOB '[^A-Za-z0-9]*')"),
    "ix_person_block_omocodia": (
        "(codice_fiscale)", "(substr(codice_fiscale, 7, 2) || substr(codice_fiscale, 10, 2) || "
                            "substr(codice_fiscale, 13, 3)) GLOB '*[A-Za-z]*'"),
    "ix_person_block_code_letters": ("(substr(codice_fiscale, 1, 6))", None),
    "ix_person_block_code_rest": ("(substr(codice_fiscale, 7, 9))", None),
}


def upgrade() -> None:
    op.create_index("ix_person_birth_date", "person", ["birth_date"])
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, (expression, where) in SQLITE.items():
        op.execute(f"CREATE INDEX {name} ON person {expression}"
                   + (f" WHERE {where}" if where else ""))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE:
            op.drop_index(name, table_name="person")
    op.drop_index("ix_person_birth_date", table_name="person")
