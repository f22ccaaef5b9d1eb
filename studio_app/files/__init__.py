"""Files: what leaves the database as a file, and what comes back.

- :mod:`~studio_app.files.backup` — taking a backup, SQLite and PostgreSQL; :mod:`~studio_app.files.backup_list`
  — where backups live, their names, which there are; :mod:`~studio_app.files.restore` — putting one back.
- :mod:`~studio_app.files.export` — the whole dataset as one JSON file and back; the accountant's CSV.
- :mod:`~studio_app.files.import_rules` — what an imported file may hold, column by column, built from the
  cell rules of :mod:`~studio_app.files.cell_rules`.
- :mod:`~studio_app.files.safe_write` — private atomic writes: the one way a file is put where asked.
- :mod:`~studio_app.files.private` — private folders and new files, the temporary file renamed into place.
- :mod:`~studio_app.files.resources` — finding shipped files (fonts, texts, translations).
"""
