"""The outbox: every message is stored before it is sent, and no message is ever sent twice.

How a message moves: ``queue`` stores it (status ``queued``, its whole bytes and Message-ID fixed).
``send`` claims it — status ``sending``, in a committed transaction, under a row lock, so that two desks
retrying at once cannot both claim it — then hands it to the server. The moment the server answers 250 to
DATA, one transaction records, first, that the server accepted it (``accepted_at``), then that it is
``sent``, and the entry in the client's conversation: the acceptance and its bookkeeping land together or
not at all.

The guarantee is **at most once**, without asking the server anything. A message found ``sending`` by a
later start or retry (its claim older than :data:`STALE_AFTER`, so no desk is still at work on it) is one
whose desk stopped between handing it over and recording the answer: the server may have it. It is set
``failed`` with that reason, and only the designer's :func:`resend` (after checking the Sent folder, or
with the client) sends it again, with the same Message-ID, so a mail program that did get both shows one.
A connection lost during DATA is treated the same way.
Failures before the message was handed over (server down, wrong password, no network, a temporary 4xx)
leave it ``queued`` with the reason and one more attempt counted: a retry is safe. A 5xx refusal is
``failed`` (trying again would get the same answer).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from studio_app.store import db, locks
from studio_app.store.models import Interaction, OutboxMessage
from studio_app.text import i18n, messages
from studio_app.text.errors import StudioError
from studio_app.work import clock, interactions, settings
from . import message as mime
from . import smtp
from .addresses import bare, check_addresses
from .compose import Draft
from .settings import password as kept_password

QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"
STALE_AFTER = dt.timedelta(minutes=5)  # far beyond smtp.TIMEOUT: a claim this old has no desk behind it
# Tests stop the process here (between the server's 250 and anything else being written) to prove a crash
# cannot make the message go twice.
after_accepted: Callable[[OutboxMessage], None] | None = None


@dataclass(frozen=True)
class Result:
    id: int
    status: str
    error: str = ""
    broken: bool = False  # the connection is gone: the messages after it were not tried


def queue(draft: Draft) -> int:
    """Store the message (nothing is sent yet); its id. Addresses are checked first: nothing is stored when one
    is wrong. A delay notice also moves the project's deadline and logs it, in the same transaction."""
    if not draft.to:
        raise StudioError("The message has no recipient: add the client's e-mail address or type one in To.",
                          field="to")
    to = check_addresses(", ".join(draft.to), field="to")
    cc = check_addresses(", ".join(draft.cc), field="cc", required=False)
    studio = settings.get()
    sender_email = studio.sender_email or studio.email
    if not sender_email:
        raise StudioError("Set the studio's sender address in Settings → E-mail first.", field="sender_email")
    if not draft.subject.strip():
        raise StudioError("The message has no subject.", field="subject")
    draft.to, draft.cc = to, cc
    sender = mime.sender_address(studio.sender_name or studio.name, sender_email)
    message_id = mime.new_message_id(sender_email)
    raw = mime.build(draft, sender, message_id).as_bytes()
    listed = [{"name": a.name, "mime": a.mime, "size": len(a.data), "document_number": a.document_number}
              for a in draft.attachments]
    with db.transaction():
        if draft.habit == "delay" and draft.project_id and draft.new_deadline:
            interactions.log_delay_notice(draft.project_id, draft.new_deadline, draft.body)
        row = OutboxMessage.create(
            message_id=message_id, kind=draft.kind, habit=draft.habit, document_kind=draft.document_kind,
            document_id=draft.document_id, document_numbers=json.dumps(draft.documents), client=draft.client_id,
            project=draft.project_id, language=draft.language, sender=sender, to_addresses=json.dumps(to),
            cc_addresses=json.dumps(cc), subject=draft.subject, body=draft.body, attachments=json.dumps(listed),
            raw=raw, follow_up_interaction=draft.follow_up_interaction)
    return row.id


def get(outbox_id: int) -> OutboxMessage:
    row = OutboxMessage.get_or_none(OutboxMessage.id == outbox_id)
    if row is None:
        raise StudioError("There is no message {id} in the outbox.", id=outbox_id)
    return row


def pending() -> list[OutboxMessage]:
    """Messages not sent yet (queued, being sent, failed), oldest first."""
    return list(OutboxMessage.select().where(OutboxMessage.status != SENT)
                .order_by(OutboxMessage.created_at, OutboxMessage.id))


def recent(limit: int = 200) -> list[OutboxMessage]:
    """Every message, newest first (the outbox view)."""
    return list(OutboxMessage.select().order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
                .limit(limit))


