"""Headless sub-commands of ``tessere``; each module has ``register`` and ``run``."""
