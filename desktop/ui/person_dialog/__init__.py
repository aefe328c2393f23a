"""The anagrafica editor (``dialog``), its form (``fields``) and the completion
of places (``places``). Other screens call :func:`edit_person`."""
from desktop.ui.person_dialog.dialog import PersonDialog, edit_person

__all__ = ["PersonDialog", "edit_person"]
