"""The one exception type for problems a designer can fix."""

from __future__ import annotations

from pathlib import Path


class StudioError(Exception):
    """A user-facing refusal: bad input, a rule of the house, a missing record.

    ``template`` is plain English with ``{name}`` placeholders so that the GUI can
    look it up in a translation table (``studio_app.text.i18n``); ``field`` names the
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


class DatabaseDamagedError(StudioError):
    """The database file is damaged or is not a database at all; nothing was written to it.

    ``path`` is the file; ``latest_backup`` the newest backup beside it (``None`` if there is
    none), which :func:`studio_app.files.restore.recover_from_backup` can put in its place.
    """

    def __init__(self, template: str, *, path: object, latest_backup: object = None, **params: object) -> None:
        self.path = Path(str(path))
        self.latest_backup = Path(str(latest_backup)) if latest_backup is not None else None
        super().__init__(template, path=str(path), **params)
