"""Italian labels of catalogue codes, read once per page load in the worker."""
from __future__ import annotations

from sqlalchemy import select

from desktop.core.model import CatalogueItem


def catalogue_labels(session, *catalogues: str) -> dict[tuple[str, str], str]:
    rows = session.execute(
        select(CatalogueItem.catalogue, CatalogueItem.code, CatalogueItem.label)
        .where(CatalogueItem.catalogue.in_(catalogues))
    )
    return {(c, code): label for c, code, label in rows}
