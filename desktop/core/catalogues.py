"""Catalogue vocabulary: the one reader of ``catalogue_item`` for labels and choices.

Catalogues are reference data seeded on every replica (never synced), so a
code's label is the same on screen, in a PDF and in an export. A code a
district uses that is not in the catalogue shows as itself rather than vanishing.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.model import CatalogueItem

Choices = dict[str, list[tuple[str, str]]]  # catalogue -> [(code, label)] in display order


def catalogue_labels(session: Session, *catalogues: str) -> dict[tuple[str, str], str]:
    """``{(catalogue, code): label}`` for the catalogues named."""
    rows = session.execute(
        select(CatalogueItem.catalogue, CatalogueItem.code, CatalogueItem.label)
        .where(CatalogueItem.catalogue.in_(catalogues)))
    return {(c, code): label for c, code, label in rows}


def catalogue_choices(session: Session, *catalogues: str) -> Choices:
    """The entries of each catalogue in the order pickers show them."""
    rows = session.execute(
        select(CatalogueItem.catalogue, CatalogueItem.code, CatalogueItem.label)
        .where(CatalogueItem.catalogue.in_(catalogues))
        .order_by(CatalogueItem.catalogue, CatalogueItem.position, CatalogueItem.label))
    choices: Choices = {name: [] for name in catalogues}
    for catalogue, code, label in rows:
        choices[catalogue].append((code, label))
    return choices


class Catalogues:
    """Labels and extras of many catalogues, read in one query (documents, compare)."""

    def __init__(self, session: Session, catalogues: tuple[str, ...] | None = None):
        query = select(CatalogueItem)
        if catalogues is not None:
            query = query.where(CatalogueItem.catalogue.in_(catalogues))
        self._items: dict[tuple[str, str], CatalogueItem] = {
            (item.catalogue, item.code): item for item in session.scalars(query)}

    def label(self, catalogue: str, code: str | None) -> str:
        """The label, or the code itself when a district uses one not in the catalogue."""
        if not code:
            return ""
        item = self._items.get((catalogue, code))
        return item.label if item else code

    def extra(self, catalogue: str, code: str) -> dict[str, Any]:
        item = self._items.get((catalogue, code))
        return item.extra or {} if item else {}

    def as_dict(self) -> dict[str, dict[str, str]]:
        """``{catalogue: {code: label}}``, for exports that keep codes."""
        out: dict[str, dict[str, str]] = {}
        for (catalogue, code), item in sorted(self._items.items()):
            out.setdefault(catalogue, {})[code] = item.label
        return out

    def stage_label(self, axis: str, stage: str | None) -> str:
        if not stage:
            return ""
        for entry in self.extra("axis", axis).get("stages", []):
            if entry.get("code") == stage:
                return entry.get("label", stage)
        return stage
