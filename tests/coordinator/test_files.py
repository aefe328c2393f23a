"""A district handed over as a file (a USB stick): a Tessere encrypted backup or
a database with its passphrase. Merged into the coordinator's database, read
again after a new delivery (only what changed), refused in Italian when the
passphrase is wrong, the file damaged or from a newer Tessere, or the same team
is already there; the file given is never written."""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil

import pytest
import sqlalchemy as sa

from desktop.__main__ import main
from desktop.coordinator import districts as registry
from desktop.coordinator.files import DistrictFileError
from desktop.coordinator.merge import merge_districts
from desktop.core import backup
from desktop.core.errors import TessereError, ValidationError
from desktop.core.model import DiaryEntry, Person
from desktop.core.store import Store
from tests.conftest import PASSPHRASE
from tests.coordinator.conftest import district_rows, people_of

pytestmark = pytest.mark.usefixtures("no_keyring")
BACKUP_PASSPHRASE = "consegna-del-distretto-2026"


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def deliver(where, name: str, target) -> None:
    """What the district does: «Backup cifrato» onto the stick (replacing the last)."""
    with Store.open(where / f"{name}.db", passphrase=PASSPHRASE) as laptop:
        backup.create_backup(laptop, target, BACKUP_PASSPHRASE, overwrite=True)


def test_a_backup_on_a_stick_is_merged_and_read_again_after_a_new_delivery(ambito, tmp_path):
    where, codes, coordinator = ambito
    stick = tmp_path / "chiavetta" / "crema.tessere-backup"
    stick.parent.mkdir()
    deliver(where, "Crema", stick)
    before = digest(stick)
    registry.add_district_file(coordinator, "Crema", str(stick), BACKUP_PASSPHRASE)
    first = merge_districts(coordinator)[0]
    assert first.ok and first.applied > 1000 and first.new_records > 1000
    with coordinator.read() as s:
        merged = set(s.scalars(sa.select(Person.id)))
    assert people_of(where / "Crema.db") <= merged
    assert digest(stick) == before  # read, never written
    again = merge_districts(coordinator)[0]
    assert (again.applied, again.new_records) == (0, 0)
    with Store.open(where / "Crema.db", passphrase=PASSPHRASE) as laptop, laptop.session() as s:
        person = s.scalars(sa.select(Person).order_by(Person.id)).first()
        s.add(DiaryEntry(person_id=person.id, entry_type="colloquio",
                         occurred_at=dt.datetime(2026, 12, 2, 9), text="Dopo la consegna."))
    deliver(where, "Crema", stick)
    newer = merge_districts(coordinator)[0]
    # the entry, and the audit rows of its writing and of the new backup
    assert newer.ok and newer.applied == 1 and newer.new_records == 3
    with coordinator.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(DiaryEntry)
                        .where(DiaryEntry.text == "Dopo la consegna.")) == 1
    [row] = district_rows(coordinator)
    assert row.kind == "file" and row.records == first.new_records + 3


def test_a_database_file_merges_as_its_sync_root_does(ambito, tmp_path):
    """The same district from its database file and from its sync root: the
    same content, to the digest (the changes' ``seen`` rebuilt as bundles carry
    it, so frozen rows and conflicts resolve alike)."""
    from desktop.core import inspect

    where, codes, coordinator = ambito
    copy = tmp_path / "casalmaggiore.db"
    shutil.copy(where / "Casalmaggiore.db", copy)
    registry.add_district_file(coordinator, "Casalmaggiore", str(copy), PASSPHRASE)
    assert merge_districts(coordinator)[0].ok
    with Store.open(tmp_path / "dalla-cartella.db", passphrase=PASSPHRASE, create=True) as other:
        other.mark_demo()
        registry.add_district(other, "Casalmaggiore", code=codes["Casalmaggiore"],
                              folder=str(where / "root-Casalmaggiore"))
        assert merge_districts(other)[0].ok
        with other.read() as s:
            from_root = inspect.digest(s)[0]
    with coordinator.read() as s:
        assert inspect.digest(s)[0] == from_root
    with pytest.raises(ValidationError, match="già aggiunta come «Casalmaggiore»"):
        registry.add_district(coordinator, "Casalmaggiore (cartella)",
                              code=codes["Casalmaggiore"],
                              folder=str(where / "root-Casalmaggiore"))


def test_wrong_passphrase_damaged_file_newer_tessere_are_refused(ambito, tmp_path, monkeypatch):
    where, codes, coordinator = ambito
    stick = tmp_path / "crema.tessere-backup"
    deliver(where, "Crema", stick)
    with pytest.raises(backup.WrongBackupPassphraseError, match="non è corretta"):
        registry.add_district_file(coordinator, "Crema", str(stick), "un'altra passphrase")
    with pytest.raises(DistrictFileError, match="non c'è"):
        registry.add_district_file(coordinator, "Crema", str(tmp_path / "assente"), "x" * 12)
    damaged = tmp_path / "danneggiato.db"
    data = bytearray((where / "Crema.db").read_bytes())
    middle = len(data) // 2
    data[middle:middle + 4096] = bytes(4096)
    damaged.write_bytes(bytes(data))
    with pytest.raises(TessereError, match="danneggiat|non si apre"):
        registry.add_district_file(coordinator, "Crema", str(damaged), PASSPHRASE)
    import desktop.core.migrations as migrations

    monkeypatch.setattr(migrations, "newest_revision_file", lambda: "0008")
    with pytest.raises(backup.SchemaTooNewError, match="più recente"):
        registry.add_district_file(coordinator, "Crema", str(stick), BACKUP_PASSPHRASE)
    monkeypatch.undo()
    assert district_rows(coordinator) == []


def test_the_cli_adds_a_delivered_file(ambito, tmp_path, monkeypatch, capsys):
    where, codes, coordinator = ambito
    db = str(coordinator.path)
    coordinator.close()
    stick = tmp_path / "crema.tessere-backup"
    deliver(where, "Crema", stick)
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TESSERE_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    assert main(["coordinator", "add-district", "Crema", "--file", str(stick), "--db", db]) == 0
    assert "aggiunto dal file" in capsys.readouterr().out
    assert main(["coordinator", "merge", "--db", db]) == 0
    assert "nuovi record" in capsys.readouterr().out
    assert main(["coordinator", "add-district", "Cremona", "--cartella",
                 str(where / "root-Cremona"), "--db", db]) == 2
    assert "serve anche --codice" in capsys.readouterr().err


def test_the_dialog_adds_a_delivered_file(ambito, tmp_path, qtbot):
    from desktop.ui.coordinator_dialogs import AddDistrictDialog

    where, codes, coordinator = ambito
    stick = tmp_path / "crema.tessere-backup"
    deliver(where, "Crema", stick)
    dialog = AddDistrictDialog(coordinator)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    assert not dialog.code.isEnabled() and dialog.password.isEnabled()
    dialog.name.setText("Crema")
    dialog.where.setText(str(stick))
    dialog.password.setText("non è questa")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "non è corretta" in dialog.error_label.text(), timeout=20_000)
    dialog.password.setText(BACKUP_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert [(r.name, r.kind) for r in district_rows(coordinator)] == [("Crema", "file")]
