"""The sections of the patto editor, one module per tab: the person and the
frame of the patto (general), goals per axis, supports, budget with live
totals, impegni and signatories (people), verifications.

Each section fills itself from the form (``fill``), writes its part back
(``collect``), says ``changed`` on every edit and knows which of its fields a
signature freezes (``set_read_only``). Amounts spent and verifications stay open
on a signed patto, as the store allows.
"""
from desktop.ui.patto_editor.sections.base import Section, scrolled
from desktop.ui.patto_editor.sections.budget import BudgetSection
from desktop.ui.patto_editor.sections.general import BeneficiaryList, GeneralSection
from desktop.ui.patto_editor.sections.goals import GoalsSection
from desktop.ui.patto_editor.sections.people import PeopleSection
from desktop.ui.patto_editor.sections.supports import SupportsSection
from desktop.ui.patto_editor.sections.verifications import VerificationsSection

__all__ = ["BeneficiaryList", "BudgetSection", "GeneralSection", "GoalsSection",
           "PeopleSection", "Section", "SupportsSection", "VerificationsSection", "scrolled"]
