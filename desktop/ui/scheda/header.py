"""The top of the scheda persona: who the person is at a glance (age, codice
fiscale, comune, case manager, the patto in force and its state, and what the
file lacks for privacy: informativa, consent, sharing consents).

Everything shown is read in one worker call (``core.anagrafica.person_header``)
so opening a scheda never waits on the database; the widget starts with placeholders.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.anagrafica import PersonHeader
from desktop.core.cartella.nucleo import VALID
from desktop.core.formats import day, money
from desktop.ui.operations import nucleo as nucleo_ops

# Tables whose changes can alter what the header shows.
HEADER_TABLES = frozenset({"person", "comune", "operator", "patto", "patto_beneficiary",
                           "case_episode", "consent", "signatory", "attivazione",
                           "isee_declaration"})


def subtitle_for(h: PersonHeader, tr=lambda text: text) -> str:
    """"47 anni (nata il 03/04/1978) · CF … · Residente a Bologna"."""
    parts = []
    if h.age is not None:
        born = tr("nata il %1") if h.sex == "F" else tr("nato il %1")
        parts.append(tr("%1 anni").replace("%1", str(h.age))
                     + f" ({born.replace('%1', day(h.birth_date))})")
    parts.append(tr("CF %1").replace("%1", h.codice_fiscale) if h.codice_fiscale
                 else tr("Codice fiscale mancante"))
    parts.append(tr("Residente a %1").replace("%1", h.comune) if h.comune
                 else tr("Comune di residenza non indicato"))
    if h.restricted_on is not None:
        parts.append(tr("Trattamento limitato dal %1").replace("%1", day(h.restricted_on)))
    return "  ·  ".join(part.replace(" ", "\u00a0") for part in parts)  # wrap between parts


class HeaderFacts(QFrame):
    """Case manager, patto and presa in carico, each as a caption over a value."""

    patto_activated = Signal(str)  # the patto id, when its title is clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("factsCard")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(36)
        self.case_manager = self._fact(row, self.tr("Case manager"))
        self.patto = self._fact(row, self.tr("Patto in corso"), stretch=1)
        self.patto.setTextFormat(Qt.TextFormat.RichText)
        self.patto.setWordWrap(True)  # a long title goes on two lines, never cut
        self.patto.linkActivated.connect(self.patto_activated.emit)
        self.phase = self._fact(row, self.tr("Presa in carico"))
        self.privacy = self._fact(row, self.tr("Privacy"))
        self.privacy.setObjectName("privacyFact")
        self.isee = self._fact(row, self.tr("ISEE"))
        self.isee.setObjectName("iseeFact")

    def _fact(self, row: QHBoxLayout, caption: str, stretch: int = 0) -> QLabel:
        box = QVBoxLayout()
        box.setSpacing(2)
        label = QLabel(caption)
        label.setObjectName("factCaption")
        value = QLabel("…")
        value.setObjectName("factValue")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box.addWidget(label)
        box.addWidget(value)
        box.addStretch(1)  # captions stay level when a value takes two lines
        row.addLayout(box, stretch)
        return value

    def show_info(self, h: PersonHeader) -> None:
        self.case_manager.setText(h.case_manager or self.tr("non assegnato"))
        if h.active_patto_id:
            title = h.active_patto_title or self.tr("Patto senza titolo")
            self.patto.setText(
                f'<a href="{h.active_patto_id}" style="color:#0f766e; text-decoration:none">'
                f'{_escape(title)}</a>'
                f' <span style="color:#6b7280">— {_escape(h.active_patto_state_label or "")}</span>')
            self.patto.setToolTip(self.tr("Apri il patto"))
        else:
            self.patto.setText(self.tr("nessuno"))
            self.patto.setToolTip("")
        self.phase.setText(h.open_case_phase_label or self.tr("nessuna aperta"))
        self.show_privacy(h.privacy_gaps)

    def show_privacy(self, gaps: tuple[str, ...]) -> None:
        """"In regola", or how many things are missing; the tooltip lists them."""
        if not gaps:
            self.privacy.setText(self.tr("in regola"))
            self.privacy.setToolTip(self.tr("Informativa, consenso e consensi alla condivisione "
                                            "registrati"))
        else:
            count = self.tr("1 mancanza") if len(gaps) == 1 else \
                self.tr("%1 mancanze").replace("%1", str(len(gaps)))
            self.privacy.setText(f'<span style="color:#9a3412">{count}</span>')
            self.privacy.setToolTip("\n".join(gaps) + "\n\n" + self.tr(
                "I consensi alla condivisione si registrano nella scheda «Consensi»; "
                "informativa e consenso al trattamento in «Modifica anagrafica»."))
        self.privacy.setAccessibleDescription(self.privacy.toolTip())

    def load_isee(self, store, person_id: str) -> None:
        """The latest ISEE, value and validity («scaduto» stands out)."""
        nucleo_ops.current_isee(self, store, person_id).success(self.show_isee) \
            .run_in_background()

    def show_isee(self, row) -> None:
        if row is None:
            self.isee.setText(self.tr("non registrato"))
            self.isee.setToolTip(self.tr("Le attestazioni ISEE si registrano in «Nucleo e ISEE»"))
            return
        colour = "#6b7280" if row.status == VALID else "#9a3412"
        status = f'<span style="color:{colour}">{row.status}</span>'
        self.isee.setText(f"{money(row.value_cents)} — {status}")
        self.isee.setToolTip(f"{row.kind_label}, {row.validity_text}")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
