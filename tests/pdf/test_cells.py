"""Grid cells and short texts (``layout.Words``) are drawn as text lines, not as
Paragraphs: they must break where a Paragraph breaks (so a printed patto keeps
its lines, row heights and pages), and fall back to a Paragraph for what only it
can draw."""
from __future__ import annotations

import io

from hypothesis import example, given, settings, strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from desktop.pdf import layout as L

WORD = st.text(alphabet="aeiloutrsnmcdàèìòùșțłżçë’-.,0123456789€", min_size=1, max_size=14)


def paragraph_lines(value: str, bold: bool, width: float) -> list[str]:
    """The lines reportlab's Paragraph makes of ``value`` in a cell this wide."""
    st_ = L.styles()
    para = Paragraph(L.text(value), st_.cell_bold if bold else st_.cell)
    para.wrap(width, 10_000)
    if para.blPara.kind == 0:
        return [" ".join(words) for _, words in para.blPara.lines]
    return ["".join(frag.text for frag in line.words).strip(" ") for line in para.blPara.lines]


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.lists(WORD, min_size=1, max_size=25), min_size=1, max_size=3),
       width=st.floats(min_value=30, max_value=480), bold=st.booleans(),
       gap=st.sampled_from([" ", "  ", " \u00a0", "\t"]))
def test_cell_lines_break_where_a_paragraph_breaks(lines, width, bold, gap):
    value = "\n".join(gap.join(words) for words in lines)
    font = L.FONT_BOLD if bold else L.FONT
    ours = L._lines(L.plain(value), font, width)
    if ours is not None:  # else the cell is a Paragraph, so it breaks as one
        assert ours == paragraph_lines(value, bold, width)


def text_of(*flowables) -> str:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(list(flowables))
    return "\n".join(p.extract_text() for p in PdfReader(buffer).pages)


def test_a_word_wider_than_its_column_still_prints_whole_inside_it():
    """Split by letters where a Paragraph splits it (a frequency, «Quindicinale»,
    in its narrow column), and drawn as the cell's own lines."""
    long_word = "Precipitevolissimevolmente" * 2
    table = L.grid([(L.cell("Nota", True), L.cell(f"vedi {long_word} oppure"))],
                   [20 * mm, 30 * mm], header=False)
    lines = table._cellvalues[0][1]
    assert isinstance(lines, str) and lines.count("\n") > 2
    assert lines.split("\n") == paragraph_lines(f"vedi {long_word} oppure", False, 30 * mm - 8)
    assert "".join(text_of(table).split()) == f"Notavedi{long_word}oppure"


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet="mwiltàèșțłż€0-", min_size=1, max_size=40), min_size=1,
                      max_size=8),
       width=st.floats(min_value=8, max_value=160), bold=st.booleans())
def test_long_words_split_by_letters_where_a_paragraph_splits_them(words, width, bold):
    value = " ".join(words)
    ours = L._lines(L.plain(value), L.FONT_BOLD if bold else L.FONT, width)
    assert ours == paragraph_lines(value, bold, width)


def test_cells_print_user_text_as_given_and_in_bold_where_asked():
    table = L.grid([(L.cell("Chi", True), L.cell("Si impegna a", True)),
                    (L.cell("Ștefan Țurcanu"), L.cell("Partecipare agli incontri\ne al tirocinio."))],
                   [40 * mm, 60 * mm])
    values = table._cellvalues
    assert all(isinstance(v, str) for row in values for v in row)
    assert text_of(table).splitlines() == ["Chi", "Si impegna a", "Ștefan Țurcanu",
                                          "Partecipare agli incontri", "e al tirocinio."]
    fonts = [[style.fontname for style in row] for row in table._cellStyles]
    assert fonts == [[L.FONT_BOLD, L.FONT_BOLD], [L.FONT, L.FONT]]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(WORD, min_size=0, max_size=30), width=st.floats(min_value=40, max_value=480),
       name=st.sampled_from(["h1", "h2", "person", "title", "subtitle", "small", "muted", "cell"]))
def test_words_take_the_lines_and_height_of_a_paragraph(words, width, name):
    style = getattr(L.styles(), name)
    value = " ".join(words)
    ours, para = L.Words(value, style), Paragraph(L.text(value), style)
    assert ours.wrap(width, 10_000) == para.wrap(width, 10_000)
    if ours._para is None:
        assert ours._lines == [" ".join(line) for _, line in para.blPara.lines]


