"""The cartella's services behind the scheda tabs Misure, Rete, Scadenze,
Documenti and Valutazioni, on a real encrypted store: what they save, what they
refuse (in Italian, naming the field), the order they list in, and removal."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.core import profile
from desktop.core.cartella import documenti, misure, rete, scadenze, valutazioni
from desktop.core.errors import ValidationError
from desktop.core.model import Deadline, Document, Measure, NetworkMember, Person, Tombstone

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def person_id(store) -> str:
    with store.session() as s:
        person = Person(first_name="Lucia", last_name="Ferri", codice_fiscale_missing_reason="x")
        s.add(person)
    return person.id


@pytest.fixture
def operator_id(store) -> str:
    with store.read() as s:
        district = profile.districts(s)[0]
    return profile.create_profile(store, first_name="Anna", last_name="Neri",
                                  role="assistente sociale", territorial_unit_id=district.id)


def refused(fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        fn(*args, **kwargs)
    return err.value


# ------------------------------------------------------------------ misure
def test_measures_are_validated_listed_in_force_first_and_removed(store, person_id):
    adi = misure.MeasureFields("adi", "in_fruizione", start_on=dt.date(2024, 3, 1),
                               end_on=dt.date(2025, 2, 28), monthly_amount_cents=125050,
                               notes="  rinnovo a febbraio \n")
    with store.session() as s:
        err = refused(misure.save_measure, s, person_id,
                      misure.MeasureFields("adi", start_on=dt.date(2024, 3, 1),
                                           end_on=dt.date(2024, 1, 31)))
        assert (str(err), err.field) == ("La data di fine non può precedere la data di inizio.",
                                         "end_on")
        err = refused(misure.save_measure, s, person_id,
                      misure.MeasureFields("adi", monthly_amount_cents=-1))
        assert (str(err), err.field) == ("L'importo non può essere negativo.", "amount")
        assert refused(misure.save_measure, s, person_id, misure.MeasureFields("")).field == \
            "measure_type"
        adi_id = misure.save_measure(s, person_id, adi)
        naspi_id = misure.save_measure(s, person_id, misure.MeasureFields(
            "naspi", "terminata", start_on=dt.date(2025, 1, 1)))
        sfl_id = misure.save_measure(s, person_id, misure.MeasureFields(
            "sfl", "presentata", applied_on=dt.date(2025, 6, 1)))
    with store.read() as s:
        assert s.scalar(select(func.count(Measure.id))) == 3  # nothing refused was stored
        rows = misure.list_measures(s, person_id)
        page = misure.list_measures(s, person_id, 1, 1)
    # In force first (dated ones by start, newest first, then undated), ended last.
    assert [r.id for r in rows] == [adi_id, sfl_id, naspi_id]
    assert (rows[0].type_label, rows[0].status_label, rows[0].notes) == \
        ("Assegno di Inclusione (ADI)", "In fruizione", "rinnovo a febbraio")
    assert [r.id for r in page] == [sfl_id]

    with store.session() as s:
        misure.change_status(s, adi_id, "terminata")
        misure.save_measure(s, person_id, misure.MeasureFields("sfl", "in_fruizione"), sfl_id)
    with store.read() as s:
        assert [r.status for r in misure.list_measures(s, person_id)] == \
            ["in_fruizione", "terminata", "terminata"]

    with store.session() as s:
        misure.remove_measure(s, adi_id)
        misure.remove_measure(s, adi_id)  # a colleague's removal is no error
    with store.session() as s:
        err = refused(misure.save_measure, s, person_id, adi, adi_id)
        assert str(err) == "Questa misura non esiste più: forse è stata eliminata da un collega."
        assert "non esiste più" in str(refused(misure.change_status, s, adi_id, "presentata"))
        assert s.get(Tombstone, ("measure", adi_id)) is not None


# -------------------------------------------------------------------- rete
def test_network_members_are_trimmed_listed_by_name_and_removed(store, person_id):
    with store.session() as s:
        err = refused(rete.save_member, s, person_id, rete.MemberFields("   ", "vicino"))
        assert (str(err), err.field) == ("Scrivi il nome della persona della rete.", "name")
        assert refused(rete.save_member, s, person_id, rete.MemberFields("Bruno", "")).field == \
            "relation"
        bruno = rete.save_member(s, person_id, rete.MemberFields(
            " Bruno Galli ", "vicino", "rischio", contact="  ", notes=" Ha le chiavi. "))
        anna = rete.save_member(s, person_id, rete.MemberFields("Anna Ferri", "fratello_sorella"))
    with store.read() as s:
        rows = rete.list_members(s, person_id)
        member = s.get(NetworkMember, bruno)
        assert (member.name, member.contact, member.notes) == ("Bruno Galli", None, "Ha le chiavi.")
    assert [r.id for r in rows] == [anna, bruno]
    assert (rows[1].relation_label, rows[1].role_label, rows[1].watched) == \
        ("Vicino/a di casa", "Fattore di rischio", True)
    assert not rows[0].watched

    with store.session() as s:
        rete.save_member(s, person_id, rete.MemberFields("Bruno Galli", "vicino", "risorsa"), bruno)
    with store.read() as s:
        assert [r.role for r in rete.list_members(s, person_id)] == ["risorsa", "risorsa"]
    with store.session() as s:
        rete.remove_member(s, bruno)
    with store.session() as s:
        err = refused(rete.save_member, s, person_id, rete.MemberFields("Bruno", "vicino"), bruno)
        assert "non è più nella rete" in str(err)
        assert [r.id for r in rete.list_members(s, person_id)] == [anna]


# ---------------------------------------------------------------- scadenze
def test_deadlines_are_signed_listed_open_first_and_marked_done(store, person_id, operator_id):
    with store.session() as s:
        err = refused(scadenze.save_deadline, s, person_id,
                      scadenze.DeadlineFields("scadenza_tribunale", None))
        assert (str(err), err.field) == ("Data della scadenza: indica la data (gg/mm/aaaa).",
                                         "due_on")
        late = scadenze.save_deadline(s, person_id, scadenze.DeadlineFields(
            "scadenza_tribunale", dt.date(2026, 1, 15), " Relazione al giudice "))
        soon = scadenze.save_deadline(s, person_id, scadenze.DeadlineFields(
            "verifica_patto", TODAY + dt.timedelta(days=30)))
        earlier = scadenze.save_deadline(s, person_id, scadenze.DeadlineFields(
            "verifica_patto", dt.date(2025, 5, 1)))
        scadenze.mark_done(s, earlier, dt.date(2025, 5, 2))
    with store.read() as s:
        rows = scadenze.list_deadlines(s, person_id, today=TODAY)
    assert [r.id for r in rows] == [late, soon, earlier]  # open by date, then done
    assert [r.overdue for r in rows] == [True, False, False]
    assert rows[0].description == "Relazione al giudice"
    assert rows[2].done_on == dt.date(2025, 5, 2)

    with store.session() as s:
        scadenze.mark_done(s, late)
        scadenze.reopen(s, earlier)
    with store.read() as s:
        rows = scadenze.list_deadlines(s, person_id, today=TODAY)
        assert [(r.id, r.done_on) for r in rows] == \
            [(earlier, None), (soon, None), (late, dt.date.today())]
        assert set(s.scalars(select(Deadline.operator_id))) == {operator_id}

    with store.session() as s:
        scadenze.remove_deadline(s, soon)
    with store.session() as s:
        assert "non esiste più" in str(refused(scadenze.mark_done, s, soon))
        assert "non esiste più" in str(refused(
            scadenze.save_deadline, s, person_id,
            scadenze.DeadlineFields("verifica_patto", TODAY), soon))


# --------------------------------------------------------------- documenti
def test_documents_are_checked_before_reading_listed_exported_and_removed(
        store, person_id, operator_id, tmp_path):
    err = refused(documenti.check_document, documenti.DocumentFields("decreto", "  "))
    assert (str(err), err.field) == ("Dai un titolo al documento.", "title")
    big = tmp_path / "scansione.tiff"
    with big.open("wb") as fh:  # sparse: the size is what counts
        fh.truncate(documenti.MAX_BYTES + 1)
    seen = []
    err = refused(documenti.read_file, big, lambda *a: seen.append(a))
    assert "troppo grande" in str(err) and err.field == "path" and seen == []

    source = tmp_path / "decreto.pdf"
    source.write_bytes(b"%PDF-1.4 decreto" * 100_000)  # two chunks
    content = documenti.read_file(source, lambda done, total, _label: seen.append((done, total)))
    assert seen[-1] == (source.stat().st_size, source.stat().st_size) and len(seen) == 2
    with store.session() as s:
        decree = documenti.attach_to_person(
            s, person_id, content, source.name,
            documenti.DocumentFields("decreto", " Decreto di nomina ", dt.date(2025, 2, 12)))
        undated = documenti.attach_to_person(s, person_id, b"x", "nota.txt",
                                             documenti.DocumentFields("altro", "Nota"))
        newer = documenti.attach_to_person(s, person_id, b"y", "isee.pdf",
                                           documenti.DocumentFields("altro", "ISEE",
                                                                    dt.date(2026, 1, 10)))
    with store.read() as s:
        rows = documenti.list_documents(s, person_id)
        assert s.get(Document, decree).added_by_id == operator_id
        out = documenti.export_document(s, decree, tmp_path / "copia.pdf")
    assert [r.id for r in rows] == [newer, decree, undated]
    assert (rows[1].title, rows[1].size_bytes) == ("Decreto di nomina", len(content))
    assert rows[1].type_label.startswith("Decreto")
    assert out.read_bytes() == content

    with store.session() as s:
        documenti.remove_document(s, decree)
    with store.read() as s:
        err = refused(documenti.export_document, s, decree, tmp_path / "ancora.pdf")
        assert str(err) == "Il documento non esiste più: forse è stato eliminato da un collega."
        assert [r.id for r in documenti.list_documents(s, person_id)] == [newer, undated]
    assert not (tmp_path / "ancora.pdf").exists()


# ------------------------------------------------------------- valutazioni
def test_assessments_are_saved_listed_newest_first_and_compared(store, person_id, operator_id):
    with store.read() as s:
        templates = valutazioni.list_templates(s)
    assert "scheda_patti" in {t.code for t in templates}
    assert [t.name for t in templates] == sorted(t.name for t in templates)

    with store.session() as s:
        err = refused(valutazioni.save_assessment, s, person_id, "scheda_patti",
                      {"risorse": ""}, dt.date(2026, 1, 10))
        assert str(err) == "Compila almeno una risposta prima di salvare."
        err = refused(valutazioni.save_assessment, s, person_id, "scheda_patti",
                      {"risorse": "x"}, dt.date.today() + dt.timedelta(days=1))
        assert err.field == "assessed_on" and "futuro" in str(err)
        first = valutazioni.save_assessment(
            s, person_id, "scheda_patti",
            {"consapevolezza_capacita": 2, "risorse": "La sorella"}, dt.date(2026, 1, 10), "  ")
        second = valutazioni.save_assessment(
            s, person_id, "scheda_patti",
            {"consapevolezza_capacita": 4, "risorse": "La sorella"}, dt.date(2026, 6, 10),
            " Più autonoma ")
    with store.read() as s:
        history = valutazioni.list_history(s, person_id, "scheda_patti")
        comparison = valutazioni.comparison(s, second, first)  # any order: oldest first
    assert [r.id for r in history] == [second, first]
    assert (history[0].operator, history[0].notes, history[1].notes) == \
        ("Anna Neri", "Più autonoma", None)
    assert (comparison.earlier.id, comparison.later.id) == (first, second)
    [changed] = comparison.differences
    assert changed.direction == 1 and changed.before.startswith("2") and \
        changed.after.startswith("4")
    assert any(line.before == line.after == "La sorella" for line in comparison.lines)
    assert valutazioni.format_answer({"type": "bool"}, True) == "Sì"
    assert valutazioni.format_answer({"type": "text"}, None) == valutazioni.UNANSWERED
