"""Completion of comuni and foreign states while typing: matches anywhere in the
name, with or without accents. The lists come from ``core.anagrafica.person_form``."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QCompleter, QWidget

from desktop.core.anagrafica import Place, PersonForm
from desktop.core.search import fold

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class _PlaceCompleter(QCompleter):
    """Matches anywhere in the name, with or without accents; inserts the label."""

    def pathFromIndex(self, index: QModelIndex) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole)


def place_model(places: list[Place]) -> QStandardItemModel:
    """The completion list, built on the worker that read the places (thousands
    of rows) and handed over to the GUI thread."""
    model = QStandardItemModel(len(places), 1)
    for row, place in enumerate(places):
        index = model.index(row, 0)
        model.setData(index, place.label, Qt.ItemDataRole.DisplayRole)
        model.setData(index, f"{place.label} {fold(place.label)}", SEARCH_ROLE)
    model.moveToThread(QCoreApplication.instance().thread())
    return model


def place_completer(model: QStandardItemModel, parent: QWidget) -> QCompleter:
    completer = _PlaceCompleter(model, parent)
    completer.setCompletionRole(SEARCH_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setMaxVisibleItems(12)
    return completer


@dataclass(frozen=True)
class FormData:
    """The editor's choices with their completion models, built on the worker."""

    form: PersonForm
    comuni_model: QStandardItemModel
    birthplaces_model: QStandardItemModel


def with_models(form: PersonForm) -> FormData:
    """Adds the completion models (call on the worker that read the form)."""
    return FormData(form, place_model(form.comuni.places), place_model(form.birthplaces.places))
