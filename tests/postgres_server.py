"""A real PostgreSQL server for the tests and benchmarks, started by them: a
fresh cluster in a temporary folder, listening on 127.0.0.1 on a free port,
stopped and removed afterwards. The server is Debian's (``make test`` installs
the package where it is missing and the machine allows it). As root, initdb
refuses to run, so the cluster belongs to the ``postgres`` system user.

``fsync`` is off: the cluster lives as long as the tests."""
from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Iterator


def server_bin() -> Path | None:
    """The folder of PostgreSQL's server programs, the newest version first."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                      key=lambda p: int(Path(p).parent.parent.name), reverse=True)
    return Path(versions[0]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_postgres(database: str = "regione") -> Iterator[str]:
    """Start a throwaway server; yield the SQLAlchemy URL of ``database`` on it."""
    bin_dir = server_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL non è installato: make test lo installa (postgresql).")
    home = Path(tempfile.mkdtemp(prefix="tessere-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(home, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = home / "data", _free_port()

    def run(*argv: str) -> None:
        subprocess.run([*as_user, *argv], check=True, capture_output=True, timeout=120)

    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "tessere", "-A", "trust",
        "-E", "UTF8", "--no-locale")
    options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off " \
              "-c synchronous_commit=off -c full_page_writes=off"
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(home / "log"),
        "-w", "-t", "60", "start")
    try:
        run(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "tessere",
            database)
        yield f"postgresql://tessere@127.0.0.1:{port}/{database}"
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(home, ignore_errors=True)
