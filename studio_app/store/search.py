"""Finding things by name or number, in every script the app supports.

Each searchable row keeps a folded ``search_key`` (see :func:`text.fold`), so a case- and
accent-insensitive match is a substring match on a column instead of per-row Python. On
SQLite, words of three letters or more are looked up in the table's FTS5 trigram index
(migration 2) instead of scanning every row; shorter words, and databases without the
index, use LIKE on the column. PostgreSQL's LIKE uses its pg_trgm index by itself (for words of three
letters or more).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import peewee
from peewee import JOIN, SQL

from studio_app.text import cleaning
from . import fragments
from .models import Client, Contract, Invoice, Project, Quote

TRIGRAM = 3  # the trigram index finds substrings of at least this many characters
_indexed: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # database -> tables with a trigram index


def _search_table(model) -> str | None:
    """The FTS5 table indexing ``model.search_key`` in the open database, or None."""
    database = model._meta.database
    database = getattr(database, "obj", database)
    if not isinstance(database, peewee.SqliteDatabase):
        return None
    found = _indexed.get(database)
    if found is None:
        rows = database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'").fetchall()
        found = _indexed[database] = frozenset(name for (name,) in rows)
    name = f"{model._meta.table_name}_search"
    return name if name in found else None


def _like(column) -> str:
    """The operator peewee writes as LIKE: its SQLite dialect writes LIKE for ILIKE (and GLOB for LIKE)."""
    database = column.model._meta.database
    database = getattr(database, "obj", database)
    return peewee.OP.LIKE if isinstance(database, peewee.PostgresqlDatabase) else peewee.OP.ILIKE


def _phrases(words: list[str]) -> str:
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def matches(column, query: str, newest: int | None = None, probe: bool = False, scan: bool = False):
    """A WHERE condition: every word of the query appears in the column's folded key.

    ``newest``: the caller orders by id, newest first, adds no other condition and wants that many rows; when
    the trigram index answers the whole query it then returns only the newest ids that match, not every one
    (the global search's 8 of 26,000 “kaya” invoices at 1,000,000). ``probe``: the ids the index finds are
    looked up while SQLite walks the index of the caller's order (``id + 0`` keeps it from fetching each row
    by id and sorting them all): the first rows of a search that matches many. ``scan``: LIKE alone, for a walk
    of an index that holds the key (the trigram index's ids would be gathered first: 9 ms for 26,000)."""
    words = cleaning.fold(query).split()
    condition = None
    long_words = [word for word in words if len(word) >= TRIGRAM]
    table = _search_table(column.model) if long_words and column.name == "search_key" and not scan else None
    if table is not None:
        words = [word for word in words if len(word) < TRIGRAM]
        inner, params = f'SELECT rowid FROM "{table}" WHERE "{table}" MATCH ?', [_phrases(long_words)]
        if newest is not None and not words:
            inner, params = inner + " ORDER BY rowid DESC LIMIT ?", params + [newest]
        found = column.model.id + 0 if probe else column.model.id
        condition = found.in_(SQL(f"({inner})", params))
    for word in words:
        # LIKE, not peewee's ILIKE: the key and the words are folded already, and PostgreSQL's ILIKE lowers every
        # row's key first (2.5 times the time of a scan for a letter)
        term = peewee.Expression(column, _like(column), column._escape_like_expr(word, "%%%s%%"))
        condition = term if condition is None else condition & term
    return condition


def ids_matching(model, query: str, descending: bool, limit: int | None = None, offset: int = 0,
                 leaving_out: peewee.Select | None = None) -> list[int] | None:
    """The ids of ``model``'s rows that match ``query``, in id order, read from its trigram index alone (its
    rowids are the table's ids), except the ids ``leaving_out`` selects (a list's archived rows, read from their
    index); None when a word is too short for the index or there is none. A wide row (a contract holds its
    clauses) is then never read to find it, and a project is not looked up to see whether it is archived (at
    100,000 projects, the 2,670 “kaya” ones took 6 ms that way, 0.7 ms from the indexes)."""
    words = cleaning.fold(query).split()
    table = _search_table(model) if words and all(len(word) >= TRIGRAM for word in words) else None
    if table is None:
        return None
    sql, params = f'SELECT rowid FROM "{table}" WHERE "{table}" MATCH ?', [_phrases(words)]
    if leaving_out is not None:
        hidden, hidden_params = leaving_out.sql()
        sql, params = f"{sql} AND rowid NOT IN ({hidden})", params + list(hidden_params)
    sql += f' ORDER BY rowid {"DESC" if descending else "ASC"} LIMIT ? OFFSET ?'
    rows = model._meta.database.execute_sql(sql, params + [-1 if limit is None else limit, offset])
    return [row[0] for row in rows]


def count_matching(model, query: str) -> int | None:
    """How many rows of ``model`` match ``query``, counted in its trigram index alone (which holds one entry per
    row, kept by the table's triggers), or for one word of one or two letters read from the kept fragment counts
    (store.fragments); None when a word is too short for the index or there is none."""
    words = cleaning.fold(query).split()
    if len(words) == 1 and len(words[0]) <= fragments.WIDTH and fragments.counted(model):
        return fragments.count(model, words[0])
    table = _search_table(model) if words and all(len(word) >= TRIGRAM for word in words) else None
    if table is None:
        return None
    database = model._meta.database
    row = database.execute_sql(f'SELECT count(*) FROM "{table}" WHERE "{table}" MATCH ?', [_phrases(words)]).fetchone()
    return int(row[0])


def project_key(title: str, client_name: str) -> str:
    return cleaning.fold(title, client_name)


def document_key(number: str | None, client_name: str, project_title: str | None) -> str:
    return cleaning.fold(number, client_name, project_title)


def refresh_client_documents(client_id: int) -> None:
    client = Client.get_by_id(client_id)
    for project in Project.select().where(Project.client == client_id):
        Project.update(search_key=project_key(project.title, client.name)).where(Project.id == project.id).execute()
    refresh_documents(Project.client == client_id, client_id=client_id)


def refresh_documents(project_condition=None, *, client_id: int | None = None, project_id: int | None = None) -> None:
    for model in (Quote, Contract, Invoice):
        query = (model.select(model.id, model.number, Client.name, Project.title)
                 .join(Client, on=(model.client == Client.id))
                 .switch(model).join(Project, JOIN.LEFT_OUTER, on=(model.project == Project.id)))
        if client_id is not None:
            query = query.where(model.client == client_id)
        if project_id is not None:
            query = query.where(model.project == project_id)
        for doc_id, number, client_name, title in query.tuples():
            model.update(search_key=document_key(number, client_name, title)).where(model.id == doc_id).execute()


@dataclass(frozen=True)
class Hit:
    kind: str  # client, project, quote, contract, invoice
    id: int
    title: str
    detail: str


def find(query: str, limit: int = 8) -> list[Hit]:
    """The global search: up to ``limit`` hits per kind, most recent first (clients active first, by name).

    One statement for the five kinds (each its own ORDER BY and LIMIT, then the parts put in order by the keys
    they carry): on PostgreSQL five queries were five round trips and five plans, most of the 31 ms “kaya” took;
    only the columns a hit shows are read. Clients are found walking their (archived, name) index (at 20,000
    clients, sorting the 1,000 “kaya” ones took 2 ms)."""
    if not cleaning.fold(query):
        return []
    archived = SQL('CASE WHEN "t1"."archived" THEN 1 ELSE 0 END')
    newest = (SQL("0"), SQL("''"), SQL('-"t1"."id"'))  # the keys the parts are put in order by: archived, name, id
    parts = [Client.select(SQL("0"), archived, Client.name, SQL("0"), Client.id, Client.name, Client.company)
             .where(matches(Client.search_key, query, probe=True)).order_by(Client.archived, Client.name).limit(limit),
             Project.select(SQL("1"), *newest, Project.id, Project.title, Client.name)
             .join(Client).where(matches(Project.search_key, query, limit)).order_by(Project.id.desc()).limit(limit)]
    for rank, model in enumerate((Quote, Contract, Invoice), start=2):
        parts.append(model.select(SQL(str(rank)), *newest, model.id, model.number, Client.name)
                     .join(Client, on=(model.client == Client.id)).where(matches(model.search_key, query, limit))
                     .order_by(model.id.desc()).limit(limit))
    statements, params = [], []
    for number, part in enumerate(parts):
        sql, values = part.sql()
        statements.append(f"SELECT * FROM ({sql}) AS hits{number}")
        params += values
    database = Client._meta.database
    rows = database.execute_sql(" UNION ALL ".join(statements) + " ORDER BY 1, 2, 3, 4", params).fetchall()
    return [Hit(_KINDS[part], row_id, title if title is not None else f"Draft #{row_id}", detail)
            for part, _, _, _, row_id, title, detail in rows]


_KINDS = ("client", "project", "quote", "contract", "invoice")
