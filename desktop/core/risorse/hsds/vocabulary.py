"""How Tessere's own fields travel in HSDS: as attributes against taxonomies Tessere
publishes in the same package (taxonomies.csv, taxonomy_terms.csv).

Why attributes and not extra columns: docs/hsds/extending.md allows extra
properties, but a reader that does not know them drops them silently, and a CSV
with extra columns no longer matches the standard's datapackage.json. Attributes
are the standard's own way to classify a row against a named taxonomy: any HSDS
tool keeps and shows them, and each term carries its Italian name and meaning.

Coded fields (axis, target groups, access conditions, scale, sharing level, the
organisation's kind, the resource taxonomy) are one attribute per code, against
a taxonomy named after the Tessere catalogue. Values (places offered, formal or
not, hosts prepared, accessible, distance from the hub, the comune's codice
catastale, the ambito's code, the organisation's verification date) are one
attribute with ``value`` against a term of the «Tessere: campi» taxonomy.

Ids Tessere does not keep (phones, addresses, attributes, taxonomy terms) are
uuid5 of the owner's id and the kind, so a re-export writes the same ids.
"""
from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("31500e9e-0c06-4dfd-894f-ae9170c94423")
PREFIX = "tessere:"

# Catalogues published as taxonomies: catalogue -> (Italian name, what it classifies)
CODED = {
    "resource_taxonomy": ("Tessere: tassonomia delle risorse", "service"),
    "axis": ("Tessere: asse di intervento", "service"),
    "target_group": ("Tessere: destinatari", "service"),
    "access_condition": ("Tessere: condizioni di accesso", "service"),
    "resource_scale": ("Tessere: scala territoriale", "service"),
    "sharing_level": ("Tessere: livello di condivisione", "service"),
    "organisation_kind": ("Tessere: tipo di organizzazione", "organization"),
}
# Not a seeded catalogue: the three levels the service model names.
SHARING_LEVELS = (("pubblico", "Pubblica: chiunque la può vedere"),
                  ("rete", "Solo la rete dei servizi"),
                  ("riservato", "Riservata agli operatori che la gestiscono"))
# Codes the model allows beyond the seeded catalogue: catalogue -> [(code, label)].
EXTRA_CODES = {"axis": (("trasversale", "Trasversale a più assi"),)}

FIELDS_TAXONOMY = "campi"
# Value attributes: code -> (entity, Tessere column, Italian name, meaning)
FIELDS = {
    "posti": ("service", "capacity", "Posti offerti",
              "Posti che il servizio offre alla rete (numero intero)."),
    "formale": ("service", "formal", "Risorsa formale",
                "true se è un servizio formale, false se è una risorsa informale."),
    "ospiti_preparati": ("service", "hosts_prepared", "Accoglienza preparata",
                         "true se chi accoglie è preparato a ricevere le persone inviate."),
    "accessibile": ("location", "accessible", "Sede accessibile",
                    "true se la sede è accessibile a chi ha difficoltà motorie."),
    "distanza_km": ("location", "distance_from_hub_km", "Distanza dal centro (km)",
                    "Chilometri dal centro di riferimento del distretto."),
    "codice_catastale": ("location", "comune_id", "Comune (codice catastale)",
                         "Codice catastale (Belfiore) del comune della sede."),
    "indirizzo": ("location", "address", "Indirizzo della sede",
                  "Via e numero civico, quando manca il CAP che un indirizzo HSDS richiede."),
    "comune_ente": ("organization", "comune_id", "Comune dell'organizzazione",
                    "Codice catastale (Belfiore) del comune in cui ha sede l'organizzazione."),
    "ambito": ("organization", "territorial_unit_id", "Ambito territoriale",
               "Codice dell'unità territoriale (distretto, ambito) dell'organizzazione."),
    "verificata_il": ("organization", "last_verified_on", "Verificata il",
                      "Data (AAAA-MM-GG) dell'ultima verifica dei dati dell'organizzazione."),
}


def derived_id(owner: str, kind: str) -> str:
    """The same id every time for what Tessere stores without one."""
    return str(uuid.uuid5(NAMESPACE, f"{owner}:{kind}"))


def taxonomy_id(catalogue: str) -> str:
    return derived_id("taxonomy", catalogue)


def term_id(catalogue: str, code: str) -> str:
    return derived_id("term", f"{catalogue}:{code}")


def taxonomy_name(catalogue: str) -> str:
    return PREFIX + catalogue


def catalogue_of(taxonomy: str | None) -> str | None:
    """The Tessere catalogue a taxonomy name stands for, None for a foreign one."""
    if taxonomy and taxonomy.startswith(PREFIX):
        name = taxonomy[len(PREFIX):]
        if name in CODED or name == FIELDS_TAXONOMY:
            return name
    return None
