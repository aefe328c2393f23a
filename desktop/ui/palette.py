"""One light palette for the whole application, whatever the OS theme.

Tessere's stylesheet (``resources/styles/tessere.qss``) and the colours drawn in
code (the diary timeline, warnings, the agenda's days) are a light design. Under
Fusion a dark Windows 11 or GNOME theme hands the application a dark palette,
and the widgets the stylesheet does not paint (lists, combo boxes, text areas,
tabs, menus) turned dark while the text the stylesheet colours stayed dark:
unreadable, half of each. Following the system fully would mean a second,
dark variant of every colour in the stylesheet and the code; forcing the light
palette everywhere keeps one design that is readable and tested, so every role
of every colour group is set here and the OS theme can change none of them.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# The stylesheet's own colours, so palette and stylesheet say the same.
TEXT = "#1f2937"
MUTED = "#6b7280"
ACCENT = "#0f766e"

ACTIVE = {
    Role.Window: "#ffffff",
    Role.WindowText: TEXT,
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f8fafc",
    Role.Text: TEXT,
    Role.PlaceholderText: MUTED,
    Role.Button: "#f3f5f8",
    Role.ButtonText: TEXT,
    Role.BrightText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#eef1f5",
    Role.Mid: "#cfd6df",
    Role.Dark: "#9ca3af",
    Role.Shadow: "#4b5563",
    Role.Highlight: ACCENT,
    Role.HighlightedText: "#ffffff",
    Role.Link: ACCENT,
    Role.LinkVisited: "#0f4c5c",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: TEXT,
    Role.Accent: ACCENT,
}
# Disabled text stays legible (greyed, still 4.5:1 on white), not the theme's.
DISABLED = {
    Role.WindowText: MUTED,
    Role.Text: MUTED,
    Role.ButtonText: MUTED,
    Role.PlaceholderText: "#9ca3af",
    Role.Highlight: "#9ca3af",
}


def light_palette() -> QPalette:
    """Every role of every group set, so nothing resolves to the OS theme."""
    palette = QPalette()
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for role, colour in ACTIVE.items():
            palette.setColor(group, role, QColor(colour))
    for role, colour in DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def apply_palette(app: QGuiApplication) -> None:
    """Force the light palette on ``app``; call it after ``setStyle("Fusion")``
    and before ``setStyleSheet``. Where Qt can ask the platform for a colour
    scheme (Qt 6.8), it asks for the light one too, so native parts (title
    bar, file dialogs) match."""
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Light)
    app.setPalette(light_palette())

