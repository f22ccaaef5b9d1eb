"""A draft as an RFC 5322 message: ``EmailMessage`` with the SMTP policy (CRLF, headers folded and encoded
as RFC 2047 where a name or subject is not ASCII: "Çağla Yılmaz", "Παπαδόπουλος"), a Message-ID made once
with the sender's domain, the Date, the body as UTF-8 text, and each attachment with its MIME type."""

from __future__ import annotations

import datetime as dt
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from studio_app.work import clock
from .addresses import bare, domain


def sender_address(name: str, email: str) -> str:
    address = bare(email)
    return str(Address(display_name=name, addr_spec=address)) if name else address


def new_message_id(sender_email: str) -> str:
    """A Message-ID unique to this message: ``<…@sender's domain>``."""
    return make_msgid(domain=domain(sender_email).encode("idna").decode("ascii"))


def build(draft, sender: str, message_id: str, when: dt.datetime | None = None) -> EmailMessage:
    """The message for ``draft`` from ``sender`` (``Name <address>``)."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = ", ".join(draft.to)
    if draft.cc:
        message["Cc"] = ", ".join(draft.cc)
    message["Subject"] = draft.subject
    message["Date"] = format_datetime((when or clock.now()).astimezone())
    message["Message-ID"] = message_id
    message["Content-Language"] = draft.language
    message.set_content(draft.body, charset="utf-8")
    for attachment in draft.attachments:
        main, _, sub = attachment.mime.partition("/")
        message.add_attachment(attachment.data, maintype=main, subtype=sub or "octet-stream",
                               filename=attachment.name)
    return message

