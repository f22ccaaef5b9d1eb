"""The current date and time, settable so rules can be tested at the edges of their windows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

_frozen: dt.datetime | None = None


def now() -> dt.datetime:
    """Local wall-clock time without timezone (what a designer's calendar shows)."""
    return _frozen if _frozen is not None else dt.datetime.now().replace(microsecond=0)


def today() -> dt.date:
    return now().date()


@contextmanager
def frozen(at: dt.datetime | dt.date) -> Iterator[None]:
    """Pretend it is ``at`` inside the block (tests and ``today --date``)."""
    global _frozen
    previous = _frozen
    _frozen = at if isinstance(at, dt.datetime) else dt.datetime.combine(at, dt.time(9, 0))
    try:
        yield
    finally:
        _frozen = previous
