"""Studio Desk core: the data, the rules, the documents and the command line. Never imports Qt.

The rooms, from the ground up (each package's opening docstring says more):

- ``text``      — the languages, the translated messages, StudioError, and cleaning what a person types.
- ``money``     — exact amounts, a document's totals and VAT, document numbers, line rules.
- ``store``     — the database: connection, models, migrations, locks, paged lists, search keys, the
  integrity check, tamper evidence, PostgreSQL addresses and passwords, opening a database at start.
- ``work``      — the workflow services: clients, projects, quotes, contracts, invoices, billing, payments,
  revisions, time, interactions, issuing and snapshots, settings, the clock.
- ``today``     — the client-care figures: who waits, deadlines, updates, money owed, follow-ups, workload.
- ``documents`` — the PDFs (reportlab): quote, contract, invoice, their parts and fonts.
- ``einvoice``  — EN 16931 e-invoices (Factur-X, XRechnung CII/UBL, Peppol) of an invoice snapshot: readiness,
  the CII and UBL writers, validation with the official rules.
- ``files``     — what leaves the database as a file: backups and restores, JSON export and import,
  CSV, private atomic writes, the shipped resources.
- ``importing`` — a studio's data from CSV: clients, projects and past invoices (kept as history).
- ``demo``      — deterministic sample data, small for trying, large for the benchmarks.
- ``cli``       — ``python main.py <command>``: one module per group of commands.

The application's version lives here: pyproject.toml is the one source. Installed (``pip install -e .``,
``make run``) it comes from the package metadata; the PyInstaller bundle carries that metadata too
(build.spec copies it). A checkout that was never installed falls back to reading pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

DISTRIBUTION = "studio-desk"

# Third-party distributions whose versions the About dialog shows; build.spec copies their
# metadata into the bundle so importlib.metadata finds them there as well.
COMPONENT_DISTRIBUTIONS: tuple[str, ...] = (
    "PySide6-Essentials", "shiboken6", "reportlab", "rl-accel", "peewee", "babel", "segno",
    "platformdirs", "pillow", "psycopg2-binary", "lxml", "uharfbuzz", "python-bidi",
)


def _from_pyproject() -> str:
    import tomllib  # lazily: only a checkout that was never installed reads pyproject.toml
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


def distribution_version(name: str) -> str | None:
    """The installed version of a distribution, or None when it is not installed (or not bundled)."""
    from importlib.metadata import PackageNotFoundError, version  # ~20 ms: loaded when a version is asked for
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def __getattr__(name: str) -> str:
    """``__version__``, read when first asked for (the About dialog), not at every start."""
    if name == "__version__":
        found = distribution_version(DISTRIBUTION) or _from_pyproject()
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
