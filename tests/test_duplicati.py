"""One person once: the records proposed before a new person is saved, the
duplicate flag two laptops get after syncing a person both registered offline,
and the merge that shows the pair once and is undone exactly."""
from __future__ import annotations

import datetime as dt

import pytest
from codicefiscale import codicefiscale as cfl
from sqlalchemy import func, select

from desktop.__main__ import main
from desktop.core import accounts, duplicati
from desktop.core.model import Comune, Operator, Person, PersonLink
from desktop.core.persone import PeopleFilter, count_people, find_people, people
from desktop.core.profile import create_profile, districts
from desktop.core.rules import codice_fiscale as cf
from desktop.core.store import Store
from desktop.sync import engine
from tests.conftest import PASSPHRASE
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import digest, sync_all

PASSWORD = "una-password-lunga"
team, folder = sync_fixtures.team, sync_fixtures.folder  # laptops and their shared folder
BORN = dt.date(1978, 4, 3)


def comune_id(session, name: str) -> str:
    return session.scalar(select(Comune.id).where(Comune.name == name))


def code_for(session, first: str, last: str, born=BORN, place="Bologna", sex="M") -> str:
    catastale = session.scalar(select(Comune.codice_catastale).where(Comune.name == place))
    return cf.compute(first_name=first, last_name=last, sex=sex, birth_date=born,
                      birthplace=catastale)


def omocode(code: str) -> str:
    """The same person's code after omocodia (the last digit slot as a letter)."""
    chars = list(code[:15])
    chars[14] = "LMNPQRSTUV"[int(chars[14])]
    body = "".join(chars)
    return body + cfl.encode_cin(body)


def add(store, first: str, last: str, *, code: str | None = "auto", born=BORN,
        place="Bologna", sex="M", unit: str | None = None, created=None) -> str:
    with store.session() as s:
        if code == "auto":
            code = code_for(s, first, last, born, place, sex)
        person = Person(first_name=first, last_name=last, sex=sex, birth_date=born,
                        birth_comune_id=comune_id(s, place), codice_fiscale=code,
                        codice_fiscale_missing_reason=None if code else "in attesa",
                        home_territorial_unit_id=unit, created_at=created or dt.datetime.now())
        s.add(person)
    return person.id


def records(store) -> list[tuple]:
    """Every person row, every column: what a merge must leave as it was."""
    with store.read() as s:
        return [tuple(row) for row in s.execute(select(Person.__table__).order_by(Person.id))]


def form(session, first: str, last: str, *, code: str | None = None, born=BORN,
         place="Bologna", sex="M") -> dict:
    return {"first_name": first, "last_name": last, "sex": sex, "birth_date": born,
            "birth_comune_id": comune_id(session, place), "birth_country": None,
            "codice_fiscale": code}


# ------------------------------------------------------------------ the prompt
def test_the_prompt_proposes_the_same_code_even_after_omocodia(store):
    mario = add(store, "Mario", "Rossi")
    with store.read() as s:
        code = s.get(Person, mario).codice_fiscale
        check = duplicati.possible_duplicates(s, form(s, "Mario", "Rossi", code=omocode(code)))
    assert [p.person.person_id for p in check.proposals] == [mario]
    proposal = check.proposals[0]
    assert "stesso codice fiscale" in proposal.reasons
    assert proposal.person.full_name == "Rossi Mario" and proposal.person.birthplace == "Bologna"
    assert proposal.person.codice_fiscale == code and check.hint is None


def test_the_prompt_proposes_a_similar_name_born_the_same_day_in_the_same_place(store):
    giuseppina = add(store, "Giuseppina", "Esposito", code=None, sex="F")
    add(store, "Giuseppina", "Esposito", code=None, sex="F", place="Modena")  # born elsewhere
    add(store, "Giuseppina", "Esposito", code=None, sex="F", born=dt.date(1978, 5, 9))
    add(store, "Carla", "Bruni", code=None, sex="F")  # same day and place, another name
    with store.read() as s:
        check = duplicati.possible_duplicates(s, form(s, "Giuseppina", "Esposito Russo",
                                                      sex="F"))
        assert not duplicati.possible_duplicates(s, form(s, "Anna", "Verdi", sex="F"))
        again = duplicati.possible_duplicates(s, form(s, "Giuseppina", "Esposito", sex="F"),
                                              exclude_id=giuseppina)
    assert [p.person.person_id for p in check.proposals] == [giuseppina]
    reasons = check.proposals[0].reasons
    assert "stessa data di nascita" in reasons and "stesso luogo di nascita" in reasons
    assert giuseppina not in [p.person.person_id for p in again.proposals]


