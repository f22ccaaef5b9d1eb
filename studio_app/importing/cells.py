"""What a cell means, decided for the whole column: the decimal mark of amounts and the order of dates.

A spreadsheet saved in Türkiye or Greece writes 1.234,56; one saved in Malaysia or the US writes 1,234.56.
A single value such as "1,234" could be either, so a column's decimal mark comes from the values that say
it ("12,50" or "1.234,56"), and only then is each value read. Dates: 2026-12-31 (ISO) and 31.12.2026 (day
first) say their order; 12/31/2026 or 31/12/2026 are decided by the column: a first part above 12 means day
first, a second part above 12 month first. A column in which every date reads both ways, or that has both
kinds, is refused, naming the column: guessing would put every invoice a month off without a word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from studio_app.text.errors import StudioError

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$")
_SLASHED = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$", re.I)
_SPACES = re.compile(r"[\s\u00a0\u202f']")


def decimal_mark(values: Iterable[str]) -> str | None:
    """"," or "." when the column's values say which is the decimal mark, else None."""
    comma = point = False
    for value in values:
        text = _SPACES.sub("", value)
        comma = comma or bool(re.search(r",\d{1,2}$", text) or re.search(r"\.\d{3},", text))
        point = point or bool(re.search(r"\.\d{1,2}$", text) or re.search(r",\d{3}\.", text))
    if comma and not point:
        return ","
    if point and not comma:
        return "."
    return None


def amount_text(value: str, mark: str | None) -> str:
    """The value with the column's thousands separator removed and a point as decimal mark, for
    :func:`money.parse_amount`; a minus sign or parentheses are kept as a minus."""
    text = _SPACES.sub("", value.strip())
    negative = text.startswith("(") and text.endswith(")")
    text = text.strip("()")
    if mark == ",":
        text = text.replace(".", "").replace(",", ".")
    elif mark == ".":
        text = text.replace(",", "")
    return ("-" + text) if negative and text else text


DateReader = Callable[[str], dt.date]


def date_reader(values: list[str], column: str) -> DateReader:
    """A function reading this column's dates; the order of day and month decided by the whole column."""
    day_first = month_first = ambiguous = False
    for value in values:
        found = _SLASHED.match(value.strip())
        if found:
            first, second = int(found[1]), int(found[2])
            day_first = day_first or first > 12
            month_first = month_first or second > 12
            ambiguous = ambiguous or (first <= 12 and second <= 12 and first != second)
    if day_first and month_first:
        raise StudioError("The dates in column “{column}” are written both day first and month first; write them "
                          "one way (2026-12-31 is best).", column=column)
    if ambiguous and not (day_first or month_first):
        raise StudioError("The dates in column “{column}” could be day/month or month/day (no day above 12 says "
                          "which); write them as 2026-12-31 or 31.12.2026.", column=column)
    order = "dmy" if day_first else "mdy"
    return lambda value: read_date(value, order, column)


def read_date(value: str, order: str, column: str) -> dt.date:
    """One date in ISO, dotted (day first) or slashed form (``order`` "dmy" or "mdy")."""
    text = value.strip()
    try:
        if found := _ISO.match(text):
            return dt.date(int(found[1]), int(found[2]), int(found[3]))
        if found := _DOTTED.match(text):
            return dt.date(int(found[3]), int(found[2]), int(found[1]))
        if found := _SLASHED.match(text):
            first, second = int(found[1]), int(found[2])
            day, month = (first, second) if order == "dmy" else (second, first)
            return dt.date(int(found[3]), month, day)
    except ValueError:
        pass
    raise StudioError("“{value}” in column “{column}” is not a date (write 2026-12-31 or 31.12.2026).",
                      value=text[:40], column=column)
