"""Distances between comuni, from their coordinates (GeoNames, via
comuni_coordinate.csv): how far a resource is from where a person lives, for
proposing resources to a goal."""
from __future__ import annotations

import math

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.model import Comune

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points, in km
    (haversine: within 0.5% of the road-free truth at a district's scale)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def comune_coordinates(session: Session) -> dict[str, tuple[float, float]]:
    """(latitude, longitude) of every comune that has them, by comune id."""
    rows = session.execute(select(Comune.id, Comune.latitude, Comune.longitude)
                           .where(Comune.latitude.is_not(None), Comune.longitude.is_not(None)))
    return {cid: (lat, lon) for cid, lat, lon in rows}
