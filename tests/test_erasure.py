"""Erasure (art. 17 GDPR) and restriction (art. 18) of a person, on real
encrypted replicas syncing through a real folder.

The issue's test: after erasing a person on one replica and syncing, no
replica's database (read row by row, and page by page after decrypting the
file), full-text index, snapshot or sync root holds the person's name or
codice fiscale. Also: the law's retention refuses an erasure and restriction
hides the person instead; an older offline edit does not bring the person back;
the audit chains still verify; the CLI commands.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from desktop.__main__ import main
from desktop.core import accounts, audit, drafts, erasure
from desktop.core.access import PermissionDenied
from desktop.core.errors import ValidationError
from desktop.core.model import (
    Assessment, AuditEvent, CaseEpisode, Consent, Deadline, DiaryEntry, Document, Erasure, Goal,
    Measure, NetworkMember, Operator, Organisation, Patto, Person, Signatory, SyncConflict,
    TerritorialUnit,
)
from desktop.core.patti import lifecycle
from desktop.core.persone import people
from desktop.core.search import search_diary, search_people
from desktop.core.store import Store
from desktop.sync import crypto, engine, merge, team as teams
from desktop.sync.report import SyncReport
from tests.conftest import PASSPHRASE
from tests.sync.conftest import digest, folder, sync_all, team, webdav  # noqa: F401 (fixtures)

FIRST, LAST, CODE = "Ermenegildo", "Zappacosta", "ZPPRNG80A01H501X"
WORDS = (FIRST, LAST, CODE)
OTHER = "Bianchi"  # a person who stays: what every search below must still find
PASSWORD = "una-password-lunga"


# ------------------------------------------------------------------ where a name could hide
def found_in_database(store: Store, words=WORDS) -> set[str]:
    """Every table of the file, FTS shadow tables and replica-local ones
    included, every column, as text and as bytes: ``table.column`` per hit."""
    hits = set()
    raw = store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [c[0] for c in cursor.description]
            for row in cursor:
                for column, value in zip(columns, row):
                    if _holds(value, words):
                        hits.add(f"{table}.{column}")
    finally:
        raw.close()
    return hits


def _holds(value, words) -> bool:
    if isinstance(value, str):
        value = value.encode("utf-8")
    if not isinstance(value, (bytes, bytearray, memoryview)):
        return False
    data = bytes(value).lower()
    return any(w.lower().encode("utf-8") in data for w in words)


def found_in_fts(store: Store) -> list:
    """What the full-text indexes answer for the person, and their vocabularies."""
    with store.session(capture=False) as s:
        conn = s.connection()
        found = conn.exec_driver_sql(
            f"SELECT 'person', rowid FROM person_fts WHERE person_fts MATCH '{LAST}' "
            f"UNION ALL SELECT 'diary', rowid FROM diary_fts WHERE diary_fts MATCH '{LAST}' "
            f"UNION ALL SELECT 'cf', rowid FROM person_cf_fts WHERE codice_fiscale LIKE '%{CODE}%'"
        ).all()
        for table in ("person_fts", "diary_fts"):
            conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table} "
                                 f"USING fts5vocab(main, {table}, row)")
            found += conn.exec_driver_sql(f"SELECT term FROM temp.v_{table} WHERE term IN "
                                          f"('{FIRST.lower()}', '{LAST.lower()}')").all()
    return found


def found_in_root(root: Path, key: bytes, words=WORDS) -> set[str]:
    """Every file of the sync root (hidden temporary ones too), decrypted with the
    team key: the files whose header or content names the person."""
    hits = set()
    for path in root.rglob("*"):
        if path.is_file():
            header, payload = crypto.open_sealed(key, path.read_bytes(), path.name)
            text = json.dumps([header, payload], ensure_ascii=False)
            if _holds(text, words):
                hits.add(str(path.relative_to(root)))
    return hits


def decrypted_pages(path: Path, passphrase: str = PASSPHRASE):
    """The pages of a SQLCipher 4 file and of its WAL, decrypted with the
    passphrase's key (PBKDF2-HMAC-SHA512, 256,000 rounds, the file's salt;
    AES-256-CBC per page, the IV in the page's reserved tail)."""
    data = path.read_bytes()
    salt, size, reserve = data[:16], 4096, 80
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 256_000, 32)

    def decrypt(page: bytes, first: bool) -> bytes:
        start = 16 if first else 0
        iv = page[size - reserve:size - reserve + 16]
        cipher = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return cipher.update(page[start:size - reserve]) + cipher.finalize()

    for number in range(len(data) // size):
        yield decrypt(data[number * size:(number + 1) * size], number == 0)
    wal = Path(str(path) + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[32:]
        for at in range(0, len(frames) - 24 - size + 1, 24 + size):
            page_no = int.from_bytes(frames[at:at + 4], "big")
            yield decrypt(frames[at + 24:at + 24 + size], page_no == 1)


def found_in_pages(path: Path, words=WORDS) -> int:
    return sum(1 for page in decrypted_pages(path) if _holds(page, words))


# ------------------------------------------------------------------ a cartella to erase
def add_person(store: Store, first: str, last: str, code: str | None = None, **fields) -> str:
    with store.session() as s:
        person = Person(first_name=first, last_name=last, codice_fiscale=code, **fields)
        s.add(person)
    return person.id


def fill_cartella(store: Store, person_id: str, other_id: str) -> None:
    """A bit of everything a cartella holds, the name written in free text too,
    and a record of another person that names them."""
    with store.session() as s:
        org = Organisation(name="Cooperativa Primavera", kind="cooperativa")
        s.add(org)
        s.flush()
        episode = CaseEpisode(person_id=person_id, origin="accesso_spontaneo")
        s.add(episode)
        s.flush()
        s.add_all([
            DiaryEntry(person_id=person_id, case_episode_id=episode.id, entry_type="colloquio",
                       occurred_at=dt.datetime(2026, 10, 1, 10),
                       text=f"Colloquio con {FIRST} {LAST}: chiede aiuto per la casa."),
            # closed long ago: frozen, and past the retention period
            DiaryEntry(person_id=person_id, entry_type="colloquio",
                       occurred_at=dt.datetime(2010, 3, 1, 9), status="chiusa",
                       closed_at=dt.datetime(2010, 3, 2, 9), text=f"Primo accesso di {LAST}."),
            Assessment(person_id=person_id, template_code="autonomia", assessed_on=dt.date(2026, 9, 1),
                       answers={"note": f"{FIRST} vive solo"}),
            Measure(person_id=person_id, measure_type="adi", notes=f"domanda di {LAST}"),
            Deadline(person_id=person_id, kind="verifica", due_on=dt.date(2026, 12, 20),
                     description=f"Rivedere {LAST}"),
            Document(person_id=person_id, doc_type="carta_identita", title=f"Documento {LAST}",
                     filename=f"{LAST}.pdf", sha256="0" * 64, size_bytes=30,
                     content=f"%PDF {FIRST} {LAST} {CODE}".encode()),
            NetworkMember(person_id=person_id, name=f"Ada {LAST}", relation="sorella"),
            Consent(person_id=person_id, organisation_id=org.id, given_on=dt.date(2026, 9, 1),
                    given_by=f"{FIRST} {LAST}"),
            NetworkMember(person_id=other_id, name=f"{FIRST} {LAST}", relation="fratello",
                          linked_person_id=person_id, contact="333 1234567"),
        ])
        person = s.get(Person, person_id)
        patto = lifecycle.new_patto(s, kind="adi", title=f"Patto di {FIRST} {LAST}",
                                    beneficiaries=[person])
        s.add_all([Goal(patto_id=patto.id, axis="abitare", title=f"Una casa per {FIRST}"),
                   Signatory(patto_id=patto.id, name=f"{FIRST} {LAST}", role="beneficiario",
                             person_id=person_id)])


def team_key(store: Store) -> bytes:
    return teams.team_key(store)


# ------------------------------------------------------------------ the test
def test_erased_person_leaves_no_trace_on_any_replica_or_the_root(team, folder):
    a, b, c = team.replica("a"), team.replica("b"), team.replica("c")
    pid = add_person(a, FIRST, LAST, CODE, phone="051 000000")
    qid = add_person(a, "Lucia", OTHER, "BNCLCU85M41A944S")
    fill_cartella(a, pid, qid)
    sync_all([a, b, c], folder)
    # Concurrent edits of the name: a conflict copy holds the losing value.
    with c.session() as s:
        s.get(Person, pid).last_name = f"{LAST}-Ricci"
    with a.session() as s:
        s.get(Person, pid).last_name = f"{LAST} Ricci"
    with b.session() as s:  # b's own bundle names the person too
        s.get(Person, pid).notes = f"{FIRST} ha traslocato"
    drafts.save(a, "persona", pid, {"first_name": FIRST, "last_name": LAST})
    drafts.save(c, "diario", None, {"person_id": pid, "text": "appunti"})
    for store in (a, b, c):
        engine.sync_once(store, folder, snapshot=True)
    sync_all([a, b, c], folder)
    key = team_key(a)
    root = Path(folder.root)
    # What every check below looks for is really there before the erasure.
    assert found_in_root(root, key)
    assert found_in_pages(a.path) > 0
    assert any(n.startswith("snapshot-") for n in os.listdir(root / a.replica_id))
    for store in (a, b, c):
        hits = found_in_database(store)
        assert {"person.last_name", "change_log.fields", "person_fts_content.c0",
                "diary_fts_content.c0"} <= hits, hits
        assert found_in_fts(store)
        with store.read() as s:
            assert search_people(s, LAST)
    with c.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(SyncConflict)
                        .where(SyncConflict.row_id == pid))
    with a.read() as s:
        audit_rows = s.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                              .where(AuditEvent.person_id == pid))

    with a.session() as s:
        report = erasure.erase_person(s, pid, reason="richiesta dell'interessato del 3/12/2026")
    assert report.removed["person"] == 1 and report.removed["diary_entry"] == 2
    assert report.removed["patto"] == 1 and report.anonymised == 1
    sync_all([a, b, c], folder)

    assert found_in_root(root, key) == set()
    for store in (a, b, c):
        assert found_in_database(store) == set(), store.path.name
        assert found_in_fts(store) == []
        assert found_in_pages(store.path) == 0, store.path.name
        assert found_in_pages(store.path, (OTHER,)) > 0  # the pages were really decrypted
        with store.read() as s:
            assert s.get(Person, pid) is None
            assert search_people(s, LAST) == [] and search_people(s, CODE) == []
            assert [h.id for h in search_people(s, OTHER)] == [qid]  # the index still works
            assert search_diary(s, FIRST) == []
            assert s.scalars(sa.select(Patto)).all() == []
            linked = s.scalars(sa.select(NetworkMember)).one()
            assert (linked.person_id, linked.linked_person_id, linked.name, linked.contact) == (
                qid, None, erasure.ANONYMOUS, None)
            trail = s.scalars(sa.select(Erasure)).one()
            assert (trail.person_id, trail.kind) == (pid, erasure.ERASE)
            assert trail.reason == "richiesta dell'interessato del 3/12/2026"
            # The audit rows naming the person by id stay, and the chains hold.
            assert s.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                            .where(AuditEvent.person_id == pid)) >= audit_rows
            assert audit.verify(s).ok
            assert drafts.pending(store) == []
            # The frozen-row guard is back after the closed entry went.
            assert s.execute(sa.text("SELECT 1 FROM sqlite_master WHERE name = "
                                     "'diary_entry_frozen_delete'")).first()
    assert digest(a) == digest(b) == digest(c)
    # The snapshots in the root are fresh ones: a new laptop starts from them
    # and never sees the person.
    assert all(len([n for n in os.listdir(root / r.replica_id) if n.startswith("snapshot-")
                    and n.count("-") == 1]) <= 1 for r in (a, b, c))
    d = team.replica("d")
    report = engine.sync_once(d, folder)
    assert report.ok and report.snapshot_loaded
    assert found_in_database(d) == set() and digest(d) == digest(a)


