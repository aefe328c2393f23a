"""The record of processing activities (art. 30, par. 1 GDPR, the controller's
record) for the database at hand, as JSON-ready data: ``processing_register``.

A data protection officer signs off a deployment on this document, so it says
only what is true of this code and this database:

* the parts a controller decides (who the controller and the DPO are, how long
  a cartella is kept) stay empty and marked ``to_fill`` unless given;
* roles, organisations, territory, confidentiality levels, consents, recipients
  and volumes are read from the database;
* each security measure names the modules that implement it and, where the
  database can tell, whether it is in force here (an encrypted file, accounts
  set up, a sync target, the audit chain whole right now);
* what the code does not do yet is listed under ``limits``, not left out.

The fixed texts (purposes, legal bases, retention behaviour, measures) describe
the code: when the code changes, change them here. ``desktop.pdf.registro``
prints the result; ``tessere privacy registro`` writes both.

Counts are what the session sees: a session of a signed-in operator is scoped
to their people (``core.access``), which ``database.scoped_to_operator`` says.
The CLI's sessions are the system's own and count everything. Nothing here
reads a person's record, so nothing is written to the audit log.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.core import accounts, audit, backup
from desktop.core.access import ORDINARY, PERMISSIONS, SCOPES, access_of
from desktop.core.cartella.consensi import receiving_organisations
from desktop.core.catalogues import Catalogues
from desktop.core.model import (
    Account, Assessment, Attivazione, AuditEvent, BudgetLine, CaseEpisode, CatalogueItem,
    Consent, Deadline, DiaryEntry, Document, Measure, NetworkMember, Operator, OperatorRole,
    Organisation, Patto, Person, ReplicaMeta, Role, SyncPeer, TerritorialUnit,
)
from desktop.core.store import META_DEMO
from desktop.sync import crypto as sync_crypto
from desktop.sync.settings import META_TARGET
from desktop.sync.team import META_TEAM_ID

FORMAT = "tessere-registro-trattamenti"
FORMAT_VERSION = 1

UNIT_KINDS = {"regione": "Regione", "ente": "Ente", "distretto": "Distretto",
              "ambito": "Ambito", "sub_ambito": "Sub-ambito", "area": "Area"}
SECTORS = {"pubblico": "Enti pubblici", "terzo_settore": "Terzo settore",
           "privato": "Soggetti privati", "informale": "Gruppi informali", "altro": "Altro"}
# Levels whose entries are special categories (art. 9) or judicial data (art. 10).
SPECIAL_LEVELS = {"sensibile": "art. 9", "sanitario": "art. 9", "dipendenze": "art. 9",
                  "giudiziario": "art. 10"}
# A regional law named in the reference data ("L.R. 2/2003", "legge regionale 3/2008").
_REGIONAL_LAW = re.compile(r"\b(?:L\.\s?R\.|l\.r\.|legge regionale)\s*(?:n\.\s*)?\d+[^;.)]*",
                           re.IGNORECASE)

# ------------------------------------------------------------------ fixed parts
LEGAL_BASES = [
    {"code": "gdpr_6_1_e", "reference": "Art. 6, par. 1, lett. e) GDPR",
     "text": "Esecuzione di un compito di interesse pubblico o connesso all'esercizio di pubblici "
             "poteri di cui è investito il titolare."},
    {"code": "gdpr_9_2_g", "reference": "Art. 9, par. 2, lett. g) GDPR",
     "text": "Categorie particolari di dati: motivi di interesse pubblico rilevante sulla base "
             "del diritto dell'Unione o dello Stato."},
    {"code": "gdpr_9_2_h", "reference": "Art. 9, par. 2, lett. h) GDPR",
     "text": "Categorie particolari di dati: assistenza o terapia sanitaria o sociale, gestione "
             "dei sistemi e servizi sanitari o sociali."},
    {"code": "codice_2_sexies", "reference": "Art. 2-sexies d.lgs. 196/2003 (Codice privacy)",
     "text": "Trattamenti di categorie particolari necessari per motivi di interesse pubblico "
             "rilevante, tra cui le attività socio-assistenziali a tutela dei minori e dei "
             "soggetti bisognosi, non autosufficienti e incapaci (comma 2, lett. s)."},
    {"code": "codice_2_octies", "reference": "Art. 10 GDPR e art. 2-octies d.lgs. 196/2003",
     "text": "Dati relativi a condanne penali e reati (provvedimenti dell'autorità giudiziaria, "
             "misure penali), solo dove una norma di legge o di regolamento lo autorizza."},
    {"code": "l_328_2000", "reference": "L. 328/2000",
     "text": "Legge quadro per la realizzazione del sistema integrato di interventi e servizi "
             "sociali (tra l'altro art. 14, progetti individuali per le persone disabili, e "
             "art. 19, piano di zona)."},
    {"code": "dlgs_147_2017", "reference": "D.Lgs. 147/2017",
     "text": "Misura nazionale di contrasto alla povertà: progetto personalizzato e patti per "
             "l'inclusione collegati alle misure di sostegno al reddito."},
]

PURPOSES = [
    {"code": "presa_in_carico", "title": "Presa in carico sociale e sociosanitaria",
     "description": "Accesso, segnalazione, valutazione multidimensionale e cartella sociale "
                    "della persona (anagrafica, rete, diario, valutazioni, misure, documenti, "
                    "scadenze), condivisa dall'équipe degli enti che la seguono.",
     "legal_bases": ["gdpr_6_1_e", "gdpr_9_2_g", "gdpr_9_2_h", "codice_2_sexies",
                     "codice_2_octies", "l_328_2000"]},
    {"code": "progetto_individuale",
     "title": "Progetto individuale, Budget di Salute e patto per l'inclusione",
     "description": "Co-progettazione, firma e gestione dei patti (PTRI con Budget di Salute, "
                    "patto per l'inclusione, progetto di vita e PIS, progetto personalizzato) "
                    "con obiettivi, sostegni, budget per fonte e attivazione delle risorse del "
                    "territorio.",
     "legal_bases": ["gdpr_6_1_e", "gdpr_9_2_g", "gdpr_9_2_h", "codice_2_sexies",
                     "l_328_2000", "dlgs_147_2017"]},
    {"code": "verifica_rendicontazione", "title": "Verifica e rendicontazione",
     "description": "Verifiche programmate dei patti ed esiti, budget impegnato e speso per "
                    "fonte di finanziamento, rendicontazione agli enti finanziatori.",
     "legal_bases": ["gdpr_6_1_e", "gdpr_9_2_g", "codice_2_sexies", "l_328_2000",
                     "dlgs_147_2017"]},
    {"code": "programmazione", "title": "Programmazione del Piano di Zona con dati aggregati",
     "description": "Indicatori per distretto, sub-ambito e comune per il Piano di Zona e il "
                    "bilancio sociale: solo dati aggregati, resi anonimi quando escono dal "
                    "servizio.",
     "legal_bases": ["gdpr_6_1_e", "gdpr_9_2_g", "codice_2_sexies", "l_328_2000"]},
]

RETENTION_BEHAVIOUR = [
    "Tessere non cancella nulla automaticamente: nessun dato viene eliminato per decorso del "
    "tempo.",
    "Le voci di diario chiuse non si modificano né si eliminano: una correzione è una nuova "
    "voce che rimanda a quella corretta.",
    "I consensi revocati restano registrati con la data e il motivo della revoca.",
    "Il registro degli accessi non si può modificare né cancellare (righe bloccate dal "
    "database e concatenate da impronte).",
    "Un operatore può eliminare singole misure, scadenze, documenti allegati e membri della "
    "rete; l'eliminazione si propaga ai computer della squadra con la sincronizzazione.",
    "I backup cifrati e le copie sugli altri computer della squadra conservano i dati fino a "
    "quando il titolare non li distrugge.",
]

TRANSFERS = (
    "Tessere non trasferisce dati verso paesi terzi o organizzazioni internazionali: i dati "
    "restano nel database cifrato di ciascun computer e, se la sincronizzazione è attiva, "
    "viaggiano cifrati verso la cartella condivisa o il server WebDAV scelto dal titolare. "
    "Il titolare verifica dove si trovano la cartella o il server."
)

RIGHTS = [
    {"right": "Accesso e portabilità (artt. 15 e 20)",
     "how": "Esportazione dell'intera cartella di una persona in JSON "
            "(«tessere cartella esporta»), registrata nel registro degli accessi."},
    {"right": "Trasparenza sugli accessi",
     "how": "Chi ha letto, stampato, esportato o modificato una cartella "
            "(«tessere audit elenco --persona», pagina Accessi)."},
    {"right": "Consenso alla condivisione e revoca",
     "how": "Consensi per ente con data e autore; la revoca resta registrata "
            "(«tessere consenso», scheda Consensi)."},
    {"right": "Rettifica (art. 16)",
     "how": "Anagrafica e registrazioni modificabili dagli operatori autorizzati; le voci di "
            "diario chiuse si correggono con una nuova voce."},
]


# ------------------------------------------------------------------ the register
def processing_register(session: Session, *, controller: str | None = None,
                        dpo: str | None = None, today: dt.date | None = None) -> dict[str, Any]:
    """The register as plain data (str, int, bool, None, lists and dicts), ready
    for ``json.dumps`` and for ``desktop.pdf.registro``."""
    today = today or dt.date.today()
    cat = Catalogues(session)
    meta = _meta(session)
    controller = (controller or "").strip() or None
    dpo = (dpo or "").strip() or None
    roles = _roles(session, cat)
    counts = _counts(session)
    organisations, recipients, holders = _organisations(session, cat)
    account_summary = _accounts(session)
    audit_check = _audit_check(session)
    cipher = _cipher(session)
    sync_state = _sync(session, meta)
    regions = [u.name for u in session.scalars(
        select(TerritorialUnit).where(TerritorialUnit.kind == "regione")
        .order_by(TerritorialUnit.name))]
    laws = _regional_laws(session)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated_on": today.isoformat(),
        "database": {
            "demo": bool(meta.get(META_DEMO)),
            "replica_id": meta.get("replica_id"),
            "schema": _schema(session),
            "scoped_to_operator": access_of(session) is not None,
        },
        "controller": {"name": controller, "to_fill": controller is None,
                       "holding_organisations": holders},
        "dpo": {"name": dpo, "to_fill": dpo is None},
        "purposes": copy.deepcopy(PURPOSES),
        "legal_bases": copy.deepcopy(LEGAL_BASES),
        "regional_law": {"regions": regions, "named_in_reference_data": laws,
                         "to_fill": not laws},
        "data_subjects": _data_subjects(session, counts),
        "data_categories": _data_categories(session, counts),
        "confidentiality_levels": _levels(session, cat, roles),
        "roles": roles,
        "accounts": account_summary,
        "organisations": organisations,
        "recipients": recipients,
        "transfers": TRANSFERS,
        "retention": {"period": None, "to_fill": True, "app_behaviour": list(RETENTION_BEHAVIOUR)},
        "security_measures": _measures(counts, account_summary, audit_check, cipher,
                                       sync_state, roles, _idle_minutes(meta)),
        "rights": copy.deepcopy(RIGHTS),
        "territory": _territory(session),
        "counts": counts,
        "patti_by_kind": _by_code(session, Patto.kind, cat, "patto_kind"),
        "limits": _limits(account_summary, access_of(session) is not None,
                          bool(meta.get(META_DEMO))),
    }


# ------------------------------------------------------------------ reading
def _count(session: Session, model, *where) -> int:
    query = select(func.count()).select_from(model)
    for condition in where:
        query = query.where(condition)
    return int(session.scalar(query) or 0)


def _meta(session: Session) -> dict[str, str]:
    return dict(session.execute(select(ReplicaMeta.key, ReplicaMeta.value)).all())


def _schema(session: Session) -> str | None:
    try:
        return session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None


def _by_code(session: Session, column, cat: Catalogues, catalogue: str) -> list[dict[str, Any]]:
    rows = session.execute(select(column, func.count()).group_by(column)).all()
    return [{"code": code, "label": cat.label(catalogue, code), "count": n}
            for code, n in sorted(rows, key=lambda r: (-r[1], str(r[0])))]


def _counts(session: Session) -> dict[str, int]:
    return {
        "people": _count(session, Person),
        "people_with_guardian": _count(session, Person, Person.guardian_name.is_not(None)),
        "people_with_privacy_notice": _count(session, Person,
                                             Person.privacy_notice_on.is_not(None)),
        "network_members": _count(session, NetworkMember),
        "case_episodes": _count(session, CaseEpisode),
        "case_episodes_open": _count(session, CaseEpisode, CaseEpisode.chiusura_on.is_(None)),
        "patti": _count(session, Patto),
        "diary_entries": _count(session, DiaryEntry),
        "documents": _count(session, Document),
        "assessments": _count(session, Assessment),
        "measures": _count(session, Measure),
        "budget_lines": _count(session, BudgetLine),
        "deadlines": _count(session, Deadline),
        "attivazioni": _count(session, Attivazione),
        "consents": _count(session, Consent),
        "consents_in_force": _count(session, Consent, Consent.withdrawn_on.is_(None)),
        "organisations": _count(session, Organisation),
        "operators": _count(session, Operator),
        "operators_active": _count(session, Operator, Operator.active.is_(True)),
        "territorial_units": _count(session, TerritorialUnit),
        "audit_events": _count(session, AuditEvent),
    }


def _level_counts(session: Session) -> dict[str, dict[str, int]]:
    """``{level: {"diary_entries": n, "documents": n, "assessments": n}}``."""
    found: dict[str, dict[str, int]] = {}
    for key, model in (("diary_entries", DiaryEntry), ("documents", Document),
                       ("assessments", Assessment)):
        rows = session.execute(select(model.confidentiality, func.count())
                               .group_by(model.confidentiality))
        for level, n in rows:
            found.setdefault(level or ORDINARY, {}).setdefault(key, 0)
            found[level or ORDINARY][key] += n
    return found


def _roles(session: Session, cat: Catalogues) -> list[dict[str, Any]]:
    holders = dict(session.execute(
        select(OperatorRole.role_id, func.count(func.distinct(OperatorRole.operator_id)))
        .group_by(OperatorRole.role_id)).all())
    out = []
    for role in session.scalars(select(Role).order_by(Role.name, Role.id)):
        permissions = [p for p in PERMISSIONS if p in (role.permissions or [])]
        levels = list(role.confidentiality or [])
        out.append({
            "code": role.code, "name": role.name, "description": role.description,
            "scope": role.scope, "scope_label": SCOPES.get(role.scope, role.scope),
            "permissions": permissions,
            "permission_labels": [PERMISSIONS[p] for p in permissions],
            "confidentiality": levels,
            "confidentiality_labels": [cat.label("confidentiality_level", c) for c in levels],
            "operators": int(holders.get(role.id, 0)),
        })
    return out


def _levels(session: Session, cat: Catalogues, roles: list[dict[str, Any]]
            ) -> list[dict[str, Any]]:
    counts = _level_counts(session)
    items = list(session.scalars(select(CatalogueItem)
                                 .where(CatalogueItem.catalogue == "confidentiality_level")
                                 .order_by(CatalogueItem.position, CatalogueItem.code)))
    known = [(i.code, i.label, (i.extra or {}).get("description")) for i in items]
    # A level used in the data but missing from the catalogue is listed too.
    known += [(code, code, None) for code in sorted(counts) if code not in {k[0] for k in known}]
    out = []
    for code, label, description in known:
        records = {k: counts.get(code, {}).get(k, 0)
                   for k in ("diary_entries", "documents", "assessments")}
        # ``core.access``: "ordinario" is open to every role that may read.
        readers = [r["name"] for r in roles if "read" in r["permissions"]
                   and (code == ORDINARY or code in r["confidentiality"])]
        out.append({"code": code, "label": label, "description": description,
                    "special_category": SPECIAL_LEVELS.get(code),
                    "records": records, "in_use": any(records.values()),
                    "readable_by": readers})
    return out


def _accounts(session: Session) -> dict[str, Any]:
    active = _count(session, Account, Account.disabled.is_(False))
    return {"active": active, "disabled": _count(session, Account, Account.disabled.is_(True)),
            "operators": _count(session, Operator),
            "in_force": active > 0}


def _organisations(session: Session, cat: Catalogues
                   ) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """Every organisation, the recipients of personal data, and the
    organisations holding cartelle (those of the people's case managers)."""
    orgs = list(session.execute(
        select(Organisation.id, Organisation.name, Organisation.kind,
               TerritorialUnit.name)
        .outerjoin(TerritorialUnit, TerritorialUnit.id == Organisation.territorial_unit_id)
        .order_by(Organisation.name, Organisation.id)))
    consents: dict[str, Counter] = {}
    in_force: set[tuple[str, str]] = set()
    for person_id, org_id, withdrawn in session.execute(
            select(Consent.person_id, Consent.organisation_id, Consent.withdrawn_on)):
        consents.setdefault(org_id, Counter())["withdrawn" if withdrawn else "in_force"] += 1
        if withdrawn is None:
            in_force.add((person_id, org_id))
    receiving: dict[str, set[str]] = {}
    for person_id, by_org in receiving_organisations(session).items():
        for org_id in by_org:
            receiving.setdefault(org_id, set()).add(person_id)
    operators = dict(session.execute(
        select(Operator.organisation_id, func.count()).group_by(Operator.organisation_id)).all())
    held = dict(session.execute(
        select(Operator.organisation_id, func.count(Person.id))
        .join(Person, Person.case_manager_id == Operator.id)
        .group_by(Operator.organisation_id)).all())

    def sector(kind: str) -> str:
        return cat.extra("organisation_kind", kind).get("sector", "altro")

    items, recipients, holders = [], [], []
    by_kind: Counter = Counter()
    for org_id, name, kind, unit in orgs:
        c = consents.get(org_id, Counter())
        people = receiving.get(org_id, set())
        row = {"name": name, "kind": kind, "kind_label": cat.label("organisation_kind", kind),
               "sector": sector(kind), "territory": unit,
               "consents_in_force": c["in_force"], "consents_withdrawn": c["withdrawn"],
               "people_receiving_data": len(people),
               "people_without_consent": sum((p, org_id) not in in_force for p in people),
               "operators": int(operators.get(org_id, 0)),
               "people_in_charge": int(held.get(org_id, 0))}
        items.append(row)
        by_kind[kind] += 1
        if c or people:
            recipients.append(row)
        if row["people_in_charge"]:
            holders.append({"name": name, "kind_label": row["kind_label"],
                            "people_in_charge": row["people_in_charge"]})
    holders.sort(key=lambda h: (-h["people_in_charge"], h["name"]))
    kinds = [{"kind": k, "label": cat.label("organisation_kind", k), "sector": sector(k),
              "sector_label": SECTORS.get(sector(k), sector(k)), "count": n}
             for k, n in sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0]))]
    sectors = Counter()
    for row in recipients:
        sectors[row["sector"]] += 1
    return ({"total": len(items), "by_kind": kinds, "items": items},
            {"sectors": [{"sector": s, "label": SECTORS.get(s, s), "count": n}
                         for s, n in sorted(sectors.items(), key=lambda kv: (-kv[1], kv[0]))],
             "items": recipients},
            holders)


