"""Demo data: a studio with clients in Türkiye, Greece, Malaysia and the UK, the same on every run.

- :mod:`~studio_app.demo.generator` — :func:`fill` and the generator that writes a small (trying the app,
  tests) or large (benchmarks) database through the services' own rules.
- :mod:`~studio_app.demo.einvoicing` — the clients with e-invoice formats (Germany, Belgium, France), whose
  invoices are issued through the services with their XML.
- :mod:`~studio_app.demo.words` — the names, projects, deliverables and services it is made of.
- :mod:`~studio_app.demo.lines` — the everyday invoice lines, each distinct one made once and shared.
- :mod:`~studio_app.demo.frozen` — the issued documents' snapshots joined from parts serialised once, chained
  and sealed.
- :mod:`~studio_app.demo.batch` — the rows in bulk, and on SQLite the writer thread that inserts them (and
  builds each table's indexes and search table) while the next ones are generated.
- :mod:`~studio_app.demo.parallel` — the large demo on two cores: a second process of the program makes the
  issued documents (and the contracts' clauses) from the same seed and streams them back; :mod:`~studio_app.demo.part` is
  that process (the hidden command ``demo-part``).
"""

from .generator import DEMO_VERSION, fill  # noqa: F401
