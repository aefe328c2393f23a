"""The card of one service of the resource map, shown beside the Risorse list.

Everything the operator needs before activating a resource, read in one
background query: who offers it and where, how to reach it, when it is open,
who may access it and at what cost, how many places are free, when the entry
was last checked — and who is linked to it now (the attivazioni), with links
that open the person or the patto, the waiting list in queue order, and an
overbooking two laptops caused apart, said at the top. «Richiedi attivazione…»
and the «passi» link of each attivazione move the flow (desktop.core.risorse).
"""
from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget,
)

from desktop.core import formats
from desktop.core.risorse.scheda import HSDS_WEEKDAYS, ServiceDetail
from desktop.ui.operations import attivazioni as flow
from desktop.ui.operations import failure_message
from desktop.ui.operations import risorse as operations
from desktop.ui.risorsa_attivazioni import AttivazioneDialog, RequestDialog

ACCENT = "#0f4c5c"
MUTED = "#6b7280"
WARNING = "#9a3412"
GOOD = "#166534"
LINK = "#0f766e"


class ServicePanel(QFrame):
    """Shows the service given to :meth:`show_service`; ``open_person`` and
    ``open_patto`` are emitted when the user follows a link in the attivazioni."""

    open_person = Signal(str)
    open_patto = Signal(str)
    loaded = Signal()  # the card for the current service is on screen

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.service_id: str | None = None
        self._generation = 0
        self.setObjectName("servicePanel")
        self.setStyleSheet("#servicePanel { border: 1px solid #e2e6ec; border-radius: 6px; "
                           "background: #ffffff; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser()
        self.browser.setObjectName("serviceCard")
        self.browser.setAccessibleName(self.tr("Scheda del servizio"))
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setDocumentMargin(16)
        self.browser.document().setDefaultStyleSheet(f"a {{ color: {LINK}; }}")
        layout.addWidget(self.browser)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 6, 12, 10)
        self.notice = QLabel()
        self.notice.setObjectName("cardNotice")
        self.notice.setWordWrap(True)
        bar.addWidget(self.notice, 1)
        self.request_button = QPushButton(self.tr("Richiedi attivazione…"))
        self.request_button.setObjectName("requestButton")
        self.request_button.setEnabled(False)
        self.request_button.clicked.connect(self.ask_request)
        bar.addWidget(self.request_button)
        layout.addLayout(bar)
        self.detail: ServiceDetail | None = None
        self.labels: dict = {}
        self.dialog = None  # the dialog open now, if any
        self._placeholder(self.tr("Scegli un servizio dall'elenco per vederne la scheda."))

    # ------------------------------------------------------------ loading
    def show_service(self, service_id: str | None) -> None:
        """Load (in the background) and show the card of ``service_id``."""
        self._generation += 1
        if service_id != self.service_id:
            self.notice.clear()  # what was said concerned the other service
        self.service_id = service_id
        self.detail = None
        self.request_button.setEnabled(False)
        if service_id is None:
            self._placeholder(self.tr("Nessun servizio selezionato."))
            return
        generation = self._generation

        (operations.load_service_card(self, self.store, service_id)  # closed: no answer
         .success(lambda result: self._show(generation, *result))
         .failure(lambda exc: self._failed(generation, exc))
         .run_in_background())

    def reload(self) -> None:
        self.show_service(self.service_id)

    def text(self) -> str:
        """The card as plain text (what a screen reader would read)."""
        return self.browser.toPlainText()

    def _show(self, generation: int, detail: ServiceDetail | None, labels) -> None:
        if generation != self._generation:
            return  # the user has moved on to another service
        self.detail, self.labels = detail, labels
        if detail is None:
            self._placeholder(self.tr("Questo servizio non è più nella mappa delle risorse."))
        else:
            self.browser.setHtml(CardWriter(detail, labels, self.tr).html())
        self.request_button.setEnabled(detail is not None)
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._placeholder(failure_message(exc))
            self.loaded.emit()

    def _placeholder(self, text: str) -> None:
        self.browser.setHtml(f"<p style='color:{MUTED}'>{html.escape(text)}</p>")

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "person":
            self.open_person.emit(url.path())
        elif url.scheme() == "patto":
            self.open_patto.emit(url.path())
        elif url.scheme() == "attivazione":
            self.ask_step(url.path())

    # ------------------------------------------------------------ the flow
    def _say(self, text: str, warning: bool = False) -> None:
        self.notice.setStyleSheet(f"color: {WARNING if warning else GOOD};")
        self.notice.setText(text)

    def ask_request(self) -> None:
        """«Richiedi attivazione…»: choose a person, then request (or queue)."""
        if self.detail is None:
            return
        self.dialog = RequestDialog(self.store, self.detail, self)
        self.dialog.chosen.connect(self.request_for)
        self.dialog.open()

    def request_for(self, person_id: str, name: str) -> None:
        service_id = self.service_id
        service = self.detail.service.name if self.detail else ""

        def done(result) -> None:
            if result.position is not None:
                self._say(self.tr("%1 è in lista d'attesa per «%2»: posizione %3.")
                          .replace("%1", name).replace("%2", service)
                          .replace("%3", str(result.position)))
            else:
                self._say(self.tr("Attivazione richiesta per %1.").replace("%1", name))
            if service_id == self.service_id:
                self.reload()

        (flow.request_place(self, self.store, service_id, person_id)
         .success(done)
         .failure(lambda exc: self._say(failure_message(exc), warning=True))
         .run_in_background())

    def ask_step(self, attivazione_id: str) -> None:
        """The next steps of one attivazione of the card."""
        info = next((a for a in (self.detail.attivazioni if self.detail else [])
                     if a.id == attivazione_id), None)
        if info is None:
            return
        state = self.labels.get(("attivazione_status", info.status), info.status)
        self.dialog = AttivazioneDialog(info, state, self)
        self.dialog.chosen.connect(lambda status, reason: self.step(info, status, reason))
        self.dialog.open()

    def step(self, info, status: str, reason: str) -> None:
        label = self.labels.get(("attivazione_status", status), status)

        def done(_result) -> None:
            self._say(self.tr("%1: attivazione ora «%2».")
                      .replace("%1", info.person_name or "—").replace("%2", label))
            self.reload()

        (flow.advance(self, self.store, info.id, status, reason or None)
         .success(done)
         .failure(lambda exc: self._say(failure_message(exc), warning=True))
         .run_in_background())


