"""The directory editors: a service (with its places, opening hours and
contacts) and an ente, each reading and saving through operations.risorse."""
from desktop.ui.risorse_editor.organisation_dialog import OrganisationDialog
from desktop.ui.risorse_editor.service_dialog import ServiceDialog

__all__ = ["OrganisationDialog", "ServiceDialog"]
