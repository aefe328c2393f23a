"""Alembic migrations run on every open; a database from a newer Tessere is refused."""
from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from desktop.core.errors import SchemaTooNewError
from desktop.paths import migrations_dir


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
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
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False
