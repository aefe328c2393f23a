"""Who works here (the profile), the first administrator, and the summary."""
from __future__ import annotations

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from desktop.ui.fields import password_field
from desktop.ui.first_run.step import StepPage, wrapped_label
from desktop.ui.operations import accounts as account_ops
from desktop.ui.operations import failure_message


class ProfilePage(StepPage):
    """Who signs the diary: the profile form, or the profile already there."""

    def __init__(self):
        super().__init__(self.tr("Il tuo profilo"), self.tr(
            "Il tuo nome firma ogni voce di diario e ogni modifica che fai; il distretto è "
            "quello da cui partono gli elenchi."))
        self.setObjectName("profilePage")
        self.state_label = wrapped_label()
        self.box.addWidget(self.state_label)
        self.form = None
        self.add_message()

    def initializePage(self) -> None:
        from desktop.ui.profile_dialog import ProfileForm

        state = self.wizard().refresh_state()
        name = state.operator_name if state is not None else None
        self.state_label.setText(self.tr("Il tuo profilo è «%1». Per cambiarlo: File › Profilo "
                                         "operatore.").replace("%1", name or ""))
        self.state_label.setVisible(name is not None)
        if name is None and self.form is None:
            self.form = ProfileForm(self.store, self)
            self.box.insertWidget(1, self.form)

    def commit(self) -> bool:
        if self.form is None or not self.form.isVisible():
            self.outcome = self.tr("Profilo: già presente.")
            return True
        if not self.form.loaded:
            return False
        loop = QEventLoop()
        saved: list[str] = []
        self.form.saved.connect(lambda operator_id: (saved.append(operator_id), loop.quit()))
        self.form.failed.connect(loop.quit)
        if not self.form.save(self):
            return False
        with self.wizard().busy():
            loop.exec()
        if not saved:
            return False
        self.form.hide()
        self.outcome = self.tr("Profilo: %1, %2.").replace(
            "%1", self.wizard().refresh_state().operator_name or "").replace(
            "%2", self.form.district.currentText())
        return True


class AdministratorPage(StepPage):
    """The first account, unless the database (or the team) has accounts."""

    def __init__(self):
        super().__init__(self.tr("Primo amministratore"), self.tr(
            "Con gli account ognuno accede con il proprio nome e vede solo ciò che il suo "
            "ruolo permette. Il primo account è il tuo: sarai amministratore e creerai quelli "
            "dei colleghi (File › Account e ruoli)."))
        self.setObjectName("administratorPage")
        self.state_label = wrapped_label()
        self.box.addWidget(self.state_label)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Nome utente"))
        self.username.setPlaceholderText(self.tr("per esempio m.rossi"))
        self.password = password_field("password", self.tr("Password"))
        self.confirm = password_field("confirm", self.tr("Ripeti la password"))
        for field in (self.username, self.password, self.confirm):
            form.addRow(field.accessibleName() + ":", field)
        self.fields = QWidget()
        self.fields.setLayout(form)
        self.box.addWidget(self.fields)
        self.add_message()

    def initializePage(self) -> None:
        state = self.wizard().refresh_state()
        self.asks = state is not None and not state.has_accounts and bool(state.operator_name)
        self.required = self.asks and state.holds_people
        if state is not None and state.has_accounts:
            text = self.tr("Questo database ha già degli account: accederai con il tuo "
                           "(se non l'hai, chiedilo all'amministratore della squadra).")
        elif not self.asks:
            text = self.tr("Senza profilo non si crea l'account: Tessere lo chiederà dopo che "
                           "avrai creato il profilo.")
        elif self.required:
            text = self.tr("Il database contiene già dati di persone: l'account è necessario.")
        else:
            text = ""
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))
        self.fields.setVisible(self.asks)
        self.wizard().update_skip_button()

    @property
    def can_skip(self) -> bool:
        return not getattr(self, "required", False)

    def commit(self) -> bool:
        if not self.asks:
            self.outcome = self.tr("Account: nessuno da creare ora.")
            return True
        if self.password.text() != self.confirm.text():
            self.say(self.tr("Le due password non coincidono."))
            return False
        ok, result = self.wizard().wait_for(account_ops.create_first_administrator(
            self, self.store, self.username.text(), self.password.text()))
        if not ok:
            self.say(failure_message(result))
            return False
        self.asks = False
        self.outcome = self.tr("Account di amministratore «%1» creato.").replace(
            "%1", self.username.text().strip())
        return True


class DonePage(StepPage):
    skippable = False

    def __init__(self):
        super().__init__(self.tr("Tutto pronto"), self.tr(
            "Ecco cosa è stato fatto. Ogni passo si riprende da File › Configurazione guidata, "
            "oppure dal suo posto: il profilo e gli account nel menu File, la squadra e la "
            "sincronizzazione nella pagina Sincronizzazione."))
        self.setObjectName("donePage")
        self.setCommitPage(False)
        self.summary = wrapped_label()
        self.summary.setObjectName("summary")
        self.box.addWidget(self.summary)
        self.box.addStretch(1)

    def initializePage(self) -> None:
        lines = [page.outcome for page in self.wizard().step_pages() if page.outcome]
        self.summary.setText("\n".join(f"• {line}" for line in lines))
