"""Who may see what, on the demo data through the real core queries: each role's
people, scheda parts, PDFs, exports and CLI commands; login, lockout, and a
grant withdrawn while the operator is signed in."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from sqlalchemy import select

from desktop.__main__ import main
from desktop.core import access, accounts
from desktop.core.access import PermissionDenied
from desktop.core.anagrafica import person_header
from desktop.core.audit import accesses
from desktop.core.cartella import diario
from desktop.core.cartella.export import cartella_json
from desktop.core.errors import ValidationError
from desktop.core.model import (
    Account, Assessment, AuditEvent, BudgetLine, Comune, DiaryEntry, Document, Measure, Patto,
    PattoBeneficiary, Person, Role, Signatory, Support,
)
from desktop.core.persone import people
from desktop.core.search import search_people
from desktop.core.store import Store
from desktop.pdf import cartella_pdf
from tests.conftest import PASSPHRASE

from tests.demo_accounts import PASSWORD, USERS


@pytest.fixture
def open_as(demo_file, tmp_path):
    """A private copy of the demo, opened and signed in as a user (None: nobody)."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    opened = []

    def sign(user: str | None) -> Store:
        store = Store.open(path, passphrase=PASSPHRASE)
        opened.append(store)
        if user:
            accounts.sign_in(store, user, PASSWORD)
        return store

    yield sign
    for store in opened:
        store.close()


def expected_people(store: Store, grants: access.Access) -> set[str]:
    """The rule in the issue's words, computed without the core's condition."""
    with store.session(capture=False) as s:  # the system's own view: everything
        everyone = s.execute(select(Person.id, Person.home_territorial_unit_id,
                                    Person.residence_comune_id, Person.case_manager_id)).all()
        unit_of_comune = dict(s.execute(select(Comune.id, Comune.territorial_unit_id)).all())
        partner_patti = set(s.scalars(select(Signatory.patto_id).where(
            Signatory.organisation_id == grants.organisation_id))) | set(s.scalars(
                select(Support.patto_id).where(
                    Support.provider_organisation_id == grants.organisation_id)))
        beneficiaries = s.execute(select(PattoBeneficiary.patto_id,
                                         PattoBeneficiary.person_id)).all()
    if grants.scope == "partner":
        return {person for patto, person in beneficiaries if patto in partner_patti}
    if grants.scope == "nessuno":
        return set()
    return {p.id for p in everyone
            if p.home_territorial_unit_id in grants.unit_ids
            or (p.home_territorial_unit_id is None
                and unit_of_comune.get(p.residence_comune_id) in grants.unit_ids)
            or p.case_manager_id == grants.operator_id}


@pytest.mark.parametrize("user", sorted(USERS))
def test_each_role_lists_and_searches_exactly_its_people(open_as, user):
    store = open_as(user)
    expected = expected_people(store, store.access)
    with store.read() as s:
        listed = {row.id for row in people(s)}
        found = {hit.id for word in ("a", "e", "o") for hit in search_people(s, word, limit=10_000)}
    assert listed == expected
    assert found <= expected and (found or not expected)
    if user != "capo":
        assert expected, "the demo gives every role somebody to see"
    if user == "coordinatore":  # the whole ambito, not one district
        assert len(store.access.unit_ids) > 3


def test_a_refused_person_is_never_fetched(open_as):
    store = open_as("educatore")
    with open_as(None).read() as s:
        everyone = people(s)
    hidden = next(p.id for p in everyone if p.id not in expected_people(store, store.access))
    with store.read() as s:
        with pytest.raises(ValidationError, match="non è tra quelle che il tuo ruolo"):
            person_header(s, hidden)
        assert s.get(Person, hidden) is None
        assert s.scalars(select(DiaryEntry).where(DiaryEntry.person_id == hidden)).all() == []
        assert accesses(s, person_id=hidden) == []
    with store.read() as s, pytest.raises(ValidationError):
        cartella_pdf(s, hidden)


