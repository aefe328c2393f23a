"""Identifiers that can be created on any replica without coordination."""
from __future__ import annotations

import os
import secrets
import time
import uuid

# Reference data (territories, comuni) gets name-based ids so that every replica
# that loads the same seed files agrees on the keys without syncing them.
REFERENCE_NAMESPACE = uuid.UUID("6b3f1c52-6f7e-4b7a-9a8e-746573736572")


def new_id() -> str:
    """A UUIDv7 string: random like v4, but time-ordered so B-tree inserts stay local."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= ((rand >> 62) & 0xFFF) << 64  # 12 random bits
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def reference_id(kind: str, code: str) -> str:
    """Deterministic id for a reference row, e.g. reference_id("comune", "G721")."""
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{code}"))


def new_replica_id() -> str:
    """64 random bits are plenty to tell installations apart."""
    return secrets.token_hex(8)
