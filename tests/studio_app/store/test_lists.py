"""The fast paths of lists.ids (JSON-aggregated ids, no joins, walking clients in name order, the
trigram index) give exactly what the plain query gives."""

from __future__ import annotations

from array import array

import pytest

from studio_app.store import db, lists, search
from studio_app import demo


@pytest.fixture
def filled(sqlite_db, today):
    demo.fill("small", seed=3)
    return sqlite_db


def plain_ids(kind, flt, sort, descending):
    """The ids as the first version of lists.ids read them: every row joined, sorted by SQL, fetched row by row."""
    from peewee import JOIN

    from studio_app.store.models import Client, Project
    s = lists.spec(kind)
    model = s.model
    expression = lists._sort_expression(kind, sort)
    ties = [Client.id] if sort == "client" else [Project.id] if sort == "project" else []
    order = [(e.desc() if descending else e.asc()) for e in [expression, *ties, model.id]]
    query = model.select(model.id)
    if kind != "clients":
        query = query.join(Client, on=(model.client == Client.id))
    if kind in ("quotes", "contracts", "invoices"):
        query = query.switch(model).join(Project, JOIN.LEFT_OUTER, on=(model.project == Project.id))
    from studio_app.work import clock
    query = lists._where(kind, query, flt, clock.today()).order_by(*order)
    return [row[0] for row in query.tuples()]


@pytest.mark.parametrize("kind", list(lists.SPECS))
def test_every_sort_and_filter_gives_the_plain_query_result(filled, kind):
    s = lists.spec(kind)
    filters = [lists.Filter(), lists.Filter(text="a"), lists.Filter(text="kaya"), lists.Filter(text="an ka"),
               *(lists.Filter(status=key) for key in s.status_filters)]
    for column in [c.key for c in s.columns if c.sortable] + [s.default_sort]:
        for descending in (False, True):
            for flt in filters:
                assert lists.ids(kind, flt, column, descending).tolist() == plain_ids(kind, flt, column, descending), \
                    (column, descending, flt)


def test_the_row_by_row_fallback_gives_the_same_ids(filled, monkeypatch):
    fast = {kind: lists.ids(kind).tolist() for kind in lists.SPECS}
    monkeypatch.setattr(lists, "_ordered_aggregate", lambda database: False)
    assert {kind: lists.ids(kind).tolist() for kind in lists.SPECS} == fast


def test_search_without_the_trigram_index_finds_the_same(filled, monkeypatch):
    words = ["kaya", "ayse yil", "inv-", "100%_", "ab"]
    indexed = {(kind, w): lists.ids(kind, lists.Filter(text=w)).tolist() for kind in lists.SPECS for w in words}
    monkeypatch.setattr(search, "_search_table", lambda model: None)
    assert {(kind, w): lists.ids(kind, lists.Filter(text=w)).tolist() for kind in lists.SPECS for w in words} \
        == indexed


@pytest.mark.parametrize("sort", [None, "client", "project", "total"])
def test_the_list_model_reads_its_head_then_pages_then_everything_in_one_order(filled, qapp, monkeypatch, sort):
    from ui.models import list_model
    monkeypatch.setattr(list_model, "HEAD", 50)  # not a whole number of pages, on purpose
    monkeypatch.setattr(list_model, "PAGE", 20)
    full = lists.ids("invoices", lists.Filter(), sort, True).tolist()
    model = list_model.ListModel("invoices")
    model.sort_key, model.descending = sort, True
    model.reload()
    assert model.rowCount() == model.total() == len(full) > 100
    assert len(model._ids) == 50
    assert [model.id_at(row) for row in (150, 151, 60, 219)] == [full[150], full[151], full[60], full[219]]
    assert len(model._ids) == 50  # pages read on their own, not the whole list
    assert model.data(model.index(150, 0)) is not None
    assert model.row_of(full[200]) == 200  # a position: now every id is read
    assert model._ids.tolist() == full


