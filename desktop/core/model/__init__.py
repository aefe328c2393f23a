"""The data model, one module per record (see ARCHITECTURE.md)."""
from .base import Base, Syncable, utcnow
from .territory import Comune, TerritorialUnit
from .operators import Operator, Organisation
from .people import Consent, Erasure, NetworkMember, Person, PersonLink
from .cartella import (
    Assessment, CaseEpisode, Deadline, DiaryEntry, Document, Measure, TeamTemplate,
)
from .uvm import UvmMember, UvmSession
from .household import HouseholdMember, IseeDeclaration
from .patti import (
    BudgetLine, Commitment, Goal, Patto, PattoBeneficiary, PattoVersion, Signatory,
    Support, Verification,
)
from .resources import (
    Attivazione, Contact, Location, Schedule, Service, ServiceAtLocation, ServiceTaxonomy,
)
from .reference import AssessmentTemplate, CatalogueItem
from .replica import ChangeLog, ReplicaMeta, Tombstone
from .sync import SyncConflict, SyncPeer, SyncSeen
from .audit import AuditEvent
from .access import Account, LoginFailure, OperatorDistrict, OperatorRole, Role
from .coordinator import CoordinatorDistrict, RecordOrigin


def syncable_models() -> list[type[Syncable]]:
    """Every mapped class whose rows travel between replicas, in dependency order."""
    tables = Base.metadata.sorted_tables
    by_table = {m.class_.__table__: m.class_ for m in Base.registry.mappers}
    return [by_table[t] for t in tables if t in by_table and issubclass(by_table[t], Syncable)]


__all__ = [name for name in dir() if not name.startswith("_")]
