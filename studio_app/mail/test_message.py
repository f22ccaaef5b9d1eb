"""Settings → E-mail's "Send test message": the settings as typed (saved or not) are tried by sending a short
message to the studio's own sender address, so a wrong server, port, security or password shows before a
client's message waits on it."""

from __future__ import annotations

from collections.abc import Mapping

from studio_app.text.errors import StudioError
from studio_app.work import settings
from . import message, smtp
from . import settings as mail_settings
from .addresses import bare
from .compose import Draft


def send_test(values: Mapping[str, object], password: str | None, subject: str, body: str) -> str:
    """Send ``subject``/``body`` to the sender address in ``values`` through the server in ``values``; the
    address it went to. ``password`` as typed, else the one kept for that server and user. Every failure is a
    StudioError with the reason (nothing is stored: a test message is not the client's conversation)."""
    studio = settings.get()
    typed = {**{key: getattr(studio, key) for key in mail_settings.KEYS}, **mail_settings.validate(values)}
    sender_email = str(typed["sender_email"] or studio.email or "")
    if not sender_email:
        raise StudioError("Set the studio's sender address in Settings → E-mail first.", field="sender_email")
    server = smtp.Server(str(typed["smtp_host"]), int(typed["smtp_port"]), str(typed["smtp_security"]),
                         str(typed["smtp_user"]), password or (mail_settings.password(_Entry(typed))
                                                               if typed["smtp_user"] else None))
    sender = message.sender_address(str(typed["sender_name"] or studio.name), sender_email)
    draft = Draft([sender_email], [], subject, body, language=studio.language)
    raw = message.build(draft, sender, message.new_message_id(sender_email)).as_bytes()
    conn = smtp.connect(server)
    try:
        smtp.deliver(conn, bare(sender_email), [bare(sender_email)], raw)
    finally:
        smtp.close(conn)
    return bare(sender_email)


class _Entry:
    """The settings as typed, where the password store looks up its entry (user, server and port)."""

    def __init__(self, values: Mapping[str, object]) -> None:
        self.smtp_user, self.smtp_host, self.smtp_port = values["smtp_user"], values["smtp_host"], values["smtp_port"]