def test_confidential_entries_show_only_to_granted_roles_or_their_author(open_as):
    for user, allowed in (("educatore", {"ordinario"}),
                          ("sanitario", {"ordinario", "riservato", "sanitario", "dipendenze"})):
        store = open_as(user)
        with store.read() as s:
            seen = s.execute(select(DiaryEntry.confidentiality, DiaryEntry.author_id)).all()
            for model, author in ((Document, Document.added_by_id),
                                  (Assessment, Assessment.operator_id)):
                seen += s.execute(select(model.confidentiality, author)).all()
        assert seen
        assert all(level in allowed or author == store.access.operator_id
                   for level, author in seen)


def test_a_health_entry_reaches_health_roles_and_not_the_social_worker(open_as):
    nurse = open_as("sanitario")
    with nurse.read() as s:
        person_id = people(s)[0].id
    with nurse.session() as s:
        entry_id = diario.add_entry(s, person_id, diario.EntryFields(
            entry_type="colloquio", occurred_at=dt.datetime(2026, 11, 19, 10),
            text="Terapia depot rivista al CSM.", confidentiality="sanitario"),
            author_id=nurse.operator_id)
    with nurse.read() as s:
        assert s.get(DiaryEntry, entry_id) is not None
    for user, sees in (("assistente", False), ("coordinatore", True)):
        with open_as(user).read() as s:
            assert (s.get(DiaryEntry, entry_id) is not None) is sees, user


def test_a_partner_sees_its_patti_and_only_the_parts_it_needs(open_as):
    store = open_as("partner")
    org = store.access.organisation_id
    with open_as(None).read() as s:
        own = set(s.scalars(select(Signatory.patto_id).where(Signatory.organisation_id == org)))
        own |= set(s.scalars(select(Support.patto_id).where(Support.provider_organisation_id == org)))
    with store.read() as s:
        assert {p.id for p in s.scalars(select(Patto))} == own
        for hidden in (BudgetLine, Measure, Document, Assessment):
            assert s.scalars(select(hidden)).all() == [], hidden.__name__
        assert all(x.provider_organisation_id == org for x in s.scalars(select(Support)))
        assert all(e.organisation_id == org for e in s.scalars(select(DiaryEntry)))


@pytest.mark.parametrize("user,action,permission", [
    ("educatore", "export", "esportare"), ("educatore", "sign", "firmare"),
    ("coordinatore", "write", "scrivere"), ("capo", "read", "consultare"),
    ("educatore", "accounts", "gestire account"),
])
def test_what_a_role_may_not_do_is_refused_in_italian(open_as, user, action, permission):
    store = open_as(user)
    visible = expected_people(store, store.access) or expected_people(
        store, accounts_access(store, "assistente"))
    person_id = sorted(visible)[0]
    with pytest.raises(PermissionDenied, match=f"non permette di {permission}"):
        with store.session() as s:
            if action == "export":
                cartella_json(s, person_id)
            elif action == "sign":
                from desktop.core.patti.lifecycle import sign

                patto = s.scalar(select(Patto).where(Patto.state == "bozza"))
                assert patto is not None, "the educator sees a patto in bozza"
                sign(patto)
            elif action == "write":
                diario.add_entry(s, person_id, diario.EntryFields(
                    entry_type="colloquio", occurred_at=dt.datetime(2026, 11, 19, 10),
                    text="prova"), author_id=store.operator_id)
            elif action == "read":
                person_header(s, person_id)
            else:
                accounts.create_account(s, operator_id=store.operator_id, username="nuovo",
                                        password=PASSWORD, roles=["educatore"], districts=[])


def accounts_access(store: Store, user: str) -> access.Access:
    with store.session(capture=False) as s:
        account_id = s.scalar(select(accounts.Account.id).where(accounts.Account.username == user))
        return access.load_access(s, account_id)


