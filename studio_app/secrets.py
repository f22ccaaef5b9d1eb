"""PostgreSQL passwords live in the system's password store (keyring), never in settings or files.

``store_password(url)`` takes the password out of a ``postgresql://user:password@host/db`` URL, saves
it in the keyring (service "Studio Desk", one entry per user, server and database) and returns the URL
without it, which is what may be saved. ``url_with_password(url)`` puts it back before connecting.
Without a usable keyring both raise a StudioError that asks the person to type the password instead.
"""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit, urlunsplit

from . import db
from .errors import StudioError

SERVICE = "Studio Desk"


def _split(url: str) -> tuple[str, str | None, str]:
    """(URL without password, the password or None, the keyring entry name)."""
    parts = urlsplit(url)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    user, colon, password = userinfo.partition(":")
    netloc = f"{user}@{hostport}" if at else hostport
    bare = urlunsplit(parts._replace(netloc=netloc))
    return bare, (unquote(password) if colon else None), db.describe(bare)


def _keyring():
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    return None if isinstance(backend, fail.Keyring) else keyring


def _unavailable(where: str) -> StudioError:
    return StudioError("This computer has no password store Studio Desk can use, so the password for {where} "
                       "cannot be kept. Please enter the password each time you connect.", field="password",
                       where=where)


def store_password(url: str) -> str:
    """Save the URL's password in the keyring and return the URL without it (unchanged if it has none)."""
    if not db.is_postgres(url):
        return url
    bare, password, entry = _split(url)
    if password is None:
        return url
    keyring = _keyring()
    if keyring is None:
        raise _unavailable(entry)
    from keyring.errors import KeyringError
    try:
        keyring.set_password(SERVICE, entry, password)
    except KeyringError:
        raise _unavailable(entry) from None
    return bare


def url_with_password(url: str) -> str:
    """The URL with the password saved for it filled in; unchanged when it has one or none is saved."""
    if not db.is_postgres(url):
        return url
    bare, password, entry = _split(url)
    if password is not None:
        return url
    keyring = _keyring()
    if keyring is None:
        raise _unavailable(entry)
    from keyring.errors import KeyringError
    try:
        saved = keyring.get_password(SERVICE, entry)
    except KeyringError:
        raise _unavailable(entry) from None
    if saved is None:
        return url
    parts = urlsplit(bare)
    user, _, hostport = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{user}:{quote(saved, safe='')}@{hostport}"))


def forget_password(url: str) -> None:
    """Remove the saved password for this server and database (nothing happens if none is saved)."""
    if not db.is_postgres(url):
        return
    _, _, entry = _split(url)
    keyring = _keyring()
    if keyring is None:
        return
    from keyring.errors import KeyringError, PasswordDeleteError
    try:
        keyring.delete_password(SERVICE, entry)
    except (PasswordDeleteError, KeyringError):
        pass
