"""A studio on each engine (and on SQLite only, for the tests of refusals), on the conftest's fixed day."""

import pytest

from tests import factories


@pytest.fixture
def studio(any_db, today):
    return factories.studio()


@pytest.fixture
def studio_sqlite(sqlite_db, today):
    return factories.studio()
