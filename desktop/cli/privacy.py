"""``tessere privacy registro``: the record of processing activities (art. 30 GDPR)
of this database, for the data protection officer. ``tessere privacy cancella``,
``limita`` and ``revoca-limitazione``: a person's erasure (art. 17), restriction
of processing (art. 18) and its end, through ``desktop.core.erasure``.

    tessere privacy registro --pdf registro.pdf --json registro.json \\
        --titolare "Comune di Castelverde, piazza Roma 1" --dpo "Studio Rossi, dpo@example.it"
    tessere privacy registro                  # the JSON on standard output, for scripts
    tessere privacy cancella ID|CF --motivo "richiesta dell'interessato del 3/12/2026"
    tessere privacy limita ID|CF --motivo "richiesta di limitazione, patto firmato"
    tessere privacy revoca-limitazione ID|CF --motivo "verifica conclusa, interessato informato"

An erasure refused because the law keeps the records says why and how to
restrict instead (exit code 1). After an erasure the database file is compacted
at once, so it keeps no freed page of the person; the next sync cleans this
computer's folder of the sync root and the other laptops as they sync.

The register is built in memory, then each file is written atomically. Both
destinations are checked before anything is written, and if the second file
cannot be written the first one, new, is taken back: a failed run leaves
nothing behind.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from desktop.cli.arguments import EXIT_DONE, EXIT_USER_MUST_ACT, add_db_argument
from desktop.cli.common import open_store
from desktop.core import erasure
from desktop.core.accounts import has_accounts
from desktop.core.anagrafica import person_by_ref
from desktop.core.errors import ValidationError
from desktop.core.files import FileWriteError, write_atomically
from desktop.pdf.registro import processing_register_pdf
from desktop.reports.registro import processing_register


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("privacy", help="documenti per la protezione dei dati (GDPR)")
    actions = parser.add_subparsers(dest="privacy_action", metavar="AZIONE", required=True)
    reg = actions.add_parser(
        "registro", help="il registro delle attività di trattamento (art. 30 GDPR) in PDF e JSON",
        description="Il registro delle attività di trattamento di questo database (art. 30 "
                    "GDPR), letto dai dati e dal programma. Senza --pdf né --json il registro "
                    "in JSON va sullo standard output.")
    reg.add_argument("--pdf", type=Path, metavar="FILE", help="scrivi il registro in PDF")
    reg.add_argument("--json", type=Path, metavar="FILE", help="scrivi il registro in JSON")
    reg.add_argument("--titolare", metavar="TESTO",
                     help="titolare del trattamento (denominazione, sede, contatti); "
                          "altrimenti resta da compilare")
    reg.add_argument("--dpo", metavar="TESTO",
                     help="responsabile della protezione dei dati e contatti; "
                          "altrimenti resta da compilare")
    add_db_argument(reg)
    parser.set_defaults(run=run)
    for name, help_text, description in (
        ("cancella", "cancella una persona e tutti i suoi dati (art. 17 GDPR)",
         "Cancella la persona e tutto ciò che la riguarda (diario, valutazioni, misure, "
         "documenti, rete, scadenze, consensi, patti in bozza), anche dagli altri computer "
         "della squadra alla loro sincronizzazione. Resta solo l'identificativo, nel registro "
         "delle cancellazioni e degli accessi. Se la legge impone di conservare i dati (un "
         "patto firmato, voci di diario chiuse di recente) la cancellazione è rifiutata: si può "
         "limitare il trattamento."),
        ("limita", "limita il trattamento dei dati di una persona (art. 18 GDPR)",
         "La persona resta conservata ma sparisce da elenchi, ricerche e cartelle per chi non "
         "ha il permesso di cancellare; ogni lettura resta registrata."),
        ("revoca-limitazione", "revoca la limitazione del trattamento (art. 18 GDPR)",
         "La persona torna visibile a chi segue il suo distretto. Prima di revocare la "
         "limitazione la persona va informata (art. 18, par. 3 GDPR)."),
    ):
        act = actions.add_parser(name, help=help_text, description=description)
        act.add_argument("ref", metavar="ID|CF", help="id o codice fiscale della persona")
        act.add_argument("--motivo", required=True,
                         help="perché (resta nel registro: senza nome né codice fiscale)")
        add_db_argument(act)
        act.set_defaults(run=run_erasure)


def run_erasure(args: argparse.Namespace) -> int:
    """``cancella``, ``limita`` and ``revoca-limitazione``: the person by id or
    codice fiscale, as the signed-in operator sees them; the act and its audit
    row in one transaction."""
    erase = args.privacy_action == "cancella"
    acts = {"cancella": erasure.erase_person, "limita": erasure.restrict_person,
            "revoca-limitazione": erasure.lift_restriction}
    with open_store(args) as store:
        try:
            with store.session() as s:
                person = person_by_ref(s, args.ref)
                if erase and not _confirmed(person.id):
                    print("Cancellazione annullata: nulla è cambiato.")
                    return EXIT_DONE
                report = acts[args.privacy_action](s, person.id, reason=args.motivo)
        except erasure.RetentionRequired as exc:
            print(exc, file=sys.stderr)
            print(f"Per limitarne il trattamento: tessere privacy limita {args.ref} "
                  "--motivo \"…\"", file=sys.stderr)
            return EXIT_USER_MUST_ACT
        print(report.message)
        print(f"Registro delle cancellazioni: voce {report.erasure_id}.")
        for mention in report.mentions:
            print(f"  da rileggere: {mention.table} {mention.row_id} ({mention.column})")
        if erase:
            if erasure.clean_file(store):
                print("Il file del database è stato compattato: non ne restano tracce.")
            else:
                print("Il file del database sarà compattato alla prossima sincronizzazione "
                      "(ora è in uso).", file=sys.stderr)
        elif args.privacy_action == "limita":
            with store.read() as s:
                if not has_accounts(s):
                    print("Questo database non ha account: finché non se ne crea uno, chi lo "
                          "apre vede anche le persone limitate.", file=sys.stderr)
    return EXIT_DONE


def _confirmed(person_id: str) -> bool:
    """At a terminal, an erasure is typed twice: it cannot be undone. Scripts
    (no terminal) have said what they want on the command line."""
    if not sys.stdin.isatty():
        return True
    answer = input(f"La cancellazione di {person_id} non si può annullare. "
                   "Scrivi CANCELLA per confermare: ")
    return answer.strip() == "CANCELLA"


def run(args: argparse.Namespace) -> int:
    targets = [p for p in (args.pdf, args.json) if p is not None]
    if len(targets) == 2 and _same(args.pdf, args.json):
        raise ValidationError("--pdf e --json indicano lo stesso file: scegline due diversi.")
    for path in targets:
        _check_destination(path)
    # Like ``tessere info``: counts, roles and organisations, nobody's record. A
    # signed-in operator's session would count only the people they may see.
    with open_store(args, signed_in=False) as store, store.read() as s:
        content = processing_register(s, controller=args.titolare, dpo=args.dpo)
    text = json.dumps(content, ensure_ascii=False, indent=2) + "\n"
    if not targets:
        sys.stdout.write(text)
        return EXIT_DONE
    files: list[tuple[Path, bytes, str]] = []
    if args.pdf:
        files.append((args.pdf, processing_register_pdf(content), "il PDF del registro"))
    if args.json:
        files.append((args.json, text.encode("utf-8"), "il file JSON del registro"))
    written: list[tuple[Path, bool]] = []  # (file, whether it is new)
    try:
        for path, data, what in files:
            new = not path.expanduser().exists()
            written.append((write_atomically(data, path, what=what), new))
    except BaseException:
        for path, new in written:  # take back what this run created
            if new:
                path.unlink(missing_ok=True)
        raise
    for path, _ in written:
        print(f"Registro dei trattamenti salvato in {path} "
              f"({path.stat().st_size // 1024 + 1} kB).")
    missing = [what for what, empty in (
        ("il titolare (--titolare)", content["controller"]["to_fill"]),
        ("il DPO (--dpo)", content["dpo"]["to_fill"])) if empty]
    print("Restano da compilare: " + ", ".join(missing + ["i termini di conservazione"]) + ".",
          file=sys.stderr)
    return EXIT_DONE


def _same(first: Path, second: Path) -> bool:
    return first.expanduser().resolve() == second.expanduser().resolve()


def _check_destination(path: Path) -> None:
    """Refuse, before any work, a file that could not be written."""
    path = path.expanduser()
    folder = path.parent
    if path.is_dir():
        raise FileWriteError(f"«{path}» è una cartella: indica il nome del file.")
    if not folder.is_dir():
        raise FileWriteError(f"La cartella «{folder}» non esiste: il registro non è stato "
                             "salvato. Creala o scegli un'altra cartella.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileWriteError(f"Non è possibile scrivere in «{folder}»: permesso negato o disco "
                             "di sola lettura. Il registro non è stato salvato.")
