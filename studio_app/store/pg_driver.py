"""psycopg2, PostgreSQL's driver, loads when a PostgreSQL database is opened, not at every start on SQLite.

peewee imports psycopg2 (with ssl) as it is itself imported, whenever it is installed: about 20 ms of every
start. Here peewee is imported with psycopg2 hidden, and :func:`load` gives peewee, before it connects to
PostgreSQL, what its own import would have set: its module's names for the driver and the status constants of
its psycopg2 adapter (peewee 4.5; tests/studio_app/store/test_pg_driver.py compares them with an eager import).
"""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder


class _Hidden(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):  # noqa: ARG002 (the finder protocol)
        if name == "psycopg2" or name.startswith("psycopg2."):
            raise ModuleNotFoundError(f"No module named {name!r} (loaded later)", name=name)
        return None


def _import_peewee():
    if "peewee" not in sys.modules:
        hidden = _Hidden()
        sys.meta_path.insert(0, hidden)
        try:
            import peewee  # noqa: F401  (peewee takes psycopg2 as missing)
        finally:
            sys.meta_path.remove(hidden)
    return sys.modules["peewee"]


peewee = _import_peewee()


def load() -> None:
    """Import psycopg2 and hand it to peewee, as peewee's own import does when psycopg2 is installed."""
    if peewee.psycopg2 is not None:
        return
    import psycopg2
    from psycopg2 import extensions, extras
    extras.register_uuid()
    peewee.pg_extensions, peewee.pg_register_uuid, peewee.Json_pg2 = extensions, extras.register_uuid, extras.Json
    adapter = peewee.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
    peewee.psycopg2 = psycopg2  # last: the sign that the rest is done
