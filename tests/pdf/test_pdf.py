"""Printed documents read back as a person (or a scanner) would: text through
pypdf, the QR through a real decoder on the rendered page."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader

from desktop.__main__ import main
from desktop.core.errors import ValidationError
from desktop.core.model import Patto
from desktop.core import patti as rules
from desktop.pdf import cartella_pdf, patto_pdf, qr_payload, save_pdf, verify_print, visit_pack_pdf
from desktop.core.files import FileWriteError
from tests.conftest import PASSPHRASE
from tests.pdf.builders import VISIT_DAY, build_world


@pytest.fixture
def world(store):
    return build_world(store)


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def qr_codes(data: bytes, page: int = 0) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    image = pdf[page].render(scale=2).to_pil()
    return [r.text for r in zxingcpp.read_barcodes(image)]


def test_signed_patto_prints_everything_in_italian(store, world):
    with store.read() as s:
        data = patto_pdf(s, world.patto_id)
        version = s.get(Patto, world.patto_id).versions[0]
        short = rules.short_fingerprint(version.fingerprint)
    pages = pages_text(data)
    text = "\n".join(pages)
    for name in ("Ștefan Țurcanu", "Łukasz Żółć", "Cooperativa Sociale Ștejar"):
        assert name in text
    for axis in ("Abitare", "Lavoro e formazione", "Socialità"):
        assert axis in text
    # stage labels come from the axis catalogue
    assert "Abitare supportato" in text and "Tirocinio" in text
    # the person's own wishes come before the family's expectations
    assert text.index("Cosa desidera la persona") < text.index("Le aspettative della famiglia")
    # funding source labels and Italian totals: 4.800 + 1.500 + 600,50 + 200 in kind
    assert "DSM-DP / Azienda sanitaria" in text and "Comune / servizi sociali" in text
    assert "7.100,50 €" in text and "1.334,56 €" in text and "200,00 €" in text
    assert "6.300,00 €" in text  # per-source subtotal
    assert "Versione 1 del 10/11/2026" in text and "Firmata il 20/11/2026" in text
    assert short in text and short in pages[-1]  # on the title block and in every footer
    assert all(f"pagina {i} di {len(pages)}" in p for i, p in enumerate(pages, 1))
    assert all("art. 9 GDPR" in p for p in pages)
    assert "BOZZA" not in text
    assert text.count("Data: 20/11/2026") == 3  # a signature block per signatory
    flat = " ".join(text.split())
    assert "Vicina di casa (sig.ra Bianchi) (sostegno informale)" in flat


def test_qr_matches_the_record_and_notices_amendments(store, world):
    with store.read() as s:
        data = patto_pdf(s, world.patto_id)
        version = s.get(Patto, world.patto_id).versions[0]
        expected = qr_payload(world.patto_id, 1, version.fingerprint)
        short = rules.short_fingerprint(version.fingerprint)
    assert qr_codes(data) == [expected]

    with store.read() as s:
        by_qr = verify_print(s, expected)
        by_short = verify_print(s, short.replace("-", "").lower())
    assert by_qr.matches and not by_qr.changed and by_qr.status == "corrisponde"
    assert by_qr.patto_id == world.patto_id and by_qr.version == 1
    assert "corrisponde" in by_qr.message and "Ștefan Țurcanu" in by_qr.message
    assert by_short.status == "corrisponde" and by_short.patto_id == world.patto_id

    with store.session() as s:
        patto = s.get(Patto, world.patto_id)
        rules.perform(s, patto, "activate")
        rules.amend(patto, reason="Cambio di alloggio")
        patto.goals[0].title = "Andare a vivere in co-housing"

    with store.read() as s:
        after = verify_print(s, expected)
        tampered = verify_print(s, expected[:-4] + "0000")
        unknown = verify_print(s, "0000-0000-0000-0000")
        garbage = verify_print(s, "non è un codice")
        old_paper = pages_text(patto_pdf(s, world.patto_id, version=1))
        new_draft = pages_text(patto_pdf(s, world.patto_id))
        with pytest.raises(ValidationError) as err:
            patto_pdf(s, world.patto_id, version=7)
    assert after.matches and after.changed and after.status == "modificato"
    assert "modifica in itinere" in after.message and "Cambio di alloggio" in after.message
    assert tampered.status == "non_corrisponde" and not tampered.matches
    assert unknown.status == "sconosciuto" and garbage.status == "non_valido"
    # the signed version still prints what was signed; the amendment prints as a draft
    assert "Trasferirsi in un appartamento" in "\n".join(old_paper)
    assert short in "\n".join(old_paper)
    assert "Andare a vivere in co-housing" in "\n".join(new_draft)
    assert "BOZZA" in new_draft[0] and short not in "\n".join(new_draft)
    assert "versioni disponibili: 1, 2" in str(err.value)


def test_draft_has_watermark_and_no_fingerprint(store, world):
    with store.read() as s:
        data = patto_pdf(s, world.draft_patto_id)
    pages = pages_text(data)
    assert all("BOZZA" in p for p in pages)
    assert "Ëndrit Çela" in pages[0] and "Łukasz Żółć" in "\n".join(pages)
    assert "impronta" not in "\n".join(pages).replace("non ha impronta", "")
    assert qr_codes(data) == []
    # the diagonal watermark is really painted: reddish pixels in the page's middle band
    image = pdfium.PdfDocument(data)[0].render(scale=1).to_pil().convert("RGB")
    w, h = image.size
    reddish = sum(1 for x in range(0, w, 3) for y in range(h // 3, 2 * h // 3, 3)
                  if (lambda p: p[0] - p[2] > 12)(image.getpixel((x, y))))
    assert reddish > 300


def test_a_new_patto_for_someone_known_only_by_name_prints(store):
    """Found by ``tessere --self-test``: a person with no code, birth, address or
    phone gave reportlab an empty table, and the patto did not print at all."""
    import sqlalchemy as sa

    from desktop.core.model import CatalogueItem, Person
    from desktop.core.patti.editing import create_patto

    with store.session() as s:
        s.add(person := Person(first_name="Nadia", last_name="Solonome", sex="F"))
        s.flush()
        kind = s.scalar(sa.select(CatalogueItem.code)
                        .where(CatalogueItem.catalogue == "patto_kind").limit(1))
        patto_id = create_patto(s, kind=kind, title="Primo patto", person_ids=[person.id])
    with store.read() as s:
        text = "\n".join(pages_text(patto_pdf(s, patto_id)))
    assert "Nadia Solonome" in text and "Dati anagrafici da completare" in text


def test_cartella_leaves_confidential_entries_out_unless_asked(store, world):
    with store.read() as s:
        default = "\n".join(pages_text(cartella_pdf(s, world.stefan_id)))
        full = "\n".join(pages_text(cartella_pdf(s, world.stefan_id, include_confidential=True)))
    assert "Ștefan Țurcanu" in default and "Ana Țurcanu" in default
    assert "Assegno di Inclusione" in default and "NASpI" not in default  # ended measure
    assert "Verso una casa mia" in default and "Prima verifica del patto" in default
    assert "SEGRETO" not in default and "Voci riservate omesse: 1" in default
    assert "Colloquio sul progetto abitativo" in default
    assert "SEGRETO" in full and "omesse" not in full


def test_visit_pack_has_cover_and_a_section_per_visit(store, world):
    calls = []
    with store.read() as s:
        mine = visit_pack_pdf(s, VISIT_DAY, world.operator_id,
                              progress=lambda done, total, name: calls.append((done, total, name)))
        everyone = visit_pack_pdf(s, VISIT_DAY)
        empty = visit_pack_pdf(s, VISIT_DAY.replace(day=4))
    pages = pages_text(mine)
    assert "Visite pianificate: 2" in pages[0]
    assert pages[0].index("Ștefan Țurcanu") < pages[0].index("Ëndrit Çela")  # by time
    assert "Giulia Rossi" in pages[0] and "Marco Neri" not in pages[0]
    notes = [p for p in pages if p.lstrip().startswith("Azienda") and "Note della visita" in p
             and "Persona" in p]
    assert len(notes) == 2
    text = "\n".join(pages)
    assert text.count("Cartella sociale – riepilogo") == 2
    assert "Verso una casa mia" in text and "Un lavoro e degli amici" in text
    # Ștefan's patto is signed (QR page), Ëndrit's is pending signature (draft)
    assert any("BOZZA" in p and "Un lavoro e degli amici" in p for p in pages)
    assert calls[0] == (0, 2, "Ștefan Țurcanu") and calls[-1] == (2, 2, "")
    assert "Visite pianificate: 3" in pages_text(everyone)[0]
    assert "Nessuna visita domiciliare" in pages_text(empty)[0]


def run_cli(argv, capsys):
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_round_trip(store, world, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    db = str(store.path)
    out = tmp_path / "stampe" / "patto.pdf"
    out.parent.mkdir()

    code, stdout, _ = run_cli(["print", "patto", world.stefan_cf.lower(), "-o", str(out),
                               "--db", db], capsys)
    assert code == 0 and "PDF salvato" in stdout
    assert not [p for p in out.parent.iterdir() if p.name != "patto.pdf"]  # no temp left
    payload = qr_codes(out.read_bytes())[0]
    code, stdout, _ = run_cli(["verify-print", payload, "--db", db], capsys)
    assert code == 0 and "corrisponde" in stdout

    code, _, _ = run_cli(["print", "patto", world.draft_patto_id, "--version", "1",
                          "-o", str(tmp_path / "bozza.pdf"), "--db", db], capsys)
    assert code == 0 and "BOZZA" in pages_text((tmp_path / "bozza.pdf").read_bytes())[0]

    code, _, _ = run_cli(["print", "cartella", world.stefan_cf, "--include-confidential",
                          "-o", str(tmp_path / "cartella.pdf"), "--db", db], capsys)
    assert code == 0 and "SEGRETO" in "\n".join(pages_text((tmp_path / "cartella.pdf").read_bytes()))

    code, _, err = run_cli(["print", "visit-pack", "--date", VISIT_DAY.isoformat(), "--di",
                            world.operator_id, "-o", str(tmp_path / "visite.pdf"), "--db", db], capsys)
    assert code == 0 and "[2/2] Ëndrit Çela" in err

    for argv, message in (
        (["print", "patto", "RSSMRA80A01H501U"], "Nessuna persona con codice fiscale RSSMRA80A01H501U"),
        (["print", "patto", "boh"], "non è né l'id di un patto né un codice fiscale"),
        (["print", "cartella", "RSSMRA80A01H501U"], "Nessuna persona"),
        (["print", "patto", world.patto_id, "--version", "3"], "non ha la versione 3"),
        (["print", "visit-pack", "--date", "03/12/2026"], "Data non valida"),
        (["print", "visit-pack", "--date", "2026-12-03", "--di", "nessuno"], "Nessun operatore"),
    ):
        code, _, err = run_cli(argv + ["-o", str(tmp_path / "x.pdf"), "--db", db], capsys)
        assert code == 2 and message in err, (argv, err)
    code, _, err = run_cli(["print", "patto", world.patto_id, "-o",
                            str(tmp_path / "manca" / "x.pdf"), "--db", db], capsys)
    assert code == 1 and "non esiste" in err  # the user must pick a folder that exists
    assert not (tmp_path / "x.pdf").exists()

    code, stdout, _ = run_cli(["verify-print", "FFFF-FFFF-FFFF-FFFF", "--db", db], capsys)
    assert code == 1 and "Nessun patto firmato" in stdout


def test_person_without_patto(store, world, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    with store.session() as s:
        s.delete(s.get(Patto, world.draft_patto_id))
    code, _, err = run_cli(["print", "patto", world.endrit_cf, "-o", str(tmp_path / "p.pdf"),
                            "--db", str(store.path)], capsys)
    assert code == 2 and "Ëndrit Çela non ha un patto in corso" in err


def test_a_full_disk_leaves_no_half_pdf(tmp_path):
    """The file-size limit makes writes fail the way a full disk does (EFBIG)."""
    target = tmp_path / "grande.pdf"
    script = textwrap.dedent(f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
        from desktop.core.files import FileWriteError
        from desktop.pdf import save_pdf
        try:
            save_pdf(b"%PDF-" + b"x" * 500_000, {str(target)!r})
        except FileWriteError as exc:
            print(exc)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert "Spazio su disco esaurito" in result.stdout, result.stderr
    assert list(tmp_path.iterdir()) == []

    save_pdf(b"%PDF-1.4 prova", target)  # and a normal write replaces nothing else
    assert target.read_bytes() == b"%PDF-1.4 prova" and os.stat(target).st_mode & 0o077 == 0
    with pytest.raises(FileWriteError) as err:
        save_pdf(b"x", tmp_path)
    assert "è una cartella" in str(err.value)


def test_the_printed_cartella_carries_the_process_and_the_isee(store, world):
    import datetime as dt

    import sqlalchemy as sa

    from desktop.core.cartella import nucleo
    from desktop.core.model import CaseEpisode

    today = dt.date.today()
    with store.session() as s:
        episode = s.scalars(sa.select(CaseEpisode).where(
            CaseEpisode.person_id == world.stefan_id, CaseEpisode.chiusura_on.is_(None))).one()
        episode.referred_by = "IC di Vergato"
        reported = episode.segnalazione_on
        episode.valutazione_on = reported + dt.timedelta(days=12)
        nucleo.save_isee(s, world.stefan_id, nucleo.IseeFields(
            kind="ordinario", value_cents=812_345, issued_on=dt.date(today.year - 1, 3, 1)))
    with store.read() as s:
        text = " ".join(" ".join(pages_text(cartella_pdf(s, world.stefan_id))).split())
    assert "(IC di Vergato)" in text
    assert f"Segnalazione / accesso {reported:%d/%m/%Y}" in text
    assert "presa in carico dopo 12 giorni dalla segnalazione" in text
    assert f"8.123,45 €, scaduto il 31/12/{today.year - 1}" in text


def test_the_header_names_the_ente_and_district_of_the_first_known_unit(store, world):
    """The unit chain is read in one query: a comune's unit, its district and
    its ente; an unknown id is passed over; with none known, «Tessere»."""
    import sqlalchemy as sa

    from desktop.core.model import TerritorialUnit
    from desktop.pdf.lookups import organisation_line

    with store.session() as s:
        district = s.scalar(sa.select(TerritorialUnit).where(TerritorialUnit.code == "DIST-APPENNINO"))
        s.add(village := TerritorialUnit(code="T-BORGO", kind="comune", name="Borgo", parent_id=district.id))
        s.flush()
        chain, ente = [], district
        while ente is not None:
            chain.append(ente)
            ente = ente.parent
        expected = " · ".join(dict.fromkeys(
            [u.name for u in chain if u.kind == "ente"][:1] + [district.name]))
        village_id = village.id
    with store.read() as s:
        assert organisation_line(s, None, "nessuna", village_id) == expected
        assert organisation_line(s, None, "nessuna") == "Tessere"


def test_prints_in_a_row_each_carry_their_own_patto(store, world):
    """What printing keeps from one document to the next (the QR symbol's
    layout, the queries, the encoding of text lines, which lives with each
    document's fonts) never brings one patto's content into another's paper:
    the signed patto, the draft and the signed one again, read back."""
    with store.read() as s:
        first = patto_pdf(s, world.patto_id)
        draft = patto_pdf(s, world.draft_patto_id)
        again = patto_pdf(s, world.patto_id)
        version = s.get(Patto, world.patto_id).versions[0]
        expected = qr_payload(world.patto_id, 1, version.fingerprint)
    signed_text, draft_text = "\n".join(pages_text(first)), "\n".join(pages_text(draft))
    assert pages_text(again) == pages_text(first)
    assert "Ștefan Țurcanu" in signed_text and "Ëndrit Çela" not in signed_text
    assert "Ëndrit Çela" in draft_text and "Ștefan Țurcanu" not in draft_text
    assert "Un lavoro e degli amici" in draft_text and "Verso una casa mia" not in draft_text
    assert qr_codes(first) == qr_codes(again) == [expected] and qr_codes(draft) == []
