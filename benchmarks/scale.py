"""The 1,000,000-invoice database of ``make bench-scale``: the large demo ten times over.

``benchmarks/data/scale-x10-v<DEMO_VERSION>.<SCALE_VERSION>.sqlite3`` (gitignored) is the large demo
database (2,000 clients, 10,000 projects, 100,000 invoices, 500,000 lines) with nine more copies of
its studio's work appended inside SQLite itself: one ``INSERT … SELECT`` per table and copy, every id
shifted by the copy number times the table's largest id, every reference shifted by its table's
offset, and the unique document numbers given the copy's suffix (``2025-0042·3``). That gives 20,000
clients, 100,000 projects, 1,000,000 invoices and 5,000,000 lines with the large demo's mix of
statuses, currencies, dates and names. The secondary indexes and the search triggers are set aside
while the rows go in and made again after, as ``store.bulk`` does for the demo, and the money totals the
database keeps (migration 16) are made again from the rows.

Left out of the copies: the issued documents' frozen snapshots (3 KB each; no list, search or
dashboard reads them), the number counters, mail and the studio's settings. It is a database to
measure lists, search and the dashboard on, not one to issue from. Built once, reused while the
demo's and this generator's versions match.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from pathlib import Path

from .common import DATA, log

SCALE_VERSION = 1  # bump when the copies change
COPIES = 10  # the large demo and nine copies
TABLES = ("client", "project", "deliverable", "exclusion", "milestone", "interaction", "quote", "quote_line",
          "contract", "invoice", "invoice_line", "revision_round", "time_entry", "payment")
NUMBERED = {"invoice", "quote", "contract"}  # their `number` is unique


def _references() -> dict[str, dict[str, str]]:
    """Per table, each foreign-key column and the table it points at (from the models)."""
    import peewee

    from studio_app.store import models
    found: dict[str, dict[str, str]] = {}
    for value in vars(models).values():
        if isinstance(value, type) and issubclass(value, peewee.Model) and value._meta.table_name in TABLES:
            found[value._meta.table_name] = {f.column_name: f.rel_model._meta.table_name
                                             for f in value._meta.sorted_fields
                                             if isinstance(f, peewee.ForeignKeyField)}
    return found


def _copy_sql(table: str, columns: list[str], references: dict[str, str]) -> str:
    """``INSERT … SELECT`` of the original rows of ``table`` as copy ``:copy``, offsets as named parameters."""
    values = []
    for column in columns:
        if column == "id":
            values.append(f'"id" + :copy * :{table}')
        elif column in references:
            values.append(f'"{column}" + :copy * :{references[column]}')
        elif column == "number" and table in NUMBERED:
            values.append("\"number\" || '·' || :copy")
        else:
            values.append(f'"{column}"')
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) SELECT {", ".join(values)} FROM "{table}" WHERE "id" <= :{table}'


def _recount_fragments(connection: sqlite3.Connection) -> None:
    """Migration 18's one- and two-letter fragment counts, whose triggers were set aside with the others."""
    from studio_app.store.migrations import m0018_search_fragments as m0018
    for table in m0018.TABLES:
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [m0018.table_of(table)]).fetchone():
            keys = (key for (key,) in connection.execute(f'SELECT "search_key" FROM "{table}"'))
            found = m0018.counts(keys)
            connection.execute(f'DELETE FROM "{m0018.table_of(table)}"')
            connection.executemany(m0018.insert_sql(table), found)


def _kept_latest(connection: sqlite3.Connection) -> list[str]:
    """Each client's latest delivery and last contact (schema 19 on), each project's logged time, open work and
    last update (schema 22 on) and the Today panels' per-day counts of them (schema 23 on), made again from the rows."""
    from studio_app.store.migrations import m0019_client_latest as m0019, m0022_project_latest as m0022
    from studio_app.store.migrations import m0023_day_counts as m0023
    found = []
    for migration in (m0019, m0022, m0023):
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [migration.TABLE]).fetchone():
            found += migration.fill(True)
    return found


def _kept_totals(connection: sqlite3.Connection) -> list[str]:
    """The money totals kept per currency and due date or month, made again from the rows (schema 16 on)."""
    from studio_app.store.migrations import m0016_kept_totals
    found = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'open_due_total'").fetchone()
    return m0016_kept_totals.fill(True) if found else []


