"""The demo into PostgreSQL: a writer thread that sends the rows by COPY (store.bulk_postgres) while the next ones
are generated (:func:`.parallel.build_copying`), and builds each table's indexes once the table is complete;
psycopg2 lets go of the GIL while the server works."""

from __future__ import annotations

from studio_app.store import bulk_postgres

from .batch import Background


class Copier(Background):
    """PostgreSQL's: the COPYs, and each finished table's index builds but for the tables in ``later`` (whose
    indexes ``bulk_postgres.restore_indexes`` builds after)."""

    def __init__(self, aside: bulk_postgres.SetAside, later: tuple[str, ...] = ()) -> None:
        super().__init__("demo-copier")
        self.aside, self.later = aside, later

    def finished(self, table: str) -> None:
        for sql in () if table in self.later else bulk_postgres.index_statements(self.aside, table):
            self._put(("sql", sql))

    def _execute(self, sql: str) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(sql)

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        bulk_postgres.copy(table, columns, rows, connection=self.connection)


# Each accepted quote is its project's agreement (migration 4's link_accepted_quotes, whose UPDATE of every project
# kept up all of the projects' indexes: 3 s): set-wise, before the projects' indexes are built (Copier's ``later``).
# The same values on a fill, whose projects have none yet.
LINK_ACCEPTED = ('UPDATE "project" p SET "accepted_quote_id" = a."id", "price" = a."total_net" FROM (SELECT "project_id", '
                 'MAX("id") AS "id" FROM "quote" WHERE "status" = \'accepted\' GROUP BY "project_id") q '
                 'JOIN "quote" a ON a."id" = q."id" WHERE q."project_id" = p."id"')
