"""The pages of the main window, in navigation order.

Each module defines ``PAGE``, a :class:`~desktop.ui.pages.base.Page` subclass.
The list also holds what the navigation shows before a page exists: its title
and who has a use for it. So the main window lists every page but builds (and
imports) only the one on screen; the others wait until they are first shown.
To replace a page, change its module (or its entry here): the main window only
reads this list.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _everyone(access) -> bool:
    return True


def _may(permission: str) -> Callable[[object], bool]:
    def shown_for(access) -> bool:
        from desktop.core.access import may  # the store is open by now: no import to pay

        return may(access, permission)
    return shown_for


def _coordinators(access) -> bool:
    from desktop.core.access import may, sees_whole_ambito

    return sees_whole_ambito(access) and may(access, "resolve_conflicts")


@dataclass(frozen=True)
class PageEntry:
    module: str
    name: str  # the class's name, also the translation context of its title
    title_text: str
    # Whether the signed-in operator's roles give the page a use (None: no
    # accounts on this file). The core still refuses what they may not do.
    shown_for: Callable[[object], bool] = _everyone

    def title(self) -> str:
        return QCoreApplication.translate(self.name, self.title_text)

    def page_class(self) -> type:
        return importlib.import_module(self.module).PAGE


PAGES = [
    PageEntry("desktop.ui.pages.persone", "PersonePage",
              QT_TRANSLATE_NOOP("PersonePage", "Persone")),
    PageEntry("desktop.ui.pages.patti", "PattiPage", QT_TRANSLATE_NOOP("PattiPage", "Patti")),
    PageEntry("desktop.ui.pages.risorse", "RisorsePage",
              QT_TRANSLATE_NOOP("RisorsePage", "Risorse")),
    PageEntry("desktop.ui.pages.agenda", "AgendaPage", QT_TRANSLATE_NOOP("AgendaPage", "Agenda")),
    PageEntry("desktop.ui.pages.sincronizzazione", "SincronizzazionePage",
              QT_TRANSLATE_NOOP("SincronizzazionePage", "Sincronizzazione")),
    PageEntry("desktop.ui.pages.report", "ReportPage", QT_TRANSLATE_NOOP("ReportPage", "Report")),
    PageEntry("desktop.ui.pages.indicatori", "IndicatoriPage",
              QT_TRANSLATE_NOOP("IndicatoriPage", "Indicatori"), _may("export")),
    PageEntry("desktop.ui.pages.coordinamento", "CoordinamentoPage",
              QT_TRANSLATE_NOOP("CoordinamentoPage", "Coordinamento"), _coordinators),
    PageEntry("desktop.ui.pages.accessi", "AccessiPage",
              QT_TRANSLATE_NOOP("AccessiPage", "Accessi"), _may("view_audit")),
]


def entry_of(cls: type) -> PageEntry:
    return next(entry for entry in PAGES if entry.name == cls.__name__)