@pytest.fixture
def scoped(store):
    """Two districts; «anna» (assistente sociale) sees the first only."""
    with store.read() as s:
        first, second = [d.id for d in districts(s)[:2]]
    elsewhere = add(store, "Mario", "Rossi", unit=second)
    with store.read() as s:
        code = s.get(Person, elsewhere).codice_fiscale
    create_profile(store, first_name="Capo", last_name="Ufficio", role="amministratore",
                   territorial_unit_id=first)
    accounts.create_first_administrator(store, username="capo", password=PASSWORD)
    with store.session() as s:
        operator = Operator(first_name="Anna", last_name="Verdi", role="assistente sociale",
                            territorial_unit_id=first)
        s.add(operator)
        s.flush()
        accounts.create_account(s, operator_id=operator.id, username="anna", password=PASSWORD,
                                roles=["assistente_sociale"], districts=[first],
                                must_change=False)
    return store, code


def test_a_record_out_of_reach_is_only_hinted_at(scoped):
    store, code = scoped
    store.sign_out()
    accounts.sign_in(store, "anna", PASSWORD)
    with store.read() as s:
        check = duplicati.possible_duplicates(s, form(s, "Mario", "Rossi", code=code))
    assert check.proposals == [] and check.hidden_same_code == 1
    assert "in un altro distretto: chiedi al coordinatore" in check.hint
    assert "Rossi" not in check.hint and "Mario" not in check.hint


# ---------------------------------------------------------- merge and the list
def test_a_merge_shows_the_pair_once_and_is_undone_exactly(store):
    first = add(store, "Mario", "Rossi", created=dt.datetime(2026, 1, 5))
    with store.read() as s:
        second_code = omocode(s.get(Person, first).codice_fiscale)
    second = add(store, "Mario", "Rossi", code=second_code, created=dt.datetime(2026, 3, 1))
    add(store, "Anna", "Verdi", sex="F")
    with store.read() as s:
        before = records(store), count_people(s)
        pairs = duplicati.duplicate_suspects(s)
        assert [(p.a.person_id, p.b.person_id) for p in pairs] == [tuple(sorted((first, second)))]
        assert count_people(s, PeopleFilter(duplicates=True)) == 2
    with store.session() as s:
        link = duplicati.merge(s, second, first)
    with store.read() as s:
        assert duplicati.duplicate_suspects(s) == []
        listed = {r.id for r in people(s)}
        assert first in listed and second not in listed and count_people(s) == before[1] - 1
        assert [r.id for r in find_people(s, second_code)] == [first]  # its code finds the pair
        assert count_people(s, PeopleFilter(duplicates=True)) == 0
        (merged,) = duplicati.merged_with(s, first)
        assert merged.person.person_id == second and not merged.in_list and merged.link_id == link
        assert duplicati.merged_with(s, second)[0].in_list
    with store.session() as s:
        duplicati.unmerge(s, link)
    with store.read() as s:
        assert (records(store), count_people(s)) == before
        assert s.scalar(select(func.count()).select_from(PersonLink)) == 0


def test_keep_apart_is_not_proposed_again(store):
    first = add(store, "Mario", "Rossi", code=None)
    second = add(store, "Mario", "Rosi", code=None)
    with store.session() as s:
        duplicati.keep_apart(s, first, second)
    with store.read() as s:
        assert duplicati.duplicate_suspects(s) == []
        assert count_people(s) == 2


# ------------------------------------------------------------- two laptops
def register(store, unit: str) -> str:
    """The editor's «È un'altra persona: salva» path, as a laptop offline does it."""
    with store.session() as s:
        values = form(s, "Mario", "Rossi")
        values.update(codice_fiscale=code_for(s, "Mario", "Rossi"), home_territorial_unit_id=unit)
        assert not duplicati.possible_duplicates(s, values)  # nobody here yet
        return duplicati.save_new_person(s, values)


