"""The frozen build (issue 14): PyInstaller builds the program from
packaging/tessere.spec, and the built binary, with no Python on the PATH and a
fresh HOME, passes its own --self-test, loads the demo data and renders its
window headless. Slow: about a minute and a half to build."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("package")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-tarball",
                           "--dist", str(where / "dist"), "--work", str(where / "work")],
                          capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    print(done.stdout)  # build time and size, for the note
    return where / "dist" / "tessere" / "tessere"


def run_frozen(program: Path, home: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess:
    """As on a laptop without Python: nothing on the PATH, a HOME of its own."""
    env = {"HOME": str(home), "PATH": str(home / "nessun-python"), "QT_QPA_PLATFORM": "offscreen",
           "TESSERE_PASSPHRASE": "passphrase-di-prova", "LANG": "C.UTF-8",
           "XDG_DATA_HOME": str(home / "dati"), **extra_env}
    return subprocess.run([str(program), *args], env=env, capture_output=True, text=True,
                          timeout=300, cwd=home)


def test_the_frozen_program_checks_itself(built, tmp_path):
    done = run_frozen(built, tmp_path, "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("✓") == 6 and "Tutto funziona." in done.stdout
    assert "✓ Mappa delle risorse (HSDS)" in done.stdout  # db/hsds and the validator are in


def test_the_frozen_program_loads_the_demo_and_shows_its_window(built, tmp_path):
    database = tmp_path / "prova.db"
    done = run_frozen(built, tmp_path, "demo", "--db", str(database))
    assert done.returncode == 0, done.stderr
    assert "200 persone" in done.stdout
    shot = tmp_path / "finestra.png"
    done = run_frozen(built, tmp_path, "--db", str(database), "--screenshot", str(shot),
                      TESSERE_START_MARKS="1")  # what the start bench times
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["usable"]
    from PIL import Image

    with Image.open(shot) as image:
        assert image.size[0] >= 900 and len(image.convert("L").getcolors(256) or []) > 50
    assert not os.path.exists(tmp_path / "dati" / "Tessere" / "tessere.db")  # the real one untouched
    pdf = tmp_path / "patto.pdf"
    listed = run_frozen(built, tmp_path, "persone", "--patto", "Patto per l'inclusione",
                        "--json", "--db", str(database))
    assert listed.returncode == 0, listed.stderr
    code = json.loads(listed.stdout)[0]["codice_fiscale"]
    done = run_frozen(built, tmp_path, "print", "patto", code, "--db", str(database),
                      "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    from pypdf import PdfReader

    assert "Patto" in PdfReader(pdf).pages[0].extract_text()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd: Linux only")
def test_the_window_plugins_carry_the_libraries_a_laptop_may_lack(built):
    """libxcb-cursor and friends, missing from many laptops: in the bundle."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.unresolved_libraries(built.parent) == {}


def test_the_frozen_program_starts_with_the_guided_first_start(built, tmp_path):
    shot = tmp_path / "primo-avvio.png"
    done = run_frozen(built, tmp_path, "--screenshot", str(shot))
    assert done.returncode == 0, done.stderr
    from PIL import Image

    with Image.open(shot) as image:
        assert image.size == (720, 560) and len(image.convert("L").getcolors(256) or []) > 20
    assert not (tmp_path / "dati" / "Tessere" / "tessere.db").exists()  # nothing made by looking


def test_the_wheel_installs_and_runs_on_its_own(tmp_path):
    """A non-editable install of the built wheel finds its migrations, seeds
    and fonts (under <prefix>/share/tessere), away from the sources. The new
    environment borrows this one's dependencies rather than download them."""
    import sysconfig

    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w",
                    str(wheels), str(ROOT)], check=True, timeout=600, capture_output=True)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], capture_output=True, text=True, check=True).stdout
    Path(site.strip(), "borrowed-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n")
    wheel = next(wheels.glob("tessere-*.whl"))
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)],
                   check=True, timeout=600, capture_output=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    done = subprocess.run([str(venv / "bin" / "tessere"), "--self-test"], capture_output=True,
                          text=True, timeout=300, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    where = subprocess.run([str(python), "-c", "import desktop.paths as p; print(p.project_root())"],
                           capture_output=True, text=True, cwd=tmp_path, env=env).stdout.strip()
    assert where == str(venv / "share" / "tessere")
