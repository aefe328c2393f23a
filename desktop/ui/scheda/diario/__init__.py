"""Diario: the person's timeline of dated entries, newest first, and the editor.

Entries are never silently edited. An open entry (bozza, or a planned home
visit) can be changed; "Chiudi voce" freezes it; a closed entry is corrected by
a new entry pointing to it (the rules: ``desktop.core.cartella.diario``). The
whole timeline of a person comes from one query.

The editor sits beside the timeline, so earlier entries stay readable while
writing (``tab``: the tab; ``timeline``: the cards and the reader; ``editor``:
the editor and its drafts).
"""
from desktop.ui.scheda.diario.tab import DiarioTab

TAB = DiarioTab
