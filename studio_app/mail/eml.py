"""A message for the user's own mail program: an ``.eml`` file with its attachments, for a provider that no
longer accepts passwords (Microsoft 365, Gmail without app passwords). Opening it (``xdg-open``) shows it as a
draft ready to send; ``X-Unsent: 1`` asks Outlook and Thunderbird to treat it as one."""

from __future__ import annotations

from pathlib import Path

from studio_app.text.errors import StudioError
from studio_app.work import settings
from . import message as mime
from .addresses import bare, check_addresses
from .compose import Draft


def to_eml(draft: Draft) -> bytes:
    """The draft as the bytes of an .eml file."""
    studio = settings.get()
    sender_email = studio.sender_email or studio.email
    if not sender_email:
        raise StudioError("Set the studio's sender address in Settings → E-mail first.", field="sender_email")
    draft.to = check_addresses(", ".join(draft.to), field="to")
    draft.cc = check_addresses(", ".join(draft.cc), field="cc", required=False)
    message = mime.build(draft, mime.sender_address(studio.sender_name or studio.name, sender_email),
                         mime.new_message_id(sender_email))
    message["X-Unsent"] = "1"
    return message.as_bytes()


def save(draft: Draft, path: str | Path) -> Path:
    """Write the .eml (private, whole or not at all) and return its path."""
    from studio_app.files import safe_write
    target = Path(path)
    safe_write.check_target(target)
    return safe_write.write_bytes(target, to_eml(draft))


def filename(draft: Draft) -> str:
    keep = "".join(c if c.isalnum() or c in "-_ " else "_" for c in draft.subject)[:60].strip() or "message"
    return f"{keep}.eml"


def mailto(draft: Draft) -> str:
    """A ``mailto:`` address with the recipients, subject and body (no attachments: for ``xdg-email`` or the
    browser, where a message needs none)."""
    from urllib.parse import quote
    to = ",".join(quote(bare(a), safe="@") for a in draft.to)
    query = [("cc", ",".join(bare(a) for a in draft.cc))] if draft.cc else []
    query += [("subject", draft.subject), ("body", draft.body.replace("\n", "\r\n"))]
    return f"mailto:{to}?" + "&".join(f"{key}={quote(value, safe='')}" for key, value in query)