def test_a_webdav_root_is_cleaned_too(team, webdav):
    a, b = team.replica("a"), team.replica("b")
    target = webdav.target()
    pid = add_person(a, FIRST, LAST, CODE)
    fill_cartella(a, pid, add_person(a, "Lucia", OTHER))
    sync_all([a, b], target)
    for store in (a, b):
        assert engine.sync_once(store, target, snapshot=True).ok
    assert found_in_root(webdav.path, team_key(a))
    with b.session() as s:  # erased on the laptop that did not write the cartella
        erasure.erase_person(s, pid, reason="richiesta dell'interessato")
    sync_all([a, b], target)
    assert found_in_root(webdav.path, team_key(a)) == set()
    for store in (a, b):
        assert found_in_database(store) == set() and found_in_pages(store.path) == 0
    assert digest(a) == digest(b)


# ------------------------------------------------------------------ no resurrection
def test_an_older_offline_edit_does_not_bring_the_person_back(team, folder):
    a, b = team.replica("a"), team.replica("b")
    pid = add_person(a, FIRST, LAST, CODE)
    qid = add_person(a, "Lucia", OTHER)
    sync_all([a, b], folder)
    with b.session() as s:  # offline on b, before it hears of the erasure
        person = s.get(Person, pid)
        person.phone, person.last_name = "333 7654321", f"{LAST} Ricci"
        s.add(DiaryEntry(person_id=pid, entry_type="colloquio", occurred_at=dt.datetime(2026, 11, 2),
                         text=f"Visita a {FIRST}"))
        s.add(NetworkMember(person_id=qid, name=f"{FIRST} {LAST}", relation="amico",
                            linked_person_id=pid))
    with a.session() as s:
        erasure.erase_person(s, pid, reason="richiesta dell'interessato")
    assert engine.sync_once(a, folder).ok
    # b's changes reach the root before b applies the erasure, and a applies them
    # as they were written: the update of an erased row, a row under it.
    report = SyncReport()
    engine.publish(b, folder, team_key(b), report)
    assert report.ok and found_in_root(Path(folder.root), team_key(a))
    assert engine.sync_once(a, folder).ok
    sync_all([a, b], folder)
    for store in (a, b):
        with store.read() as s:
            assert s.get(Person, pid) is None
            assert s.scalars(sa.select(DiaryEntry)).all() == []
            member = s.scalars(sa.select(NetworkMember)).one()
            assert (member.linked_person_id, member.name) == (None, erasure.ANONYMOUS)
            assert s.scalars(sa.select(SyncConflict)).all() == []
        assert found_in_database(store) == set(), store.path.name
    assert found_in_root(Path(folder.root), team_key(a)) == set()
    assert digest(a) == digest(b)