def test_words_print_their_text_and_hand_a_blank_line_to_a_paragraph():
    heading = L.Words("Obiettivi per asse", L.styles().h1)
    long = L.Words("Precipitevolissimevolmente" * 5, L.styles().cell)
    blank = L.Words("uno\n\ndue", L.styles().cell)
    assert text_of(heading, long, blank).split("\n") == ["Obiettivi per asse", *text_of(
        Paragraph("Precipitevolissimevolmente" * 5, L.styles().cell),
        Paragraph("uno<br/><br/>due", L.styles().cell)).split("\n")]
    assert long._para is None and heading._para is None and blank._para is not None


def test_text_rows_get_the_height_reportlab_measures():
    """``grid`` gives text rows their height; a Table measuring them finds the same."""
    long_word = "Precipitevolissimevolmente" * 2
    rows = [(L.cell("Chi", True), L.cell("Nota")),
            (L.cell("Ștefan Țurcanu"), L.cell("uno\ndue\ntre")),
            (L.cell(f"vedi {long_word}"), L.cell("uno\n\ndue")),  # a Paragraph: measured by the Table
            ("a\nb", L.cell("Partecipare agli incontri e al tirocinio, ogni settimana."))]
    widths = [30 * mm, 40 * mm]
    table = L.grid(rows, widths)
    assert table._argH[2] is None and all(h is not None for i, h in enumerate(table._argH) if i != 2)
    measured = Table(table._cellvalues, colWidths=widths, cellStyles=table._cellStyles)
    assert table.wrap(200 * mm, 400 * mm) == measured.wrap(200 * mm, 400 * mm)
    assert table._rowHeights == measured._rowHeights


def built(*flowables) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(list(flowables))
    return buffer.getvalue()


def pixels(*flowables):
    """The first page of a bare document holding ``flowables``, rendered."""
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(built(*flowables))[0].render(scale=2).to_pil().convert("RGB")


def test_words_paint_a_background_where_a_paragraph_paints_it():
    wish = L.styles().wish
    value = "Voglio vivere da solo, vicino a mia sorella, e tornare a lavorare con il legno."
    ours = L.Text(value, wish)
    assert pixels(ours).tobytes() == pixels(Paragraph(L.text(value), wish)).tobytes()
    assert ours._para is None  # drawn as lines, not by a Paragraph


def test_long_text_splits_across_pages_as_a_paragraph_does():
    body = L.styles().body
    value = " ".join(f"parola{i}" for i in range(1500)) + "\nfine."
    ours, theirs = PdfReader(io.BytesIO(built(L.Text(value, body)))), PdfReader(
        io.BytesIO(built(Paragraph(L.text(value), body))))
    assert len(ours.pages) == len(theirs.pages) > 1
    assert [p.extract_text() for p in ours.pages] == [p.extract_text() for p in theirs.pages]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=12), note=st.lists(WORD, min_size=1, max_size=12),
       width=st.floats(min_value=40, max_value=300))
def test_a_noted_cell_breaks_and_measures_as_its_paragraph(words, note, width):
    """The note under a cell's text (a support's goal) takes the lines and the
    row height the Paragraph with a smaller, muted second part took."""
    value = L.cell(" ".join(words), note=" ".join(note))
    table = L.grid([(value,)], [width], header=False)
    drawn = table._cellvalues[0][0]
    if isinstance(drawn, Paragraph):  # a word too wide: drawn by the Paragraph itself
        return
    para = Paragraph(L._markup(value), L.styles().cell)
    _, height = para.wrap(width - 2 * L.CELL_PAD, 10_000)
    lines = ["".join(f.text for f in line.words).strip(" ") for line in para.blPara.lines]
    assert drawn.split("\n") == lines and drawn.main == len(lines) - len(
        L._lines(value.note, L.FONT, width - 2 * L.CELL_PAD, L.NOTE_SIZE))
    assert table._argH[0] == height + L.CELL_TOP + L.CELL_BOTTOM


def test_a_noted_cell_prints_like_its_paragraph():
    value = L.cell("Educatore domiciliare", note="per: Trasferirsi in un appartamento protetto")
    ours = L.grid([(value, L.cell("Cooperativa"))], [40 * mm, 36 * mm], header=False)
    theirs = L.grid([(Paragraph(L._markup(value), L.styles().cell), L.cell("Cooperativa"))],
                    [40 * mm, 36 * mm], header=False)
    assert isinstance(ours._cellvalues[0][0], str)
    assert pixels(ours).tobytes() == pixels(theirs).tobytes()
    assert text_of(ours) == text_of(theirs)


