"""The same person followed by two districts: candidate pairs across districts
(``desktop.core.matching``) with the district of each record, and the
coordinator's decisions on them. Pairs within one district are that team's
own business (its laptops see both records)."""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from desktop.core import matching
from desktop.core.model import CoordinatorDistrict, PersonLink, RecordOrigin


@dataclass(frozen=True)
class Pair:
    """A candidate pair as the review screen and ``tessere coordinator candidates`` show it."""

    a: matching.Record
    b: matching.Record
    district_a: str
    district_b: str
    score: float
    evidence: tuple[str, ...]


def cross_district_pairs(session, *, threshold: float = matching.THRESHOLD
                         ) -> tuple[list[Pair], matching.Stats]:
    """Undecided pairs of records from different districts, best first."""
    names = dict(session.execute(sa.select(CoordinatorDistrict.id, CoordinatorDistrict.name)).all())
    origin = dict(session.execute(sa.select(RecordOrigin.row_id, RecordOrigin.district_id)
                                  .where(RecordOrigin.table_name == "person")).all())
    records = matching.read_records(session, origin)
    found, stats = matching.candidates(records, decided=matching.decided_pairs(session),
                                       threshold=threshold)
    return [Pair(c.a, c.b, names.get(c.a.group, ""), names.get(c.b.group, ""), c.score,
                 c.evidence) for c in found], stats


@dataclass(frozen=True)
class Decided:
    """A decision taken on a pair, as the review screen lists it (to undo it)."""

    link_id: str
    decision: str
    pair: Pair


def decisions(session) -> list[Decided]:
    """The decisions taken, newest first, with both records as they are now."""
    names = dict(session.execute(sa.select(CoordinatorDistrict.id, CoordinatorDistrict.name)).all())
    origin = dict(session.execute(sa.select(RecordOrigin.row_id, RecordOrigin.district_id)
                                  .where(RecordOrigin.table_name == "person")).all())
    links = session.scalars(sa.select(PersonLink).order_by(PersonLink.decided_at.desc(),
                                                           PersonLink.id)).all()
    ids = [i for link in links for i in (link.person_a_id, link.person_b_id)]
    records = {r.id: r for r in matching.read_records(session, origin, ids=ids)}
    found = []
    for link in links:
        a, b = records.get(link.person_a_id), records.get(link.person_b_id)
        if a is None or b is None:
            continue  # one of the two is out of the operator's reach
        found.append(Decided(link.id, link.decision, Pair(
            a, b, names.get(a.group, ""), names.get(b.group, ""), link.score,
            tuple(link.evidence or ()))))
    return found
