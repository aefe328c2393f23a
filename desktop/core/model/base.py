"""Declarative base and the mixins that make a table syncable or frozen.

Every syncable row has a UUID key made by the replica that creates it; its
inserts, updates and deletes are captured by ``desktop.core.changes``.
Amounts are integer cents, dates are ``date``, instants are naive UTC ``datetime``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, ClassVar, Mapping

from sqlalchemy import JSON, Column, DateTime, Index, MetaData, String, Table, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.core.ids import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        dict[str, Any]: JSON,
        list[Any]: JSON,
        dt.datetime: DateTime(),
    }


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class FreezeRule:
    """A row that freezes itself by its own content: once ``column`` holds ``value``
    (any value but None when ``value`` is None) the row never changes again.
    ``holds`` reads Python values and their wire form alike (text, None)."""

    column: str
    message: str  # why, in Italian, when a change is refused
    value: Any = None

    def holds(self, values: Mapping[str, Any]) -> bool:
        found = values.get(self.column)
        return found is not None if self.value is None else found == self.value


class Syncable:
    """A row that travels between replicas: UUID key, changes captured per field."""

    __syncable__: ClassVar[bool] = True
    # Columns whose change does not break a frozen row (lifecycle bookkeeping).
    __frozen_exempt__: ClassVar[frozenset[str]] = frozenset()
    # The row's own freeze, declared once: local edits are refused by
    # ``frozen_reason`` (``desktop.core.changes``), remote ones by the sync merge.
    __freezes__: ClassVar[FreezeRule | None] = None

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)

    def frozen_reason(self, previous: dict[str, Any]) -> str | None:
        """Why this row may not change any more, judged on its values before the
        current flush (``previous``); None while it is still editable."""
        rule = self.__freezes__
        return rule.message if rule is not None and rule.holds(previous) else None


_INDEX_WHERE_SET = "index_where_set"


def fk(target: str, *, nullable: bool = True, index: bool = True, ondelete: str | None = None):
    """A key to ``target``. A nullable key is indexed only on the rows where it is
    set (``_index_where_set``): most are empty on most rows, a lookup by value
    never reads the empty ones, and every insert of a diary entry or a synced
    row paid for an index entry of each empty key."""
    from sqlalchemy import ForeignKey

    partial = index and nullable
    return mapped_column(
        String(36), ForeignKey(target, ondelete=ondelete), nullable=nullable,
        index=index and not partial, info={_INDEX_WHERE_SET: True} if partial else {},
    )


@event.listens_for(Column, "after_parent_attach")
def _index_where_set(column: Column, table: Table) -> None:
    if column.info.get(_INDEX_WHERE_SET):
        where = column.is_not(None)
        Index(f"ix_{table.name}_{column.name}", column, sqlite_where=where, postgresql_where=where)
