"""Seeded ids for the demo data.

Bulk rows get their ids straight from the seeded RNG; rows the patto rules
create themselves (beneficiaries, versions, renewed patti) would otherwise take
``new_id()``, which reads the clock. While ``seeded_ids`` is active, an ``init``
listener gives every syncable object built *in this context* an RNG id instead,
so the same seed always yields the same keys.
"""
from __future__ import annotations

import contextlib
import contextvars
import random
import uuid
from typing import Callable, Iterator

from sqlalchemy import event

from desktop.core.model.base import Syncable

_source: contextvars.ContextVar[Callable[[], str] | None] = contextvars.ContextVar(
    "tessere_demo_ids", default=None
)
_installed = False


def _on_init(target, args, kwargs) -> None:
    source = _source.get()
    if source is not None and "id" not in kwargs:
        kwargs["id"] = source()


def id_maker(rng: random.Random) -> Callable[[], str]:
    return lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))


@contextlib.contextmanager
def seeded_ids(make_id: Callable[[], str]) -> Iterator[None]:
    global _installed
    if not _installed:
        event.listen(Syncable, "init", _on_init, propagate=True)
        _installed = True
    token = _source.set(make_id)
    try:
        yield
    finally:
        _source.reset(token)
