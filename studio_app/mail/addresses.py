"""The addresses a designer types: one or several, separated by commas or semicolons, each checked."""

from __future__ import annotations

import re

from studio_app.text.errors import StudioError

_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_DOMAIN_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def check_address(text: object, *, field: str = "to") -> str:
    """One address (``name@example.com`` or ``Name <name@example.com>``), returned as written cleanly;
    anything else is refused with the address named."""
    from email.headerregistry import Address  # the email package (~10 ms) loads when an address is checked,
    from email.utils import getaddresses  # not with the settings at every start
    raw = str(text or "").strip()
    parsed = getaddresses([raw])
    if len(parsed) != 1 or not parsed[0][1]:
        raise StudioError("“{value}” is not an e-mail address.", field=field, value=raw[:80])
    name, address = parsed[0]
    written = raw[raw.rfind("<") + 1:raw.rfind(">")] if raw.endswith(">") else raw
    if written.strip() != address or not _valid(address) or "\n" in raw or "\r" in raw:
        raise StudioError("“{value}” is not an e-mail address.", field=field, value=raw[:80])
    local, _, host = address.rpartition("@")
    address = f"{local}@{host.encode('idna').decode('ascii')}"  # müller.de travels as xn--mller-kva.de
    return str(Address(display_name=name, addr_spec=address)) if name else address


def check_addresses(text: object, *, field: str = "to", required: bool = True) -> list[str]:
    """Every address in ``text`` (comma or semicolon separated), each checked; duplicates dropped."""
    parts = [part.strip() for part in re.split(r"[;,\n]", str(text or "")) if part.strip()]
    if not parts and required:
        raise StudioError("Please give at least one e-mail address.", field=field)
    found: list[str] = []
    seen: set[str] = set()
    for part in parts:
        address = check_address(part, field=field)
        key = bare(address).casefold()
        if key not in seen:
            seen.add(key)
            found.append(address)
    return found


def bare(address: str) -> str:
    """The addr-spec of an address (what the SMTP envelope carries)."""
    from email.utils import getaddresses
    return getaddresses([address])[0][1]


def domain(address: str) -> str:
    return bare(address).rpartition("@")[2] or "localhost"


def _valid(address: str) -> bool:
    local, at, host = address.rpartition("@")
    if not at or not local or not host or len(address) > 254 or len(local) > 64:
        return False
    if not _LOCAL.match(local) or local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    try:
        host_ascii = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = host_ascii.split(".")
    return len(labels) >= 2 and all(_DOMAIN_LABEL.match(label) for label in labels)
