"""Alembic environment: migrations always run on the store's own connection."""
from alembic import context

from desktop.core.model import Base

# Full-text indexes and their shadow tables are created by hand in migrations.
IGNORED_PREFIXES = ("person_fts", "person_cf_fts", "diary_fts")


def include_object(obj, name, type_, reflected, compare_to):
    return not (type_ == "table" and name.startswith(IGNORED_PREFIXES))


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Tessere runs migrations through desktop.core.migrations.upgrade().")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        transaction_per_migration=False,
        on_version_apply=context.config.attributes.get("on_version_apply"),
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