def attachments(row: OutboxMessage) -> list[dict]:
    return json.loads(row.attachments or "[]")


def send(outbox_id: int, password: str | None = None) -> str:
    """Send one queued message now; its status afterwards (queued with the reason when the server cannot be
    reached)."""
    return send_many([outbox_id], password)[0].status


def retry_all(password: str | None = None, *, stale_after: dt.timedelta = STALE_AFTER) -> list[Result]:
    """On start and on "Retry": settle messages left ``sending`` by a stopped desk, then send every queued one
    over one connection."""
    settled = recover(stale_after)
    ids = [row.id for row in OutboxMessage.select(OutboxMessage.id).where(OutboxMessage.status == QUEUED)
           .order_by(OutboxMessage.created_at, OutboxMessage.id)]
    return settled + (send_many(ids, password) if ids else [])


def resend(outbox_id: int, password: str | None = None) -> str:
    """The designer checked that a failed message did not arrive: queue it again (same Message-ID) and send it."""
    with db.transaction():
        row = locks.locked(OutboxMessage, outbox_id, "message")
        if row.status != FAILED:
            raise StudioError("Only a message that failed can be sent again; this one is {status}.",
                              status=row.status)
        OutboxMessage.update(status=QUEUED, last_error="").where(OutboxMessage.id == row.id).execute()
    return send(outbox_id, password)


def discard(outbox_id: int) -> None:
    """Delete a message that was not sent (the designer changed their mind)."""
    with db.transaction():
        row = locks.locked(OutboxMessage, outbox_id, "message")
        if row.status in (SENT, SENDING):
            raise StudioError("This message is {status}; it can no longer be removed.", status=row.status)
        OutboxMessage.delete().where(OutboxMessage.id == row.id).execute()


def send_test(password: str | None = None, to: str | None = None) -> str:
    """Settings → E-mail's "Send test message": a short message to the sender's own address (or ``to``), sent
    now and stored nowhere; the address it went to, or a StudioError with the reason."""
    from . import templates
    studio = settings.get()
    sender_email = studio.sender_email or studio.email
    if not sender_email:
        raise StudioError("Set the studio's sender address in Settings → E-mail first.", field="sender_email")
    target = check_addresses(to or sender_email, field="to")
    values = {"studio": studio.name, "signature": studio.signature or studio.sender_name or studio.name}
    draft = Draft(target, [], templates.fill(templates.word(studio.language, "test_subject"), values),
                  templates.fill(templates.word(studio.language, "test_body"), values), language=studio.language)
    sender = mime.sender_address(studio.sender_name or studio.name, sender_email)
    raw = mime.build(draft, sender, mime.new_message_id(sender_email)).as_bytes()
    conn = smtp.connect(smtp.Server.of(studio, password if password is not None else
                                       (kept_password(studio) if studio.smtp_user else None)))
    try:
        smtp.deliver(conn, bare(sender), [bare(a) for a in target], raw)
    finally:
        smtp.close(conn)
    return ", ".join(target)


def send_many(ids: list[int], password: str | None = None) -> list[Result]:
    studio = settings.get()
    server = smtp.Server.of(studio, password if password is not None else
                            (kept_password(studio) if studio.smtp_user else None))
    try:
        conn = smtp.connect(server)
    except StudioError as exc:
        return [_unclaimed_failure(outbox_id, exc) for outbox_id in ids]
    results = []
    try:
        for outbox_id in ids:
            results.append(_send_one(conn, outbox_id))
            if results[-1].broken:  # the connection is gone: the rest wait, with the reason
                broken = StudioError("The connection to the mail server broke: {reason}.",
                                     reason=results[-1].error[:160])
                results += [_unclaimed_failure(i, broken) for i in ids[len(results):]]
                break
    finally:
        smtp.close(conn)
    return results


def _claim(outbox_id: int) -> OutboxMessage | None:
    """Take the message for this desk: queued → sending, committed; None when another desk has it (or it is done)."""
    with db.transaction():
        row = locks.locked(OutboxMessage, outbox_id, "message")
        if row.status != QUEUED:
            return None
        row.claimed_at = clock.now()
        claimed = OutboxMessage.update(status=SENDING, claimed_at=row.claimed_at, attempts=OutboxMessage.attempts + 1)\
            .where((OutboxMessage.id == row.id) & (OutboxMessage.status == QUEUED)).execute()
    return row if claimed == 1 else None


