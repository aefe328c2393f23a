"""What is in a database: counts, schema, replica, and a digest of the logical
content that two replicas with the same data share."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.changes import to_wire
from desktop.core.model import ChangeLog, syncable_models


@dataclass
class Info:
    path: str
    schema_version: str | None
    replica_id: str
    change_log_rows: int
    counts: dict[str, int]
    demo: bool = False


def counts(session: Session) -> dict[str, int]:
    return {
        model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
        for model in syncable_models()
    }


def info(store) -> Info:
    from desktop.core.migrations import current_revision

    with store.read() as s:
        return Info(
            path=str(store.path),
            schema_version=current_revision(store.engine),
            replica_id=store.replica_id,
            demo=store.is_demo,
            change_log_rows=s.scalar(select(func.count()).select_from(ChangeLog)) or 0,
            counts=counts(s),
        )


def table_digest(session: Session, model) -> str:
    """sha256 over the table's rows in id order, each as canonical JSON of its
    columns. Replica-local tables (change log, meta) are never included."""
    columns = [attr.key for attr in model.__mapper__.column_attrs]
    table = model.__table__
    h = hashlib.sha256()
    result = session.execute(select(*[table.c[c] for c in columns]).order_by(table.c.id))
    for row in result:
        h.update(json.dumps([to_wire(v) for v in row], ensure_ascii=False,
                            separators=(",", ":"), sort_keys=True, default=str).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def digest(session: Session) -> tuple[str, dict[str, str]]:
    per_table = {m.__tablename__: table_digest(session, m) for m in syncable_models()}
    whole = hashlib.sha256(json.dumps(per_table, sort_keys=True).encode()).hexdigest()
    return whole, per_table
