"""Every schema change is a migration: the migrated schema equals the models."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop.core.migrations import head_revision
from desktop.core.model import Base

IGNORED = ("person_fts", "person_cf_fts", "diary_fts")


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


def test_nullable_keys_are_indexed_where_set_and_used_for_lookups(store):
    """Alembic's comparison does not read an index's WHERE: the migrated
    schema's partial indexes are checked against the models here, and a lookup
    by value still goes through them."""
    with store.engine.connect() as conn:
        stored = dict(conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all())
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM diary_entry WHERE case_episode_id = ?", ("x",)))
    partial = 0
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            where = index.dialect_options["sqlite"]["where"]
            sql = stored[index.name]
            if where is None:
                assert " WHERE " not in sql, sql
            else:
                partial += 1
                assert sql.endswith(f"WHERE {index.columns[0].name} IS NOT NULL"), sql
    assert partial >= 50  # every nullable key
    assert "ix_diary_entry_person_id" not in stored  # ix_diary_entry_person_time covers it
    assert "USING INDEX ix_diary_entry_case_episode_id" in plan, plan
