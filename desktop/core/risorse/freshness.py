"""How fresh a directory entry is: when it was last verified, and when it is due again."""
from __future__ import annotations

STALE_AFTER_DAYS = 365