def test_two_laptops_register_one_person_offline_and_both_get_the_flag(team, folder):
    a, b = team.replica("a"), team.replica("b")
    sync_all([a, b], folder)
    with a.read() as s:
        unit = districts(s)[0].id
    on_a, on_b = register(a, unit), register(b, unit)
    first = engine.sync_once(a, folder)  # a publishes; nothing from b yet
    assert first.ok and first.duplicates == 0
    second = engine.sync_once(b, folder)  # b receives a's Mario
    assert second.ok and second.duplicates == 1
    assert "1 possibile doppione da verificare" in second.summary()
    third = engine.sync_once(a, folder)  # a receives b's
    assert third.duplicates == 1 and "possibile doppione" in " ".join(third.warnings)
    for store in (a, b):
        with store.read() as s:
            (pair,) = duplicati.duplicate_suspects(s)
            assert {pair.a.person_id, pair.b.person_id} == {on_a, on_b}
            assert "stesso codice fiscale" in pair.reasons

    with b.session() as s:  # merged on one laptop…
        link = duplicati.merge(s, on_a, on_b)
    sync_all([a, b], folder)
    with a.read() as s:  # …the other sees it merged
        assert duplicati.duplicate_suspects(s) == []
        assert [r.id for r in people(s)] == [min((on_a, on_b), key=lambda i: (
            s.get(Person, i).created_at, i))]
    with a.session() as s:  # and undone on the other
        duplicati.unmerge(s, link)
    sync_all([a, b], folder)
    with b.read() as s:
        assert len(duplicati.duplicate_suspects(s)) == 1 and count_people(s) == 2
    assert digest(a) == digest(b)


# ------------------------------------------------------------------------ CLI
@pytest.fixture
def cli(tmp_path, monkeypatch, capsys, no_keyring):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "cli.db"
    store = Store.open(path, passphrase=PASSPHRASE, create=True)

    def run(*argv):
        code = main([*argv, "--db", str(path)])
        out = capsys.readouterr()
        return code, out.out, " ".join(out.err.split())

    first = add(store, "Mario", "Rossi")
    with store.read() as s:
        code = s.get(Person, first).codice_fiscale
    add(store, "Mario", "Rossi", code=omocode(code))
    store.close()
    return run, code


def test_cli_lists_merges_and_undoes(cli):
    run, code = cli
    status, out, _ = run("doppioni", "elenco")
    assert status == 0 and "Rossi Mario" in out and "stesso codice fiscale" in out
    status, out, _ = run("doppioni", "unisci", code, omocode(code))
    assert status == 0 and "stessa persona" in out
    link = out.split("collegamento ")[1].split(";")[0]
    assert "Nessun possibile doppione" in run("doppioni", "elenco")[1]
    status, out, _ = run("doppioni", "annulla", link)
    assert status == 0 and "come prima" in out
    assert "Rossi Mario" in run("doppioni", "elenco")[1]
    status, _, err = run("doppioni", "annulla", link)
    assert status != 0 and "non c'è più" in err


