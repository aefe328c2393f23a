"""The record of processing activities (art. 30 GDPR) as a printed A4 document,
from the data ``desktop.reports.registro.processing_register`` gathers.

The page is for a data protection officer: what the controller must still
decide (who the controller and the DPO are, the retention period, a regional
law the reference data do not name) prints as a tinted box marked «da
compilare», to be filled in by hand or by generating the register again with
``--titolare`` and ``--dpo``; it is never left silently blank.
"""
from __future__ import annotations

from typing import Any, Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle,
)

from desktop.core import formats
from desktop.pdf import layout as L
from desktop.pdf.document import Section, build

TITLE = "Registro delle attività di trattamento"
FILL = "da compilare a cura del titolare"
FILL_BACK = colors.HexColor("#fff6d5")
FILL_EDGE = colors.HexColor("#c9a227")
WARN_BACK = colors.HexColor("#fdecea")
WARN_EDGE = colors.HexColor("#b71c1c")
HEADER_WIDTH = L.CONTENT_W - 12 * mm
SECTORS_ORDER = ("pubblico", "terzo_settore", "privato", "informale", "altro")


# ------------------------------------------------------------------ styles
def _style(name: str, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, parent=L.styles().cell, **kw)


def _extra_styles() -> dict[str, ParagraphStyle]:
    st = L.styles()
    return {
        "fill": _style("reg-fill", fontName=L.FONT_ITALIC, textColor=L.MUTED),
        "bullet": ParagraphStyle("reg-bullet", parent=st.body, leftIndent=12, bulletIndent=2,
                                 bulletFontName=L.FONT, spaceAfter=2),
        "source": _style("reg-source", fontSize=7.2, leading=9, textColor=L.MUTED),
        "number": _style("reg-number", alignment=2),
        "number_bold": _style("reg-number-bold", alignment=2, fontName=L.FONT_BOLD),
        # L's headings keep with the next flowable: with a long table that moves the
        # whole table to a new page. These rely on CondPageBreak instead.
        "h1": ParagraphStyle("reg-h1", parent=st.h1, keepWithNext=0),
        "h2": ParagraphStyle("reg-h2", parent=st.h2, keepWithNext=0),
        "notice": ParagraphStyle("reg-notice", parent=st.body, fontName=L.FONT_BOLD,
                                 textColor=WARN_EDGE, backColor=WARN_BACK, borderColor=WARN_EDGE,
                                 borderWidth=0.6, borderPadding=(5, 6, 5, 6), spaceBefore=6,
                                 spaceAfter=10),
    }


# ------------------------------------------------------------------ pieces
def _n(value: int | None) -> str:
    return formats.number(value or 0)


def _heading(number: int, title: str, x: dict[str, ParagraphStyle]) -> list[Flowable]:
    # Room for the heading and a few lines under it, so it never ends a page.
    return [CondPageBreak(35 * mm), Paragraph(L.text(f"{number}. {title}"), x["h1"])]