def test_a_grant_withdrawn_meanwhile_refuses_the_next_action(open_as):
    educator, admin = open_as("educatore"), open_as("capo")
    with educator.read() as s:
        person_id = people(s)[0].id
    with admin.session() as s:  # another laptop of the team, or this one's administrator
        role = s.scalar(select(Role).where(Role.code == "educatore"))
        role.permissions = [p for p in role.permissions if p != "write"]
    with pytest.raises(PermissionDenied, match="non permette di scrivere"):
        with educator.session() as s:
            diario.add_entry(s, person_id, diario.EntryFields(
                entry_type="colloquio", occurred_at=dt.datetime(2026, 11, 19, 10), text="prova"),
                author_id=educator.operator_id)
    with admin.session() as s:
        accounts.set_disabled(s, "educatore", True)
    with pytest.raises(PermissionDenied, match="disattivato"):
        with educator.read() as s:
            people(s)
    with pytest.raises(accounts.LoginError, match="disattivato"):
        accounts.sign_in(open_as(None), "educatore", PASSWORD)


def test_lockout_grows_and_ends(open_as):
    store = open_as(None)
    start = dt.datetime(2026, 12, 6, 9)
    for attempt in range(accounts.FREE_ATTEMPTS):
        with pytest.raises(accounts.LoginError) as refused:
            accounts.sign_in(store, "educatore", "sbagliata!!", now=start)
        assert not isinstance(refused.value, accounts.AccountLockedError)
    with pytest.raises(accounts.AccountLockedError, match="30 secondi") as locked:
        accounts.sign_in(store, "educatore", "sbagliata!!", now=start)
    assert locked.value.seconds == 30
    with pytest.raises(accounts.AccountLockedError, match="bloccato"):  # even the right one
        accounts.sign_in(store, "educatore", PASSWORD, now=start + dt.timedelta(seconds=10))
    later = start + dt.timedelta(seconds=31)
    with pytest.raises(accounts.AccountLockedError) as locked:
        accounts.sign_in(store, "educatore", "sbagliata!!", now=later)
    assert locked.value.seconds == 60
    assert accounts.sign_in(store, "educatore", PASSWORD,
                            now=later + dt.timedelta(seconds=61)).username == "educatore"
    with pytest.raises(accounts.LoginError) as fresh:  # the count starts again
        accounts.sign_in(store, "educatore", "sbagliata!!", now=later + dt.timedelta(seconds=62))
    assert not isinstance(fresh.value, accounts.AccountLockedError)


def test_a_hash_with_older_parameters_still_signs_in_and_is_made_again(open_as):
    from argon2 import PasswordHasher

    older = PasswordHasher(time_cost=4, memory_cost=128 * 1024, parallelism=2)  # Tessere's first
    with open_as(None).session() as s:  # the file as an older Tessere left it
        s.scalar(select(Account).where(Account.username == "educatore")).password_hash = \
            older.hash(PASSWORD)
    store = open_as(None)
    assert accounts.sign_in(store, "educatore", PASSWORD).username == "educatore"
    with store.read() as s:
        stored = s.scalar(select(Account.password_hash).where(Account.username == "educatore"))
    assert not accounts.HASHER.check_needs_rehash(stored)
    assert accounts.HASHER.verify(stored, PASSWORD)
    assert accounts.sign_in(open_as(None), "educatore", PASSWORD).username == "educatore"


def test_unknown_user_and_wrong_password_read_the_same(open_as):
    store = open_as(None)
    messages = set()
    for user, password in (("nessuno", PASSWORD), ("educatore", "sbagliata!!")):
        with pytest.raises(accounts.LoginError) as refused:
            accounts.sign_in(store, user, password)
        messages.add(str(refused.value))
    assert messages == {"Nome utente o password non corretti."}


def test_password_change_reset_and_temporary_password(open_as):
    admin = open_as("capo")
    with admin.session() as s:
        accounts.reset_password(s, "educatore", "temporanea-1234")
    with admin.read() as s:
        row = s.scalar(select(AuditEvent).where(AuditEvent.purpose == "reimpostazione della password"))
        assert row is not None and row.operator_id == admin.operator_id
    educator = open_as(None)
    with pytest.raises(accounts.LoginError):
        accounts.sign_in(educator, "educatore", PASSWORD)
    assert accounts.sign_in(educator, "educatore", "temporanea-1234").must_change_password
    with pytest.raises(ValidationError, match="almeno"):
        accounts.change_password(educator, "temporanea-1234", "corta")
    accounts.change_password(educator, "temporanea-1234", "la-mia-nuova-password")
    assert not accounts.sign_in(open_as(None), "educatore",
                                "la-mia-nuova-password").must_change_password


