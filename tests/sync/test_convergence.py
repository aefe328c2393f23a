"""Convergence, as a property: 3 to 5 replicas make random creates, edits, deletes,
closes and signs on people, diary, patti and resources, and sync in random order
with partial and duplicate deliveries. In the end every replica has the same
digest, and every value that lost to a concurrent edit is kept as a conflict.

The oracle tracks what each replica knew when it made an edit (its own edits plus
those in the bundles it had applied): an edit overwritten by someone who knew it
is history; any other edit whose value did not survive must be a conflict.
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import keyring
import sqlalchemy as sa
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from keyring.backends.fail import Keyring as FailKeyring

from desktop.core.errors import TessereError
from desktop.core.model import (
    DiaryEntry, Organisation, Patto, PattoVersion, Person, Service, SyncConflict,
)
from desktop.core.store import Store
from desktop.sync import apply, crypto, engine
from desktop.sync.meta import META_BUNDLE_NO
from desktop.sync.status import status
from desktop.sync.targets import FolderTarget
from desktop.sync.team import create_team, join_team, team_key

from .conftest import PASSPHRASE, digest

EDITABLE = {
    Person: ["notes", "phone", "last_name"],
    DiaryEntry: ["text", "place"],
    Patto: ["title", "strengths"],
    PattoVersion: ["reason"],
    Organisation: ["name"],
    Service: ["description", "name"],
}
DELETABLE = (Person, DiaryEntry, Service)


class PartialFolder(FolderTarget):
    """The shared folder as a file-sync tool delivers it: some files not arrived yet."""

    def __init__(self, path, hidden: set[str]):
        super().__init__(path)
        self.hidden = hidden

    def list(self, directory: str = ""):
        names = super().list(directory)
        if directory:
            names = [n for n in names if f"{directory}/{n}" not in self.hidden]
        return names


class Replicas(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="tessere-conv-"))
        self.root = self.tmp / "root"
        self.root.mkdir()
        self.stores: list[Store] = []
        self.rows: list[tuple[type, str]] = []
        self.known: list[set[int]] = []   # edit ids each replica knows
        self.unpublished: list[list[int]] = []
        self.bundle_of: dict[tuple[str, int], list[int]] = {}
        self.edits: list[tuple[int, type, str, str, object, frozenset]] = []
        self.counter = 0

    @initialize(n=st.integers(3, 5))
    def open_replicas(self, n):
        code = None
        for i in range(n):
            s = Store.open(self.tmp / f"r{i}.db", passphrase=PASSPHRASE, create=True)
            if code is None:
                code = create_team(s)
            else:
                join_team(s, code)
            self.stores.append(s)
            self.known.append(set())
            self.unpublished.append([])

    def teardown(self):
        for s in self.stores:
            s.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _value(self):
        self.counter += 1
        return f"v{self.counter}"

    # ------------------------------------------------------------- creates
    @rule(r=st.integers(0, 4))
    def create_person(self, r):
        store = self.stores[r % len(self.stores)]
        with store.session() as s:
            p = Person(first_name="Nome", last_name=self._value())
            s.add(p)
        self.rows.append((Person, p.id))

    @rule(r=st.integers(0, 4), pick=st.integers(0, 10_000))
    def create_diary(self, r, pick):
        store = self.stores[r % len(self.stores)]
        people = [rid for m, rid in self.rows if m is Person]
        if not people:
            return
        self._try(store, lambda s: self._add_diary(s, people[pick % len(people)]))

    def _add_diary(self, s, person_id):
        if s.get(Person, person_id) is None:
            return
        e = DiaryEntry(person_id=person_id, entry_type="colloquio",
                       occurred_at=dt.datetime(2026, 5, 4, 9), text=self._value())
        s.add(e)
        s.flush()
        self.rows.append((DiaryEntry, e.id))

    @rule(r=st.integers(0, 4))
    def create_patto_and_resource(self, r):
        store = self.stores[r % len(self.stores)]
        with store.session() as s:
            patto = Patto(kind="bds", title=self._value())
            s.add(patto)
            s.flush()
            version = PattoVersion(patto_id=patto.id, number=1, created_on=dt.date(2026, 5, 4))
            org = Organisation(name=self._value(), kind="cooperativa")
            s.add_all([version, org])
            s.flush()
            service = Service(organisation_id=org.id, name=self._value(), axis="lavoro")
            s.add(service)
        self.rows += [(Patto, patto.id), (PattoVersion, version.id), (Organisation, org.id),
                      (Service, service.id)]

    # ------------------------------------------------------------- changes
    def _try(self, store, work):
        try:
            with store.session() as s:
                return work(s)
        except (TessereError, sa.exc.IntegrityError):
            return None

    @precondition(lambda self: self.rows)
    @rule(r=st.integers(0, 4), pick=st.integers(0, 10_000), which=st.integers(0, 3))
    def edit(self, r, pick, which):
        model, row_id = self.rows[pick % len(self.rows)]
        fields = EDITABLE[model]
        column = fields[which % len(fields)]
        value = self._value()

        def work(s):
            obj = s.get(model, row_id)
            if obj is None:
                return False
            setattr(obj, column, value)
            s.flush()
            return True

        for k in range(len(self.stores)):  # the first replica, from r on, that has the row
            i = (r + k) % len(self.stores)
            if self._try(self.stores[i], work):
                break
        else:
            return
        eid = len(self.edits)
        self.edits.append((i, model, row_id, column, value, frozenset(self.known[i])))
        self.known[i].add(eid)
        self.unpublished[i].append(eid)

    @precondition(lambda self: self.rows)
    @rule(r=st.integers(0, 4), pick=st.integers(0, 3), which=st.integers(0, 1))
    def edit_hot(self, r, pick, which):
        """Edits crowding on the first rows, where concurrent edits meet."""
        self.edit(r, pick % 5, which)

    @precondition(lambda self: self.rows)
    @rule(r=st.integers(0, 4), pick=st.integers(0, 10_000))
    def delete(self, r, pick):
        model, row_id = self.rows[pick % len(self.rows)]
        if model not in DELETABLE:
            return

        def work(s):
            obj = s.get(model, row_id)
            if obj is not None:
                s.delete(obj)
                s.flush()

        self._try(self.stores[r % len(self.stores)], work)

    @precondition(lambda self: self.rows)
    @rule(r=st.integers(0, 4), pick=st.integers(0, 10_000))
    def close_or_sign(self, r, pick):
        model, row_id = self.rows[pick % len(self.rows)]

        def work(s):
            obj = s.get(model, row_id)
            if isinstance(obj, DiaryEntry) and obj.status != "chiusa":
                obj.status, obj.closed_at = "chiusa", dt.datetime(2026, 5, 5, 12)
            elif isinstance(obj, PattoVersion) and obj.signed_at is None:
                obj.signed_at = dt.datetime(2026, 5, 5, 12)
                obj.fingerprint = self._value()

        self._try(self.stores[r % len(self.stores)], work)

    # ------------------------------------------------------------- delivery
    @rule(r=st.integers(0, 4), hide=st.sets(st.integers(0, 4), max_size=3))
    def sync(self, r, hide):
        i = r % len(self.stores)
        hidden = set()
        for j in hide:
            other = self.stores[j % len(self.stores)].replica_id
            names = FolderTarget(self.root).list(other)
            if names:
                hidden.add(f"{other}/{names[-1]}")  # its latest bundle has not arrived yet
        self._sync(i, PartialFolder(self.root, hidden))

    def _sync(self, i, target):
        store = self.stores[i]
        report = engine.sync_once(store, target)
        assert report.ok, report.errors
        if report.bundles_published:
            number = int(store.meta(META_BUNDLE_NO))
            self.bundle_of[(store.replica_id, number)] = self.unpublished[i]
            self.unpublished[i] = []
        vector = status(store).replicas
        for (rep, number), ids in self.bundle_of.items():
            if vector.get(rep, 0) >= number:
                self.known[i].update(ids)

    @precondition(lambda self: any(self.bundle_of))
    @rule(r=st.integers(0, 4), pick=st.integers(0, 10_000))
    def redeliver(self, r, pick):
        """A bundle handed over again (a copy restored by a file-sync tool): no-op."""
        store = self.stores[r % len(self.stores)]
        applied = [(rep, n) for (rep, n) in self.bundle_of
                   if status(store).replicas.get(rep, 0) >= n]
        if not applied:
            return
        rep, n = applied[pick % len(applied)]
        name = f"{rep}/{n:08d}"
        header, payload = crypto.open_sealed(team_key(store), (self.root / name).read_bytes(), name)
        before = digest(store)
        ops = engine.check_bundle(header, payload, rep, n, name)
        assert apply.apply_bundle(store, header, ops) == (0, 0)
        assert digest(store) == before

    # ------------------------------------------------------------- the end
    def converge(self):
        target = FolderTarget(self.root)
        for _ in range(2):
            for i in range(len(self.stores)):
                self._sync(i, target)

    def check_final(self):
        self.converge()
        digests = {digest(s) for s in self.stores}
        assert len(digests) == 1, digests
        conflict_sets = []
        for s in self.stores:
            with s.read() as session:
                conflict_sets.append({
                    (c.table_name, c.row_id, c.field, c.their_value)
                    for c in session.scalars(sa.select(SyncConflict))
                })
        assert all(c == conflict_sets[0] for c in conflict_sets)
        conflicts = conflict_sets[0]
        store = self.stores[0]
        import json

        with store.read() as session:
            for eid, (who, model, row_id, column, value, _k) in enumerate(self.edits):
                obj = session.get(model, row_id)
                if obj is None or getattr(obj, column) == value:
                    continue
                informed = any(eid in k for (_w, m2, r2, c2, _v, k) in self.edits
                               if (m2, r2, c2) == (model, row_id, column))
                if informed:
                    continue
                assert (model.__tablename__, row_id, column, json.dumps(value)) in conflicts, (
                    f"lost edit {value!r} on {model.__tablename__}.{column}")


def test_replicas_converge_and_lose_nothing():
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    original_teardown = Replicas.teardown

    def teardown(self):
        try:
            if self.stores:
                self.check_final()
        finally:
            original_teardown(self)

    Replicas.teardown = teardown
    try:
        from hypothesis.stateful import run_state_machine_as_test

        run_state_machine_as_test(Replicas, settings=settings(
            max_examples=10, stateful_step_count=45, deadline=None,
            suppress_health_check=list(HealthCheck), derandomize=True,
        ))
    finally:
        Replicas.teardown = original_teardown
        keyring.set_keyring(previous)