def _territory(session: Session) -> dict[str, Any]:
    """The units in tree order, with the people whose home is in each unit or below."""
    units = {u.id: u for u in session.scalars(select(TerritorialUnit))}
    direct = dict(session.execute(
        select(Person.home_territorial_unit_id, func.count())
        .group_by(Person.home_territorial_unit_id)).all())
    children: dict[str | None, list[TerritorialUnit]] = {}
    for unit in units.values():
        parent = unit.parent_id if unit.parent_id in units else None
        children.setdefault(parent, []).append(unit)
    for siblings in children.values():
        siblings.sort(key=lambda u: (u.name, u.code))

    rows: list[dict[str, Any]] = []

    def walk(unit: TerritorialUnit, depth: int, seen: frozenset) -> int:
        row = {"code": unit.code, "kind": unit.kind,
               "kind_label": UNIT_KINDS.get(unit.kind, unit.kind), "name": unit.name,
               "depth": depth, "people": 0}
        rows.append(row)
        total = int(direct.get(unit.id, 0))
        for child in children.get(unit.id, []):
            if child.id not in seen:  # a loop in the data must not hang the report
                total += walk(child, depth + 1, seen | {child.id})
        row["people"] = total
        return total

    for root in children.get(None, []):
        walk(root, 0, frozenset({root.id}))
    return {"units": rows, "people_without_unit": int(direct.get(None, 0))}


