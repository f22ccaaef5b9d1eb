"""PostgreSQL: statements the app runs again and again, planned once per connection (PREPARE … EXECUTE).

PostgreSQL plans a statement each time it is sent. Two kinds are worth keeping planned:
- a list's page of rows by their ids (:func:`execute`): its plan never changes, so the generic plan a prepared
  statement keeps is the one every execution would get (planning it took 0.8 ms of the 2–3 ms a page costs);
- the Today view's panel queries (:func:`execute_literal`): CTEs and correlated subqueries that took 0.5–1.8 ms to
  plan, often longer than to run. Within a day a refresh sends the same text with the same values, so each is
  prepared with its values written in (the plan a plain statement gets) and named by that text.
Nothing read is kept, only plans: every ``EXECUTE`` reads the rows afresh, and PostgreSQL re-plans a prepared
statement by itself when a table it reads changes shape or its statistics are renewed.

Outside a transaction only: a statement that fails there leaves nothing aborted, so a prepared statement found
missing (``DISCARD ALL``, a connection pooler handing out another server connection) is prepared again once, and
if it is missing again the database runs without them from then on. SQLite plans in microseconds: callers run
their SQL as it is there.
"""

from __future__ import annotations

import itertools
import weakref
from collections import OrderedDict

import peewee

PER_CONNECTION = 64  # statements kept per connection (the oldest let go): a few days' worth of refreshes
_MISSING, _EXISTS = "26000", "42P05"  # invalid_sql_statement_name, duplicate_prepared_statement
_prepared: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # database -> (connection, names prepared on it)
_literal_names: OrderedDict[str, str] = OrderedDict()  # a statement's text -> its name (a few hundred kept)
_numbers = itertools.count(1)  # a name is never reused, so one text never finds another's plan


def execute(database: peewee.Database, name: str, types: str, sql: str, params: list):
    """The cursor of ``sql`` (``%s`` placeholders, one per entry of ``types``, e.g. ``"bigint[]"``) run with
    ``params``: through the prepared statement ``name`` when it can be, else as plain SQL."""
    assert "%%" not in sql and "$" not in sql, "only the parameters may hold % or $"
    parts = sql.split("%s")
    assert len(parts) - 1 == len(types.split(", ")), "one type per parameter"
    numbered = parts[0] + "".join(f"${i}{part}" for i, part in enumerate(parts[1:], start=1))
    return _run(database, name, f"PREPARE {name}({types}) AS {numbered}",
                f"EXECUTE {name}({', '.join(['%s'] * len(params))})", params,
                lambda: database.execute_sql(sql, params))


def execute_literal(database: peewee.Database, sql: str, params: list | tuple = ()):
    """The cursor of ``sql`` (``%s`` placeholders) with ``params`` written in, planned once per connection for the
    same text."""
    text = database.connection().cursor().mogrify(sql, tuple(params)).decode()
    name = _literal_names.get(text)
    if name is None:
        name = _literal_names[text] = f"studio_q{next(_numbers)}"
        if len(_literal_names) > 4 * PER_CONNECTION:
            _literal_names.popitem(last=False)
    _literal_names.move_to_end(text)
    return _run(database, name, f"PREPARE {name} AS {text}".replace("%", "%%"), f"EXECUTE {name}", [],
                lambda: database.execute_sql(sql, tuple(params)))


def _run(database: peewee.Database, name: str, prepare: str, run: str, params: list, plain):
    if getattr(database, "studio_unprepared", False) or database.in_transaction():
        return plain()
    names = _names(database)
    for _ in range(2):
        try:
            if name in names:
                names.move_to_end(name)
            else:
                _prepare(database, prepare)
                names[name] = None
                if len(names) > PER_CONNECTION:
                    database.execute_sql(f"DEALLOCATE {names.popitem(last=False)[0]}")
            return database.execute_sql(run, params)
        except peewee.DatabaseError as exc:
            if _code(exc) != _MISSING:
                raise
            names.clear()
    database.studio_unprepared = True
    return plain()


def _names(database: peewee.Database) -> OrderedDict[str, None]:
    """The statements prepared on the database's connection (a new connection starts with none)."""
    connection = database.connection()
    kept = _prepared.get(database)
    if kept is None or kept[0] is not connection:
        kept = _prepared[database] = (connection, OrderedDict())
    return kept[1]


def _prepare(database: peewee.Database, statement: str) -> None:
    try:
        database.execute_sql(statement)
    except peewee.DatabaseError as exc:
        if _code(exc) != _EXISTS:  # prepared before this connection was seen (forgotten after a miss)
            raise


def _code(exc: BaseException) -> str | None:
    """The SQLSTATE of psycopg2's error that peewee re-raised as its own (raised while handling it)."""
    for original in (exc.__context__, exc.args[0] if exc.args else None):
        if getattr(original, "pgcode", None):
            return original.pgcode
    return None
