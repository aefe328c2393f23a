"""What one step of the coordinator's work did (a district's merge, a
publication), as the page and the CLI list it: errors said in Italian, and
whether trying again later may be enough."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(kw_only=True)
class Outcome:
    seconds: float = 0.0
    retry_later: bool = False   # the cause may pass by itself (an unreachable server)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors
