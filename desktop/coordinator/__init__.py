"""The coordinator's desk (no Qt): a consolidated database that merges the
districts' teams (``districts``, ``merge``). The CLI is ``tessere coordinator``."""