def test_the_merge_lets_an_erasure_beat_every_write():
    insert = merge.Op("1000-0000-aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa", "diary_entry", "x", "insert",
                      {"text": "t", "status": "chiusa"}, {})
    later = merge.Op("3000-0000-bbbbbbbbbbbbbbbb", "bbbbbbbbbbbbbbbb", "diary_entry", "x", "update",
                     {"text": "u"}, {"aaaaaaaaaaaaaaaa": insert.hlc})
    erased = merge.Op("2000-0000-aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa", "diary_entry", "x", "delete",
                      {erasure.MARKER: "e1"}, {"aaaaaaaaaaaaaaaa": insert.hlc})
    plain = merge.Op(erased.hlc, erased.replica, "diary_entry", "x", "delete", None, erased.seen)
    # An ordinary delete of a frozen row is refused, an unseen later write survives it...
    assert merge.resolve("diary_entry", [insert, later, plain]).live
    # ...an erasure is not: no row, no conflict keeping the values.
    state = merge.resolve("diary_entry", [insert, later, erased])
    assert (state.live, state.conflicts, state.erased) == (False, [], "e1")


# ------------------------------------------------------------------ retention and restriction
@pytest.fixture
def staffed(tmp_path):
    """A database with accounts: an assistente sociale (who may erase), an
    educatore (who may not) in the same district, and a coordinatore (who may
    erase, and neither writes in cartelle nor reads confidential entries)."""
    store = Store.open(tmp_path / "staff.db", passphrase=PASSPHRASE, create=True)
    with store.session() as s:
        unit = s.scalar(sa.select(TerritorialUnit.id).where(TerritorialUnit.code == "DIST-BOLOGNA"))
        boss = Operator(first_name="Anna", last_name="Capo", role="assistente sociale",
                        territorial_unit_id=unit)
        educator = Operator(first_name="Elio", last_name="Educa", role="educatore",
                            territorial_unit_id=unit)
        coordinator = Operator(first_name="Carla", last_name="Coordina", role="coordinatore",
                               territorial_unit_id=unit)
        s.add_all([boss, educator, coordinator])
    accounts.create_first_administrator(store, username="assistente", password=PASSWORD,
                                        operator_id=boss.id)
    with store.session() as s:
        accounts.create_account(s, operator_id=educator.id, username="educatore",
                                password=PASSWORD, roles=["educatore"], districts=[unit],
                                must_change=False)
        accounts.create_account(s, operator_id=coordinator.id, username="coordinatore",
                                password=PASSWORD, roles=["coordinatore"], districts=[],
                                must_change=False)
    store.sign_out()
    store.unit = unit
    yield store
    store.close()


