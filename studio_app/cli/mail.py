"""`send KIND NUMBER [--to ADDR] [--dry-run]`, `outbox [--retry | --resend ID]`, `settings show|set|password|test`.

``send`` drafts the document's message from its template (the PDF attached), stores it in the outbox and sends
it; ``--dry-run`` shows it and stores nothing; ``--eml FILE`` writes it for the user's own mail program.
``outbox`` lists what is not sent yet and ``--retry`` sends it. ``settings`` shows and changes every studio
setting through the same validation as the window; the SMTP password goes to the keyring (``settings password``
asks for it), never on the command line.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from studio_app.text.errors import StudioError

from .command import Access, Command, arg

SEND_KINDS = ("quote", "contract", "invoice", "credit-note", "deposit", "reminder")
_INVOICE_KINDS = {"invoice": ("standard", "final"), "credit-note": ("credit_note",), "deposit": ("deposit",),
                  "reminder": ("standard", "final", "deposit")}
_KIND_WORDS = {"standard": "an invoice", "final": "a final invoice", "credit_note": "a credit note",
               "deposit": "a deposit invoice"}


def _draft(args: argparse.Namespace):
    from studio_app.mail import compose
    from studio_app.work import contracts, invoices, quotes
    if args.kind == "quote":
        return compose.draft_for_document("quote", quotes.by_number(args.number).id)
    if args.kind == "contract":
        return compose.draft_for_document("contract", contracts.by_number(args.number).id)
    invoice = invoices.by_number(args.number)
    if invoice.kind not in _INVOICE_KINDS[args.kind]:
        raise StudioError("{number} is {what}; send it as {kind}.", number=invoice.number,
                          what=_KIND_WORDS.get(invoice.kind, invoice.kind),
                          kind={"credit_note": "credit-note", "deposit": "deposit"}.get(invoice.kind, "invoice"))
    if args.kind == "reminder":
        return compose.draft_reminder(invoice.id, args.step)
    return compose.draft_for_document("invoice", invoice.id)


def _show(draft, sender: str) -> str:
    lines = [f"From: {sender}", f"To: {', '.join(draft.to)}"]
    if draft.cc:
        lines.append(f"Cc: {', '.join(draft.cc)}")
    lines += [f"Subject: {draft.subject}", ""]
    lines += [draft.body.rstrip(), ""]
    lines += [f"Attached: {a.name} ({a.mime}, {len(a.data):,} bytes)" for a in draft.attachments]
    return "\n".join(lines)


def run_send(args: argparse.Namespace) -> int:
    from studio_app.mail import addresses, eml, outbox
    from studio_app.work import settings
    draft = _draft(args)
    if args.to:
        draft.to, draft.cc = addresses.check_addresses(args.to, field="to"), []
    studio = settings.get()
    if args.dry_run:
        sender = f"{studio.sender_name or studio.name} <{studio.sender_email or studio.email}>"
        print(_show(draft, sender))
        print("\n(dry run: nothing was stored or sent)")
        return 0
    if args.eml is not None:
        path = eml.save(draft, args.eml)
        print(f"Wrote {path}: open it in your mail program to send it.")
        return 0
    if studio.mail_mode == "eml":
        raise StudioError("Messages are handed to your own mail program (Settings → E-mail); give --eml FILE.")
    outbox_id = outbox.queue(draft)
    status = outbox.send(outbox_id, _password(studio))
    row = outbox.get(outbox_id)
    if status == outbox.SENT:
        print(f"Sent “{row.subject}” to {', '.join(outbox.to_addresses(row) + outbox.cc_addresses(row))} "
              f"({row.message_id}).")
        return 0
    print(f"studio-desk: not sent: {row.last_error}", file=sys.stderr)
    if status == outbox.QUEUED:
        print("studio-desk: the message is kept in the outbox; `outbox --retry` sends it.", file=sys.stderr)
    return 1


def _password(studio) -> str | None:
    """The SMTP password: the keyring's (or this session's), else asked for when a person is at the terminal."""
    from studio_app.mail import settings as mail_settings
    if not studio.smtp_user:
        return None
    kept = mail_settings.password(studio)
    if kept is None and sys.stdin.isatty():
        kept = getpass.getpass(f"Password for {studio.smtp_user} on {studio.smtp_host}: ")
        mail_settings.remember(studio, kept)
    return kept


def run_outbox(args: argparse.Namespace) -> int:
    from studio_app.mail import outbox
    from studio_app.work import settings
    if args.resend is not None:
        status = outbox.resend(args.resend, _password(settings.get()))
        print(f"Message {args.resend}: {status}")
        return 0 if status == outbox.SENT else 1
    if args.retry:
        results = outbox.retry_all(_password(settings.get()))
        for result in results:
            print(f"{result.id}\t{result.status}\t{result.error}".rstrip())
        left = [r for r in results if r.status != outbox.SENT]
        print(f"{len(results) - len(left)} sent, {len(left)} not sent.")
        return 1 if left else 0
    rows = outbox.pending()
    for row in rows:
        to = ", ".join(outbox.to_addresses(row))
        print(f"{row.id}\t{row.status}\t{row.attempts}\t{row.created_at:%Y-%m-%d %H:%M}\t{to}\t{row.subject}"
              + (f"\t{row.last_error}" if row.last_error else ""))
    print(f"{len(rows)} message(s) not sent." if rows else "The outbox is empty: every message was sent.")
    return 0


_HIDDEN = ("id", "logo")


def run_settings(args: argparse.Namespace) -> int:
    from studio_app.work import settings
    if args.action == "show":
        print(_settings_text(settings.get()))
        return 0
    if args.action == "password":
        return _set_password(settings.get())
    if args.action == "test":
        from studio_app.mail import outbox
        to = outbox.send_test(_password(settings.get()), args.key)
        print(f"Sent a test message to {to}.")
        return 0
    if not args.key or args.value is None:
        raise StudioError("Give the setting and its value: settings set KEY VALUE.")
    settings.update({args.key: _value(args.key, args.value)})
    print(f"{args.key} = {_shown(args.key, getattr(settings.get(), args.key))}")
    return 0


def _value(key: str, text: str) -> object:
    import peewee
    from studio_app.mail import settings as mail_settings
    from studio_app.store.models import Studio
    from studio_app.work import settings
    if key in ("smtp_password", "password"):
        raise StudioError("A password typed on the command line can be seen by other users; run "
                          "`settings password` instead.")
    field = Studio._meta.fields.get(key)
    if field is None or key in ("id",):
        raise StudioError("There is no setting “{key}”; `settings show` lists them.", key=key[:40])
    if key == "logo":
        return settings.read_logo(text)
    if isinstance(field, peewee.BooleanField):
        return mail_settings.flag(text, key)
    return text.replace("\\n", "\n")


def _shown(key: str, value: object) -> str:
    if key == "logo":
        return f"({len(value):,} bytes)" if value else "(none)"
    return str(value).replace("\n", "\\n")


def _settings_text(studio) -> str:
    from studio_app.mail import settings as mail_settings
    from studio_app.store.models import Studio
    lines = [f"{name} = {_shown(name, getattr(studio, name))}" for name in Studio._meta.sorted_field_names
             if name != "id"]
    kept = "kept" if studio.smtp_user and mail_settings.password(studio) is not None else "not set"
    lines.append(f"smtp_password = ({kept}; `settings password` sets it)")
    return "\n".join(lines)


def _set_password(studio) -> int:
    from studio_app.mail import settings as mail_settings
    if not studio.smtp_user or not studio.smtp_host:
        raise StudioError("Set smtp_host and smtp_user first; the password is kept for that user on that server.")
    if sys.stdin.isatty():
        password = getpass.getpass(f"Password for {studio.smtp_user} on {studio.smtp_host}: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise StudioError("No password was given; nothing was changed.")
    if mail_settings.save_password(studio, password):
        print("The password is kept in the system's password store.")
        return 0
    print("studio-desk: there is no password store on this computer; the password was not kept.", file=sys.stderr)
    return 1


COMMANDS = (
    Command("send", "send a quote, contract, invoice, credit note, deposit invoice or reminder by e-mail", run_send,
            Access.WRITES, (
                arg("kind", choices=SEND_KINDS),
                arg("number", help="the document number, e.g. INV-2026-0001"),
                arg("--to", help="send to these addresses instead of the client's (comma separated)"),
                arg("--step", type=int, choices=(1, 2, 3), help="the reminder step (default: the one due)"),
                arg("--dry-run", action="store_true", help="show the message; store and send nothing"),
                arg("--eml", type=Path, metavar="FILE", help="write an .eml file for your own mail program instead"),
            )),
    Command("outbox", "list the messages not sent yet; --retry sends them", run_outbox, Access.WRITES, (
        arg("--retry", action="store_true", help="send every queued message now"),
        arg("--resend", type=int, metavar="ID", help="send a failed message again (after checking it did not arrive)"),
    )),
    Command("settings", "show or change the studio's settings (e-mail included)", run_settings, Access.WRITES, (
        arg("action", choices=("show", "set", "password", "test")),
        arg("key", nargs="?", help="the setting, e.g. smtp_host (for test: where to send it; default the sender)"),
        arg("value", nargs="?", help="its new value"),
    )),
)
