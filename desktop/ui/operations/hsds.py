"""Named operations of the HSDS exchange (File › Importa / Esporta risorse):
each wraps one core call of ``desktop.core.risorse.hsds``. Preview and export
report their steps to the progress the dialog shows."""
from __future__ import annotations

from desktop.core.risorse import hsds
from desktop.ui.operations import CollectionOp, QueryOp, write


def preview_import(parent, store, path: str) -> QueryOp[hsds.ImportPlan]:
    """Reads and checks the package, compares it with the directory; writes nothing."""
    def run(store, ctx) -> hsds.ImportPlan:
        with store.read() as s:
            return hsds.preview_import(s, path, progress=ctx.progress)

    return QueryOp(parent, store, run)


def apply_import(parent, store, plan: hsds.ImportPlan,
                 accept_conflicts: bool) -> CollectionOp[hsds.ImportResult]:
    return write(parent, store, hsds.apply_import, plan, accept_conflicts=accept_conflicts)


def export_package(parent, store, folder: str, format: str) -> QueryOp[hsds.ExportResult]:
    def run(store, ctx) -> hsds.ExportResult:
        with store.read() as s:
            return hsds.export_package(s, folder, format, progress=ctx.progress)

    return QueryOp(parent, store, run)