def _regional_laws(session: Session) -> list[str]:
    """Regional laws the reference data names (catalogue labels and extras)."""
    found: dict[str, None] = {}
    for label, extra in session.execute(select(CatalogueItem.label, CatalogueItem.extra)):
        for textual in (label, json.dumps(extra or {}, ensure_ascii=False)):
            for match in _REGIONAL_LAW.finditer(textual or ""):
                found.setdefault(match.group(0).strip(" ,"), None)
    return sorted(found)


def _audit_check(session: Session) -> dict[str, Any]:
    """``tessere audit verify`` run now, in words for the register."""
    report = audit.verify(session)
    rows, computers = sum(report.chains.values()), len(report.chains)
    if not report.ok:
        explanation = "VERIFICA FALLITA alla generazione: " + report.explain()
    elif rows == 0:
        explanation = "attivo; nessuna riga ancora registrata in questo database"
    else:
        explanation = (f"verificato alla generazione: integro ({rows} "
                       f"{'riga' if rows == 1 else 'righe'} da {computers} "
                       f"{'computer' if computers == 1 else 'computer diversi'})")
    return {"whole": report.ok, "rows": rows, "computers": computers,
            "explanation": explanation}


def _cipher(session: Session) -> str | None:
    """The SQLCipher version serving this file, None when the file is not encrypted."""
    try:
        version = session.execute(text("PRAGMA cipher_version")).scalar()
    except DBAPIError:
        return None
    return str(version) if version else None


