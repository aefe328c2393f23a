"""Tessere: cartella sociale, patti e mappa delle risorse, offline e cifrata."""


def version() -> str:
    """The installed version (the frozen build carries the package's metadata)."""
    from importlib.metadata import PackageNotFoundError, version as installed

    try:
        return installed("tessere")
    except PackageNotFoundError:
        return "—"
