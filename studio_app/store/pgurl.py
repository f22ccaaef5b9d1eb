"""Reading a ``postgresql://`` address: every form a person may write, and never a password in a message.

``postgresql://user:password@host:port/database?option=value`` with the password either in the user part
or as ``?password=``; user, password and database name percent-encoded (``p%40ss`` is ``p@ss``); libpq's
own options (``sslmode``, ``connect_timeout``, ``host`` for a socket folder, ...) are kept. A mistake in
the address is one clear sentence that never repeats the password or any part of the address that might
be one: a raw ``@``, ``/``, ``?`` or ``#`` in a password would otherwise move part of it into the host
name (and so into a DNS look-up) or the database name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode

from studio_app.text.errors import StudioError

SCHEMES = ("postgresql://", "postgres://")
#: libpq connection options an address may carry (besides user, password, host, port and dbname).
OPTIONS = frozenset({
    "application_name", "channel_binding", "client_encoding", "connect_timeout", "gssencmode", "keepalives",
    "keepalives_count", "keepalives_idle", "keepalives_interval", "load_balance_hosts", "options",
    "sslcert", "sslcrl", "sslkey", "sslmode", "sslrootcert", "sslsni", "target_session_attrs",
    "tcp_user_timeout",
})
_OPTION_NAME = re.compile(r"^[a-z_]{1,40}$")
_ENCODING = "write @ as %40, / as %2F, ? as %3F, # as %23 and % as %25"


@dataclass(frozen=True)
class Address:
    user: str | None
    password: str | None
    host: str | None
    port: int | None
    database: str
    options: tuple[tuple[str, str], ...] = ()

    def bare(self) -> str:
        """The address without its password: what may be saved, logged or shown."""
        user = quote(self.user, safe="") + "@" if self.user else ""
        options = self.options + ((("host", self.host),) if self.host and self.host.startswith("/") else ())
        query = "?" + urlencode(options) if options else ""
        return f"postgresql://{user}{self._hostport()}/{quote(self.database, safe='')}{query}"

    def describe(self) -> str:
        """Server and database as a person reads them (also the name of the keyring entry)."""
        user = f"{self.user}@" if self.user else ""
        return f"postgresql://{user}{self._hostport() or 'localhost'}/{self.database}"

    def connect_arguments(self, password: str | None) -> dict[str, object]:
        """Keyword arguments for psycopg2 (through peewee): the password never travels inside a URL."""
        arguments: dict[str, object] = dict(self.options)
        for name, value in (("user", self.user), ("password", password), ("host", self.host), ("port", self.port)):
            if value:
                arguments[name] = value
        return arguments

    def _hostport(self) -> str:
        host = f"[{self.host}]" if self.host and ":" in self.host else (self.host or "")
        if host.startswith("/"):  # a socket folder is an option, not part of the server name
            host = ""
        return host + (f":{self.port}" if self.port else "")


def is_postgres(target: object) -> bool:
    return str(target).startswith(SCHEMES)


def _unencoded() -> StudioError:
    return StudioError("The database address has a character that must be percent-encoded in the user name or "
                       "password ({encoding}); or give the password with PGPASSWORD or the password store "
                       "instead.", field="location", encoding=_ENCODING)


def parse(url: str) -> Address:
    """Split a PostgreSQL address into its parts; a mistake is a StudioError that repeats none of it."""
    if not is_postgres(url):
        raise StudioError("A database address starts with postgresql://.", field="location")
    rest = url.split("://", 1)[1]
    cut = min((rest.find(c) for c in "/?#" if c in rest), default=len(rest))
    authority, tail = rest[:cut], rest[cut:]
    if authority.count("@") > 1 or "#" in tail or ("@" in tail.split("?", 1)[0]) or \
            ("@" not in authority and "@" in tail):
        raise _unencoded()
    userinfo, _, hostport = authority.rpartition("@")
    user, colon, password = userinfo.partition(":")
    path, _, query = tail.partition("?")
    host, port = _host_and_port(hostport)
    options: dict[str, str] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name not in OPTIONS | {"password", "user", "host", "port", "dbname"}:
            if not _OPTION_NAME.match(name):
                raise _unencoded()
            raise StudioError("The database address has an option Studio Desk does not know: “{name}”.",
                              field="location", name=name)
        options[name] = value
    if "port" in options:
        port = _port(options.pop("port"))
    user = options.pop("user", None) or unquote(user) or None
    password = options.pop("password", None) or (unquote(password) if colon else None) or None
    host = options.pop("host", None) or host
    database = options.pop("dbname", None) or unquote(path.lstrip("/"))
    if not database or "/" in database:
        raise StudioError("The database address must end with the name of the database, e.g. "
                          "postgresql://deniz@server/studio.", field="location")
    return Address(user, password, host or None, port, database, tuple(sorted(options.items())))


def _host_and_port(hostport: str) -> tuple[str, int | None]:
    if hostport.startswith("["):
        host, bracket, after = hostport[1:].partition("]")
        if not bracket or (after and not after.startswith(":")):
            raise StudioError("The server name in the database address is not valid.", field="location")
        return unquote(host), _port(after[1:]) if after else None
    host, colon, port = hostport.partition(":")
    if not re.fullmatch(r"[A-Za-z0-9._%-]*", host):
        raise _unencoded()
    return unquote(host), (_port(port) if colon else None)


def _port(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,5}", text) or not 1 <= int(text) <= 65535:
        raise StudioError("The port in the database address must be a number from 1 to 65535.", field="location")
    return int(text)


def describe(url: str) -> str:
    """The address as it may be shown; an address that cannot be read shows no part of itself."""
    try:
        return parse(url).describe()
    except StudioError:
        return "postgresql://…"
