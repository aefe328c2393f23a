"""Named operations of the sync: the Sincronizzazione page and the status bar's
controller, one per user action, each wrapping one call of ``desktop.sync``.
The sync functions take the store, not a session: a sync spans several
transactions and the OS keyring, so these build their operation themselves."""
from __future__ import annotations

from desktop.sync import conflicts, engine, history, settings, status, team
from desktop.ui.operations import CollectionOp, QueryOp


# ---------------------------------------------------------------- reading
def overview(parent, store) -> QueryOp[status.Overview]:
    """State, target and open conflicts, for the page."""
    return QueryOp(parent, store, lambda store, ctx: status.overview(store))


def state(parent, store) -> QueryOp[status.SyncState]:
    """What the status bar's label says."""
    return QueryOp(parent, store, lambda store, ctx: status.sync_state(store))


def history_rows(session, offset: int, limit: int) -> list[history.HistoryEntry]:
    """A RowsModel fetch: the latest syncs, newest first."""
    return history.history_rows(session, offset, limit)


def peer_rows(session, offset: int, limit: int) -> list[status.Peer]:
    """A RowsModel fetch: the other computers seen, latest arrival first."""
    return status.peers(session, offset, limit)


def team_code(parent, store) -> QueryOp[str]:
    return QueryOp(parent, store, lambda store, ctx: team.team_code(store))


# ---------------------------------------------------------------- writing
def sync(parent, store, *, manual: bool) -> CollectionOp[engine.SyncOutcome]:
    """One sync to the configured target, cancellable through its progress. Its
    changes come from the team, so no widget is their initiator: every view reloads."""
    def run(store, ctx) -> engine.SyncOutcome:
        return engine.sync_when_ready(
            store, lambda label, done, total: ctx.progress(done, total, label), manual=manual)

    return CollectionOp(parent, store, run)


def confirm_root(parent, store) -> CollectionOp[None]:
    """The user vouches for a root that looks emptied or swapped."""
    return CollectionOp(parent, store, lambda store, ctx: engine.confirm_root(store),
                        initiator=parent)


def resolve_conflict(parent, store, conflict_id: str, choice: str, value=None) -> CollectionOp[None]:
    """«Tengo il mio» (``mio``), «tengo il loro» (``loro``), or the edited value (``modifica``)."""
    return CollectionOp(
        parent, store, lambda store, ctx: conflicts.resolve_conflict(store, conflict_id, choice, value),
        initiator=parent)


def save_folder(parent, store, folder: str, group_access: bool,
                minutes: int) -> CollectionOp[settings.TargetSettings]:
    def run(store, ctx) -> settings.TargetSettings:
        saved = settings.save_folder(store, folder, group_access=group_access)
        settings.set_interval_minutes(store, minutes)
        return saved

    return CollectionOp(parent, store, run, initiator=parent)


def save_webdav(parent, store, url: str, user: str, password: str | None,
                minutes: int) -> CollectionOp[settings.TargetSettings]:
    """The password goes to the OS keyring; None keeps the one saved."""
    def run(store, ctx) -> settings.TargetSettings:
        saved = settings.save_webdav(store, url, user, password)
        settings.set_interval_minutes(store, minutes)
        return saved

    return CollectionOp(parent, store, run, initiator=parent)


def create_team(parent, store) -> CollectionOp[str]:
    """Returns the recovery code to hand to the colleagues."""
    return CollectionOp(parent, store, lambda store, ctx: team.create_team(store), initiator=parent)


def join_team(parent, store, code: str) -> CollectionOp[None]:
    return CollectionOp(parent, store, lambda store, ctx: team.join_team(store, code),
                        initiator=parent)