def signed_patto(store: Store, person_id: str) -> str:
    with store.session() as s:
        patto = lifecycle.new_patto(s, kind="adi", title="Progetto casa",
                                    beneficiaries=[s.get(Person, person_id)])
        s.add_all([Goal(patto_id=patto.id, axis="abitare", title="Casa"),
                   Signatory(patto_id=patto.id, name="La persona", role="beneficiario")])
        s.flush()
        s.refresh(patto)
        lifecycle.sign(patto, signed_on=dt.date(2026, 11, 3))
    return patto.id


def test_the_law_keeps_a_signed_patto_and_restriction_hides_the_person(staffed):
    store = staffed
    pid = add_person(store, FIRST, LAST, CODE, home_territorial_unit_id=store.unit)
    qid = add_person(store, "Lucia", OTHER, home_territorial_unit_id=store.unit)
    signed_patto(store, pid)
    accounts.sign_in(store, "assistente", PASSWORD)
    with store.session() as s:
        with pytest.raises(erasure.RetentionRequired) as refused:
            erasure.erase_person(s, pid, reason="richiesta dell'interessato")
    assert "La persona ha un patto firmato: la legge ne impone la conservazione" in str(refused.value)
    assert "limitarne il trattamento" in str(refused.value)
    with store.read() as s:
        assert s.get(Person, pid) is not None and s.scalars(sa.select(Erasure)).all() == []
        with pytest.raises(Exception, match="togli nome, cognome"):
            erasure.restrict_person(s, pid, reason=f"chiesto da {LAST}")
    with store.session() as s:
        report = erasure.restrict_person(s, pid, reason="richiesta di limitazione",
                                         today=dt.date(2026, 12, 3))
    assert report.kind == erasure.RESTRICT and "limitato" in report.message
    with store.read() as s:  # who may erase still sees them, and reading them is audited
        assert pid in {r.id for r in people(s)} and search_people(s, LAST)
        trail = s.scalars(sa.select(Erasure)).one()
        assert (trail.kind, trail.person_id, trail.role) == (erasure.RESTRICT, pid,
                                                             "Amministratore, Assistente sociale / case manager")
        assert audit.verify(s).ok
    store.sign_out()
    accounts.sign_in(store, "educatore", PASSWORD)
    with store.read() as s:
        listed = {r.id for r in people(s)}
        assert qid in listed and pid not in listed
        assert search_people(s, LAST) == [] and search_people(s, CODE) == []
        assert [h.id for h in search_people(s, OTHER)] == [qid]
        assert s.get(Person, pid) is None  # nor its cartella
    with store.session() as s, pytest.raises(PermissionDenied, match="cancellare"):
        erasure.erase_person(s, qid, reason="prova")
    with store.session() as s, pytest.raises(PermissionDenied, match="cancellare"):
        erasure.lift_restriction(s, pid, reason="prova")
    store.sign_out()
    accounts.sign_in(store, "assistente", PASSWORD)  # the restriction ends: seen again
    with store.session() as s:
        report = erasure.lift_restriction(s, pid, reason="verifica conclusa")
    assert report.kind == erasure.LIFT and "03/12/2026" in report.message
    with store.session() as s, pytest.raises(ValidationError, match="non è limitato"):
        erasure.lift_restriction(s, pid, reason="di nuovo")
    store.sign_out()
    accounts.sign_in(store, "educatore", PASSWORD)
    with store.read() as s:
        assert pid in {r.id for r in people(s)} and s.get(Person, pid) is not None
        assert [e.kind for e in s.scalars(sa.select(Erasure).order_by(Erasure.at))] == [
            erasure.RESTRICT, erasure.LIFT]
        assert audit.verify(s).ok