def test_a_search_read_walking_the_lists_order_shows_its_head_and_pages_in_the_same_order(filled, qapp,
                                                                                        monkeypatch):
    """As at 1,000,000 invoices, where 26,000 match “kaya”: the model's head is the first PROBED_HEAD ids, each page
    after them read walking the order too, and every row where the plain query puts it."""
    from ui.models import list_model
    monkeypatch.setattr(lists, "_probing_pays", lambda kind, sort, found, limit: True)
    monkeypatch.setattr(lists, "PROBED_HEAD", 3)
    monkeypatch.setattr(list_model, "HEAD", 4)
    monkeypatch.setattr(list_model, "PAGE", 2)
    flt = lists.Filter(text="kaya")
    full = lists.ids("invoices", flt).tolist()
    model = list_model.ListModel("invoices")
    model.set_filter(flt)
    assert model.total() == len(full) > 8 and len(model._ids) == 3
    assert [model.id_at(row) for row in range(len(full))] == full


@pytest.mark.parametrize("kind", list(lists.SPECS))
def test_rows_read_from_the_cursor_equal_peewees_own_conversion(filled, kind):
    model = lists.spec(kind).model
    ids = lists.ids(kind, lists.Filter(include_archived=True)).tolist()
    cols = lists._row_columns(kind)
    query = lists._base(kind, cols).where(model.id.in_(ids))
    expected = {row["id"]: row for row in query.dicts()}
    assert lists._dicts(db.current().execute(query), cols) == expected
    shown = lists.rows(kind, ids[:7])  # the SQL written once per page size, then reused with other ids
    assert lists.rows(kind, ids[-7:]).keys() == set(ids[-7:]) and shown.keys() == set(ids[:7])
    computed = {"status", "price"}  # an invoice's status and a project's agreed price are worked out (test_lists_rows)
    for row_id, row in shown.items():
        assert {k: v for k, v in row.items() if k not in computed} == \
            {k: v for k, v in expected[row_id].items() if k not in computed}


def test_lists_on_both_engines_give_the_plain_query_result(any_db, today):
    demo.fill("small", seed=5)
    from studio_app.work import invoices
    from studio_app.store.models import Client
    for client in Client.select().limit(3):  # invoices without a project sort where the engine puts NULL
        invoices.create_draft(client.id)
    for kind in lists.SPECS:
        for sort, descending in [(s, d) for s in (("client", "project", None) if kind != "clients" else (None, "email"))
                                 for d in (True, False)]:
            if sort == "project" and kind == "projects":
                continue
            for flt in (lists.Filter(), lists.Filter(text="kaya"), lists.Filter(text="a")):
                expected = plain_ids(kind, flt, sort or lists.spec(kind).default_sort, descending)
                assert lists.ids(kind, flt, sort, descending).tolist() == expected, (kind, sort, flt)
                assert lists.ids(kind, flt, sort, descending, limit=7, offset=5).tolist() == expected[5:12]
                head, total = lists.first(kind, flt, sort, descending, limit=10)
                assert total == len(expected) and head.tolist() == expected[:len(head)] and len(head) >= min(10, total)
        page = lists.ids(kind)[:20].tolist()
        assert set(lists.rows(kind, page)) == set(page)


def test_counts_and_newest_hits_read_from_the_trigram_index_are_the_tables(filled):
    """A search's count read from the trigram index alone, the head a list shows first, and the global search's
    newest hits (the index asked for the newest ids only) are what the query through the table gives; also after
    a document changes, so the index's triggers keep up."""
    from studio_app.store.models import Invoice, Quote

    def check():
        for kind in ("quotes", "contracts", "invoices"):
            for word in ("kaya", "ayse yil", "inv-", "kay an", "zzzz"):
                flt = lists.Filter(text=word)
                every = lists.ids(kind, flt).tolist()
                assert lists.count(kind, flt) == len(every), (kind, word)
                head, total = lists.first(kind, flt, limit=5)
                assert (head.tolist(), total) == (every[:5] if total > 5 else every, len(every)), (kind, word)
        for word in ("kaya", "inv-", "kay an"):
            found = [(hit.kind, hit.id) for hit in search.find(word, limit=3)]
            for model, kind in ((Quote, "quote"), (Invoice, "invoice")):
                newest = (model.select(model.id).where(model.search_key.contains(word.split()[0]))
                          .order_by(model.id.desc()))
                wanted = [i for (i,) in newest.tuples() if all(w in model.get_by_id(i).search_key
                                                               for w in word.split())][:3]
                assert [i for k, i in found if k == kind] == wanted, (word, kind)

    check()
    for kind in ("quotes", "invoices"):  # the first rows found walking the list's order, as many match at 10×
        for sort in [c.key for c in lists.spec(kind).columns if c.sortable] + ["created"]:
            for descending in (False, True):
                flt = lists.Filter(text="kaya")
                assert lists.ids(kind, flt, sort, descending, limit=7, probe=True).tolist() \
                    == lists.ids(kind, flt, sort, descending)[:7].tolist(), (kind, sort, descending)
    newest = Invoice.select().order_by(Invoice.id.desc()).get()
    Invoice.update(search_key=newest.search_key + " kaya").where(Invoice.id == newest.id).execute()
    oldest = Invoice.select().order_by(Invoice.id).get()
    Invoice.update(search_key="nothing to find").where(Invoice.id == oldest.id).execute()
    check()


