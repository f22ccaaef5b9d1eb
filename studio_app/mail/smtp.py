"""Talking to the studio's mail server: connect (plain, STARTTLS or SSL), log in, send the bytes.

Every failure a designer can act on is a :class:`StudioError` with the reason (server down, wrong password,
no network, a recipient refused). :func:`deliver` tells apart what fails before the server has the message
(safe to try again) from a connection lost after the message was handed over (it may have arrived):
:class:`Ambiguous`.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from dataclasses import dataclass

from studio_app.text.errors import StudioError

TIMEOUT = 30


class Ambiguous(StudioError):
    """The connection broke after the message was handed over: the server may have it."""


class Broken(StudioError):
    """The connection broke before the message was handed over: it did not arrive; the next retry may."""


class Permanent(StudioError):
    """The server refused the message for good (5xx): trying again gives the same answer."""


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: str  # none, starttls or ssl
    user: str = ""
    password: str | None = None

    @classmethod
    def of(cls, studio, password: str | None = None) -> "Server":
        return cls(studio.smtp_host, int(studio.smtp_port), studio.smtp_security, studio.smtp_user, password)


def connect(server: Server) -> smtplib.SMTP:
    """An open, logged-in connection; a StudioError naming the reason otherwise."""
    if not server.host:
        raise StudioError("No mail server is set; enter it in Settings → E-mail.", field="smtp_host")
    where = f"{server.host}:{server.port}"
    conn: smtplib.SMTP | None = None
    try:
        if server.security == "ssl":
            conn = smtplib.SMTP_SSL(server.host, server.port, timeout=TIMEOUT, context=ssl.create_default_context())
        else:
            conn = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT)
            if server.security == "starttls":
                conn.starttls(context=ssl.create_default_context())
        if server.user:
            if server.password is None:
                raise StudioError("The password for {user} on {server} is not set; enter it in Settings → E-mail.",
                                  field="smtp_password", user=server.user, server=where)
            _login(conn, server.user, server.password)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        raise _reason(exc, server, where) from None
    return conn


def _reason(exc: BaseException, server: Server, where: str) -> BaseException:
    """What went wrong connecting, as the designer can act on it."""
    if isinstance(exc, StudioError) or not isinstance(exc, Exception):
        return exc
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return StudioError("The mail server {server} refused the user name or password.", field="smtp_password",
                           server=where)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return StudioError("The mail server {server} does not offer this security; check STARTTLS or SSL.",
                           field="smtp_security", server=where)
    if isinstance(exc, ssl.SSLError):
        return StudioError("The secure connection to {server} failed: {reason}.", field="smtp_security",
                           server=where, reason=str(exc.reason or exc)[:120])
    if isinstance(exc, socket.gaierror):
        return StudioError("The mail server {host} cannot be found; check its name and the network.",
                           field="smtp_host", host=server.host)
    if isinstance(exc, ConnectionRefusedError):
        return StudioError("The mail server {server} refused the connection; is the port right and the server up?",
                           field="smtp_port", server=where)
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return StudioError("The mail server {server} did not answer in time.", field="smtp_host", server=where)
    if isinstance(exc, (smtplib.SMTPException, OSError)):
        return StudioError("Could not reach the mail server {server}: {reason}.", field="smtp_host", server=where,
                           reason=str(exc)[:160] or type(exc).__name__)
    return exc


def _login(conn: smtplib.SMTP, user: str, password: str) -> None:
    """Log in; a user name or password beyond ASCII goes as UTF-8 with AUTH PLAIN (RFC 4616), which smtplib's
    own login cannot send."""
    if user.isascii() and password.isascii():
        conn.login(user, password)
        return
    conn.ehlo_or_helo_if_needed()
    if "plain" not in conn.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPAuthenticationError(504, b"PLAIN not offered")
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = conn.docmd("AUTH", "PLAIN " + token)
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, reply)


def test_connection(server: Server) -> None:
    """Connect and log in, then leave; raises a StudioError with the reason when that fails."""
    conn = connect(server)
    close(conn)


def deliver(conn: smtplib.SMTP, sender: str, recipients: list[str], raw: bytes) -> None:
    """MAIL, RCPT, DATA on an open connection. Returns once the server answered 250 to DATA (it has the message).

    Raises StudioError (nothing handed over: safe to try again), :class:`Permanent` (refused for good) or
    :class:`Ambiguous` (the connection broke during DATA)."""
    try:
        conn.ehlo_or_helo_if_needed()
        code, reply = conn.mail(sender, ["SMTPUTF8"] if _needs_utf8(sender, recipients)
                                and conn.has_extn("smtputf8") else [])
        if code != 250:
            conn.rset()
            _refused(code, reply, sender)
        for address in recipients:
            code, reply = conn.rcpt(address)
            if code not in (250, 251):
                conn.rset()
                _refused(code, reply, address)
    except (smtplib.SMTPException, OSError) as exc:
        raise Broken("The connection to the mail server broke: {reason}.",
                          reason=str(exc)[:160] or type(exc).__name__) from None
    try:
        code, reply = conn.data(raw)
    except smtplib.SMTPDataError as exc:  # the server answered DATA with a refusal: it did not take the message
        _refused(exc.smtp_code, exc.smtp_error, "")
    except (smtplib.SMTPException, OSError) as exc:
        raise Ambiguous("The connection broke while the message was being handed over ({reason}); the server may "
                        "have received it.", reason=str(exc)[:160] or type(exc).__name__) from None


def close(conn: smtplib.SMTP) -> None:
    try:
        conn.quit()
    except (smtplib.SMTPException, OSError):
        conn.close()


def _refused(code: int, reply: bytes | str, who: str) -> None:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    error = Permanent if 500 <= int(code) < 600 else Broken if int(code) == 421 else StudioError
    if who:
        raise error("The mail server refused {address}: {code} {reply}", address=who, code=code, reply=text[:160])
    raise error("The mail server refused the message: {code} {reply}", code=code, reply=text[:160])


def _needs_utf8(sender: str, recipients: list[str]) -> bool:
    return not all(address.isascii() for address in [sender, *recipients])
