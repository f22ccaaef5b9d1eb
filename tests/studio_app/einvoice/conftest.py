"""The compiled rules are cached per process (studio_app.einvoice.validation): the first test that validates a
format pays for compiling its stylesheets (about 2 s for EN 16931 UBL), every later one reuses them."""

from __future__ import annotations

import pytest

from studio_app.einvoice import validation


@pytest.fixture(scope="session", autouse=True)
def _saxon_required():
    if not validation.schematron_available():
        pytest.fail("saxonche is part of the test extra: pip install -e '.[test]'")
