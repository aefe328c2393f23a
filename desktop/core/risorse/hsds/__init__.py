"""HSDS 3.0 (Open Referral) exchange of the resource directory, one module per job:
``schema`` (the standard's tables and row checks, from db/hsds), ``vocabulary``
(how Tessere's own fields travel as attributes), ``export`` (CSV data package and
JSON), ``reading`` (folder, zip or JSON into flat rows, with size limits),
``checking`` (schema, unique ids, references), ``mapping`` (rows onto the
directory and its catalogues), ``importing`` (preview, then one transaction)."""
from desktop.core.risorse.hsds.export import ExportResult, export_package
from desktop.core.risorse.hsds.importing import (
    STATUSES, Entry, ImportPlan, ImportResult, apply_import, preview_import,
)

__all__ = ["ExportResult", "export_package", "STATUSES", "Entry", "ImportPlan", "ImportResult",
           "apply_import", "preview_import"]
