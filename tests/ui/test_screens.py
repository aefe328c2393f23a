"""At real desks: a 1366×768 laptop at 100%, 125% and 150%, a dark OS theme, and
titles that must not be cut.

The screen checks run ``laptop_screen.py`` in a process of its own per scale
factor, on an offscreen screen of that laptop's free area (768 px less a 40 px
taskbar): Qt reads the screen and the scale once, when the application starts.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit, QPushButton,
    QWidget,
)

from desktop.core.errors import WrongKeyError
from desktop.core.store import WRONG_KEY_MESSAGE, Store
from desktop.ui.app import build_main_window, create_application
from desktop.ui.dialogs import PassphraseDialog
from desktop.ui.pages.base import title_width
from desktop.ui.palette import apply_palette
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = {"width": 1366, "height": 768 - 40}  # what a Windows taskbar leaves free


@pytest.mark.parametrize("scale", ["1", "1.25", "1.5"])
def test_every_page_and_dialog_fits_a_laptop_screen(demo_file, tmp_path, scale):
    config = tmp_path / "laptop.json"
    config.write_text(json.dumps({"synchronousWindowSystemEvents": False,
                                  "windowFrameMargins": True,
                                  "screens": [{"name": "Laptop", "x": 0, "y": 0, **LAPTOP,
                                               "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "QT_SCALE_FACTOR": scale, "TESSERE_LAPTOP_SCREEN": str(demo_file),
           "XDG_DATA_HOME": str(tmp_path / "dati"), "TESSERE_PASSPHRASE": PASSPHRASE}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         "--basetemp", str(tmp_path / "run"), str(ROOT / "tests" / "ui" / "laptop_screen.py")],
        cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout, run.stdout[-2000:]


# ------------------------------------------------------------- dark themes
def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_theme() -> QPalette:
    """What Windows 11 dark or GNOME dark hands a Fusion application."""
    palette = QPalette()
    for role, colour in {
            QPalette.ColorRole.Window: "#202020", QPalette.ColorRole.WindowText: "#ffffff",
            QPalette.ColorRole.Base: "#1c1c1c", QPalette.ColorRole.AlternateBase: "#2b2b2b",
            QPalette.ColorRole.Text: "#ffffff", QPalette.ColorRole.Button: "#2d2d2d",
            QPalette.ColorRole.ButtonText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2b2b2b",
            QPalette.ColorRole.ToolTipText: "#ffffff", QPalette.ColorRole.Highlight: "#0078d4",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.PlaceholderText: "#9d9d9d"}.items():
        palette.setColor(role, QColor(colour))
    return palette


PAIRS = ((QPalette.ColorRole.Text, QPalette.ColorRole.Base),
         (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
         (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button))


def roles_of(widget: QWidget) -> tuple[QPalette.ColorRole, QPalette.ColorRole] | None:
    """The text and background roles Fusion paints the widget's text with."""
    text, window, button = PAIRS
    if isinstance(widget, (QLineEdit, QAbstractItemView)):
        return text
    if isinstance(widget, QPushButton) or (isinstance(widget, QComboBox)
                                           and not widget.isEditable()):
        return button
    if isinstance(widget, (QLabel, QAbstractButton)):
        return window
    return None


def background(widget: QWidget, role: QPalette.ColorRole) -> QColor:
    """The role's colour, over the parent's background where it is see-through."""
    brush = widget.palette().brush(role)
    colour = QColor(brush.color())
    if brush.style() == Qt.BrushStyle.NoBrush:  # «background: transparent» in the stylesheet
        colour.setAlpha(0)
    if colour.alpha() == 255:
        return colour
    parent = widget.parentWidget()
    under = background(parent, QPalette.ColorRole.Window) if parent else QColor("#ffffff")
    a = colour.alphaF()
    return QColor.fromRgbF(*(a * c + (1 - a) * u for c, u in zip(
        colour.getRgbF()[:3], under.getRgbF()[:3])))


