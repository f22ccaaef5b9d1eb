"""Rows read by id (and a row's children) with their SELECT written once per engine, fresh from the database on
every call.

peewee compiles a query anew each time it runs one: for an invoice's 40 columns that took about 0.8 ms, ten times
what SQLite takes to run it, and issuing an invoice reads the invoice, its lines and its client several times.
The statement is the one peewee writes (``Model.select().where(...)``), its rows become model instances as peewee
makes them (each column through its field's ``python_value``, nothing marked changed).
"""

from __future__ import annotations

from typing import TypeVar

import peewee

from . import db

Row = TypeVar("Row", bound=peewee.Model)

_SQL: dict[tuple, str] = {}  # (what, model, field, engine type) -> the statement peewee writes for it


def by_id(model: type[Row], row_id: object, *, for_update: bool = False) -> Row | None:
    """``model.get_or_none(model.id == row_id)`` (``for_update``: its ``.for_update()``)."""
    database = db.current()
    key = ("id", model, for_update, type(database))
    sql = _SQL.get(key)
    if sql is None:
        query = model.select().where(model.id == 0)
        sql = _SQL[key] = _only_statement(query.for_update() if for_update else query)
    row = database.execute_sql(sql, (model.id.db_value(row_id),)).fetchone()
    return None if row is None else _instance(model, row)


def children(model: type[Row], parent: peewee.ForeignKeyField, parent_id: object,
             order_by: peewee.Field) -> list[Row]:
    """``list(model.select().where(parent == parent_id).order_by(order_by))``."""
    database = db.current()
    key = ("children", model, (parent.name, order_by.name), type(database))
    sql = _SQL.get(key)
    if sql is None:
        sql = _SQL[key] = _only_statement(model.select().where(parent == 0).order_by(order_by))
    cursor = database.execute_sql(sql, (parent.db_value(parent_id),))
    return [_instance(model, row) for row in cursor.fetchall()]


def _only_statement(query: peewee.ModelSelect) -> str:
    sql, params = query.sql()
    if params != [0]:  # the one value compared, given again on each call
        raise AssertionError(f"unexpected parameters {params} in {sql}")
    return sql


def _instance(model: type[Row], row: tuple) -> Row:
    instance = model(__no_default__=1, **{field.name: field.python_value(value)
                                          for field, value in zip(model._meta.sorted_fields, row)})
    instance._dirty.clear()  # as peewee leaves a row it read: nothing changed yet
    return instance