def _idle_minutes(meta: dict[str, str]) -> int:
    """This computer's auto-lock setting, as ``core.accounts.idle_lock_minutes`` reads it."""
    value = meta.get(accounts.IDLE_KEY)
    return int(value) if value and value.isdigit() else accounts.IDLE_LOCK_MINUTES


def _sync(session: Session, meta: dict[str, str]) -> dict[str, Any]:
    target = None
    if meta.get(META_TARGET):
        try:
            stored = json.loads(meta[META_TARGET])
        except ValueError:
            stored = {}
        kind = stored.get("kind")
        if kind == "webdav":
            target = {"kind": "webdav", "where": urlsplit(stored.get("url", "")).hostname or ""}
        elif kind == "folder":
            target = {"kind": "folder", "where": stored.get("folder", "")}
    return {"team": bool(meta.get(META_TEAM_ID)), "target": target,
            "peers": _count(session, SyncPeer)}


# ------------------------------------------------------------------ describing
def _data_subjects(session: Session, counts: dict[str, int]) -> list[dict[str, Any]]:
    return [
        {"code": "persone_in_carico", "title": "Persone in carico",
         "description": "Persone seguite dai servizi sociali e sociosanitari del territorio, "
                        "anche minori e persone con amministratore di sostegno o tutore.",
         "count": counts["people"]},
        {"code": "familiari_rete", "title": "Familiari e rete",
         "description": "Familiari, conviventi, co-utenti, vicini e altri supporti informali "
                        "della persona; tutori e amministratori di sostegno.",
         "count": counts["network_members"] + counts["people_with_guardian"]},
        {"code": "operatori", "title": "Operatori",
         "description": "Operatori degli enti pubblici e del terzo settore: profilo, account, "
                        "ruoli, distretti assegnati e azioni nel registro degli accessi.",
         "count": counts["operators"]},
    ]