def _subheading(title: str, x: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [CondPageBreak(28 * mm), Paragraph(L.text(title), x["h2"])]


def _bullets(lines: Sequence[str], x: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [Paragraph(L.text(line), x["bullet"], bulletText="•") for line in lines]


def _fill_box(label: str, value: str | None, x: dict[str, ParagraphStyle],
              *, lines: int = 1) -> Flowable:
    """A labelled field: the value, or a tinted box marked «da compilare»."""
    if value:
        return L.grid([(L.cell(label, True), L.cell(value))], [48 * mm, L.CONTENT_W - 48 * mm],
                      header=False)
    blank = [Paragraph(L.text(f"[{FILL}]"), x["fill"]), Spacer(1, 6 * mm * lines)]
    return L.grid([(L.cell(label, True), blank)], [48 * mm, L.CONTENT_W - 48 * mm],
                  header=False, extra=[("BACKGROUND", (1, 0), (1, 0), FILL_BACK),
                                       ("BOX", (1, 0), (1, 0), 0.8, FILL_EDGE)])


def _table(header: Sequence[str], rows: list[Sequence[Any]], widths: Sequence[float], *,
           numeric: Sequence[int] = ()) -> Flowable:
    """A grid with a bold header; columns in ``numeric`` are right-aligned."""
    x = _extra_styles()
    head = [Paragraph(L.text(h), x["number_bold"] if i in numeric else L.styles().cell_bold)
            for i, h in enumerate(header)]
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            if isinstance(value, (Flowable, list)):
                cells.append(value)
            else:
                cells.append(Paragraph(L.text(value), x["number"] if i in numeric
                                       else L.styles().cell))
        body.append(cells)
    return L.grid([head, *body], widths)


# ------------------------------------------------------------------ sections
def _front(content: dict[str, Any], x: dict[str, ParagraphStyle]) -> list[Flowable]:
    st = L.styles()
    db = content["database"]
    generated = formats.day(content["generated_on"])
    where = f"schema {db['schema']}" if db.get("schema") else "schema sconosciuto"
    if db.get("replica_id"):
        where += f", computer {db['replica_id']}"
    out: list[Flowable] = [
        Paragraph("Art. 30, par. 1, Regolamento (UE) 2016/679 · registro del titolare",
                  st.subtitle),
        Paragraph(TITLE, st.title),
        Paragraph(L.text(f"Generato da Tessere il {generated} dal database in uso ({where}). "
                         "I ruoli, gli enti, il territorio e i volumi sono letti dal database; "
                         "le misure di sicurezza sono quelle realizzate nel programma."),
                  st.small),
    ]
    if db.get("demo"):
        out.append(Paragraph("Database dimostrativo: dati inventati. Questo registro serve solo "
                             "a provare il documento e non descrive un trattamento reale.",
                             x["notice"]))
    if db.get("scoped_to_operator"):
        out.append(Paragraph("Generato da un operatore collegato: i conteggi comprendono solo "
                             "le persone che il suo ruolo gli permette di vedere.", x["notice"]))
    out.append(Spacer(1, 4))
    return out


def _controller(content: dict[str, Any], x: dict[str, ParagraphStyle]) -> list[Flowable]:
    st = L.styles()
    controller, dpo = content["controller"], content["dpo"]
    out = [_fill_box("Titolare del trattamento (denominazione, sede, contatti)",
                     controller.get("name"), x, lines=2),
           Spacer(1, 3),
           _fill_box("Responsabile della protezione dei dati (DPO) e contatti",
                     dpo.get("name"), x, lines=2),
           Spacer(1, 3),
           _fill_box("Contitolari e responsabili del trattamento (art. 26 e 28)", None, x,
                     lines=2)]
    holders = controller.get("holding_organisations") or []
    if holders:
        out += _subheading("Enti a cui appartengono i case manager delle persone", x)
        out += [
                Paragraph("Sono gli enti che hanno in carico le persone di questo database: "
                          "titolari o contitolari del trattamento secondo gli accordi tra enti.",
                          st.small), Spacer(1, 2),
                _table(("Ente", "Tipo", "Persone in carico"),
                       [(h["name"], h["kind_label"], _n(h["people_in_charge"]))
                        for h in holders],
                       [96 * mm, 52 * mm, L.CONTENT_W - 148 * mm], numeric=(2,))]
    return out


def _purposes(content: dict[str, Any], x: dict[str, ParagraphStyle]) -> list[Flowable]:
    st = L.styles()
    bases = {b["code"]: b["reference"] for b in content["legal_bases"]}
    out: list[Flowable] = [_table(
        ("Finalità", "Descrizione", "Basi giuridiche"),
        [(Paragraph(L.text(p["title"]), st.cell_bold), p["description"],
          "; ".join(bases.get(code, code) for code in p["legal_bases"]))
         for p in content["purposes"]],
        [44 * mm, 78 * mm, L.CONTENT_W - 122 * mm])]
    out += _subheading("Basi giuridiche", x)
    out += [_table(("Riferimento", "Contenuto"),
                   [(Paragraph(L.text(b["reference"]), st.cell_bold), b["text"])
                    for b in content["legal_bases"]],
                   [52 * mm, L.CONTENT_W - 52 * mm])]
    regional = content["regional_law"]
    out += _subheading("Legge regionale", x)
    if regional["named_in_reference_data"]:
        out += _bullets([f"Citata nei dati di riferimento: {law}"
                         for law in regional["named_in_reference_data"]], x)
    else:
        out.append(Paragraph("I dati di riferimento di Tessere non nominano una legge "
                             "regionale: indicarla per ciascuna regione del territorio.",
                             st.small))
        out.append(Spacer(1, 2))
        for region in regional["regions"] or ["Regione"]:
            out += [_fill_box(region, None, x), Spacer(1, 2)]
    return out


def _subjects_and_data(content: dict[str, Any], x: dict[str, ParagraphStyle]
                       ) -> tuple[list[Flowable], list[Flowable]]:
    st = L.styles()
    subjects = [_table(("Categoria", "Chi sono", "Nel database"),
                       [(Paragraph(L.text(s["title"]), st.cell_bold), s["description"],
                         _n(s["count"])) for s in content["data_subjects"]],
                       [40 * mm, 106 * mm, L.CONTENT_W - 146 * mm], numeric=(2,))]
    rows = []
    for c in content["data_categories"]:
        evidence = "\n".join(f"{e['what']}: {_n(e['count'])}" for e in c["evidence"])
        rows.append((Paragraph(L.text(c["title"]), st.cell_bold), c["description"],
                     c["special"] or "", evidence))
    data = [Paragraph("«art. 9»: categorie particolari di dati; «art. 10»: dati relativi a "
                      "condanne penali e reati. L'ultima colonna dice quanti record di ciascuna "
                      "categoria contiene oggi il database.", st.small), Spacer(1, 3),
            _table(("Categoria", "Contenuto", "GDPR", "Nel database"), rows,
                   [38 * mm, 70 * mm, 16 * mm, L.CONTENT_W - 124 * mm])]
    return subjects, data


def _levels(content: dict[str, Any], x: dict[str, ParagraphStyle]) -> list[Flowable]:
    st = L.styles()
    rows = []
    for level in content["confidentiality_levels"]:
        name: list[Flowable] = [Paragraph(L.text(level["label"]), st.cell_bold)]
        if level.get("special_category"):
            name.append(Paragraph(L.text(level["special_category"] + " GDPR"), x["source"]))
        what = [Paragraph(L.text(level.get("description") or ""), st.cell)]
        readers = ", ".join(level["readable_by"]) or "nessun ruolo"
        what.append(Paragraph(L.text(f"Lo leggono: {readers}."), x["source"]))
        r = level["records"]
        rows.append((name, what, _n(r["diary_entries"]), _n(r["documents"]),
                     _n(r["assessments"])))
    return [Paragraph("Ogni voce di diario, documento e valutazione ha un livello di "
                      "riservatezza; l'autore vede sempre ciò che ha scritto.", st.small),
            Spacer(1, 3),
            _table(("Livello", "Contenuto e ruoli che lo leggono", "Voci di diario", "Documenti",
                    "Valutazioni"), rows,
                   [28 * mm, 75 * mm, 22 * mm, 23 * mm, L.CONTENT_W - 148 * mm],
                   numeric=(2, 3, 4))]


def _roles(content: dict[str, Any], x: dict[str, ParagraphStyle]) -> list[Flowable]:
    st = L.styles()
    rows = []
    for role in content["roles"]:
        name: list[Flowable] = [Paragraph(L.text(role["name"]), st.cell_bold),
                                Paragraph(L.text(role["code"]), x["source"])]
        if role.get("description"):
            name.append(Paragraph(L.text(role["description"]), x["source"]))
        rows.append((name, role["scope_label"],
                     ", ".join(role["permission_labels"]) or "nessuno",
                     ", ".join(role["confidentiality_labels"]) or "nessuno",
                     _n(role["operators"])))
    accounts = content["accounts"]
    if accounts["in_force"]:
        summary = (f"Account attivi: {_n(accounts['active'])}; disattivati: "
                   f"{_n(accounts['disabled'])}; operatori in anagrafica: "
                   f"{_n(accounts['operators'])}.")
    else:
        summary = (f"Nessun account in questo database ({_n(accounts['operators'])} operatori "
                   "in anagrafica): i ruoli si applicano quando l'amministratore crea gli "
                   "account e li assegna.")
    return [_table(("Ruolo", "Persone visibili", "Permessi", "Livelli di riservatezza",
                    "Operatori"), rows,
                   [46 * mm, 28 * mm, 46 * mm, 32 * mm, L.CONTENT_W - 152 * mm], numeric=(4,)),
            Spacer(1, 3), Paragraph(L.text(summary), st.small)]


def _recipients(content: dict[str, Any], x: dict[str, ParagraphStyle]) -> list[Flowable]:
    st = L.styles()
    recipients = content["recipients"]
    orgs = content["organisations"]
    kinds = ", ".join(f"{k['label']} {_n(k['count'])}" for k in orgs["by_kind"])
    out: list[Flowable] = [Paragraph(L.text(
        "Enti della rete che hanno ricevuto un consenso alla condivisione o che ricevono dati "
        "perché firmano un patto in corso o erogano un servizio attivato per la persona. "
        f"Nel database ci sono {_n(orgs['total'])} organizzazioni ({kinds}). "
        "«Persone»: le persone di cui l'ente riceve dati; «di cui senza consenso»: quelle, "
        "tra queste, senza un consenso in vigore alla condivisione con l'ente."), st.small)]
    items = recipients["items"]
    if not items:
        return out + [Spacer(1, 3), Paragraph("Nessun destinatario registrato.", st.muted)]
    by_sector = {s: [r for r in items if r["sector"] == s] for s in SECTORS_ORDER}
    by_sector["altro"] += [r for r in items if r["sector"] not in SECTORS_ORDER]
    labels = {s["sector"]: s["label"] for s in recipients["sectors"]}
    for sector in SECTORS_ORDER:
        rows = by_sector[sector]
        if not rows:
            continue
        out += _subheading(f"{labels.get(sector, sector)} ({len(rows)})", x)
        out += [_table(("Ente", "Tipo", "Consensi in vigore", "Consensi revocati",
                        "Persone", "di cui senza consenso"),
                       [(r["name"], r["kind_label"], _n(r["consents_in_force"]),
                         _n(r["consents_withdrawn"]), _n(r["people_receiving_data"]),
                         _n(r["people_without_consent"])) for r in rows],
                       [58 * mm, 36 * mm, 20 * mm, 20 * mm, 20 * mm, L.CONTENT_W - 154 * mm],
                       numeric=(2, 3, 4, 5))]
    return out


def _retention(content: dict[str, Any], x: dict[str, ParagraphStyle]) -> list[Flowable]:
    retention = content["retention"]
    return (_subheading("Che cosa fa Tessere", x) + _bullets(retention["app_behaviour"], x)
            + [Spacer(1, 4),
               _fill_box("Termini di conservazione della cartella sociale e dei patti, "
                         "decisi dal titolare", retention.get("period"), x, lines=3)])


def _measures(content: dict[str, Any], x: dict[str, ParagraphStyle]) -> list[Flowable]:
    st = L.styles()
    rows = []
    for m in content["security_measures"]:
        title = [Paragraph(L.text(m["title"]), st.cell_bold)]
        title += [Paragraph(L.text(s), x["source"]) for s in m["sources"]]
        rows.append((title, m["description"], m["status"]))
    return [Paragraph("Art. 32 GDPR. Sono elencate solo le misure realizzate nel programma, con "
                      "i file che le implementano; lo stato è letto dal database al momento "
                      "della generazione.", st.small), Spacer(1, 3),
            _table(("Misura", "Come funziona", "Stato in questo database"), rows,
                   [50 * mm, 80 * mm, L.CONTENT_W - 130 * mm])]


def _rights(content: dict[str, Any], x: dict[str, ParagraphStyle]) -> list[Flowable]:
    st = L.styles()
    return [_table(("Diritto", "Come lo si esercita con Tessere"),
                   [(Paragraph(L.text(r["right"]), st.cell_bold), r["how"])
                    for r in content["rights"]],
                   [52 * mm, L.CONTENT_W - 52 * mm])]


def _volumes(content: dict[str, Any], x: dict[str, ParagraphStyle]) -> list[Flowable]:
    st = L.styles()
    counts = content["counts"]
    territory = content["territory"]
    rows = []
    for unit in territory["units"]:
        style = ParagraphStyle(f"reg-unit-{unit['depth']}", parent=st.cell,
                               leftIndent=6 * unit["depth"],
                               fontName=L.FONT_BOLD if unit["depth"] == 0 else L.FONT)
        rows.append((Paragraph(L.text(unit["name"]), style), unit["kind_label"],
                     _n(unit["people"])))
    if territory["people_without_unit"]:
        rows.append(("Senza territorio indicato", "", _n(territory["people_without_unit"])))
    figures = [
        ("Persone", counts["people"]), ("Prese in carico (aperte)", counts["case_episodes_open"]),
        ("Patti", counts["patti"]), ("Voci di diario", counts["diary_entries"]),
        ("Documenti allegati", counts["documents"]), ("Valutazioni", counts["assessments"]),
        ("Misure", counts["measures"]), ("Membri della rete", counts["network_members"]),
        ("Consensi alla condivisione (in vigore)", counts["consents_in_force"]),
        ("Operatori (in servizio)", counts["operators_active"]),
        ("Righe del registro degli accessi", counts["audit_events"]),
    ]
    kinds = "; ".join(f"{k['label']}: {_n(k['count'])}" for k in content["patti_by_kind"])
    out: list[Flowable] = [
        _table(("Record", "Quanti"), [(label, _n(n)) for label, n in figures],
               [80 * mm, 30 * mm], numeric=(1,)),
    ]
    if kinds:
        out += [Spacer(1, 2), Paragraph(L.text(f"Patti per tipo: {kinds}."), st.small)]
    if rows:
        out += _subheading("Territorio", x)
        out += [Paragraph("Persone la cui cartella appartiene a ciascuna unità territoriale, "
                          "comprese le unità che ne fanno parte.", st.small), Spacer(1, 2),
                _table(("Unità territoriale", "Livello", "Persone"), rows,
                       [110 * mm, 34 * mm, L.CONTENT_W - 144 * mm], numeric=(2,))]
    return out


def _signatures(x: dict[str, ParagraphStyle]) -> Flowable:
    st = L.styles()
    width = (L.CONTENT_W - 12 * mm) / 3

    def box(caption: str) -> list[Flowable]:
        return [Spacer(1, 14 * mm), L.SignatureLine(width - 8, caption)]

    table = Table([[Paragraph("Data", st.small), Paragraph("Il titolare del trattamento",
                                                           st.small),
                    Paragraph("Il responsabile della protezione dei dati", st.small)],
                   [box("gg/mm/aaaa"), box("Firma"), box("Firma")]],
                  colWidths=[width + 4 * mm] * 3, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Paragraph("Approvazione", x["h1"]), table])


# ------------------------------------------------------------------ the document
def processing_register_pdf(content: dict[str, Any]) -> bytes:
    """The register as an A4 PDF in memory (``desktop.pdf.save_pdf`` writes it)."""
    x = _extra_styles()
    subjects, data = _subjects_and_data(content, x)
    story: list[Flowable] = _front(content, x)
    chapters = [
        ("Titolare e responsabile della protezione dei dati", _controller(content, x)),
        ("Finalità e basi giuridiche del trattamento", _purposes(content, x)),
        ("Categorie di interessati", subjects),
        ("Categorie di dati personali", data),
        ("Livelli di riservatezza", _levels(content, x)),
        ("Ruoli e autorizzazioni", _roles(content, x)),
        ("Destinatari dei dati", _recipients(content, x)),
        ("Trasferimenti verso paesi terzi", [Paragraph(L.text(content["transfers"]),
                                                       L.styles().body)]),
        ("Termini di conservazione", _retention(content, x)),
        ("Misure di sicurezza tecniche e organizzative", _measures(content, x)),
        ("Limiti noti", _bullets(content["limits"], x) if content["limits"]
         else [Paragraph("Nessuno.", L.styles().muted)]),
        ("Diritti degli interessati", _rights(content, x)),
        ("Volumi e territorio", _volumes(content, x)),
    ]
    # Short chapters whose parts read together (the retention box after what the
    # app does) move to the next page whole rather than split.
    whole = {"Termini di conservazione", "Limiti noti", "Trasferimenti verso paesi terzi"}
    for number, (title, flowables) in enumerate(chapters, start=1):
        if title in whole:
            story.append(KeepTogether(_heading(number, title, x) + flowables))
        else:
            story += _heading(number, title, x) + flowables
    story += [Spacer(1, 6), _signatures(x)]
    generated = formats.day(content["generated_on"])
    footer = f"Registro dei trattamenti · generato il {generated}"
    if content["database"].get("demo"):
        footer += " · DATABASE DIMOSTRATIVO"
    controller = L.one_line(content["controller"].get("name"))
    if controller:  # the running header is one line, beside the logo
        while stringWidth(controller, L.FONT_BOLD, 9) > HEADER_WIDTH:
            controller = controller[:-2].rstrip() + "…"
    section = Section(organisation=controller or "Tessere",
                        header=f"{TITLE} (art. 30 GDPR)", footer=footer)
    return build([(section, story)], title=TITLE)

