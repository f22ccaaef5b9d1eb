"""The panels' queries planned once per PostgreSQL connection and day, instead of on every refresh.

PostgreSQL plans a statement each time it is sent, and the Today view's panel queries (CTEs, correlated
subqueries) took 0.5–1.5 ms each to plan, often longer than to run. A refresh comes after every write, and within
a day its queries are the same text with the same values, so each is sent once as ``PREPARE`` with its values
written in (the plan is the one a plain statement gets: the values are known when it is made), and then run with
``EXECUTE``. PostgreSQL re-plans a prepared statement by itself when a table it reads changes shape or its
statistics are renewed, and the rows are read afresh on every ``EXECUTE``: nothing read is kept here, only plans.
SQLite plans in microseconds; there the query runs as it is.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict

from studio_app.store import db
from .sql import _pg, _rows

PER_CONNECTION = 64  # statements kept per connection: a few days' worth of refreshes
CONNECTIONS = 8  # connections remembered (one per thread that reads the figures)

_names = itertools.count(1)  # never reused, so a name is never prepared twice on one connection
_prepared: OrderedDict[int, tuple[object, OrderedDict[str, str]]] = OrderedDict()


def rows(sql: str, params: list | tuple = ()) -> list[tuple]:
    """:func:`studio_app.today.sql._rows`, planned once per connection for the same statement and values."""
    if not _pg():
        return _rows(sql, params)
    database = db.current()
    connection = database.connection()
    text = connection.cursor().mogrify(sql.replace("?", "%s"), tuple(params)).decode()
    statements = _statements(connection)
    name = statements.get(text)
    if name is None:
        name = f"today_{next(_names)}"
        database.execute_sql(f"PREPARE {name} AS {text}".replace("%", "%%"))
        statements[text] = name
        if len(statements) > PER_CONNECTION:
            database.execute_sql(f"DEALLOCATE {statements.popitem(last=False)[1]}")
    else:
        statements.move_to_end(text)
    return database.execute_sql(f"EXECUTE {name}").fetchall()


def _statements(connection: object) -> OrderedDict[str, str]:
    """The statements prepared on ``connection`` (a new connection, even at a reused address, starts empty)."""
    kept = _prepared.get(id(connection))
    if kept is None or kept[0] is not connection:
        kept = _prepared[id(connection)] = (connection, OrderedDict())
        while len(_prepared) > CONNECTIONS:
            _prepared.popitem(last=False)
    _prepared.move_to_end(id(connection))
    return kept[1]
