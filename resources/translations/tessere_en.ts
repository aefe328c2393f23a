<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="it_IT">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="267"/>
        <source>↳ Correzione della voce del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="269"/>
        <source>⚑ Corretta dalla voce del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="53"/>
        <source>nata il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="53"/>
        <source>nato il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="54"/>
        <source>%1 anni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="56"/>
        <source>CF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="57"/>
        <source>Codice fiscale mancante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="58"/>
        <source>Residente a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="59"/>
        <source>Comune di residenza non indicato</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="66"/>
        <source>Pacchetto visite: %1 di %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="68"/>
        <source>Verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="68"/>
        <source>Scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="69"/>
        <source>Visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="70"/>
        <source>in ritardo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="72"/>
        <source>Giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="75"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="133"/>
        <source>Ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="76"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="133"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="77"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="133"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="78"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="134"/>
        <source>Descrizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="79"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="134"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="94"/>
        <source>◀ Precedente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="95"/>
        <source>Settimana precedente (Ctrl+PgSu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="97"/>
        <source>Oggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="98"/>
        <source>Torna alla settimana di oggi (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="100"/>
        <source>Successiva ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="101"/>
        <source>Settimana successiva (Ctrl+PgGiù)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="115"/>
        <source>&amp;Operatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="122"/>
        <location filename="../../desktop/ui/pages/agenda.py" line="308"/>
        <source>Tutti gli operatori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="165"/>
        <source>Impegni delle settimane precedenti non ancora svolti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="213"/>
        <source>Salva il pacchetto delle visite del giorno scelto: elenco, schede delle persone, patti e fogli per le note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="215"/>
        <source>Apri il pacchetto delle visite del giorno scelto per stamparlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="225"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="228"/>
        <source>Verifiche dei patti, scadenze e visite domiciliari pianificate, giorno per giorno. Gli impegni scaduti e non svolti sono in evidenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="293"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="296"/>
        <source>questa settimana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="307"/>
        <source>%1 (io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="362"/>
        <source>oggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="364"/>
        <source>1 impegno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="365"/>
        <source>%1 impegni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="367"/>
        <source>nessun impegno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="394"/>
        <source>In ritardo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="396"/>
        <source>Nessun impegno in ritardo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="405"/>
        <source>Doppio clic per aprire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="438"/>
        <source>nessuna visita pianificata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="439"/>
        <source>1 visita pianificata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="440"/>
        <source>%1 visite pianificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="442"/>
        <source>&lt;b&gt;Pacchetto visite di %1&lt;/b&gt; — %2. Elenco delle visite, scheda di ogni persona, patto da portare e fogli per le note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agenda.py" line="464"/>
        <source>tutti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="209"/>
        <source>Sì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="210"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="197"/>
        <source>Nascondi il messaggio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeneficiaryList</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="157"/>
        <source>Nessun beneficiario: aggiungine almeno uno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="172"/>
        <source>Togli %1 dai beneficiari</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="743"/>
        <source>Scegli la fonte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="745"/>
        <source>Trasversale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="748"/>
        <source>Per che cosa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="749"/>
        <source>in natura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="750"/>
        <source>Valore di beni o tempo donati, non denaro</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="874"/>
        <source>Voci di budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="875"/>
        <source>Ogni voce con la sua fonte, in denaro o in natura: impegnato e speso. Gli importi si scrivono all&apos;italiana (1.234,56). Lo speso resta aggiornabile anche a patto firmato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="880"/>
        <source>Nessuna voce di budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="884"/>
        <source>+ Aggiungi una voce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWriter</name>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="162"/>
        <source>Nessuna attivazione in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="163"/>
        <source>1 attivazione in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="164"/>
        <source>%1 attivazioni in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="174"/>
        <source>Posti: non indicati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="178"/>
        <source>Posti disponibili: %1 su %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="181"/>
        <source>Posti disponibili: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="183"/>
        <source>al completo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="189"/>
        <source>Mai verificata: da verificare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="191"/>
        <source>Ultima verifica il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="193"/>
        <source>da %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="195"/>
        <source>da verificare (oltre %1 giorni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="208"/>
        <source>%1 km dal centro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="210"/>
        <location filename="../../desktop/ui/risorsa_detail.py" line="271"/>
        <source>sì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="210"/>
        <location filename="../../desktop/ui/risorsa_detail.py" line="271"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="216"/>
        <source>Come arrivare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="217"/>
        <source>Accessibile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="218"/>
        <source>Sedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="227"/>
        <source>tutti i giorni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="232"/>
        <source>24 ore su 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="237"/>
        <source>Orari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="248"/>
        <source>Contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="257"/>
        <source>Condizioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="259"/>
        <source>Destinatari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="261"/>
        <source>Requisiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="262"/>
        <source>Costo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="264"/>
        <source>Accesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="268"/>
        <source>pubblica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="268"/>
        <source>condivisa nella rete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="269"/>
        <source>riservata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="273"/>
        <source>Scala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="274"/>
        <source>Natura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="275"/>
        <source>formale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="275"/>
        <source>informale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="276"/>
        <source>Accoglienza preparata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="277"/>
        <source>Scheda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="279"/>
        <source>Caratteristiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="285"/>
        <source>Attivazioni in corso (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="308"/>
        <source>%1 dal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="309"/>
        <source>Patto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="310"/>
        <source>Fuori dai patti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="933"/>
        <source>L&apos;impegno, in poche parole</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictWidget</name>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="325"/>
        <source>Il record è chiuso o firmato qui: la modifica arrivata non può entrare. Se serve, registra una correzione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="328"/>
        <source>Un collega ha eliminato questo record mentre qui veniva modificato: è stato tenuto, nulla è andato perso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="345"/>
        <source>Tengo il mio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="346"/>
        <source>Tengo il loro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="347"/>
        <source>Modifico…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="352"/>
        <source>Ho visto, resta com&apos;è</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="357"/>
        <source>Questo dato si modifica dalla sua scheda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="368"/>
        <source>Salva questo valore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="401"/>
        <source>Sì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="410"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="440"/>
        <source>Scrivi un numero intero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="95"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="96"/>
        <source>Data nel formato gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../desktop/ui/detail.py" line="45"/>
        <source>← Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="47"/>
        <source>Torna all&apos;elenco (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiarioTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="802"/>
        <source>Diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="809"/>
        <source>Tipo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="812"/>
        <source>Tutti i tipi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="819"/>
        <source>Nuova voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="820"/>
        <source>Scrivi una nuova voce di diario (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="825"/>
        <source>Voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="906"/>
        <source>%1 voci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="906"/>
        <source>1 voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="908"/>
        <source>almeno %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="909"/>
        <source>Nessuna voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="965"/>
        <source>Questa voce è chiusa e non si può modificare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="966"/>
        <source>Il diario conserva le voci chiuse così come sono state scritte. Per rettificare qualcosa aggiungi una correzione: è una nuova voce che rimanda a questa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="969"/>
        <source>Aggiungi una correzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="976"/>
        <source>Chiudere la voce del %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="977"/>
        <source>Una voce chiusa non si può più modificare: eventuali errori si rettificano aggiungendo una correzione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="979"/>
        <source>Chiudi voce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentiTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="84"/>
        <source>Allega file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="86"/>
        <source>Esporta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="87"/>
        <source>Salva una copia del documento (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="88"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="89"/>
        <source>Elimina (Canc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="92"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="93"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="94"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="95"/>
        <source>Dimensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="96"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="103"/>
        <source>I documenti sono conservati solo nel database cifrato; «Esporta…» ne salva una copia dove scegli tu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="107"/>
        <source>Documenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="110"/>
        <source>Nessun documento allegato. Con «Allega file…» la scansione di un patto firmato, un documento d&apos;identità o un decreto entra nel database cifrato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="139"/>
        <source>Scegli il file da allegare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="146"/>
        <source>Allega documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="146"/>
        <source>Allega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="148"/>
        <source>Allegato di «%1»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="151"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="152"/>
        <source>Tipo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="154"/>
        <source>Titolo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="155"/>
        <source>Data del documento:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="164"/>
        <source>Dai un titolo al documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="165"/>
        <source>Data del documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="189"/>
        <source>Esporta «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="204"/>
        <source>Esportazione di «%1»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="206"/>
        <source>«%1» salvato in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/documenti.py" line="212"/>
        <source>Eliminare il documento «%1» dal database? Il contenuto non sarà più disponibile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="472"/>
        <source>Ripristina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="474"/>
        <location filename="../../desktop/ui/scheda/diario.py" line="721"/>
        <source>Scarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="500"/>
        <source>Domicilio, sede del servizio, telefono…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="502"/>
        <source>— nessuno —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="513"/>
        <source>&amp;Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="514"/>
        <source>&amp;Data e ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="515"/>
        <source>&amp;Luogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="516"/>
        <source>&amp;Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="517"/>
        <source>&amp;Riservatezza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="521"/>
        <source>Che cosa è successo, con le parole della persona dove servono…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="533"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="535"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="537"/>
        <source>Salva la voce (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="549"/>
        <source>Correzione della voce del %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="553"/>
        <source>Modifica della voce del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="555"/>
        <source>Nuova voce di diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="587"/>
        <source>Visita pianificata: comparirà in agenda e nel pacchetto visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="590"/>
        <source>Solo una visita domiciliare si può pianificare nel futuro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="628"/>
        <source>Bozza salvata su questo computer alle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="645"/>
        <source>C&apos;è un testo non salvato di questa voce, conservato il %1. Vuoi ripristinarlo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="668"/>
        <source>Scrivi il testo della voce prima di salvarla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="713"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="714"/>
        <source>La voce che stai scrivendo non è salvata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="718"/>
        <source>«Riprendi dopo» la conserva su questo computer e te la ripropone alla prossima apertura dell&apos;editor; «Scarta» la cancella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="720"/>
        <source>Riprendi dopo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="722"/>
        <source>Continua a scrivere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="315"/>
        <source>Modifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="316"/>
        <source>Modifica la voce (Invio sulla voce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="318"/>
        <source>Chiudi voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="320"/>
        <source>Aggiungi una correzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="334"/>
        <source>Seleziona una voce per leggerla per intero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="339"/>
        <source>%1 il %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="341"/>
        <source>Autore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="341"/>
        <source>non indicato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="342"/>
        <source>Ente: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="343"/>
        <source>Luogo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="344"/>
        <source>Riservatezza: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="345"/>
        <source>Stato: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="349"/>
        <source>Correzione della &lt;a href=&quot;%1&quot; style=&quot;color:#0f766e&quot;&gt;voce del %2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="354"/>
        <source>Questa voce è stata corretta: vedi la &lt;a href=&quot;%1&quot; style=&quot;color:#0f766e&quot;&gt;correzione del %2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="363"/>
        <source>Una visita pianificata si chiude dopo averla svolta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="365"/>
        <source>Congela la voce: poi si rettifica solo aggiungendo una correzione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/ui/scheda/tab_base.py" line="106"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/tab_base.py" line="141"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="188"/>
        <source>Beneficiari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="189"/>
        <source>Per un progetto di gruppo (per esempio un appartamento condiviso) aggiungi tutte le persone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="193"/>
        <source>Aggiungi un beneficiario: cerca per nome o codice fiscale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="200"/>
        <source>Il patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="207"/>
        <source>Un titolo che la persona riconosca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="218"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="219"/>
        <source>Tipo di patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="220"/>
        <source>Intensità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="221"/>
        <source>Fase BdS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="223"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="224"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="235"/>
        <source>Cosa desidera la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="236"/>
        <source>Con le sue parole. Nel patto stampato viene per prima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="237"/>
        <source>Che cosa vuole la persona, che cosa vuole cambiare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="240"/>
        <source>Le aspettative della famiglia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="241"/>
        <source>Tenute distinte dai desideri della persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="242"/>
        <source>Che cosa si aspettano i familiari, se ci sono…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="251"/>
        <source>Punti di forza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="252"/>
        <source>Risorse, competenze, relazioni su cui contare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="254"/>
        <source>Ostacoli all&apos;autonomia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="255"/>
        <source>Che cosa blocca oggi l&apos;autonomia…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="343"/>
        <source>L&apos;obiettivo, come esito da raggiungere (per esempio: vivere in un appartamento proprio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="352"/>
        <source>Indicatori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="355"/>
        <source>Da che cosa vedremo che l&apos;obiettivo è raggiunto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="367"/>
        <source>Stadio attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="368"/>
        <source>Stadio atteso</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="396"/>
        <source>Obiettivi orientati all&apos;esito, per asse. Per ciascuno: gli indicatori e lo stadio del percorso, oggi e quello atteso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="416"/>
        <source>Nessun obiettivo su questo asse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="419"/>
        <source>+ Aggiungi un obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderFacts</name>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="74"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="75"/>
        <source>Patto in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="78"/>
        <source>Presa in carico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="96"/>
        <source>non assegnato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="98"/>
        <source>Patto senza titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="103"/>
        <source>Apri il patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="105"/>
        <source>nessuno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/header.py" line="107"/>
        <source>nessuna aperta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="44"/>
        <source>Tessere — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="28"/>
        <location filename="../../desktop/ui/main_window.py" line="83"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="86"/>
        <source>Cartella sociale, patti
e risorse del territorio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="52"/>
        <source>%1  (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>Apertura del database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181"/>
        <source>&amp;Apri database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>&amp;Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>&amp;Modifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>&amp;Cerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200"/>
        <source>&amp;Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>&amp;Visualizza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211"/>
        <source>&amp;Aiuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212"/>
        <source>&amp;Informazioni su Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>Apri database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>Database di Tessere (*.db);;Tutti i file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>Informazioni su Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>&lt;h3&gt;Tessere %1&lt;/h3&gt;&lt;p&gt;Cartella sociale, patti e mappa delle risorse per le équipe distrettuali.&lt;/p&gt;&lt;p&gt;I dati restano su questo computer, in un database cifrato.&lt;/p&gt;&lt;p&gt;Licenza EUPL-1.2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="251"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>nessun profilo operatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MisureTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="43"/>
        <source>Nuova misura…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="45"/>
        <source>Modifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="46"/>
        <source>Modifica (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="47"/>
        <source>Cambia stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="52"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="53"/>
        <source>Elimina (Canc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="56"/>
        <source>Misura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="57"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="58"/>
        <source>Presentata il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="59"/>
        <source>Dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="60"/>
        <source>Al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="61"/>
        <source>Importo mensile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="62"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="67"/>
        <source>Misure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="70"/>
        <source>Nessuna misura registrata. Aggiungi le misure di sostegno al reddito e di supporto con «Nuova misura…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="104"/>
        <source>Modifica misura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="104"/>
        <source>Nuova misura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="105"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="105"/>
        <source>Aggiungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="106"/>
        <source>Misura:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="108"/>
        <source>Stato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="110"/>
        <source>Presentata il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="112"/>
        <source>Inizio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="114"/>
        <source>Fine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="116"/>
        <source>Importo mensile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="118"/>
        <source>es. 500,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="119"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="123"/>
        <source>Data di presentazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="124"/>
        <source>Data di inizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="125"/>
        <source>Data di fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/misure.py" line="178"/>
        <source>Eliminare la misura «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="82"/>
        <source>Importo in euro, per esempio 1.234,56</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPattoDialog</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="86"/>
        <source>Nuovo patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="92"/>
        <source>Per chi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="98"/>
        <source>Cerca la persona per nome o codice fiscale (più persone per un progetto di gruppo)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="104"/>
        <source>Modello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="116"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="128"/>
        <source>Crea e apri il patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="131"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="186"/>
        <source>progetto di gruppo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="192"/>
        <source>Scegli almeno un beneficiario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="193"/>
        <source>Scegli il modello del patto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="194"/>
        <source>Scrivi un titolo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="211"/>
        <source>Creazione del patto…</source>
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
        <location filename="../../desktop/ui/dialogs.py" line="37"/>
        <source>Tessere — passphrase del database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="45"/>
        <source>Stai creando il database «%1». Scegli una passphrase per cifrarlo: servirà ogni volta che lo apri e non si può recuperare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="48"/>
        <source>Inserisci la passphrase per aprire il database «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="58"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="63"/>
        <source>Ripeti la passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="76"/>
        <source>Crea il database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="76"/>
        <source>Apri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="79"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="91"/>
        <source>La passphrase non può essere vuota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs.py" line="95"/>
        <source>Scegli una passphrase di almeno %n caratteri.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="99"/>
        <source>Le due passphrase non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="102"/>
        <source>Verifica della passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PattiPage</name>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="67"/>
        <source>Cerca per titolo o beneficiario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="68"/>
        <source>Nuovo patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="71"/>
        <source>Crea un patto da un modello (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="79"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="80"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="81"/>
        <source>Beneficiari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="82"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="83"/>
        <source>Versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="84"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="85"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="111"/>
        <source>Patti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="114"/>
        <source>Patti per l&apos;inclusione, PTRI con Budget di Salute e progetti di vita, dal più recente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="123"/>
        <source>Nessun patto corrisponde alla ricerca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/patti.py" line="124"/>
        <source>Non ci sono ancora patti in questo database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PattiTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="40"/>
        <source>Nuovo patto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="41"/>
        <source>Apri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="42"/>
        <source>Apri il patto (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="44"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="45"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="46"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="47"/>
        <source>Versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="48"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="50"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="56"/>
        <source>Patti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/patti_tab.py" line="59"/>
        <source>Nessun patto per questa persona. «Nuovo patto…» ne avvia uno da un modello: PTRI con Budget di Salute, patto per l&apos;inclusione, progetto di vita con PIS o progetto personalizzato.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PattoEditor</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="53"/>
        <source>Attiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="54"/>
        <source>Avvia verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="56"/>
        <source>Chiudi verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="58"/>
        <source>Sospendi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="59"/>
        <source>Riprendi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="60"/>
        <source>Concludi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="61"/>
        <source>Rinnova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="64"/>
        <source>Concludere il patto? Un patto concluso non si modifica più; si può rinnovare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="67"/>
        <source>Rinnovare il patto? Questo patto diventa «rinnovato» e se ne apre uno nuovo in bozza, con gli stessi obiettivi, sostegni, budget e impegni da rivedere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="91"/>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="93"/>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="220"/>
        <source>Patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="92"/>
        <source>Caricamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="132"/>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="587"/>
        <source>Firma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="134"/>
        <source>Firma la versione corrente: da quel momento non si può più cambiare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="146"/>
        <source>Modifica in itinere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="149"/>
        <source>Apre una nuova versione modificabile, con il motivo del cambiamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="151"/>
        <source>Confronta versioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="155"/>
        <source>● Modifiche non salvate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="159"/>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="236"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="161"/>
        <source>Salva le modifiche (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="200"/>
        <source>Persona e patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="201"/>
        <source>Obiettivi (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="202"/>
        <source>Sostegni (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="203"/>
        <source>Budget (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="204"/>
        <source>Impegni e firme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="205"/>
        <source>Verifiche (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="206"/>
        <source>Versioni (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="231"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="232"/>
        <source>Il patto «%1» ha modifiche non salvate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="235"/>
        <source>Vuoi salvarle prima di chiudere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="237"/>
        <source>Non salvare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="238"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="300"/>
        <source>Patto senza titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="303"/>
        <source>firmata il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="304"/>
        <source>in preparazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="308"/>
        <source>versione %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="331"/>
        <source>Versione %1 firmata il %2: il contenuto è bloccato. Restano aggiornabili lo speso del budget e le verifiche. Per cambiare il resto usa «Modifica in itinere».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="337"/>
        <source>Il patto è %1: non si modifica più.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patto_editor/editor.py" line="411"/>
        <source>&lt;p&gt;…e altri %n.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="431"/>
        <source>Il patto non è stato salvato: correggi prima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="435"/>
        <source>Patto salvato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="439"/>
        <source>Salvataggio del patto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="523"/>
        <source>Ci sono modifiche non salvate del %1, rimaste in sospeso quando il programma si è chiuso. Vuoi riprenderle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="525"/>
        <source>Ripristina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="526"/>
        <source>Scarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="572"/>
        <source>Prima di firmare correggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="580"/>
        <source>Il patto non si può ancora firmare: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="585"/>
        <source>Firmare la versione %1 del patto? Dopo la firma questa versione non si può più cambiare: per modificarla servirà una «Modifica in itinere».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="588"/>
        <source>Firma del patto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="591"/>
        <source>Versione %1 firmata: ora è bloccata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="595"/>
        <source>Prima di cambiare lo stato correggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="602"/>
        <source>Rinnovo del patto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="629"/>
        <source>Prima della modifica in itinere correggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="634"/>
        <source>Nuova versione del patto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="637"/>
        <source>Versione %1 aperta: il patto è di nuovo modificabile. Firmala quando è pronta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="691"/>
        <source>Confronto delle versioni…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/editor.py" line="706"/>
        <source>Il PDF mostra l&apos;ultima versione salvata: salva per includere le modifiche.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="978"/>
        <source>Impegni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="979"/>
        <source>Che cosa si impegna a fare ciascuna parte: la persona, la famiglia, i servizi, gli enti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="982"/>
        <source>Nessun impegno scritto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="985"/>
        <source>+ Aggiungi un impegno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="991"/>
        <source>Firmatari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="992"/>
        <source>Chi firma il patto: la persona (e chi la rappresenta) e i membri dell&apos;équipe, con ruolo ed ente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="996"/>
        <source>Nessun firmatario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="1000"/>
        <source>+ Aggiungi un firmatario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="1004"/>
        <source>Aggiungi i beneficiari e il case manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="291"/>
        <source>Modifica persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="291"/>
        <source>Nuova persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="324"/>
        <source>Anagrafica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="325"/>
        <source>Cognome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="326"/>
        <source>Nome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="329"/>
        <location filename="../../desktop/ui/person_dialog.py" line="546"/>
        <location filename="../../desktop/ui/person_dialog.py" line="549"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="330"/>
        <source>Femminile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="331"/>
        <source>Maschile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="332"/>
        <source>Sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="333"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="334"/>
        <location filename="../../desktop/ui/person_dialog.py" line="381"/>
        <location filename="../../desktop/ui/person_dialog.py" line="383"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="337"/>
        <source>Luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="338"/>
        <source>Comune italiano o stato estero: inizia a scrivere e scegli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="342"/>
        <source>Se manca, perché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="343"/>
        <source>per esempio: in attesa di permesso di soggiorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="345"/>
        <source>Cittadinanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="346"/>
        <source>per esempio: italiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="347"/>
        <source>Lingue parlate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="348"/>
        <source>per esempio: italiano, arabo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="351"/>
        <source>Residenza e contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="352"/>
        <source>Comune di residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="353"/>
        <source>Indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="355"/>
        <source>Domicilio, se diverso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="356"/>
        <source>Indirizzo del domicilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="358"/>
        <source>Telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="359"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="362"/>
        <source>Servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="364"/>
        <source>Distretto o ambito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="366"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="369"/>
        <source>Tutela e privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="374"/>
        <source>nessuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="375"/>
        <source>Tutela giuridica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="376"/>
        <source>Nome del tutore o AdS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="378"/>
        <source>Contatto del tutore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="380"/>
        <source>Consenso raccolto il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="382"/>
        <source>Informativa consegnata il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="388"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="431"/>
        <source>16 caratteri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="436"/>
        <source>Calcola dal nome e dalla data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="438"/>
        <source>Calcola il codice fiscale da cognome, nome, sesso, data e luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="441"/>
        <source>Compila dal codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="443"/>
        <source>Ricava sesso, data e luogo di nascita dal codice fiscale (solo i campi vuoti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="454"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="479"/>
        <source>* campi obbligatori; serve il codice fiscale o il motivo per cui manca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="483"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="486"/>
        <location filename="../../desktop/ui/person_dialog.py" line="606"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="490"/>
        <source>Salva (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="535"/>
        <source>Caricamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="665"/>
        <source>cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="666"/>
        <source>nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="667"/>
        <source>sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="668"/>
        <source>data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="669"/>
        <source>luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="672"/>
        <source>Per calcolare il codice fiscale servono anche: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="724"/>
        <source>i comuni italiani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="736"/>
        <source>i comuni e gli stati esteri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="749"/>
        <source>L&apos;indirizzo email non sembra valido: deve essere come nome@esempio.it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="772"/>
        <source>La data è nel futuro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="822"/>
        <source>Il codice fiscale non corrisponde ai dati inseriti:
%1
Se i dati sono giusti così, premi «Salva comunque»; altrimenti correggili.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="824"/>
        <source>Salva comunque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="828"/>
        <location filename="../../desktop/ui/person_dialog.py" line="845"/>
        <source>Non salvato: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="861"/>
        <source>Modifiche non salvate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="862"/>
        <source>Chiudere senza salvare? Quello che hai scritto andrà perso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="865"/>
        <source>Chiudi senza salvare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="866"/>
        <source>Continua a modificare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="51"/>
        <source>Cerca per nome, cognome o codice fiscale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="108"/>
        <source>Nessuna persona trovata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonePage</name>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="164"/>
        <source>Cerca per nome, codice fiscale o comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="165"/>
        <source>Nuova persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="168"/>
        <source>Nuova persona (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="174"/>
        <source>Cognome Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="175"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="176"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="177"/>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="178"/>
        <source>Età</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="195"/>
        <source>Tutti i distretti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="196"/>
        <source>Distretto o ambito di residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="197"/>
        <source>Presa in carico: tutte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="198"/>
        <source>Presa in carico aperta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="199"/>
        <source>Con presa in carico aperta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="200"/>
        <source>Senza presa in carico aperta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="201"/>
        <source>Tutti i case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="202"/>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="203"/>
        <source>Patto in corso: tutti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="204"/>
        <source>Tipo di patto in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="208"/>
        <source>Azzera filtri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="247"/>
        <source>Persone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="250"/>
        <source>Le persone seguite dal servizio: anagrafica e cartella sociale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="295"/>
        <source>Senza case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="298"/>
        <source>Nessun patto in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/persone.py" line="327"/>
        <source>Primi %n risultati: affina la ricerca.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="329"/>
        <source>Un risultato</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/persone.py" line="330"/>
        <source>%n risultati</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="332"/>
        <source>Una persona corrisponde ai filtri</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/persone.py" line="333"/>
        <source>%n persone corrispondono ai filtri</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="335"/>
        <source>Una persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/persone.py" line="336"/>
        <source>%n persone in ordine alfabetico</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="340"/>
        <source>Nessuna persona corrisponde a «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="342"/>
        <source>Nessuna persona corrisponde ai filtri scelti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/persone.py" line="343"/>
        <source>Non ci sono ancora persone in questo database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="52"/>
        <source>Il tuo profilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="58"/>
        <source>Chi lavora con Tessere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="62"/>
        <source>Il tuo nome firma ogni voce di diario e ogni modifica che fai; il distretto è quello da cui partono gli elenchi. Potrai cambiarli in seguito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="72"/>
        <source>— Crea un nuovo profilo —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="74"/>
        <source>Sei già in elenco?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="77"/>
        <source>Nome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="79"/>
        <source>Cognome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="84"/>
        <source>per esempio: assistente sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="85"/>
        <source>Ruolo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="87"/>
        <source>per esempio: Comune di Vergato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="88"/>
        <source>Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="90"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="92"/>
        <source>— Scegli —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="93"/>
        <source>Distretto o ambito *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="106"/>
        <source>Più tardi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="107"/>
        <source>Le voci di diario resteranno senza autore finché non crei il profilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="111"/>
        <location filename="../../desktop/ui/profile_dialog.py" line="146"/>
        <source>Crea il profilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="147"/>
        <source>Usa questo profilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="160"/>
        <source>Scegli il distretto o l&apos;ambito in cui lavori.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="31"/>
        <source>Modifica in itinere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="37"/>
        <source>La versione firmata resta com&apos;è. Si apre la versione %1, modificabile, da firmare di nuovo. Perché cambia il patto?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="44"/>
        <source>Per esempio: la persona ha trovato lavoro, cambia l&apos;orario del tirocinio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="54"/>
        <source>Crea la versione %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="57"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/dialogs.py" line="65"/>
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
    <name>ResourcePicker</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="146"/>
        <source>Collega una risorsa della mappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="152"/>
        <source>Scegli il servizio che offrirà il sostegno. Al salvataggio il collegamento diventa un&apos;attivazione «richiesta», da seguire fino a quando è attiva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="162"/>
        <source>Cerca per servizio, ente o descrizione…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="164"/>
        <source>Tutti gli assi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="167"/>
        <source>Solo con posti disponibili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="173"/>
        <source>Servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="174"/>
        <source>Ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="175"/>
        <source>Asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="176"/>
        <source>Comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="177"/>
        <source>Posti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="180"/>
        <source>Verificata il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="181"/>
        <source>Informazioni da verificare: ultimo controllo più di un anno fa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="202"/>
        <source>Collega al sostegno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/pickers.py" line="206"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReteTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="37"/>
        <source>Aggiungi persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="39"/>
        <source>Modifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="40"/>
        <source>Modifica (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="41"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="42"/>
        <source>Elimina (Canc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="44"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="45"/>
        <source>Relazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="46"/>
        <source>Ruolo nella rete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="47"/>
        <source>Contatto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="48"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="54"/>
        <source>Rete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="57"/>
        <source>Nessuno nella rete di questa persona. Aggiungi familiari, amici, vicini e sostegni informali con «Aggiungi persona…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="86"/>
        <source>Modifica persona della rete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="86"/>
        <source>Aggiungi alla rete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="87"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="87"/>
        <source>Aggiungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="89"/>
        <source>Nome e cognome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="90"/>
        <source>es. Maria Rossi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="91"/>
        <source>Relazione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="94"/>
        <source>Ruolo nella rete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="96"/>
        <source>Contatto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="97"/>
        <source>telefono, email o indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="98"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="110"/>
        <source>Scrivi il nome della persona della rete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/rete.py" line="129"/>
        <source>Togliere «%1» dalla rete di questa persona?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RisorsePage</name>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="59"/>
        <source>Cerca un servizio o un ente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="61"/>
        <location filename="../../desktop/ui/pages/risorse.py" line="161"/>
        <source>da verificare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="63"/>
        <source>Servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="65"/>
        <source>Asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="67"/>
        <source>Posti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="68"/>
        <source>Posti liberi / capienza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="69"/>
        <source>Verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="78"/>
        <source>↑ ↓ per scorrere: la scheda a destra segue la selezione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="113"/>
        <source>&amp;Asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="113"/>
        <source>Tutti gli assi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="114"/>
        <source>C&amp;omune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="114"/>
        <source>Tutti i comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="116"/>
        <source>&amp;Destinatari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="116"/>
        <source>Tutti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="117"/>
        <source>Solo con &amp;posti liberi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="120"/>
        <source>Nasconde i servizi al completo (nessun posto libero); restano quelli senza un numero di posti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="125"/>
        <source>Azzera filtri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="159"/>
        <source>Mai verificata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="160"/>
        <source>Ultima verifica il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="205"/>
        <source>Nessun servizio corrisponde alla ricerca e ai filtri scelti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="250"/>
        <source>1 servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/risorse.py" line="250"/>
        <source>%n servizi</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/risorse.py" line="252"/>
        <source>%n da verificare</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="66"/>
        <source>Comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="165"/>
        <source>Risorse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/risorse.py" line="168"/>
        <source>La mappa delle risorse del territorio. In evidenza le schede non verificate da più di %n giorni.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/risorse.py" line="206"/>
        <source>La mappa delle risorse è ancora vuota.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowWidget</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/widgets.py" line="274"/>
        <source>Togli questa riga</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScadenzeTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="40"/>
        <source>Nuova scadenza…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="42"/>
        <source>Modifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="43"/>
        <source>Modifica (Invio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="44"/>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="84"/>
        <source>Segna come fatta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="46"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="47"/>
        <source>Elimina (Canc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="48"/>
        <source>in ritardo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="49"/>
        <source>fatta il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="51"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="52"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="53"/>
        <source>Descrizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="54"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="61"/>
        <source>Scadenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="64"/>
        <source>Nessuna scadenza. Aggiungi verifiche, scadenze del tribunale e passaggi d&apos;età con «Nuova scadenza…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="83"/>
        <source>Riapri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="100"/>
        <source>Modifica scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="100"/>
        <source>Nuova scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="101"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="101"/>
        <source>Aggiungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="102"/>
        <source>Tipo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="104"/>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="105"/>
        <source>Descrizione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="112"/>
        <source>Data della scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/scadenze.py" line="150"/>
        <source>Eliminare la scadenza del %1 («%2»)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedaPersona</name>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="72"/>
        <location filename="../../desktop/ui/scheda/__init__.py" line="119"/>
        <source>Scheda persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="72"/>
        <source>Caricamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="84"/>
        <source>Nuova voce di diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="95"/>
        <source>Modifica anagrafica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="105"/>
        <source>Cartella %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="106"/>
        <source>Includi voci riservate nel PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/__init__.py" line="108"/>
        <source>Stampa anche le voci di diario riservate e sensibili (sono omesse se non spunti)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedaTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/tab_base.py" line="326"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="64"/>
        <source>Scegli un servizio dall&apos;elenco per vederne la scheda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="72"/>
        <source>Nessun servizio selezionato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/risorsa_detail.py" line="96"/>
        <source>Questo servizio non è più nella mappa delle risorse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="955"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SincronizzazionePage</name>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="495"/>
        <source>Sincronizzazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="498"/>
        <source>Scambio delle modifiche con l&apos;équipe, cifrate, attraverso una cartella condivisa o un server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="503"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="512"/>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="805"/>
        <source>Sincronizza ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="523"/>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="791"/>
        <source>Conflitti da risolvere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="524"/>
        <source>Quando due persone cambiano lo stesso dato prima di sincronizzare, vale l&apos;ultima modifica ma l&apos;altra resta qui: scegli quale tenere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="530"/>
        <source>Nessun conflitto da risolvere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="536"/>
        <source>Cronologia delle sincronizzazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="538"/>
        <source>Quando</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="539"/>
        <source>Inviate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="540"/>
        <source>Ricevute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="541"/>
        <source>Conflitti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="542"/>
        <source>Esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="542"/>
        <source>Riuscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="542"/>
        <source>Non riuscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="550"/>
        <source>Dove sincronizzare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="551"/>
        <source>Una cartella condivisa (rete, Nextcloud, chiavetta) oppure un server WebDAV. Le modifiche viaggiano cifrate con la chiave della squadra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="555"/>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="568"/>
        <source>Cartella condivisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="556"/>
        <source>Server WebDAV / Nextcloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="570"/>
        <source>Scegli…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="584"/>
        <source>Indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="585"/>
        <source>Utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="586"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="594"/>
        <source>Sincronizza da solo ogni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="598"/>
        <source> minuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="604"/>
        <source>Salva impostazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="614"/>
        <source>Squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="622"/>
        <source>Crea squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="626"/>
        <source>sul primo computer della squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="628"/>
        <source>Oppure unisciti alla squadra con il codice avuto da un collega:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="633"/>
        <source>Codice della squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="636"/>
        <source>Unisciti alla squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="642"/>
        <source>Mostra il codice della squadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="655"/>
        <source>Scrivi questo codice sugli altri computer della squadra («Unisciti alla squadra») e conservalo in un posto sicuro: chi lo ha può leggere i dati sincronizzati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="666"/>
        <source>Computer della squadra visti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="668"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="670"/>
        <source>Ricevuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="671"/>
        <source>%1 pacchetti ricevuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="672"/>
        <source>Ultimo arrivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="728"/>
        <source>salvata nel portachiavi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="737"/>
        <source>Questo computer fa parte della squadra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="740"/>
        <source>Questo computer non fa ancora parte di una squadra: creala qui se è il primo, altrimenti unisciti con il codice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="755"/>
        <source>Ultima sincronizzazione: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="758"/>
        <source>Mai sincronizzato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="760"/>
        <source>1 modifica di questo computer da inviare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="762"/>
        <source>%1 modifiche di questo computer da inviare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="766"/>
        <source>Destinazione: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="771"/>
        <source>Prima scegli dove sincronizzare e crea la squadra (o unisciti).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="798"/>
        <source>Una sincronizzazione è già in corso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="803"/>
        <source>Sincronizzazione in corso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="811"/>
        <source>Le modifiche restano al sicuro su questo computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="821"/>
        <source>Cartella di sincronizzazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="854"/>
        <source>Impostazioni salvate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sincronizzazione.py" line="878"/>
        <source>Questo computer ora fa parte della squadra.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="463"/>
        <source>concordata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="464"/>
        <source>attiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="465"/>
        <source>conclusa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="466"/>
        <source>rifiutata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="487"/>
        <source>Il sostegno (per esempio: tutor abitativo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="489"/>
        <source>per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="490"/>
        <source>nessun obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="499"/>
        <source>Risorsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="502"/>
        <source>Scegli il servizio nella mappa delle risorse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="508"/>
        <source>Scollega la risorsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="512"/>
        <source>oppure chi lo offre (rete informale, volontari…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="514"/>
        <source>Formale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="522"/>
        <source>Frequenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="526"/>
        <source>Dove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="536"/>
        <source>dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="538"/>
        <source>al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="540"/>
        <source>costo €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="557"/>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="560"/>
        <source>Segna l&apos;attivazione come «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="564"/>
        <source>Richiedi l&apos;attivazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="582"/>
        <source>Scegli dalla mappa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="601"/>
        <source>Da richiedere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="602"/>
        <source>L&apos;attivazione sarà richiesta al salvataggio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="604"/>
        <source>Non richiesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="605"/>
        <source>Nessuna attivazione registrata per questa risorsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="610"/>
        <source>Attivazione · dal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportsSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="661"/>
        <source>I sostegni e gli interventi del patto. Collegare una risorsa della mappa crea un&apos;attivazione, da richiesta ad attiva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="670"/>
        <source>Nessun sostegno per ora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="673"/>
        <source>+ Aggiungi un sostegno</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="141"/>
        <location filename="../../desktop/ui/sync_controller.py" line="143"/>
        <source>Sincronizzazione…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="175"/>
        <source>Sincronizzazione non configurata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="178"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="180"/>
        <source>Offline: 1 modifica in attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="181"/>
        <source>Offline: %1 modifiche in attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="183"/>
        <source>Sincronizzazione non riuscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="186"/>
        <source>1 conflitto da risolvere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="187"/>
        <source>%1 conflitti da risolvere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="189"/>
        <source>Non ancora sincronizzato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="191"/>
        <source>Sincronizzato alle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="193"/>
        <source>Sincronizzato il %1 alle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="197"/>
        <source> · %1 in attesa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="783"/>
        <source>Per fonte di finanziamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="789"/>
        <source>Per asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="795"/>
        <source>Totale impegnato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="814"/>
        <source>Fonte da scegliere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="817"/>
        <source>Fonte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="817"/>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="824"/>
        <source>Impegnato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="817"/>
        <source>Speso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="821"/>
        <source>Trasversale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="824"/>
        <source>Asse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="827"/>
        <source>speso %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="829"/>
        <source>di cui in natura %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patto_editor/sections.py" line="832"/>
        <source>%n righe con un importo da correggere non sono contate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValutazioniTab</name>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="278"/>
        <source>Valutazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="285"/>
        <source>Modello:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="292"/>
        <source>Nuova valutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="294"/>
        <source>Confronta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="295"/>
        <source>Confronta le due date selezionate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="305"/>
        <source>Storico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="313"/>
        <source>Seleziona due date (Ctrl+clic) e premi «Confronta».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="357"/>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="370"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="384"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="386"/>
        <source>Salva valutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="402"/>
        <source>Solo le differenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="507"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p style=&apos;color:#6b7280&apos;&gt;Nessuna valutazione con questo modello. Premi «Nuova valutazione» per compilarla.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="548"/>
        <source>Confronto tra il %1 e il %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="553"/>
        <source>Nessuna differenza tra le due valutazioni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="554"/>
        <source>%1 risposte diverse: %2 migliorate, %3 peggiorate, %4 cambiate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="559"/>
        <source>Domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="589"/>
        <source>▲ migliorato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="589"/>
        <source>▼ peggiorato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="590"/>
        <source>● cambiato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="601"/>
        <source>Nuova valutazione: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="629"/>
        <source>Compila almeno una risposta prima di salvare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="669"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="670"/>
        <source>La valutazione che stai compilando non è salvata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="673"/>
        <source>Scarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/valutazioni.py" line="674"/>
        <source>Continua a compilare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationRow</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="1068"/>
        <source>Com&apos;è andata, che cosa cambia nel progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="1085"/>
        <source>Verifica scaduta: registra com&apos;è andata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationsSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="1102"/>
        <source>Verifiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="1103"/>
        <source>Il calendario delle verifiche e il loro esito. Restano aperte anche a patto firmato: l&apos;esito alimenta la riprogettazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="1107"/>
        <source>Nessuna verifica in calendario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/sections.py" line="1111"/>
        <source>+ Programma una verifica</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsSection</name>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="43"/>
        <source>Versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="43"/>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="43"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="43"/>
        <source>Autore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="44"/>
        <source>Firmata il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="44"/>
        <source>Impronta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="62"/>
        <source>Confronta la versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="67"/>
        <source>con la versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="69"/>
        <source>Confronta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="74"/>
        <source>Solo le differenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="88"/>
        <source>Differenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="109"/>
        <source>Versione precedente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="109"/>
        <source>Versione successiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="122"/>
        <source>non firmata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="141"/>
        <source>C&apos;è una sola versione: il confronto sarà possibile dopo una «Modifica in itinere».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="143"/>
        <source>Una versione firmata si confronta com&apos;era al momento della firma; quella in preparazione com&apos;è ora, compresi i cambiamenti salvati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="161"/>
        <source>Nessuna differenza tra le due versioni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patto_editor/versions.py" line="162"/>
        <source>Differenze (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="136"/>
        <location filename="../../desktop/ui/dialogs.py" line="141"/>
        <source>Benvenuto in Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="145"/>
        <source>Il database è pronto ed è vuoto. Puoi iniziare subito a lavorare, oppure caricare dati dimostrativi (persone, patti e risorse inventati) per provare il programma. I dati dimostrativi non riguardano persone reali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="151"/>
        <source>Carica dati dimostrativi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="152"/>
        <source>Inizia con un database vuoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="164"/>
        <location filename="../../desktop/ui/dialogs.py" line="190"/>
        <source>Tessere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="165"/>
        <source>I dati dimostrativi non sono disponibili in questa versione di Tessere. Puoi iniziare con un database vuoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="176"/>
        <source>Caricamento dei dati dimostrativi…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="112"/>
        <source>Apertura del database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diario</name>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="144"/>
        <source>Bozza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="145"/>
        <source>Chiusa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scheda/diario.py" line="146"/>
        <source>Pianificata</source>
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
</TS>
