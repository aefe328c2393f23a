"""Sync through a shared folder or a WebDAV server, end-to-end encrypted (no Qt).

The API, one module per job: ``engine.sync_once`` (and ``engine.sync_when_ready``,
as the app runs it), ``team`` (``create_team``, ``join_team``, ``team_code``),
``conflicts`` (``list_conflicts``, ``resolve_conflict``), ``status`` (``status``,
``sync_state``, ``pending_changes``, ``peers``), ``history``, ``settings`` (the target)
and ``root.confirm_root``. The other modules serve these.
"""
