"""Demo data: a studio with clients in Türkiye, Greece, Malaysia and the UK, the same on every run.

- :mod:`~studio_app.demo.generator` — :func:`fill` and the generator that writes a small (trying the app,
  tests) or large (benchmarks) database through the services' own rules.
- :mod:`~studio_app.demo.einvoicing` — the clients with e-invoice formats (Germany, Belgium, France), whose
  invoices are issued through the services with their XML.
- :mod:`~studio_app.demo.words` — the names, projects, deliverables and services it is made of.
- :mod:`~studio_app.demo.batch` — the bulk writer for the large database.
"""

from .generator import DEMO_VERSION, fill  # noqa: F401