def _data_categories(session: Session, counts: dict[str, int]) -> list[dict[str, Any]]:
    level = _level_counts(session)

    def at(code: str) -> int:
        return sum(level.get(code, {}).values())

    def docs(kind: str) -> int:
        return _count(session, Document, Document.doc_type == kind)

    def origin(*codes: str) -> int:
        return _count(session, CaseEpisode, CaseEpisode.origin.in_(codes))

    def evidence(*pairs: tuple[str, int]) -> list[dict[str, Any]]:
        return [{"what": what, "count": n} for what, n in pairs]

    return [
        {"code": "anagrafica", "title": "Dati anagrafici e di contatto", "special": None,
         "description": "Nome, sesso, data e luogo di nascita, codice fiscale, cittadinanza, "
                        "residenza e domicilio, telefono, email, lingue.",
         "evidence": evidence(("persone", counts["people"]))},
        {"code": "tutela", "title": "Tutela giuridica", "special": None,
         "description": "Amministratore di sostegno, tutore o curatore e suoi recapiti.",
         "evidence": evidence(("persone con tutela", counts["people_with_guardian"]))},
        {"code": "rete", "title": "Rete familiare e sociale", "special": None,
         "description": "Familiari, co-utenti e supporti informali con ruolo (risorsa, "
                        "rischio, conflitto) e contatto.",
         "evidence": evidence(("membri della rete", counts["network_members"]))},
        {"code": "percorso", "title": "Percorso nei servizi", "special": None,
         "description": "Prese in carico con origine e fasi, patti con obiettivi, sostegni, "
                        "impegni e verifiche, attivazioni delle risorse, scadenze.",
         "evidence": evidence(("prese in carico", counts["case_episodes"]),
                              ("patti", counts["patti"]),
                              ("attivazioni", counts["attivazioni"]),
                              ("scadenze", counts["deadlines"]))},
        {"code": "sanitari", "title": "Dati relativi alla salute", "special": "art. 9",
         "description": "Salute mentale, disabilità, certificazioni, progetti terapeutico-"
                        "riabilitativi (PTRI), informazioni di livello «sanitario».",
         "evidence": evidence(("registrazioni di livello «sanitario»", at("sanitario")),
                              ("patti PTRI", _count(session, Patto, Patto.kind == "ptri_bds")),
                              ("certificazioni allegate", docs("certificazione")),
                              ("prese in carico da CSM o NPIA", origin("csm", "npia")))},
        {"code": "dipendenze", "title": "Dipendenze", "special": "art. 9",
         "description": "Percorsi per le dipendenze (SerD), informazioni di livello "
                        "«dipendenze».",
         "evidence": evidence(("registrazioni di livello «dipendenze»", at("dipendenze")),
                              ("prese in carico dal SerD", origin("serdp")))},
        {"code": "sensibili", "title": "Situazioni delicate", "special": "art. 9",
         "description": "Violenza, tutela dei minori e altre informazioni di livello "
                        "«sensibile», visibili solo ai ruoli autorizzati.",
         "evidence": evidence(("registrazioni di livello «sensibile»", at("sensibile")))},
        {"code": "giudiziari", "title": "Dati giudiziari", "special": "art. 10",
         "description": "Provvedimenti dell'autorità giudiziaria, tutela, misure penali, "
                        "scadenze del tribunale.",
         "evidence": evidence(("registrazioni di livello «giudiziario»", at("giudiziario")),
                              ("decreti allegati", docs("decreto")),
                              ("scadenze del tribunale",
                               _count(session, Deadline, Deadline.kind == "scadenza_tribunale")),
                              ("prese in carico su segnalazione dell'autorità giudiziaria",
                               origin("autorita_giudiziaria")))},
        {"code": "economici", "title": "Situazione economica", "special": None,
         "description": "Misure di sostegno al reddito e loro importi, ISEE, budget dei patti "
                        "per fonte di finanziamento.",
         "evidence": evidence(("misure", counts["measures"]), ("attestazioni ISEE", docs("isee")),
                              ("voci di budget", counts["budget_lines"]))},
        {"code": "valutazioni", "title": "Valutazioni e condizioni di vita", "special": None,
         "description": "Schede di valutazione (Scheda Patti, carichi abitativi, socialità, "
                        "qualità della vita): abitare, lavoro, relazioni.",
         "evidence": evidence(("valutazioni", counts["assessments"]))},
        {"code": "diario", "title": "Annotazioni professionali", "special": None,
         "description": "Voci di diario (colloqui, visite domiciliari, telefonate, riunioni): "
                        "possono contenere dati di ogni categoria, secondo il loro livello di "
                        "riservatezza.",
         "evidence": evidence(("voci di diario", counts["diary_entries"]))},
        {"code": "documenti", "title": "Documenti allegati", "special": None,
         "description": "Patti firmati, documenti d'identità, permessi di soggiorno, "
                        "certificazioni, relazioni, conservati dentro il database cifrato.",
         "evidence": evidence(("documenti", counts["documents"]),
                              ("documenti d'identità", docs("documento_identita")),
                              ("permessi di soggiorno", docs("permesso_soggiorno")))},
        {"code": "consensi", "title": "Consensi e informativa", "special": None,
         "description": "Data dell'informativa e del consenso, consensi alla condivisione "
                        "con ciascun ente e loro revoche.",
         "evidence": evidence(("consensi alla condivisione", counts["consents"]),
                              ("persone con informativa",
                               counts["people_with_privacy_notice"]))},
        {"code": "operatori", "title": "Dati degli operatori", "special": None,
         "description": "Nome, ruolo, ente, recapiti, account (nome utente e impronta argon2id "
                        "della password), azioni registrate nel registro degli accessi.",
         "evidence": evidence(("operatori", counts["operators"]),
                              ("righe del registro degli accessi", counts["audit_events"]))},
    ]


