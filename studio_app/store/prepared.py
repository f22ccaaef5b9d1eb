"""PostgreSQL: a statement a list runs for every page it shows, planned once per connection (PREPARE … EXECUTE).

Planning the page query of the invoices' list (the table has some 25 indexes the planner weighs) took 0.8 ms of
the 2–3 ms a page costs; its plan never changes (the rows of given ids, by primary key), so the generic plan a
prepared statement keeps is the one every execution would get. Outside a transaction only: a statement that fails
there leaves nothing aborted, so a prepared statement found missing (``DISCARD ALL``, a connection pooler handing
out another server connection) is prepared again once, and if it is missing again the database is run without
them from then on.
"""

from __future__ import annotations

import weakref

import peewee

_MISSING, _EXISTS = "26000", "42P05"  # invalid_sql_statement_name, duplicate_prepared_statement
_prepared: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # database -> (connection, names prepared on it)


def execute(database: peewee.Database, name: str, types: str, sql: str, params: list):
    """The cursor of ``sql`` (``%s`` placeholders, one per entry of ``types``, e.g. ``"bigint[]"``) run with
    ``params``: through the prepared statement ``name`` when it can be, else as plain SQL."""
    if getattr(database, "studio_unprepared", False) or database.in_transaction():
        return database.execute_sql(sql, params)
    connection = database.connection()
    kept = _prepared.get(database)
    if kept is None or kept[0] is not connection:  # a new connection has no prepared statements
        kept = _prepared[database] = (connection, set())
    names = kept[1]
    for _ in range(2):
        try:
            if name not in names:
                _prepare(database, name, types, sql)
                names.add(name)
            return database.execute_sql(f"EXECUTE {name}({', '.join(['%s'] * len(params))})", params)
        except peewee.DatabaseError as exc:
            if _code(exc) != _MISSING:
                raise
            names.clear()
    database.studio_unprepared = True
    return database.execute_sql(sql, params)


def _prepare(database: peewee.Database, name: str, types: str, sql: str) -> None:
    assert "%%" not in sql and "$" not in sql, "only the parameters may hold % or $"
    parts = sql.split("%s")
    assert len(parts) - 1 == len(types.split(", ")), "one type per parameter"
    numbered = parts[0] + "".join(f"${i}{part}" for i, part in enumerate(parts[1:], start=1))
    try:
        database.execute_sql(f"PREPARE {name}({types}) AS {numbered}")
    except peewee.DatabaseError as exc:
        if _code(exc) != _EXISTS:  # prepared before this connection was seen (forgotten after a miss)
            raise


def _code(exc: BaseException) -> str | None:
    """The SQLSTATE of psycopg2's error that peewee re-raised as its own (raised while handling it)."""
    for original in (exc.__context__, exc.args[0] if exc.args else None):
        if getattr(original, "pgcode", None):
            return original.pgcode
    return None