def test_the_audit_names_the_operator_and_their_role(open_as):
    store = open_as("assistente")
    with store.read() as s:
        person_id = people(s)[0].id
        person_header(s, person_id)
    with store.session(capture=False) as s:
        row = s.scalar(select(AuditEvent).where(AuditEvent.person_id == person_id)
                       .order_by(AuditEvent.seq.desc()))
    assert row.operator_id == store.operator_id
    assert row.role == "Assistente sociale / case manager"


def test_first_administrator_only_once(open_as):
    store = open_as(None)
    with pytest.raises(PermissionDenied, match="Esiste già un amministratore"):
        accounts.create_first_administrator(store, username="altro", password=PASSWORD)


def test_the_last_administrator_cannot_be_removed(open_as):
    """Someone must always manage accounts: the only administrator cannot drop
    the role (nor disable their own account); once another has it, they can."""
    store = open_as("capo")
    districts = sorted(store.access.unit_ids)
    for change in (lambda s: accounts.set_grants(s, "capo", ["educatore"], districts),
                   lambda s: accounts.set_roles(s, store.access.operator_id, ["coordinatore"])):
        with pytest.raises(ValidationError, match="nessun account potrebbe più gestire"), \
                store.session() as s:
            change(s)
    with store.session() as s:
        accounts.set_grants(s, "coordinatore", ["coordinatore", "amministratore"], districts)
    with store.session() as s:
        accounts.set_grants(s, "capo", ["educatore"], districts)
    store.sign_out()
    accounts.sign_in(store, "coordinatore", PASSWORD)
    with pytest.raises(ValidationError, match="tuo stesso account"), store.session() as s:
        accounts.set_disabled(s, "coordinatore", True)
    with store.read() as s:
        admins = [row.username for row in accounts.list_accounts(s)
                  if "amministratore" in row.role_codes]
    assert admins == ["coordinatore"]


def test_the_coordinator_decides_on_pairs_the_educatore_cannot(open_as):
    """Linking two records of one person needs «resolve_conflicts», which the
    coordinator has (without «write»), and the educatore has not."""
    from desktop.core import matching

    store = open_as("coordinatore")
    with store.read() as s:
        first, second = s.scalars(select(Person.id).order_by(Person.id).limit(2)).all()
    with store.session() as s:
        assert matching.decide(s, first, second, "respinto").decision == "respinto"
    educatore = open_as("educatore")
    with educatore.read() as s:
        seen = s.scalars(select(Person.id).order_by(Person.id).limit(2)).all()
    with pytest.raises(PermissionDenied), educatore.session() as s:
        matching.decide(s, *seen, "confermato")


def test_role_for_a_job_title():
    assert [accounts.role_for_title(t) for t in (
        "Educatrice professionale", "infermiere CSM", "operatore ETS", "Coordinatore UdP",
        "assistente sociale", "psichiatra")] == [
        "educatore", "operatore_sanitario", "partner_terzo_settore", "coordinatore",
        "assistente_sociale", "operatore_sanitario"]


# ------------------------------------------------------------------ CLI
@pytest.fixture
def cli(demo_file, tmp_path, monkeypatch, capsys, no_keyring):
    path = tmp_path / "cli.db"
    shutil.copy(demo_file, path)
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TESSERE_PASSWORD", PASSWORD)

    def run(*argv):
        code = main([*argv, "--db", str(path)])
        out = capsys.readouterr()
        return code, out.out, " ".join(out.err.split())

    return run