def test_a_coordinator_erases_entries_her_role_cannot_read(staffed):
    store = staffed
    pid = add_person(store, FIRST, LAST, CODE, home_territorial_unit_id=store.unit)
    with store.session() as s:
        s.add(DiaryEntry(person_id=pid, entry_type="colloquio", occurred_at=dt.datetime(2026, 11, 1),
                         confidentiality="riservato", text=f"Riservato: {FIRST} {LAST}"))
    accounts.sign_in(store, "coordinatore", PASSWORD)
    with store.read() as s:
        assert s.get(Person, pid) is not None and s.scalars(sa.select(DiaryEntry)).all() == []
    with store.session() as s:
        report = erasure.erase_person(s, pid, reason="richiesta dell'interessato")
    assert report.removed == {"diary_entry": 1, "person": 1}
    with store.read() as s:
        trail = s.scalars(sa.select(Erasure)).one()
        assert trail.role == "Coordinatore"
        row = s.scalars(sa.select(AuditEvent).where(AuditEvent.table_name == "erasure")).one()
        assert (row.person_id, row.action, row.operator_id) == (pid, "write", store.operator_id)
        assert audit.verify(s).ok
    store.sign_out()
    assert found_in_database(store) == set()


def test_a_recently_closed_diary_entry_is_kept_an_old_one_is_not(store):
    pid = add_person(store, FIRST, LAST)
    with store.session() as s:
        s.add(DiaryEntry(person_id=pid, entry_type="colloquio", occurred_at=dt.datetime(2024, 5, 1),
                         status="chiusa", closed_at=dt.datetime(2024, 5, 2), text="chiusa"))
    with store.session() as s, pytest.raises(erasure.RetentionRequired,
                                             match="ha una voce di diario chiusa negli ultimi 10"):
        erasure.erase_person(s, pid, reason="richiesta", today=dt.date(2026, 12, 3))
    with store.session() as s:  # ten years on, the law no longer asks
        erasure.erase_person(s, pid, reason="richiesta", today=dt.date(2034, 5, 3))
    with store.read() as s:
        assert s.get(Person, pid) is None and s.scalars(sa.select(DiaryEntry)).all() == []


