"""Focus visible: with the app's own look (Fusion and tessere.qss), the widget
that has the keyboard focus is drawn differently from the same widget without
it, at its border, where a cursor or a hover cannot be what differs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QDialog, QLineEdit, QPlainTextEdit, QPushButton,
    QSpinBox, QTableWidget, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from desktop.paths import resources_dir

RING = 2  # pixels of the border compared


@pytest.fixture
def app_look(qapp):
    """The application's style and style sheet, as ``create_application`` sets them."""
    style, sheet = qapp.style().name(), qapp.styleSheet()
    qapp.setStyle("Fusion")
    qapp.setStyleSheet((resources_dir() / "styles" / "tessere.qss").read_text(encoding="utf-8"))
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


def border(widget: QWidget) -> list[int]:
    """The colours of the outer ``RING`` pixels of the widget as drawn."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    w, h = image.width(), image.height()
    points = [(x, y) for y in range(h) for x in range(w)
              if x < RING or y < RING or x >= w - RING or y >= h - RING]
    return [image.pixel(x, y) for x, y in points]


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_every_kind_of_input_and_button_shows_the_focus(qtbot, app_look):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    default = QPushButton("Salva")
    default.setDefault(True)
    combo = QComboBox()
    combo.addItems(["Colloquio", "Visita domiciliare"])
    tool = QToolButton()
    tool.setText("Privacy")
    table = QTableWidget(2, 2)
    table.setObjectName("dataTable")  # the pages' tables
    widgets = {"campo": QLineEdit("Rossi"), "testo": QPlainTextEdit("Note"),
               "scelta": combo, "numero": QSpinBox(), "spunta": QCheckBox("Consenso"),
               "pulsante": QPushButton("Annulla"), "predefinito": default,
               "pulsante a icona": tool, "tabella": table}
    for widget in widgets.values():
        layout.addWidget(widget)
    parking = QPushButton("altrove")  # where the focus waits while the others are drawn
    layout.addWidget(parking)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    unchanged = []
    for name, widget in widgets.items():
        focus(qtbot, parking)
        without = border(widget)
        focus(qtbot, widget)
        if border(widget) == without:
            unchanged.append(name)
    assert unchanged == []


def test_the_scheda_editor_text_and_tabs_show_the_focus(qtbot, app_look):
    """The scheda's own style sheet draws the entry text and the tabs: their focus too."""
    from desktop.ui.scheda import STYLE

    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(STYLE)
    layout = QVBoxLayout(host)
    text = QPlainTextEdit("Colloquio")
    text.setObjectName("entryEditorText")
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    for title in ("Diario", "Presa in carico"):
        tabs.addTab(QWidget(), title)
    parking = QLineEdit()
    layout.addWidget(tabs)
    layout.addWidget(text)
    layout.addWidget(parking)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    focus(qtbot, parking)
    without = border(text)
    focus(qtbot, text)
    assert border(text) != without
    focus(qtbot, parking)
    bar = tabs.tabBar()
    without = bar.grab().toImage()
    focus(qtbot, bar)  # the selected tab is drawn differently (its text is the same)
    assert bar.grab().toImage() != without
