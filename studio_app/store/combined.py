"""PostgreSQL: the read statements of one dashboard refresh sent to the server as one statement.

On PostgreSQL each statement is a round trip (and the protocol's own work on both sides), and a refresh of the
Today view sends a dozen of them. A refresh after a write sends the same statements as the refresh before it: the
same day and settings give the same texts with the same values written in. So :func:`refresh` records the
statements run inside it (the text and the type of each column); the next refresh with the same key first sends
all of them together as one ``SELECT`` whose columns are each statement's rows as json (every value as its text,
``json_agg(json_build_array(c0::text, …))``, in the statement's own order), and :func:`rows` then answers each
statement the figures run from those, turned into Python values by psycopg2's own typecasters for the recorded
column types: the same values as the statement run alone gives (exact Decimals, dates, timestamps). The one
statement is prepared once per connection like the panels' own (store.prepared: its values are written in).

A statement it did not send (the first refresh of a day, one whose values changed with the data, one run inside a
transaction) runs as before. Only the texts are kept between refreshes, never rows: what a refresh reads is read
by that refresh, all of it at one moment. SQLite runs each statement in microseconds: there nothing changes.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

import peewee

from . import prepared

Recorded = tuple[str, tuple[int, ...]]  # a statement's text, values written in; its columns' type OIDs


@dataclass
class _Refresh:
    database: peewee.Database
    answers: dict[str, deque[tuple[list[tuple], tuple[int, ...]]]]  # text -> its rows and types, once per run
    ran: list[Recorded] = field(default_factory=list)


_active: contextvars.ContextVar[_Refresh | None] = contextvars.ContextVar("combined_refresh", default=None)
_recorded: dict[object, list[Recorded]] = {}  # the last refresh's key -> the statements it ran (one key kept)
_types: dict[str, tuple[int, ...]] = {}  # a statement of :func:`together`, placeholders unfilled -> its column types


@contextlib.contextmanager
def refresh(database: peewee.Database, key: object) -> Iterator[None]:
    """Inside: the statements :func:`rows` runs are recorded and, when the last refresh had the same ``key``,
    answered from one statement sent first. ``key`` names what the statements' texts depend on (day, settings)."""
    if isinstance(database, peewee.SqliteDatabase) or _active.get() is not None:
        yield
        return
    known = _recorded.get(key, [])
    state = _Refresh(database, _fetch(database, known) if known else {})
    token = _active.set(state)
    try:
        yield
    finally:
        _active.reset(token)
    _recorded.clear()
    _recorded[key] = state.ran


def forget() -> None:
    """Drop the recorded statements (the next refresh sends each on its own again)."""
    _recorded.clear()


def rows(database: peewee.Database, sql: str, params: list | tuple = (), *, planned: bool = False) -> list[tuple]:
    """The rows of ``sql`` (``%s`` placeholders) with ``params``: from the refresh's one statement when it holds
    them, else run (``planned``: through store.prepared, planned once per connection)."""
    state = _active.get()
    if state is None or state.database is not database or database.in_transaction():
        return _run(database, sql, params, planned).fetchall()
    text = database.connection().cursor().mogrify(sql, tuple(params)).decode()
    queue = state.answers.get(text)
    if queue:
        found, types = queue.popleft()
        state.ran.append((text, types))
        return found
    cursor = _run(database, sql, params, planned)
    state.ran.append((text, tuple(column.type_code for column in cursor.description or ())))
    return cursor.fetchall()


def together(database: peewee.Database, statements: list[tuple[str, list | tuple]]) -> list[list[tuple]]:
    """The rows of each statement (``%s`` placeholders, its values): sent as one statement once each has run
    before in this process (its column types known), else each on its own. Not prepared: for texts that change
    with each refresh (the waiting clients are counted from now)."""
    known = [_types.get(sql) for sql, _ in statements]
    if (isinstance(database, peewee.SqliteDatabase) or any(types is None for types in known)
            or database.in_transaction()):
        found = []
        for sql, params in statements:
            cursor = database.execute_sql(sql, tuple(params))
            _types[sql] = tuple(column.type_code for column in cursor.description)
            found.append(cursor.fetchall())
        return found
    cursor = database.connection().cursor()
    texts = [(cursor.mogrify(sql, tuple(params)).decode(), types) for (sql, params), types in zip(statements, known)]
    return [rows for rows, _ in _decoded(database.execute_sql(combined_sql(texts).replace("%", "%%"), ()), texts)]


def _run(database: peewee.Database, sql: str, params: list | tuple, planned: bool):
    if planned:
        return prepared.execute_literal(database, sql, params)
    return database.execute_sql(sql, tuple(params))


def combined_sql(statements: list[Recorded]) -> str:
    """One SELECT whose n-th column is the n-th statement's rows as a json array of arrays of texts (NULL: none).

    Each aggregate reads its statement alone (no join, no grouping around it), so it takes the rows in the order
    the statement gives them: the ordered-subquery form PostgreSQL's documentation of aggregates describes."""
    parts = []
    for text, types in statements:
        names = [f"c{n}" for n in range(len(types))]
        values = ", ".join(f"q.{name}::text" for name in names)
        parts.append(f"(SELECT json_agg(json_build_array({values})) FROM ({text}) q({', '.join(names)}))")
    return "SELECT " + ", ".join(parts)


def _fetch(database: peewee.Database, statements: list[Recorded]) -> dict[str, deque]:
    """Each statement's rows, all from one statement (its plan kept per connection): read at the refresh's start."""
    statements = [(text, types) for text, types in statements if types]  # a statement without columns: none
    if not statements or database.in_transaction():
        return {}
    try:
        cursor = prepared.execute_literal(database, combined_sql(statements).replace("%", "%%"))
    except peewee.DatabaseError:  # outside a transaction nothing is left aborted: each statement runs alone
        return {}
    answers: dict[str, deque] = {}
    for (text, types), found in zip(statements, _decoded(cursor, statements)):
        answers.setdefault(text, deque()).append(found)
    return answers


def _decoded(cursor, statements: list[Recorded]) -> list[tuple[list[tuple], tuple[int, ...]]]:
    """The one row of :func:`combined_sql`'s statement as each statement's rows (and its types)."""
    values = cursor.fetchone()
    casters = _Casters(cursor)
    decoded = []
    for (_, types), found in zip(statements, values):
        cast = [casters.get(oid) for oid in types]
        decoded.append(([tuple(None if value is None else c(value, casters.cursor) for c, value in zip(cast, row))
                         for row in found or ()], types))
    return decoded


class _Casters:
    """psycopg2's typecaster for a type OID, looked up as psycopg2 does: the cursor's, the connection's, the
    global ones; a type with none comes back as its text."""

    def __init__(self, cursor) -> None:
        import psycopg2.extensions
        raw = getattr(cursor, "cursor", cursor)  # peewee may hand back psycopg2's own cursor or a wrapper
        self._tables = [table for table in (getattr(raw, "string_types", None),
                                            getattr(raw.connection, "string_types", None),
                                            psycopg2.extensions.string_types) if table]
        self.cursor = raw

    def get(self, oid: int):
        for table in self._tables:
            if oid in table:
                return table[oid]
        return lambda value, cursor: value
