"""Writing the demo's rows in bulk: tuples per table with explicit ids, the SQLite indexes set aside while
they go in, and a writer thread that inserts them while the next ones are generated (on PostgreSQL
:class:`.copying.Copier`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import queue
import sqlite3
import sys
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain

from studio_app.store import db, sort_keys
from studio_app.store.models import (
    Client, Contract, Deliverable, Exclusion, Interaction, Invoice, InvoiceLine, IssuedDocument, Milestone,
    NumberCounter, Payment, Project, Quote, QuoteLine, RevisionRound, TimeEntry,
)

# The tables in the order they are written: a row's references are always in a table written before it.
MODELS = (Client, Project, Deliverable, Exclusion, Milestone, Interaction, Quote, QuoteLine, Contract,
          Invoice, InvoiceLine, RevisionRound, TimeEntry, Payment, IssuedDocument, NumberCounter)
HELD = frozenset({Quote, QuoteLine, Contract})  # numbered (and contracts worded) at the end: written then
_ROWS_PER_STATEMENT = 2000  # at most; fewer when the table is wide (SQLite's limit on bound values)


@dataclass
class Batch:
    """Rows per table, as tuples in column order, with the next free id of each table. With a ``writer``, the rows
    of a table go to it as :meth:`send` and :meth:`finish` say (held tables only when finished)."""

    rows: dict[type, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    columns: dict[type, tuple[str, ...]] = field(default_factory=dict)
    names: dict[type, tuple[str, ...]] = field(default_factory=dict)
    writer: Writer | None = None
    held: frozenset = frozenset()  # tables whose rows may still change: sent only when finished
    order: tuple = ()  # parents before children, so every row's references are already written
    sent: dict[type, int] = field(default_factory=lambda: defaultdict(int))
    finished: set = field(default_factory=set)
    counted: frozenset = frozenset()  # tables another process writes: their rows only get their ids here
    ids: dict[type, int] = field(default_factory=lambda: defaultdict(int))  # the last id given, counted tables
    made: dict[type, int] = field(default_factory=dict)  # how many rows the tables let go of had

    def count(self, model: type) -> int:
        return self.made.get(model, len(self.rows.get(model, ())))

    def let_go(self) -> None:
        """The finished tables' rows are all with the writer: only how many there were is kept."""
        for model in self.finished & set(self.rows):
            self.made[model] = len(self.rows.pop(model))

    def add(self, model: type, **values: object) -> int:
        """Append a row (ids are explicit: 1, 2, 3 … per table, so references need no read-back)."""
        if model in self.counted:
            self.ids[model] += 1
            return self.ids[model]
        table = self.rows[model]
        row_id = len(table) + 1
        if model._meta.table_name in sort_keys.SORTED:  # written around peewee: keys added here
            values = sort_keys.with_keys(model._meta.table_name, values)
        names = self.names.get(model)
        if names is None:
            names = self.names[model] = tuple(values) + (("id",) if "id" in model._meta.fields else ())
            self.columns[model] = tuple(model._meta.fields[n].column_name for n in names)
        values.setdefault("id", row_id)
        table.append(tuple(map(values.__getitem__, names)))
        return row_id

    def add_values(self, model: type, names: tuple[str, ...], values: tuple) -> int:
        """Append a row given as values in ``names`` order, for a table without collation keys whose rows are all
        added so (the many invoice lines: no keyword arguments to gather)."""
        if model in self.counted:
            self.ids[model] += 1
            return self.ids[model]
        table = self.rows[model]
        if self.names.get(model) is None:
            self.names[model] = names
            self.columns[model] = tuple(model._meta.fields[n].column_name for n in names) + ("id",)
        elif self.names[model] is not names:
            raise ValueError(f"{model.__name__} rows are added with one set of names")
        table.append(values + (len(table) + 1,))
        return len(table)

    def send(self) -> None:
        """Hand the rows added since the last call to the writer, parents first (held tables wait)."""
        if self.writer is None:
            return
        for model in self.order:
            if model not in self.held and model not in self.finished:
                self._send(model)

    def finish(self, *models: type) -> None:
        """These tables are complete: the writer gets their last rows and then builds their indexes."""
        self.send()
        for model in (m for m in self.order if m in models and m not in self.finished):
            if self.writer is not None:
                self._send(model)
                self.writer.finished(model._meta.table_name)
            self.finished.add(model)

    def _send(self, model: type) -> None:
        rows = self.rows.get(model)
        start = self.sent[model]
        if rows and len(rows) > start:
            self.writer.insert(model._meta.table_name, self.columns[model], rows[start:])
            self.sent[model] = len(rows)


