"""The one exception type for problems a designer can fix."""

from __future__ import annotations


class StudioError(Exception):
    """A user-facing refusal: bad input, a rule of the house, a missing record.

    ``template`` is plain English with ``{name}`` placeholders so that the GUI can
    look it up in a translation table (``studio_app.i18n``); ``field`` names the
    form field the message belongs to, when there is one.
    """

    def __init__(self, template: str, *, field: str | None = None, **params: object) -> None:
        self.template = template
        self.field = field
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


class DatabaseVersionError(StudioError):
    """The database was written by a newer Studio Desk; nothing was touched."""
