"""Encrypted backup and restore against a plain copy of the same database file,
measured in the same run: the price of the snapshot, argon2id and AES-GCM."""
from __future__ import annotations

import shutil

from tests.bench.harness import Row, bench, timed

SECRET = "bench-backup-passphrase"
NEW = "bench-restored-passphrase"
REPEAT = 3


def _rows(ctx, size: str) -> list[Row]:
    from desktop.core import backup

    store = ctx.dataset(size)
    folder = ctx.scratch / f"backup-{size}"
    folder.mkdir()
    target = folder / "copia.tessere-backup"
    copy = min(timed(lambda: shutil.copyfile(store.path, folder / "copia.db")) for _ in range(REPEAT))
    made = min(timed(lambda: backup.create_backup(store, target, SECRET, overwrite=True))
               for _ in range(REPEAT))
    restored = []
    for n in range(REPEAT):
        restored.append(timed(lambda: backup.restore_backup(target, SECRET, folder / f"r{n}.db",
                                                            new_passphrase=NEW)))
    megabytes = target.stat().st_size / 1_048_576
    return [
        Row(f"backup cifrato ({size})", made, "copia del file", copy,
            f"{megabytes:.0f} MB; argon2id e snapshot compresi"),
        Row(f"ripristino ({size})", min(restored), "copia del file", copy,
            "decifratura, nuova chiave, apertura"),
    ]


@bench
def backup_and_restore(ctx) -> list[Row]:
    from desktop.core import backup

    key = timed(lambda: backup._derive(SECRET, backup.KDF, b"\0" * 16))
    rows = [Row("chiave del backup (argon2id)", key, "", None,
                f"{backup.KDF['memory_kib'] // 1024} MiB, {backup.KDF['time_cost']} passaggi")]
    rows += _rows(ctx, "small")
    if ctx.dataset_path("ambito").exists():  # built by the search bench; minutes to build here
        rows += _rows(ctx, "ambito")
    else:
        rows.append(Row("backup cifrato (ambito)", None, "", None,
                        "dataset ambito non ancora in cache: esegui prima le altre bench"))
    return rows