def test_after_a_sync_the_narrow_read_finds_every_pair_the_full_check_finds(store):
    """Only the people who may share a block with those a sync brought are read;
    the pairs found must be exactly the full check's pairs that involve them:
    dated and undated people, with and without a code, a code with a typo in the
    name letters, a birth date typed wrong beside a right code."""
    import random

    rng = random.Random(7)
    names = [("Mario", "Rossi"), ("Maria", "Rosi"), ("Luca", "Bianchi"), ("Luka", "Bianki"),
             ("Anna", "Neri"), ("Ștefan", "Popescu"), ("Stefan", "Popescu"), ("Amina", "Benali"),
             ("Oksana", "Kovalenko"), ("Oxana", "Covalenco"), ("Nicola", "D'Amico"),
             ("Nicolò", "Amico"), ("Zoe", "De Luca"), ("Zoë", "Luca"), ("Ana", "Țurcanu"),
             ("Anna", "Turcanu"), ("Jo", "Ko"), ("Jo", "Co"), ("Io", "Jo"),
             ("Élodie", "Martin"), ("Elodie", "Martin"), ("Ilaria", "Martin")]
    ids = []
    with store.session() as s:
        for n in range(120):
            first, last = rng.choice(names)
            born = dt.date(1970 + rng.randrange(4), 1 + rng.randrange(2), 1 + rng.randrange(3))
            code = code_for(s, first, last, born) if rng.random() < 0.6 else None
            if code and rng.random() < 0.2:  # a typo in the name letters
                code = "XYZ" + code[3:]
            if rng.random() < 0.2:
                born = None if rng.random() < 0.5 else born.replace(year=born.year + 10)
            person = Person(first_name=first, last_name=last, birth_date=born,
                            codice_fiscale=code if code and cf.normalise(code)[:3] != "XYZ" else None,
                            codice_fiscale_missing_reason=None if code else "in attesa")
            if code and code.startswith("XYZ"):
                person.codice_fiscale = code  # stored as typed: not a valid code any more
                person.codice_fiscale_missing_reason = None
            s.add(person)
            s.flush()
            ids.append(person.id)
    # Pairs that meet only through the code's date and place letters (a typo in
    # the name letters of one code): a birth date typed wrong beside a right
    # code, and an undated record whose code went through omocodia.
    with store.session() as s:
        right = code_for(s, "Giorgio", "Ferri")
        for born, code in ((BORN.replace(year=1988), right), (None, omocode(right))):
            person = Person(first_name="Giorgio", last_name="Ferri", birth_date=born,
                            codice_fiscale=code)
            s.add(person)
            s.flush()
            ids.append(person.id)
        wrong = right[:4] + ("X" if right[4] != "X" else "Y") + right[5:15]  # one name letter
        typo = Person(first_name="Giorgio", last_name="Ferri", birth_date=BORN,
                      codice_fiscale=wrong + cfl.encode_cin(wrong))
        s.add(typo)
        s.flush()
        # A surname too short for a key of consonants ("Ko"): day and month swapped.
        for born in (dt.date(1975, 3, 4), dt.date(1975, 4, 3)):
            short = Person(first_name="Jo", last_name="Ko", birth_date=born,
                           codice_fiscale_missing_reason="in attesa")
            s.add(short)
            s.flush()
        # A first name whose first letter SQL cannot lower (an accent): the
        # name key is the only block the two records share.
        accented = []
        for first, born in (("Élodie", dt.date(1972, 5, 7)), ("Elodie", dt.date(1972, 7, 5))):
            person = Person(first_name=first, last_name="Marchetti", birth_date=born,
                            codice_fiscale_missing_reason="in attesa")
            s.add(person)
            s.flush()
            accented.append(person.id)
    with store.read() as s:
        every = duplicati.duplicate_suspects(s)
        assert len(every) > 10
        with_short = [(p.a.person_id, p.b.person_id) for p in every
                      if short.id in (p.a.person_id, p.b.person_id)]
        assert with_short and [(p.a.person_id, p.b.person_id) for p in
                               duplicati.duplicate_suspects(s, {short.id})] == with_short
        for one in accented:
            with_it = [(p.a.person_id, p.b.person_id) for p in every
                       if one in (p.a.person_id, p.b.person_id)]
            assert with_it and [(p.a.person_id, p.b.person_id) for p in
                                duplicati.duplicate_suspects(s, {one})] == with_it
        with_typo = [(p.a.person_id, p.b.person_id) for p in every
                     if typo.id in (p.a.person_id, p.b.person_id)]
        assert with_typo  # the one-letter typo meets a record only through the code's rest
        assert [(p.a.person_id, p.b.person_id)
                for p in duplicati.duplicate_suspects(s, {typo.id})] == with_typo
        for trial in range(12):
            arrived = set(rng.sample(ids, 6))
            narrow = duplicati.duplicate_suspects(s, arrived)
            expected = [(p.a.person_id, p.b.person_id) for p in every
                        if {p.a.person_id, p.b.person_id} & arrived]
            assert [(p.a.person_id, p.b.person_id) for p in narrow] == expected, trial


def test_the_narrow_read_after_a_sync_looks_people_up_instead_of_reading_them_all(store):
    """Each term of the question is answered by an index of ``person``: a sync
    that brings a few people costs the same on 2,000 people as on 20,000."""
    import sqlalchemy as sa

    from desktop.core import matching

    with store.session() as s:
        right = code_for(s, "Giorgio", "Ferri")
        arrived = Person(first_name="Giorgio", last_name="Ferri", birth_date=BORN,
                         codice_fiscale=right)
        s.add(arrived)
        s.flush()
        condition = duplicati._may_share_a_block(s, {arrived.id})
        query = sa.select(Person.id).where(condition)
        sql = str(query.compile(dialect=s.bind.dialect, compile_kwargs={"literal_binds": True}))
        plan = [row[-1] for row in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
        assert [r.id for r in matching.read_records(s, where=condition)] == [arrived.id]
    assert plan[0] == "MULTI-INDEX OR", plan
    assert not [step for step in plan if step.startswith("SCAN")], plan
    used = {step.split(" USING INDEX ")[1].split(" ")[0] for step in plan if " USING INDEX " in step}
    assert {"ix_person_block_name", "ix_person_block_unforeseen", "ix_person_block_omocodia",
            "ix_person_birth_date", "ix_person_block_code_letters",
            "ix_person_block_code_rest"} <= used, plan