def build(large: Path, target: Path) -> dict:
    """Make ``target`` from the large demo database ``large``; what was made and how long it took."""
    started = time.perf_counter()
    building = target.with_name(".building-" + target.name)
    for leftover in target.parent.glob(building.name + "*"):
        leftover.unlink()
    shutil.copyfile(large, building)
    connection = sqlite3.connect(building, isolation_level=None)
    connection.execute("PRAGMA journal_mode = OFF")  # a new file being filled: nothing to lose if it stops
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA cache_size = -1000000")
    connection.execute("PRAGMA temp_store = MEMORY")
    references = _references()
    offsets = {t: connection.execute(f'SELECT coalesce(max(id), 0) FROM "{t}"').fetchone()[0] for t in TABLES}
    marks = ", ".join("?" for _ in TABLES)
    set_aside = connection.execute(
        f"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY type, name", TABLES).fetchall()
    connection.execute("BEGIN")
    for kind, name, _ in set_aside:
        connection.execute(f'DROP {kind.upper()} "{name}"')
    statements = {t: _copy_sql(t, [row[1] for row in connection.execute(f'PRAGMA table_info("{t}")')],
                               references.get(t, {})) for t in TABLES}
    for copy in range(1, COPIES):
        for table in TABLES:
            connection.execute(statements[table], {"copy": copy, **offsets})
        log(f"  copy {copy} of {COPIES - 1} appended ({time.perf_counter() - started:.0f} s)")
    inserted = time.perf_counter() - started
    for _, _, sql in set_aside:
        connection.execute(sql)
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'").fetchall():
        connection.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
    _recount_fragments(connection)
    for statement in _kept_totals(connection):  # the triggers of migration 16 were set aside with the rest
        connection.execute(statement)
    for statement in _kept_latest(connection):  # and migrations 19, 22 and 23's
        connection.execute(statement)
    connection.execute("COMMIT")
    indexed = time.perf_counter() - started
    connection.execute("ANALYZE")
    counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
              for t in ("client", "project", "invoice", "invoice_line", "payment")}
    connection.execute("PRAGMA journal_mode = WAL")
    connection.close()
    building.replace(target)
    seconds = time.perf_counter() - started
    return {"counts": counts, "seconds": seconds, "insert_seconds": inserted, "index_seconds": indexed - inserted,
            "bytes": target.stat().st_size}


def ensure(large: Path, folder: Path = DATA, *, rebuild: bool = False) -> tuple[Path, dict]:
    """The 1,000,000-invoice database for the current demo and scale versions, built from ``large`` if missing."""
    from .database import demo_version, reusable
    version = f"v{demo_version()}.{SCALE_VERSION}"
    target = folder / f"scale-x{COPIES}-{version}.sqlite3"
    meta_path = target.with_suffix(".json")
    kept = reusable(target, "version", version, f"scale-x{COPIES}-v*.sqlite3*", rebuild)
    if kept is not None:
        return target, kept
    log(f"building the {COPIES}× database from {large.name} (one INSERT … SELECT per table and copy) …")
    meta = {"version": version, **build(large, target), "built_at": time.strftime("%Y-%m-%d %H:%M:%S")}
    meta_path.write_text(json.dumps(meta, indent=2))
    log(f"built in {meta['seconds']:.0f} s ({meta['insert_seconds']:.0f} s copying, {meta['index_seconds']:.0f} s "
        f"indexes and search tables): {meta['counts']}, {meta['bytes'] / 1e9:.1f} GB")
    return target, meta


def dashboard_side_by_side(large: Path, scaled: Path, settings) -> list:
    """The whole Today view (``today.cockpit`` after a write) on the 10× copy ÷ on the large demo, both databases
    open and their refreshes alternated, one pair at a time: measured minutes apart, as the other 10× figures are,
    the machine's drift (±40 % over a run) moved the ratio of these 1–2 ms figures between 1.2 and 1.9."""
    from studio_app.store import db, startup
    from studio_app.today import cockpit
    from studio_app.work import clock

    from .common import Figure, repeat
    today = clock.today()
    opened, shown = {}, {}
    for path in (large, scaled):
        startup.open_database(path, read_only=True)
        opened[path], shown[path] = db.database.obj, cockpit.cockpit(today)
        cockpit.forget()
    times: dict[Path, list[float]] = {large: [], scaled: []}
    for _ in range(max(settings.reps, 5) * 4):
        for path in (large, scaled):
            db.database.initialize(opened[path])
            times[path] += repeat(lambda: cockpit.cockpit(today), 1, warmup=0, before=cockpit.forget)
    for path in (large, scaled):  # the swapped connection gave what its own opening gave
        db.database.initialize(opened[path])
        cockpit.forget()
        assert cockpit.cockpit(today) == shown[path]
    ratios = [b / a for a, b in zip(times[large], times[scaled])]
    mid = lambda values: sorted(values)[len(values) // 2]  # noqa: E731
    return [Figure(f"{COPIES}× ÷ 1×, side by side: everything the Today view shows", "×", ratios, 1.5,
                   note=f"pairs alternated in one process: {mid(times[large]):.2f} ms against "
                        f"{mid(times[scaled]):.2f} ms on {COPIES}× the data")]
