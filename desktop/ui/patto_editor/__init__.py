"""The patto editor (see editor.py) and what the rest of the UI reuses from it:
the new-patto dialog and the person search."""
from desktop.ui.patto_editor.dialogs import NewPattoDialog
from desktop.ui.patto_editor.editor import PattoEditor
from desktop.ui.patto_editor.pickers import PersonSearch

__all__ = ["NewPattoDialog", "PattoEditor", "PersonSearch"]
