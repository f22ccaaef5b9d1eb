"""The store: where the records live and what keeps them whole.

- :mod:`~studio_app.store.db` — the connection (SQLite file or PostgreSQL), transactions, read-only use.
- :mod:`~studio_app.store.models` — the tables (peewee models), on :mod:`~studio_app.store.base` (the base
  model, exact decimals); :mod:`~studio_app.store.migrations` —
  the numbered schema steps.
- :mod:`~studio_app.store.startup` — opening a database for use: refuse newer, back up, migrate, seed;
  :mod:`~studio_app.store.schema_script` — a new SQLite file gets its schema at once from
  :mod:`~studio_app.store.schema_frozen` (written by tools/freeze_schema.py), not migration after migration.
- :mod:`~studio_app.store.locks` — the one locked read every check-then-write goes through;
  :mod:`~studio_app.store.compiled` — a row by id and a row's children with their SELECT written once per engine.
- :mod:`~studio_app.store.lists` and :mod:`~studio_app.store.search` — the rows behind every list, a
  page at a time, and the folded search keys; :mod:`~studio_app.store.fragments` — how many rows hold a one- or
  two-letter fragment (the exact count of a short search, kept by migration 18's triggers);
  :mod:`~studio_app.store.row_counts` — PostgreSQL's kept count of every quote, contract and invoice (migration 21);
  :mod:`~studio_app.store.prepared` — PostgreSQL statements prepared once per connection (a list's page of rows, the Today panels' queries);
  :mod:`~studio_app.store.sort_keys` — the collation keys written
  with each name and title, so lists sort as the interface language reads.
- :mod:`~studio_app.store.check` and :mod:`~studio_app.store.check_text` — `check`: the database's
  integrity and the app's rules, in plain sentences.
- :mod:`~studio_app.store.sealing` — tamper evidence for issued documents: the chain and the seal.
- :mod:`~studio_app.store.images` — images kept once, by the SHA-256 of their bytes (the logos issued
  documents name).
- :mod:`~studio_app.store.bulk` — many rows at once: SQLite's indexes and search triggers set aside meanwhile.
- :mod:`~studio_app.store.totals` — the dashboard's money totals, kept by triggers (migration 16): read, compacted,
  rebuilt, checked.
- :mod:`~studio_app.store.pgurl` and :mod:`~studio_app.store.secrets` — PostgreSQL addresses and passwords;
  :mod:`~studio_app.store.pg_driver` — psycopg2 loaded with the first PostgreSQL database, not at every start.
"""

from . import pg_driver  # noqa: F401,E402  before any store module imports peewee: it is imported without psycopg2
