"""The rules one cell of a JSON export is held to (a text, a number, a date, a blob, a choice…): each builder
returns a :data:`Rule` that gives back the value to store or raises :class:`StudioError` saying why.
:mod:`.import_rules` assigns them to every table's columns."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal

from studio_app.money import numbering
from studio_app.text import cleaning
from studio_app.text.errors import StudioError

Rule = Callable[[object], object]  # the JSON value -> the value to store; StudioError when it breaks the rule

MAX_ID = 2 ** 53
MAX_MINOR = 10 ** 12  # one billion in major units, for currencies with up to three decimals
MAX_JSON_DEPTH = 12  # the frozen snapshot of an issued document and a contract's clauses
_DECIMAL = re.compile(r"^-?[0-9]{1,16}(\.[0-9]{1,8})?$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def shown(value: object) -> str:
    """A refused value as a message may repeat it: short, without control or direction characters."""
    return cleaning.strip_hidden(str(value))[:40]


def as_string(value: object, label: str) -> str:
    if not isinstance(value, str):
        raise StudioError("{label} must be text.", label=label)
    return value


def clean_text(label: str, *, max_len: int = cleaning.MAX_SHORT, multiline: bool = False, required: bool = False,
               nullable: bool = False) -> Rule:
    """Text exactly as :func:`text.clean` would have stored it."""
    def rule(value: object) -> object:
        if value is None and nullable:
            return None
        raw = as_string(value, label)
        cleaned = cleaning.clean(raw, label, max_len=max_len, multiline=multiline, required=required)
        if cleaned != raw:
            raise _unclean(raw, label, multiline)
        return raw
    return rule


def _unclean(raw: str, label: str, multiline: bool) -> StudioError:
    hidden = cleaning.hidden_character(raw, multiline=multiline)
    if hidden:
        return StudioError("{label} contains the invisible or control character {char}.", label=label, char=hidden)
    if unicodedata.normalize("NFC", raw) != raw:
        return StudioError("{label} is not in Unicode normal form (NFC).", label=label)
    return StudioError("{label} has spaces at its start or end, or several in a row.", label=label)


def number(label: str, *, nullable: bool = True) -> Rule:
    """A document number: text without invisible characters, as long as a number format can make it."""
    return clean_text(label, max_len=numbering.MAX_NUMBER, required=True, nullable=nullable)


def key(label: str) -> Rule:
    """A folded search key (not shown): text without control or direction characters."""
    def rule(value: object) -> object:
        raw = as_string(value, label)
        hidden = cleaning.hidden_character(raw)
        if hidden:
            raise StudioError("{label} contains the invisible or control character {char}.", label=label, char=hidden)
        if len(raw) > cleaning.MAX_LONG:
            raise StudioError("{label} is too long ({length} characters; at most {max} allowed).", label=label,
                              length=len(raw), max=cleaning.MAX_LONG)
        return raw
    return rule


def same_as(check: Callable[[str], str], label: str) -> Rule:
    """Text that a form's own check (email, IBAN, currency, number format) accepts and leaves as it is."""
    def rule(value: object) -> object:
        raw = as_string(value, label)
        clean_text(label)(raw)
        if check(raw) != raw:
            raise StudioError("{label} is not written the way Studio Desk writes it: “{value}”.", label=label,
                              value=shown(raw))
        return raw
    return rule


def choice(allowed: tuple[str, ...], label: str) -> Rule:
    def rule(value: object) -> object:
        if value not in allowed:
            raise StudioError("{label} must be one of: {allowed}.", label=label, allowed=", ".join(allowed))
        return value
    return rule


def boolean(label: str) -> Rule:
    def rule(value: object) -> object:
        if not isinstance(value, bool):
            raise StudioError("{label} must be true or false, not “{value}”.", label=label, value=shown(value))
        return value
    return rule


def whole(label: str, minimum: int, maximum: int, *, nullable: bool = False) -> Rule:
    def rule(value: object) -> object:
        if value is None and nullable:
            return None
        if type(value) is not int or not minimum <= value <= maximum:
            raise StudioError("{label} must be a whole number from {minimum} to {maximum}, not “{value}”.",
                              label=label, minimum=minimum, maximum=maximum, value=shown(value))
        return value
    return rule


def ref(label: str, *, nullable: bool = False) -> Rule:
    return whole(label, 1, MAX_ID, nullable=nullable)