class Background:
    """A thread that runs the writes on the fill's own connection, inside its transaction, in the order given,
    while the main thread generates (the database driver lets go of the GIL while the database works). Used as a
    context manager; leaving it waits for the last statement, and raises what failed in the thread. A subclass
    says how a statement runs (:meth:`_execute`) and how rows go in (:meth:`_insert`)."""

    def __init__(self, name: str) -> None:
        self.connection = db.current().connection()  # peewee's connection is per thread: take this one's
        self.jobs: queue.Queue = queue.Queue(maxsize=64)
        self.error: BaseException | None = None
        self.stopping = False  # the main thread failed: the jobs still queued are dropped, not run
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.interval = sys.getswitchinterval()

    def __enter__(self):
        sys.setswitchinterval(0.001)  # the writer waits this long for the GIL after each statement
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping = exc[0] is not None
        self.jobs.put(None)
        self.thread.join()
        sys.setswitchinterval(self.interval)
        if self.error is not None and exc[0] is None:
            raise self.error

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        self._put(("insert", table, columns, rows))

    def _put(self, job: tuple) -> None:
        if self.error is not None:
            raise self.error
        self.jobs.put(job)

    def _run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if self.error is not None or self.stopping:
                continue  # drain: the main thread raises the error at its next call, or is raising its own
            try:
                if job[0] == "sql":
                    self._execute(job[1])
                else:
                    self._insert(*job[1:])
            except BaseException as error:  # noqa: BLE001 - handed to the main thread, which raises it
                self.error = error

    def _execute(self, sql: str) -> None:
        raise NotImplementedError

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        raise NotImplementedError


class Writer(Background):
    """SQLite's: the inserts, then each finished table's index builds; rows go in many to a statement, because
    the thread waits for the GIL again after each statement."""

    def __init__(self, indexes: dict[str, list[str]], utf8: dict[str, tuple[str, ...]]) -> None:
        super().__init__("demo-writer")
        self.indexes = indexes  # CREATE INDEX statements per table, run once the table is finished
        self.utf8 = utf8  # text columns given as their UTF-8 (bytes): stored as the text, not encoded again here
        self.limit = self.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)

    def finished(self, table: str) -> None:
        for sql in self.indexes.get(table, ()):
            self._put(("sql", sql))

    def _execute(self, sql: str) -> None:
        self.connection.execute(sql)

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        per = max(1, min(_ROWS_PER_STATEMENT, self.limit // len(columns)))
        names = ", ".join(f'"{c}"' for c in columns)
        head = f'INSERT INTO "{table}" ({names}) VALUES '
        utf8 = self.utf8.get(table, ())
        one = "(" + ", ".join("CAST(? AS TEXT)" if column in utf8 else "?" for column in columns) + ")"
        for start in range(0, len(rows), per):
            part = rows[start:start + per]
            self.connection.execute(head + ", ".join([one] * len(part)), list(chain.from_iterable(part)))


@contextlib.contextmanager
def uncollected() -> Iterator[None]:
    """The cyclic collector paused while the build runs: it makes millions of objects that all live to its end,
    which the collector would walk again and again finding nothing to free (1 to 2 s of each process's time).
    Whoever uses it lets go of them inside it, or the first collection after it walks them all once more."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@functools.lru_cache(maxsize=8192)
def stamp(day: dt.date, hour: int) -> str:
    """``day`` at ``hour`` o'clock as the text SQLite stores for it (what the sqlite3 adapter makes of a datetime)."""
    return dt.datetime.combine(day, dt.time(hour)).isoformat(" ")


def index_statements(set_aside: Iterable[tuple[str, str, str]], tables: dict[str, str]) -> dict[str, list[str]]:
    """The set-aside indexes (not triggers) by table, from ``tables``: index name -> its table."""
    found: dict[str, list[str]] = defaultdict(list)
    for kind, name, sql in set_aside:
        if kind == "index":
            found[tables[name]].append(sql)
    return found

