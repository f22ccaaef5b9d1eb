"""The client-care tests' studio fixtures (kept in helpers.py, which tests elsewhere import too)."""

from tests.studio_app.today.helpers import studio, studio_sqlite  # noqa: F401
