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
