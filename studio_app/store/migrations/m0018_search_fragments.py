"""Schema version 18: how many quotes, contracts and invoices hold each one- and two-letter fragment, kept by triggers.

A search for one or two letters has no trigram to look up (m0002), so the count a list shows (exact, never an
estimate) was a scan of every search key: the invoices' first keystroke “k” read 100,000 keys to count 46,270
(24–40 ms on SQLite, 258 ms at 1,000,000 invoices). ``<table>_fragments`` holds, for every fragment of one or two
characters without a space in any row's folded ``search_key``, how many rows contain it; the count of a one-word
search that short is then one indexed read. The triggers keep it exact on every write path:

- SQLite: row triggers add and subtract each key's distinct fragments (one row per fragment, an UPSERT; SQLite has
  one writer at a time). Triggers may not use WITH, so a key's character positions come from ``json_each`` over
  an array of ``length(key)`` zeros.
- PostgreSQL: statement triggers (transition tables) append one row per fragment and statement with the change,
  never update one: two desks writing at once never wait on each other's counts, and cannot deadlock. A count is
  the sum of its fragment's rows; reading folds them together now and then (store.fragments). Without JIT: the
  planner cannot tell how many positions a key has, guessed 1,000 and compiled every statement of 2,000 rows
  (90 ms each); the fragments of each row made distinct in byte order, whatever the database's collation.

On SQLite also an index of the invoices' (id, issue_date): the invoices a search found are put in the list's
default order from it instead of from their rows (lists._covering; “kaya”, 2,604 invoices: CPU ×0.7).

``store.bulk.set_aside_indexes`` drops the SQLite triggers with the others; ``bulk.restore_indexes`` re-creates
them and :func:`fill` counts the rows again. Frozen DDL: a later change is a new step.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import peewee

VERSION = 18

TABLES = ("quote", "contract", "invoice")  # the lists that show every row: their count is a search's alone


def table_of(table: str) -> str:
    return f"{table}_fragments"


def _positions(key: str) -> str:
    """SQLite: the (position, width) pairs of ``key``'s one- and two-character fragments without a space."""
    zeros = f"'[' || substr(replace(hex(zeroblob(length({key}))), '00', ',0'), 2) || ']'"
    part = f"substr({key}, p.key + 1, w.value)"
    return (f"SELECT DISTINCT {part} AS f FROM json_each({zeros}) AS p, json_each('[1,2]') AS w "
            f"WHERE p.key + w.value <= length({key}) AND instr({part}, ' ') = 0")


def sqlite_ddl(table: str) -> list[str]:
    kept = table_of(table)
    add = (f'INSERT INTO "{kept}" ("fragment", "rows") SELECT f, 1 FROM ({_positions("new.search_key")}) WHERE 1 '
           f'ON CONFLICT ("fragment") DO UPDATE SET "rows" = "rows" + 1;')
    remove = f'UPDATE "{kept}" SET "rows" = "rows" - 1 WHERE "fragment" IN ({_positions("old.search_key")});'
    return [
        f'CREATE TABLE "{kept}" ("fragment" TEXT NOT NULL PRIMARY KEY, "rows" INTEGER NOT NULL) WITHOUT ROWID',
        f'CREATE TRIGGER "{kept}_insert" AFTER INSERT ON "{table}" BEGIN {add} END',
        f'CREATE TRIGGER "{kept}_delete" AFTER DELETE ON "{table}" BEGIN {remove} END',
        f'CREATE TRIGGER "{kept}_update" AFTER UPDATE OF "search_key" ON "{table}" '
        f'WHEN old."search_key" IS NOT new."search_key" BEGIN {remove} {add} END',
    ]


_PG_FRAGMENTS = """SELECT DISTINCT substr(r.search_key, p, w) COLLATE "C" AS f FROM generate_series(1, length(r.search_key)) AS p,
        (VALUES (1), (2)) AS v(w) WHERE p + w - 1 <= length(r.search_key)
        AND strpos(substr(r.search_key, p, w), ' ') = 0"""


