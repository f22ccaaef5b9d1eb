"""The studio's e-mail settings (columns of the Studio row, migration 8) and the SMTP password.

:func:`validate` checks the e-mail keys of a settings change; ``studio_app.work.settings.validate`` calls it,
so the window, ``settings set`` and scripts refuse the same bad values. The password is kept in the system's
password store (keyring entry "Studio Desk" / "smtp://user@host:port"), or for this session only in memory
when there is none; it is never in the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.text.messages import field_label
from .addresses import check_address

SECURITY = ("none", "starttls", "ssl")
MODES = ("smtp", "eml")
KEYS = ("sender_name", "sender_email", "smtp_host", "smtp_port", "smtp_security", "smtp_user", "signature",
        "mail_mode", "reminder_days", "late_interest_enabled", "late_interest_rate", "late_fee_enabled")
DEFAULT_LADDER = (7, 21, 45)
SERVICE = "Studio Desk"
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$|^\[?[0-9a-fA-F:.]+\]?$")
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off", "")
_session: dict[str, str] = {}


def validate(data: Mapping[str, object]) -> dict[str, object]:
    """The cleaned e-mail settings among ``data`` (other keys are left to the caller); the first bad one is a
    StudioError naming it."""
    values: dict[str, object] = {}
    if "sender_name" in data:
        values["sender_name"] = cleaning.clean(data["sender_name"], field_label("Sender name"), field="sender_name")
    if "sender_email" in data:
        text = str(data["sender_email"] or "").strip()
        values["sender_email"] = check_address(text, field="sender_email") if text else ""
    if "smtp_host" in data:
        host = cleaning.clean(data["smtp_host"], field_label("SMTP server"), field="smtp_host")
        if host and not _HOST.match(host):
            raise StudioError("“{value}” is not a server name.", field="smtp_host", value=host[:80])
        values["smtp_host"] = host
    if "smtp_port" in data:
        values["smtp_port"] = cleaning.integer(data["smtp_port"], field_label("SMTP port"), field="smtp_port",
                                               minimum=1, maximum=65535)
    if "smtp_security" in data:
        values["smtp_security"] = cleaning.choice(data["smtp_security"], SECURITY, field_label("Security"),
                                                  field="smtp_security")
    if "smtp_user" in data:
        values["smtp_user"] = cleaning.clean(data["smtp_user"], field_label("SMTP user"), field="smtp_user")
    if "signature" in data:
        values["signature"] = cleaning.clean(data["signature"], field_label("Signature"), multiline=True,
                                             max_len=2000, field="signature")
    if "mail_mode" in data:
        values["mail_mode"] = cleaning.choice(data["mail_mode"], MODES, field_label("Sending"), field="mail_mode")
    if "reminder_days" in data:
        values["reminder_days"] = ",".join(str(d) for d in parse_ladder(data["reminder_days"]))
    if "late_interest_rate" in data:
        values["late_interest_rate"] = cleaning.decimal(data["late_interest_rate"], field_label("Late interest rate"),
                                                        field="late_interest_rate", maximum=Decimal(100), places=4)
    for name in ("late_interest_enabled", "late_fee_enabled"):
        if name in data:
            values[name] = flag(data[name], name)
    return values


def flag(value: object, name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise StudioError("{name} must be yes or no, not “{value}”.", field=name, name=name, value=str(value)[:20])


def parse_ladder(value: object) -> tuple[int, ...]:
    """``"7, 21, 45"`` → (7, 21, 45): one to three steps, days after the due date, each later than the last."""
    parts = [p.strip() for p in re.split(r"[,;\s]+", str(value or "")) if p.strip()]
    if not 1 <= len(parts) <= 3:
        raise StudioError("The reminder steps are one to three numbers of days, such as 7, 21, 45.",
                          field="reminder_days")
    days = tuple(cleaning.integer(p, field_label("Reminder steps"), field="reminder_days", minimum=1, maximum=365)
                 for p in parts)
    if any(later <= earlier for earlier, later in zip(days, days[1:])):
        raise StudioError("Each reminder step must come later than the one before it ({days}).",
                          field="reminder_days", days=", ".join(str(d) for d in days))
    return days


def ladder(studio: object) -> tuple[int, ...]:
    """The studio's reminder ladder; the default when the stored text is unusable."""
    try:
        return parse_ladder(getattr(studio, "reminder_days", ""))
    except StudioError:
        return DEFAULT_LADDER


def password_entry(studio: object) -> str:
    return f"smtp://{getattr(studio, 'smtp_user', '')}@{getattr(studio, 'smtp_host', '')}:" \
           f"{getattr(studio, 'smtp_port', '')}"


def _keyring():
    import keyring  # lazily: importing it takes a tenth of a second, and only sending needs it
    from keyring.backends import fail
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is the same as none
        return None
    return None if isinstance(backend, fail.Keyring) else keyring


def remember(studio: object, password: str) -> None:
    """Use ``password`` until the program ends (typed at a prompt; not saved anywhere)."""
    _session[password_entry(studio)] = password


def save_password(studio: object, password: str) -> bool:
    """Keep the SMTP password: in the keyring (True), or in memory for this session when there is none (False)."""
    entry = password_entry(studio)
    _session[entry] = password
    keyring = _keyring()
    if keyring is None:
        return False
    from keyring.errors import KeyringError
    try:
        keyring.set_password(SERVICE, entry, password)
    except (KeyringError, OSError):
        return False
    return True


def password(studio: object) -> str | None:
    """The SMTP password: typed this session, else the keyring; None when none is kept."""
    entry = password_entry(studio)
    if entry in _session:
        return _session[entry]
    keyring = _keyring()
    if keyring is None:
        return None
    from keyring.errors import KeyringError
    try:
        return keyring.get_password(SERVICE, entry)
    except (KeyringError, OSError):
        return None


def forget_password(studio: object) -> None:
    entry = password_entry(studio)
    _session.pop(entry, None)
    keyring = _keyring()
    if keyring is None:
        return
    from keyring.errors import KeyringError, PasswordDeleteError
    try:
        keyring.delete_password(SERVICE, entry)
    except (PasswordDeleteError, KeyringError, OSError):
        pass
