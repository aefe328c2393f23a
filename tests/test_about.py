"""Aiuto › Informazioni names every component a district installs with Tessere."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from desktop import about

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    """A requirement's distribution name, normalised as PyPI does."""
    name = re.match(r"[A-Za-z0-9._-]+", requirement.strip()).group(0)
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_runtime_dependency_is_named_with_its_licence():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = {_name(r) for r in project["dependencies"]}
    named = {_name(distribution) for distribution, _shown, _licence in about.BUNDLED}
    assert required - named == set(), "dipendenze senza voce in Aiuto › Informazioni"
    assert named - required == set(), "voci di componenti che Tessere non installa più"
    assert all(licence for _d, _n, licence in about.BUNDLED)


def test_components_carry_installed_versions_and_the_data_credits():
    shown = about.components()
    versions = {c.name: c.version for c in shown}
    assert versions["SQLAlchemy"] and versions["ReportLab"]
    assert any("GeoNames" in c.name for c in shown) and any("HSDS" in c.name for c in shown)