def test_clients_sorted_by_any_column_read_an_index_in_that_order(filled):
    """Migration 15: the clients list in email, country, language or currency order (and by name) is read from
    an index, not sorted: flat at 20,000 clients."""
    from studio_app.store.models import Client
    for key in ("email", "country", "language", "currency", "name", "company"):
        query = (lists._where("clients", Client.select(Client.id), lists.Filter(), lists.clock.today())
                 .order_by(lists._sort_expression("clients", key), Client.id).limit(1000))
        sql, params = query.sql()
        plan = " ".join(row[3] for row in db.current().execute_sql("EXPLAIN QUERY PLAN " + sql, params))
        assert "TEMP B-TREE" not in plan, (key, plan)


@pytest.mark.parametrize("kind", ["clients", "projects"])
def test_archived_rows_are_left_out_of_a_search_and_the_count_read_from_indexes(filled, kind):
    """A search in the clients' or projects' own order reads the trigram index and the archived rows' index, never
    the table (at 100,000 projects: 6 ms → 0.7 ms); an archived match shows only with “show archived”. The list's
    count is the table's less the archived rows (counting every one not archived took 2.4 ms there)."""
    from studio_app.store.models import Client, Project
    model = Client if kind == "clients" else Project
    words = ("eli", "ιου", "eli ιου", "kaya", "an")
    matching = lists.ids(kind, lists.Filter(text="eli"), "created", True).tolist()
    assert len(matching) >= 5
    model.update(archived=True).where(model.id.in_(matching[1::2])).execute()
    statements = []
    for word in words:
        for include_archived in (False, True):
            for descending in (False, True):
                flt = lists.Filter(text=word, include_archived=include_archived)
                wanted = plain_ids(kind, flt, "created", descending)
                db.current().connection().set_trace_callback(statements.append)
                assert lists.ids(kind, flt, "created", descending).tolist() == wanted, (word, include_archived)
                db.current().connection().set_trace_callback(None)
    table = f'FROM "{model._meta.table_name}" AS "t1" WHERE (("t1"."id" IN'  # a row looked up for each match
    assert not [sql for sql in statements if table in sql and "eli" in sql]
    shown = lists.ids(kind, lists.Filter(text="eli"), "created", True).tolist()
    assert shown == matching[::2]
    assert lists.first(kind, lists.Filter(text="eli"), "created", True) == (array("q", shown), len(shown))
    every = lists.ids(kind).tolist()  # the list's count without a search: every row less the archived, counted apart
    assert lists.count(kind) == len(every) == model.select().where(model.archived == False).count()  # noqa: E712
    assert lists.count(kind, lists.Filter(include_archived=True)) == model.select().count() > len(every)


@pytest.mark.parametrize("sort, index", [("deadline", "project_deadline"), ("price", "project_agreed_price")])
def test_projects_sorted_by_deadline_or_price_walk_an_index_in_that_order(filled, sort, index):
    """Migration 25's indexes: at 100,000 projects these sorts read and sorted every row (150–190 ms). The price's
    index is on the agreed-price expression, so the list must keep writing it as the index does."""
    statements = []
    db.current().connection().set_trace_callback(statements.append)
    for descending in (False, True):
        assert lists.ids("projects", lists.Filter(), sort, descending, limit=50).tolist() \
            == plain_ids("projects", lists.Filter(), sort, descending)[:50]
    db.current().connection().set_trace_callback(None)
    read = [s for s in statements if "json_group_array" in s and '"project"' in s]
    assert len(read) == 2  # one read of the ids per direction
    for sql in read:
        plan = " ".join(row[3] for row in db.current().execute_sql("EXPLAIN QUERY PLAN " + sql).fetchall())
        assert index in plan and "TEMP B-TREE" not in plan, plan
