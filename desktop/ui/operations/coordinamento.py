"""Named operations of the coordinator's pages (Coordinamento, Indicatori): each
one core call (``desktop.coordinator``, ``desktop.core.matching``,
``desktop.reports``), as ``tessere coordinator`` makes them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.files import write_atomically
from desktop.ui.operations import CollectionOp, QueryOp, read, write

if TYPE_CHECKING:
    from desktop.coordinator import districts as registry
    from desktop.coordinator.merge import MergeOutcome
    from desktop.coordinator.pairs import Decided, Pair

# The coordinator's desk (merge, sync targets, matching) is imported when a
# coordinator uses it: at every start it cost a tenth of a second for everyone.


def browse_districts(session, offset: int, limit: int) -> list[registry.DistrictRow]:
    """A RowsModel fetch: the districts, with their last merge."""
    from desktop.coordinator import districts as registry

    return [] if offset else registry.district_rows(session)


def browse_pairs(session, offset: int, limit: int) -> list[Pair]:
    """A RowsModel fetch: the undecided pairs across districts, best first."""
    from desktop.coordinator.pairs import cross_district_pairs

    return [] if offset else cross_district_pairs(session)[0]


def browse_decisions(session, offset: int, limit: int) -> list[Decided]:
    """A RowsModel fetch: the decisions taken, newest first."""
    from desktop.coordinator.pairs import decisions as list_decisions

    return [] if offset else list_decisions(session)


def add_district(parent, store, name: str, *, code: str, folder: str | None, url: str | None,
                 user: str | None, password: str | None) -> CollectionOp[registry.DistrictRow]:
    """Checks the root and the code at once (a network round trip: in the background)."""
    from desktop.coordinator import districts as registry

    def run(store, ctx):
        return registry.add_district(store, name, code=code, folder=folder, url=url, user=user,
                                     password=password)

    return CollectionOp(parent, store, run, initiator=parent)


def add_district_file(parent, store, name: str, path: str,
                      passphrase: str) -> CollectionOp[registry.DistrictRow]:
    """Opens a private copy of the file to check it (a backup is decrypted whole)."""
    from desktop.coordinator import districts as registry

    return CollectionOp(parent, store, lambda store, ctx: registry.add_district_file(
        store, name, path, passphrase), initiator=parent)


def merge(parent, store) -> CollectionOp[MergeOutcome]:
    """Every district, then the PostgreSQL store if one is set, with progress;
    «Annulla» stops between two bundles, and what was merged until then stays."""
    from desktop.coordinator.merge import merge_and_publish

    def run(store, ctx):
        def progress(label: str, done: int, total: int) -> None:
            if not ctx.cancelled:
                ctx.progress(done, total, label)

        return merge_and_publish(store, progress=progress, cancelled=lambda: ctx.cancelled)

    return CollectionOp(parent, store, run, initiator=parent)


def decide(parent, store, a_id: str, b_id: str, decision: str) -> CollectionOp:
    from desktop.core import matching

    return write(parent, store, matching.decide, a_id, b_id, decision)


def undo(parent, store, link_id: str) -> CollectionOp:
    from desktop.core import matching

    return write(parent, store, matching.undo, link_id)


def indicator_tables(parent, store, start: dt.date, end: dt.date, districts: tuple[str, ...]):
    from desktop.reports.indicators import Filters, indicators

    return read(parent, store, indicators, Filters(start, end, districts))


def export(parent, store, kind: str, path: Path, start: dt.date, end: dt.date,
           districts: tuple[str, ...], names: list[str]) -> QueryOp[Path]:
    """Pseudonymised and audited (``reports.export``); ``kind``: xlsx, csv (a
    folder, one file per table) or pdf."""
    def run(store, ctx):
        from desktop.pdf.indicators import indicators_pdf
        from desktop.reports.export import csv_files, export_tables, xlsx_bytes
        from desktop.reports.indicators import Filters

        filters = Filters(start, end, districts)
        with store.read() as s:
            tables, patti = export_tables(s, filters)
        if kind == "xlsx":
            write_atomically(xlsx_bytes(tables, patti, filters, names), path,
                             what="il foglio XLSX")
        elif kind == "pdf":
            write_atomically(indicators_pdf(tables, start, end, names, demo=store.is_demo),
                             path, what="il PDF")
        else:
            path.mkdir(parents=True, exist_ok=True)
            for name, data in csv_files(tables, patti).items():
                write_atomically(data, path / name, what="il file CSV")
        return path

    return QueryOp(parent, store, run)


def district_choices(parent, store) -> QueryOp[list[registry.DistrictRow]]:
    """For the Indicatori page's district filter."""
    from desktop.coordinator import districts as registry

    return read(parent, store, registry.district_rows)
