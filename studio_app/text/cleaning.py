"""Cleaning and checking the text a designer types, and folding it for search."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from .errors import StudioError

MAX_SHORT = 255
MAX_LONG = 20_000
# C0 controls except tab, newline and carriage return (normalised below), DEL, C1 controls, lone surrogates
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Invisible characters that change what a text appears to say: direction controls (a name stored as
# "Acme 0001-6202-VNI Ltd" shown as "Acme INV-2026-1000 Ltd"), zero-width and other invisible characters
# (two numbers "INV-2026-0001" that differ by a zero-width space), soft hyphen, interlinear annotation.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
INVISIBLE = "\u00ad\u180e\u200b\u2060-\u2064\ufeff\ufff9-\ufffb"
_INVISIBLE = re.compile(f"[{BIDI_CONTROLS}{INVISIBLE}]")
# ZWNJ and ZWJ shape Persian and Indic words and join emoji (👩🏽‍🎨): kept between two such characters only.
_JOINER = re.compile("[\u200c\u200d]")
_LINE_SEPARATORS = re.compile("\r\n|[\r\u2028\u2029]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _joins(char: str) -> bool:
    """Letters, marks (viramas, variation selectors) and emoji symbols and modifiers: what a joiner may sit between."""
    return unicodedata.category(char)[0] in "LM" or unicodedata.category(char) in ("So", "Sk")


def _keep_joiner(match: re.Match) -> str:
    text, at = match.string, match.start()
    inside = 0 < at < len(text) - 1 and _joins(text[at - 1]) and _joins(text[at + 1])
    return match.group() if inside else ""


def strip_hidden(value: str, *, multiline: bool = False) -> str:
    """``value`` without control characters (newlines and tabs kept when ``multiline``), direction
    controls, zero-width characters and stray joiners, in Unicode NFC: what is shown is what is stored."""
    text = value
    if not value.isprintable():  # printable: no control, format (Cf) or line-separator character to remove
        text = _CONTROL.sub("", text)
        text = _LINE_SEPARATORS.sub("\n", text)
        text = _JOINER.sub(_keep_joiner, _INVISIBLE.sub("", text))
    if not multiline:
        text = " ".join(text.split())
    return unicodedata.normalize("NFC", text)


def _hidden_at(value: str, at: int, multiline: bool) -> bool:
    char = value[at]
    if char in "\n\t":
        return not multiline
    if char == "\u200c" or char == "\u200d":
        return not _keep_joiner(_JOINER.match(value, at))
    return bool(_CONTROL.match(char) or _INVISIBLE.match(char)) or char in "\r\u2028\u2029"


def hidden_character(value: str, *, multiline: bool = False) -> str | None:
    """The first character :func:`strip_hidden` would remove, as "U+202E", or None if there is none."""
    at = next((i for i in range(len(value)) if _hidden_at(value, i, multiline)), None)
    return None if at is None else f"U+{ord(value[at]):04X}"


def clean(value: object, label: str, *, required: bool = False, max_len: int = MAX_SHORT,
          multiline: bool = False, field: str | None = None) -> str:
    """Strip, drop control and invisible characters (keeping newlines in multi-line text), NFC, check length."""
    text = strip_hidden("" if value is None else str(value), multiline=multiline).strip()
    if required and not text:
        raise StudioError("{label} is required.", field=field, label=label)
    if len(text) > max_len:
        raise StudioError("{label} is too long ({length} characters; at most {max} allowed).",
                          field=field, label=label, length=len(text), max=max_len)
    return text


def reveal(value: str) -> str:
    """``value`` with each character :func:`strip_hidden` would remove written out as ⟨U+202E⟩, so a report
    shows two look-alike numbers as different and a terminal never obeys a direction control or escape."""
    return "".join(f"⟨U+{ord(c):04X}⟩" if _hidden_at(value, i, False) else c for i, c in enumerate(value))


def number_key(number: str) -> str:
    """What two document numbers must not share: the same text once invisible characters are gone and
    compatibility forms (full-width digits, ligatures) are folded, so "INV-2026-0001" with a zero-width
    space and "ＩＮＶ-2026-0001" count as duplicates of "INV-2026-0001"."""
    return "".join(unicodedata.normalize("NFKC", strip_hidden(number)).split())


def email(value: object, *, field: str = "email") -> str:
    text = clean(value, "Email", field=field)
    if text and not _EMAIL.match(text):
        raise StudioError("“{value}” does not look like an email address.", field=field, value=text)
    return text


def emails(value: object, *, field: str = "email") -> str:
    """One or several addresses (a client's accounts department in Cc), separated by commas or semicolons;
    each is checked, and they are kept as "a@example.com, b@example.com"."""
    text = clean(value, "Email", field=field, max_len=250)
    parts = [part.strip() for part in re.split(r"[,;]", text) if part.strip()]
    for part in parts:
        if not _EMAIL.match(part):
            raise StudioError("“{value}” does not look like an email address.", field=field, value=part)
    return ", ".join(parts)


def fold(*parts: object) -> str:
    """Case- and accent-insensitive key: 'ŞİŞLİ' and 'şişli' both give 'sisli', 'ΑΘΗΝΑ' and 'αθήνα' 'αθηνα'."""
    text = " ".join(str(p) for p in parts if p)
    text = text.replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def decimal(value: object, label: str, *, field: str | None = None, minimum: Decimal | None = Decimal(0),
            maximum: Decimal = Decimal("1000000"), places: int = 4) -> Decimal:
    """Parse a quantity, percentage or rate typed by a person ('1,5' and '1.5' both work)."""
    if isinstance(value, float):
        raise TypeError("floats are not accepted for exact values; pass str or Decimal")
    text = str(value).strip().replace(" ", "") if value is not None else ""
    if isinstance(value, str) and "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        raise StudioError("{label} must be a number, not “{value}”.", field=field, label=label,
                          value=str(value)[:40]) from None
    if not number.is_finite():
        raise StudioError("{label} must be a number, not “{value}”.", field=field, label=label, value=text[:40])
    if minimum is not None and number < minimum:
        raise StudioError("{label} cannot be less than {minimum}.", field=field, label=label, minimum=minimum)
    if number > maximum:
        raise StudioError("{label} cannot be more than {maximum}.", field=field, label=label, maximum=maximum)
    if number != number.quantize(Decimal(1).scaleb(-places)):
        raise StudioError("{label} allows at most {places} decimal places.", field=field, label=label, places=places)
    return Decimal(format(number.normalize(), "f"))


def integer(value: object, label: str, *, field: str | None = None, minimum: int = 0, maximum: int = 10_000) -> int:
    number = decimal(value, label, field=field, minimum=Decimal(minimum), maximum=Decimal(maximum), places=0)
    return int(number)


def date(value: object, label: str, *, required: bool = False, field: str | None = None) -> dt.date | None:
    """Accept a date, or ISO text 'YYYY-MM-DD'; empty gives None unless required."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = "" if value is None else str(value).strip()
    if not text:
        if required:
            raise StudioError("{label} is required.", field=field, label=label)
        return None
    try:
        parsed = dt.date.fromisoformat(text)
    except ValueError:
        raise StudioError("{label} must be a date like 2026-03-31, not “{value}”.", field=field, label=label,
                          value=text[:40]) from None
    if not 1900 <= parsed.year <= 2200:
        raise StudioError("{label} must be a date like 2026-03-31, not “{value}”.", field=field, label=label,
                          value=text[:40])
    return parsed


def choice(value: object, allowed: tuple[str, ...], label: str, *, field: str | None = None) -> str:
    text = str(value or "").strip().lower()
    if text not in allowed:
        raise StudioError("{label} must be one of: {allowed}.", field=field, label=label, allowed=", ".join(allowed))
    return text
