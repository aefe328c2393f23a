"""The rights of the person from the scheda: erase the cartella (art. 17 GDPR),
restrict its processing (art. 18) or end the restriction. The rules (who may, what the law keeps,
what a reason may say) are the core's (``core.erasure``); a refusal shows here
in Italian, and where the law keeps the records the dialog offers restriction."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.ui.access_dialogs import ActionDialog
from desktop.ui.operations import privacy as ops

CONFIRM_WORD = "CANCELLA"


class _ReasonDialog(ActionDialog):
    busy_text = "Operazione in corso…"

    def __init__(self, store, person_id: str, name: str, title: str, intro: str, action: str,
                 parent: QWidget | None):
        super().__init__(title, intro.replace("%1", name), action, parent)
        self.store, self.person_id = store, person_id
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Motivo"))
        self.reason.setPlaceholderText(self.tr("per esempio: richiesta dell'interessato del "
                                               "3/12/2026 (senza nome né codice fiscale)"))
        self.form.addRow(self.tr("Motivo:"), self.reason)


class RestrictDialog(_ReasonDialog):
    def __init__(self, store, person_id: str, name: str, parent: QWidget | None = None):
        super().__init__(store, person_id, name, self.tr("Limita il trattamento"), self.tr(
            "La cartella di %1 resta conservata ma esce da elenchi, ricerche e schede di chi "
            "non ha il permesso di cancellare o limitare; ogni lettura resta registrata "
            "(art. 18 GDPR)."), self.tr("Limita"), parent)
        self.setObjectName("restrictDialog")

    def _submit(self) -> None:
        self._run(ops.restrict_person(self, self.store, self.person_id, self.reason.text()))


class LiftRestrictionDialog(_ReasonDialog):
    def __init__(self, store, person_id: str, name: str, parent: QWidget | None = None):
        super().__init__(store, person_id, name, self.tr("Revoca la limitazione"), self.tr(
            "La cartella di %1 torna visibile a chi segue il suo distretto. Prima di revocare "
            "la limitazione, la persona va informata (art. 18, par. 3 GDPR)."),
            self.tr("Revoca la limitazione"), parent)
        self.setObjectName("liftRestrictionDialog")

    def _submit(self) -> None:
        self._run(ops.lift_restriction(self, self.store, self.person_id, self.reason.text()))


class EraseDialog(_ReasonDialog):
    """Where the law keeps the records the core refuses; the dialog then says
    why and its button becomes «Limita invece il trattamento…», which ends it
    with ``RESTRICT_INSTEAD`` for the scheda to open ``RestrictDialog``."""

    RESTRICT_INSTEAD = 2

    def __init__(self, store, person_id: str, name: str, parent: QWidget | None = None):
        super().__init__(store, person_id, name, self.tr("Cancella la persona"), self.tr(
            "Tutta la cartella di %1 (anagrafica, diario, valutazioni, misure, documenti, "
            "rete, scadenze, consensi e i patti di cui è l'unica beneficiaria) sarà "
            "cancellata da questo computer e, con la sincronizzazione, da quelli della "
            "squadra (art. 17 GDPR). Resta solo una traccia: chi, quando, perché. Non si può "
            "annullare."), self.tr("Cancella definitivamente"), parent)
        self.setObjectName("eraseDialog")
        self.retention = False
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmWord")
        self.confirm.setAccessibleName(self.tr("Conferma"))
        self.form.addRow(self.tr("Scrivi %1 per confermare:").replace("%1", CONFIRM_WORD),
                         self.confirm)

    def _submit(self) -> None:
        if self.retention:
            self.done(self.RESTRICT_INSTEAD)
            return
        if self.confirm.text().strip() != CONFIRM_WORD:
            self.show_error(self.tr("Per confermare scrivi %1.").replace("%1", CONFIRM_WORD))
            self.confirm.setFocus()
            return
        self._run(ops.erase_person(self, self.store, self.person_id, self.reason.text()))

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.erasure import RetentionRequired

        super()._failed(exc)
        self.retention = isinstance(exc, RetentionRequired)
        if self.retention:
            self.ok_button.setText(self.tr("Limita invece il trattamento…"))
            self.ok_button.setAccessibleName(self.ok_button.text())
