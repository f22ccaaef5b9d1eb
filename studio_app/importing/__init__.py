"""Bringing a studio's data from a spreadsheet or another tool: clients, projects and past invoices from CSV.

- :mod:`~studio_app.importing.detect` — reading the file: its encoding, its delimiter, Excel's habits
  (``sep=`` line, BOM, CRLF, quoted cells over several lines); refusing what is not a CSV.
- :mod:`~studio_app.importing.cells` — what a cell means: amounts with a decimal comma or point, dates whose
  day/month order is decided by the whole column.
- :mod:`~studio_app.importing.headers` — the fields of each kind and the column names they are recognised by
  (English, Turkish, Greek, Malay; Invoice Ninja, InvoiceShelf/Crater, Bonsai, HoneyBook), ``FIELD=COLUMN``.
- :mod:`~studio_app.importing.rows` — each row checked by the same validators as the forms; duplicates.
- :mod:`~studio_app.importing.history` — past invoices: kept as issued elsewhere, their numbers reserved.
- :mod:`~studio_app.importing.plan` — the dry run and the import itself, all or nothing, in batches.
"""
