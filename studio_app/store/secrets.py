"""PostgreSQL passwords: in the system's password store (keyring) or in memory, never in settings or files.

A password may arrive in the address (``postgresql://user:password@host/db`` or ``?password=``, either
percent-encoded), typed into the window's password dialog, or in the ``PGPASSWORD`` environment
variable. ``store_password(url)`` takes it out of the address, keeps it (keyring entry "Studio Desk" /
"postgresql://user@host:port/db", or this session's memory when there is no keyring) and returns the
address without it: what may be saved. Connecting (``db.connect``) asks :func:`password_for`: the
password typed this session, else ``PGPASSWORD``, else the keyring. The password reaches psycopg2 as
an argument, so it is never in a URL, a message or the process list.
"""

from __future__ import annotations

import os

from . import pgurl
from studio_app.text.errors import StudioError

SERVICE = "Studio Desk"
_session: dict[str, str] = {}  # entry -> password typed in this process (no keyring, or not to be saved)


def split(url: str) -> tuple[str, str | None]:
    """(the address without any password, the password or None); a bad address is a StudioError."""
    address = pgurl.parse(url)
    return address.bare(), address.password


def entry(url: str) -> str:
    """The keyring entry of an address: user, server, port and database (not the options)."""
    return pgurl.parse(url).describe()


def _keyring():
    import keyring  # lazily, here and below: importing it takes a tenth of a second, and only PostgreSQL needs it
    from keyring.backends import fail
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is the same as none: the password is asked for
        return None
    return None if isinstance(backend, fail.Keyring) else keyring


def has_keyring() -> bool:
    """Whether this computer has a password store Studio Desk can keep passwords in."""
    return _keyring() is not None


def store_password(url: str) -> str:
    """Keep the address's password (keyring, or memory for this session without one) and return the
    address without it; an address without a password is returned as it is."""
    if not pgurl.is_postgres(url):
        return url
    bare, password = split(url)
    if password is None:
        return url
    remember(url, password)
    save_password(url, password)
    return bare


def remember(url: str, password: str) -> None:
    """Use ``password`` for this address until the program ends (not saved anywhere)."""
    _session[entry(url)] = password


def save_password(url: str, password: str) -> bool:
    """Save ``password`` in the keyring for this address; False when there is no usable keyring."""
    keyring = _keyring()
    if keyring is None:
        return False
    from keyring.errors import KeyringError  # lazily, as in _keyring
    try:
        keyring.set_password(SERVICE, entry(url), password)
    except (KeyringError, OSError):
        return False
    return True


def password_for(url: str) -> str | None:
    """The password to connect with when the address has none: typed this session, else PGPASSWORD,
    else the keyring; None if there is none (libpq then tries ~/.pgpass, or the server needs none)."""
    if not pgurl.is_postgres(url):
        return None
    name = entry(url)
    if name in _session:
        return _session[name]
    if os.environ.get("PGPASSWORD"):
        return os.environ["PGPASSWORD"]
    keyring = _keyring()
    if keyring is None:
        return None
    from keyring.errors import KeyringError  # lazily, as in _keyring
    try:
        return keyring.get_password(SERVICE, name)
    except (KeyringError, OSError):
        return None


def forget_password(url: str) -> None:
    """Remove the kept password for this server and database (nothing happens if none is kept)."""
    if not pgurl.is_postgres(url):
        return
    name = entry(url)
    _session.pop(name, None)
    keyring = _keyring()
    if keyring is None:
        return
    from keyring.errors import KeyringError, PasswordDeleteError  # lazily, as in _keyring
    try:
        keyring.delete_password(SERVICE, name)
    except (PasswordDeleteError, KeyringError, OSError):
        pass


def is_password_refusal(error: StudioError) -> bool:
    """Whether opening the database failed because the server wants a (different) password."""
    reason = str(error.params.get("reason", "")).lower()
    return "password" in reason and error.template.startswith("Could not open the database")
