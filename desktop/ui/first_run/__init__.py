"""The guided first start: where the database lives and how its key is kept,
the team and where it syncs, who works on this computer, the first
administrator. Every step can be skipped, and all but the first two are
reachable again from File › Configurazione guidata (and each from its own
place: File › Profilo operatore, File › Account e ruoli, the Sincronizzazione page).

The team comes before the profile: a laptop joining a team receives its
colleagues in the first sync, so the profile page can offer the operator an
administrator already made for it, and no second administrator is made beside
the team's own accounts.
"""
from __future__ import annotations

from desktop.ui.first_run.step import DEMO, EXISTING, NEW
from desktop.ui.first_run.wizard import FirstRunWizard

__all__ = ["DEMO", "EXISTING", "NEW", "FirstRunWizard"]
