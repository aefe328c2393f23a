"""``tessere modelli``: the assessment templates, seeded and the team's.

    tessere modelli elenco [--json]
    tessere modelli esporta CODICE [--file modello.json]
    tessere modelli importa modello.json

A template leaves and enters as JSON in the seed files' format (code, name,
version, description, sections with their questions). Importing checks it
with the same rules as the app's editor; an existing code gets a new version,
so past assessments keep their wording.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli.arguments import EXIT_DONE, add_db_argument
from desktop.cli.common import open_store, print_table
from desktop.core.cartella import templates
from desktop.core.errors import ValidationError
from desktop.core.files import write_atomically


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("modelli", help="i modelli di valutazione (elenco, esporta, importa)")
    actions = parser.add_subparsers(dest="modelli_action", metavar="AZIONE", required=True)

    listing = actions.add_parser("elenco", help="i modelli utilizzabili per nuove valutazioni")
    listing.add_argument("--json", action="store_true", help="in JSON, per gli script")
    add_db_argument(listing)

    export = actions.add_parser("esporta", help="un modello in JSON (l'ultima versione)")
    export.add_argument("code", metavar="CODICE", help="codice del modello (da «modelli elenco»)")
    export.add_argument("--file", help="file da scrivere (predefinito: a schermo)")
    add_db_argument(export)

    imp = actions.add_parser("importa", help="un modello da un file JSON, controllato")
    imp.add_argument("file", metavar="FILE", help="il file JSON del modello")
    add_db_argument(imp)
    parser.set_defaults(run=run)


MAX_TEMPLATE_BYTES = 1_000_000  # a template is a few kilobytes; more is not one


def _read(path: str) -> dict:
    file = Path(path).expanduser()
    try:
        if file.stat().st_size > MAX_TEMPLATE_BYTES:
            raise ValidationError(f"Il file «{path}» è troppo grande per essere un modello "
                                  "di valutazione (più di 1 MB).")
        return json.loads(file.read_text(encoding="utf-8-sig"))  # a BOM from Windows is fine
    except FileNotFoundError:
        raise ValidationError(f"Il file «{path}» non esiste.") from None
    except (IsADirectoryError, PermissionError):
        raise ValidationError(f"«{path}» non si può leggere come file.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"Il file «{path}» non è un JSON valido ({exc}).") from None


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.modelli_action == "elenco":
            with store.read() as s:
                rows = templates.usable_templates(s)
            if args.json:
                print(json.dumps([{"code": t.code, "version": t.version, "name": t.name,
                                   "team": t.team} for t in rows], ensure_ascii=False, indent=2))
            else:
                print_table(("Codice", "Versione", "Nome", "Origine"),
                            [(t.code, t.version, t.name, "équipe" if t.team else "Tessere")
                             for t in rows])
        elif args.modelli_action == "esporta":
            with store.read() as s:
                text = json.dumps(templates.export_definition(s, args.code), ensure_ascii=False,
                                  indent=2) + "\n"
            if args.file:
                path = write_atomically(text.encode("utf-8"), args.file, what="il modello")
                print(f"Modello «{args.code}» scritto in {path}.")
            else:
                print(text, end="")
        else:
            data = _read(args.file)
            with store.session() as s:
                info = templates.import_definition(s, data, author_id=store.operator_id)
            print(f"Modello «{info.name}» importato: codice {info.code}, "
                  f"versione {info.version}.")
    return EXIT_DONE