def _minutes(delta: dt.timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds < 120:
        return f"{seconds} secondi"
    if seconds < 7200:
        return f"{seconds // 60} minuti"
    return f"{seconds // 3600} ore"


def _measures(counts: dict[str, int], account_summary: dict[str, Any],
              audit_check: dict[str, Any], cipher: str | None, sync_state: dict[str, Any],
              roles: list[dict[str, Any]], idle_minutes: int) -> list[dict[str, Any]]:
    hasher = accounts.HASHER
    kdf = backup.KDF
    target = sync_state["target"]
    if target is None:
        sync_status = "sincronizzazione non configurata in questo database"
    elif target["kind"] == "webdav":
        sync_status = f"attiva verso il server WebDAV {target['where']}"
    else:
        sync_status = f"attiva verso la cartella {target['where']}"
    if account_summary["in_force"]:
        account_status = f"attiva: {account_summary['active']} account"
    else:
        account_status = ("NON ANCORA IN USO: nessun account in questo database (vedi "
                          "«Limiti noti»)")
    if not account_summary["in_force"]:
        idle_status = "si attiva con gli account: nessun account in questo database"
    elif idle_minutes:
        idle_status = f"dopo {idle_minutes} minuti di inattività (impostazione di questo computer)"
    else:
        idle_status = "DISATTIVATO su questo computer (File › Blocco automatico)"
    return [
        {"code": "cifratura_database", "title": "Cifratura del database",
         "description": "Il file del database è cifrato con SQLCipher (AES-256, autenticazione "
                        "HMAC di ogni pagina). La chiave è casuale a 256 bit e custodita nel "
                        "portachiavi del sistema operativo; dove non c'è un portachiavi si usa "
                        "una passphrase. Niente file temporanei in chiaro; file leggibili solo "
                        "dal proprietario; gli allegati restano dentro il database.",
         "sources": ["desktop/core/store.py", "desktop/core/keys.py"],
         "status": (f"attiva (SQLCipher {cipher})" if cipher
                    else "NON VERIFICATA: il database non risponde come file SQLCipher")},
        {"code": "sincronizzazione_cifrata", "title": "Sincronizzazione cifrata",
         "description": f"I pacchetti scambiati tra i computer della squadra sono compressi e "
                        f"cifrati con AES-256-GCM sotto la chiave della squadra "
                        f"({sync_crypto.KEY_BYTES * 8} bit, nel portachiavi o nel database "
                        f"cifrato); l'intestazione è autenticata, una cartella di un'altra "
                        f"squadra è rifiutata.",
         "sources": ["desktop/sync/crypto.py", "desktop/sync/team.py", "desktop/sync/root.py"],
         "status": sync_status},
        {"code": "account_password", "title": "Account personali e password",
         "description": f"Gli operatori accedono con un account personale; le password sono "
                        f"conservate come impronte argon2id ({hasher.memory_cost // 1024} MiB, "
                        f"{hasher.time_cost} passaggi), di almeno {accounts.MIN_PASSWORD} "
                        f"caratteri. Dopo {accounts.FREE_ATTEMPTS} password sbagliate l'accesso "
                        f"si blocca su quel computer, da {_minutes(accounts.FIRST_LOCK)} fino a "
                        f"{_minutes(accounts.LONGEST_LOCK)}, raddoppiando a ogni errore. Gli "
                        f"account si disattivano, non si cancellano.",
         "sources": ["desktop/core/accounts.py"],
         "status": account_status},
        {"code": "blocco_automatico", "title": "Blocco automatico della sessione",
         "description": f"Con un operatore collegato, la finestra si blocca dopo un periodo di "
                        f"inattività ({accounts.IDLE_LOCK_MINUTES} minuti se non cambiato, da "
                        f"File › Blocco automatico) o subito con «Blocca ora» (Ctrl+L): il "
                        f"contenuto si nasconde e si riprende con la password dell'operatore, "
                        f"senza perdere ciò che era aperto.",
         "sources": ["desktop/ui/idle_lock.py", "desktop/core/accounts.py"],
         "status": idle_status},
        {"code": "ruoli_ambito", "title": "Ruoli, livelli di riservatezza e ambito territoriale",
         "description": "Ogni ruolo concede permessi, livelli di riservatezza leggibili e un "
                        "ambito (distretti assegnati, tutto l'ambito, solo le persone dei patti "
                        "della propria organizzazione). Il controllo avviene nel nucleo "
                        "dell'applicazione: i record non consentiti non vengono letti dal "
                        "database, per finestra, stampe, esportazioni e riga di comando.",
         "sources": ["desktop/core/access.py", "desktop/core/model/access.py"],
         "status": (f"{len(roles)} ruoli definiti" + ("" if account_summary["in_force"]
                                                       else "; applicati solo con gli account"))},
        {"code": "registro_accessi", "title": "Registro degli accessi",
         "description": "Ogni lettura, stampa ed esportazione di una cartella e ogni modifica "
                        "sono registrate (chi, quando, cosa, per quale persona). Le righe non "
                        "si possono modificare né cancellare e sono concatenate da impronte "
                        "SHA-256 per computer: «tessere audit verify» trova una riga tolta o "
                        "alterata.",
         "sources": ["desktop/core/audit.py", "desktop/cli/audit.py"],
         "status": audit_check["explanation"]},
        {"code": "backup_cifrati", "title": "Backup cifrati",
         "description": f"«tessere backup crea» e il menu File producono una copia coerente "
                        f"del database cifrata con AES-256-GCM; la chiave deriva dalla "
                        f"passphrase del backup con argon2id ({kdf['memory_kib'] // 1024} MiB) "
                        f"e HKDF; un file alterato, troncato o riordinato non si ripristina.",
         "sources": ["desktop/core/backup.py", "desktop/cli/backup.py"],
         "status": "disponibile"},
        {"code": "stampe_esportazioni", "title": "Stampe ed esportazioni",
         "description": "I file scelti dall'utente sono scritti in modo atomico e leggibili "
                        "solo dal proprietario; il riepilogo stampato della cartella omette le "
                        "voci riservate salvo richiesta esplicita; ogni stampa ed esportazione "
                        "di una cartella è nel registro degli accessi.",
         "sources": ["desktop/core/files.py", "desktop/pdf/cartella.py",
                     "desktop/core/cartella/export.py"],
         "status": "attiva"},
    ]


def _limits(account_summary: dict[str, Any], scoped: bool, demo: bool) -> list[str]:
    """What the code or this database does not do yet, for the DPO to weigh.
    Keep in step with the code: drop a line when the gap is closed."""
    out = []
    if demo:
        out.append("Questo è un database dimostrativo con dati inventati: il registro serve "
                   "solo a provare il documento.")
    if scoped:
        out.append("Il registro è stato generato da un operatore collegato: i conteggi "
                   "comprendono solo le persone che il suo ruolo gli permette di vedere.")
    if not account_summary["in_force"]:
        out.append("In questo database non è ancora stato creato alcun account: finché manca "
                   "il primo amministratore, chi possiede la chiave o la passphrase del "
                   "database vede tutti i dati, senza limiti di ruolo o di distretto.")
    out.append("Ruoli e distretti valgono dentro Tessere: chi dispone della chiave o della "
               "passphrase del database (per la chiave, chi accede all'utente del sistema "
               "operativo che la custodisce) può leggere il file con altri strumenti. "
               "Custodire la passphrase e l'accesso ai computer.")
    out.append("Tessere non ha ancora una funzione per cancellare per intero la cartella di "
               "una persona: le richieste di cancellazione vanno gestite dal titolare.")
    return out

