"""The patto editor's actions beyond typing: sign, the lifecycle buttons, the
«Modifica in itinere», the attivazioni of linked resources and the version
comparison. The core decides what a state allows (``desktop.core.patti``);
here are only the button labels, the confirmation texts and the messages.

Each action is one named operation (desktop.ui.operations.patti) whose result
is the patto as it is now; unsaved edits are saved with the action, in the
same transaction.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.core.patti.editing import Performed
from desktop.core.patti.form import EditorData, Form, problems, signing_problems
from desktop.ui.operations import CollectionOp, OperationCancelled, failure_message
from desktop.ui.operations import attivazioni as flow
from desktop.ui.operations import patti as ops
from desktop.ui.patto_editor.dialogs import ReasonDialog
from desktop.ui.patto_editor.proposte import ProposalsDialog
from desktop.ui.questions import ask

# Button labels of the core's lifecycle actions (``ACTIONS`` decides which apply).
ACTION_LABELS: dict[str, str] = {
    "activate": QT_TRANSLATE_NOOP("PattoEditor", "Attiva"),
    "start_verification": QT_TRANSLATE_NOOP("PattoEditor", "Avvia verifica"),
    "end_verification": QT_TRANSLATE_NOOP("PattoEditor", "Chiudi verifica"),
    "suspend": QT_TRANSLATE_NOOP("PattoEditor", "Sospendi"),
    "resume": QT_TRANSLATE_NOOP("PattoEditor", "Riprendi"),
    "conclude": QT_TRANSLATE_NOOP("PattoEditor", "Concludi"),
    "renew": QT_TRANSLATE_NOOP("PattoEditor", "Rinnova"),
}
CONFIRM = {
    "conclude": QT_TRANSLATE_NOOP(
        "PattoEditor", "Concludere il patto? Un patto concluso non si modifica più; si può "
        "rinnovare."),
    "renew": QT_TRANSLATE_NOOP(
        "PattoEditor", "Rinnovare il patto? Questo patto diventa «rinnovato» e se ne apre uno "
        "nuovo in bozza, con gli stessi obiettivi, sostegni, budget e impegni da rivedere."),
}


class LifecycleActions:
    """Mixed into PattoEditor (which provides the form, the notice, the data,
    ``_loaded`` and the drafts)."""

    # ------------------------------------------------------------------ writing
    def _write(self, label: str, op: CollectionOp, form: Form | None,
               on_done: Callable[[object], None] = lambda _r: None,
               on_failed: Callable[[], None] | None = None) -> None:
        """Run a write of the patto; its result (the patto now) is shown at once.
        ``form``: the unsaved edits it saves, whose draft is then dropped."""
        self._busy = True
        self._draft_timer.stop()
        self._set_enabled(False)
        self.notice.hide()

        def succeeded(result) -> None:
            self._busy = False
            if form is not None:
                self._drafts.discard()
            self._loaded(result.data if isinstance(result, Performed) else result)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._set_enabled(True)
            if not isinstance(exc, OperationCancelled):
                self.notice.show_message(failure_message(exc), "error")
            if on_failed is not None:
                on_failed()

        op.with_progress(label).success(succeeded).failure(failed).run_in_background()

    def _context_write(self, op: CollectionOp) -> None:
        """A write outside the form (attivazioni): unsaved edits stay as they are."""
        def done(data: EditorData | None = None, message: str = "") -> None:
            self._busy = False
            if message:
                self.notice.show_message(message, "error")
                self.load()
            else:
                self._loaded(data)

        self._busy = True
        op.success(done).failure(lambda exc: done(message=failure_message(exc))) \
            .run_in_background()

    # ------------------------------------------------------------------ lifecycle
    def _confirm(self, text: str, ok_label: str, then: Callable[[], None]) -> QMessageBox:
        self.confirm_box = ask(self, text, ok_label, then)
        return self.confirm_box

    def _form_if_dirty(self, intro: str) -> tuple[bool, Form | None]:
        """(go on, form to save first): unsaved changes are saved with the action."""
        if not self.is_dirty():
            return True, None
        form = self.form()
        found = problems(form)
        if found:
            self.show_problems(found, intro)
            return False, None
        return True, form

    def sign(self) -> None:
        ok, form = self._form_if_dirty(self.tr("Prima di firmare correggi"))
        if not ok:
            return
        missing = signing_problems(form or self.form())
        if missing:
            self.notice.show_message(self.tr("Il patto non si può ancora firmare: %1.").replace(
                "%1", "; ".join(missing)), "error")
            return
        version = self.data.current_version
        self._confirm(self.tr(
            "Firmare la versione %1 del patto? Dopo la firma questa versione non si può più "
            "cambiare: per modificarla servirà una «Modifica in itinere».").replace("%1", str(version)),
            self.tr("Firma"), lambda: self._write(
                self.tr("Firma del patto…"),
                ops.sign_patto(self, self.store, self.patto_id, form), form,
                lambda _r: self.notice.show_message(self.tr(
                    "Versione %1 firmata: ora è bloccata.").replace("%1", str(version)),
                    "success")))

    def transition(self, action: str) -> None:
        ok, form = self._form_if_dirty(self.tr("Prima di cambiare lo stato correggi"))
        if not ok:
            return
        label = self.tr(ACTION_LABELS[action])
        progress = self.tr("Rinnovo del patto…") if action == "renew" else label + "…"

        def run() -> None:
            self._write(progress, ops.perform_action(self, self.store, self.patto_id, action, form),
                        form, self._open_successor)

        if action in CONFIRM:
            self._confirm(self.tr(CONFIRM[action]), label, run)
        else:
            run()

    def settle_expired(self, choice: str) -> None:
        """The expiry banner's «Rinnova» (the successor opens) or «Chiudi»."""
        ok, form = self._form_if_dirty(self.tr("Prima di rinnovare o chiudere correggi"))
        if not ok:
            return
        action = "renew" if choice == "rinnova" else "conclude"

        def run() -> None:
            self._write(self.tr("Rinnovo del patto…") if action == "renew" else
                        self.tr("Concludi") + "…",
                        ops.settle_expired(self, self.store, self.patto_id, choice, form),
                        form, self._open_successor)

        self._confirm(self.tr(CONFIRM[action]), self.tr(ACTION_LABELS[action]), run)

    def _open_successor(self, result: Performed) -> None:
        window = self.window()
        if result.successor_id is not None and hasattr(window, "open_patto"):
            window.open_patto(result.successor_id)

    def amend(self) -> ReasonDialog:
        dialog = ReasonDialog(self.data.current_version + 1, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reason_given.connect(self._amend_with)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _amend_with(self, reason: str) -> None:
        ok, form = self._form_if_dirty(self.tr("Prima della modifica in itinere correggi"))
        if not ok:
            return
        version = self.data.current_version + 1
        self._write(
            self.tr("Nuova versione del patto…"),
            ops.amend_patto(self, self.store, self.patto_id, reason, form), form,
            lambda _r: self.notice.show_message(self.tr(
                "Versione %1 aperta: il patto è di nuovo modificabile. Firmala quando è "
                "pronta.").replace("%1", str(version)), "success"))

    def advance_attivazione(self, attivazione_id: str, status: str) -> None:
        """Move a linked resource on (richiesta → in attesa → concordata → attiva →
        conclusa); «rifiutata» asks for the reason first."""
        if status == "rifiutata":
            self.refusal = QInputDialog(self)
            self.refusal.setObjectName("refusalDialog")
            self.refusal.setWindowTitle(self.tr("Rifiuta l'attivazione"))
            self.refusal.setLabelText(self.tr("Perché l'attivazione è rifiutata?"))
            self.refusal.setOkButtonText(self.tr("Rifiuta"))
            self.refusal.setCancelButtonText(self.tr("Annulla"))
            self.refusal.textValueSelected.connect(
                lambda reason: self._refuse(attivazione_id, reason))
            self.refusal.open()
            return
        self._context_write(ops.advance_attivazione(self, self.store, self.patto_id,
                                                    attivazione_id, status))

    def _refuse(self, attivazione_id: str, reason: str) -> None:
        (flow.advance(self, self.store, attivazione_id, "rifiutata", reason)
         .success(lambda _r: self.load())
         .failure(lambda exc: self.notice.show_message(failure_message(exc), "error"))
         .run_in_background())

    def request_attivazione(self, support_id: str) -> None:
        """A saved support tied to a resource but never requested: request it now."""
        self._context_write(ops.request_attivazione(self, self.store, self.patto_id, support_id))

    def propose_resources(self, goal_id: str, title: str) -> None:
        """«Proponi risorse…» on a saved goal; a resource linked there reloads the patto."""
        if self.is_dirty():
            self.notice.show_message(self.tr(
                "Salva il patto prima di proporre risorse: l'obiettivo e i sostegni devono "
                "essere quelli salvati."), "error")
            return
        self.proposals = ProposalsDialog(self.store, goal_id, title, self)
        self.proposals.linked.connect(lambda _accepted: self.load())
        self.proposals.open()

    # ------------------------------------------------------------------ versions
    def compare_versions(self) -> None:
        """The previous version against the current one, side by side."""
        numbers = [v.number for v in self.data.versions]
        if len(numbers) < 2:
            return
        self.tabs.setCurrentWidget(self.versions)
        self.versions.select(numbers[-2], numbers[-1])
        self._run_compare(numbers[-2], numbers[-1])

    def _run_compare(self, old: int, new: int) -> None:
        (ops.compare_versions(self, self.store, self.patto_id, old, new)
         .with_progress(self.tr("Confronto delle versioni…"))
         .success(self.versions.show_comparison)
         .failure(lambda exc: self.notice.show_message(failure_message(exc), "error"))
         .run_in_background())
