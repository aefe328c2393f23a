"""``make package``: Tessere built with PyInstaller for the machine it runs on.

    python packaging/build.py [--dist DIR] [--work DIR]

On Linux the result is ``dist/tessere/`` (the program and everything it needs,
``tessere --self-test`` checks it), a ``tessere.desktop`` entry with its icon
and ``install.sh`` inside it, and ``dist/tessere-<version>-linux-<arch>.tar.gz``.
No AppImage: appimagetool is not on the package registries this project builds
from, so the tarball is the Linux deliverable. Windows and macOS build the same
spec on their own machines (see the README): the Inno Setup script in
``packaging/windows`` makes the installer, the spec's BUNDLE the ``.app``.
Prints the build time and the folder's size."""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Tessere
GenericName=Cartella sociale e patti
Comment=Cartella sociale, patti e mappa delle risorse, anche senza connessione
Exec={exec} %f
Icon={icon}
Terminal=false
Categories=Office;
StartupWMClass=tessere
"""
INSTALL = """#!/bin/sh
# Installa Tessere per questo utente: il programma in ~/.local/opt/tessere,
# la voce nel menu delle applicazioni. Per togliere: rm -r quelle due cose.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
target="${HOME}/.local/opt/tessere"
mkdir -p "${HOME}/.local/opt" "${HOME}/.local/share/applications"
rm -rf "${target}.new" && cp -R "${here}" "${target}.new"
rm -rf "${target}" && mv "${target}.new" "${target}"
sed -e "s#@DIR@#${target}#g" "${target}/tessere.desktop" \\
    > "${HOME}/.local/share/applications/tessere.desktop"
echo "Tessere installato in ${target}: lo trovate nel menu delle applicazioni."
"""


def version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def folder_size(folder: Path) -> int:
    """Bytes on disk: PyInstaller links libraries under a second name; count once."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
                    str(ROOT / "packaging" / "tessere.spec")], check=True, cwd=ROOT)
    return dist / "tessere"


# What the Qt platform plugins load from the system on a laptop: PyInstaller
# bundles each one found on the build machine, so the build machine needs them
# all (Debian/Ubuntu packages in the Makefile's package-deps). The GTK theme
# plugin is left out on purpose: Qt falls back to its own look without it.
OPTIONAL_PLUGINS = ("platformthemes/libqgtk3.so",)


def unresolved_libraries(app: Path) -> dict[str, list[str]]:
    """For each bundled Qt plugin, the libraries it needs that neither the bundle
    nor this machine has: a laptop without them would not open the window."""
    internal = app / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    missing: dict[str, list[str]] = {}
    for plugin in sorted(plugins.rglob("*.so")):
        name = plugin.relative_to(plugins).as_posix()
        if name in OPTIONAL_PLUGINS:
            continue
        listed = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=env)
        absent = sorted({line.split()[0] for line in listed.stdout.splitlines()
                         if "not found" in line})
        if absent:
            missing[name] = absent
    return missing


def linux_extras(app: Path, dist: Path) -> Path:
    """The menu entry, the icon, the installer script, and the tarball."""
    shutil.copy(ROOT / "packaging" / "icons" / "tessere.png", app / "tessere.png")
    (app / "tessere.desktop").write_text(DESKTOP_ENTRY.format(exec="@DIR@/tessere",
                                                              icon="@DIR@/tessere.png"))
    install = app / "install.sh"
    install.write_text(INSTALL)
    install.chmod(0o755)
    tarball = dist / f"tessere-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(tarball, "w:gz") as tar:
        tar.add(app, arcname=f"tessere-{version()}")
    return tarball


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-tarball", action="store_true",
                        help="only the folder (the tests check the program, not the archive)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    app = build(args.dist.resolve(), args.work.resolve())
    seconds = time.monotonic() - started
    made = [app]
    if sys.platform.startswith("linux") and not args.no_tarball:
        made.append(linux_extras(app, args.dist.resolve()))
    print(f"Costruito in {seconds:.0f} s: {app} ({folder_size(app) / 2**20:.0f} MB)")
    if sys.platform.startswith("linux"):
        for plugin, libraries in unresolved_libraries(app).items():
            print(f"ATTENZIONE: il plugin Qt {plugin} richiede {', '.join(libraries)}, che su "
                  "questa macchina mancano e quindi non sono nel pacchetto: installatele (make "
                  "package-deps) e ricostruite, o su un portatile senza quelle librerie la "
                  "finestra potrebbe non aprirsi.", file=sys.stderr)
    for path in made[1:]:
        print(f"  {path} ({path.stat().st_size / 2**20:.0f} MB)")
    print(f"Verifica: {app / 'tessere'} --self-test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
