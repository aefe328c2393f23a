"""``tessere risorse elenco|mostra|verifica|ente|servizio|soglia``: the directory
from the command line, with the same rules as the Risorse page.

    tessere risorse elenco [--asse lavoro] [--comune Cremona] [--da-verificare] [--json]
    tessere risorse mostra ID [--json]
    tessere risorse verifica ID [--ente]          (confermato oggi)
    tessere risorse ente --nome … --tipo cooperativa_b [--codice-fiscale … --comune …]
    tessere risorse servizio --nome … --ente … --asse … [--comune … --indirizzo …
                             --capienza 6 --telefono …] [--id ID per modificare]
    tessere risorse soglia [MESI]                 (dopo quanti mesi una voce è da verificare)
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import open_store, print_table
from desktop.core import formats
from desktop.core.catalogues import Catalogues
from desktop.core.risorse import editing, freshness, ricerca
from desktop.core.risorse.editing import ContactValues, LocationValues
from desktop.core.search import match_choice

STATUS_WORDS = {"attivo": "active", "non-attivo": "inactive", "ritirato": "inactive"}


def register_actions(actions: argparse._SubParsersAction) -> None:
    """Adds this module's actions to ``tessere risorse``."""
    listing = actions.add_parser("elenco", help="i servizi della mappa, con i filtri")
    listing.add_argument("--testo", help="cerca nel nome, nell'ente o nella descrizione")
    listing.add_argument("--asse", help="asse (abitare, lavoro, socialità, trasversale)")
    listing.add_argument("--comune", help="solo i servizi con una sede in questo comune")
    listing.add_argument("--da-verificare", action="store_true",
                         help="solo i servizi non verificati da oltre la soglia")
    listing.add_argument("--ritirati", action="store_true", help="anche i servizi non attivi")
    listing.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(listing)
    listing.set_defaults(run=run_elenco)

    show = actions.add_parser("mostra", help="la scheda di un servizio")
    show.add_argument("id", metavar="ID", help="id del servizio")
    show.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(show)
    show.set_defaults(run=run_mostra)

    verify = actions.add_parser("verifica", help="«confermato oggi»: la voce è stata controllata")
    verify.add_argument("id", metavar="ID", help="id del servizio (o dell'ente, con --ente)")
    verify.add_argument("--ente", action="store_true", help="l'id è di un ente")
    add_db_argument(verify)
    verify.set_defaults(run=run_verifica)

    ente = actions.add_parser("ente", help="aggiungi un ente che offre servizi, o modificalo "
                                           "con --id")
    ente.add_argument("--id", help="l'ente da modificare (senza: uno nuovo)")
    ente.add_argument("--nome", help="nome dell'ente")
    ente.add_argument("--tipo", help="tipo di ente (codice o nome: cooperativa sociale di "
                                     "tipo B, comune, associazione…)")
    ente.add_argument("--codice-fiscale", help="codice fiscale o partita IVA")
    ente.add_argument("--email", help="email dell'ente")
    ente.add_argument("--sito", help="sito web")
    ente.add_argument("--comune", help="comune della sede legale")
    add_db_argument(ente)
    ente.set_defaults(run=run_ente)

    edit = actions.add_parser("servizio", help="aggiungi un servizio, o modificalo con --id")
    edit.add_argument("--id", help="il servizio da modificare (senza: uno nuovo)")
    edit.add_argument("--nome", help="nome del servizio")
    edit.add_argument("--ente", help="id o nome dell'ente che lo offre")
    edit.add_argument("--asse", help="asse (abitare, lavoro, socialità, trasversale)")
    edit.add_argument("--descrizione", help="descrizione")
    edit.add_argument("--stato", choices=sorted(STATUS_WORDS), help="attivo o non-attivo")
    edit.add_argument("--destinatari", help="destinatari, separati da virgole (codici o nomi)")
    edit.add_argument("--lingue", help="lingue, codici di due lettere separati da virgole (it,en)")
    edit.add_argument("--eta-min", help="età minima")
    edit.add_argument("--eta-max", help="età massima")
    edit.add_argument("--costo", help="costo in euro (es. 1.234,56)")
    edit.add_argument("--capienza", help="posti offerti (vuoto: nessun numero)")
    edit.add_argument("--comune", help="comune della sede (la prima, o una nuova)")
    edit.add_argument("--indirizzo", help="indirizzo della sede")
    edit.add_argument("--cap", help="CAP della sede")
    edit.add_argument("--telefono", help="telefono del referente")
    edit.add_argument("--referente", help="nome del referente (predefinito: Segreteria)")
    edit.add_argument("--email", help="email del servizio")
    add_db_argument(edit)
    edit.set_defaults(run=run_servizio)

    threshold = actions.add_parser("soglia", help="dopo quanti mesi senza verifica una voce è "
                                                  "«da verificare» (senza MESI: la mostra)")
    threshold.add_argument("mesi", metavar="MESI", type=int, nargs="?", help="da 1 a 120")
    add_db_argument(threshold)
    threshold.set_defaults(run=run_soglia)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def run_elenco(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        with store.read() as s:
            axis = match_choice(editing.service_axes(s), args.asse,
                                "gli assi") if args.asse else None
            comune_id = None
            if args.comune:
                place = editing.comuni_index(s).resolve(args.comune, "i comuni", "comune")
                comune_id = place.id if place else None
            rows = ricerca.find_services(s, text=args.testo, axis=axis, comune_id=comune_id,
                                         stale_only=args.da_verificare,
                                         include_inactive=args.ritirati, limit=100_000)
            axes = dict(editing.service_axes(s))
    if args.json:
        print(_json([dataclasses.asdict(r) for r in rows]))
    elif not rows:
        print("Nessun servizio corrisponde ai filtri.")
    else:
        print_table(("Servizio", "Ente", "Asse", "Comuni", "Posti", "Verifica", "Id"), [
            (r.name + ("" if r.active else " (non attivo)"), r.organisation,
             axes.get(r.axis, r.axis), r.comuni or "—",
             "—" if r.available_places is None else f"{r.available_places}/{r.capacity}",
             "da verificare" if r.stale else formats.day(r.last_verified_on), r.id)
            for r in rows])
    return EXIT_DONE


def run_mostra(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        with store.read() as s:
            values, verified = editing.service_values(s, args.id)
            names = Catalogues(s, editing.CATALOGUES)
            choices = editing.editor_choices(s)
            org = dict(choices.organisations).get(values.organisation_id)
            comuni = editing.comuni_index(s)
    if args.json:
        print(_json({**dataclasses.asdict(values), "ente": org,
                     "verificato_il": verified.last_verified_on,
                     "verificato_da": verified.verified_by}))
        return EXIT_DONE

    def listed(catalogue: str, codes: list[str]) -> str:
        return ", ".join(names.label(catalogue, c) for c in codes) or "—"

    lines = [
        ("Servizio", values.name), ("Ente", org), ("Asse", dict(choices.catalogues["axis"]).get(values.axis, values.axis)),
        ("Stato", dict(editing.STATUSES)[values.status]),
        ("Tipologia", listed("resource_taxonomy", values.taxonomy)),
        ("Destinatari", listed("target_group", values.target_groups)),
        ("Condizioni di accesso", listed("access_condition", values.access_conditions)),
        ("Età", _ages(values.minimum_age, values.maximum_age)),
        ("Lingue", ", ".join(values.languages) or "—"),
        ("Costo", f"{values.cost} €" if values.cost else "—"),
        ("Capienza", values.capacity if values.capacity is not None else "—"),
        ("Ultima verifica", f"{formats.day(verified.last_verified_on) or 'mai'}"
                            + (f" ({verified.verified_by})" if verified.verified_by else "")),
    ]
    for loc in values.locations:
        place = comuni.by_id(loc.comune_id)
        hours = "; ".join(f"{','.join(h.days)} {h.opens_at}–{h.closes_at}" for h in loc.schedules)
        lines.append(("Sede", f"{loc.name}, {loc.address or ''} {place.label if place else ''}"
                              + (f" — {hours}" if hours else "")))
    for contact in values.contacts:
        lines.append(("Contatto", " · ".join(v for v in (contact.name, contact.title,
                                                          contact.phone, contact.email) if v)))
    for label, value in lines:
        print(f"{label}: {value}")
    return EXIT_DONE


def _ages(low, high) -> str:
    if low is None and high is None:
        return "nessun limite"
    if high is None:
        return f"da {low} anni"
    return f"fino a {high} anni" if low is None else f"da {low} a {high} anni"


def run_verifica(args: argparse.Namespace) -> int:
    kind = "organisation" if args.ente else "service"
    with open_store(args) as store:
        with store.session() as s:
            freshness.confirm_verified(s, kind, args.id, store.operator_id, dt.date.today())
    print(f"{'Ente' if args.ente else 'Servizio'} confermato oggi.")
    return EXIT_DONE


def _csv(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def run_ente(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        with store.session() as s:
            choices = editing.editor_choices(s)
            values = (editing.organisation_values(s, args.id)[0] if args.id
                      else editing.OrganisationValues())
            if args.nome is not None:
                values.name = args.nome
            if args.tipo:
                values.kind = match_choice(choices.catalogues["organisation_kind"], args.tipo,
                                           "i tipi di ente")
            for name, attr in (("codice_fiscale", "tax_code"), ("email", "email"),
                               ("sito", "website")):
                if getattr(args, name) is not None:
                    setattr(values, attr, getattr(args, name))
            if args.comune:
                found = choices.comuni.resolve(args.comune, "i comuni", "comune")
                values.comune_id = found.id if found else None
            organisation_id = editing.save_organisation(s, values, operator_id=store.operator_id)
    print(f"Ente {'modificato' if args.id else 'aggiunto'}: {organisation_id} "
          "(vale anche come verifica di oggi).")
    return EXIT_DONE


def run_servizio(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        with store.session() as s:
            choices = editing.editor_choices(s)
            if args.id:
                values, _ = editing.service_values(s, args.id)
            else:
                values = editing.ServiceValues()
            if args.nome is not None:
                values.name = args.nome
            if args.ente:
                values.organisation_id = match_choice(choices.organisations, args.ente, "gli enti")
            if args.asse:
                values.axis = match_choice(choices.catalogues["axis"], args.asse, "gli assi")
            if args.descrizione is not None:
                values.description = args.descrizione
            if args.stato:
                values.status = STATUS_WORDS[args.stato]
            if args.destinatari is not None:
                values.target_groups = [match_choice(choices.catalogues["target_group"], t,
                                                     "i destinatari")
                                        for t in _csv(args.destinatari)]
            if args.lingue is not None:
                values.languages = _csv(args.lingue)
            for name, attr in (("eta_min", "minimum_age"), ("eta_max", "maximum_age"),
                               ("costo", "cost"), ("capienza", "capacity"), ("email", "email")):
                if getattr(args, name) is not None:
                    setattr(values, attr, getattr(args, name))
            if args.comune or args.indirizzo or args.cap:
                if not values.locations:
                    values.locations.append(LocationValues())
                place = values.locations[0]
                if args.comune:
                    found = choices.comuni.resolve(args.comune, "i comuni", "comune")
                    place.comune_id = found.id if found else None
                place.address = args.indirizzo if args.indirizzo is not None else place.address
                place.postal_code = args.cap if args.cap is not None else place.postal_code
            if args.telefono or args.referente:
                if not values.contacts:
                    values.contacts.append(ContactValues(name="Segreteria"))
                contact = values.contacts[0]
                contact.name = args.referente or contact.name
                contact.phone = args.telefono or contact.phone
            service_id = editing.save_service(s, values, operator_id=store.operator_id)
    print(f"Servizio {'modificato' if args.id else 'aggiunto'}: {service_id} "
          "(vale anche come verifica di oggi).")
    return EXIT_DONE


def run_soglia(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.mesi is None:
            with store.read() as s:
                months = freshness.stale_after_months(s)
            print(f"Una voce è da verificare dopo {months} mesi senza verifica.")
            return EXIT_DONE
        with store.session() as s:
            freshness.set_stale_after_months(s, args.mesi)
    print(f"Da ora una voce è da verificare dopo {args.mesi} mesi senza verifica "
          "(vale per questo computer).")
    return EXIT_DONE
