"""The one locked read every check-then-write goes through.

Recording a payment or a refund, issuing a document or a credit note, taking a document number, and
billing rounds and hours on a final invoice all read a row, check it, then write. Two desks doing that at
once must not both pass the check: inside :func:`db.transaction`, :func:`locked` (and :func:`locked_first`
for a row found by something other than its id) re-reads the row with ``SELECT … FOR UPDATE`` on
PostgreSQL (whose READ COMMITTED isolation would otherwise let both through) — the second desk waits
until the first commits and then reads what it wrote. SQLite's transactions begin IMMEDIATE, so the
whole database is already held by the one desk that is writing.
"""

from __future__ import annotations

from typing import TypeVar

import peewee

from . import compiled, db
from studio_app.text.errors import StudioError

Row = TypeVar("Row")


def locked_first(query: peewee.ModelSelect) -> Row | None:
    """The first row ``query`` finds (None when none), read again under a lock that lasts until the enclosing
    transaction ends."""
    if not db.current().in_transaction():
        raise RuntimeError("locks.locked() outside a transaction locks nothing")
    return (query if db.is_sqlite() else query.for_update()).get_or_none()


def locked(model: type[Row], row_id: int, what: str) -> Row:
    """The row, read again under a lock that lasts until the enclosing transaction ends."""
    if not db.current().in_transaction():
        raise RuntimeError("locks.locked() outside a transaction locks nothing")
    row = compiled.by_id(model, row_id, for_update=not db.is_sqlite())  # locked_first's query, written once
    if row is None:
        raise StudioError("This {what} no longer exists; another desk may have just deleted it.", what=what)
    return row
