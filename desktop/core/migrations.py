"""Alembic migrations run on every open; a database from a newer Tessere is refused.

Importing Alembic costs ~0.13 s, a fifth of a cold start, and almost every
open finds the database already at head. So the stamped revision is read with
plain SQL first and Alembic is loaded only when there is something to do.
Revision ids are the four-digit prefixes of the files in db/migrations/versions
(a test checks that this agrees with Alembic's own idea of the head).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError

from desktop.core.errors import SchemaTooNewError
from desktop.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


def newest_revision_file() -> str:
    """The head as the file names say it: the highest "NNNN_" prefix."""
    return max(p.name.split("_", 1)[0] for p in (migrations_dir() / "versions").glob("[0-9]*_*.py"))


def stamped_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, without Alembic; None if new."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):  # no such table (SQLite, PostgreSQL)
            return None


def alembic_config() -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, progress: Callable[[int, int, str], None] | None = None) -> None:
    """Bring the schema to head in one transaction. ``progress(done, total, label)``
    hears of each revision applied, so a long upgrade shows how far it is."""
    if stamped_revision(engine) == newest_revision_file():
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
    if current is not None and not _known(script, current):
        raise SchemaTooNewError(
            "Questo database è stato creato da una versione più recente di Tessere "
            f"(schema {current}). Aggiorna Tessere per aprirlo; il file non è stato modificato."
        )
    if current == script.get_current_head():
        return
    steps = list(reversed(list(script.iterate_revisions("head", current or "base"))))
    if progress is not None:
        def applied(*, step, **_ignored) -> None:
            done = 1 + next((i for i, s in enumerate(steps) if s.revision in step.up_revision_ids),
                            len(steps) - 1)
            progress(done, len(steps), f"Aggiornamento del database: passo {done} di {len(steps)}…")

        cfg.attributes["on_version_apply"] = applied
        progress(0, len(steps), f"Aggiornamento del database: passo 0 di {len(steps)}…")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _known(script: "ScriptDirectory", revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False