def minor(label: str, *, signed: bool = False) -> Rule:
    return whole(label, -MAX_MINOR if signed else 0, MAX_MINOR)


def exact(label: str, minimum: Decimal | int | None, maximum: Decimal | int, places: int) -> Rule:
    """An exact decimal as the export writes it ("19.5"), within the form's limits."""
    def rule(value: object) -> object:
        raw = as_string(value, label)
        if not _DECIMAL.match(raw):
            raise StudioError("{label} must be a number written like 1.5, not “{value}”.", label=label,
                              value=shown(raw))
        try:
            return cleaning.decimal(raw, label, minimum=None if minimum is None else Decimal(minimum),
                                maximum=Decimal(maximum), places=places)
        except ArithmeticError:
            raise StudioError("{label} must be a number written like 1.5, not “{value}”.", label=label,
                              value=shown(raw)) from None
    return rule


def day(label: str, *, nullable: bool = True) -> Rule:
    def rule(value: object) -> object:
        if value is None and nullable:
            return None
        parsed = cleaning.date(as_string(value, label), label, required=True)
        if parsed.isoformat() != value:
            raise StudioError("{label} must be a date like 2026-03-31, not “{value}”.", label=label,
                              value=shown(value))
        return parsed
    return rule


def moment(label: str, *, nullable: bool = False) -> Rule:
    def rule(value: object) -> object:
        if value is None and nullable:
            return None
        raw = as_string(value, label)
        try:
            parsed = dt.datetime.fromisoformat(raw)
        except ValueError:
            parsed = None
        if parsed is None or not 1900 <= parsed.year <= 2200 or len(raw) > 32:
            raise StudioError("{label} must be a date and time like 2026-03-31T14:30:00, not “{value}”.",
                              label=label, value=shown(raw))
        return parsed
    return rule


def blob(label: str, max_bytes: int, check: Callable[[bytes], object] | None = None) -> Rule:
    def rule(value: object) -> object:
        if value is None:
            return None
        raw = as_string(value, label)
        if len(raw) > (max_bytes * 4) // 3 + 4:
            raise StudioError("{label} is larger than {max} bytes.", label=label, max=max_bytes)
        try:
            data = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            raise StudioError("{label} must be base64 text.", label=label) from None
        if check is not None:
            check(data)
        return data
    return rule


def json_text(label: str, max_len: int) -> Rule:
    """Frozen JSON kept as text (snapshots, clauses): valid, not too large, not nested too deep."""
    def rule(value: object) -> object:
        raw = as_string(value, label)
        if len(raw) > max_len:
            raise StudioError("{label} is too long ({length} characters; at most {max} allowed).", label=label,
                              length=len(raw), max=max_len)
        try:
            parsed = json.loads(raw, parse_constant=_no_constant)
        except (ValueError, RecursionError):
            raise StudioError("{label} is not valid JSON.", label=label) from None
        if depth(parsed) > MAX_JSON_DEPTH:
            raise StudioError("{label} is nested deeper than a Studio Desk export allows.", label=label)
        return raw
    return rule


def _no_constant(name: str) -> object:
    raise ValueError(name)


def depth(value: object) -> int:
    """How deeply lists and objects nest in ``value`` (a scalar is 0), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        if level > MAX_JSON_DEPTH:
            break
        stack.extend((child, level + 1) for child in children)
    return deepest


def sha256(label: str, *, nullable: bool = True) -> Rule:
    def rule(value: object) -> object:
        if value is None and nullable:
            return None
        if not isinstance(value, str) or not _SHA256.match(value):
            if not nullable:
                raise StudioError("{label} must be 64 hexadecimal digits.", label=label)
            raise StudioError("{label} must be empty or 64 hexadecimal digits.", label=label)
        return value
    return rule


_UID = re.compile(r"^[A-Za-z0-9._-]{1,100}$")


def identity(label: str) -> Rule:
    """The database's id (it names the seal key's file on each desk): letters, digits, dot, dash, underscore."""
    def rule(value: object) -> object:
        if not isinstance(value, str) or not _UID.match(value):
            raise StudioError("{label} is not a database id.", label=label)
        return value
    return rule


def color(label: str) -> Rule:
    def rule(value: object) -> object:
        if not isinstance(value, str) or not _COLOR.match(value):
            raise StudioError("The accent colour must look like #2F5D8A.")
        return value
    return rule
