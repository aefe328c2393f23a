"""Every schema change is a migration: the migrated schema equals the models."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop.core.migrations import head_revision
from desktop.core.model import Base

IGNORED = ("person_fts", "person_cf_fts", "diary_fts")


# Alembic cannot compare expression indexes on SQLite; ``test_every_index_is_migrated_as_the_models_declare_it`` does.
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrations_match_models(store):
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "include_object": lambda obj, name, type_, reflected, compare_to:
                not (type_ == "table" and name.startswith(IGNORED)),
        })
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_database_is_at_head(store):
    from desktop.core.migrations import current_revision

    assert current_revision(store.engine) == head_revision()


def test_the_fast_open_path_agrees_with_alembic(store):
    """Opening skips Alembic when the stamp equals the newest file's revision:
    both must name the same head, or a new migration would never run."""
    from desktop.core.migrations import newest_revision_file, stamped_revision

    assert newest_revision_file() == head_revision() == stamped_revision(store.engine)


def test_every_index_is_migrated_as_the_models_declare_it(store):
    """Alembic's comparison reads neither an index's WHERE nor an expression:
    every index's DDL in the migrated file is checked against the models' here
    (partial indexes of nullable keys, the duplicate check's expressions), and
    a lookup by a nullable key still goes through its index."""
    import re

    from sqlalchemy.schema import CreateIndex

    with store.engine.connect() as conn:
        stored = dict(conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all())
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM diary_entry WHERE case_episode_id = ?", ("x",)))
        dialect = conn.dialect

    def spaced(sql: str) -> str:
        return re.sub(r"\s+", " ", sql).strip()

    partial = 0
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            partial += index.dialect_options["sqlite"]["where"] is not None
            assert spaced(stored[index.name]) == spaced(str(CreateIndex(index).compile(dialect=dialect)))
    assert partial >= 55  # every nullable key, and two of the duplicate check's
    assert "ix_diary_entry_person_id" not in stored  # ix_diary_entry_person_time covers it
    assert "USING INDEX ix_diary_entry_case_episode_id" in plan, plan