def test_a_row_lays_out_and_prints_as_the_table_it_replaces():
    """The signature block and the title block: a one-row Table's layout
    (paddings, columns stacked from their top or bottom, a box), drawn alike."""
    from reportlab.platypus import TableStyle

    st_ = L.styles()

    def columns():
        who = [L.Words("Łukasz Żółć", st_.cell_bold), L.Words("Educatore", st_.cell),
               L.Words("Cooperativa Sociale Ștejar", st_.cell)]
        return who, L.Words("Data: 20/11/2026", st_.cell), L.SignatureLine(80 * mm)

    who, date, line = columns()
    table = Table([[who, date, line]], colWidths=[70 * mm, 38 * mm, 90 * mm], rowHeights=[24 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (0, 0), "TOP"), ("VALIGN", (1, 0), (-1, 0), "BOTTOM"),
        ("BOX", (0, 0), (-1, -1), 0.4, L.RULE), ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    who, date, line = columns()
    row = L.Row([(who, "TOP"), ([date], "BOTTOM"), ([line], "BOTTOM")], [70 * mm, 38 * mm, 90 * mm],
                padding=(4, 6, 7, 5), height=24 * mm, box=(0.4, L.RULE))
    assert pixels(row).tobytes() == pixels(table).tobytes()
    assert text_of(row) == text_of(table)

    def title():
        return ([L.Words("PTRI con Budget di Salute", st_.subtitle),
                 L.Words("Verso una casa mia", st_.title), L.Words("Versione 1\nFirmata", st_.small)],
                [L.Words("7F2C-7F52-BA78-4FF7", st_.small_bold),
                 L.Words("Impronta del contenuto firmato", st_.muted)])

    left, right = title()
    table = Table([[left, right]], colWidths=[140 * mm, 40 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    left, right = title()
    row = L.Row([(left, "TOP"), (right, "TOP")], [140 * mm, 40 * mm], padding=(3, 0, 3, 0))
    assert row.wrap(180 * mm, 500) == table.wrap(180 * mm, 500)
    assert pixels(row, L.Words("dopo", st_.body)).tobytes() == pixels(
        table, L.Words("dopo", st_.body)).tobytes()


@settings(max_examples=60, deadline=None)
@example(lines=["".join(map(chr, range(0x400, 0x4ff))), "Ђ ж ӿ àè", "", "àè"], bold=False)
@given(lines=st.lists(st.text(alphabet="aeioàèșțłżç €\u00a0«»–·" + "".join(map(chr, range(0x400, 0x4ff))),
                              max_size=30), min_size=1, max_size=40),
       bold=st.booleans())
def test_text_lines_are_encoded_as_reportlab_encodes_them(lines, bold):
    """``document._Text`` writes the same operators as reportlab's text object,
    from a font's first use in a document on, past its first 256 glyphs (the
    Cyrillic letters here open a second subset), and leaves the same subsets."""
    import io as io_
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

    L.register_fonts()
    font = L.FONT_BOLD if bold else L.FONT
    out = []
    from desktop.pdf.document import _Text

    for kind in (PDFTextObject, _Text):
        canvas = Canvas(io_.BytesIO())
        text = kind(canvas, 10, 800)
        for n, line in enumerate(lines):
            if n % 7 == 3:  # a font set again starts from no subset
                text.setFont(font, 9, 11)
            elif n == 0:
                text.setFont(font, 8.8, 11.2)
            text.textLine(line)
        state = L.pdfmetrics.getFont(font).state[canvas._doc]
        out.append((text.getCode(), state.assignments, state.subsets))
    assert out[0] == out[1]


def test_words_print_where_and_as_their_paragraphs_print():
    """Headings, labels and sentences drawn straight onto the page (no state
    of their own saved and moved to) land where their Paragraphs land."""
    st_ = L.styles()
    texts = [("Obiettivi per asse", st_.h1), ("Abitare", st_.h2), ("Ștefan Țurcanu", st_.person),
             ("Nessun obiettivo su questo asse.", st_.muted), ("Verso una casa mia", st_.title),
             ("Impronta del contenuto firmato " * 4, st_.small)]
    assert pixels(*[L.Words(t, s) for t, s in texts]).tobytes() == pixels(
        *[Paragraph(L.text(t), s) for t, s in texts]).tobytes()
