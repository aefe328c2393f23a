"""``tessere --self-test``: the installed program checks its own parts on this
machine, in a temporary folder, touching neither the user's database nor the
OS keyring: SQLCipher opens an encrypted file, the migrations bring it to
the current schema, a record is written and read back, a patto prints as a
PDF (fonts, reportlab, the QR code), and a sync through a folder carries the
record to a second database. What the frozen build leaves out shows here,
on the district's laptop, instead of at a home visit."""
from __future__ import annotations

import contextlib
import secrets
import tempfile
import time
from pathlib import Path
from typing import Callable, TextIO


class _Checks:
    def __init__(self, out: TextIO):
        self.out, self.failed = out, 0

    def run(self, what: str, check: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = check()
        except Exception as exc:  # every failure is the answer, not a crash
            self.failed += 1
            self.out.write(f"✗ {what}: {type(exc).__name__}: {exc}\n")
            return
        self.out.write(f"✓ {what} ({detail}; {time.perf_counter() - started:.2f} s)\n")


@contextlib.contextmanager
def _no_keyring():
    """The team keys of the check stay in its own files, not in the user's keyring."""
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def run(out: TextIO) -> int:
    """Every check, each said on its own line; 0 when all passed, else 1."""
    from desktop import version

    out.write(f"Tessere {version()}: verifica dell'installazione\n")
    checks = _Checks(out)
    with tempfile.TemporaryDirectory(prefix="tessere-verifica-") as folder, _no_keyring():
        _run_in(Path(folder), checks)
    out.write("Tutto funziona.\n" if not checks.failed else
              f"{checks.failed} verifiche non riuscite: l'installazione è incompleta.\n")
    return 0 if not checks.failed else 1


def _run_in(folder: Path, checks: _Checks) -> None:
    import sqlalchemy as sa

    from desktop.core import migrations
    from desktop.core.model import CatalogueItem, Person
    from desktop.core.patti.editing import create_patto
    from desktop.core.store import Store
    from desktop.pdf.patto import patto_pdf
    from desktop.sync import engine, team
    from desktop.sync.targets import FolderTarget

    passphrase = secrets.token_urlsafe(16)
    state: dict = {}

    def open_encrypted() -> str:
        state["store"] = Store.open(folder / "prova.db", passphrase=passphrase, create=True)
        with (folder / "prova.db").open("rb") as raw:
            if raw.read(16) == b"SQLite format 3\x00":
                raise RuntimeError("il file non è cifrato")
        return "SQLCipher, file cifrato"

    def migrated() -> str:
        revision = migrations.stamped_revision(state["store"].engine)
        if revision != migrations.newest_revision_file():
            raise RuntimeError(f"schema {revision}, atteso {migrations.newest_revision_file()}")
        return f"schema {revision}"

    def write_and_read() -> str:
        with state["store"].session() as s:
            person = Person(first_name="Prova", last_name="Autoverifica", sex="F")
            s.add(person)
            s.flush()
            state["person"] = person.id
        with state["store"].read() as s:
            if s.get(Person, state["person"]).last_name != "Autoverifica":
                raise RuntimeError("il record riletto non è quello scritto")
        return "una persona scritta e riletta"

    def print_patto() -> str:
        with state["store"].session() as s:
            kind = s.scalar(sa.select(CatalogueItem.code)
                            .where(CatalogueItem.catalogue == "patto_kind").limit(1))
            patto = create_patto(s, kind=kind, title="Patto di prova", person_ids=[state["person"]])
        with state["store"].read() as s:
            pdf = patto_pdf(s, patto)
        if not pdf.startswith(b"%PDF-") or b"+DejaVuSans" not in pdf:
            raise RuntimeError("il PDF non ha i caratteri DejaVu")
        return f"PDF di {len(pdf) // 1024} KB con i caratteri DejaVu"

    def exchange_resources() -> str:
        """The HSDS schema files ship with the program and the validator runs."""
        from desktop.core.model import Organisation, Service
        from desktop.core.risorse import hsds

        with state["store"].session() as s:
            org = Organisation(name="Ente di prova", kind="altro")
            s.add(org)
            s.flush()
            s.add(Service(organisation_id=org.id, name="Servizio di prova", axis="socialita"))
        package = folder / "risorse-hsds"
        package.mkdir()
        with state["store"].read() as s:
            hsds.export_package(s, package)
            plan = hsds.preview_import(s, package)
        counts = plan.counts()
        if counts.get("unchanged") != 2 or counts.get("rejected"):
            raise RuntimeError(f"il pacchetto esportato non si rilegge uguale ({counts})")
        return "un ente e un servizio esportati in HSDS 3.0 e riletti con lo schema ufficiale"

    def sync_through_folder() -> str:
        root = folder / "cartella-condivisa"
        root.mkdir()
        code = team.create_team(state["store"])
        report = engine.sync_once(state["store"], FolderTarget(root), snapshot=True)
        if not report.ok:
            raise RuntimeError("; ".join(report.errors))
        with Store.open(folder / "secondo.db", passphrase=passphrase, create=True) as other:
            team.join_team(other, code)
            report = engine.sync_once(other, FolderTarget(root))
            if not report.ok:
                raise RuntimeError("; ".join(report.errors))
            with other.read() as s:
                if s.get(Person, state["person"]) is None:
                    raise RuntimeError("la persona non è arrivata al secondo database")
        return "la persona arriva a un secondo database"

    try:
        checks.run("Database cifrato", open_encrypted)
        if "store" not in state:
            return
        checks.run("Migrazioni", migrated)
        checks.run("Scrittura e lettura", write_and_read)
        if "person" in state:
            checks.run("Stampa di un patto", print_patto)
            checks.run("Mappa delle risorse (HSDS)", exchange_resources)
            checks.run("Sincronizzazione in una cartella", sync_through_folder)
    finally:
        if "store" in state:
            state["store"].close()
