<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="it_IT">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="140"/>
        <source>↳ Correzione della voce del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="142"/>
        <source>⚑ Corretta dalla voce del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="28"/>
        <source>nata il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="28"/>
        <source>nato il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="29"/>
        <source>%1 anni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="27"/>
        <source>Nato/a il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="28"/>
        <source>Data di nascita non indicata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="30"/>
        <source>a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="31"/>
        <location filename="../../desktop/ui/scheda/header.py" line="31"/>
        <source>CF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="32"/>
        <location filename="../../desktop/ui/scheda/header.py" line="32"/>
        <source>Codice fiscale mancante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="33"/>
        <source>distretto non indicato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="33"/>
        <source>Residente a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="34"/>
        <source>Comune di residenza non indicato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="36"/>
        <source>Trattamento limitato dal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="33"/>
        <source>Punteggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="35"/>
        <source>Prima scheda (distretto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="36"/>
        <source>Seconda scheda (distretto)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessiPage</name>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="23"/>
        <source>Cerca la persona: nome, codice fiscale o comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="24"/>
        <source>Verifica il registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="27"/>
        <source>Controlla che nessuna riga del registro sia stata tolta o alterata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="31"/>
        <source>Quando</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="32"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="33"/>
        <source>Operatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="34"/>
        <source>Ruolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="35"/>
        <source>Azione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="36"/>
        <source>Cosa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="37"/>
        <source>Scopo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="68"/>
        <source>Accessi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="54"/>
        <source>Chi ha visto, stampato, esportato o modificato le cartelle, dal più recente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="63"/>
        <source>Nessun accesso registrato per le persone cercate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="64"/>
        <source>Il registro degli accessi è ancora vuoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/accessi.py" line="68"/>
        <source>Verifica del registro in corso…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="306"/>
        <location filename="../../desktop/ui/accounts_dialog.py" line="318"/>
        <source>Account e ruoli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="322"/>
        <source>Chi può accedere a questo database, con quali ruoli e in quali distretti. Gli account non si cancellano: si disattivano, così il registro degli accessi resta leggibile. Le modifiche arrivano agli altri computer con la sincronizzazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="333"/>
        <location filename="../../desktop/ui/accounts_dialog.py" line="338"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="359"/>
        <source>Nuovo account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="360"/>
        <source>Ruoli e distretti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="362"/>
        <source>Reimposta password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="364"/>
        <location filename="../../desktop/ui/accounts_dialog.py" line="485"/>
        <location filename="../../desktop/ui/accounts_dialog.py" line="548"/>
        <source>Disattiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="375"/>
        <location filename="../../desktop/ui/accounts_dialog.py" line="380"/>
        <source>Cosa permette ogni ruolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="391"/>
        <source>Esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="398"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="433"/>
        <source> (tu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="443"/>
        <source>Account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="485"/>
        <source>Riattiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="489"/>
        <source>Non puoi disattivare il tuo stesso account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="515"/>
        <source>Creato l&apos;account «%1»: al primo accesso sceglierà la sua password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="525"/>
        <source>Aggiornati ruoli e distretti di «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="532"/>
        <source>Password di «%1» reimpostata: al prossimo accesso la cambierà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="542"/>
        <source>Disattiva account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="543"/>
        <source>Disattivare l&apos;account «%1» (%2)? Non potrà più accedere a Tessere; quello che ha scritto e il registro degli accessi restano. Potrai riattivarlo in seguito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="549"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="559"/>
        <source>Account «%1» disattivato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="560"/>
        <source>Account «%1» riattivato.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="56"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="70"/>
        <source>Le due password non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddDistrictDialog</name>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="18"/>
        <source>Aggiungi distretto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="19"/>
        <source>Il coordinamento legge la cartella di sincronizzazione della squadra del distretto, senza mai scriverci. Il codice della squadra è quello che i computer del distretto mostrano nella pagina Sincronizzazione (o con «tessere team code»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="22"/>
        <source>Aggiungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="27"/>
        <source>per esempio: Distretto di Crema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="28"/>
        <source>Nome del distretto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="31"/>
        <source>Cartella condivisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="32"/>
        <source>Server WebDAV (Nextcloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="33"/>
        <source>File consegnato (backup cifrato)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="34"/>
        <source>Dove si sincronizza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="37"/>
        <source>Cartella o indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="38"/>
        <source>Sfoglia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="39"/>
        <source>Scegli la cartella</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="47"/>
        <source>Utente WebDAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="49"/>
        <source>Password WebDAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="53"/>
        <source>Codice della squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="54"/>
        <source>Nome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="55"/>
        <source>Dove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="56"/>
        <source>Cartella o indirizzo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="57"/>
        <source>Utente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="58"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="59"/>
        <source>Codice della squadra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="71"/>
        <source>il backup consegnato dal distretto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="72"/>
        <source>la cartella condivisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="73"/>
        <source>la passphrase del backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="78"/>
        <source>Backup del distretto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_dialogs.py" line="80"/>
        <source>Cartella della squadra</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="65"/>
        <source>Primo amministratore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="66"/>
        <source>Con gli account ognuno accede con il proprio nome e vede solo ciò che il suo ruolo permette. Il primo account è il tuo: sarai amministratore e creerai quelli dei colleghi (File › Account e ruoli).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="75"/>
        <source>per esempio m.rossi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="74"/>
        <source>Nome utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="76"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="77"/>
        <source>Ripeti la password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="90"/>
        <source>Questo database ha già degli account: accederai con il tuo (se non l&apos;hai, chiedilo all&apos;amministratore della squadra).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="93"/>
        <source>Senza profilo non si crea l&apos;account: Tessere lo chiederà dopo che avrai creato il profilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="96"/>
        <source>Il database contiene già dati di persone: l&apos;account è necessario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="110"/>
        <source>Account: nessuno da creare ora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="113"/>
        <source>Le due password non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="121"/>
        <source>Account di amministratore «%1» creato.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="57"/>
        <source>Pacchetto visite: %1 di %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="59"/>
        <source>Verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="59"/>
        <source>Scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="60"/>
        <source>Visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="60"/>
        <source>Fine patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="61"/>
        <source>in ritardo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="63"/>
        <source>Giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="66"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="126"/>
        <source>Ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="67"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="126"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="68"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="126"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="69"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="127"/>
        <source>Descrizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="70"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="127"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="85"/>
        <source>◀ Precedente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="86"/>
        <source>Settimana precedente (Ctrl+PgSu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="88"/>
        <source>Oggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="89"/>
        <source>Torna alla settimana di oggi (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="91"/>
        <source>Successiva ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="92"/>
        <source>Settimana successiva (Ctrl+PgGiù)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="107"/>
        <source>&amp;Operatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="114"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="300"/>
        <source>Tutti gli operatori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="124"/>
        <source>Impegni della settimana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="157"/>
        <source>Impegni delle settimane precedenti non ancora svolti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="163"/>
        <source>Impegni arretrati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="207"/>
        <source>Salva il pacchetto delle visite del giorno scelto: elenco, schede delle persone, patti e fogli per le note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="209"/>
        <source>Apri il pacchetto delle visite del giorno scelto per stamparlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="59"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="219"/>
        <source>Verifiche dei patti, scadenze e visite domiciliari pianificate, giorno per giorno. Gli impegni scaduti e non svolti sono in evidenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="284"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="287"/>
        <source>questa settimana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="299"/>
        <source>%1 (io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="354"/>
        <source>oggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="356"/>
        <source>1 impegno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="357"/>
        <source>%1 impegni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="359"/>
        <source>nessun impegno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="388"/>
        <source>In ritardo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="390"/>
        <source>Nessun impegno in ritardo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="399"/>
        <source>Doppio clic per aprire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="432"/>
        <source>nessuna visita pianificata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="433"/>
        <source>1 visita pianificata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="434"/>
        <source>%1 visite pianificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="436"/>
        <source>&lt;b&gt;Pacchetto visite di %1&lt;/b&gt; — %2. Elenco delle visite, scheda di ogni persona, patto da portare e fogli per le note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="458"/>
        <source>tutti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni_form.py" line="83"/>
        <source>Sì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni_form.py" line="84"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttivazioneDialog</name>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="73"/>
        <source>Attivazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="77"/>
        <source>Persona non indicata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="80"/>
        <source>posizione %1 in lista d&apos;attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="84"/>
        <source>Richiesta il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="89"/>
        <source>Motivo del rifiuto (obbligatorio per rifiutare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="102"/>
        <source>L&apos;attivazione è chiusa: non ha altri passi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="104"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="101"/>
        <source>Sfoglia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="103"/>
        <source>Salva in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="104"/>
        <source>Salva in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/backup_dialogs.py" line="107"/>
        <source>Almeno %n caratteri. Serve per ripristinare il backup: conservala separata dal file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="110"/>
        <source>Passphrase del backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="111"/>
        <source>Ripeti la passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="117"/>
        <source>Crea backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="121"/>
        <source>Salva il backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="122"/>
        <source>Backup di Tessere (*%1);;Tutti i file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="131"/>
        <source>Indica dove salvare il backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/backup_dialogs.py" line="133"/>
        <source>Scegli una passphrase di almeno %n caratteri.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="136"/>
        <source>Le due passphrase non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="138"/>
        <source>La cartella «%1» non esiste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="142"/>
        <source>Il file «%1» esiste già: scegli un altro nome, o sceglilo con «Sfoglia…» per sostituirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="148"/>
        <source>Backup cifrato…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="184"/>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="185"/>
        <source>Nascondi il messaggio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeneficiaryList</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="62"/>
        <source>Nessun beneficiario: aggiungine almeno uno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="77"/>
        <source>Togli %1 dai beneficiari</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="30"/>
        <source>Scegli la fonte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="34"/>
        <source>Trasversale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="37"/>
        <source>Per che cosa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="41"/>
        <source>in natura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="42"/>
        <source>Valore di beni o tempo donati, non denaro</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="166"/>
        <source>Voci di budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="167"/>
        <source>Ogni voce con la sua fonte, in denaro o in natura: impegnato e speso. Gli importi si scrivono all&apos;italiana (1.234,56). Lo speso resta aggiornabile anche a patto firmato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="172"/>
        <source>Nessuna voce di budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="176"/>
        <source>+ Aggiungi una voce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWriter</name>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="235"/>
        <source>Nessuna attivazione in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="236"/>
        <source>1 attivazione in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="237"/>
        <source>%1 attivazioni in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="239"/>
        <source>1 persona in lista d&apos;attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="240"/>
        <source>%1 persone in lista d&apos;attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="251"/>
        <source>Posti: non indicati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="255"/>
        <source>Posti disponibili: %1 su %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="258"/>
        <source>Posti disponibili: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="260"/>
        <source>al completo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="266"/>
        <source>Mai verificata: da verificare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="268"/>
        <source>Ultima verifica il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="270"/>
        <source>da %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="272"/>
        <source>da verificare (oltre %1 mesi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="285"/>
        <source>%1 km dal centro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="287"/>
        <location filename="../../desktop/ui/risorsa_detail.py" line="348"/>
        <source>sì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="287"/>
        <location filename="../../desktop/ui/risorsa_detail.py" line="348"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="293"/>
        <source>Come arrivare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="294"/>
        <source>Accessibile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="295"/>
        <source>Sedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="304"/>
        <source>tutti i giorni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="309"/>
        <source>24 ore su 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="314"/>
        <source>Orari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="325"/>
        <source>Contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="334"/>
        <source>Condizioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="336"/>
        <source>Destinatari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="338"/>
        <source>Requisiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="339"/>
        <source>Costo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="341"/>
        <source>Accesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="345"/>
        <source>pubblica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="345"/>
        <source>condivisa nella rete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="346"/>
        <source>riservata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="350"/>
        <source>Scala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="351"/>
        <source>Natura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="352"/>
        <source>formale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="352"/>
        <source>informale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="353"/>
        <source>Accoglienza preparata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="354"/>
        <source>Scheda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="356"/>
        <source>Caratteristiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="365"/>
        <source>Concordate per ultime: %1 — rimettile in lista d&apos;attesa o rifiutale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="375"/>
        <source>Lista d&apos;attesa (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="378"/>
        <source>Un&apos;altra persona in attesa è seguita in un distretto che non vedi: conta per la posizione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="380"/>
        <source>Altre %1 persone in attesa sono seguite in distretti che non vedi: contano per la posizione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="389"/>
        <source>in attesa dal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="403"/>
        <source>Attivazioni in corso (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="427"/>
        <source>%1 dal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="428"/>
        <source>Patto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="429"/>
        <source>Fuori dai patti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="188"/>
        <source>La tua password è temporanea: scegline una tua per continuare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="189"/>
        <source>Cambia la password del tuo account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="190"/>
        <source>Tessere — cambia password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="190"/>
        <source>Cambia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="191"/>
        <source>Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="197"/>
        <source>Password attuale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="198"/>
        <source>Nuova password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="199"/>
        <source>Ripeti la nuova:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="203"/>
        <source>Le due password nuove non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../desktop/ui/risorse_editor/widgets.py" line="36"/>
        <source>Filtra l&apos;elenco…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/widgets.py" line="50"/>
        <source>Filtra: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/people.py" line="44"/>
        <source>L&apos;impegno, in poche parole</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComuneEdit</name>
    <message>
        <location filename="../../desktop/ui/risorse_editor/widgets.py" line="144"/>
        <source>Scrivi e scegli dall&apos;elenco</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictWidget</name>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="140"/>
        <source>Il record è chiuso o firmato qui: la modifica arrivata non può entrare. Se serve, registra una correzione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="143"/>
        <source>Un collega ha eliminato questo record mentre qui veniva modificato: è stato tenuto, nulla è andato perso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="160"/>
        <source>Tengo il mio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="161"/>
        <source>Tengo il loro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="162"/>
        <source>Modifico…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="167"/>
        <source>Ho visto, resta com&apos;è</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="172"/>
        <source>Questo dato si modifica dalla sua scheda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="183"/>
        <source>Salva questo valore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="216"/>
        <source>Sì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="225"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsSection</name>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="260"/>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="292"/>
        <source>Conflitti da risolvere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="261"/>
        <source>Quando due persone cambiano lo stesso dato prima di sincronizzare, vale l&apos;ultima modifica ma l&apos;altra resta qui: scegli quale tenere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/conflicts.py" line="268"/>
        <source>Nessun conflitto da risolvere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsensiTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="20"/>
        <source>Registra consenso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="22"/>
        <source>Modifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="23"/>
        <source>Modifica (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="24"/>
        <source>Revoca…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="26"/>
        <source>La persona revoca il consenso (resta registrato)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="28"/>
        <source>Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="29"/>
        <source>Dato il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="30"/>
        <source>Da</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="31"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="31"/>
        <source>in vigore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="32"/>
        <source>revocato il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="33"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="39"/>
        <source>Consensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="42"/>
        <source>Nessun consenso alla condivisione registrato. Registra con quali enti della rete la persona acconsente a condividere i suoi dati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="67"/>
        <source>Modifica consenso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="67"/>
        <source>Registra consenso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="68"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="68"/>
        <source>Registra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="70"/>
        <source>Condivisione con:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="73"/>
        <source>Dato il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="75"/>
        <source>Dato da:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="76"/>
        <source>la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="77"/>
        <source>la persona, o chi la rappresenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="78"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="84"/>
        <source>Data del consenso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="97"/>
        <source>Revoca del consenso: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="98"/>
        <source>Revoca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="100"/>
        <source>Data della revoca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="102"/>
        <source>Revocato il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/consensi.py" line="103"/>
        <source>Motivo o modalità:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinamentoPage</name>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="38"/>
        <source>Aggiungi distretto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="41"/>
        <source>Unisci i distretti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="44"/>
        <source>Porta in questo database ciò che è cambiato nei distretti da l&apos;ultima unione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="49"/>
        <source>Distretto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="50"/>
        <source>Dove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="52"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="54"/>
        <source>Ultima unione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="56"/>
        <source>Esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="66"/>
        <source>Coordinamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="74"/>
        <source>I distretti che questo database unisce e le persone seguite da più distretti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="78"/>
        <source>Nessun distretto: con «Aggiungi distretto…» indica la cartella di sincronizzazione della squadra di un distretto e il suo codice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="90"/>
        <source>Distretto aggiunto: con «Unisci i distretti» ne porti qui i dati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="95"/>
        <source>Unione dei distretti in corso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="97"/>
        <source>Unione dei distretti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="106"/>
        <source>Nessun distretto da unire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="109"/>
        <source>Unione finita: %1 modifiche ricevute, %2 nuovi record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="113"/>
        <source>Da rivedere (vedi «Esito»): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/coordinamento.py" line="116"/>
        <source>Archivio PostgreSQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="82"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="83"/>
        <source>Data nel formato gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../desktop/ui/detail.py" line="57"/>
        <source>← Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="59"/>
        <source>Torna all&apos;elenco (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiarioTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="42"/>
        <source>Diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="49"/>
        <source>Tipo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="54"/>
        <source>Tutti i tipi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="61"/>
        <source>Cerca nel testo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="62"/>
        <source>Cerca nel diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="64"/>
        <source>Mostra solo le voci che contengono tutte le parole scritte, anche solo l&apos;inizio, senza badare ad accenti e maiuscole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="76"/>
        <source>Nuova voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="77"/>
        <source>Scrivi una nuova voce di diario (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="82"/>
        <source>Voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="88"/>
        <source>Voci del diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="90"/>
        <source>Frecce per scorrere, Invio modifica la voce scelta, Ctrl+N scrive una nuova voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="166"/>
        <source>%1 voci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="166"/>
        <source>1 voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="168"/>
        <source>almeno %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="170"/>
        <source>%1 trovate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="171"/>
        <source>1 voce trovata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="172"/>
        <source>Nessuna voce trovata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="174"/>
        <source>Nessuna voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="234"/>
        <source>Questa voce è chiusa e non si può modificare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="235"/>
        <source>Il diario conserva le voci chiuse così come sono state scritte. Per rettificare qualcosa aggiungi una correzione: è una nuova voce che rimanda a questa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="238"/>
        <source>Aggiungi una correzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="245"/>
        <source>Chiudere la voce del %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="246"/>
        <source>Una voce chiusa non si può più modificare: eventuali errori si rettificano aggiungendo una correzione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/tab.py" line="248"/>
        <source>Chiudi voce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryIndexer</name>
    <message>
        <location filename="../../desktop/ui/diary_indexer.py" line="33"/>
        <source>Indicizzazione del diario…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentiTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="44"/>
        <source>Allega file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="46"/>
        <source>Esporta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="47"/>
        <source>Salva una copia del documento (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="48"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="49"/>
        <source>Elimina (Canc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="52"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="53"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="54"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="55"/>
        <source>Dimensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="56"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="63"/>
        <source>I documenti sono conservati solo nel database cifrato; «Esporta…» ne salva una copia dove scegli tu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="67"/>
        <source>Documenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="70"/>
        <source>Nessun documento allegato. Con «Allega file…» la scansione di un patto firmato, un documento d&apos;identità o un decreto entra nel database cifrato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="90"/>
        <source>Scegli il file da allegare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="97"/>
        <source>Allega documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="97"/>
        <source>Allega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="105"/>
        <source>Riservatezza:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="119"/>
        <source>Allegato di «%1»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="101"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="102"/>
        <source>Tipo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="104"/>
        <source>Titolo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="107"/>
        <source>Data del documento:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="116"/>
        <source>Data del documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="129"/>
        <source>Esporta «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="136"/>
        <source>Esportazione di «%1»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="138"/>
        <source>«%1» salvato in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="144"/>
        <source>Eliminare il documento «%1» dal database? Il contenuto non sarà più disponibile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="130"/>
        <source>Tutto pronto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="131"/>
        <source>Ecco cosa è stato fatto. Ogni passo si riprende da File › Configurazione guidata, oppure dal suo posto: il profilo e gli account nel menu File, la squadra e la sincronizzazione nella pagina Sincronizzazione.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="46"/>
        <source>Questa persona potrebbe essere già registrata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="54"/>
        <source>Prima di salvare, controlla: queste schede potrebbero essere della stessa persona. Se è così, apri la scheda esistente invece di crearne un&apos;altra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="78"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="81"/>
        <source>È un&apos;altra persona: salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="103"/>
        <source>Perché: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/duplicates.py" line="109"/>
        <source>Apri la scheda esistente</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesReview</name>
    <message>
        <location filename="../../desktop/ui/duplicati/review.py" line="36"/>
        <source>Possibili doppioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/review.py" line="46"/>
        <source>Caricamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/review.py" line="68"/>
        <source>Unire non cancella nulla: le due schede restano e l&apos;unione si annulla dalla scheda. «Persone diverse» non la ripropone più.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/review.py" line="75"/>
        <source>Decidi dopo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/review.py" line="78"/>
        <source>Sono persone diverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/review.py" line="81"/>
        <source>Sono la stessa persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/review.py" line="117"/>
        <source>Nessun possibile doppione da verificare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/review.py" line="121"/>
        <source>Coppia %1 di %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/review.py" line="128"/>
        <source>Perché potrebbero essere la stessa persona: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../desktop/ui/risorse_editor/widgets.py" line="184"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/widgets.py" line="188"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="80"/>
        <source>Ripristina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="82"/>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="346"/>
        <source>Scarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="107"/>
        <source>Data e ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="109"/>
        <source>Domicilio, sede del servizio, telefono…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="111"/>
        <source>— nessuno —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="122"/>
        <source>&amp;Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="123"/>
        <source>&amp;Data e ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="124"/>
        <source>&amp;Luogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="125"/>
        <source>&amp;Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="126"/>
        <source>&amp;Riservatezza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="130"/>
        <source>Testo della voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="131"/>
        <source>Ctrl+S salva la voce, Tab passa ai pulsanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="133"/>
        <source>Che cosa è successo, con le parole della persona dove servono…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="145"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="147"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="149"/>
        <source>Salva la voce (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="161"/>
        <source>Correzione della voce del %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="165"/>
        <source>Modifica della voce del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="167"/>
        <source>Nuova voce di diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="203"/>
        <source>Visita pianificata: comparirà in agenda e nel pacchetto visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="200"/>
        <source>Solo una visita domiciliare si può pianificare nel futuro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="241"/>
        <source>Bozza salvata su questo computer alle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="258"/>
        <source>C&apos;è un testo non salvato di questa voce, conservato il %1. Vuoi ripristinarlo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="281"/>
        <source>Scrivi il testo della voce prima di salvarla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="338"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="339"/>
        <source>La voce che stai scrivendo non è salvata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="343"/>
        <source>«Riprendi dopo» la conserva su questo computer e te la ripropone alla prossima apertura dell&apos;editor; «Scarta» la cancella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="345"/>
        <source>Riprendi dopo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/editor.py" line="347"/>
        <source>Continua a scrivere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="185"/>
        <source>Testo della voce scelta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="189"/>
        <source>Modifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="190"/>
        <source>Modifica la voce (Invio sulla voce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="192"/>
        <source>Chiudi voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="194"/>
        <source>Aggiungi una correzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="208"/>
        <source>Seleziona una voce per leggerla per intero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="213"/>
        <source>%1 il %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="215"/>
        <source>Autore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="215"/>
        <source>non indicato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="216"/>
        <source>Ente: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="217"/>
        <source>Luogo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="218"/>
        <source>Riservatezza: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="219"/>
        <source>Stato: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="223"/>
        <source>Correzione della &lt;a href=&quot;%1&quot; style=&quot;color:#0f766e&quot;&gt;voce del %2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="228"/>
        <source>Questa voce è stata corretta: vedi la &lt;a href=&quot;%1&quot; style=&quot;color:#0f766e&quot;&gt;correzione del %2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="237"/>
        <source>Una visita pianificata si chiude dopo averla svolta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="239"/>
        <source>Congela la voce: poi si rettifica solo aggiungendo una correzione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="62"/>
        <source>Cancella la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="63"/>
        <source>Tutta la cartella di %1 (anagrafica, diario, valutazioni, misure, documenti, rete, scadenze, consensi e i patti di cui è l&apos;unica beneficiaria) sarà cancellata da questo computer e, con la sincronizzazione, da quelli della squadra (art. 17 GDPR). Resta solo una traccia: chi, quando, perché. Non si può annullare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="67"/>
        <source>Cancella definitivamente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="72"/>
        <source>Conferma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="73"/>
        <source>Scrivi %1 per confermare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="81"/>
        <source>Per confermare scrivi %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="92"/>
        <source>Limita invece il trattamento…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResourcesDialog</name>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="254"/>
        <source>Esporta risorse (HSDS 3.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="258"/>
        <source>Esporta organizzazioni, servizi, sedi, contatti e orari nel formato aperto HSDS 3.0 (Open Referral), leggibile da altri sistemi e da un&apos;altra installazione di Tessere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="265"/>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="266"/>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="289"/>
        <source>Cartella di destinazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="268"/>
        <source>Scegli cartella…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="273"/>
        <source>Formato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="274"/>
        <source>Tabelle CSV con datapackage.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="275"/>
        <source>Un file JSON di servizi (forma annidata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="281"/>
        <source>Esporta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="284"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="297"/>
        <source>Scegli prima la cartella di destinazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="301"/>
        <source>Esportazione delle risorse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="308"/>
        <source>Esportati in «%1»: %2 organizzazioni, %3 servizi, %4 sedi (%5 file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="152"/>
        <source>Per proteggere le cartelle, da ora in poi chi usa Tessere accede con un proprio account. Il primo è il tuo (%1): sarai amministratore e potrai creare gli account dei colleghi, con i loro ruoli e distretti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="156"/>
        <source> Questo database contiene già dati di persone: l&apos;account è necessario per continuare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="158"/>
        <source>Tessere — primo amministratore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="159"/>
        <source>Crea l&apos;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="160"/>
        <source>Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="160"/>
        <source>Più tardi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="166"/>
        <source>per esempio m.rossi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="169"/>
        <source>Nome utente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="170"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="171"/>
        <source>Ripeti la password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="30"/>
        <source>Tessere — configurazione guidata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="51"/>
        <source>Salta questo passo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="52"/>
        <location filename="../../desktop/ui/first_run/wizard.py" line="63"/>
        <location filename="../../desktop/ui/first_run/wizard.py" line="64"/>
        <source>Avanti &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="53"/>
        <source>&lt; Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="54"/>
        <source>Inizia a lavorare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="55"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/wizard.py" line="67"/>
        <source>Crea il database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/ui/scheda/tab_base.py" line="85"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/tab_base.py" line="120"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="182"/>
        <source>Beneficiari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="183"/>
        <source>Per un progetto di gruppo (per esempio un appartamento condiviso) aggiungi tutte le persone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="187"/>
        <source>Aggiungi un beneficiario: cerca per nome o codice fiscale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="194"/>
        <source>Il patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="201"/>
        <source>Un titolo che la persona riconosca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="212"/>
        <source>Inizio del periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="213"/>
        <source>Fine del periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="214"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="215"/>
        <source>Tipo di patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="216"/>
        <source>Intensità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="217"/>
        <source>Fase BdS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="220"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="221"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="223"/>
        <source>UVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="234"/>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="259"/>
        <source>Cosa desidera la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="235"/>
        <source>Con le sue parole. Nel patto stampato viene per prima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="236"/>
        <source>Che cosa vuole la persona, che cosa vuole cambiare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="239"/>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="260"/>
        <source>Le aspettative della famiglia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="240"/>
        <source>Tenute distinte dai desideri della persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="241"/>
        <source>Che cosa si aspettano i familiari, se ci sono…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="250"/>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="261"/>
        <source>Punti di forza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="251"/>
        <source>Risorse, competenze, relazioni su cui contare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="253"/>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="262"/>
        <source>Ostacoli all&apos;autonomia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="254"/>
        <source>Che cosa blocca oggi l&apos;autonomia…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/goals.py" line="26"/>
        <source>Obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/goals.py" line="28"/>
        <source>L&apos;obiettivo, come esito da raggiungere (per esempio: vivere in un appartamento proprio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/goals.py" line="31"/>
        <source>Proponi risorse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/goals.py" line="34"/>
        <source>Le risorse della mappa adatte a questo obiettivo, con i motivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/goals.py" line="44"/>
        <source>Indicatori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/goals.py" line="47"/>
        <source>Da che cosa vedremo che l&apos;obiettivo è raggiunto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/goals.py" line="60"/>
        <source>Stadio attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/goals.py" line="61"/>
        <source>Stadio atteso</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/goals.py" line="91"/>
        <source>Obiettivi orientati all&apos;esito, per asse. Per ciascuno: gli indicatori e lo stadio del percorso, oggi e quello atteso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/goals.py" line="111"/>
        <source>Nessun obiettivo su questo asse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/goals.py" line="114"/>
        <source>+ Aggiungi un obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantsDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="213"/>
        <source>Ruoli e distretti di «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="214"/>
        <source>Ruoli e distretti di %1 («%2»). Valgono dalla sua prossima azione in Tessere, anche se è già collegato; sugli altri computer dopo la sincronizzazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="217"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="236"/>
        <source>Ruoli e distretti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="237"/>
        <source>Stai togliendo a te stesso il ruolo che permette di gestire gli account: non potrai più aprire questa finestra. Continuare?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantsEditor</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="64"/>
        <source>Ruoli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="71"/>
        <source>Ruolo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="72"/>
        <source>Può: %1. Vede: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="73"/>
        <source>nulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="82"/>
        <source>Distretti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="86"/>
        <source>Distretti assegnati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="88"/>
        <source>Spunta i distretti, gli ambiti o le aree in cui lavora</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderFacts</name>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="51"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="52"/>
        <source>Patto in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="56"/>
        <source>Presa in carico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="57"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="59"/>
        <source>ISEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="77"/>
        <source>non assegnato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="79"/>
        <source>Patto senza titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="84"/>
        <source>Apri il patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="86"/>
        <source>nessuno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="88"/>
        <source>nessuna aperta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="94"/>
        <source>in regola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="95"/>
        <source>Informativa, consenso e consensi alla condivisione registrati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="98"/>
        <source>1 mancanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="99"/>
        <source>%1 mancanze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="102"/>
        <source>I consensi alla condivisione si registrano nella scheda «Consensi»; informativa e consenso al trattamento in «Modifica anagrafica».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="113"/>
        <source>non registrato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="114"/>
        <source>Le attestazioni ISEE si registrano in «Nucleo e ISEE»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="27"/>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="37"/>
        <source>Cronologia delle sincronizzazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="29"/>
        <source>Quando</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="30"/>
        <source>Inviate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="31"/>
        <source>Ricevute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="32"/>
        <source>Conflitti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="33"/>
        <source>Esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="33"/>
        <source>Riuscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="33"/>
        <source>Non riuscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="42"/>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="51"/>
        <source>Computer della squadra visti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="44"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="46"/>
        <source>Ricevuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="47"/>
        <source>%1 pacchetti ricevuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/history.py" line="48"/>
        <source>Ultimo arrivo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursTable</name>
    <message>
        <location filename="../../desktop/ui/risorse_editor/widgets.py" line="92"/>
        <source>Apre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/widgets.py" line="92"/>
        <source>Chiude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/widgets.py" line="101"/>
        <source>Spunta i giorni e scrivi gli orari come 09:00; più fasce nello stesso giorno non devono sovrapporsi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResourcesDialog</name>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="48"/>
        <source>Importa risorse (HSDS 3.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="52"/>
        <source>Scegli un pacchetto HSDS 3.0 (Open Referral): una cartella con datapackage.json e i CSV, uno .zip che li contenga o un file .json di servizi. Prima vedi cosa cambierebbe; nulla viene scritto finché non premi «Importa».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="61"/>
        <source>Nessun pacchetto scelto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="62"/>
        <source>Pacchetto da importare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="64"/>
        <source>Scegli file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="66"/>
        <source>Scegli cartella…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="85"/>
        <source>Mostra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="89"/>
        <source>Tutte le voci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="97"/>
        <source>Anteprima dell&apos;importazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="115"/>
        <source>Accetta i conflitti: nelle voci in conflitto prevale il file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="123"/>
        <source>Importa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="127"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="134"/>
        <source>Pacchetto HSDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="135"/>
        <source>Pacchetti HSDS (*.zip *.json datapackage.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="140"/>
        <source>Cartella del pacchetto HSDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="160"/>
        <source>Lettura del pacchetto HSDS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="179"/>
        <source>Nuove: %1 · Modificate: %2 · Invariate: %3 · In conflitto: %4 · Scartate: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="206"/>
        <source>Nulla da importare: la mappa ha già tutto quello che il pacchetto contiene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="230"/>
        <source>Importazione delle risorse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="238"/>
        <source>Importazione fatta: %1 voci nuove, %2 modificate, %3 scartate (vedi l&apos;elenco).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatoriPage</name>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="140"/>
        <location filename="../../desktop/ui/pages/indicatori.py" line="143"/>
        <source>Distretto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="141"/>
        <source>Tutti i distretti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="142"/>
        <source>Dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="142"/>
        <source>al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="149"/>
        <source>Salva XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="149"/>
        <source>Salva CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="150"/>
        <source>Salva PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="153"/>
        <source>Esporta gli indicatori pseudonimizzati (nessun nome né codice fiscale; i numeri da 1 a 4 come «&lt;5»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="174"/>
        <source>Inizio del periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="175"/>
        <source>Fine del periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="64"/>
        <source>Indicatori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="179"/>
        <source>Le cifre per il Piano di Zona: persone, patti, budget, attivazioni, verifiche e prese in carico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="191"/>
        <source>La fine del periodo viene prima dell&apos;inizio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="198"/>
        <source>Calcolo degli indicatori…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="213"/>
        <source>Chi è seguito da due distretti ed è riconosciuto come la stessa persona conta una volta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="231"/>
        <source>Cartella per i file CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="235"/>
        <source>Salva gli indicatori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="243"/>
        <source>Esportazione in corso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="245"/>
        <source>Esportazione degli indicatori…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicatori.py" line="247"/>
        <source>Salvato in %1 (pseudonimizzato; l&apos;esportazione è nel registro degli accessi).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentsList</name>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="167"/>
        <source>Strumenti usati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="179"/>
        <source>Altro strumento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="180"/>
        <source>Altro strumento (es. scala ADL, colloquio con la famiglia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="182"/>
        <source>Aggiungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="183"/>
        <source>Aggiungi lo strumento</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="109"/>
        <source>Prima di firmare correggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="114"/>
        <source>Il patto non si può ancora firmare: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="119"/>
        <source>Firmare la versione %1 del patto? Dopo la firma questa versione non si può più cambiare: per modificarla servirà una «Modifica in itinere».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="121"/>
        <source>Firma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="122"/>
        <source>Firma del patto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="125"/>
        <source>Versione %1 firmata: ora è bloccata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="129"/>
        <source>Prima di cambiare lo stato correggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="133"/>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="152"/>
        <source>Rinnovo del patto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="146"/>
        <source>Prima di rinnovare o chiudere correggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="153"/>
        <source>Concludi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="173"/>
        <source>Prima della modifica in itinere correggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="178"/>
        <source>Nuova versione del patto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="181"/>
        <source>Versione %1 aperta: il patto è di nuovo modificabile. Firmala quando è pronta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="190"/>
        <source>Rifiuta l&apos;attivazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="191"/>
        <source>Perché l&apos;attivazione è rifiutata?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="192"/>
        <source>Rifiuta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="193"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="215"/>
        <source>Salva il patto prima di proporre risorse: l&apos;obiettivo e i sostegni devono essere quelli salvati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="234"/>
        <source>Confronto delle versioni…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiftRestrictionDialog</name>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="44"/>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="47"/>
        <source>Revoca la limitazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="45"/>
        <source>La cartella di %1 torna visibile a chi segue il suo distretto. Prima di revocare la limitazione, la persona va informata (art. 18, par. 3 GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationsTab</name>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="30"/>
        <source>Sedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="34"/>
        <source>Aggiungi sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="36"/>
        <source>Rimuovi sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="48"/>
        <source>Vuoto: «Sede di» e il comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="59"/>
        <source>Linee e fermate dei mezzi pubblici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="60"/>
        <source>Nome della sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="61"/>
        <source>Indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="61"/>
        <source>CAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="62"/>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="63"/>
        <source>Accessibile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="64"/>
        <source>Note sull&apos;accessibilità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="65"/>
        <source>Mezzi pubblici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="69"/>
        <source>&lt;b&gt;Orari di apertura&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="71"/>
        <source>Aggiungi orario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="73"/>
        <source>Rimuovi orario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="80"/>
        <source>Orari della sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="83"/>
        <source>Nessuna sede: «Aggiungi sede» per indicare dove si trova il servizio e quando è aperto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="121"/>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="141"/>
        <source>Nuova sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/locations.py" line="141"/>
        <source>Sede di %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="219"/>
        <source>Tessere — sessione bloccata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="227"/>
        <source>Sessione bloccata — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="230"/>
        <source>Tessere si è bloccato dopo un periodo di inattività. Il lavoro aperto è conservato: scrivi la password per riprendere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="235"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="240"/>
        <source>Sblocca</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="100"/>
        <source>Tessere — accesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="101"/>
        <source>Accedi con il tuo nome utente e la tua password per aprire «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="102"/>
        <source>Accedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="102"/>
        <source>Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="108"/>
        <source>Nome utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="110"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="111"/>
        <source>Nome utente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="112"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="120"/>
        <source>Scrivi nome utente e password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access_dialogs.py" line="143"/>
        <source>Puoi riprovare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>Tessere — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="51"/>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>Cartella sociale, patti
e risorse del territorio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="86"/>
        <source>%1  (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>Tessere — DATI DIMOSTRATIVI — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>Pagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>Ctrl+1 … Ctrl+9 aprono le pagine in ordine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>Apertura del database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178"/>
        <source>Sessione bloccata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>&amp;Apri database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275"/>
        <source>&amp;Profilo operatore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278"/>
        <source>Configurazione &amp;guidata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>Cambia pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="284"/>
        <source>&amp;Blocca ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="288"/>
        <source>Blocco &amp;automatico…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="291"/>
        <source>Acco&amp;unt e ruoli…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>&amp;Backup cifrato…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="302"/>
        <source>&amp;Ripristina da backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="306"/>
        <source>&amp;Importa risorse (HSDS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>Es&amp;porta risorse (HSDS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="313"/>
        <source>&amp;Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="319"/>
        <source>&amp;Modifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="320"/>
        <source>&amp;Cerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="326"/>
        <source>Modelli di &amp;valutazione…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>&amp;Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="336"/>
        <source>&amp;Visualizza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="341"/>
        <source>&amp;Aiuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="342"/>
        <source>&amp;Informazioni su Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="399"/>
        <source>Il tuo ruolo non permette di gestire la mappa delle risorse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="418"/>
        <source>Password cambiata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="433"/>
        <source>Blocco automatico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="434"/>
        <source>Blocca Tessere dopo quanti minuti di inattività (0: mai)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="473"/>
        <source>Apri database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="474"/>
        <source>Database di Tessere (*.db);;Tutti i file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="483"/>
        <source>Informazioni su Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="485"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="487"/>
        <source>&lt;h3&gt;Tessere %1&lt;/h3&gt;&lt;p&gt;Cartella sociale, patti e mappa delle risorse per le équipe distrettuali.&lt;/p&gt;&lt;p&gt;I dati restano su questo computer, in un database cifrato.&lt;/p&gt;&lt;p&gt;Licenza EUPL-1.2. Costruzione: %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="492"/>
        <source>Componenti inclusi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="503"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="509"/>
        <source>Database dimostrativo: persone inventate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="512"/>
        <source>Questo database serve a provare Tessere: i dati sono inventati e non si sincronizzano con una squadra reale. Il database reale si apre da File › Apri database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="523"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="533"/>
        <source>nessun profilo operatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="534"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="31"/>
        <source>Partecipanti alla seduta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="33"/>
        <source>Partecipante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="33"/>
        <source>Organizzazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="33"/>
        <source>Ruolo nella seduta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="47"/>
        <source>Aggiungi operatore dell&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="50"/>
        <source>Aggiungi partecipante esterno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="79"/>
        <source>(nessuna)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="83"/>
        <source>es. case manager, medico di base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="91"/>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="92"/>
        <source>Togli dalla seduta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm_form.py" line="114"/>
        <source>Nome e cognome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergedLine</name>
    <message>
        <location filename="../../desktop/ui/duplicati/merged.py" line="49"/>
        <source>Unita alla scheda di %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/merged.py" line="54"/>
        <source>Apri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/merged.py" line="58"/>
        <location filename="../../desktop/ui/duplicati/merged.py" line="70"/>
        <source>Annulla l&apos;unione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/merged.py" line="68"/>
        <source>Annullare l&apos;unione con la scheda di %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicati/merged.py" line="71"/>
        <source>Le due schede tornano separate, come prima dell&apos;unione, e la coppia torna tra i possibili doppioni.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MisureTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="36"/>
        <source>Nuova misura…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="38"/>
        <source>Modifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="39"/>
        <source>Modifica (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="40"/>
        <source>Cambia stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="45"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="46"/>
        <source>Elimina (Canc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="49"/>
        <source>Misura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="50"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="51"/>
        <source>Presentata il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="52"/>
        <source>Dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="53"/>
        <source>Al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="54"/>
        <source>Importo mensile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="55"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="62"/>
        <source>Misure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="65"/>
        <source>Nessuna misura registrata. Aggiungi le misure di sostegno al reddito e di supporto con «Nuova misura…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="91"/>
        <source>Modifica misura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="91"/>
        <source>Nuova misura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="92"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="92"/>
        <source>Aggiungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="93"/>
        <source>Misura:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="95"/>
        <source>Stato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="97"/>
        <source>Presentata il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="99"/>
        <source>Inizio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="101"/>
        <source>Fine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="103"/>
        <source>Importo mensile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="105"/>
        <source>es. 500,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="106"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="111"/>
        <source>Data di presentazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="112"/>
        <source>Data di inizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="113"/>
        <source>Data di fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="190"/>
        <source>Eliminare la misura «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="69"/>
        <source>Importo in euro, per esempio 1.234,56</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="146"/>
        <source>Nuovo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="147"/>
        <source>Scegli il collega e una password temporanea da comunicargli di persona: al primo accesso Tessere gli chiederà di sceglierne una sua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="149"/>
        <source>Crea l&apos;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="157"/>
        <source>Operatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="158"/>
        <source>— Scegli l&apos;operatore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="164"/>
        <source>Nome utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="165"/>
        <source>per esempio m.rossi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="166"/>
        <source>Password temporanea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="168"/>
        <source>Ripeti la password temporanea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="170"/>
        <source>Operatore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="171"/>
        <source>Nome utente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="172"/>
        <source>Password temporanea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="173"/>
        <source>Ripetila:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="178"/>
        <source>Tutti gli operatori in servizio hanno già un account (uno disattivato si riapre con «Riattiva»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="195"/>
        <source>Scegli l&apos;operatore a cui dare l&apos;account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPattoDialog</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="85"/>
        <source>Nuovo patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="91"/>
        <source>Per chi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="97"/>
        <source>Cerca la persona per nome o codice fiscale (più persone per un progetto di gruppo)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="103"/>
        <source>Modello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="115"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="129"/>
        <source>Crea e apri il patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="132"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="179"/>
        <source>progetto di gruppo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="192"/>
        <source>Creazione del patto…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NucleoTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="66"/>
        <source>Aggiungi componente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="68"/>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="94"/>
        <source>Modifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="69"/>
        <source>Modifica (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="70"/>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="96"/>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="289"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="71"/>
        <source>Elimina (Canc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="73"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="74"/>
        <source>Relazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="75"/>
        <source>Nato/a il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="76"/>
        <source>Convivente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="76"/>
        <source>sì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="76"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="77"/>
        <source>Dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="78"/>
        <source>Al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="79"/>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="117"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="82"/>
        <source>Componenti del nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="86"/>
        <source>ISEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="93"/>
        <source>Registra ISEE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="110"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="111"/>
        <source>Valore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="112"/>
        <source>Rilasciato il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="113"/>
        <source>Validità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="114"/>
        <source>Componenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="116"/>
        <source>Protocollo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="122"/>
        <source>Attestazioni ISEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="123"/>
        <source>Nessuna attestazione ISEE registrata: «Registra ISEE…» ne aggiunge una, con il valore e la scadenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="135"/>
        <source>Nucleo e ISEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="138"/>
        <source>Nessun componente del nucleo registrato. Aggiungili con «Aggiungi componente…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="173"/>
        <source>Modifica componente del nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="174"/>
        <source>Aggiungi al nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="175"/>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="236"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="175"/>
        <source>Aggiungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="176"/>
        <source>Nome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="178"/>
        <source>Cognome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="180"/>
        <source>Relazione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="183"/>
        <source>Nato/a il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="185"/>
        <source>vive con la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="187"/>
        <source>Convivente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="188"/>
        <source>Nel nucleo dal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="190"/>
        <source>Fino al:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="192"/>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="253"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="199"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="201"/>
        <source>Ingresso nel nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="202"/>
        <source>Uscita dal nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="209"/>
        <source>Togliere «%1» dal nucleo familiare?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="235"/>
        <source>Modifica attestazione ISEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="235"/>
        <source>Registra ISEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="236"/>
        <source>Registra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="237"/>
        <source>Tipo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="239"/>
        <source>Valore ISEE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="241"/>
        <source>es. 8.432,10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="242"/>
        <source>Rilasciato il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="244"/>
        <source>Valido fino al:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="246"/>
        <source>vuoto: 31/12 dell&apos;anno; 6 mesi se corrente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="247"/>
        <source>Componenti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="250"/>
        <source>Protocollo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="259"/>
        <source>Data di rilascio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="260"/>
        <source>Scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="280"/>
        <source>Componenti: scrivi un numero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/nucleo.py" line="287"/>
        <source>Eliminare l&apos;attestazione ISEE del %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="38"/>
        <source>Modifica ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="38"/>
        <source>Nuovo ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="48"/>
        <source>11 cifre (ente) o 16 caratteri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="56"/>
        <source>&amp;Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="56"/>
        <source>&amp;Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="57"/>
        <source>Codice fiscale / &amp;partita IVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="58"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="58"/>
        <source>&amp;Sito web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="59"/>
        <source>&amp;Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="60"/>
        <source>&amp;Descrizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="62"/>
        <source>Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="74"/>
        <source>— scegli —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/organisation_dialog.py" line="88"/>
        <source>Un ente nuovo risulta verificato oggi da te.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/base.py" line="92"/>
        <source>Cerca (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/base.py" line="94"/>
        <source>Cerca in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/base.py" line="95"/>
        <source>%1. Ctrl+F torna qui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/base.py" line="158"/>
        <source>Nessun dato da mostrare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsReview</name>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="64"/>
        <source>Stesse persone in più distretti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="72"/>
        <source>Coppie da decidere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="74"/>
        <source>Decisione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="79"/>
        <source>Coppie decise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="80"/>
        <source>Da decidere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="81"/>
        <source>Decise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="114"/>
        <source>Stessa persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="116"/>
        <source>Persone diverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="118"/>
        <source>Da verificare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="120"/>
        <source>Annulla la decisione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="137"/>
        <source>Da decidere (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="162"/>
        <source>Scegli una coppia per confrontare le due schede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="169"/>
        <source>Punteggio %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordinator_review.py" line="172"/>
        <source>Deciso: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="49"/>
        <source>Tessere — passphrase del database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="57"/>
        <source>Stai creando il database «%1». Scegli una passphrase per cifrarlo: servirà ogni volta che lo apri e non si può recuperare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="60"/>
        <source>Inserisci la passphrase per aprire il database «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs.py" line="71"/>
        <source>Almeno %n caratteri. Cifra il database: senza di essa i dati non si leggono, conservala con cura.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="73"/>
        <source>La passphrase scelta quando il database è stato creato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="74"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="79"/>
        <source>Ripeti la passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="92"/>
        <source>Crea il database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="92"/>
        <source>Apri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="95"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="108"/>
        <source>La passphrase non può essere vuota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="25"/>
        <source>Scegli una passphrase di almeno %n caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="29"/>
        <source>Le due passphrase non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="115"/>
        <source>Verifica della passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PattiPage</name>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="32"/>
        <source>Cerca per titolo o beneficiario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="33"/>
        <source>Nuovo patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="36"/>
        <source>Crea un patto da un modello (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="38"/>
        <source>Solo scaduti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="40"/>
        <source>Solo i patti oltre la data di fine ancora in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="49"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="50"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="51"/>
        <source>Beneficiari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="52"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="53"/>
        <source>%1 · scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="54"/>
        <source>Versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="55"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="56"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="84"/>
        <source>Rinnova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="86"/>
        <source>Chiude il patto e ne apre il seguito in bozza, con obiettivi, sostegni e budget da rivedere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="90"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="92"/>
        <source>Conclude il patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="108"/>
        <source>«%1» è scaduto il %2 ed è ancora in corso: rinnovalo o chiudilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="117"/>
        <source>Concludere il patto «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="118"/>
        <source>Concludi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="119"/>
        <source>Il patto resta nello storico della persona e non si modifica più.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="56"/>
        <source>Patti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="147"/>
        <source>Patti per l&apos;inclusione, PTRI con Budget di Salute e progetti di vita, dal più recente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="157"/>
        <source>Nessun patto scaduto ancora in corso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="159"/>
        <source>Nessun patto corrisponde alla ricerca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="160"/>
        <source>Non ci sono ancora patti in questo database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PattiTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="24"/>
        <source>Nuovo patto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="25"/>
        <source>Apri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="26"/>
        <source>Apri il patto (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="28"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="29"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="30"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="31"/>
        <source>%1 · scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="33"/>
        <source>Versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="34"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="36"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="42"/>
        <source>Patti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="45"/>
        <source>Nessun patto per questa persona. «Nuovo patto…» ne avvia uno da un modello: PTRI con Budget di Salute, patto per l&apos;inclusione, progetto di vita con PIS o progetto personalizzato.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PattoEditor</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="28"/>
        <source>Attiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="29"/>
        <source>Avvia verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="30"/>
        <source>Chiudi verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="31"/>
        <source>Sospendi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="32"/>
        <source>Riprendi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="33"/>
        <source>Concludi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="34"/>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="354"/>
        <source>Rinnova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="37"/>
        <source>Concludere il patto? Un patto concluso non si modifica più; si può rinnovare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/actions.py" line="40"/>
        <source>Rinnovare il patto? Questo patto diventa «rinnovato» e se ne apre uno nuovo in bozza, con gli stessi obiettivi, sostegni, budget e impegni da rivedere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="70"/>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="72"/>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="204"/>
        <source>Patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="71"/>
        <source>Caricamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="114"/>
        <source>Firma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="116"/>
        <source>Firma la versione corrente: da quel momento non si può più cambiare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="128"/>
        <source>Modifica in itinere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="131"/>
        <source>Apre una nuova versione modificabile, con il motivo del cambiamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="133"/>
        <source>Confronta versioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="137"/>
        <source>● Modifiche non salvate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="141"/>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="229"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="143"/>
        <source>Salva le modifiche (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="184"/>
        <source>Persona e patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="185"/>
        <source>Obiettivi (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="186"/>
        <source>Sostegni (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="187"/>
        <source>Budget (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="188"/>
        <source>Impegni e firme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="189"/>
        <source>Verifiche (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="190"/>
        <source>Versioni (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="224"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="225"/>
        <source>Il patto «%1» ha modifiche non salvate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="228"/>
        <source>Vuoi salvarle prima di chiudere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="230"/>
        <source>Non salvare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="231"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="301"/>
        <source>Patto senza titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="304"/>
        <source>firmata il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="305"/>
        <source>in preparazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="309"/>
        <source>versione %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="332"/>
        <source>Versione %1 firmata il %2: il contenuto è bloccato. Restano aggiornabili lo speso del budget e le verifiche. Per cambiare il resto usa «Modifica in itinere».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="338"/>
        <source>Il patto è %1: non si modifica più.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="344"/>
        <source>In vigore resta la versione %1, firmata il %2. La versione %3 è in preparazione: vale solo dopo la firma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="352"/>
        <source>Il periodo del patto è finito il %1 ma il patto è ancora in corso: rinnovalo o chiudilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="355"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patto_editor/editor.py" line="428"/>
        <source>&lt;p&gt;…e altri %n.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="448"/>
        <source>Il patto non è stato salvato: correggi prima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="452"/>
        <source>Patto salvato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="456"/>
        <source>Salvataggio del patto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="497"/>
        <source>Ci sono modifiche non salvate del %1, rimaste in sospeso quando il programma si è chiuso. Vuoi riprenderle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="499"/>
        <source>Ripristina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="500"/>
        <source>Scarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="520"/>
        <source>Il PDF mostra l&apos;ultima versione salvata: salva per includere le modifiche.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/people.py" line="89"/>
        <source>Impegni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/people.py" line="90"/>
        <source>Che cosa si impegna a fare ciascuna parte: la persona, la famiglia, i servizi, gli enti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/people.py" line="93"/>
        <source>Nessun impegno scritto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/people.py" line="96"/>
        <source>+ Aggiungi un impegno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/people.py" line="102"/>
        <source>Firmatari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/people.py" line="103"/>
        <source>Chi firma il patto: la persona (e chi la rappresenta) e i membri dell&apos;équipe, con ruolo ed ente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/people.py" line="107"/>
        <source>Nessun firmatario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/people.py" line="111"/>
        <source>+ Aggiungi un firmatario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/people.py" line="115"/>
        <source>Aggiungi i beneficiari e il case manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="56"/>
        <source>Modifica persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="56"/>
        <source>Nuova persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="88"/>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="91"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="127"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="77"/>
        <source>Caricamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="110"/>
        <source>C&apos;è una bozza non salvata di questa anagrafica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="111"/>
        <source>Ripristina la bozza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="112"/>
        <source>Scritta il %1 e non salvata (forse il programma si è chiuso all&apos;improvviso). Vuoi riprenderla?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="173"/>
        <source>cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="174"/>
        <source>nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="175"/>
        <source>sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="176"/>
        <source>data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="177"/>
        <source>luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="180"/>
        <source>Per calcolare il codice fiscale servono anche: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="229"/>
        <source>i comuni italiani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="239"/>
        <source>i comuni e gli stati esteri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="345"/>
        <source>Il codice fiscale non corrisponde ai dati inseriti:
%1
Se i dati sono giusti così, premi «Salva comunque»; altrimenti correggili.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="347"/>
        <source>Salva comunque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="351"/>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="368"/>
        <source>Non salvato: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="384"/>
        <source>Modifiche non salvate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="385"/>
        <source>Chiudere senza salvare? Quello che hai scritto andrà perso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="388"/>
        <source>Chiudi senza salvare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/dialog.py" line="389"/>
        <source>Continua a modificare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="58"/>
        <source>Anagrafica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="59"/>
        <source>Cognome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="60"/>
        <source>Nome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="63"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="64"/>
        <source>Femminile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="65"/>
        <source>Maschile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="66"/>
        <source>Sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="67"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="68"/>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="115"/>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="117"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="71"/>
        <source>Luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="72"/>
        <source>Comune italiano o stato estero: inizia a scrivere e scegli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="76"/>
        <source>Se manca, perché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="77"/>
        <source>per esempio: in attesa di permesso di soggiorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="79"/>
        <source>Cittadinanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="80"/>
        <source>per esempio: italiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="81"/>
        <source>Lingue parlate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="82"/>
        <source>per esempio: italiano, arabo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="85"/>
        <source>Residenza e contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="86"/>
        <source>Comune di residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="87"/>
        <source>Indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="89"/>
        <source>Domicilio, se diverso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="90"/>
        <source>Indirizzo del domicilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="92"/>
        <source>Telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="93"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="96"/>
        <source>Servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="98"/>
        <source>Distretto o ambito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="100"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="103"/>
        <source>Tutela e privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="108"/>
        <source>nessuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="109"/>
        <source>Tutela giuridica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="110"/>
        <source>Nome del tutore o AdS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="112"/>
        <source>Contatto del tutore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="114"/>
        <source>Consenso raccolto il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="116"/>
        <source>Informativa consegnata il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="122"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="165"/>
        <source>16 caratteri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="169"/>
        <source>16 caratteri. Controllato mentre scrivi con cognome, nome, sesso, data e luogo di nascita: l&apos;esito è scritto sotto il campo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="175"/>
        <source>Calcola dal nome e dalla data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="177"/>
        <source>Calcola il codice fiscale da cognome, nome, sesso, data e luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="180"/>
        <source>Compila dal codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="182"/>
        <source>Ricava sesso, data e luogo di nascita dal codice fiscale (solo i campi vuoti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="167"/>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="193"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="218"/>
        <source>* campi obbligatori; serve il codice fiscale o il motivo per cui manca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="222"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="225"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog/fields.py" line="229"/>
        <source>Salva (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="52"/>
        <source>Cerca per nome, cognome o codice fiscale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="54"/>
        <source>Cerca la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="56"/>
        <source>%1. Freccia giù scorre i risultati, Invio sceglie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="60"/>
        <source>Persone trovate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="110"/>
        <source>Nessuna persona trovata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonePage</name>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="33"/>
        <source>Cerca per nome, codice fiscale o comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="34"/>
        <source>Nuova persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="37"/>
        <source>Nuova persona (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="43"/>
        <source>Cognome Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="44"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="45"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="46"/>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="47"/>
        <source>Età</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="59"/>
        <source>Cerca per nome, codice fiscale o comune. Freccia giù scorre l&apos;elenco, Invio apre la persona scelta (o la prima), Ctrl+F torna qui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="72"/>
        <source>Tutti i distretti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="73"/>
        <source>Distretto o ambito di residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="74"/>
        <source>Presa in carico: tutte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="75"/>
        <source>Presa in carico aperta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="76"/>
        <source>Con presa in carico aperta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="77"/>
        <source>Senza presa in carico aperta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="78"/>
        <source>Tutti i case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="79"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="80"/>
        <source>Patto in corso: tutti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="81"/>
        <source>Tipo di patto in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="85"/>
        <source>Possibili doppioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="90"/>
        <source>Solo le persone che potrebbero avere due schede (per esempio registrate su due computer prima di sincronizzare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="97"/>
        <source>Rivedi i doppioni…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="104"/>
        <source>Azzera filtri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="55"/>
        <source>Persone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="183"/>
        <source>Le persone seguite dal servizio: anagrafica e cartella sociale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="226"/>
        <source>Possibili doppioni (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="253"/>
        <source>Senza case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="256"/>
        <source>Nessun patto in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/persone.py" line="284"/>
        <source>Primi %n risultati: affina la ricerca.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="286"/>
        <source>Un risultato</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/persone.py" line="287"/>
        <source>%n risultati</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="289"/>
        <source>Una persona corrisponde ai filtri</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/persone.py" line="290"/>
        <source>%n persone corrispondono ai filtri</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="292"/>
        <source>Una persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/persone.py" line="293"/>
        <source>%n persone in ordine alfabetico</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="297"/>
        <source>Nessuna persona corrisponde a «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="299"/>
        <source>Nessuna persona corrisponde ai filtri scelti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="300"/>
        <source>Non ci sono ancora persone in questo database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseBox</name>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="75"/>
        <source>Fase già svolta il %1; si ripete dopo la riprogettazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresaInCaricoTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="93"/>
        <source>Nuova presa in carico…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="96"/>
        <source>Modifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="98"/>
        <source>Origine, chi ha inviato la persona, responsabile, note (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="101"/>
        <source>Segnalazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="102"/>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="103"/>
        <source>Chiusa il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="104"/>
        <source>Inviata da</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="106"/>
        <source>Responsabile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="107"/>
        <source>Attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="155"/>
        <source>Presa in carico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="158"/>
        <source>Nessuna presa in carico. Registra la segnalazione con «Nuova presa in carico…»: da lì si misura l&apos;attesa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="178"/>
        <source>C&apos;è già una presa in carico aperta: chiudila prima di aprirne una nuova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="204"/>
        <source>Presa in carico aperta — fase «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="207"/>
        <source>Presa in carico chiusa il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="210"/>
        <source>Inviata da: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="211"/>
        <source>Responsabile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="212"/>
        <source>non indicato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="214"/>
        <source>Attenzione: risulta aperta anche un&apos;altra presa in carico (aperte su due portatili senza connessione). Chiudi quella di troppo con il motivo «registrata due volte».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="227"/>
        <source>Dalla progettazione all&apos;erogazione: %1 giorni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="230"/>
        <source>Motivo della chiusura: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="232"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="258"/>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="260"/>
        <source>Una data dal %1 (l&apos;ultima registrata) a oggi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="269"/>
        <source>Scegli o scrivi il motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="271"/>
        <source>Motivo della chiusura:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="275"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="280"/>
        <source>Indica il motivo della chiusura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="297"/>
        <source>Modifica presa in carico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="297"/>
        <source>Nuova presa in carico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="298"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="298"/>
        <source>Apri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="299"/>
        <source>Origine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="302"/>
        <source>Inviata da (chi esattamente):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="303"/>
        <source>es. Istituto comprensivo di Vergato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="305"/>
        <source>Data della segnalazione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="308"/>
        <source>(nessuno)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="310"/>
        <source>Operatore responsabile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="312"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/presa_in_carico.py" line="318"/>
        <source>Data della segnalazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="152"/>
        <source>Il tuo profilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="158"/>
        <source>Chi lavora con Tessere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="162"/>
        <source>Il tuo nome firma ogni voce di diario e ogni modifica che fai; il distretto è quello da cui partono gli elenchi. Potrai cambiarli in seguito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="172"/>
        <source>Più tardi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="173"/>
        <source>Le voci di diario resteranno senza autore finché non crei il profilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="177"/>
        <location filename="../../desktop/ui/profile_dialog.py" line="191"/>
        <source>Crea il profilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="190"/>
        <source>Usa questo profilo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="43"/>
        <source>— Crea un nuovo profilo —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="45"/>
        <source>Sei già in elenco?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="48"/>
        <source>Nome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="50"/>
        <source>Cognome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="55"/>
        <source>per esempio: assistente sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="56"/>
        <source>Ruolo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="58"/>
        <source>per esempio: Comune di Vergato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="59"/>
        <location filename="../../desktop/ui/profile_dialog.py" line="68"/>
        <source>Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="61"/>
        <location filename="../../desktop/ui/profile_dialog.py" line="68"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="63"/>
        <source>— Scegli —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="64"/>
        <source>Distretto o ambito *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="66"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="67"/>
        <source>Cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="67"/>
        <source>Ruolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="69"/>
        <source>Distretto o ambito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="125"/>
        <source>Scegli il distretto o l&apos;ambito in cui lavori.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="17"/>
        <source>Il tuo profilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="18"/>
        <source>Il tuo nome firma ogni voce di diario e ogni modifica che fai; il distretto è quello da cui partono gli elenchi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="31"/>
        <source>Il tuo profilo è «%1». Per cambiarlo: File › Profilo operatore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="40"/>
        <source>Profilo: già presente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/people.py" line="55"/>
        <source>Profilo: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="32"/>
        <source>Risorse proposte per l&apos;obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="41"/>
        <source>Le risorse attive della mappa, dalla più adatta: stesso asse, vicinanza alla residenza, destinatari, età ammessa, posti liberi o lista d&apos;attesa. In rosso i motivi contro e i requisiti da verificare. «Collega» aggiunge un sostegno all&apos;obiettivo e chiede l&apos;attivazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="50"/>
        <source>Risorse proposte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="52"/>
        <source>Risorsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="52"/>
        <source>Punteggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="52"/>
        <source>A favore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="52"/>
        <source>Contro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="66"/>
        <source>Cerco le risorse adatte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="71"/>
        <source>Collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="76"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="106"/>
        <source>Nessuna risorsa attiva nella mappa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="107"/>
        <source>%1 risorse proposte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="125"/>
        <source>«%1» è già collegata a questo obiettivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="137"/>
        <source>«%1» collegata: il servizio è al completo, la persona è in lista d&apos;attesa in posizione %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/proposte.py" line="141"/>
        <source>«%1» collegata: attivazione richiesta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="126"/>
        <source>Protezione del database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="127"/>
        <source>Il database è cifrato. La chiave può restare nel portachiavi del sistema, sbloccato dal tuo accesso al computer, oppure essere una passphrase da digitare a ogni apertura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="133"/>
        <source>Chiave nel portachiavi del sistema (consigliato)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="137"/>
        <source>Passphrase da digitare a ogni apertura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="140"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="141"/>
        <source>Ripeti la passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="148"/>
        <source>La passphrase non si può recuperare: conservala in un posto sicuro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="157"/>
        <source>Non dovrai digitare nulla per aprire il database su questo computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="158"/>
        <source>Su questo computer non c&apos;è un portachiavi di sistema disponibile: serve una passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="165"/>
        <source>Crea il database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="178"/>
        <source>Creazione del database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="183"/>
        <source>Database creato in «%1», chiave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="185"/>
        <source>nel portachiavi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="185"/>
        <source>da passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="99"/>
        <source>Scala: valore minimo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="100"/>
        <source>Scala: valore massimo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="106"/>
        <source>da</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="108"/>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="113"/>
        <source>Una per riga, per esempio:
1 = Mai
5 = Sempre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="118"/>
        <source>Un&apos;opzione per riga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="120"/>
        <source>Sezione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="121"/>
        <source>Domanda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="122"/>
        <source>Tipo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="124"/>
        <source>Scala:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="125"/>
        <source>Etichette:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="126"/>
        <source>Opzioni:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="29"/>
        <source>Modifica in itinere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="35"/>
        <source>La versione firmata resta com&apos;è. Si apre la versione %1, modificabile, da firmare di nuovo. Perché cambia il patto?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="41"/>
        <source>Motivo della modifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="43"/>
        <source>Per esempio: la persona ha trovato lavoro, cambia l&apos;orario del tirocinio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="53"/>
        <source>Crea la versione %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="56"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="64"/>
        <source>Scrivi il motivo: resta nella storia del patto.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/report.py" line="40"/>
        <source>Tipo di record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/report.py" line="42"/>
        <source>Numero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="62"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/report.py" line="49"/>
        <source>Quanti record contiene questo database, per tipo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="26"/>
        <source>Richiedi attivazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="35"/>
        <source>Il servizio è al completo: la persona andrà in lista d&apos;attesa, in posizione %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="38"/>
        <source>Il servizio non indica un numero di posti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="40"/>
        <source>1 posto libero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="41"/>
        <source>%1 posti liberi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_attivazioni.py" line="51"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="252"/>
        <source>Reimposta la password di «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="253"/>
        <source>Una password temporanea per %1 («%2»), da comunicargli di persona o per telefono: al prossimo accesso dovrà sceglierne una sua. La password di prima smette subito di valere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="257"/>
        <source>Reimposta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="261"/>
        <source>Password temporanea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="263"/>
        <source>Ripeti la password temporanea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="265"/>
        <source>Password temporanea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="266"/>
        <source>Ripetila:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcePicker</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="148"/>
        <source>Collega una risorsa della mappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="154"/>
        <source>Scegli il servizio che offrirà il sostegno. Al salvataggio il collegamento diventa un&apos;attivazione «richiesta», da seguire fino a quando è attiva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="164"/>
        <source>Cerca per servizio, ente o descrizione…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="165"/>
        <source>Cerca la risorsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="168"/>
        <source>Tutti gli assi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="172"/>
        <source>Solo con posti disponibili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="178"/>
        <source>Servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="179"/>
        <source>Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="169"/>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="180"/>
        <source>Asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="181"/>
        <source>Comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="182"/>
        <source>Posti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="185"/>
        <source>Verificata il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="186"/>
        <source>Informazioni da verificare: l&apos;ultimo controllo supera la soglia dell&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="192"/>
        <source>Servizi della mappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="208"/>
        <source>Collega al sostegno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="212"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="181"/>
        <location filename="../../desktop/ui/backup_dialogs.py" line="194"/>
        <source>Sfoglia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="184"/>
        <source>Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="191"/>
        <source>Passphrase del backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="196"/>
        <source>Nuovo database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="198"/>
        <source>Se esiste già, sostituiscilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="200"/>
        <source>Il database che c&apos;è viene messo da parte accanto, con un altro nome: non viene cancellato. Un database aperto in Tessere non si sostituisce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="208"/>
        <source>Passphrase del nuovo database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="209"/>
        <source>Ripeti la passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="210"/>
        <source>Ripristina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="214"/>
        <source>Scegli il backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="215"/>
        <source>Backup di Tessere (*%1);;Tutti i file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="197"/>
        <location filename="../../desktop/ui/backup_dialogs.py" line="222"/>
        <source>Nuovo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="185"/>
        <source>Backup da ripristinare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="223"/>
        <source>Database di Tessere (*.db);;Tutti i file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="243"/>
        <source>Backup del %1: %2 persone, %3 patti, %4 voci di diario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="248"/>
        <source>Dati dimostrativi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="255"/>
        <source>Scegli il file del backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="257"/>
        <source>Scrivi la passphrase del backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="259"/>
        <source>Indica dove mettere il nuovo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/backup_dialogs.py" line="265"/>
        <source>Scegli per il nuovo database una passphrase di almeno %n caratteri.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="268"/>
        <source>Le due passphrase del nuovo database non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="270"/>
        <source>Ripristino in corso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="273"/>
        <source>Ripristino del backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="286"/>
        <source>Ripristino annullato: non è stato scritto nulla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="297"/>
        <source>Su un computer nuovo, per sincronizzare con la squadra serve il codice della squadra (Sincronizzazione › Squadra).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="300"/>
        <source>Il database che c&apos;era è stato messo da parte in «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="304"/>
        <source>Backup ripristinato in «%1». Vuoi aprirlo ora?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="305"/>
        <source>Apri il database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="32"/>
        <source>Limita il trattamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="33"/>
        <source>La cartella di %1 resta conservata ma esce da elenchi, ricerche e schede di chi non ha il permesso di cancellare o limitare; ogni lettura resta registrata (art. 18 GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="35"/>
        <source>Limita</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReteTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="18"/>
        <source>Aggiungi persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="20"/>
        <source>Modifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="21"/>
        <source>Modifica (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="22"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="23"/>
        <source>Elimina (Canc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="25"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="26"/>
        <source>Relazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="27"/>
        <source>Ruolo nella rete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="28"/>
        <source>Contatto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="29"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="35"/>
        <source>Rete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="38"/>
        <source>Nessuno nella rete di questa persona. Aggiungi familiari, amici, vicini e sostegni informali con «Aggiungi persona…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="57"/>
        <source>Modifica persona della rete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="57"/>
        <source>Aggiungi alla rete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="58"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="58"/>
        <source>Aggiungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="60"/>
        <source>Nome e cognome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="61"/>
        <source>es. Maria Rossi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="62"/>
        <source>Relazione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="65"/>
        <source>Ruolo nella rete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="67"/>
        <source>Contatto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="68"/>
        <source>telefono, email o indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="69"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="81"/>
        <source>Togliere «%1» dalla rete di questa persona?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RisorsePage</name>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="63"/>
        <source>Cerca un servizio o un ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="66"/>
        <location filename="../../desktop/ui/pages/risorse.py" line="249"/>
        <location filename="../../desktop/ui/pages/risorse.py" line="431"/>
        <source>da verificare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="67"/>
        <location filename="../../desktop/ui/pages/risorse.py" line="429"/>
        <source> (non attivo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="69"/>
        <location filename="../../desktop/ui/pages/risorse.py" line="205"/>
        <source>Servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="71"/>
        <source>Asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="73"/>
        <location filename="../../desktop/ui/pages/risorse.py" line="205"/>
        <source>Posti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="74"/>
        <source>Posti liberi / capienza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="75"/>
        <location filename="../../desktop/ui/pages/risorse.py" line="206"/>
        <source>Verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="84"/>
        <source>↑ ↓ per scorrere: la scheda a destra segue la selezione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="127"/>
        <source>&amp;Asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="127"/>
        <source>Tutti gli assi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="128"/>
        <source>C&amp;omune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="128"/>
        <source>Tutti i comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="130"/>
        <source>&amp;Destinatari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="130"/>
        <source>Tutti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="131"/>
        <source>Solo con &amp;posti liberi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="134"/>
        <source>Nasconde i servizi al completo (nessun posto libero); restano quelli senza un numero di posti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="139"/>
        <source>Azzera filtri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="149"/>
        <source>&amp;Vista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="155"/>
        <source>Nessuna mappa dei comuni funziona senza rete: i servizi sono raggruppati per il comune delle loro sedi, con quanti ce ne sono in ciascuno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="158"/>
        <source>Servizi ed enti non verificati da oltre la soglia, dai più vecchi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="161"/>
        <source>«Per comune» è la mappa che si può mostrare senza rete: un elenco raggruppato per comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="167"/>
        <source>Anche i non attivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="169"/>
        <source>Mostra anche i servizi ritirati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="172"/>
        <source>Da verificare dopo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="176"/>
        <source> mesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="178"/>
        <source>Dopo quanti mesi senza verifica una scheda è «da verificare» (su questo computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="184"/>
        <source>N&amp;uovo servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="187"/>
        <source>&amp;Modifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="190"/>
        <source>Confermato o&amp;ggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="203"/>
        <source>Servizi raggruppati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="205"/>
        <source>Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="247"/>
        <location filename="../../desktop/ui/pages/risorse.py" line="454"/>
        <source>Mai verificata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="248"/>
        <source>Ultima verifica il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/risorse.py" line="253"/>
        <source>La mappa delle risorse del territorio. In evidenza le schede non verificate da più di %n mesi.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="302"/>
        <source>Nessun servizio corrisponde alla ricerca e ai filtri scelti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="358"/>
        <source>1 servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/risorse.py" line="358"/>
        <location filename="../../desktop/ui/pages/risorse.py" line="436"/>
        <source>%n servizi</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/risorse.py" line="360"/>
        <source>%n da verificare</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/risorse.py" line="435"/>
        <source>%n comuni</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="446"/>
        <source>Servizi da verificare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="447"/>
        <source>Enti da verificare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="452"/>
        <source>mai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="453"/>
        <source>Ultima verifica di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="456"/>
        <source>Da verificare: %1 servizi e %2 enti, dai più vecchi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="493"/>
        <source>Il tuo ruolo non permette di gestire la mappa delle risorse: chiedi a chi la gestisce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="502"/>
        <source>Aggiungi un servizio alla mappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="504"/>
        <source>Modifica la scheda scelta; salvare conta come verifica di oggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="506"/>
        <source>La scheda scelta è ancora giusta: risulta verificata oggi da te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="72"/>
        <source>Comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="58"/>
        <source>Risorse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="303"/>
        <source>La mappa delle risorse è ancora vuota.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowWidget</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="266"/>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="267"/>
        <source>Togli questa riga</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScadenzeTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="21"/>
        <source>Nuova scadenza…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="23"/>
        <source>Modifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="24"/>
        <source>Modifica (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="25"/>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="55"/>
        <source>Segna come fatta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="27"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="28"/>
        <source>Elimina (Canc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="29"/>
        <source>in ritardo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="30"/>
        <source>fatta il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="32"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="33"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="34"/>
        <source>Descrizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="35"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="42"/>
        <source>Scadenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="45"/>
        <source>Nessuna scadenza. Aggiungi verifiche, scadenze del tribunale e passaggi d&apos;età con «Nuova scadenza…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="54"/>
        <source>Riapri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="71"/>
        <source>Modifica scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="71"/>
        <source>Nuova scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="72"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="72"/>
        <source>Aggiungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="73"/>
        <source>Tipo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="75"/>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="76"/>
        <source>Descrizione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="83"/>
        <source>Data della scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="98"/>
        <source>Eliminare la scadenza del %1 («%2»)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedaPersona</name>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="81"/>
        <location filename="../../desktop/ui/scheda/__init__.py" line="174"/>
        <source>Scheda persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="81"/>
        <source>Caricamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="99"/>
        <source>Nuova voce di diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="110"/>
        <source>Modifica anagrafica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="116"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="117"/>
        <source>Diritti della persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="120"/>
        <source>Limita il trattamento (art. 18)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="122"/>
        <source>Revoca la limitazione (art. 18)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="125"/>
        <source>Cancella la persona (art. 17)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="134"/>
        <source>Cartella %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="135"/>
        <source>Includi voci riservate nel PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="137"/>
        <source>Stampa anche le voci di diario riservate e sensibili (sono omesse se non spunti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="147"/>
        <source>Scopo della stampa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="152"/>
        <source>Scopo della stampa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="154"/>
        <source>Resta nel registro degli accessi. «Richiesta dell&apos;interessato» aggiunge al PDF chi ha consultato la cartella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="237"/>
        <source>Cartella cancellata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="245"/>
        <source>Trattamento limitato: la persona è nascosta a chi non ha il permesso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="255"/>
        <source>Limitazione revocata: la persona torna visibile a chi segue il suo distretto.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedaTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/tab_base.py" line="299"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="66"/>
        <source>Modifica servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="66"/>
        <source>Nuovo servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="73"/>
        <source>Sedi e &amp;orari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="77"/>
        <source>Elimina servizio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="97"/>
        <source>Nuovo ente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="104"/>
        <source>Un servizio che non si offre più si ritira (non attivo): resta nello storico delle attivazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="110"/>
        <source>Posti offerti alla rete; vuoto se non c&apos;è un numero. I posti liberi si calcolano dalle attivazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="115"/>
        <source>Servizio formale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="116"/>
        <source>Chi accoglie è preparato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="126"/>
        <source>&amp;Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="127"/>
        <source>&amp;Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="128"/>
        <source>&amp;Asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="128"/>
        <source>Sta&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="129"/>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="136"/>
        <source>Tipologia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="130"/>
        <source>&amp;Descrizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="131"/>
        <source>&amp;Capienza (posti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="132"/>
        <source>Scala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="132"/>
        <source>Condivisione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="133"/>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="192"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="134"/>
        <source>Sito web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="137"/>
        <source>&amp;Servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="152"/>
        <source>da</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="154"/>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="156"/>
        <source>anni (vuoto: nessun limite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="166"/>
        <source>Per esempio: quota mensile, gratuito…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="169"/>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="177"/>
        <source>Destinatari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="170"/>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="178"/>
        <source>Condizioni di accesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="171"/>
        <source>&amp;Requisiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="172"/>
        <source>&amp;Età</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="173"/>
        <source>&amp;Lingue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="174"/>
        <source>C&amp;osto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="175"/>
        <source>Come si accede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="179"/>
        <source>Lingue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="181"/>
        <source>Età minima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="182"/>
        <source>Età massima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="183"/>
        <source>Descrizione del costo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="184"/>
        <source>A&amp;mmissione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="190"/>
        <source>Contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="191"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="191"/>
        <source>Ruolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="192"/>
        <source>Telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="198"/>
        <source>Aggiungi contatto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="200"/>
        <source>Rimuovi contatto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="205"/>
        <source>Il telefono si scrive con il prefisso: 0372 123456, 333 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="208"/>
        <source>Co&amp;ntatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="217"/>
        <source>Una scheda non verificata da troppo tempo compare tra quelle «da verificare». Salvare le modifiche conta come verifica di oggi; se la scheda è ancora giusta senza modifiche, basta «Confermato oggi» nella pagina Risorse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="223"/>
        <source>&amp;Verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="232"/>
        <source>— scegli l&apos;ente —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="239"/>
        <source>— scegli l&apos;asse —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="271"/>
        <source>Un servizio nuovo risulta verificato oggi da te.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="272"/>
        <source>Salvando, il servizio risulta verificato oggi da te.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="310"/>
        <source>Eliminare «%1» dalla mappa?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="311"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorse_editor/service_dialog.py" line="312"/>
        <source>Si elimina solo un servizio a cui nessuna attivazione e nessun sostegno di un patto rimanda; altrimenti si ritira (stato «Non attivo») e resta nello storico.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="55"/>
        <source>Scheda del servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="68"/>
        <source>Richiedi attivazione…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="77"/>
        <source>Scegli un servizio dall&apos;elenco per vederne la scheda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="89"/>
        <source>Nessun servizio selezionato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="110"/>
        <source>Questo servizio non è più nella mappa delle risorse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="151"/>
        <source>%1 è in lista d&apos;attesa per «%2»: posizione %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="155"/>
        <source>Attivazione richiesta per %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="179"/>
        <source>%1: attivazione ora «%2».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/people.py" line="66"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SincronizzazionePage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="61"/>
        <source>Sincronizzazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="71"/>
        <source>Scambio delle modifiche con l&apos;équipe, cifrate, attraverso una cartella condivisa o un server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="75"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="84"/>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="178"/>
        <source>Sincronizza ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="88"/>
        <source>Usa questa cartella</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="90"/>
        <source>La cartella sembra vuota o sostituita. Confermala solo se è davvero quella della squadra: questo computer vi ripubblicherà tutte le sue modifiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="148"/>
        <source>Ultima sincronizzazione: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="151"/>
        <source>Mai sincronizzato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="153"/>
        <source>1 modifica di questo computer da inviare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="155"/>
        <source>%1 modifiche di questo computer da inviare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="159"/>
        <source>Destinazione: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="165"/>
        <source>Prima scegli dove sincronizzare e crea la squadra (o unisciti).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="171"/>
        <source>Una sincronizzazione è già in corso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="176"/>
        <source>Sincronizzazione in corso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/__init__.py" line="194"/>
        <source>Le modifiche restano al sicuro su questo computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../desktop/ui/first_run/step.py" line="88"/>
        <source>%1: saltato.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="21"/>
        <source>in attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="22"/>
        <source>concordata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="23"/>
        <source>attiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="24"/>
        <source>conclusa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="25"/>
        <source>rifiutata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="46"/>
        <source>Sostegno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="47"/>
        <source>Il sostegno (per esempio: tutor abitativo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="49"/>
        <source>per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="50"/>
        <source>nessun obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="52"/>
        <source>Per l&apos;obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="60"/>
        <source>Risorsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="65"/>
        <source>Scegli il servizio nella mappa delle risorse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="71"/>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="72"/>
        <source>Scollega la risorsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="76"/>
        <source>oppure chi lo offre (rete informale, volontari…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="77"/>
        <source>Chi lo offre, senza una risorsa della mappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="79"/>
        <source>Formale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="87"/>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="90"/>
        <source>Frequenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="92"/>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="93"/>
        <source>Dove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="101"/>
        <source>Dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="102"/>
        <source>Al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="103"/>
        <source>Costo in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="106"/>
        <source>dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="108"/>
        <source>al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="110"/>
        <source>costo €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="127"/>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="130"/>
        <source>Segna l&apos;attivazione come «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="134"/>
        <source>Richiedi l&apos;attivazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="152"/>
        <source>Scegli dalla mappa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="171"/>
        <source>Da richiedere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="172"/>
        <source>L&apos;attivazione sarà richiesta al salvataggio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="174"/>
        <source>Non richiesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="175"/>
        <source>Nessuna attivazione registrata per questa risorsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="180"/>
        <source>Attivazione · dal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportsSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="231"/>
        <source>I sostegni e gli interventi del patto. Collegare una risorsa della mappa crea un&apos;attivazione, da richiesta ad attiva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="240"/>
        <source>Nessun sostegno per ora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/supports.py" line="243"/>
        <source>+ Aggiungi un sostegno</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="85"/>
        <location filename="../../desktop/ui/sync_controller.py" line="87"/>
        <source>Sincronizzazione…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="119"/>
        <source>Sincronizzazione non configurata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="122"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="124"/>
        <source>Offline: 1 modifica in attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="125"/>
        <source>Offline: %1 modifiche in attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="127"/>
        <source>Sincronizzazione non riuscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="130"/>
        <source>Mancano pacchetti di un computer della squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="131"/>
        <source>Mancano pacchetti di %1 computer della squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="135"/>
        <source>1 conflitto da risolvere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="136"/>
        <source>%1 conflitti da risolvere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="138"/>
        <source>Non ancora sincronizzato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="140"/>
        <source>Sincronizzato alle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="142"/>
        <source>Sincronizzato il %1 alle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="146"/>
        <source> · %1 in attesa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="118"/>
        <source>Sincronizzazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="119"/>
        <source>Quando c&apos;è rete, Tessere scambia i dati con la squadra attraverso una cartella condivisa o un server WebDAV (per esempio Nextcloud). Senza rete si lavora lo stesso: i dati partono alla prossima occasione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="124"/>
        <source>Per ora nessuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="125"/>
        <location filename="../../desktop/ui/first_run/team.py" line="127"/>
        <location filename="../../desktop/ui/first_run/team.py" line="154"/>
        <source>Cartella condivisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="128"/>
        <source>Scegli…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="130"/>
        <source>Server WebDAV o Nextcloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="134"/>
        <source>Indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="136"/>
        <source>Utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="137"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="173"/>
        <source>Sincronizzazione: nessuna per ora (pagina Sincronizzazione).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="177"/>
        <source>Scegli la cartella condivisa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="189"/>
        <source>Sincronizzazione: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="197"/>
        <source>Prima sincronizzazione con la squadra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="200"/>
        <source>Prima sincronizzazione fatta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="204"/>
        <source>non è partita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="206"/>
        <source>interrotta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="209"/>
        <source>La destinazione è salvata, ma la prima sincronizzazione non è riuscita (%1). Premi Avanti per continuare: Tessere riproverà da solo ogni %2 minuti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="213"/>
        <source>Prima sincronizzazione da rifare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetSection</name>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="20"/>
        <source>Dove sincronizzare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="21"/>
        <source>Una cartella condivisa (rete, Nextcloud, chiavetta) oppure un server WebDAV. Le modifiche viaggiano cifrate con la chiave della squadra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="25"/>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="39"/>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="40"/>
        <source>Cartella condivisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="26"/>
        <source>Server WebDAV / Nextcloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="42"/>
        <source>Scegli…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="43"/>
        <source>Scegli la cartella condivisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="47"/>
        <source>Cartella di gruppo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="49"/>
        <source>Per una cartella in cui i colleghi entrano con utenti diversi dello stesso gruppo. Senza questa scelta i pacchetti che Tessere scrive sono leggibili solo dal tuo utente. Sono comunque cifrati con la chiave della squadra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="64"/>
        <source>Indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="65"/>
        <source>Utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="66"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="76"/>
        <source>Sincronizza da solo ogni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="82"/>
        <source> minuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="88"/>
        <source>Salva impostazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="110"/>
        <source>salvata nel portachiavi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="117"/>
        <source>Cartella di sincronizzazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/target.py" line="140"/>
        <source>Impostazioni salvate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="26"/>
        <source>Squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="27"/>
        <source>I computer di una squadra si scambiano i dati, cifrati con la chiave della squadra. Il primo computer la crea; gli altri si uniscono con il suo codice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="36"/>
        <source>Per ora lavoro da solo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="38"/>
        <source>Crea una nuova squadra (primo computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="40"/>
        <source>Unisciti a una squadra con il codice di un collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="42"/>
        <location filename="../../desktop/ui/first_run/team.py" line="43"/>
        <location filename="../../desktop/ui/first_run/team.py" line="53"/>
        <source>Codice della squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="54"/>
        <source>Copia il codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="72"/>
        <source>Questo computer fa già parte di una squadra. Il codice si rivede nella pagina Sincronizzazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="80"/>
        <source>Squadra: già presente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="81"/>
        <source>Squadra: per ora nessuna (pagina Sincronizzazione).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="92"/>
        <source>Squadra creata. Scrivi questo codice sugli altri computer della squadra e conservalo in un posto sicuro: chi lo ha può leggere i dati sincronizzati. Poi premi Avanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="95"/>
        <source>Squadra creata (codice nella pagina Sincronizzazione).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/team.py" line="109"/>
        <source>Unito alla squadra.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="19"/>
        <source>Squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="27"/>
        <source>Crea squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="31"/>
        <source>sul primo computer della squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="33"/>
        <source>Oppure unisciti alla squadra con il codice avuto da un collega:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="38"/>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="39"/>
        <source>Codice della squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="43"/>
        <source>Unisciti alla squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="49"/>
        <source>Mostra il codice della squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="62"/>
        <source>Scrivi questo codice sugli altri computer della squadra («Unisciti alla squadra») e conservalo in un posto sicuro: chi lo ha può leggere i dati sincronizzati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="76"/>
        <source>Questo computer fa parte della squadra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="79"/>
        <source>Questo computer non fa ancora parte di una squadra: creala qui se è il primo, altrimenti unisciti con il codice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione/team.py" line="102"/>
        <source>Questo computer ora fa parte della squadra.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="180"/>
        <source>Modelli di valutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="196"/>
        <source>Modello:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="204"/>
        <source>Ritira modello…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="206"/>
        <source>Non sarà più proposto per le nuove valutazioni; quelle fatte restano leggibili.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="222"/>
        <source>Ordinaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="223"/>
        <source>Sanitaria (dati sulla salute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="224"/>
        <source>Nome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="225"/>
        <source>Descrizione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="226"/>
        <source>Riservatezza:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="237"/>
        <source>Sezioni e domande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="242"/>
        <source>Aggiungi domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="245"/>
        <source>Togli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="249"/>
        <source>Sposta su</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="250"/>
        <source>Sposta giù</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="251"/>
        <source>Sposta su la domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="252"/>
        <source>Sposta giù la domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="265"/>
        <location filename="../../desktop/ui/template_editor.py" line="333"/>
        <location filename="../../desktop/ui/template_editor.py" line="401"/>
        <source>Domande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="272"/>
        <source>Anteprima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="287"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="291"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="309"/>
        <source>Nuovo modello…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="311"/>
        <source>équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="311"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="335"/>
        <source>Salva come versione %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="336"/>
        <source>Crea modello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="338"/>
        <source>Le valutazioni già fatte restano con le parole della versione con cui sono state compilate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="366"/>
        <source>(sezione senza titolo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="369"/>
        <source>(domanda senza testo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="440"/>
        <source>Correggi il modello per vederne l&apos;anteprima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="458"/>
        <source>Salvato «%1», versione %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="474"/>
        <source>Ritirare il modello «%1»? Non sarà più proposto per le nuove valutazioni; quelle già fatte restano leggibili.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_editor.py" line="477"/>
        <source>Ritira</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="75"/>
        <source>Per fonte di finanziamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="81"/>
        <source>Per asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="87"/>
        <source>Totale impegnato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="106"/>
        <source>Fonte da scegliere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="109"/>
        <source>Fonte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="109"/>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="116"/>
        <source>Impegnato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="109"/>
        <source>Speso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="113"/>
        <source>Trasversale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="116"/>
        <source>Asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="119"/>
        <source>speso %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="121"/>
        <source>di cui in natura %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patto_editor/sections/budget.py" line="124"/>
        <source>%n righe con un importo da correggere non sono contate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UvmLink</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="104"/>
        <source>Seduta UVM da collegare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="105"/>
        <source>Collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="108"/>
        <source>Scollega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="125"/>
        <source>Nessuna UVM collegata a questo patto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="127"/>
        <source>Autorizzato dall&apos;UVM del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="129"/>
        <source> (budget autorizzato %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="135"/>
        <source>UVM del %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="141"/>
        <source>Nessuna UVM approvata per i beneficiari: registrala nella scheda della persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/general.py" line="149"/>
        <source>Attenzione: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UvmTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="29"/>
        <source>Registra seduta UVM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="31"/>
        <source>Modifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="32"/>
        <source>Modifica (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="33"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="34"/>
        <source>Elimina (Canc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="36"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="37"/>
        <source>Decisione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="38"/>
        <source>Budget autorizzato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="39"/>
        <location filename="../../desktop/ui/scheda/uvm.py" line="132"/>
        <source>Prossima rivalutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="41"/>
        <source>Partecipanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="42"/>
        <source>Patti autorizzati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="49"/>
        <source>Seduta scelta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="56"/>
        <source>UVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="59"/>
        <source>Nessuna seduta UVM per questa persona. Registra la valutazione multidimensionale con «Registra seduta UVM…» dopo che si è tenuta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="90"/>
        <source>Modifica seduta UVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="90"/>
        <source>Registra seduta UVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="91"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="91"/>
        <source>Registra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="94"/>
        <source>Data della seduta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="96"/>
        <source>Luogo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="97"/>
        <source>es. sede del distretto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="98"/>
        <source>Partecipanti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="103"/>
        <source>Strumenti usati:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="106"/>
        <source>— scegli la decisione —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="107"/>
        <source>Decisione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="109"/>
        <source>La decisione per esteso:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="112"/>
        <source>Budget autorizzato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="113"/>
        <source>es. 4.500,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="114"/>
        <source>Prossima rivalutazione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="116"/>
        <source>La prossima rivalutazione compare nell&apos;agenda come scadenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="128"/>
        <source>Data della seduta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/uvm.py" line="137"/>
        <source>Eliminare la seduta UVM del %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValutazioniTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="55"/>
        <source>Valutazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="62"/>
        <source>Modello:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="71"/>
        <source>Nuova valutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="73"/>
        <source>Confronta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="74"/>
        <source>Confronta le due date selezionate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="77"/>
        <source>Modelli…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="79"/>
        <source>Crea o modifica i modelli di valutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="89"/>
        <source>Storico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="94"/>
        <source>Storico delle valutazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="96"/>
        <source>Seleziona due date (Maiusc+frecce, oppure Ctrl+Spazio su ciascuna) e premi «Confronta»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="101"/>
        <source>Seleziona due date (Ctrl+clic) e premi «Confronta».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="109"/>
        <source>Valutazione scelta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="146"/>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="160"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="174"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="176"/>
        <source>Salva valutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="192"/>
        <source>Solo le differenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="294"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p style=&apos;color:#6b7280&apos;&gt;Nessuna valutazione con questo modello. Premi «Nuova valutazione» per compilarla.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="331"/>
        <source>Confronto tra il %1 e il %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="336"/>
        <source>Nessuna differenza tra le due valutazioni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="337"/>
        <source>%1 risposte diverse: %2 migliorate, %3 peggiorate, %4 cambiate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="342"/>
        <source>Domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="372"/>
        <source>▲ migliorato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="372"/>
        <source>▼ peggiorato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="373"/>
        <source>● cambiato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="385"/>
        <source>Nuova valutazione: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="451"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="452"/>
        <source>La valutazione che stai compilando non è salvata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="455"/>
        <source>Scarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="456"/>
        <source>Continua a compilare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/verifications.py" line="44"/>
        <source>Com&apos;è andata, che cosa cambia nel progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/verifications.py" line="61"/>
        <source>Verifica scaduta: registra com&apos;è andata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationsSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/verifications.py" line="78"/>
        <source>Verifiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/verifications.py" line="79"/>
        <source>Il calendario delle verifiche e il loro esito. Restano aperte anche a patto firmato: l&apos;esito alimenta la riprogettazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/verifications.py" line="83"/>
        <source>Nessuna verifica in calendario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections/verifications.py" line="87"/>
        <source>+ Programma una verifica</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="42"/>
        <source>Versioni del patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="44"/>
        <source>Versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="44"/>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="44"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="44"/>
        <source>Autore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="45"/>
        <source>Firmata il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="45"/>
        <source>Impronta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="63"/>
        <source>Confronta la versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="65"/>
        <source>Versione da confrontare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="66"/>
        <source>Confrontata con la versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="70"/>
        <source>con la versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="72"/>
        <source>Confronta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="77"/>
        <source>Solo le differenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="91"/>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="96"/>
        <source>Differenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="103"/>
        <source>Versioni a confronto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="114"/>
        <source>Versione precedente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="114"/>
        <source>Versione successiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="127"/>
        <source>non firmata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="146"/>
        <source>C&apos;è una sola versione: il confronto sarà possibile dopo una «Modifica in itinere».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="148"/>
        <source>Una versione firmata si confronta com&apos;era al momento della firma; quella in preparazione com&apos;è ora, compresi i cambiamenti salvati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="166"/>
        <source>Nessuna differenza tra le due versioni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="167"/>
        <source>Differenze (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="156"/>
        <location filename="../../desktop/ui/dialogs.py" line="161"/>
        <source>Benvenuto in Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="165"/>
        <source>Il database è pronto ed è vuoto. Puoi iniziare subito a lavorare, oppure provare il programma su un database dimostrativo separato, con persone, patti e risorse inventati. Il database dimostrativo non si mescola mai con quello reale e non si sincronizza con la squadra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="172"/>
        <source>Prova con dati dimostrativi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="173"/>
        <source>Inizia con un database vuoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="185"/>
        <location filename="../../desktop/ui/dialogs.py" line="215"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="186"/>
        <source>I dati dimostrativi non sono disponibili in questa versione di Tessere. Puoi iniziare con un database vuoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="229"/>
        <source>Preparazione del database dimostrativo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="27"/>
        <source>Benvenuto in Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="28"/>
        <source>Tessere tiene la cartella sociale, i patti e la mappa delle risorse in un database cifrato su questo computer, usabile anche senza rete. Alcune domande per cominciare: ogni passo si può saltare e riprendere dal menu File.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="34"/>
        <source>Crea un nuovo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="36"/>
        <source>Posizione del nuovo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="37"/>
        <source>Cambia posizione…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="40"/>
        <source>Apri un database che esiste già</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="41"/>
        <source>Per esempio il file copiato dal vecchio computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="43"/>
        <source>Database da aprire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="44"/>
        <source>percorso del file .db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="45"/>
        <source>Sfoglia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="48"/>
        <source>Prova con dati dimostrativi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="49"/>
        <source>Un database separato con persone, patti e risorse inventati: non si mescola mai con quello reale e non si sincronizza con la squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="52"/>
        <source>Il database dimostrativo è un file a parte, con persone inventate: puoi provarlo ora e creare quello reale quando vuoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="71"/>
        <source>Apri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="71"/>
        <source>Prova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="72"/>
        <source>Avanti &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="76"/>
        <source>Dove creare il database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="77"/>
        <source>Database di Tessere (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="83"/>
        <source>Apri un database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="84"/>
        <source>Database di Tessere (*.db);;Tutti i file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="93"/>
        <source>Indica dove creare il database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="96"/>
        <source>«%1» esiste già: scegli «Apri un database che esiste già» oppure un altro nome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="100"/>
        <source>La cartella «%1» non esiste: creala prima o scegline un&apos;altra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/database.py" line="107"/>
        <source>Scegli il file del database da aprire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="75"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="24"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="25"/>
        <source>per esempio: richiesta dell&apos;interessato del 3/12/2026 (senza nome né codice fiscale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialogs.py" line="27"/>
        <source>Motivo:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="100"/>
        <source>Apertura del database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="376"/>
        <source>Database non trovato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="378"/>
        <source>La cartella «%1» non esiste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="381"/>
        <source>Tessere non crea cartelle: controlla il percorso dato con --db, oppure crea prima la cartella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="384"/>
        <location filename="../../desktop/ui/app.py" line="397"/>
        <source>Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="388"/>
        <source>Il database «%1» non esiste. Crearlo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="391"/>
        <source>Sarà un database nuovo e vuoto nella cartella «%1». Se il nome è sbagliato, esci e riprova con quello giusto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="394"/>
        <source>Crea il database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diario</name>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="17"/>
        <source>Bozza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="18"/>
        <source>Chiusa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario/timeline.py" line="19"/>
        <source>Pianificata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="155"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="156"/>
        <source>Backup cifrato salvato in «%1» (%2 persone, %3 patti). Conserva la passphrase separata dal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="34"/>
        <source>Mappa delle risorse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hsds_dialogs.py" line="35"/>
        <source>Il tuo ruolo non permette di gestire la mappa delle risorse: importare ed esportare in HSDS spetta a chi la gestisce. Se ti serve, chiedi all&apos;amministratore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../desktop/ui/questions.py" line="20"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/questions.py" line="27"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="321"/>
        <source>Database aggiornato alla nuova versione di Tessere; la copia di com&apos;era prima è in %1 (per tornare indietro: tessere backup annulla-aggiornamento).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