def unreadable(root: QWidget) -> list[str]:
    """Visible widgets whose text and background (the palette, with what the
    stylesheet sets on it) contrast less than WCAG's 4.5:1."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        roles = roles_of(widget)
        if roles is None or not widget.isVisible():
            continue
        text, back = roles  # a visible widget is polished: the stylesheet is in its palette
        ratio = contrast(widget.palette().color(text), background(widget, back))
        if ratio < 4.5:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} "
                         f"{text.name}/{back.name} {ratio:.1f}")
    return found


@pytest.fixture
def styled_app():
    """The application as desktop.ui.app makes it, put back afterwards."""
    app = QApplication.instance()
    saved = app.palette(), app.styleSheet(), app.style().name(), app.font()
    create_application()
    yield app
    app.setStyleSheet(saved[1])
    app.setStyle(saved[2])
    app.setPalette(saved[0])
    app.setFont(saved[3])


@pytest.fixture
def demo_window(qtbot, demo_copy):
    store = Store.open(demo_copy, passphrase=PASSPHRASE)  # unsigned: every page
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    store.close()


def visit_pages(qtbot, window, check) -> dict[str, list[str]]:
    found = {}
    for index in range(len(window.pages)):
        window.switch_to(index)
        page = window.current_page()
        qtbot.waitUntil(lambda: not hasattr(page, "model") or page.model.has_loaded,
                        timeout=10_000)
        found[page.title()] = check(window)
    return {title: problems for title, problems in found.items() if problems}


def laptop_window(qtbot, demo_copy):
    """The demo database in a main window as wide as the laptop screen."""
    store = Store.open(demo_copy, passphrase=PASSPHRASE)
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    return store, window


def test_a_dark_os_theme_leaves_every_page_readable(qtbot, styled_app, demo_copy):
    styled_app.setPalette(dark_theme())
    apply_palette(styled_app)
    store, window = laptop_window(qtbot, demo_copy)
    assert visit_pages(qtbot, window, unreadable) == {}
    for text, back in PAIRS:
        assert contrast(styled_app.palette().color(text),
                        styled_app.palette().color(back)) >= 4.5
    if os.environ.get("TESSERE_SCREENSHOTS") == "1":
        open_page(qtbot, window, "RisorsePage")
        assert window.grab().save(str(ROOT / "docs" / "screenshots" / "dark.png"))
    window.close()
    store.close()


def test_without_the_forced_palette_a_dark_theme_is_half_dark(qtbot, styled_app, demo_copy):
    """The check above can fail: the stylesheet's dark text on the theme's dark
    backgrounds is what a dark Windows showed before the palette was forced."""
    styled_app.setPalette(dark_theme())
    store, window = laptop_window(qtbot, demo_copy)
    assert visit_pages(qtbot, window, unreadable) != {}
    window.close()
    store.close()


# ------------------------------------------------------------ clipped text
def cut_titles(view) -> list[str]:
    """The column titles narrower than their text, as the stylesheet draws them."""
    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    model = view.model()
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if title_width(header, title) > header.sectionSize(column):
            cut.append(f"{title} ({header.sectionSize(column)} px)")
        tooltip = model.headerData(column, Qt.Orientation.Horizontal,
                                   Qt.ItemDataRole.ToolTipRole)
        if tooltip != title:
            cut.append(f"{title}: nessun suggerimento")
    return cut


def open_page(qtbot, window, name: str):
    window.switch_to([entry.name for entry in window._entries].index(name))
    page = window.current_page()
    qtbot.waitUntil(lambda: page.model.has_loaded, timeout=10_000)
    qtbot.wait(50)
    return page


def test_patti_agenda_and_risorse_titles_are_whole_at_1366_px(qtbot, styled_app, demo_window):
    window = demo_window
    assert cut_titles(open_page(qtbot, window, "PattiPage").table) == []
    risorse = open_page(qtbot, window, "RisorsePage")
    assert cut_titles(risorse.table) == []
    assert cut_titles(risorse.tree) == []
    agenda = open_page(qtbot, window, "AgendaPage")
    assert cut_titles(agenda.week_tree) == []
    assert agenda.week_label.text() and not agenda.week_label.text().endswith("…")
    assert agenda.week_label.heightForWidth(agenda.week_label.width()) \
        <= agenda.week_label.height()


def test_the_passphrase_dialog_grows_to_show_the_whole_error(qtbot, styled_app, tmp_path):
    path = tmp_path / "t.db"
    dialog = PassphraseDialog(path, False, lambda _passphrase: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog._failed(WrongKeyError(WRONG_KEY_MESSAGE))  # as the opener raises it
    qtbot.wait(100)
    label = dialog.error_label
    assert label.isVisible() and label.wordWrap()
    assert label.height() >= label.heightForWidth(label.width())
    assert dialog.rect().contains(label.geometry()) and dialog.height() > before
    assert dialog.rect().contains(dialog.buttons.geometry())
