"""The pages of the main window, in navigation order.

Each module defines ``PAGE``, a :class:`~desktop.ui.pages.base.Page` subclass.
To replace a page, change its module (or its entry here): the main window only
reads this list.
"""
from __future__ import annotations

import importlib

PAGE_MODULES = [
    "desktop.ui.pages.persone",
    "desktop.ui.pages.patti",
    "desktop.ui.pages.risorse",
    "desktop.ui.pages.agenda",
    "desktop.ui.pages.sincronizzazione",
    "desktop.ui.pages.report",
    "desktop.ui.pages.indicatori",
    "desktop.ui.pages.coordinamento",
    "desktop.ui.pages.accessi",
]


def page_classes() -> list[type]:
    return [importlib.import_module(name).PAGE for name in PAGE_MODULES]