# ------------------------------------------------------------------ the CLI
@pytest.fixture
def cli(monkeypatch, capsys, no_keyring):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)

    def run(*argv):
        code = main(list(argv))
        out = capsys.readouterr()
        return code, " ".join(out.out.split()), " ".join(out.err.split())

    return run


def test_cli_erases_restricts_and_refuses(tmp_path, cli):
    path = tmp_path / "cli.db"
    with Store.open(path, passphrase=PASSPHRASE, create=True) as store:
        pid = add_person(store, FIRST, LAST, CODE)
        kept = add_person(store, "Lucia", OTHER, "BNCLCU85M41A944S")
        signed_patto(store, kept)
    code, _, err = cli("privacy", "cancella", CODE, "--motivo", f"lo chiede {FIRST}",
                       "--db", str(path))
    assert code == 2 and "togli nome, cognome" in err
    code, out, _ = cli("privacy", "cancella", CODE.lower(), "--motivo", "richiesta dell'interessato",
                       "--db", str(path))
    assert code == 0 and "Persona cancellata" in out and "compattato" in out
    assert found_in_pages(path) == 0
    code, _, err = cli("privacy", "cancella", pid, "--motivo", "di nuovo", "--db", str(path))
    assert code != 0 and "non è né l'id di una persona" in err
    code, out, err = cli("privacy", "cancella", "BNCLCU85M41A944S", "--motivo", "richiesta",
                         "--db", str(path))
    assert code == 1 and "ha un patto firmato" in err
    assert "tessere privacy limita BNCLCU85M41A944S" in err
    code, out, err = cli("privacy", "limita", "BNCLCU85M41A944S", "--motivo", "richiesta",
                         "--db", str(path))
    assert code == 0 and "limitato" in out and "non ha account" in err
    with Store.open(path, passphrase=PASSPHRASE) as store, store.read() as s:
        assert [e.kind for e in s.scalars(sa.select(Erasure).order_by(Erasure.at, Erasure.kind))] \
            == [erasure.ERASE, erasure.RESTRICT]
        assert s.get(Person, kept).restricted_on == dt.date.today()
        assert audit.verify(s).ok
    code, out, _ = cli("privacy", "revoca-limitazione", "BNCLCU85M41A944S", "--motivo",
                       "verifica conclusa", "--db", str(path))
    assert code == 0 and "Limitazione revocata" in out
    code, _, err = cli("privacy", "revoca-limitazione", kept, "--motivo", "ancora",
                       "--db", str(path))
    assert code != 0 and "non è limitato" in err
    with Store.open(path, passphrase=PASSPHRASE) as store, store.read() as s:
        assert s.get(Person, kept).restricted_on is None