def _send_one(conn, outbox_id: int) -> Result:
    row = _claim(outbox_id)
    if row is None:
        return Result(outbox_id, get(outbox_id).status)
    envelope = [bare(address) for address in [*to_addresses(row), *cc_addresses(row)]]
    try:
        smtp.deliver(conn, bare(row.sender), envelope, bytes(row.raw))
    except smtp.Ambiguous as exc:
        return _set(row, FAILED, exc, broken=True)
    except smtp.Permanent as exc:
        return _set(row, FAILED, exc)
    except smtp.Broken as exc:
        return _set(row, QUEUED, exc, broken=True)
    except StudioError as exc:  # a temporary refusal (4xx): the next retry may get through
        return _set(row, QUEUED, exc)
    if after_accepted is not None:
        after_accepted(row)
    return _record_sent(row)


def _record_sent(row: OutboxMessage) -> Result:
    """The server answered 250 to DATA: the first thing written is that it accepted the message, then (in the same
    transaction) that it is sent, and the entry in the client's (and project's) conversation, once."""
    with db.transaction():
        now = clock.now()
        # Also over "failed": another desk may have given up on a very slow hand-over; the server's 250 is the truth.
        OutboxMessage.update(accepted_at=now, status=SENT, sent_at=now, last_error="").where(
            (OutboxMessage.id == row.id) & OutboxMessage.status.in_((SENDING, FAILED))).execute()
        entry = _log(row, now)
        if entry is not None:
            OutboxMessage.update(interaction=entry.id).where(OutboxMessage.id == row.id).execute()
        if row.follow_up_interaction:
            interactions.mark_follow_up_done(row.follow_up_interaction)
    return Result(row.id, SENT)


def _log(row: OutboxMessage, when: dt.datetime) -> Interaction | None:
    if row.client_id is None:
        return None
    numbers = json.loads(row.document_numbers or "[]")
    summary = i18n.label(row.language, "mail_sent", subject=row.subject)
    if numbers:
        summary += "\n" + i18n.label(row.language, "mail_sent_attached", numbers=", ".join(numbers))
    kind = "update" if row.habit == "update" else "email"
    return Interaction.create(client=row.client_id, project=row.project_id, kind=kind, summary=summary,
                              occurred_at=when)


def recover(stale_after: dt.timedelta = STALE_AFTER) -> list[Result]:
    """Settle messages left ``sending`` longer than ``stale_after`` by a desk that stopped: failed, with the reason
    that the server may have them (see the module's guarantee); never sent again without the designer."""
    cutoff = clock.now() - stale_after
    stale = [row.id for row in OutboxMessage.select(OutboxMessage.id).where(
        (OutboxMessage.status == SENDING) & (OutboxMessage.claimed_at <= cutoff))]
    unsure = StudioError("Sending stopped after the message was handed to the server, before its answer was "
                         "recorded: it may have arrived. Check your Sent folder or ask the client, then send it "
                         "again if it did not.")
    results = []
    for outbox_id in stale:
        with db.transaction():
            row = locks.locked(OutboxMessage, outbox_id, "message")
            if row.status != SENDING or row.claimed_at > cutoff:
                continue
            OutboxMessage.update(status=FAILED, last_error=_text(unsure)).where(OutboxMessage.id == row.id).execute()
        results.append(Result(outbox_id, FAILED, _text(unsure)))
    return results


def _unclaimed_failure(outbox_id: int, exc: StudioError) -> Result:
    """The server could not be reached: the message stays queued, with the reason and one more attempt."""
    with db.transaction():
        row = locks.locked(OutboxMessage, outbox_id, "message")
        if row.status != QUEUED:
            return Result(row.id, row.status)
        OutboxMessage.update(last_error=_text(exc), attempts=OutboxMessage.attempts + 1).where(
            OutboxMessage.id == row.id).execute()
    return Result(outbox_id, QUEUED, _text(exc))


def _set(row: OutboxMessage, status: str, exc: StudioError, *, broken: bool = False) -> Result:
    with db.transaction():
        OutboxMessage.update(status=status, last_error=_text(exc)).where(
            (OutboxMessage.id == row.id) & (OutboxMessage.status == SENDING)).execute()
    return Result(row.id, status, _text(exc), broken)


def _text(exc: StudioError) -> str:
    """The reason in the studio's language (what the outbox shows)."""
    return messages.translate(exc, settings.get().language)


def to_addresses(row: OutboxMessage) -> list[str]:
    return json.loads(row.to_addresses or "[]")


def cc_addresses(row: OutboxMessage) -> list[str]:
    return json.loads(row.cc_addresses or "[]")
