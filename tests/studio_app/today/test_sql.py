"""The client-care queries' calendar arithmetic."""

import datetime as dt

from studio_app.today import sql
from tests.studio_app.today.helpers import D


def test_months_back_cutoff_agrees_with_add_months():
    for months in (1, 3, 12):
        day = D(2027, 1, 1)
        while day < D(2028, 12, 31):
            cutoff = sql.months_back_cutoff(day, months)
            assert sql.add_months(cutoff, months) <= day
            assert sql.add_months(cutoff + dt.timedelta(days=1), months) > day
            day += dt.timedelta(days=1)
