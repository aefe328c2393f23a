<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="it_IT">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="22"/>
        <source>Verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="22"/>
        <source>Scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="23"/>
        <source>Visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="24"/>
        <source>in ritardo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="27"/>
        <source>Giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="30"/>
        <source>Ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="31"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="32"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="33"/>
        <source>Descrizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="34"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="42"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="46"/>
        <source>Settimana dal %1 al %2: verifiche, scadenze e visite domiciliari pianificate. Gli impegni scaduti sono in evidenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="63"/>
        <source>Nessun impegno in agenda questa settimana.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="25"/>
        <source>Tessere — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="47"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="50"/>
        <source>Cartella sociale, patti
e risorse del territorio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="72"/>
        <source>%1  (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="95"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96"/>
        <source>&amp;Apri database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101"/>
        <source>&amp;Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="107"/>
        <source>&amp;Modifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108"/>
        <source>&amp;Cerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>&amp;Visualizza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125"/>
        <source>&amp;Aiuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>&amp;Informazioni su Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>Apri database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134"/>
        <source>Database di Tessere (*.db);;Tutti i file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>Informazioni su Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>&lt;h3&gt;Tessere %1&lt;/h3&gt;&lt;p&gt;Cartella sociale, patti e mappa delle risorse per le équipe distrettuali.&lt;/p&gt;&lt;p&gt;I dati restano su questo computer, in un database cifrato.&lt;/p&gt;&lt;p&gt;Licenza EUPL-1.2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178"/>
        <source>nessun profilo operatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/base.py" line="86"/>
        <source>Cerca (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/base.py" line="140"/>
        <source>Nessun dato da mostrare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="36"/>
        <source>Tessere — passphrase del database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="44"/>
        <source>Stai creando il database «%1». Scegli una passphrase per cifrarlo: servirà ogni volta che lo apri e non si può recuperare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="47"/>
        <source>Inserisci la passphrase per aprire il database «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="57"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="62"/>
        <source>Ripeti la passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="75"/>
        <source>Crea il database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="75"/>
        <source>Apri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="78"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="90"/>
        <source>La passphrase non può essere vuota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs.py" line="94"/>
        <source>Scegli una passphrase di almeno %n caratteri.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="98"/>
        <source>Le due passphrase non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="101"/>
        <source>Verifica della passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PattiPage</name>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="65"/>
        <source>Cerca per titolo o beneficiario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="67"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="68"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="69"/>
        <source>Beneficiari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="70"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="71"/>
        <source>Versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="72"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="73"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="83"/>
        <source>Patti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="86"/>
        <source>Patti per l&apos;inclusione, PTRI con Budget di Salute e progetti di vita, dal più recente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="95"/>
        <source>Nessun patto corrisponde alla ricerca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="96"/>
        <source>Non ci sono ancora patti in questo database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonePage</name>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="65"/>
        <source>Cerca per nome, codice fiscale o comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="67"/>
        <source>Cognome Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="68"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="69"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="70"/>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="71"/>
        <source>Età</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="84"/>
        <source>Persone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="87"/>
        <source>Le persone seguite dal servizio: anagrafica e cartella sociale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/persone.py" line="112"/>
        <source>Primi %n risultati: affina la ricerca.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/persone.py" line="114"/>
        <source>%n risultati</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/persone.py" line="116"/>
        <source>%n persone in ordine alfabetico</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="120"/>
        <source>Nessuna persona corrisponde a «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="121"/>
        <source>Non ci sono ancora persone in questo database.</source>
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
        <location filename="../../desktop/ui/pages/report.py" line="49"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/report.py" line="52"/>
        <source>Quanti record contiene questo database, per tipo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RisorsePage</name>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="31"/>
        <source>Cerca un servizio o un ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="32"/>
        <source>da verificare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="34"/>
        <source>Servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="35"/>
        <source>Asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="36"/>
        <source>Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="37"/>
        <source>Comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="38"/>
        <source>Posti liberi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="39"/>
        <source>Ultima verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="40"/>
        <source>mai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="60"/>
        <source>Risorse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/risorse.py" line="63"/>
        <source>La mappa delle risorse del territorio. In evidenza le schede non verificate da più di %n giorni.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="72"/>
        <source>Nessun servizio corrisponde alla ricerca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="73"/>
        <source>La mappa delle risorse è ancora vuota.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SincronizzazionePage</name>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="22"/>
        <source>La sincronizzazione non è configurata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="26"/>
        <source>Questo database lavora da solo, sul computer. Quando sarà configurata una cartella condivisa o un server (WebDAV / Nextcloud), Tessere invierà e riceverà le modifiche dell&apos;équipe in automatico, appena c&apos;è connessione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="38"/>
        <source>Sincronizzazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="41"/>
        <source>Scambio delle modifiche con l&apos;équipe e con il coordinamento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="55"/>
        <source>Modifiche registrate in questo database: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="135"/>
        <location filename="../../desktop/ui/dialogs.py" line="140"/>
        <source>Benvenuto in Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="144"/>
        <source>Il database è pronto ed è vuoto. Puoi iniziare subito a lavorare, oppure caricare dati dimostrativi (persone, patti e risorse inventati) per provare il programma. I dati dimostrativi non riguardano persone reali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="150"/>
        <source>Carica dati dimostrativi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="151"/>
        <source>Inizia con un database vuoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="163"/>
        <location filename="../../desktop/ui/dialogs.py" line="189"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="164"/>
        <source>I dati dimostrativi non sono disponibili in questa versione di Tessere. Puoi iniziare con un database vuoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="175"/>
        <source>Caricamento dei dati dimostrativi…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="111"/>
        <source>Apertura del database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
