"""What every table shares: the base model on the one database, exact decimals stored as text, the clock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee as pw

from studio_app.work import clock
from .db import database


class DecimalText(pw.TextField):
    """An exact decimal stored as text: SQLite has no decimal type and would round through a float."""

    field_type = "TEXT"

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("floats are not stored as exact decimals")
        return format(Decimal(value).normalize(), "f")

    def python_value(self, value):
        return None if value is None else Decimal(value)


def _now() -> dt.datetime:
    return clock.now()


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False