def test_cli_asks_who_you_are_and_scopes_the_commands(cli, demo_file):
    code, _, err = cli("persone")
    assert code == 1 and "indica chi sei con --operator" in err
    counts = {}
    for user in ("assistente", "educatore", "coordinatore", "capo"):
        code, out, err = cli("persone", "--json", "--operator", user)
        assert code == 0, err
        counts[user] = len(json.loads(out))
    store = Store.open(demo_file, passphrase=PASSPHRASE)
    try:
        for user, count in counts.items():
            assert count == len(expected_people(store, accounts_access(store, user))), user
    finally:
        store.close()
    assert counts["capo"] == 0 and all(counts[u] for u in ("assistente", "educatore", "coordinatore"))
    code, _, err = cli("cartella", "esporta", "--operator", "educatore", "RSSMRA80A01H501U")
    assert code == 1 and "non permette di esportare" in err
    code, _, err = cli("account", "elenco", "--operator", "educatore")
    assert code == 1 and "non permette di gestire account" in err
    code, out, _ = cli("account", "elenco", "--operator", "capo")
    assert code == 0 and "educatore" in out and "Partner del terzo settore" in out


def test_relationship_loads_are_scoped_too(open_as):
    """A lazy load is a statement of its own: a partner reaching a person's
    network through the relationship gets nothing, as through a query."""
    store = open_as("partner")
    with store.read() as s:
        person = s.scalars(select(Person)).first()
        assert person is not None and person.network == []
    with open_as(None).read() as s:
        assert s.get(Person, person.id).network, "the demo gives that person a network"


def test_a_join_to_an_alias_is_scoped_on_the_alias(open_as):
    """Criteria are built for the entity SQLAlchemy finds, an alias in a JOIN
    included: the joined person is filtered, not the outer row."""
    from sqlalchemy.orm import aliased

    store = open_as("educatore")
    visible = expected_people(store, store.access)
    other = aliased(Person)
    with open_as(None).read() as s:
        pairs = s.execute(select(DiaryEntry.id, DiaryEntry.person_id)).all()
    with store.read() as s:
        joined = s.execute(select(DiaryEntry.id, other.id)
                           .join(other, other.id == DiaryEntry.person_id)).all()
    assert joined and {person for _, person in joined} <= visible
    assert len(joined) < len(pairs), "the demo has entries of people the educatore cannot see"


def test_one_statement_serves_each_operator_their_own_rows(open_as):
    """Compiled statements are cached per set of grants: the same statement,
    run on one computer as one operator then another and back, answers each
    with their own people."""
    store = open_as(None)
    statement = select(Person.id)
    seen = {}
    for user in ("assistente", "partner", "coordinatore", "assistente", "partner"):
        store.sign_out()
        accounts.sign_in(store, user, PASSWORD)
        with store.read() as s:
            rows = set(s.scalars(statement))
        assert rows == expected_people(store, store.access), user
        assert seen.setdefault(user, rows) == rows
    assert len({frozenset(rows) for rows in seen.values()}) == 3
    only_assistente = next(iter(seen["assistente"] - seen["partner"]))
    for user in ("assistente", "partner", "assistente"):  # loads by primary key, too
        store.sign_out()
        accounts.sign_in(store, user, PASSWORD)
        with store.read() as s:
            assert (s.get(Person, only_assistente) is not None) == (user == "assistente")


def test_no_mapper_loads_by_join():
    """``access._tables_in`` sees the tables a statement names; a relationship
    eager-loaded by join would add one it cannot see."""
    from desktop.core.model import Base

    joined = [f"{m.class_.__name__}.{r.key}" for m in Base.registry.mappers
              for r in m.relationships if r.lazy in ("joined", "subquery")]
    assert joined == []


@pytest.mark.parametrize("first_look", [5, 400])
def test_scoped_search_keeps_the_index_order_of_the_visible(open_as, monkeypatch, first_look):
    """Both paths (every match filtered, or the full ranking for a common word)
    give the unscoped answer with the invisible taken out, best first."""
    import desktop.core.search as search

    monkeypatch.setattr(search, "_SCOPED_FIRST_LOOK", first_look)
    store = open_as("educatore")
    visible = expected_people(store, store.access)
    for text in ("a", "ma", "ro", "bo"):
        with open_as(None).read() as s:
            everyone = [hit.id for hit in search_people(s, text, limit=10_000)]
        with store.read() as s:
            scoped = [hit.id for hit in search_people(s, text, limit=20)]
        assert scoped == [pid for pid in everyone if pid in visible][:20], text


