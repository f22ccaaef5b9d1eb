"""The application's version: pyproject.toml is the one source.

Installed (``pip install -e .``, ``make run``) the version comes from the package metadata;
the PyInstaller bundle carries that metadata too (build.spec copies it). A checkout that was
never installed falls back to reading pyproject.toml itself.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

DISTRIBUTION = "studio-desk"

# Third-party distributions whose versions the About dialog shows; build.spec copies their
# metadata into the bundle so importlib.metadata finds them there as well.
COMPONENT_DISTRIBUTIONS: tuple[str, ...] = (
    "PySide6-Essentials", "shiboken6", "reportlab", "rl-accel", "peewee", "babel", "segno",
    "platformdirs", "pillow", "psycopg2-binary",
)


def _from_pyproject() -> str:
    import tomllib
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


def distribution_version(name: str) -> str | None:
    """The installed version of a distribution, or None when it is not installed (or not bundled)."""
    try:
        return version(name)
    except PackageNotFoundError:
        return None


__version__: str = distribution_version(DISTRIBUTION) or _from_pyproject()
