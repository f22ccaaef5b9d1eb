"""Versioned schema migrations, each applied and recorded in one transaction.

To change the schema: add ``mNNNN_<what>.py`` with ``apply(db, sqlite)``, append its name to
``NAMES``, change the models to match, and keep a database file of the previous
version under ``tests/fixtures/schemas/`` (``tests/fixtures/make_schema_fixture.py``).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable

import peewee

from studio_app.text.errors import DatabaseVersionError

Step = Callable[[peewee.Database, bool], None]
# In order: migration N is the Nth name. Opening a database at the current version reads only LATEST, so the
# modules (and what they import) load when a database is set up or migrated, not at every start.
NAMES = (
    "m0001_initial", "m0002_list_and_dashboard_indexes", "m0003_payment_currency", "m0004_money_model",
    "m0005_document_chain", "m0006_stored_images", "m0007_einvoice", "m0008_mail", "m0009_local_fields",
    "m0010_imported_history", "m0011_studio_texts", "m0012_collation_keys", "m0013_transmission",
    "m0014_dashboard_indexes", "m0015_client_sort_indexes", "m0016_kept_totals", "m0017_panel_indexes",
    "m0018_search_fragments", "m0019_client_latest", "m0020_panel_covering_indexes", "m0021_row_counts",
    "m0022_project_latest", "m0023_day_counts", "m0024_accepted_prices",
    "m0025_project_sort_indexes",
)
LATEST = len(NAMES)


@functools.cache
def steps() -> list[tuple[int, Step]]:
    """The (version, apply) pairs of every migration, in order."""
    return [(number, importlib.import_module(f"{__name__}.{name}").apply) for number, name in enumerate(NAMES, 1)]


def current_version(db: peewee.Database) -> int:
    if not db.table_exists("schema_version"):
        return 0
    row = db.execute_sql('SELECT MAX("version") FROM "schema_version"').fetchone()
    return int(row[0] or 0)


def check_not_newer(db: peewee.Database, where: str) -> int:
    version = current_version(db)
    if version > LATEST:
        raise DatabaseVersionError(
            "{where} was written by a newer Studio Desk (database version {found}, this program knows up "
            "to {known}). Please update Studio Desk; the database was not changed.",
            where=where, found=version, known=LATEST)
    return version


def migrate(db: peewee.Database, before: Callable[[int], None] | None = None) -> list[int]:
    """Bring the database to LATEST. ``before(version)`` runs first when an existing database
    is about to change (the pre-migration backup)."""
    version = current_version(db)
    pending = [(number, step) for number, step in steps() if number > version]
    if pending and version > 0 and before is not None:
        before(version)
    sqlite = isinstance(db, peewee.SqliteDatabase)
    for number, step in pending:
        with db.atomic():
            step(db, sqlite)
            db.execute_sql('INSERT INTO "schema_version" ("version", "applied_at") VALUES (%s, CURRENT_TIMESTAMP)'
                           .replace("%s", db.param), (number,))
    return [number for number, _ in pending]