def test_an_art_15_request_prints_and_exports_who_accessed_with_the_purpose(cli, tmp_path):
    from pypdf import PdfReader

    code, out, err = cli("persone", "--json", "--operator", "assistente")
    code_fiscale = next(p["codice_fiscale"] for p in json.loads(out) if p["codice_fiscale"])
    code, out, err = cli("cartella", "esporta", code_fiscale, "--operator", "assistente",
                         "--scopo", "verifica del patto")
    assert code == 0, err
    code, _, err = cli("print", "cartella", code_fiscale, "--accessi", "--operator", "assistente",
                       "--scopo", "richiesta dell'interessato (art. 15 GDPR)",
                       "-o", str(tmp_path / "art15.pdf"))
    assert code == 0, err
    text = " ".join(" ".join(page.extract_text() for page in
                             PdfReader(tmp_path / "art15.pdf").pages).split())
    assert "Chi ha consultato la cartella" in text and "verifica del patto" in text
    code, out, _ = cli("cartella", "esporta", code_fiscale, "--operator", "assistente")
    purposes = [a["purpose"] for a in json.loads(out)["accessi"]]
    assert purposes[:2] == ["richiesta dell'interessato (art. 15 GDPR)", "verifica del patto"]


def test_a_court_order_attached_as_giudiziario_reaches_only_granted_roles(open_as):
    from desktop.core.cartella.documenti import DocumentFields, attach_to_person, list_documents

    social_worker = open_as("assistente")
    with social_worker.read() as s:
        person_id = people(s)[0].id
    with social_worker.session() as s:
        with pytest.raises(ValidationError, match="non è un livello"):
            attach_to_person(s, person_id, b"%PDF-1.4", "decreto.pdf",
                             DocumentFields(doc_type="altro", confidentiality="segretissimo"))
    with social_worker.session() as s:
        document_id = attach_to_person(s, person_id, b"%PDF-1.4", "decreto.pdf", DocumentFields(
            doc_type="altro", title="Decreto del tribunale", confidentiality="giudiziario"))
    with social_worker.read() as s:
        assert document_id in {d.id for d in list_documents(s, person_id)}
    for user in ("educatore", "sanitario"):
        with open_as(user).read() as s:
            assert s.get(Document, document_id) is None, user


def test_an_operator_registers_only_people_they_will_see(open_as):
    store = open_as("educatore")
    district = sorted(store.access.unit_ids)[0]
    with pytest.raises(PermissionDenied, match="non rientrerebbe tra quelle che puoi vedere"):
        with store.session() as s:
            s.add(Person(first_name="Ada", last_name="Neri"))
    with store.session() as s:
        s.add(person := Person(first_name="Ada", last_name="Neri",
                               home_territorial_unit_id=district))
    with store.read() as s:
        assert s.get(Person, person.id) is not None
    with pytest.raises(PermissionDenied, match="non registra nuove persone"):
        with open_as("partner").session() as s:
            s.add(Person(first_name="Bea", last_name="Neri", home_territorial_unit_id=district))


def test_the_new_person_form_starts_in_the_operators_district(open_as):
    from desktop.core.anagrafica import person_form

    store = open_as("educatore")
    with store.read() as s:
        form = person_form(s)
    assert form.default_unit_id in store.access.unit_ids


@pytest.mark.parametrize("scope, units, permissions", [
    ("ambito", frozenset(), {"read", "erase"}),  # sees everyone: only confidential entries
    ("ambito", frozenset(), {"read"}),
    ("ambito", frozenset({"u1"}), {"read", "erase"}),
    ("distretto", frozenset({"u1"}), {"read"}),
    ("partner", frozenset(), {"read"}),
    ("nessuno", frozenset(), set()),
])
def test_the_scoped_tables_are_those_with_rules(scope, units, permissions):
    grants = access.Access(
        operator_id="op", account_id="acc", username="x", organisation_id="org",
        role_codes=(), role_names=(), permissions=frozenset(permissions),
        confidentiality=frozenset(), scope=scope, unit_ids=units)
    assert access._scoped_tables(grants) == frozenset(
        cls.__tablename__ for cls in access._SCOPED if access._rules(grants, cls, cls))
