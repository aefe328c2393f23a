"""Actions of ``tessere risorse`` (see desktop/cli/risorse.py)."""
from __future__ import annotations

import argparse


def register_actions(actions: argparse._SubParsersAction) -> None:
    """Adds this module's actions to ``tessere risorse``."""
