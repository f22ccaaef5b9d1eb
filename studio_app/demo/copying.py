"""The demo into PostgreSQL: a writer thread that sends the rows by COPY (store.bulk_postgres) while the next ones
are generated (:func:`.parallel.build_copying`), and builds each table's indexes once the table is complete;
psycopg2 lets go of the GIL while the server works."""

from __future__ import annotations

import queue
import sys
import threading

from studio_app.store import bulk_postgres, db


class Copier:
    """A thread that runs the COPYs and the index builds on the fill's own connection, inside its transaction,
    in the order given. Used as a context manager; leaving it waits for the last statement, and raises what failed
    in the thread. The same calls as :class:`.batch.Writer` (SQLite's)."""

    def __init__(self, aside: bulk_postgres.SetAside, later: tuple[str, ...] = ()) -> None:
        self.connection = db.current().connection()  # peewee's connection is per thread: take this one's
        self.aside, self.later = aside, later  # later: tables whose indexes restore_indexes builds
        self.jobs: queue.Queue = queue.Queue(maxsize=64)
        self.error: BaseException | None = None
        self.stopping = False  # the main thread failed: the jobs still queued are dropped, not run
        self.thread = threading.Thread(target=self._run, name="demo-copier", daemon=True)
        self.interval = sys.getswitchinterval()

    def __enter__(self) -> Copier:
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
        self._put(("copy", table, columns, rows))

    def finished(self, table: str) -> None:
        for sql in () if table in self.later else bulk_postgres.index_statements(self.aside, table):
            self._put(("sql", sql))

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
                    with self.connection.cursor() as cursor:
                        cursor.execute(job[1])
                else:
                    bulk_postgres.copy(*job[1:], connection=self.connection)
            except BaseException as error:  # noqa: BLE001 - handed to the main thread, which raises it
                self.error = error


# Each accepted quote is its project's agreement (migration 4's link_accepted_quotes, whose UPDATE of every project
# kept up all of the projects' indexes: 3 s): set-wise, before the projects' indexes are built (Copier's ``later``).
# The same values on a fill, whose projects have none yet.
LINK_ACCEPTED = ('UPDATE "project" p SET "accepted_quote_id" = q."id" FROM (SELECT "project_id", MAX("id") AS "id" '
                 'FROM "quote" WHERE "status" = \'accepted\' GROUP BY "project_id") q WHERE q."project_id" = p."id"')
