"""Sync through a shared folder or a WebDAV server, end-to-end encrypted (no Qt).

``desktop.sync.engine`` is the API: ``sync_once``, ``pending_changes``,
``list_conflicts``, ``resolve_conflict``, ``create_team``/``join_team``, ``status``.
"""