def postgres_ddl(table: str) -> list[str]:
    kept = table_of(table)
    delta = {
        "INSERT": f"SELECT f, 1 AS d FROM new_rows r CROSS JOIN LATERAL ({_PG_FRAGMENTS}) s",
        "DELETE": f"SELECT f, -1 AS d FROM old_rows r CROSS JOIN LATERAL ({_PG_FRAGMENTS}) s",
        "UPDATE": (f"SELECT f, 1 AS d FROM (SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id "
                   f"WHERE o.search_key IS DISTINCT FROM n.search_key) r CROSS JOIN LATERAL ({_PG_FRAGMENTS}) s "
                   f"UNION ALL SELECT f, -1 AS d FROM (SELECT o.* FROM old_rows o JOIN new_rows n ON o.id = n.id "
                   f"WHERE o.search_key IS DISTINCT FROM n.search_key) r CROSS JOIN LATERAL ({_PG_FRAGMENTS}) s"),
    }
    tables = {"INSERT": "NEW TABLE AS new_rows", "DELETE": "OLD TABLE AS old_rows",
              "UPDATE": "NEW TABLE AS new_rows OLD TABLE AS old_rows"}
    statements = [f'CREATE TABLE "{kept}" ("fragment" TEXT NOT NULL, "rows" BIGINT NOT NULL)',
                  f'CREATE INDEX "{kept}_fragment" ON "{kept}" ("fragment") INCLUDE ("rows")']
    for event, rows in delta.items():
        function = f"{kept}_{event.lower()}"
        statements += [
            f'CREATE FUNCTION "{function}"() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$ BEGIN '
            f'INSERT INTO "{kept}" ("fragment", "rows") SELECT f, sum(d) FROM ({rows}) AS changes '
            f"GROUP BY f HAVING sum(d) <> 0; RETURN NULL; END $$",
            f'CREATE TRIGGER "{function}" AFTER {event} ON "{table}" REFERENCING {tables[event]} '
            f'FOR EACH STATEMENT EXECUTE FUNCTION "{function}"()',
        ]
    statements += [  # a restore empties the tables with TRUNCATE, which fires no row or statement trigger above
        f'CREATE FUNCTION "{kept}_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN '
        f'DELETE FROM "{kept}"; RETURN NULL; END $$',
        f'CREATE TRIGGER "{kept}_truncate" AFTER TRUNCATE ON "{table}" FOR EACH STATEMENT '
        f'EXECUTE FUNCTION "{kept}_truncate"()',
    ]
    return statements


def fragments(key: str) -> set[str]:
    """The distinct one- and two-character fragments of a folded key that a search word can be (no space)."""
    found = set(key)
    found.update(map(str.__add__, key, key[1:]))
    found.discard(" ")
    return {fragment for fragment in found if " " not in fragment}


def counts(keys: Iterable[str | None]) -> list[tuple[str, int]]:
    """(fragment, rows holding it) over the folded keys, in fragment order. Counted in Python: SQLite took 24 s
    to do the same in SQL for 100,000 invoices (a DISTINCT over 9 million pairs), Python 4 s. A fragment without
    a space lies on one side of a key's first space, so each key is its head (the document's number) and its
    tail (the client and project, the same on many rows): each distinct tail's fragments are made once and
    counted once per row holding it at the end, and each row adds only its head's fragments the tail lacks
    (the large demo's invoices: 1.6 s counted whole, 0.9 s so)."""
    found: Counter = Counter()
    update = found.update
    join = str.__add__
    tails: Counter = Counter()
    made: dict[str, frozenset[str]] = {}
    for key in keys:
        head, _, tail = (key or "").partition(" ")
        shared = made.get(tail)
        if shared is None:
            shared = made[tail] = frozenset(fragment for fragment in set(tail).union(map(join, tail, tail[1:]))
                                            if " " not in fragment)
        tails[tail] += 1
        update(set(head).union(map(join, head, head[1:])).difference(shared))
    for tail, rows in tails.items():
        for fragment in made[tail]:
            found[fragment] += rows
    return sorted(found.items())


def insert_sql(table: str, param: str = "?") -> str:
    return f'INSERT INTO "{table_of(table)}" ("fragment", "rows") VALUES ({param}, {param})'


def fill(db: peewee.Database, table: str, found: list[tuple[str, int]] | None = None) -> None:
    """Count every row's fragments again (after a bulk fill without the triggers, or when the table is new);
    ``found``: the :func:`counts` of its keys, made already by whoever wrote them (the demo)."""
    if found is None:
        found = counts(key for (key,) in db.execute_sql(f'SELECT "search_key" FROM "{table}"'))
    db.execute_sql(f'DELETE FROM "{table_of(table)}"')
    if isinstance(db, peewee.SqliteDatabase):
        db.cursor().executemany(insert_sql(table), found)
    else:
        from psycopg2.extras import execute_batch  # psycopg2 is optional: imported for PostgreSQL only
        with db.cursor() as cursor:
            execute_batch(cursor, insert_sql(table, "%s"), found, page_size=1000)


# SQLite: the issue dates of the invoices a search found, read without their rows (lists._covering names it)
COVERING = 'CREATE INDEX "invoice_id_issue_date" ON "invoice" ("id", "issue_date")'


def apply(db: peewee.Database, sqlite: bool) -> None:
    if sqlite:
        db.execute_sql(COVERING)
    for table in TABLES:
        for statement in sqlite_ddl(table) if sqlite else postgres_ddl(table):
            db.execute_sql(statement)
        fill(db, table)