class CardWriter:
    """Turns a :class:`ServiceDetail` into the rich text of the card."""

    def __init__(self, detail: ServiceDetail, labels: dict[tuple[str, str], str],
                 tr: Callable[[str], str]):
        self.d = detail
        self.labels = labels
        self.tr = tr

    def label(self, catalogue: str, code: str | None) -> str:
        if not code:
            return ""
        return self.labels.get((catalogue, code), code.replace("_", " ").capitalize())

    def html(self) -> str:
        parts = [self.header(), self.overbooking(), self.waiting(), self.where(), self.when(),
                 self.contacts(), self.access(), self.features(), self.attivazioni()]
        return "".join(p for p in parts if p)

    # ------------------------------------------------------------ sections
    @staticmethod
    def section(title: str, body: str) -> str:
        return (f"<h3 style='color:{ACCENT}; margin-top:14px; margin-bottom:4px'>"
                f"{html.escape(title)}</h3>{body}")

    @staticmethod
    def rows(pairs: list[tuple[str, str]]) -> str:
        """A two-column table of label/value pairs (values already escaped)."""
        cells = "".join(
            f"<tr><td style='color:{MUTED}; padding:2px 12px 2px 0'>{html.escape(k)}</td>"
            f"<td style='padding:2px 0'>{v}</td></tr>" for k, v in pairs if v)
        return f"<table cellspacing='0'>{cells}</table>" if cells else ""

    def header(self) -> str:
        d, s, e = self.d, self.d.service, html.escape
        terms = [self.label("resource_taxonomy", t) for t in d.taxonomy
                 if t != s.axis]
        kind = self.label("organisation_kind", d.organisation_kind)
        out = [f"<h2 style='margin-bottom:2px'>{e(s.name)}</h2>",
               f"<p style='margin-top:0'><b>{e(s.organisation)}</b>"
               + (f" <span style='color:{MUTED}'>· {e(kind)}</span>" if kind else "") + "</p>",
               f"<p><span style='color:{ACCENT}; font-weight:600'>"
               f"{e(self.label('axis', s.axis))}</span>"
               + (f" <span style='color:{MUTED}'>· {e(', '.join(terms))}</span>" if terms else "")
               + "</p>"]
        current = sum(1 for a in d.attivazioni if a.current and a.position is None)
        linked = (self.tr("Nessuna attivazione in corso") if current == 0 else
                  self.tr("1 attivazione in corso") if current == 1 else
                  self.tr("%1 attivazioni in corso").replace("%1", str(current)))
        if d.total_waiting:
            linked += " · " + (self.tr("1 persona in lista d'attesa") if d.total_waiting == 1 else
                               self.tr("%1 persone in lista d'attesa").replace(
                                   "%1", str(d.total_waiting)))
        out.append(f"<p>{self.places_line()}<br>{self.verified_line()}<br>"
                   f"<span style='color:{MUTED}'>{e(linked)}</span></p>")
        if d.description:
            out.append(f"<p>{e(d.description)}</p>")
        return "".join(out)

    def places_line(self) -> str:
        s = self.d.service
        if s.available_places is None:
            text = html.escape(self.tr("Posti: non indicati"))
            return f"<span style='color:{MUTED}'>{text}</span>"
        colour = GOOD if s.available_places > 0 else WARNING
        if s.capacity:
            text = self.tr("Posti disponibili: %1 su %2").replace("%1", str(s.available_places)) \
                .replace("%2", str(s.capacity))
        else:
            text = self.tr("Posti disponibili: %1").replace("%1", str(s.available_places))
        if s.available_places == 0:
            text += " — " + self.tr("al completo")
        return f"<span style='color:{colour}; font-weight:600'>{html.escape(text)}</span>"

    def verified_line(self) -> str:
        s, who = self.d.service, self.d.last_verified_by
        if s.last_verified_on is None:
            text = self.tr("Mai verificata: da verificare")
        else:
            text = self.tr("Ultima verifica il %1").replace("%1", formats.day(s.last_verified_on))
            if who:
                text += " " + self.tr("da %1").replace("%1", who)
            if s.stale:
                text += " — " + self.tr("da verificare (oltre %1 mesi)").replace(
                    "%1", str(self.d.stale_after_months))
        colour = WARNING if s.stale else MUTED
        return f"<span style='color:{colour}'>{html.escape(text)}</span>"

    def where(self) -> str:
        e, blocks = html.escape, []
        for place in self.d.places:
            address = ", ".join(x for x in (place.address, place.comune) if x)
            reach = []
            if place.transit:
                reach.append(place.transit)
            if place.distance_from_hub_km is not None:
                reach.append(self.tr("%1 km dal centro").replace(
                    "%1", formats.number(place.distance_from_hub_km)))
            access = {True: self.tr("sì"), False: self.tr("no"), None: ""}[place.accessible]
            notes = place.accessibility_notes
            if notes:
                access = f"{access} ({notes})" if access else notes
            blocks.append(f"<p style='margin-bottom:2px'><b>{e(place.name)}</b>"
                          + (f"<br>{e(address)}" if address else "") + "</p>"
                          + self.rows([(self.tr("Come arrivare"), e(" · ".join(reach))),
                                       (self.tr("Accessibile"), e(access))]))
        return self.section(self.tr("Sedi"), "".join(blocks)) if blocks else ""

    def when(self) -> str:
        locale = QLocale()
        lines = []
        for sched in self.d.schedules:
            days = [locale.dayName(HSDS_WEEKDAYS.index(code) + 1, QLocale.FormatType.ShortFormat)
                    for code in sched.byday.split(",") if code in HSDS_WEEKDAYS]
            if len(days) == 7:
                days_text = self.tr("tutti i giorni")
            else:
                days_text = ", ".join(days)
            hours = "–".join(h for h in (sched.opens_at, sched.closes_at) if h)
            if hours == "00:00–23:59":
                hours = self.tr("24 ore su 24")
            text = f"{days_text} {hours}".strip()
            if sched.description:
                text += f" ({sched.description})"
            lines.append(html.escape(text))
        return self.section(self.tr("Orari"), "<br>".join(lines)) if lines else ""

    def contacts(self) -> str:
        e, d, lines = html.escape, self.d, []
        for c in d.contacts:
            who = c.name + (f" ({c.title.lower()})" if c.title else "")
            reach = " · ".join(x for x in (c.phone, c.email) if x)
            lines.append(f"{e(who)}" + (f"<br><span style='color:{MUTED}'>{e(reach)}</span>"
                                         if reach else ""))
        extra = [x for x in (d.email, d.url, d.organisation_email, d.organisation_website) if x]
        lines.extend(e(x) for x in dict.fromkeys(extra))
        return self.section(self.tr("Contatti"), "<br>".join(lines)) if lines else ""

    def access(self) -> str:
        e, d = html.escape, self.d
        cost = d.fees or ""
        if d.cost_cents:
            amount = formats.money(d.cost_cents)
            cost = f"{cost} ({amount})" if cost else amount
        body = self.rows([
            (self.tr("Condizioni"), e(", ".join(self.label("access_condition", c)
                                               for c in d.access_conditions))),
            (self.tr("Destinatari"), e(", ".join(self.label("target_group", t)
                                                for t in d.target_groups))),
            (self.tr("Requisiti"), e(d.eligibility or "")),
            (self.tr("Costo"), e(cost)),
        ])
        return self.section(self.tr("Accesso"), body) if body else ""

    def features(self) -> str:
        d = self.d
        sharing = {"pubblico": self.tr("pubblica"), "rete": self.tr("condivisa nella rete"),
                   "riservato": self.tr("riservata")}
        sharing_text = sharing.get(d.sharing_level or "", d.sharing_level or "")
        hosts = {True: self.tr("sì"), False: self.tr("no"), None: ""}[d.hosts_prepared]
        body = self.rows([
            (self.tr("Scala"), html.escape(self.label("resource_scale", d.scale))),
            (self.tr("Natura"),
             html.escape(self.tr("formale") if d.formal else self.tr("informale"))),
            (self.tr("Accoglienza preparata"), html.escape(hosts)),
            (self.tr("Scheda"), html.escape(sharing_text)),
        ])
        return self.section(self.tr("Caratteristiche"), body) if body else ""

    def overbooking(self) -> str:
        """Two laptops agreed the same places apart: never silent."""
        over = self.d.overbooking
        if over is None:
            return ""
        names = [a.person_name or "—" for a in self.d.attivazioni if a.overbooked]
        text = over.message + ". " + self.tr(
            "Concordate per ultime: %1 — rimettile in lista d'attesa o rifiutale.").replace(
            "%1", ", ".join(names))
        return (f"<p style='color:{WARNING}; font-weight:600; border:1px solid {WARNING}; "
                f"padding:6px'>{html.escape(text)}</p>")

    def waiting(self) -> str:
        """«Lista d'attesa (n)»: position, person, since when, who asked."""
        e, rows = html.escape, self.d.waiting
        if not rows and self.d.service.available_places != 0:
            return ""
        title = self.tr("Lista d'attesa (%1)").replace("%1", str(self.d.total_waiting))
        hidden = self.d.total_waiting - len(rows)
        others = (f"<p style='color:{MUTED}'>" + e(
            self.tr("Un'altra persona in attesa è seguita in un distretto che non vedi: conta "
                    "per la posizione.") if hidden == 1 else
            self.tr("Altre %1 persone in attesa sono seguite in distretti che non vedi: contano "
                    "per la posizione.").replace("%1", str(hidden))) + "</p>") if hidden else ""
        if not rows:
            return self.section(title, others or f"<p style='color:{MUTED}'>"
                                                 f"{e(self.tr('Nessuno in lista d’attesa.'))}</p>")
        lines = []
        for a in rows:
            since = ""
            if a.queued_at:
                since = self.tr("in attesa dal %1").replace("%1", formats.day(a.queued_at.date()))
            person = (f"<a href='person:{e(a.person_id)}'><b>{e(a.person_name)}</b></a>"
                      if a.person_id and a.person_name else "—")
            via = f" · {e(self.tr('chiesta da %1').replace('%1', a.intermediary))}" \
                if a.intermediary else ""
            lines.append(f"<p style='margin:3px 0'><span style='color:{ACCENT}'><b>{a.position}."
                         f"</b></span> {person} <span style='color:{MUTED}'>· {e(since)}{via}"
                         f"</span> · <a href='attivazione:{e(a.id)}'>{e(self.tr('passi…'))}</a></p>")
        return self.section(title, ''.join(lines) + others)

    def attivazioni(self) -> str:
        e = html.escape
        current = [a for a in self.d.attivazioni if a.current and a.position is None]
        closed = [a for a in self.d.attivazioni if not a.current]
        title = self.tr("Attivazioni in corso (%1)").replace("%1", str(len(current)))
        # (those waiting are in the list above)
        if not current:
            body = f"<p style='color:{MUTED}'>{e(self.tr('Nessuna attivazione in corso.'))}</p>"
        else:
            body = "".join(self.attivazione(a) for a in current)
        if closed:
            counts: dict[str, int] = {}
            for a in closed:
                counts[a.status] = counts.get(a.status, 0) + 1
            summary = " · ".join(f"{self.label('attivazione_status', s)}: {n}"
                                 for s, n in counts.items())
            body += (f"<p style='color:{MUTED}'>"
                     f"{e(self.tr('Non più in corso — %1').replace('%1', summary))}</p>")
        return self.section(title, body)

    def attivazione(self, a) -> str:
        """Who (a link to the person), its state since when, and the patto (a link)."""
        e = html.escape
        person = (f"<a href='person:{e(a.person_id)}'><b>{e(a.person_name)}</b></a>"
                  if a.person_id and a.person_name else "—")
        since = a.started_on or a.agreed_on or a.requested_on
        state = self.label("attivazione_status", a.status)
        if since:
            state = self.tr("%1 dal %2").replace("%1", state).replace("%2", formats.day(since))
        patto = (self.tr("Patto:") + f" <a href='patto:{e(a.patto_id)}'>{e(a.patto_title)}</a>"
                 if a.patto_id and a.patto_title else e(self.tr("Fuori dai patti")))
        via = (f" · {e(self.tr('tramite %1').replace('%1', a.intermediary))}"
               if a.intermediary else "")
        colour = WARNING if a.overbooked else ACCENT
        beyond = f" — {e(self.tr('oltre i posti'))}" if a.overbooked else ""
        steps = (f" · <a href='attivazione:{e(a.id)}'>{e(self.tr('passi…'))}</a>"
                 if a.next_statuses else "")
        return (f"<p style='margin:4px 0 8px 0'>{person} — <span style='color:{colour}'>"
                f"{e(state)}{beyond}</span>{steps}<br>"
                f"<span style='color:{MUTED}'>{patto}{via}</span></p>")
